//! Saving: a `.keras` archive (HDF5 or npz weights written straight into it), a bare weights
//! file (a `.weights.h5`, a shard, a model directory's weights, npz) or a legacy `.h5`
//! model, each atomically.

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::errors::{Error, Result};
use crate::formats::h5::{AttrValue, DatasetSpec, H5Writer, Part};
use crate::formats::npz::{Item, NpzWriter};
use crate::formats::{DType, TensorInfo};
use crate::io::atomic::TempPath;
use crate::io::bytes::readable_size;
use crate::io::cache::{release_cached_pages, Prealloc};
use crate::io::crc::{crc32_with_known, hash_file_range, KnownCrc};
use crate::io::sys;
use crate::io::workers::Pipeline;
use crate::keras::{safe_relative, ASSETS_PREFIX, CONFIG, METADATA, WEIGHTS_H5, WEIGHTS_NPZ};
use crate::zip::write::{Stamp, StoredZip};

/// A file written front to back that counts its bytes and hashes them (CRC-32).
struct Hashing {
    file: BufWriter<File>,
    hasher: crc32fast::Hasher,
    len: u64,
}

impl Write for Hashing {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.file.write_all(buf)?;
        self.hasher.update(buf);
        self.len += buf.len() as u64;
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// The weights being written: HDF5 through libhdf5, or npz stores.
enum Store {
    H5(H5Writer),
    Npz(NpzWriter<Hashing>),
}

/// A `.keras` archive being saved: tensors go into it one by one as the model hands them
/// over (none needs to stay in memory), then `finish` completes the archive and renames it
/// into place. Dropped unfinished, it leaves nothing behind.
pub struct Saving {
    /// The file being written (the whole archive, or the bare weights file), and the one it
    /// replaces.
    temp: TempPath,
    weights: Option<Store>,
    /// Where the weights start (the archive member's header goes before them); `None` for a
    /// bare weights file.
    head: Option<u64>,
    runs: Vec<KnownCrc>,
    blocks: Prealloc,
}

impl Saving {
    /// Drops the cached pages of the file this save replaces (`release_cached_pages`).
    /// Called by the thread that then writes the new file, before its first write
    /// (`pipelined`): the pages a thread frees go to its processor's free lists first, and
    /// its next page-cache pages come from there. Dropped by the thread that began the save
    /// while another wrote, the new file's pages came from elsewhere, on a VM often from
    /// memory its host had taken back, which made about one save in four twice as slow.
    pub fn release_replaced(&self) {
        release_cached_pages(self.temp.target());
    }

    /// Hands the save to a writer thread (`Pipeline`, holding at most `budget` queued
    /// bytes), whose first job is `release_replaced`.
    pub fn pipelined(self, budget: u64) -> Result<Pipeline<Saving>> {
        let mut pipeline = Pipeline::new(self, budget)?;
        pipeline.submit(
            0,
            Box::new(|saving: &mut Saving| {
                saving.release_replaced();
                Ok(())
            }),
        )?;
        Ok(pipeline)
    }

    /// Starts saving to `target`. The archive file is created first: a missing or read-only
    /// directory fails here with the operating system's error about the target.
    pub fn begin(target: &Path) -> Result<Self> {
        // Room for the member's header, zip64 fields included, whatever the weights' size.
        Self::start(
            target,
            Some(StoredZip::<File>::head_for(WEIGHTS_H5, u64::MAX)),
        )
    }

    /// Starts saving a bare HDF5 weights file (`.weights.h5`, a shard, or the weights of an
    /// unzipped model directory) to `target`; `finish_weights` completes it.
    pub fn begin_weights(target: &Path) -> Result<Self> {
        Self::start(target, None)
    }

    /// Starts saving a legacy HDF5 model file (`.h5`) to `target`: the weights file's
    /// writer with the legacy format's types; `finish_weights` completes it.
    pub fn begin_legacy(target: &Path) -> Result<Self> {
        let mut saving = Self::start(target, None)?;
        saving.weights()?.tag_bfloat16(false);
        Ok(saving)
    }

