//! The saves' own tests: archives and weights files written, read back, replaced
//! atomically, abandoned; the writer thread's first job.
use super::*;
use crate::formats::h5::DatasetSpec;
use crate::formats::DType;
use crate::keras::open::*;
use crate::keras::WEIGHTS_H5;

/// What goes into a `.keras` archive.
pub struct ModelFile<'a> {
    pub metadata: &'a str,
    pub config: &'a str,
    pub weights: &'a [GroupSpec<'a>],
    /// Asset files: (path relative to `assets/`, file on disk).
    pub assets: &'a [(String, PathBuf)],
}

/// Writes `model` as a `.keras` archive at `target`, atomically replacing any file there.
///
/// The weights are written once, by libhdf5, straight into the archive file: the HDF5 file
/// starts after a user block that then receives the zip header of `model.weights.h5`, and the
/// other members and the central directory follow it. The directory lists upstream's order
/// (metadata.json, config.json, model.weights.h5, assets); only the bytes on disk are in
/// another order, which zip readers (Python's `zipfile` included) do not depend on.
pub fn save(target: &Path, model: &ModelFile<'_>) -> Result<()> {
    let mut saving = ArchiveSaving::<H5Weights>::begin(target)?;
    saving.release_replaced();
    for group in model.weights {
        saving.weights().group(&group.path, &group.attrs)?;
        for ds in &group.datasets {
            saving.weights().dataset(&group.path, ds)?;
        }
    }
    saving.finish(model.metadata, model.config, model.assets)
}
use crate::formats::h5::{GroupSpec, H5Reader, ShapeLimits};
use crate::formats::TensorInfo;
use crate::zip::read::{Archive, BombLimits};

#[test]
fn a_later_save_removes_what_killed_saves_left() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("m.weights.h5");
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    let here = format!("{:08x}", sys::machine_tag());
    let elsewhere = format!("{:08x}", sys::machine_tag() ^ 1);
    // Process ids this large are beyond Linux's limit (2^22): never running.
    let name = |rest: &str| dir.path().join(format!(".m.weights.h5.{rest}"));
    let killed_here = name(&format!("4194997@{here}.9f.h5.tmp"));
    let stale = name("4194999.1f.h5.tmp");
    let recent = name("4194998.2f.h5.tmp");
    let elsewhere_old = name(&format!("4194996@{elsewhere}.4f.keras.tmp"));
    let elsewhere_recent = name(&format!("4194995@{elsewhere}.5f.keras.tmp"));
    let running = name(&format!("{}@{here}.3f.h5.tmp", std::process::id()));
    let other = dir
        .path()
        .join(format!(".other.h5.4194999@{here}.1f.h5.tmp"));
    for (path, old) in [
        (&killed_here, false),
        (&stale, true),
        (&recent, false),
        (&elsewhere_old, true),
        (&elsewhere_recent, false),
        (&running, true),
        (&other, true),
    ] {
        let file = File::create(path).unwrap();
        if old {
            file.set_modified(hour_ago).unwrap();
        }
    }
    let saving = FileSaving::<H5Weights>::begin(&target).unwrap();
    saving.finish().unwrap();
    assert!(target.exists());
    for gone in [&killed_here, &stale, &elsewhere_old] {
        assert!(!gone.exists(), "{gone:?}");
    }
    for kept in [&recent, &elsewhere_recent, &running, &other] {
        assert!(kept.exists(), "{kept:?}");
    }
}

#[test]
fn save_then_open_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("m.keras");
    std::fs::write(&target, b"previous").unwrap();
    let asset = dir.path().join("vocab.txt");
    std::fs::write(&asset, b"a\nb\n").unwrap();
    let kernel: Vec<u8> = (0..24).collect();
    let groups = [GroupSpec {
        path: "layers/dense/vars".into(),
        attrs: vec![("name".into(), "dense".into())],
        datasets: vec![DatasetSpec {
            name: "0".into(),
            info: TensorInfo {
                dtype: DType::F32,
                shape: vec![2, 3],
            },
            data: &kernel,
        }],
    }];
    let assets = [("layers/lookup/vocab.txt".to_owned(), asset)];
    let model = ModelFile {
        metadata: "{\"keras_version\": \"3\"}",
        config: "{}",
        weights: &groups,
        assets: &assets,
    };
    save(&target, &model).unwrap();
    // Only the target remains: no temporary files.
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["m.keras", "vocab.txt"]);

    let open = OpenModel {
        archive: Archive::open(&target).unwrap(),
    };
    let members: Vec<_> = open
        .archive
        .members()
        .iter()
        .map(|m| m.name.clone())
        .collect();
    assert_eq!(
        members,
        [
            METADATA,
            CONFIG,
            WEIGHTS_H5,
            "assets/layers/lookup/vocab.txt"
        ]
    );
    let reader = open
        .weights(BombLimits::default(), ShapeLimits::default())
        .unwrap();
    let mut out = vec![0u8; 24];
    reader.read_into("layers/dense/vars/0", &mut out).unwrap();
    assert_eq!(out, kernel);
    let extracted = tempfile::tempdir().unwrap();
    assert_eq!(
        open.extract_assets(extracted.path(), BombLimits::default())
            .unwrap(),
        1
    );
    let vocab = extracted.path().join("layers/lookup/vocab.txt");
    assert_eq!(std::fs::read(vocab).unwrap(), b"a\nb\n");
}

