//! npz weights (upstream's `NpzIOStore`), written front to back into the file being saved.

use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::Path;

use super::{Member, Output, Weights};
use crate::errors::{Error, Result};
use crate::formats::npz::{Item, NpzWriter};
use crate::keras::WEIGHTS_NPZ;
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

/// npz weights being written: inside an archive after the member's local header, or as the
/// whole file.
pub struct NpzWeights {
    writer: NpzWriter<Hashing>,
    out: Output,
    /// Where the weights start: after the member's header inside an archive, 0 otherwise.
    head: u64,
}

impl Weights for NpzWeights {
    fn begin(target: &Path, archive: bool) -> Result<Self> {
        let out = Output::beside(target, if archive { "keras" } else { "npz" })?;
        let mut file = File::create(out.path()).map_err(|e| Error::io(target, e))?;
        // The member's header, zip64 as upstream's `force_zip64=True` writes it, goes first.
        let head = if archive {
            StoredZip::<File>::zip64_head(WEIGHTS_NPZ)
        } else {
            0
        };
        file.seek(SeekFrom::Start(head))
            .map_err(|e| Error::io(target, e))?;
        let sink = Hashing {
            file: BufWriter::with_capacity(1 << 20, file),
            hasher: crc32fast::Hasher::new(),
            len: 0,
        };
        Ok(NpzWeights {
            writer: NpzWriter::new(sink),
            out,
            head,
        })
    }

    fn output(&self) -> &Output {
        &self.out
    }

    fn into_member(self) -> Result<(Output, File, Member)> {
        let sink = self.writer.finish()?;
        let file = sink
            .file
            .into_inner()
            .map_err(|e| Error::io(self.out.path(), e.into_error()))?;
        let member = Member {
            name: WEIGHTS_NPZ,
            head: self.head,
            size: sink.len,
            crc: sink.hasher.finalize(),
            stamp: Stamp::Epoch,
            zip64: true,
        };
        Ok((self.out, file, member))
    }

    fn into_file(self) -> Result<Output> {
        let mut sink = self.writer.finish()?;
        sink.flush().map_err(|e| Error::io(self.out.path(), e))?;
        Ok(self.out)
    }
}

impl NpzWeights {
    /// Adds the store `name` (a saveable's inner path; `__root__` for the model).
    pub fn store(&mut self, name: &str, items: &[Item<'_>]) -> Result<()> {
        let more = items.iter().map(|item| item.data.len() as u64).sum();
        let done = self.writer.store(name, items);
        done.map_err(|e| self.out.full_disk().explain(e, more, &format!("'{name}'")))
    }
}
