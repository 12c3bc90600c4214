//! The page cache and disk blocks around a save: blocks reserved ahead of the writes, the
//! replaced file's clean pages released, the new file's writeback started (Linux tuning in
//! `sys`, plain elsewhere).

use std::fs::{File, OpenOptions};
use std::path::Path;

use crate::io::sys;

/// Disk blocks reserved ahead of the writes to the file being saved.
///
/// On ext4 a file's new data normally gets its blocks only when written out (delayed
/// allocation), and renaming such a file over an existing one makes the rename itself start
/// writing all of it out (`auto_da_alloc`), on the thread that saves. Blocks reserved
/// beforehand (`fallocate`, keeping the size) leave nothing to allocate, so the rename costs
/// nothing and the writes themselves are faster too. What is reserved past the end is
/// released before the rename (`trim`). Best effort: where the file system cannot reserve
/// (and on systems other than Linux: `sys::reserve_blocks`), the file is written as before.
/// Like upstream, kerasave does not `fsync`: after a power loss soon after a save, the new
/// file may be incomplete (its writing back starts as soon as it is in place:
/// `TempPath::persist`).
pub(crate) struct Prealloc {
    file: Option<File>,
    /// Reserved from the start of the file up to here.
    reserved: u64,
    /// A reservation failed (not supported here, or no room): no more are tried.
    stopped: bool,
}

impl Prealloc {
    /// Slack reserved past each write, so that the small writes after it need no call.
    const AHEAD: u64 = 1 << 20;

    pub(crate) fn open(path: &Path) -> Self {
        Prealloc {
            file: OpenOptions::new().write(true).open(path).ok(),
            reserved: 0,
            stopped: false,
        }
    }

    /// Reserves nothing (a file written through a buffer of kerasave's own).
    pub(crate) fn none() -> Self {
        Prealloc {
            file: None,
            reserved: 0,
            stopped: true,
        }
    }

    /// Makes sure that the file's blocks are reserved up to `end`, and some way beyond.
    pub(crate) fn reserve(&mut self, end: u64) {
        let Some(file) = &self.file else { return };
        if self.stopped || end <= self.reserved {
            return;
        }
        let to = end.saturating_add(Self::AHEAD);
        if sys::reserve_blocks(file, self.reserved, to - self.reserved) {
            self.reserved = to;
        } else {
            // Write as without; what was reserved before is still trimmed.
            self.stopped = true;
        }
    }

    /// Releases the blocks reserved past the file's end.
    pub(crate) fn trim(&mut self) {
        if let Some(file) = self.file.take() {
            if let Ok(meta) = file.metadata() {
                let _ = file.set_len(meta.len());
            }
        }
    }
}

/// Asks the kernel to drop the cached pages of the file about to be replaced (those already
/// on disk; the file itself is untouched). The new archive needs as much page cache as the
/// old one holds, and memory just released is cheaper to take than memory never touched
/// (docs/architecture.md, "Page cache and writeback").
///
/// Only over clean pages: over dirty ones (a file written in the last half minute and not
/// yet written back) the advice would start writing back, at once, what the rename at the end
/// of the save discards, and drop none of it, which costs a small save half its time. The
/// file is looked at in spans (`cachestat`), and each span with no dirty page is released:
/// the kernel writes a file back from its start, so a large file saved a few seconds before
/// (and still partly dirty) is released up to where writeback has got. Where `cachestat` is
/// missing, the whole file is advised.
pub(crate) fn release_cached_pages(target: &Path) {
    if let Ok(old) = sys::open_regular(target) {
        release_clean_pages(&old, 32 << 20);
    }
}

/// Saved files at least this large start being written back as soon as they are in place.
pub(crate) const WRITE_BACK_FROM: u64 = 16 << 20;

/// Starts writing `file` back to disk, `span` bytes at a time, without waiting for the
/// writes to end (the call only blocks while the disk's queue is full); stops early should
/// the file be replaced or removed meanwhile, as its data would then be thrown away.
pub(crate) fn start_writeback(file: &File, span: u64) {
    let Ok(size) = file.metadata().map(|m| m.len()) else {
        return;
    };
    let mut from = 0;
    while from < size && !sys::unlinked(file) {
        let len = span.min(size - from);
        sys::queue_writeback(file, from, len);
        from += len;
    }
}

/// `release_cached_pages` over `old`, looked at `span` bytes at a time.
pub(crate) fn release_clean_pages(old: &File, span: u64) {
    let advise = |from: u64, len: u64| sys::drop_cached_pages(old, from, len);
    match sys::cached_and_dirty(old, 0, 0) {
        None | Some((_, 0)) => return advise(0, 0),
        Some((cached, dirty)) if dirty >= cached => return,
        Some(_) => {}
    }
    let Ok(size) = old.metadata().map(|m| m.len()) else {
        return;
    };
    // Runs of clean spans, each released with one call (a span's edges are as aligned as
    // `span`, which large folios need: the advice drops whole folios only).
    let (mut from, mut clean) = (0, None);
    while from < size {
        let len = span.min(size - from);
        let dirty = !matches!(sys::cached_and_dirty(old, from, len), Some((_, 0)));
        match (dirty, clean) {
            (false, None) => clean = Some(from),
            (true, Some(start)) => {
                advise(start, from - start);
                clean = None;
            }
            _ => {}
        }
        from += len;
    }
    if let Some(start) = clean {
        advise(start, 0);
    }
}
