//! Writing zip archives of stored (uncompressed) members, as upstream Keras's `zipfile`
//! writes `.keras` files, including a member whose bytes are already in the file.
//!
//! The `zip` crate writes each member's data itself. Saving a model instead lets libhdf5
//! write `model.weights.h5` straight into the archive file, after a reserved head (an HDF5
//! user block) that later receives the member's local header; the member is then *adopted*:
//! its header is written in front of the bytes already there. That is the one thing no zip
//! library offers, so this module writes the few records a stored archive needs (local
//! headers, central directory, zip64 records past 4 GiB) by hand, following APPNOTE 6.3 and
//! the field values Python's `zipfile` writes. Reading stays with the `zip` crate.

use std::io::{Seek, SeekFrom, Write};

use zip::DateTime;

use crate::errors::{Error, Result};
use crate::io::sys;

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_CENTRAL_DIR: u32 = 0x0605_4b50;
const ZIP64_END_OF_CENTRAL_DIR: u32 = 0x0606_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
const ZIP64_EXTRA: u16 = 0x0001;
/// An extra field that only pads: the id Android's `zipalign` uses for the same purpose.
const PADDING_EXTRA: u16 = 0xd935;
/// Python's `zipfile`: version 2.0, or 4.5 for zip64 entries; made on Unix.
const VERSION: u16 = 20;
const VERSION_ZIP64: u16 = 45;
const MADE_ON_UNIX: u16 = 3 << 8;
/// General-purpose flag: the name is UTF-8.
const FLAG_UTF8: u16 = 1 << 11;
/// `-rw-------`, the mode of the members upstream writes with `ZipFile.open` / `writestr`.
const EXTERNAL_ATTR: u32 = 0o600 << 16;
const LOCAL_HEADER_LEN: u64 = 30;
/// General-purpose flag: CRC-32 and sizes follow the data, in a data descriptor.
const FLAG_DESCRIPTOR: u16 = 1 << 3;
const DATA_DESCRIPTOR: u32 = 0x0807_4b50;
/// Python's `zipfile.ZIP64_LIMIT` and `ZIP_FILECOUNT_LIMIT`: past them, sizes, offsets and
/// counts go into zip64 fields.
const ZIP64_LIMIT: u64 = (1 << 31) - 1;
const FILECOUNT_LIMIT: u64 = (1 << 16) - 1;

/// Whether Python's `zipfile` gives a member of `size` bytes a zip64 local header when it
/// knows the size up front (`writestr`, `write`): when the size with 5% to spare passes
/// `ZIP64_LIMIT`.
fn zip64_for(size: u64) -> bool {
    size as f64 * 1.05 > ZIP64_LIMIT as f64
}

/// When an entry was last modified, as upstream's `zipfile` records it.
#[derive(Clone, Copy, Debug)]
pub enum Stamp {
    /// 1980-01-01 00:00:00, what `ZipFile.open(name, "w")` records (metadata.json,
    /// config.json).
    Epoch,
    /// The local time now, what `ZipFile.writestr(name, ...)` records (model.weights.h5).
    Now,
    /// A file's modification time (seconds since the Unix epoch), what `ZipFile.write`
    /// records (asset files).
    At(i64),
}

impl Stamp {
    fn dos(self) -> (u16, u16) {
        let t = match self {
            Stamp::Epoch => DateTime::default(),
            Stamp::Now => local_time(now_secs()),
            Stamp::At(secs) => local_time(secs),
        };
        (t.timepart(), t.datepart())
    }
}

/// Seconds since the Unix epoch now.
fn now_secs() -> i64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

/// A file's modification time in whole seconds since the Unix epoch, rounded down as
/// Python's `time.localtime(st_mtime)` rounds it.
fn mtime_secs(meta: &std::fs::Metadata) -> Option<i64> {
    let modified = meta.modified().ok()?;
    Some(match modified.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).ok()?,
        Err(e) => {
            let before = e.duration();
            let secs = before.as_secs() + u64::from(before.subsec_nanos() > 0);
            -i64::try_from(secs).ok()?
        }
    })
}

/// A time as a zip timestamp, in local time (what Python's `time.localtime()` gives).
fn local_time(secs: i64) -> DateTime {
    let Some(t) = sys::local_time(secs) else {
        return DateTime::default();
    };
    DateTime::from_date_and_time(
        t.year.clamp(1980, 2107) as u16,
        t.month,
        t.day,
        t.hour,
        t.minute,
        t.second.min(59),
    )
    .unwrap_or_default()
}

