//! Bytes of files being read: a read-only memory map (guarded against the file shrinking
//! under it) or a buffer, and shared slices of them that copy out with `pread`.

use std::fs::File;
use std::ops::{Deref, Range};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::errors::{Error, Result};
use crate::io::crc::{crc32_with_known, hash_file_range, parallel_chunks, KnownCrc};
use crate::io::sys::FaultGuard;

/// Bytes of a whole file: a read-only memory map, or a buffer handed over by the caller.
pub enum Bytes {
    /// A memory map of a file on disk, with the file (large copies read it directly), its
    /// path for messages, and the guard that keeps the process alive should the file shrink
    /// under the map (`sys::FaultGuard`).
    Map {
        map: memmap2::Mmap,
        file: File,
        path: PathBuf,
        guard: FaultGuard,
    },
    /// Bytes already in memory (a file object's contents, a decompressed member).
    Owned(Vec<u8>),
}

impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Map { map, .. } => map,
            Bytes::Owned(v) => v,
        }
    }
}

impl Bytes {
    /// Memory-maps `path` read-only.
    pub fn map(path: &Path) -> Result<Self> {
        let file = crate::io::sys::open_regular(path).map_err(|e| Error::io(path, e))?;
        Self::map_named(file, path)
    }

    /// Memory-maps an open file read-only.
    pub fn map_file(file: File) -> Result<Self> {
        Self::map_named(file, Path::new("<file>"))
    }

    fn map_named(file: File, path: &Path) -> Result<Self> {
        let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
        if len == 0 {
            // A zero-length map is an error on Linux; an empty file is simply not a zip.
            return Ok(Bytes::Owned(Vec::new()));
        }
        // SAFETY: the map is read-only. A file truncated under it by another process would
        // raise SIGBUS on reading past its new end; the guard turns that into zeros and a
        // `changed` error (`Bytes::check_unchanged`).
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| Error::io(path, e))?;
        let guard = FaultGuard::new(map.as_ptr(), map.len());
        Ok(Bytes::Map {
            map,
            file,
            path: path.to_path_buf(),
            guard,
        })
    }

    /// An error unless every read of the map so far found the file as it was mapped: a
    /// file truncated or rewritten in place by another process while it is read.
    pub fn check_unchanged(&self) -> Result<()> {
        match self {
            Bytes::Map { guard, path, .. } if guard.faulted() => Err(changed(path)),
            _ => Ok(()),
        }
    }
}

/// What a read of a file that changed while it was being read says.
const CHANGED: &str =
    "the file changed while it was being read (truncated or rewritten by another process)";

/// The error of a file that changed while it was being read.
fn changed(path: &Path) -> Error {
    Error::io(
        path,
        std::io::Error::new(std::io::ErrorKind::UnexpectedEof, CHANGED),
    )
}

/// A contiguous range of shared bytes: a stored member in place, or a decompressed copy.
#[derive(Clone)]
pub struct Slice {
    data: Arc<Bytes>,
    range: Range<usize>,
}

impl Slice {
    /// An error if the file under these bytes changed while they were read
    /// (`Bytes::check_unchanged`).
    pub fn check_unchanged(&self) -> Result<()> {
        self.data.check_unchanged()
    }

    /// The bytes `range` of this slice, sharing its data.
    pub fn sub(&self, range: Range<usize>) -> Self {
        let start = self.range.start + range.start;
        Slice {
            data: self.data.clone(),
            range: start..start + range.len(),
        }
    }

    /// The whole of `data`.
    pub fn whole(data: Arc<Bytes>) -> Self {
        let range = 0..data.len();
        Slice { data, range }
    }

    /// The CRC-32 of these bytes, of which the runs `known` (offsets within the slice)
    /// already have theirs: only the rest is read, from a mapped file with `pread` so the
    /// map's pages are not made resident.
    pub fn crc32_with_known(&self, known: Vec<KnownCrc>) -> std::io::Result<u32> {
        let base = self.range.start as u64;
        crc32_with_known(
            0,
            self.range.len() as u64,
            known,
            |from, to, hasher| match &*self.data {
                Bytes::Owned(v) => {
                    hasher.update(&v[(base + from) as usize..(base + to) as usize]);
                    Ok(())
                }
                Bytes::Map { file, .. } => hash_file_range(file, base + from, base + to, hasher)
                    .map_err(|e| {
                        if e.kind() == std::io::ErrorKind::UnexpectedEof {
                            std::io::Error::new(e.kind(), CHANGED)
                        } else {
                            e
                        }
                    }),
            },
        )
    }

