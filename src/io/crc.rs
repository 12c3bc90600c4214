//! CRC-32s: of runs partly known in advance, of file ranges read in pieces, of archive
//! members, and of copies split over threads.

use std::fs::File;

use crate::errors::{Error, Result};

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
        crate::io::sys::read_exact_at(file, &mut buf[..n], at)?;
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
    /// The CRC-32 `expected` of the member `name`.
    pub fn new(name: &str, expected: u32) -> Self {
        MemberCrc {
            name: name.to_owned(),
            expected,
        }
    }

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