struct Entry {
    name: String,
    crc: u32,
    size: u64,
    offset: u64,
    stamp: (u16, u16),
    /// The local header carries zip64 sizes (forced, or a large member).
    zip64: bool,
    /// CRC-32 and sizes follow the data (written to a stream that cannot seek back).
    descriptor: bool,
    /// The Unix mode in the upper 16 bits.
    external_attr: u32,
}

impl Entry {
    fn flags(&self) -> u16 {
        let utf8 = if self.name.is_ascii() { 0 } else { FLAG_UTF8 };
        let descriptor = if self.descriptor { FLAG_DESCRIPTOR } else { 0 };
        utf8 | descriptor
    }
}

/// The local header of a stored member, its extra field padded to exactly `pad_to` bytes in
/// all when `pad_to` is given.
fn local_header(e: &Entry, pad_to: Option<u64>) -> Result<Vec<u8>> {
    let zip64 = e.zip64;
    // With a data descriptor the header knows neither sizes nor CRC: zeros.
    let (crc, size) = if e.descriptor {
        (0, 0)
    } else {
        (e.crc, e.size)
    };
    let mut extra = Vec::new();
    if zip64 {
        put16(&mut extra, ZIP64_EXTRA);
        put16(&mut extra, 16);
        put64(&mut extra, size);
        put64(&mut extra, size);
    }
    let fixed = LOCAL_HEADER_LEN + e.name.len() as u64;
    if let Some(total) = pad_to {
        let gap = total
            .checked_sub(fixed + extra.len() as u64)
            .filter(|&gap| gap == 0 || (4..=u16::MAX as u64).contains(&gap))
            .ok_or_else(|| Error::Invalid(format!("no room for the zip header of '{}'", e.name)))?;
        if gap > 0 {
            put16(&mut extra, PADDING_EXTRA);
            put16(&mut extra, (gap - 4) as u16);
            extra.resize(extra.len() + (gap - 4) as usize, 0);
        }
    }
    let size32 = if zip64 { u32::MAX } else { size as u32 };
    let mut h = Vec::with_capacity((fixed as usize) + extra.len());
    put32(&mut h, LOCAL_HEADER);
    put16(&mut h, if zip64 { VERSION_ZIP64 } else { VERSION });
    put16(&mut h, e.flags());
    put16(&mut h, 0); // stored
    put16(&mut h, e.stamp.0);
    put16(&mut h, e.stamp.1);
    put32(&mut h, crc);
    put32(&mut h, size32);
    put32(&mut h, size32);
    put16(&mut h, name_len(&e.name)?);
    put16(&mut h, extra.len() as u16);
    h.extend_from_slice(e.name.as_bytes());
    h.extend_from_slice(&extra);
    Ok(h)
}

fn central_header(e: &Entry) -> Result<Vec<u8>> {
    let big_size = e.size > ZIP64_LIMIT;
    let big_offset = e.offset > ZIP64_LIMIT;
    let mut extra = Vec::new();
    if big_size || big_offset {
        put16(&mut extra, ZIP64_EXTRA);
        put16(&mut extra, 8 * (2 * big_size as u16 + big_offset as u16));
        if big_size {
            put64(&mut extra, e.size);
            put64(&mut extra, e.size);
        }
        if big_offset {
            put64(&mut extra, e.offset);
        }
    }
    let version = if big_size || big_offset || e.zip64 {
        VERSION_ZIP64
    } else {
        VERSION
    };
    let mut h = Vec::with_capacity(46 + e.name.len() + extra.len());
    put32(&mut h, CENTRAL_HEADER);
    put16(&mut h, MADE_ON_UNIX | version);
    put16(&mut h, version);
    put16(&mut h, e.flags());
    put16(&mut h, 0); // stored
    put16(&mut h, e.stamp.0);
    put16(&mut h, e.stamp.1);
    put32(&mut h, e.crc);
    let size32 = if big_size { u32::MAX } else { e.size as u32 };
    put32(&mut h, size32);
    put32(&mut h, size32);
    put16(&mut h, name_len(&e.name)?);
    put16(&mut h, extra.len() as u16);
    put16(&mut h, 0); // comment
    put16(&mut h, 0); // disk
    put16(&mut h, 0); // internal attributes
    put32(&mut h, e.external_attr);
    put32(
        &mut h,
        if big_offset {
            u32::MAX
        } else {
            e.offset as u32
        },
    );
    h.extend_from_slice(e.name.as_bytes());
    h.extend_from_slice(&extra);
    Ok(h)
}

