//! Reading a zip archive: members found by name in constant time, stored ones read in place
//! from a memory map, deflated ones inflated, every record checked against the others and
//! against decompression bombs.

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::Arc;

use zip::{CompressionMethod, ZipArchive};

use crate::errors::{Error, Result};
use crate::io::bytes::{readable_size, Bytes, Slice};
use crate::io::crc::MemberCrc;

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
            let start = m.data_start as usize;
            self.data.sub(start..start + m.size as usize)
        } else {
            Slice::whole(Arc::new(Bytes::Owned(self.inflate(m)?)))
        };
        let crc = MemberCrc::new(name, m.crc32);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keras::{CONFIG, METADATA, WEIGHTS_H5};
    use crate::zip::write::{Stamp, StoredZip};
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
