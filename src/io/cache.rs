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

/// Linux's page-cache handling, seen through `cachestat`.
#[cfg(all(test, linux_tuning))]
pub(crate) mod tests {
    use std::io::Write;
    use std::path::PathBuf;

    use super::*;
    use crate::errors::Error;
    use crate::io::atomic::*;

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
    pub(crate) fn dirty_file(len: usize) -> Option<(tempfile::TempDir, PathBuf, File)> {
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