fn name_len(name: &str) -> Result<u16> {
    u16::try_from(name.len())
        .map_err(|_| Error::Invalid(format!("zip member name too long: '{name}'")))
}

fn put16(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}
fn put32(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}
fn put64(v: &mut Vec<u8>, x: u64) {
    v.extend_from_slice(&x.to_le_bytes());
}

/// The central directory of `entries` (in that order) starting at `cd_start`, with the end
/// records, zip64 ones when Python's `zipfile` writes them.
fn central_directory(entries: &[Entry], cd_start: u64) -> Result<Vec<u8>> {
    let mut cd = Vec::new();
    for e in entries {
        cd.extend_from_slice(&central_header(e)?);
    }
    let count = entries.len() as u64;
    let cd_len = cd.len() as u64;
    let zip64 = count > FILECOUNT_LIMIT || cd_start > ZIP64_LIMIT || cd_len > ZIP64_LIMIT;
    if zip64 {
        let record_at = cd_start + cd_len;
        put32(&mut cd, ZIP64_END_OF_CENTRAL_DIR);
        put64(&mut cd, 44);
        put16(&mut cd, VERSION_ZIP64); // Python writes no system byte here
        put16(&mut cd, VERSION_ZIP64);
        put32(&mut cd, 0);
        put32(&mut cd, 0);
        put64(&mut cd, count);
        put64(&mut cd, count);
        put64(&mut cd, cd_len);
        put64(&mut cd, cd_start);
        put32(&mut cd, ZIP64_LOCATOR);
        put32(&mut cd, 0);
        put64(&mut cd, record_at);
        put32(&mut cd, 1);
    }
    put32(&mut cd, END_OF_CENTRAL_DIR);
    put16(&mut cd, 0);
    put16(&mut cd, 0);
    let count16 = count.min(u16::MAX as u64) as u16;
    put16(&mut cd, count16);
    put16(&mut cd, count16);
    put32(&mut cd, cd_len.min(u32::MAX as u64) as u32);
    put32(&mut cd, cd_start.min(u32::MAX as u64) as u32);
    put16(&mut cd, 0); // comment
    Ok(cd)
}

/// A zip archive being written to `sink`, member by member, every member stored.
pub struct StoredZip<W: Write + Seek> {
    sink: W,
    entries: Vec<Entry>,
    /// Where the next member starts: the end of what was written so far.
    end: u64,
}

impl<W: Write + Seek> StoredZip<W> {
    /// Starts an archive on `sink` whose first `start` bytes are already taken (by a
    /// member to adopt); members are appended after them.
    pub fn new(mut sink: W, start: u64) -> Result<Self> {
        sink.seek(SeekFrom::Start(start)).map_err(io)?;
        Ok(StoredZip {
            sink,
            entries: Vec::new(),
            end: start,
        })
    }

    /// The smallest head that can hold the local header of a member named `name` of `size`
    /// bytes, rounded up to a power of two of at least 512 (what an HDF5 user block allows).
    pub fn head_for(name: &str, size_hint: u64) -> u64 {
        let zip64 = if zip64_for(size_hint) { 20 } else { 0 };
        let need = LOCAL_HEADER_LEN + name.len() as u64 + zip64 + 4;
        need.next_power_of_two().max(512)
    }

    /// The exact size of the zip64 local header of a member named `name` (what
    /// `ZipFile.open(name, "w", force_zip64=True)` writes).
    pub fn zip64_head(name: &str) -> u64 {
        LOCAL_HEADER_LEN + name.len() as u64 + 20
    }

    /// Records the member `name` whose `size` bytes (with CRC-32 `crc`) are already in the
    /// archive right after a head of `head` bytes at `offset`; its local header is written
    /// into that head, padded to fill it exactly. With `force_zip64` the header has zip64
    /// sizes whatever the size.
    #[allow(clippy::too_many_arguments)]
    pub fn adopt(
        &mut self,
        name: &str,
        offset: u64,
        head: u64,
        size: u64,
        crc: u32,
        stamp: Stamp,
        force_zip64: bool,
    ) -> Result<()> {
        let entry = Entry {
            name: name.to_owned(),
            crc,
            size,
            offset,
            stamp: stamp.dos(),
            zip64: force_zip64 || zip64_for(size),
            descriptor: false,
            external_attr: EXTERNAL_ATTR,
        };
        let header = local_header(&entry, Some(head))?;
        self.sink.seek(SeekFrom::Start(offset)).map_err(io)?;
        self.sink.write_all(&header).map_err(io)?;
        self.sink.seek(SeekFrom::Start(self.end)).map_err(io)?;
        self.entries.push(entry);
        Ok(())
    }

