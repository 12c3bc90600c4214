//! Saving, each file atomically: a `.keras` archive with its weights (HDF5 or npz) written
//! straight into it, or the weights alone (a `.weights.h5`, a shard, a model directory's
//! weights, npz, a legacy `.h5` model).
//!
//! A save is a `Saving<K, W>`: its kind `K` says how it is completed (`KerasZip`: with the
//! metadata, config and assets; `WeightsFile`: as it is), its weights `W` what is written
//! into it (`H5Weights`: groups, attributes and datasets; `NpzWeights`: stores). Each has
//! only the methods it supports.

mod h5;
mod npz;
#[cfg(test)]
mod tests;

use std::fs::File;
use std::io::BufWriter;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use crate::errors::{Error, Result};
use crate::io::atomic::TempPath;
use crate::io::bytes::readable_size;
use crate::io::cache::{release_cached_pages, Prealloc};
use crate::io::sys;
use crate::io::workers::Pipeline;
use crate::keras::{safe_relative, ASSETS_PREFIX, CONFIG, METADATA};
use crate::zip::write::{Stamp, StoredZip};

pub use h5::H5Weights;
pub use npz::NpzWeights;

/// The file a save writes: beside its target under a temporary name until complete (dropped
/// before, it is removed), its disk blocks reserved ahead of the writes.
pub struct Output {
    temp: TempPath,
    blocks: Prealloc,
}

impl Output {
    /// A temporary file's name beside `target`, named for its `kind` ("keras", "h5", ...).
    fn beside(target: &Path, kind: &str) -> Result<Self> {
        Ok(Output {
            temp: TempPath::beside(target, &format!("{kind}.tmp"))?,
            blocks: Prealloc::none(),
        })
    }

    fn path(&self) -> &Path {
        self.temp.path()
    }

    /// The context of a "disk full" error of this save.
    fn full_disk(&self) -> FullDisk {
        FullDisk {
            temp: self.temp.path().to_owned(),
            target: self.temp.target().to_owned(),
        }
    }
}

/// The weights member of an archive, complete in the archive's file after the `head` bytes
/// left for its local header.
pub struct Member {
    name: &'static str,
    head: u64,
    size: u64,
    crc: u32,
    /// As upstream writes the member: `writestr` for HDF5 (stamped now, zip64 only when
    /// large), `open(name, "w", force_zip64=True)` for npz (stamped 1980, zip64 always).
    stamp: Stamp,
    zip64: bool,
}

/// Weights of one format, written as the model hands them over.
pub trait Weights: Sized + Send + 'static {
    /// Starts writing to a new temporary file beside `target`: inside an archive
    /// (`archive`) after room for the member's local header, or as the whole file.
    fn begin(target: &Path, archive: bool) -> Result<Self>;

    /// The file being written.
    fn output(&self) -> &Output;

    /// Completes the weights as an archive's member: the file, open for writing what
    /// follows them.
    fn into_member(self) -> Result<(Output, File, Member)>;

    /// Completes the weights as a file of their own, every handle to it closed.
    fn into_file(self) -> Result<Output>;
}

/// How a save is completed: `KerasZip` or `WeightsFile`.
pub trait Kind: Send + 'static {
    /// Whether the weights go into a `.keras` archive.
    const ARCHIVE: bool;
}

/// A `.keras` archive: the weights, then metadata.json, config.json and the assets.
pub enum KerasZip {}

/// The weights alone, in a file of their own.
pub enum WeightsFile {}

impl Kind for KerasZip {
    const ARCHIVE: bool = true;
}

impl Kind for WeightsFile {
    const ARCHIVE: bool = false;
}

/// A save: tensors go into the file one by one as the model hands them over (none needs to
/// stay in memory), then `finish` completes it and renames it into place. Dropped
/// unfinished, it leaves nothing behind.
pub struct Saving<K, W> {
    weights: W,
    kind: PhantomData<fn() -> K>,
}

/// A `.keras` archive being saved.
pub type ArchiveSaving<W> = Saving<KerasZip, W>;

/// A bare weights file being saved.
pub type FileSaving<W> = Saving<WeightsFile, W>;

impl<K: Kind, W: Weights> Saving<K, W> {
    /// Starts saving to `target`. The file is created first: a missing or read-only
    /// directory fails here with the operating system's error about the target.
    pub fn begin(target: &Path) -> Result<Self> {
        Ok(Saving {
            weights: W::begin(target, K::ARCHIVE)?,
            kind: PhantomData,
        })
    }

    /// What the save writes into.
    pub fn weights(&mut self) -> &mut W {
        &mut self.weights
    }

    /// Drops the cached pages of the file this save replaces (`release_cached_pages`).
    /// Called by the thread that then writes the new file, before its first write
    /// (`pipelined`): the pages a thread frees go to its processor's free lists first, and
    /// its next page-cache pages come from there. Dropped by the thread that began the save
    /// while another wrote, the new file's pages came from elsewhere, on a VM often from
    /// memory its host had taken back, which made about one save in four twice as slow.
    pub fn release_replaced(&self) {
        release_cached_pages(self.weights.output().temp.target());
    }

