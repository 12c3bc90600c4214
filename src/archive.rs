//! The `.keras` zip archive: reading members in place from a memory map, writing archives
//! with upstream Keras's member names, order and entry attributes.

use std::fs::File;
use std::io::{Cursor, Read};
use std::ops::{Deref, Range};
use std::path::Path;
use std::sync::Arc;

use zip::{CompressionMethod, ZipArchive};

use crate::errors::{Error, Result};

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
    /// A memory map of a file on disk, with the file (large copies read it directly).
    Map(memmap2::Mmap, File),
    /// Bytes already in memory (a file object's contents, a decompressed member).
    Owned(Vec<u8>),
}

impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Map(m, _) => m,
            Bytes::Owned(v) => v,
        }
    }
}

impl Bytes {
    /// Memory-maps `path` read-only.
    pub fn map(path: &Path) -> Result<Self> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        Self::map_file(file).map_err(|e| match e {
            Error::Io { source, .. } => Error::io(path, source),
            other => other,
        })
    }

    /// Memory-maps an open file read-only.
    pub fn map_file(file: File) -> Result<Self> {
        let path = Path::new("<file>");
        let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
        if len == 0 {
            // A zero-length map is an error on Linux; an empty file is simply not a zip.
            return Ok(Bytes::Owned(Vec::new()));
        }
        // SAFETY: the map is read-only; a file truncated under us by another process would
        // raise SIGBUS, the same exposure every mmap-based reader (numpy, safetensors) accepts.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| Error::io(path, e))?;
        Ok(Bytes::Map(map, file))
    }
}

/// A contiguous range of shared bytes: a stored member in place, or a decompressed copy.
#[derive(Clone)]
pub struct Slice {
    data: Arc<Bytes>,
    range: Range<usize>,
}

impl Slice {
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
                Bytes::Map(_, file) => hash_file_range(file, base + from, base + to, hasher),
            },
        )
    }

    /// Lets go of the pages of a mapped file that reading these bytes made resident (they
    /// stay in the page cache, and come back if read again); bytes in memory stay.
    pub fn forget_pages(&self) {
        if let Bytes::Map(map, _) = &*self.data {
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
            Bytes::Map(_, file) => parallel_chunks(out, |at, chunk| {
                crate::sys::read_exact_at(file, chunk, (start + at) as u64)
                    .map_err(|e| Error::Invalid(format!("reading an archive member: {e}")))?;
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
        let mut zip = ZipArchive::new(Cursor::new(&data[..]))
            .map_err(|e| Error::BadZip(format!("File is not a zip file ({e})")))?;
        if zip.has_duplicate_names() {
            // Which copy a reader sees differs between tools: refuse rather than guess.
            return Err(Error::Refused(
                "zip archive with duplicate member names".into(),
            ));
        }
        let mut members = Vec::with_capacity(zip.len());
        for i in 0..zip.len() {
            let entry = zip.by_index_raw(i)?;
            let name = entry.name()?.into_owned();
            let data_start = entry
                .data_start()
                .ok_or_else(|| Error::BadZip(format!("Bad local header for '{name}'")))?;
            let end = data_start.checked_add(entry.compressed_size());
            if end.is_none_or(|end| end > data.len() as u64) {
                return Err(Error::BadZip(format!(
                    "Truncated archive: member '{name}' extends past the end of the file"
                )));
            }
            members.push(Member {
                stored: entry.compression() == CompressionMethod::Stored,
                compressed_size: entry.compressed_size(),
                size: entry.size(),
                crc32: entry.crc32(),
                data_start,
                is_dir: entry.is_dir(),
                is_symlink: entry.is_symlink(),
                name,
            });
        }
        Ok(Archive { data, members })
    }

    /// The members in archive order.
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The member called `name`, if any.
    pub fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.name == name)
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
        crc.check(Ok(crc32fast::hash(&slice)))?;
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

    fn inflate(&self, m: &Member) -> Result<Vec<u8>> {
        let mut zip = ZipArchive::new(Cursor::new(&self.data[..]))?;
        let index = zip
            .index_for_name(&m.name)
            .ok_or_else(|| Error::MissingMember(m.name.clone()))?;
        let entry = zip.by_index(index)?;
        // Never trust the declared size beyond the bomb check: read one byte past it to
        // detect a header that lies, and reserve no more than the declared size or what
        // deflate can make of the stored bytes (at most 1032 times as many).
        let most = m.compressed_size.saturating_mul(1032).saturating_add(64);
        let mut out = Vec::with_capacity(m.size.min(most).min(1 << 30) as usize);
        let read = entry
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