    /// Appends a member holding `data`.
    pub fn add_bytes(&mut self, name: &str, data: &[u8], stamp: Stamp) -> Result<()> {
        self.add(name, data, stamp, EXTERNAL_ATTR)
    }

    /// Appends a member holding the file at `path`, with its mode and modification time
    /// (Python's `ZipFile.write`, `ZipInfo.from_file`).
    pub fn add_file(&mut self, name: &str, path: &std::path::Path) -> Result<()> {
        let mut file = sys::open_regular(path).map_err(|e| Error::io(path, e))?;
        let meta = file.metadata().map_err(|e| Error::io(path, e))?;
        let mut data = Vec::with_capacity(meta.len() as usize);
        std::io::Read::read_to_end(&mut file, &mut data).map_err(|e| Error::io(path, e))?;
        let attr = (sys::file_mode(&meta) & 0xFFFF) << 16;
        // Python's `ZipFile.write` refuses times a zip entry cannot record.
        let mtime = mtime_secs(&meta);
        let year = mtime.and_then(sys::local_time).map(|t| t.year);
        if !year.is_some_and(|y| (1980..=2107).contains(&y)) {
            return Err(Error::Invalid(format!(
                "ZIP does not support timestamps before 1980 (asset file {})",
                path.display()
            )));
        }
        self.add(name, &data, Stamp::At(mtime.unwrap_or(0)), attr)
    }

    fn add(&mut self, name: &str, data: &[u8], stamp: Stamp, external_attr: u32) -> Result<()> {
        let entry = Entry {
            name: name.to_owned(),
            crc: crc32fast::hash(data),
            size: data.len() as u64,
            offset: self.end,
            stamp: stamp.dos(),
            zip64: zip64_for(data.len() as u64),
            descriptor: false,
            external_attr,
        };
        let header = local_header(&entry, None)?;
        self.sink.write_all(&header).map_err(io)?;
        self.sink.write_all(data).map_err(io)?;
        self.end += header.len() as u64 + data.len() as u64;
        self.entries.push(entry);
        Ok(())
    }

    /// Writes the central directory, listing first the members named in `first` in that
    /// order and then the others in the order they were added, and returns the sink.
    pub fn finish(mut self, first: &[&str]) -> Result<W> {
        let rank = |e: &Entry| {
            first
                .iter()
                .position(|n| *n == e.name)
                .unwrap_or(first.len())
        };
        self.entries.sort_by_key(|e| rank(e)); // stable: the rest keep their order
        let cd = central_directory(&self.entries, self.end)?;
        self.sink.write_all(&cd).map_err(io)?;
        self.sink.flush().map_err(io)?;
        Ok(self.sink)
    }
}

/// A zip archive written front to back, every member stored, as Python's `zipfile` writes
/// into a stream it cannot seek (numpy's `savez` into a member of another archive): each
/// member's header has zip64 fields (`force_zip64=True`) and its CRC-32 and sizes follow its
/// data in a data descriptor.
pub struct StreamZip<W: Write> {
    sink: W,
    entries: Vec<Entry>,
    end: u64,
    open: Option<crc32fast::Hasher>,
}

impl<W: Write> StreamZip<W> {
    pub fn new(sink: W) -> Self {
        StreamZip {
            sink,
            entries: Vec::new(),
            end: 0,
            open: None,
        }
    }

    /// Starts the member `name`; `write` then appends its bytes, `end_member` completes it.
    pub fn start_member(&mut self, name: &str) -> Result<()> {
        self.end_member()?;
        let entry = Entry {
            name: name.to_owned(),
            crc: 0,
            size: 0,
            offset: self.end,
            stamp: Stamp::Epoch.dos(),
            zip64: true,
            descriptor: true,
            external_attr: EXTERNAL_ATTR,
        };
        let header = local_header(&entry, None)?;
        self.sink.write_all(&header).map_err(io)?;
        self.end += header.len() as u64;
        self.entries.push(entry);
        self.open = Some(crc32fast::Hasher::new());
        Ok(())
    }

    /// Completes the open member, if any: its data descriptor.
    pub fn end_member(&mut self) -> Result<()> {
        let Some(hasher) = self.open.take() else {
            return Ok(());
        };
        let e = self.entries.last_mut().expect("an open member");
        e.crc = hasher.finalize();
        let mut d = Vec::with_capacity(24);
        put32(&mut d, DATA_DESCRIPTOR);
        put32(&mut d, e.crc);
        put64(&mut d, e.size);
        put64(&mut d, e.size);
        self.sink.write_all(&d).map_err(io)?;
        self.end += d.len() as u64;
        Ok(())
    }