#[test]
fn member_crc_from_memory_matches_the_bytes_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("m.keras");
    let shapes: [&[u64]; 5] = [&[], &[0], &[3, 0], &[7], &[64, 33]];
    let buffers: Vec<(DType, Vec<u64>, Vec<u8>)> = DType::ALL
        .iter()
        .flat_map(|&dtype| {
            shapes.iter().map(move |shape| {
                let n: u64 = shape.iter().product();
                let len = n as usize * dtype.size();
                let data = (0..len)
                    .map(|i| {
                        if dtype == DType::Bool {
                            (i % 2) as u8
                        } else {
                            (i * 7) as u8
                        }
                    })
                    .collect();
                (dtype, shape.to_vec(), data)
            })
        })
        .collect();
    let groups: Vec<GroupSpec> = buffers
        .chunks(4)
        .enumerate()
        .map(|(g, chunk)| GroupSpec {
            path: format!("layers/l{g}/vars"),
            attrs: vec![("name".into(), format!("l{g}"))],
            datasets: chunk
                .iter()
                .enumerate()
                .map(|(i, (dtype, shape, data))| DatasetSpec {
                    name: i.to_string(),
                    info: TensorInfo {
                        dtype: *dtype,
                        shape: shape.clone(),
                    },
                    data,
                })
                .collect(),
        })
        .collect();
    let model = ModelFile {
        metadata: "{}",
        config: "{}",
        weights: &groups,
        assets: &[],
    };
    save(&target, &model).unwrap();
    let archive = Archive::open(&target).unwrap();
    // `read` checks the CRC-32 recorded in the archive against the bytes.
    let member = archive.read(WEIGHTS_H5, BombLimits::default()).unwrap();
    let reader = H5Reader::open_image(member, ShapeLimits::default()).unwrap();
    for (g, chunk) in buffers.chunks(4).enumerate() {
        for (i, (_, _, data)) in chunk.iter().enumerate() {
            let mut out = vec![0u8; data.len()];
            reader
                .read_into(&format!("layers/l{g}/vars/{i}"), &mut out)
                .unwrap();
            assert_eq!(&out, data);
        }
    }
}

#[test]
fn bare_weights_file_round_trips_and_replaces_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("m.weights.h5");
    std::fs::write(&target, b"previous").unwrap();
    let kernel: Vec<u8> = (0..24).collect();
    let spec = DatasetSpec {
        name: "0".into(),
        info: TensorInfo {
            dtype: DType::F32,
            shape: vec![2, 3],
        },
        data: &kernel,
    };
    // Abandoned: the previous file stays, nothing else is left.
    let mut saving = FileSaving::<H5Weights>::begin(&target).unwrap();
    saving.weights().group("vars", &[]).unwrap();
    drop(saving);
    assert_eq!(std::fs::read(&target).unwrap(), b"previous");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let mut saving = FileSaving::<H5Weights>::begin(&target).unwrap();
    saving.weights().group("layers/dense/vars", &[]).unwrap();
    saving
        .weights()
        .dataset("layers/dense/vars", &spec)
        .unwrap();
    saving.finish().unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    let reader = H5Reader::open_file(&target, ShapeLimits::default()).unwrap();
    let mut out = vec![0u8; 24];
    reader.read_into("layers/dense/vars/0", &mut out).unwrap();
    assert_eq!(out, kernel);
    // A bare file has no archive checksum to verify.
    reader.verify().unwrap();
}

#[test]
fn a_failed_save_keeps_the_previous_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("m.keras");
    std::fs::write(&target, b"previous").unwrap();
    let bad = [GroupSpec {
        path: "vars".into(),
        attrs: vec![],
        datasets: vec![DatasetSpec {
            name: "0".into(),
            info: TensorInfo {
                dtype: DType::F32,
                shape: vec![100],
            },
            data: &[0u8; 3],
        }],
    }];
    let model = ModelFile {
        metadata: "{}",
        config: "{}",
        weights: &bad,
        assets: &[],
    };
    assert!(save(&target, &model).is_err());
    assert_eq!(std::fs::read(&target).unwrap(), b"previous");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[cfg(linux_tuning)]
#[test]
fn the_writer_thread_releases_the_replaced_file_before_its_first_write() {
    use crate::io::cache::tests::dirty_file;

    let Some((_dir, path, file)) = dirty_file(1 << 20) else {
        return;
    };
    file.sync_all().unwrap();
    let cached = || sys::cached_and_dirty(&file, 0, 0).unwrap();
    assert_eq!(cached(), (256, 0));
    // Not on the thread that begins the save...
    let saving = FileSaving::<H5Weights>::begin(&path).unwrap();
    assert_eq!(cached(), (256, 0));
    // ...but by the writer, first.
    let mut pipeline = saving.pipelined(1 << 20).unwrap();
    let (seen, at_second_job) = std::sync::mpsc::channel();
    let old = file.try_clone().unwrap();
    let look = move |_: &mut FileSaving<H5Weights>| {
        seen.send(sys::cached_and_dirty(&old, 0, 0)).unwrap();
        Ok(())
    };
    pipeline.submit(0, Box::new(look)).unwrap();
    assert_eq!(at_second_job.recv().unwrap(), Some((0, 0)));
    pipeline.finish().unwrap().finish().unwrap();
    assert_eq!(std::fs::read(&path).unwrap()[..8], *b"\x89HDF\r\n\x1a\n");
}
