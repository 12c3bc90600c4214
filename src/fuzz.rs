//! The bodies of the fuzz targets (`fuzz/fuzz_targets/`), here so that `cargo test` replays
//! the committed corpus and every regression input without libFuzzer.
//!
//! Each body reads untrusted bytes the way a load does and must return, whatever the bytes:
//! an error is fine, a panic, a crash, a hang or an unbounded allocation is a bug. The limits
//! are tighter than a load's so a small input cannot make the fuzzer allocate gigabytes that
//! a real load would also (legitimately) allocate for a file declaring them.

use std::path::{Component, Path};
use std::sync::Arc;

use crate::formats::h5::{H5Reader, ShapeLimits};
use crate::formats::npz::{parse_pickle, read_npy, Npy, NpzFile};
use crate::formats::savedmodel::{
    metadata_in_graph, parse_index, SavedMetadata, TrackableObjectGraph,
};
use crate::io::bytes::{Bytes, Slice};
use crate::keras::{safe_relative, OpenModel};
use crate::zip::read::{Archive, BombLimits};

/// Decompressed members above this size (and above 100 times what they store) are refused.
const BOMB: BombLimits = BombLimits {
    floor: 1 << 20,
    max_expansion: 100,
};
/// Datasets above this size (and above 1000 times what they store) are refused.
const SHAPE: ShapeLimits = ShapeLimits {
    floor: 1 << 20,
    max_expansion: 1000,
};
/// Tensors larger than this are not read (libhdf5 would fill them from a fill value).
const MAX_READ: u64 = 1 << 26;

fn slice(data: &[u8]) -> Slice {
    Slice::whole(Arc::new(Bytes::Owned(data.to_vec())))
}

/// A zip archive: its members, each read and checked against its CRC-32, and every asset name
/// either refused or kept inside the asset directory.
pub fn archive(data: &[u8]) {
    let Ok(archive) = Archive::from_bytes(Bytes::Owned(data.to_vec())) else {
        return;
    };
    for m in archive.members().iter().take(64) {
        if let Ok(bytes) = archive.read(&m.name, BOMB) {
            assert_eq!(bytes.len() as u64, m.size, "member '{}'", m.name);
        }
        if let Ok(rel) = safe_relative(&m.name) {
            let inside = Path::new(&rel)
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
            assert!(inside && !rel.contains('\\'), "'{rel}' escapes");
        }
    }
}

/// A `.keras` archive as a load reads it: config, then the HDF5 or npz weights in place.
pub fn keras(data: &[u8]) {
    let Ok(archive) = Archive::from_bytes(Bytes::Owned(data.to_vec())) else {
        return;
    };
    let model = OpenModel { archive };
    let _ = model.config(BOMB);
    if let Ok(reader) = model.weights(BOMB, SHAPE) {
        read_h5(&reader);
        let _ = reader.verify();
    }
    if let Ok(Some(npz)) = model.npz_weights(BOMB) {
        read_npz(&npz);
    }
}

/// An HDF5 weights file (`.weights.h5`, legacy `.h5`) opened in memory: every group's
/// attributes and every tensor read.
pub fn weights_h5(data: &[u8]) {
    if let Ok(reader) = H5Reader::open_image(slice(data), SHAPE) {
        read_h5(&reader);
    }
}

fn read_h5(reader: &H5Reader) {
    let index = reader.index();
    for group in index.groups.keys().take(256) {
        for name in reader.attr_names(group).unwrap_or_default().iter().take(16) {
            let _ = reader.attr(group, name);
        }
        // What the legacy loaders read: split lists are joined.
        let _ = reader.names_attr(group, "layer_names");
        let _ = reader.names_attr(group, "weight_names");
    }
    for (path, info) in index.datasets.iter().take(256) {
        let Ok(nbytes) = info.nbytes() else { continue };
        if nbytes <= MAX_READ {
            let mut out = vec![0u8; nbytes as usize];
            let _ = reader.read_into(path, &mut out);
        }
    }
}

/// An npz weights file: every store read without unpickling.
pub fn npz(data: &[u8]) {
    if let Ok(npz) = NpzFile::open(slice(data)) {
        read_npz(&npz);
    }
}

fn read_npz(npz: &NpzFile) {
    for name in npz.names().iter().take(64) {
        let Ok(Some((bytes, npy))) = npz.read(name, BOMB) else {
            continue;
        };
        check_located(Ok(npy), bytes.len());
    }
}

/// One `.npy` member's bytes, and the same bytes as a pickle stream.
pub fn npy(data: &[u8]) {
    check_located(read_npy("fuzz", data), data.len());
    let _ = parse_pickle(data);
}

/// A SavedModel's records: the tensor bundle's index (a LevelDB table of bundle entries),
/// and the same bytes as Keras metadata, as a checkpoint object graph and as saved_model.pb
/// (whose object graph's paths are spelled out).
pub fn savedmodel(data: &[u8]) {
    if let Ok((entries, shards)) = parse_index(data) {
        assert!((1..=1024).contains(&shards));
        for entry in entries.values() {
            if let Some(info) = &entry.info {
                assert!(info.nbytes().is_ok());
            }
        }
    }
    let _ = <SavedMetadata as prost::Message>::decode(data);
    let _ = <TrackableObjectGraph as prost::Message>::decode(data);
    let _ = metadata_in_graph(data);
}

/// Every tensor found lies inside its member and holds exactly its declared bytes.
fn check_located(npy: crate::errors::Result<Npy>, len: usize) {
    let located = match npy {
        Ok(Npy::Store(items)) => items.into_iter().map(|(_, l)| l).collect(),
        Ok(Npy::Array(l)) => vec![l],
        Err(_) => Vec::new(),
    };
    for l in located {
        assert!(l.range.end <= len, "tensor past the member's end");
        assert_eq!(Some(l.range.len() as u64), l.info.nbytes().ok());
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// Every committed input of `target` (seeds, then regressions found by fuzzing).
    fn inputs(target: &str) -> Vec<PathBuf> {
        let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
        let mut files: Vec<PathBuf> = ["seeds", "regressions"]
            .iter()
            .filter_map(|kind| std::fs::read_dir(fuzz.join(kind).join(target)).ok())
            .flat_map(|dir| dir.map(|entry| entry.unwrap().path()))
            .collect();
        files.sort();
        files
    }

    fn replay(target: &str, body: fn(&[u8])) {
        let files = inputs(target);
        assert!(!files.is_empty(), "no committed inputs for '{target}'");
        for file in files {
            body(&std::fs::read(&file).unwrap());
        }
    }

    #[test]
    fn archive_inputs() {
        replay("archive", archive);
    }

    #[test]
    fn keras_inputs() {
        replay("keras", keras);
    }

    #[test]
    fn weights_h5_inputs() {
        replay("weights_h5", weights_h5);
    }

    #[test]
    fn npz_inputs() {
        replay("npz", npz);
    }

    #[test]
    fn npy_inputs() {
        replay("npy", npy);
    }

    #[test]
    fn savedmodel_inputs() {
        replay("savedmodel", savedmodel);
    }
}