    /// Writes the central directory and returns the sink.
    pub fn finish(mut self) -> Result<W> {
        self.end_member()?;
        let cd = central_directory(&self.entries, self.end)?;
        self.sink.write_all(&cd).map_err(io)?;
        self.sink.flush().map_err(io)?;
        Ok(self.sink)
    }
}

impl<W: Write> Write for StreamZip<W> {
    /// Appends to the open member.
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let hasher = self
            .open
            .as_mut()
            .ok_or_else(|| std::io::Error::other("no zip member open"))?;
        let n = self.sink.write(buf)?;
        hasher.update(&buf[..n]);
        self.end += n as u64;
        if let Some(e) = self.entries.last_mut() {
            e.size += n as u64;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.sink.flush()
    }
}

fn io(e: std::io::Error) -> Error {
    Error::Io {
        path: std::path::PathBuf::from("<archive>"),
        source: e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::bytes::Bytes;
    use crate::zip::read::{Archive, BombLimits};
    use std::io::Cursor;

    #[test]
    fn adopted_member_reads_back_in_directory_order() {
        let head = StoredZip::<Cursor<Vec<u8>>>::head_for("model.weights.h5", 5);
        assert_eq!(head, 512);
        let mut buf = vec![0u8; head as usize];
        buf.extend_from_slice(b"hello");
        let mut cursor = Cursor::new(buf);
        cursor.seek(SeekFrom::End(0)).unwrap();
        let mut zip = StoredZip::new(cursor, head + 5).unwrap();
        zip.adopt(
            "model.weights.h5",
            0,
            head,
            5,
            crc32fast::hash(b"hello"),
            Stamp::Now,
            false,
        )
        .unwrap();
        zip.add_bytes("metadata.json", b"{}", Stamp::Epoch).unwrap();
        zip.add_bytes("config.json", b"{\"a\": 1}", Stamp::Epoch)
            .unwrap();
        zip.add_bytes("assets/é.txt", b"x", Stamp::Now).unwrap();
        let bytes = zip
            .finish(&["metadata.json", "config.json", "model.weights.h5"])
            .unwrap()
            .into_inner();
        let archive = Archive::from_bytes(Bytes::Owned(bytes.clone())).unwrap();
        let names: Vec<_> = archive.members().iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "metadata.json",
                "config.json",
                "model.weights.h5",
                "assets/é.txt"
            ]
        );
        let w = archive
            .read("model.weights.h5", BombLimits::default())
            .unwrap();
        assert_eq!(&w[..], b"hello");
        assert_eq!(archive.member("model.weights.h5").unwrap().data_start, head);
        // The zip crate agrees, local headers included.
        let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        for i in 0..z.len() {
            let mut f = z.by_index(i).unwrap();
            std::io::copy(&mut f, &mut std::io::sink()).unwrap();
        }
    }

    #[test]
    fn zip64_past_four_gibibytes() {
        // A sparse 4 GiB member: only the records are real bytes.
        let size = (u32::MAX as u64) + 10;
        let head = StoredZip::<std::fs::File>::head_for("model.weights.h5", size);
        let file = tempfile::tempfile().unwrap();
        file.set_len(head + size).unwrap();
        let mut zip = StoredZip::new(file, head + size).unwrap();
        let crc = {
            let mut h = crc32fast::Hasher::new();
            let zeros = vec![0u8; 1 << 20];
            let mut left = size;
            while left > 0 {
                let n = left.min(zeros.len() as u64) as usize;
                h.update(&zeros[..n]);
                left -= n as u64;
            }
            h.finalize()
        };
        zip.adopt("model.weights.h5", 0, head, size, crc, Stamp::Now, false)
            .unwrap();
        zip.add_bytes("config.json", b"{}", Stamp::Epoch).unwrap();
        let file = zip.finish(&["config.json"]).unwrap();
        let archive = Archive::from_bytes(Bytes::map_file(file).unwrap()).unwrap();
        let m = archive.member("model.weights.h5").unwrap();
        assert_eq!((m.size, m.data_start), (size, head));
        let c = archive.member("config.json").unwrap();
        assert!(c.data_start > u32::MAX as u64);
        assert_eq!(
            &archive.read("config.json", BombLimits::default()).unwrap()[..],
            b"{}"
        );
    }
}