    /// Lets go of the pages of a mapped file that reading these bytes made resident (they
    /// stay in the page cache, and come back if read again); bytes in memory stay.
    pub fn forget_pages(&self) {
        if let Bytes::Map { map, .. } = &*self.data {
            // SAFETY: the range lies in a read-only map of a file.
            unsafe {
                crate::io::sys::forget_mapped_pages(
                    map[self.range.clone()].as_ptr(),
                    self.range.len(),
                )
            };
        }
    }

    /// Copies the bytes at `offset..offset + out.len()` of this slice into `out`; with `hash`,
    /// returns their CRC-32, computed while they are hot (else 0).
    ///
    /// From a mapped file the bytes are read with `pread` rather than copied out of the map:
    /// the kernel copies from its page cache without building page tables for the map first,
    /// which costs more than the copy itself. Large copies are split over a few threads.
    pub fn copy_to(&self, offset: usize, out: &mut [u8], hash: bool) -> Result<u32> {
        let crc = |chunk: &[u8]| if hash { crc32fast::hash(chunk) } else { 0 };
        if offset
            .checked_add(out.len())
            .is_none_or(|end| end > self.range.len())
        {
            return Err(Error::Invalid(
                "read past the end of an archive member".into(),
            ));
        }
        let start = self.range.start + offset;
        match &*self.data {
            Bytes::Owned(v) => parallel_chunks(out, |at, chunk| {
                chunk.copy_from_slice(&v[start + at..start + at + chunk.len()]);
                Ok(crc(chunk))
            }),
            Bytes::Map { file, path, .. } => parallel_chunks(out, |at, chunk| {
                crate::io::sys::read_exact_at(file, chunk, (start + at) as u64).map_err(|e| {
                    // Past the end of a file that was as long as its map: it shrank.
                    if e.kind() == std::io::ErrorKind::UnexpectedEof {
                        changed(path)
                    } else {
                        Error::io(path, e)
                    }
                })?;
                Ok(crc(chunk))
            }),
        }
    }
}

impl Deref for Slice {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.data[self.range.clone()]
    }
}

/// Formats a byte count like Keras's `readable_memory_size`.
pub fn readable_size(bytes: u64) -> String {
    let units = ["B", "KB", "MB", "GB", "TB", "PB"];
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= 1024.0 && unit < units.len() - 1 {
        size /= 1024.0;
        unit += 1;
    }
    format!("{size:.2} {}", units[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_with_known_runs_equals_the_plain_crc() {
        let data: Vec<u8> = (0..10_000u32).map(|i| (i * 31 % 251) as u8).collect();
        let want = crc32fast::hash(&data);
        let run = |offset: u64, len: u64| KnownCrc {
            offset,
            len,
            crc: crc32fast::hash(&data[offset as usize..(offset + len) as usize]),
        };
        let cases = [
            vec![],
            vec![run(0, 10_000)],
            vec![run(5000, 10), run(0, 100), run(9000, 1000)],
            vec![run(100, 50), run(100, 50)], // the same run twice
            vec![run(100, 50), run(120, 50)], // overlapping: everything is read
            // Out of range (ignored), empty, and a real one.
            vec![
                KnownCrc {
                    offset: 9990,
                    len: 20,
                    crc: 7,
                },
                run(0, 0),
                run(50, 10),
            ],
        ];
        let slice = Slice::whole(Arc::new(Bytes::Owned(data.clone())));
        for known in cases {
            let got = slice.crc32_with_known(known.clone()).unwrap();
            assert_eq!(got, want, "{known:?}");
        }
        // A wrong known CRC shows.
        let mut bad = run(10, 10);
        bad.crc ^= 1;
        assert_ne!(slice.crc32_with_known(vec![bad]).unwrap(), want);
    }
}
