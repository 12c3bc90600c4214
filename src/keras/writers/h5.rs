//! HDF5 weights, written by libhdf5 into the file being saved.

use std::fs::{File, OpenOptions};
use std::path::Path;

use super::{Member, Output, Weights};
use crate::errors::{Error, Result};
use crate::formats::h5::{AttrValue, DatasetSpec, H5Writer, Part};
use crate::formats::{DType, TensorInfo};
use crate::io::cache::Prealloc;
use crate::io::crc::{crc32_with_known, hash_file_range, KnownCrc};
use crate::keras::WEIGHTS_H5;
use crate::zip::write::{Stamp, StoredZip};

/// HDF5 weights being written: inside an archive after room for the member's local header
/// (libhdf5's user block), or as the whole file.
pub struct H5Weights {
    /// Declared before `out`, so dropped first: an unfinished save closes libhdf5's file
    /// (`H5Writer`'s `Drop`) before its temporary file goes.
    writer: H5Writer,
    out: Output,
    /// Where the weights start: after the member's header inside an archive, 0 otherwise.
    head: u64,
    /// Inside an archive, the CRC-32 of each tensor written, computed from memory, so the
    /// member's checksum needs no reread of them.
    runs: Option<Vec<KnownCrc>>,
}

impl Weights for H5Weights {
    fn begin(target: &Path, archive: bool) -> Result<Self> {
        // Room for the member's header, zip64 fields included, whatever the weights' size.
        let head = if archive {
            StoredZip::<File>::head_for(WEIGHTS_H5, u64::MAX)
        } else {
            0
        };
        let mut out = Output::beside(target, if archive { "keras" } else { "h5" })?;
        // Creating the file surfaces the operating system's error about the target's
        // directory. libhdf5 then creates it anew: had it truncated the existing (empty)
        // file, ext4 would flush all the data on close, as it does for a file rewritten
        // in place (`auto_da_alloc`), on the thread that saves.
        File::create(out.path()).map_err(|e| Error::io(target, e))?;
        std::fs::remove_file(out.path()).map_err(|e| Error::io(target, e))?;
        let writer = H5Writer::create(out.path(), head)?;
        out.blocks = Prealloc::open(out.path());
        out.blocks.reserve(head);
        Ok(H5Weights {
            writer,
            out,
            head,
            runs: archive.then(Vec::new),
        })
    }

    fn output(&self) -> &Output {
        &self.out
    }

    fn into_member(self) -> Result<(Output, File, Member)> {
        let (out, head, runs) = self.close()?;
        let path = out.path();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| Error::io(path, e))?;
        let end = file.metadata().map_err(|e| Error::io(path, e))?.len();
        let size = end.checked_sub(head).ok_or_else(|| {
            Error::Hdf5("libhdf5 wrote a file shorter than its user block".into())
        })?;
        // Only HDF5's own structures are read back: the tensors' CRC-32s are known.
        let crc = crc32_with_known(head, end, runs, |from, to, hasher| {
            hash_file_range(&file, from, to, hasher)
        })
        .map_err(|e| Error::io(path, e))?;
        let member = Member {
            name: WEIGHTS_H5,
            head,
            size,
            crc,
            stamp: Stamp::Now,
            zip64: false,
        };
        Ok((out, file, member))
    }

    fn into_file(self) -> Result<Output> {
        let (mut out, _, _) = self.close()?;
        out.blocks.trim();
        Ok(out)
    }
}

impl H5Weights {
    /// Whether bfloat16 tensors carry Keras 3's tag (a legacy `.h5` model's do not).
    pub(super) fn tag_bfloat16(&mut self, tag: bool) {
        self.writer.tag_bfloat16(tag);
    }

    /// Closes libhdf5's file, its blocks reserved to its end first: the file, where the
    /// weights start, the tensors' known CRC-32s.
    fn close(mut self) -> Result<(Output, u64, Vec<KnownCrc>)> {
        self.reserve(0);
        let H5Weights {
            writer,
            out,
            head,
            runs,
        } = self;
        writer.close()?;
        Ok((out, head, runs.unwrap_or_default()))
    }

    /// Reserves the file's blocks up to `more` bytes past what libhdf5 has allocated.
    fn reserve(&mut self, more: u64) {
        if let Some(eoa) = self.writer.eoa() {
            self.out.blocks.reserve(eoa + more);
        }
    }

    /// Writes an attribute of an existing group.
    pub fn attr(&mut self, path: &str, name: &str, value: &AttrValue<'_>) -> Result<()> {
        let done = self.writer.attr(path, name, value);
        done.map_err(|e| self.out.full_disk().explain(e, 0, &format!("'{path}'")))
    }

    /// Creates a group, with string attributes.
    pub fn group(&mut self, path: &str, attrs: &[(String, String)]) -> Result<()> {
        let done = self.writer.group(path, attrs);
        done.map_err(|e| self.out.full_disk().explain(e, 0, &format!("'{path}'")))
    }

    /// Writes a tensor into the existing group `group`. Inside an archive its CRC-32 is
    /// computed from memory (beside the write, for a large one), so the archive's checksum
    /// needs no reread.
    pub fn dataset(&mut self, group: &str, spec: &DatasetSpec<'_>) -> Result<()> {
        let done = self.write_dataset(group, spec);
        let what = format!("'{group}/{}'", spec.name);
        done.map_err(|e| {
            self.out
                .full_disk()
                .explain(e, spec.data.len() as u64, &what)
        })
    }

    fn write_dataset(&mut self, group: &str, spec: &DatasetSpec<'_>) -> Result<()> {
        const BESIDE: usize = 8 << 20;
        self.reserve(spec.data.len() as u64);
        let Some(runs) = &mut self.runs else {
            return self.writer.dataset(group, spec).map(drop);
        };
        let writer = &mut self.writer;
        let (placed, crc) = if spec.data.len() >= BESIDE {
            std::thread::scope(|scope| {
                let crc = scope.spawn(|| crc32fast::hash(spec.data));
                let placed = writer.dataset(group, spec);
                (
                    placed,
                    crc.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
                )
            })
        } else {
            (writer.dataset(group, spec), crc32fast::hash(spec.data))
        };
        if let Some(offset) = placed? {
            runs.push(KnownCrc {
                offset,
                len: spec.data.len() as u64,
                crc,
            });
        }
        Ok(())
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
        self.reserve(bytes);
        let done = self.writer.dataset_parts(group, name, info, parts);
        done.map_err(|e| {
            self.out
                .full_disk()
                .explain(e, bytes, &format!("'{group}/{name}'"))
        })
    }

    /// Removes the link at `path`.
    pub fn delete(&mut self, path: &str) -> Result<()> {
        self.writer.delete(path)
    }

    /// Reads back a tensor written earlier.
    pub fn read_into(&mut self, path: &str, dtype: DType, out: &mut [u8]) -> Result<()> {
        self.writer.read_into(path, dtype, out)
    }
}