    /// Hands the save to a writer thread (`Pipeline`, holding at most `budget` queued
    /// bytes), whose first job is `release_replaced`.
    pub fn pipelined(self, budget: u64) -> Result<Pipeline<Self>> {
        let mut pipeline = Pipeline::new(self, budget)?;
        pipeline.submit(
            0,
            Box::new(|saving: &mut Self| {
                saving.release_replaced();
                Ok(())
            }),
        )?;
        Ok(pipeline)
    }
}

impl FileSaving<H5Weights> {
    /// Starts saving a legacy HDF5 model file (`.h5`) to `target`: a weights file written
    /// with the legacy format's types.
    pub fn legacy(target: &Path) -> Result<Self> {
        let mut saving = Self::begin(target)?;
        saving.weights.tag_bfloat16(false);
        Ok(saving)
    }
}

impl<W: Weights> ArchiveSaving<W> {
    /// Completes the archive (metadata.json, config.json, the weights, asset files given as
    /// (path under assets/, file on disk)) and renames it into place.
    pub fn finish(self, metadata: &str, config: &str, assets: &[(String, PathBuf)]) -> Result<()> {
        let full_disk = self.weights.output().full_disk();
        let more = (metadata.len() + config.len()) as u64;
        self.complete(metadata, config, assets)
            .map_err(|e| full_disk.explain(e, more, "the archive's last members"))
    }

    fn complete(self, metadata: &str, config: &str, assets: &[(String, PathBuf)]) -> Result<()> {
        let (mut out, file, member) = self.weights.into_member()?;
        let assets_size: u64 = assets
            .iter()
            .filter_map(|(_, file)| std::fs::metadata(file).ok())
            .map(|m| m.len())
            .sum();
        let end = member.head + member.size;
        out.blocks.reserve(end + assets_size);
        let mut zip = StoredZip::new(BufWriter::with_capacity(1 << 20, file), end)?;
        zip.adopt(
            member.name,
            0,
            member.head,
            member.size,
            member.crc,
            member.stamp,
            member.zip64,
        )?;
        zip.add_bytes(METADATA, metadata.as_bytes(), Stamp::Epoch)?;
        zip.add_bytes(CONFIG, config.as_bytes(), Stamp::Epoch)?;
        for (name, file) in assets {
            let member = format!("{ASSETS_PREFIX}{}", safe_relative(name)?);
            zip.add_file(&member, file)?;
        }
        zip.finish(&[METADATA, CONFIG, member.name])?
            .into_inner()
            .map_err(|e| Error::io(out.path(), e.into_error()))?;
        out.blocks.trim();
        out.temp.persist()
    }
}

impl<W: Weights> FileSaving<W> {
    /// Completes the weights file and renames it into place.
    pub fn finish(self) -> Result<()> {
        self.seal()?.persist()
    }

    /// Completes the weights file under its temporary name, every file of it closed
    /// (`Sealed`): a sharded set completes each shard as the next one starts, and renames
    /// them all into place once the last is complete.
    pub fn seal(self) -> Result<Sealed> {
        let full_disk = self.weights.output().full_disk();
        let out = self
            .weights
            .into_file()
            .map_err(|e| full_disk.explain(e, 0, "the file's last structures"))?;
        Ok(Sealed { temp: out.temp })
    }
}

/// A weights file complete under its temporary name, holding no open file: `persist`
/// renames it into place; dropped unpersisted, it is removed.
pub struct Sealed {
    temp: TempPath,
}

impl Sealed {
    /// Renames the file over its target.
    pub fn persist(mut self) -> Result<()> {
        self.temp.persist()
    }
}

/// Where a save ran out of room, to say so plainly.
struct FullDisk {
    temp: PathBuf,
    target: PathBuf,
}

impl FullDisk {
    /// `e` itself, or, when it is the file system's "no space left on device" (from the
    /// operating system or through libhdf5), an OSError (ENOSPC) naming the target, what was
    /// written and still needed, the room left, and the room the replaced file takes: the
    /// new file is written beside it and replaces it only once complete.
    fn explain(&self, e: Error, more: u64, what: &str) -> Error {
        if !e.is_disk_full() {
            return e;
        }
        let size = |path: &Path| std::fs::metadata(path).map(|m| m.len()).ok();
        let written = size(&self.temp).unwrap_or(0);
        let need = if more > 0 {
            format!(
                "at least {} ({} written, then {} for {what})",
                readable_size(written + more),
                readable_size(written),
                readable_size(more)
            )
        } else {
            format!(
                "more than the {} written before {what}",
                readable_size(written)
            )
        };
        let mut msg = format!(
            "No space left on device saving '{}': it needs {need}",
            self.target.display()
        );
        // The partial file is removed once the error is out: its room counts as free.
        let dir = self.temp.parent().unwrap_or(Path::new("."));
        if let Some(free) = sys::free_space(dir) {
            msg += &format!(
                " and its file system has {} free",
                readable_size(free + written)
            );
        }
        if let Some(old) = size(&self.target).filter(|&old| old > 0) {
            msg += &format!(
                ". The new file is written beside the one it replaces ({}) and takes its \
                 place once complete, so the save needs room for both",
                readable_size(old)
            );
        }
        Error::io(&self.target, sys::disk_full(msg))
    }
}