    fn start(target: &Path, head: Option<u64>) -> Result<Self> {
        let suffix = if head.is_some() {
            "keras.tmp"
        } else {
            "h5.tmp"
        };
        let temp = TempPath::beside(target, suffix)?;
        // Creating the file surfaces the operating system's error about the target's
        // directory. libhdf5 then creates it anew: had it truncated the existing (empty)
        // file, ext4 would flush all the data on close, as it does for a file rewritten
        // in place (`auto_da_alloc`), on the thread that saves.
        File::create(temp.path()).map_err(|e| Error::io(target, e))?;
        std::fs::remove_file(temp.path()).map_err(|e| Error::io(target, e))?;
        let weights = H5Writer::create(temp.path(), head.unwrap_or(0))?;
        let mut blocks = Prealloc::open(temp.path());
        blocks.reserve(head.unwrap_or(0));
        Ok(Saving {
            temp,
            weights: Some(Store::H5(weights)),
            head,
            runs: Vec::new(),
            blocks,
        })
    }

    /// Starts saving npz weights: inside a `.keras` archive at `target` (`archive`), or as a
    /// bare npz file. `store` adds the stores; `finish` or `finish_weights` completes it.
    pub fn begin_npz(target: &Path, archive: bool) -> Result<Self> {
        let temp = TempPath::beside(target, if archive { "keras.tmp" } else { "npz.tmp" })?;
        let mut file = File::create(temp.path()).map_err(|e| Error::io(target, e))?;
        // The member's header, zip64 as upstream's `force_zip64=True` writes it, goes first.
        let head = archive.then(|| StoredZip::<File>::zip64_head(WEIGHTS_NPZ));
        file.seek(SeekFrom::Start(head.unwrap_or(0)))
            .map_err(|e| Error::io(target, e))?;
        let sink = Hashing {
            file: BufWriter::with_capacity(1 << 20, file),
            hasher: crc32fast::Hasher::new(),
            len: 0,
        };
        Ok(Saving {
            temp,
            weights: Some(Store::Npz(NpzWriter::new(sink))),
            head,
            runs: Vec::new(),
            blocks: Prealloc::none(),
        })
    }

    fn weights(&mut self) -> Result<&mut H5Writer> {
        match self.weights.as_mut().expect("weights open until finish") {
            Store::H5(w) => Ok(w),
            Store::Npz(_) => Err(Error::Invalid("saving npz weights, not HDF5".into())),
        }
    }

