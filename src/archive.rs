//! The `.keras` zip archive: reading members in place from a memory map, writing archives
//! with upstream Keras's member names, order and entry attributes.

use std::collections::HashMap;
use std::fs::File;
use std::io::{Cursor, Read};
use std::ops::{Deref, Range};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use zip::{CompressionMethod, ZipArchive};

use crate::errors::{Error, Result};
use crate::sys::FaultGuard;

/// Upstream's member names inside a `.keras` archive.
pub const CONFIG: &str = "config.json";
/// Upstream's member names inside a `.keras` archive.
pub const METADATA: &str = "metadata.json";
/// Upstream's member names inside a `.keras` archive.
pub const WEIGHTS_H5: &str = "model.weights.h5";
/// Upstream's member names inside a `.keras` archive.
pub const WEIGHTS_NPZ: &str = "model.weights.npz";

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
        let file = crate::sys::open_regular(path).map_err(|e| Error::io(path, e))?;
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
                crate::sys::forget_mapped_pages(map[self.range.clone()].as_ptr(), self.range.len())
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
                crate::sys::read_exact_at(file, chunk, (start + at) as u64).map_err(|e| {
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

/// A run of bytes whose CRC-32 is already known.
#[derive(Clone, Copy, Debug)]
pub struct KnownCrc {
    pub offset: u64,
    pub len: u64,
    pub crc: u32,
}

/// The CRC-32 of the bytes `start..end` of some source, of which the runs `known` already
/// have theirs: `gap(from, to, hasher)` feeds every other range, and the pieces are combined
/// in order. Runs outside the range are ignored; overlapping runs fall back to reading all.
pub fn crc32_with_known(
    start: u64,
    end: u64,
    mut known: Vec<KnownCrc>,
    mut gap: impl FnMut(u64, u64, &mut crc32fast::Hasher) -> std::io::Result<()>,
) -> std::io::Result<u32> {
    known.retain(|r| r.len > 0 && r.offset >= start && r.offset + r.len <= end);
    known.sort_by_key(|r| r.offset);
    if known
        .windows(2)
        .any(|w| w[0].offset + w[0].len > w[1].offset)
    {
        known.clear();
    }
    let mut total = crc32fast::Hasher::new();
    let mut at = start;
    for run in known {
        if run.offset > at {
            gap(at, run.offset, &mut total)?;
        }
        total.combine(&crc32fast::Hasher::new_with_initial_len(run.crc, run.len));
        at = run.offset + run.len;
    }
    if end > at {
        gap(at, end, &mut total)?;
    }
    Ok(total.finalize())
}

/// Feeds the bytes `from..to` of `file` into `hasher`, read in pieces.
pub fn hash_file_range(
    file: &File,
    from: u64,
    to: u64,
    hasher: &mut crc32fast::Hasher,
) -> std::io::Result<()> {
    let mut buf = vec![0u8; (to - from).min(4 << 20) as usize];
    let mut at = from;
    while at < to {
        let n = (to - at).min(buf.len() as u64) as usize;
        crate::sys::read_exact_at(file, &mut buf[..n], at)?;
        hasher.update(&buf[..n]);
        at += n as u64;
    }
    Ok(())
}

/// The CRC-32 an archive member must have.
#[derive(Clone, Debug)]
pub struct MemberCrc {
    name: String,
    expected: u32,
}

impl MemberCrc {
    /// An error unless `actual` is the member's CRC-32.
    pub fn check(&self, actual: std::io::Result<u32>) -> Result<()> {
        let actual =
            actual.map_err(|e| Error::BadZip(format!("Bad zip member '{}': {e}", self.name)))?;
        if actual != self.expected {
            return Err(Error::BadZip(format!(
                "Bad CRC-32 for file '{}'",
                self.name
            )));
        }
        Ok(())
    }
}

/// Runs `f(offset, chunk)` over `out` in chunks, on a few threads when `out` is large (copies
/// into freshly allocated memory are bound by page faults, which threads take in parallel),
/// and combines the CRC-32s it returns for the chunks into that of `out`.
pub(crate) fn parallel_chunks<F>(out: &mut [u8], f: F) -> Result<u32>
where
    F: Fn(usize, &mut [u8]) -> Result<u32> + Sync,
{
    const PER_THREAD: usize = 8 << 20;
    // Asked only for copies that may be split: on Linux the standard library reads the
    // process's cgroup files each time (30 us, more than a small tensor's whole copy).
    if out.len() < 2 * PER_THREAD {
        return f(0, out);
    }
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(4)
        .min(out.len() / PER_THREAD)
        .max(1);
    if threads == 1 {
        return f(0, out);
    }
    let chunk = out.len().div_ceil(threads);
    let crcs = std::thread::scope(|scope| {
        let handles: Vec<_> = out
            .chunks_mut(chunk)
            .enumerate()
            .map(|(i, c)| {
                let f = &f;
                let len = c.len() as u64;
                scope.spawn(move || f(i * chunk, c).map(|crc| (crc, len)))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect::<Result<Vec<_>>>()
    })?;
    let mut total = crc32fast::Hasher::new();
    for (crc, len) in crcs {
        total.combine(&crc32fast::Hasher::new_with_initial_len(crc, len));
    }
    Ok(total.finalize())
}

impl Deref for Slice {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.data[self.range.clone()]
    }
}

/// Limits that refuse decompression bombs, as upstream's `_reject_zip_bomb`: a member is
/// refused when it declares more than `floor` bytes *and* more than `max_expansion` times the
/// bytes it stores.
#[derive(Clone, Copy, Debug)]
pub struct BombLimits {
    pub floor: u64,
    pub max_expansion: u64,
}

impl Default for BombLimits {
    fn default() -> Self {
        BombLimits {
            floor: 1 << 32,
            max_expansion: 100,
        }
    }
}

/// One entry of the central directory.
#[derive(Clone, Debug)]
pub struct Member {
    pub name: String,
    pub stored: bool,
    /// Compressed with deflate (the one method besides storing that Keras files use).
    pub deflated: bool,
    pub compressed_size: u64,
    pub size: u64,
    pub crc32: u32,
    /// Offset of the member's data (after its local header) from the start of the archive.
    pub data_start: u64,
    pub is_dir: bool,
    pub is_symlink: bool,
}

/// A zip archive opened for reading.
pub struct Archive {
    /// The archive's bytes: a whole file, or an archive stored inside another one.
    data: Slice,
    members: Vec<Member>,
    /// Member name -> index in `members`: a lookup costs the same whatever their number.
    index: HashMap<String, usize>,
}

impl Archive {
    /// Opens the archive at `path` through a memory map.
    pub fn open(path: &Path) -> Result<Self> {
        Self::from_bytes(Bytes::map(path)?)
    }

    /// Opens an archive held in memory.
    pub fn from_bytes(bytes: Bytes) -> Result<Self> {
        Self::from_slice(Slice::whole(Arc::new(bytes)))
    }

    /// Opens the archive held in `data`, such as a stored member of another archive; its
    /// members are read in place too.
    pub fn from_slice(data: Slice) -> Result<Self> {
        let mut zip = ZipArchive::new(Cursor::new(&data[..])).map_err(|e| {
            data.check_unchanged()
                .err()
                .unwrap_or_else(|| Error::BadZip(format!("File is not a zip file ({e})")))
        })?;
        if zip.has_duplicate_names() {
            // Which copy a reader sees differs between tools: refuse rather than guess.
            return Err(Error::Refused(
                "zip archive with duplicate member names".into(),
            ));
        }
        let mut members = Vec::with_capacity(zip.len());
        // Each member's whole span, local header to the end of its data: no two may share a
        // byte (Python's `zipfile` refuses "overlapped entries" too), or a small archive
        // could name one large member many times.
        let mut spans = Vec::with_capacity(zip.len());
        for i in 0..zip.len() {
            let entry = zip.by_index_raw(i)?;
            let name = entry.name()?.into_owned();
            let header = entry.header_start();
            let data_start = local_data_start(&data, header, entry.name_raw(), &name)?;
            let end = data_start.checked_add(entry.compressed_size());
            let Some(end) = end.filter(|&end| end <= data.len() as u64) else {
                return Err(Error::BadZip(format!(
                    "Truncated archive: member '{name}' extends past the end of the file"
                )));
            };
            if entry.encrypted() {
                return Err(Error::BadZip(format!(
                    "zip member '{name}' is encrypted, which Keras files never are"
                )));
            }
            spans.push((header, end, i));
            members.push(Member {
                stored: entry.compression() == CompressionMethod::Stored,
                deflated: entry.compression() == CompressionMethod::Deflated,
                compressed_size: entry.compressed_size(),
                size: entry.size(),
                crc32: entry.crc32(),
                data_start,
                is_dir: entry.is_dir(),
                is_symlink: entry.is_symlink(),
                name,
            });
        }
        spans.sort_unstable();
        for pair in spans.windows(2) {
            let ((_, end, _), (start, _, later)) = (pair[0], pair[1]);
            if end > start {
                return Err(Error::BadZip(format!(
                    "Overlapped entries: '{}' (possible zip bomb)",
                    members[later].name
                )));
            }
        }
        data.check_unchanged()?;
        let index = members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.name.clone(), i))
            .collect();
        Ok(Archive {
            data,
            members,
            index,
        })
    }

    /// The members in archive order.
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The member called `name`, if any.
    pub fn member(&self, name: &str) -> Option<&Member> {
        self.index.get(name).map(|&i| &self.members[i])
    }

    fn require(&self, name: &str) -> Result<&Member> {
        self.member(name)
            .ok_or_else(|| Error::MissingMember(name.to_owned()))
    }

    /// Refuses a member that declares far more bytes than it stores (upstream's
    /// `_reject_zip_bomb`).
    pub fn check_bomb(&self, name: &str, limits: BombLimits) -> Result<()> {
        let m = self.require(name)?;
        if m.size > limits.floor && m.size > limits.max_expansion.saturating_mul(m.compressed_size)
        {
            return Err(Error::Refused(format!(
                "ZIP member '{name}' declares {} but only {} are stored on disk; refusing to \
                 load a potential decompression bomb.",
                readable_size(m.size),
                readable_size(m.compressed_size)
            )));
        }
        Ok(())
    }

    /// The bytes of member `name`, checked against its CRC-32: a view into the archive when
    /// the member is stored, a decompressed copy otherwise (never more than it declares).
    pub fn read(&self, name: &str, limits: BombLimits) -> Result<Slice> {
        let (slice, crc) = self.read_unverified(name, limits)?;
        let actual = crc32fast::hash(&slice);
        self.data.check_unchanged()?;
        crc.check(Ok(actual))?;
        Ok(slice)
    }

    /// As `read`, without checking the CRC-32 yet: the caller checks it (`MemberCrc::check`)
    /// once it has read what it needs, before trusting what it made of the bytes.
    pub fn read_unverified(&self, name: &str, limits: BombLimits) -> Result<(Slice, MemberCrc)> {
        self.check_bomb(name, limits)?;
        let m = self.require(name)?;
        if m.is_dir || m.is_symlink {
            return Err(Error::Refused(format!(
                "zip member '{name}' is not a regular file"
            )));
        }
        let slice = if m.stored {
            if m.size != m.compressed_size {
                return Err(Error::BadZip(format!(
                    "Bad zip archive: stored member '{name}' declares {} bytes but stores {}",
                    m.size, m.compressed_size
                )));
            }
            let start = self.data.range.start + m.data_start as usize;
            Slice {
                data: self.data.data.clone(),
                range: start..start + m.size as usize,
            }
        } else {
            Slice::whole(Arc::new(Bytes::Owned(self.inflate(m)?)))
        };
        let crc = MemberCrc {
            name: name.to_owned(),
            expected: m.crc32,
        };
        Ok((slice, crc))
    }

    /// Decompresses member `m` from its bytes in the archive, straight from where the central
    /// directory (checked against the local header on opening) says they are.
    fn inflate(&self, m: &Member) -> Result<Vec<u8>> {
        if !m.deflated {
            return Err(Error::BadZip(format!(
                "zip member '{}' uses a compression method other than stored or deflated",
                m.name
            )));
        }
        let start = m.data_start as usize;
        let raw = &self.data[start..start + m.compressed_size as usize];
        // Never trust the declared size beyond the bomb check: read one byte past it to
        // detect a header that lies, and reserve no more than the declared size or what
        // deflate can make of the stored bytes (at most 1032 times as many).
        let most = m.compressed_size.saturating_mul(1032).saturating_add(64);
        let mut out = Vec::with_capacity(m.size.min(most).min(1 << 30) as usize);
        let read = flate2::read::DeflateDecoder::new(raw)
            .take(m.size.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(|e| Error::BadZip(format!("Bad zip member '{}': {e}", m.name)))?;
        if read as u64 != m.size {
            return Err(Error::BadZip(format!(
                "Bad zip member '{}': declares {} bytes, holds {read}",
                m.name, m.size
            )));
        }
        Ok(out)
    }
}

/// Where the data of the member whose local header starts at `header` begins, once the
/// header is checked: its signature, and its name the same as the central directory's
/// (`central`; Python's `zipfile` refuses a difference, and readers that trust one or the
/// other would see different archives).
fn local_data_start(data: &[u8], header: u64, central: &[u8], name: &str) -> Result<u64> {
    const SIGNATURE: &[u8] = b"PK\x03\x04";
    const FIXED: usize = 30;
    let bad = || Error::BadZip(format!("Bad local header for '{name}'"));
    let at = usize::try_from(header).map_err(|_| bad())?;
    let fixed = data
        .get(at..at.checked_add(FIXED).ok_or_else(bad)?)
        .ok_or_else(bad)?;
    if &fixed[..4] != SIGNATURE {
        return Err(bad());
    }
    let name_len = usize::from(u16::from_le_bytes([fixed[26], fixed[27]]));
    let extra_len = usize::from(u16::from_le_bytes([fixed[28], fixed[29]]));
    let local = data
        .get(at + FIXED..at + FIXED + name_len)
        .ok_or_else(bad)?;
    if local != central {
        return Err(Error::BadZip(format!(
            "File name in directory '{name}' and header '{}' differ.",
            String::from_utf8_lossy(local)
        )));
    }
    Ok((at + FIXED + name_len + extra_len) as u64)
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
    use crate::zipwrite::{Stamp, StoredZip};
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    use zip::ZipWriter;

    fn build(members: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = StoredZip::new(Cursor::new(Vec::new()), 0).unwrap();
        for (name, data) in members {
            w.add_bytes(name, data, Stamp::Epoch).unwrap();
        }
        w.finish(&[]).unwrap().into_inner()
    }

    #[test]
    fn round_trip_in_order_and_in_place() {
        let bytes = build(&[
            (METADATA, b"{}"),
            (CONFIG, b"{\"a\": 1}"),
            (WEIGHTS_H5, b"xyz"),
        ]);
        let archive = Archive::from_bytes(Bytes::Owned(bytes)).unwrap();
        let names: Vec<_> = archive.members().iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, [METADATA, CONFIG, WEIGHTS_H5]);
        let config = archive.read(CONFIG, BombLimits::default()).unwrap();
        assert_eq!(&config[..], b"{\"a\": 1}");
        assert!(archive.members().iter().all(|m| m.stored));
    }

    #[test]
    fn missing_member_and_not_a_zip() {
        let archive = Archive::from_bytes(Bytes::Owned(build(&[(METADATA, b"{}")]))).unwrap();
        assert!(matches!(
            archive.read(CONFIG, BombLimits::default()),
            Err(Error::MissingMember(_))
        ));
        assert!(matches!(
            Archive::from_bytes(Bytes::Owned(b"not a zip at all".to_vec())),
            Err(Error::BadZip(_))
        ));
    }

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

    #[test]
    fn corrupted_byte_fails_crc() {
        let mut bytes = build(&[(CONFIG, b"{\"payload\": 12345}")]);
        let archive = Archive::from_bytes(Bytes::Owned(bytes.clone())).unwrap();
        let at = archive.member(CONFIG).unwrap().data_start as usize + 3;
        bytes[at] ^= 0xff;
        let archive = Archive::from_bytes(Bytes::Owned(bytes)).unwrap();
        let err = archive.read(CONFIG, BombLimits::default()).err().unwrap();
        assert!(err.to_string().contains("CRC"), "{err}");
    }

    #[test]
    fn truncated_archives_never_panic() {
        let bytes = build(&[(METADATA, b"{}"), (CONFIG, &[b'x'; 3000])]);
        for cut in (0..bytes.len()).step_by(7) {
            if let Ok(a) = Archive::from_bytes(Bytes::Owned(bytes[..cut].to_vec())) {
                let _ = a.read(CONFIG, BombLimits::default());
            }
        }
    }

    #[test]
    fn deflated_bomb_is_refused_before_reading() {
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        w.start_file(CONFIG, opts).unwrap();
        w.write_all(&vec![b' '; 200_000]).unwrap();
        let bytes = w.finish().unwrap().into_inner();
        let archive = Archive::from_bytes(Bytes::Owned(bytes)).unwrap();
        let limits = BombLimits {
            floor: 64,
            max_expansion: 10,
        };
        let err = archive.read(CONFIG, limits).err().unwrap();
        assert!(err.to_string().contains("decompression bomb"), "{err}");
        // Within the limits the same member inflates correctly.
        assert_eq!(
            archive.read(CONFIG, BombLimits::default()).unwrap().len(),
            200_000
        );
    }

    /// An archive of `n` one-byte deflated members.
    fn many_deflated(n: usize) -> Vec<u8> {
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        for i in 0..n {
            w.start_file(format!("assets/{i}"), opts).unwrap();
            w.write_all(&[i as u8]).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn many_members_are_found_and_inflated_each_in_constant_time() {
        let n = 20_000;
        let archive = Archive::from_bytes(Bytes::Owned(many_deflated(n))).unwrap();
        let start = std::time::Instant::now();
        for i in (0..n).rev() {
            let data = archive
                .read(&format!("assets/{i}"), BombLimits::default())
                .unwrap();
            assert_eq!(&data[..], &[i as u8]);
        }
        // Rescanning the directory per member took minutes at this count; each read is now
        // a hash lookup and a few bytes inflated (far under a second for all of them).
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
    }

    #[test]
    fn a_local_name_unlike_the_central_one_is_refused() {
        let mut bytes = build(&[(METADATA, b"{}"), (CONFIG, b"{}")]);
        // Rename the local header's copy only: the first occurrence is the local header.
        let at = bytes
            .windows(CONFIG.len())
            .position(|w| w == CONFIG.as_bytes())
            .unwrap();
        bytes[at] = b'C';
        let err = Archive::from_bytes(Bytes::Owned(bytes)).err().unwrap();
        assert!(matches!(err, Error::BadZip(_)), "{err}");
        assert!(err.to_string().contains("differ"), "{err}");
    }

    #[test]
    fn overlapping_members_are_refused() {
        // Two stored members; then the first's central entry is made to claim every byte up
        // to the end of the second's data, so that its span holds the second member whole.
        let bytes = build(&[(METADATA, &[b'x'; 100]), (CONFIG, &[b'y'; 100])]);
        let archive = Archive::from_bytes(Bytes::Owned(bytes.clone())).unwrap();
        let (first, second) = (&archive.members()[0], &archive.members()[1]);
        let claimed = (second.data_start + second.size - first.data_start) as u32;
        let mut forged = bytes.clone();
        let cd = bytes.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
        forged[cd + 20..cd + 24].copy_from_slice(&claimed.to_le_bytes());
        forged[cd + 24..cd + 28].copy_from_slice(&claimed.to_le_bytes());
        let err = Archive::from_bytes(Bytes::Owned(forged)).err().unwrap();
        assert!(matches!(err, Error::BadZip(_)), "{err}");
        assert!(err.to_string().contains("Overlapped entries"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_truncated_under_its_map_is_an_error_not_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.keras");
        let config = vec![b'c'; 64 << 10];
        std::fs::write(&path, build(&[(METADATA, b"{}"), (CONFIG, &config)])).unwrap();
        let archive = Archive::open(&path).unwrap();
        // Another process cuts the file short: the map's pages past the new end are gone.
        std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(100)
            .unwrap();
        let err = archive.read(CONFIG, BombLimits::default()).err().unwrap();
        assert!(
            matches!(&err, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::UnexpectedEof),
            "{err}"
        );
        assert!(
            err.to_string().contains("changed while it was being read"),
            "{err}"
        );
        // The same from a copy with pread.
        let (slice, _) = archive
            .read_unverified(CONFIG, BombLimits::default())
            .unwrap();
        let mut out = vec![0u8; 1000];
        assert!(slice.copy_to(0, &mut out, true).is_err());
    }

    #[test]
    fn duplicate_names_are_refused() {
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default();
        w.start_file(CONFIG, opts).unwrap();
        w.write_all(b"1").unwrap();
        // The zip crate refuses duplicates itself; forge one by renaming a second member.
        w.start_file("config.jsoN", opts).unwrap();
        w.write_all(b"2").unwrap();
        let mut bytes = w.finish().unwrap().into_inner();
        let needle = b"config.jsoN";
        while let Some(at) = bytes.windows(needle.len()).position(|win| win == needle) {
            bytes[at + needle.len() - 1] = b'n';
        }
        let err = Archive::from_bytes(Bytes::Owned(bytes)).err().unwrap();
        assert!(err.to_string().contains("duplicate"), "{err}");
    }
}