    /// Adds the npz store `name` (a saveable's inner path; `__root__` for the model).
    pub fn store(&mut self, name: &str, items: &[Item<'_>]) -> Result<()> {
        let done = match self.weights.as_mut().expect("weights open until finish") {
            Store::Npz(w) => w.store(name, items),
            Store::H5(_) => Err(Error::Invalid("saving HDF5 weights, not npz".into())),
        };
        let more = items.iter().map(|item| item.data.len() as u64).sum();
        done.map_err(|e| self.full_disk().explain(e, more, &format!("'{name}'")))
    }

    /// Writes an attribute of an existing group of the weights file.
    pub fn attr(&mut self, path: &str, name: &str, value: &AttrValue<'_>) -> Result<()> {
        let done = self.weights().and_then(|w| w.attr(path, name, value));
        done.map_err(|e| self.full_disk().explain(e, 0, &format!("'{path}'")))
    }

    /// Creates a group of the weights file, with string attributes.
    pub fn group(&mut self, path: &str, attrs: &[(String, String)]) -> Result<()> {
        let done = self.weights().and_then(|w| w.group(path, attrs));
        done.map_err(|e| self.full_disk().explain(e, 0, &format!("'{path}'")))
    }

    /// Writes a tensor into the existing group `group`. Inside an archive its CRC-32 is
    /// computed from memory (beside the write, for a large one), so the archive's checksum
    /// needs no reread.
    pub fn dataset(&mut self, group: &str, spec: &DatasetSpec<'_>) -> Result<()> {
        let done = self.write_dataset(group, spec);
        let what = format!("'{group}/{}'", spec.name);
        done.map_err(|e| self.full_disk().explain(e, spec.data.len() as u64, &what))
    }

    /// Writes a tensor into the existing group `group` from `parts` that fill it (each
    /// device's part of a variable laid out over devices), without the whole tensor in
    /// memory. Inside an archive its bytes are hashed from the file at the end, with
    /// HDF5's own structures.
    pub fn dataset_parts(
        &mut self,
        group: &str,
        name: &str,
        info: &TensorInfo,
        parts: &[Part<'_>],
    ) -> Result<()> {
        let bytes: u64 = parts.iter().map(|p| p.data.len() as u64).sum();
        if let Some(eoa) = self.weights()?.eoa() {
            self.blocks.reserve(eoa + bytes);
        }
        let done = self
            .weights()
            .and_then(|w| w.dataset_parts(group, name, info, parts));
        done.map_err(|e| {
            self.full_disk()
                .explain(e, bytes, &format!("'{group}/{name}'"))
        })
    }

    fn write_dataset(&mut self, group: &str, spec: &DatasetSpec<'_>) -> Result<()> {
        const BESIDE: usize = 8 << 20;
        if let Some(eoa) = self.weights()?.eoa() {
            self.blocks.reserve(eoa + spec.data.len() as u64);
        }
        if self.head.is_none() {
            return self.weights()?.dataset(group, spec).map(drop);
        }
        let (placed, crc) = if spec.data.len() >= BESIDE {
            std::thread::scope(|scope| {
                let crc = scope.spawn(|| crc32fast::hash(spec.data));
                let placed = self.weights().and_then(|w| w.dataset(group, spec));
                (
                    placed,
                    crc.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
                )
            })
        } else {
            let crc = crc32fast::hash(spec.data);
            (self.weights().and_then(|w| w.dataset(group, spec)), crc)
        };
        if let Some(offset) = placed? {
            self.runs.push(KnownCrc {
                offset,
                len: spec.data.len() as u64,
                crc,
            });
        }
        Ok(())
    }

    /// Removes the link at `path` of the weights file.
    pub fn delete(&mut self, path: &str) -> Result<()> {
        self.weights()?.delete(path)
    }

    /// Reads back a tensor written earlier.
    pub fn read_into(&mut self, path: &str, dtype: DType, out: &mut [u8]) -> Result<()> {
        self.weights()?.read_into(path, dtype, out)
    }

    /// Completes the archive (metadata.json, config.json, the weights, asset files given as
    /// (path under assets/, file on disk)) and renames it into place.
    pub fn finish(self, metadata: &str, config: &str, assets: &[(String, PathBuf)]) -> Result<()> {
        let full_disk = self.full_disk();
        let more = (metadata.len() + config.len()) as u64;
        self.complete(metadata, config, assets)
            .map_err(|e| full_disk.explain(e, more, "the archive's last members"))
    }

    /// The context of a "disk full" error of this save.
    fn full_disk(&self) -> FullDisk {
        FullDisk {
            temp: self.temp.path().to_owned(),
            target: self.temp.target().to_owned(),
        }
    }

    fn complete(
        mut self,
        metadata: &str,
        config: &str,
        assets: &[(String, PathBuf)],
    ) -> Result<()> {
        let Some(head) = self.head else {
            return Err(Error::Invalid("not saving an archive".into()));
        };
        let path = self.temp.path().to_owned();
        let (file, size, crc, member) = match self.weights.take().expect("finished once") {
            Store::H5(weights) => {
                if let Some(eoa) = weights.eoa() {
                    self.blocks.reserve(eoa);
                }
                weights.close()?;
                let file = OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open(&path)
                    .map_err(|e| Error::io(&path, e))?;
                let end = file.metadata().map_err(|e| Error::io(&path, e))?.len();
                let size = end.checked_sub(head).ok_or_else(|| {
                    Error::Hdf5("libhdf5 wrote a file shorter than its user block".into())
                })?;
                let runs = std::mem::take(&mut self.runs);
                // Only HDF5's own structures are read back: the tensors' CRC-32s are known.
                let crc = crc32_with_known(head, end, runs, |from, to, hasher| {
                    hash_file_range(&file, from, to, hasher)
                })
                .map_err(|e| Error::io(&path, e))?;
                (file, size, crc, WEIGHTS_H5)
            }
            Store::Npz(weights) => {
                let sink = weights.finish()?;
                let file = sink
                    .file
                    .into_inner()
                    .map_err(|e| Error::io(&path, e.into_error()))?;
                (file, sink.len, sink.hasher.finalize(), WEIGHTS_NPZ)
            }
        };
        let assets_size: u64 = assets
            .iter()
            .filter_map(|(_, file)| std::fs::metadata(file).ok())
            .map(|m| m.len())
            .sum();
        self.blocks.reserve(head + size + assets_size);
        let mut zip = StoredZip::new(BufWriter::with_capacity(1 << 20, file), head + size)?;
        // Upstream: `writestr` for the HDF5 member (stamped now), `open(..., "w",
        // force_zip64=True)` for the npz one (stamped 1980).
        if member == WEIGHTS_H5 {
            zip.adopt(member, 0, head, size, crc, Stamp::Now, false)?;
        } else {
            zip.adopt(member, 0, head, size, crc, Stamp::Epoch, true)?;
        }
        zip.add_bytes(METADATA, metadata.as_bytes(), Stamp::Epoch)?;
        zip.add_bytes(CONFIG, config.as_bytes(), Stamp::Epoch)?;
        for (name, file) in assets {
            let member = format!("{ASSETS_PREFIX}{}", safe_relative(name)?);
            zip.add_file(&member, file)?;
        }
        zip.finish(&[METADATA, CONFIG, member])?
            .into_inner()
            .map_err(|e| Error::io(&path, e.into_error()))?;
        self.blocks.trim();
        self.temp.persist()
    }

    /// Completes a bare weights file and renames it into place.
    pub fn finish_weights(self) -> Result<()> {
        self.seal_weights()?.persist()
    }

    /// Completes a bare weights file under its temporary name, every file of it closed
    /// (`Sealed`): a sharded set completes each shard as the next one starts, and renames
    /// them all into place once the last is complete.
    pub fn seal_weights(self) -> Result<Sealed> {
        let full_disk = self.full_disk();
        self.complete_weights()
            .map_err(|e| full_disk.explain(e, 0, "the file's last structures"))
    }

    fn complete_weights(mut self) -> Result<Sealed> {
        if self.head.is_some() {
            return Err(Error::Invalid(
                "saving an archive, not a weights file".into(),
            ));
        }
        match self.weights.take().expect("finished once") {
            Store::H5(weights) => {
                if let Some(eoa) = weights.eoa() {
                    self.blocks.reserve(eoa);
                }
                weights.close()?;
                self.blocks.trim();
            }
            Store::Npz(weights) => {
                let path = self.temp.path();
                let mut sink = weights.finish()?;
                sink.flush().map_err(|e| Error::io(path, e))?;
            }
        }
        // The temporary file passes to `Sealed`; what is left to drop holds no name.
        let temp = std::mem::replace(
            &mut self.temp,
            TempPath {
                path: None,
                target: PathBuf::new(),
            },
        );
        Ok(Sealed { temp })
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

impl Drop for Saving {
    fn drop(&mut self) {
        // Unfinished: close libhdf5's handle before the temporary file goes.
        if let Some(Store::H5(weights)) = self.weights.take() {
            let _ = weights.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::atomic::*;
    use crate::keras::open::*;

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
        let mut saving = Saving::begin(target)?;
        saving.release_replaced();
        for group in model.weights {
            saving.group(&group.path, &group.attrs)?;
            for ds in &group.datasets {
                saving.dataset(&group.path, ds)?;
            }
        }
        saving.finish(model.metadata, model.config, model.assets)
    }
    use crate::formats::h5::{GroupSpec, H5Reader, ShapeLimits};
    use crate::formats::TensorInfo;
    use crate::zip::read::{Archive, BombLimits};

    /// Linux's page-cache handling, seen through `cachestat`.
    #[cfg(linux_tuning)]
    mod page_cache {
        use super::*;
        use crate::io::cache::*;

        fn on_tmpfs(dir: &Path) -> bool {
            use std::os::unix::ffi::OsStrExt;
            let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).unwrap();
            // SAFETY: a NUL-terminated path and a zeroed struct the call fills.
            unsafe {
                let mut fs: libc::statfs = std::mem::zeroed();
                libc::statfs(c.as_ptr(), &mut fs) == 0 && fs.f_type == libc::TMPFS_MAGIC
            }
        }

        /// A new file of `len` bytes, all dirty in the page cache, in a temporary directory;
        /// `None` where dirty pages cannot be seen (tmpfs never writes them back; kernels
        /// before 6.5 have no `cachestat`).
        fn dirty_file(len: usize) -> Option<(tempfile::TempDir, PathBuf, File)> {
            let dir = tempfile::tempdir().unwrap();
            if on_tmpfs(dir.path()) {
                return None;
            }
            let path = dir.path().join("f.bin");
            std::fs::write(&path, vec![7u8; len]).unwrap();
            let file = File::open(&path).unwrap();
            sys::cached_and_dirty(&file, 0, 0)?;
            Some((dir, path, file))
        }

        #[test]
        fn cachestat_sees_dirty_pages_until_written_back() {
            // Without `cachestat` (before 6.5, or refused) the advice is always given.
            let Some((_dir, path, file)) = dirty_file(1 << 20) else {
                return;
            };
            let (cached, dirty) = sys::cached_and_dirty(&file, 0, 0).unwrap();
            assert!(
                cached >= 256 && dirty >= 256,
                "{cached} cached, {dirty} dirty"
            );
            file.sync_all().unwrap();
            let (cached, dirty) = sys::cached_and_dirty(&file, 0, 0).unwrap();
            assert!(cached >= 256, "{cached} cached");
            assert_eq!(dirty, 0);
            // Clean now: the advice drops them.
            release_cached_pages(&path);
            assert_eq!(sys::cached_and_dirty(&file, 0, 0).unwrap(), (0, 0));
        }

        #[test]
        fn the_writer_thread_releases_the_replaced_file_before_its_first_write() {
            let Some((_dir, path, file)) = dirty_file(1 << 20) else {
                return;
            };
            file.sync_all().unwrap();
            let cached = || sys::cached_and_dirty(&file, 0, 0).unwrap();
            assert_eq!(cached(), (256, 0));
            // Not on the thread that begins the save...
            let saving = Saving::begin_weights(&path).unwrap();
            assert_eq!(cached(), (256, 0));
            // ...but by the writer, first.
            let mut pipeline = saving.pipelined(1 << 20).unwrap();
            let (seen, at_second_job) = std::sync::mpsc::channel();
            let old = file.try_clone().unwrap();
            let look = move |_: &mut Saving| {
                seen.send(sys::cached_and_dirty(&old, 0, 0)).unwrap();
                Ok(())
            };
            pipeline.submit(0, Box::new(look)).unwrap();
            assert_eq!(at_second_job.recv().unwrap(), Some((0, 0)));
            pipeline.finish().unwrap().finish_weights().unwrap();
            assert_eq!(std::fs::read(&path).unwrap()[..8], *b"\x89HDF\r\n\x1a\n");
        }

        #[test]
        fn only_the_clean_spans_of_a_partly_written_back_file_are_released() {
            use std::os::fd::AsRawFd;
            let Some((_dir, path, file)) = dirty_file(8 << 20) else {
                return;
            };
            // Written back: the first half, as the kernel writes a file back from its start.
            let flags = libc::SYNC_FILE_RANGE_WAIT_BEFORE
                | libc::SYNC_FILE_RANGE_WRITE
                | libc::SYNC_FILE_RANGE_WAIT_AFTER;
            // SAFETY: a valid descriptor; the call writes the range back.
            assert_eq!(
                unsafe { libc::sync_file_range(file.as_raw_fd(), 0, 4 << 20, flags) },
                0
            );
            let half = |from: u64| sys::cached_and_dirty(&file, from, 4 << 20).unwrap();
            assert_eq!(half(0), (1024, 0));
            assert_eq!(half(4 << 20), (1024, 1024));
            release_clean_pages(&file, 2 << 20);
            assert_eq!(half(0), (0, 0));
            assert_eq!(half(4 << 20), (1024, 1024), "dirty pages left alone");
            // A file with no clean page is left alone, and one all clean released whole.
            release_clean_pages(&file, 2 << 20);
            assert_eq!(half(4 << 20), (1024, 1024));
            file.sync_all().unwrap();
            release_cached_pages(&path);
            assert_eq!(sys::cached_and_dirty(&file, 0, 0).unwrap(), (0, 0));
        }

        #[test]
        fn a_large_file_saved_into_place_is_written_back() {
            // The previous version, to be replaced.
            let Some((_dir, target, _)) = dirty_file(100) else {
                return;
            };
            let size = WRITE_BACK_FROM as usize + (1 << 20);
            // As a save writes it: blocks reserved first, so the rename starts no writeback.
            write_atomic(&target, "keras", |temp| {
                File::create(temp).map_err(|e| Error::io(temp, e))?;
                let mut blocks = Prealloc::open(temp);
                blocks.reserve(size as u64);
                // Not truncated on opening: ext4 writes back a truncated file when it is closed.
                let mut file = OpenOptions::new().write(true).open(temp).unwrap();
                file.write_all(&vec![5u8; size]).unwrap();
                blocks.trim();
                Ok(())
            })
            .unwrap();
            let file = File::open(&target).unwrap();
            // Without the writeback it would stay dirty for half a minute.
            let start = std::time::Instant::now();
            let mut left = sys::cached_and_dirty(&file, 0, 0).unwrap();
            while left.1 > 0 && start.elapsed() < std::time::Duration::from_secs(20) {
                std::thread::sleep(std::time::Duration::from_millis(20));
                left = sys::cached_and_dirty(&file, 0, 0).unwrap();
            }
            assert_eq!(left.1, 0, "{left:?} pages (cached, dirty) left");
            assert_eq!(std::fs::read(&target).unwrap(), vec![5u8; size]);
        }

        #[test]
        fn a_file_removed_meanwhile_is_not_written_back() {
            let Some((_dir, path, file)) = dirty_file(8 << 20) else {
                return;
            };
            std::fs::remove_file(&path).unwrap();
            start_writeback(&file, 2 << 20);
            // Time for writes, had any been queued, to end (8 MiB takes milliseconds).
            std::thread::sleep(std::time::Duration::from_millis(300));
            assert_eq!(sys::cached_and_dirty(&file, 0, 0).unwrap(), (2048, 2048));
        }
    }

    #[test]
    fn stale_temporary_names() {
        let (dead, alive) = (|_| false, |_| true);
        let later = Stale::IfUnchangedFor(STALE_AFTER);
        let here = 0x1234abcd;
        // This machine's: at once when its process is gone.
        assert_eq!(
            stale_temp("4242@1234abcd.18a9f.keras.tmp", here, dead),
            Stale::Now
        );
        assert_eq!(stale_temp("4242@1234abcd.0.h5.tmp", here, dead), Stale::Now);
        assert_eq!(
            stale_temp("4242@1234abcd.ff.npz.tmp", here, alive),
            Stale::No
        );
        let me = format!("{}@1234abcd.1.keras.tmp", std::process::id());
        assert_eq!(stale_temp(&me, here, dead), Stale::No);
        // Another machine's, whatever runs here under that id; unnamed ones as before.
        assert_eq!(stale_temp("4242@00000001.1.keras.tmp", here, alive), later);
        assert_eq!(stale_temp("4242.18a9f.keras.tmp", here, dead), later);
        assert_eq!(stale_temp("4242.18a9f.keras.tmp", here, alive), Stale::No);
        let me = format!("{}.1.keras.tmp", std::process::id());
        assert_eq!(stale_temp(&me, here, dead), Stale::No);
        for other in [
            "4242.xyz.keras.tmp",
            "4242.1.txt.tmp",
            "a.1.h5.tmp",
            "4242.1.h5",
            "4242@123.1.h5.tmp",
            "4242@1234abcz.1.h5.tmp",
            "@1234abcd.1.h5.tmp",
            "",
        ] {
            assert_eq!(stale_temp(other, here, dead), Stale::No, "{other}");
        }
    }

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
        let saving = Saving::begin_weights(&target).unwrap();
        saving.finish_weights().unwrap();
        assert!(target.exists());
        for gone in [&killed_here, &stale, &elsewhere_old] {
            assert!(!gone.exists(), "{gone:?}");
        }
        for kept in [&recent, &elsewhere_recent, &running, &other] {
            assert!(kept.exists(), "{kept:?}");
        }
    }

    #[test]
    fn long_names_keep_their_temporary_names_within_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        for len in [150, 200, 240, 255] {
            for c in ["a", "é"] {
                let name: String = c.repeat(len / c.len());
                let target = dir.path().join(&name);
                let temp = TempPath::beside(&target, "keras.tmp").unwrap();
                let temp_name = temp.path().file_name().unwrap().len();
                assert!(temp_name <= 255, "{len} {c}: {temp_name}");
                write_atomic(&target, "h5", |p| {
                    std::fs::write(p, b"x").map_err(|e| Error::io(p, e))
                })
                .unwrap();
                assert_eq!(std::fs::read(&target).unwrap(), b"x");
            }
        }
        // Two long names alike in their first bytes name their temporary files apart.
        let (a, b) = ("x".repeat(200) + "a", "x".repeat(200) + "b");
        assert_ne!(temp_stem(&a), temp_stem(&b));
        assert_eq!(temp_stem("m.keras"), "m.keras");
    }

    #[cfg(unix)]
    #[test]
    fn a_save_through_a_symbolic_link_replaces_the_file_it_leads_to() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let real_dir = dir.path().join("real");
        std::fs::create_dir(&real_dir).unwrap();
        let real = real_dir.join("m.weights.h5");
        std::fs::write(&real, b"old").unwrap();
        // A chain: link -> rel (relative) -> real.
        let rel = real_dir.join("rel.h5");
        symlink("m.weights.h5", &rel).unwrap();
        let link = dir.path().join("link.weights.h5");
        symlink(&rel, &link).unwrap();
        let save = |target: &Path| {
            write_atomic(target, "h5", |p| {
                std::fs::write(p, b"new").map_err(|e| Error::io(p, e))
            })
        };
        save(&link).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(std::fs::symlink_metadata(&rel)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        // The temporary file was written beside the real file, and is gone.
        assert_eq!(std::fs::read_dir(&real_dir).unwrap().count(), 2);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        // A dangling link: the file it names is created.
        let dangling = dir.path().join("dangling.h5");
        symlink(real_dir.join("new.h5"), &dangling).unwrap();
        save(&dangling).unwrap();
        assert_eq!(std::fs::read(real_dir.join("new.h5")).unwrap(), b"new");
        // A loop is an error naming the target, and nothing is written.
        let (x, y) = (dir.path().join("x.h5"), dir.path().join("y.h5"));
        symlink(&y, &x).unwrap();
        symlink(&x, &y).unwrap();
        let err = save(&x).unwrap_err().to_string();
        assert!(
            err.contains("x.h5") && err.contains("symbolic links"),
            "{err}"
        );
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
        let mut saving = Saving::begin_weights(&target).unwrap();
        saving.group("vars", &[]).unwrap();
        drop(saving);
        assert_eq!(std::fs::read(&target).unwrap(), b"previous");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

        let mut saving = Saving::begin_weights(&target).unwrap();
        saving.group("layers/dense/vars", &[]).unwrap();
        saving.dataset("layers/dense/vars", &spec).unwrap();
        saving.finish_weights().unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let reader = H5Reader::open_file(&target, ShapeLimits::default()).unwrap();
        let mut out = vec![0u8; 24];
        reader.read_into("layers/dense/vars/0", &mut out).unwrap();
        assert_eq!(out, kernel);
        // A bare file has no archive checksum to verify.
        reader.verify().unwrap();
    }

    #[test]
    fn asset_names_cannot_escape() {
        for bad in ["../x", "/etc/passwd", "a/../../x", "a\\..\\x", "", "./a"] {
            assert!(safe_relative(bad).is_err(), "{bad}");
        }
        assert!(safe_relative("a/b.txt").is_ok());
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
}
