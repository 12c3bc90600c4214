//! Everything kerasave asks of the operating system beyond the standard library, in one place.
//!
//! Two kinds of calls live here:
//! - Linux's tuning of the page cache, disk blocks and memory mappings (`fallocate`,
//!   `sync_file_range`, `posix_fadvise`, `cachestat`, `mmap` with `MADV_HUGEPAGE`,
//!   `MADV_FREE` and `MADV_DONTNEED`, the sysfs probe of the memory pool). They make saves and loads faster, never
//!   different: each has a portable counterpart that does the same job plainly (no reservation,
//!   no hint, memory from the global allocator). They are compiled under `cfg(linux_tuning)`,
//!   which `build.rs` sets on Linux unless the `portable` feature asks for the portable path, so
//!   the code macOS and Windows users get is built and tested on Linux too.
//! - POSIX calls macOS shares (`pread`, `kill(pid, 0)`, `localtime_r`, `pthread_atfork`), under
//!   `cfg(unix)`, with a Windows counterpart or a conservative answer.

use std::fs::File;
use std::io;

#[cfg(linux_tuning)]
pub use linux::*;
#[cfg(not(linux_tuning))]
pub use portable::*;

/// Regions of the memory pool are multiples of this, and start on a multiple of it: a huge
/// page.
pub const HUGE: usize = 2 << 20;

/// Linux: the page cache, disk blocks and memory mappings tuned for large files.
#[cfg(linux_tuning)]
mod linux {
    use std::fs::File;
    use std::io;
    use std::os::fd::AsRawFd;
    use std::path::Path;
    use std::ptr::NonNull;
    use std::sync::OnceLock;

    use super::HUGE;

    /// Reserves the disk blocks of `file` from `from` for `len` bytes, keeping its size
    /// (`fallocate(FALLOC_FL_KEEP_SIZE)`); false where the file system cannot.
    pub fn reserve_blocks(file: &File, from: u64, len: u64) -> bool {
        let (Ok(from), Ok(len)) = (libc::off_t::try_from(from), libc::off_t::try_from(len)) else {
            return false;
        };
        // SAFETY: a valid descriptor; the call only reserves blocks, keeping the size.
        unsafe { libc::fallocate(file.as_raw_fd(), libc::FALLOC_FL_KEEP_SIZE, from, len) == 0 }
    }

    /// Queues the dirty pages of `len` bytes of `file` from `from` for writing, without
    /// waiting for the writes (`sync_file_range(SYNC_FILE_RANGE_WRITE)`).
    pub fn queue_writeback(file: &File, from: u64, len: u64) {
        let (Ok(off), Ok(n)) = (libc::off64_t::try_from(from), libc::off64_t::try_from(len)) else {
            return;
        };
        // SAFETY: a valid descriptor; the call only queues the range's dirty pages for
        // writing.
        unsafe { libc::sync_file_range(file.as_raw_fd(), off, n, libc::SYNC_FILE_RANGE_WRITE) };
    }

    /// Asks the kernel to drop the cached pages of `len` bytes of `file` from `from` (0: to
    /// the end); the file itself is untouched (`posix_fadvise(POSIX_FADV_DONTNEED)`).
    pub fn drop_cached_pages(file: &File, from: u64, len: u64) {
        let (Ok(from), Ok(len)) = (libc::off_t::try_from(from), libc::off_t::try_from(len)) else {
            return;
        };
        // SAFETY: a valid descriptor; the advice changes no data.
        unsafe { libc::posix_fadvise(file.as_raw_fd(), from, len, libc::POSIX_FADV_DONTNEED) };
    }

    /// How many pages of `file` (the `len` bytes from `off`; 0: to the end) are in the page
    /// cache, and how many of those are dirty or being written back: Linux's `cachestat` (6.5
    /// and later); `None` where it is missing or refused.
    pub fn cached_and_dirty(file: &File, off: u64, len: u64) -> Option<(u64, u64)> {
        // The same number on every architecture (the unified syscall table).
        const SYS_CACHESTAT: libc::c_long = 451;
        #[repr(C)]
        struct Range {
            off: u64,
            len: u64,
        }
        #[repr(C)]
        #[derive(Default)]
        struct Stat {
            nr_cache: u64,
            nr_dirty: u64,
            nr_writeback: u64,
            nr_evicted: u64,
            nr_recently_evicted: u64,
        }
        let range = Range { off, len };
        let mut stat = Stat::default();
        // SAFETY: a valid descriptor, and pointers to structs of the kernel's layout that
        // outlive the call; it only fills `stat`.
        let done = unsafe {
            libc::syscall(
                SYS_CACHESTAT,
                file.as_raw_fd(),
                &range as *const Range,
                &mut stat as *mut Stat,
                0 as libc::c_uint,
            )
        };
        (done == 0).then_some((stat.nr_cache, stat.nr_dirty + stat.nr_writeback))
    }

    /// Maps `len` bytes (a multiple of [`HUGE`]) at an address that is a multiple of
    /// [`HUGE`], asking for huge pages unless the host would make them slow
    /// ([`host_takes_back_huge_pages`]). The memory is not initialized (it reads as zeros).
    pub fn map_region(len: usize) -> io::Result<NonNull<u8>> {
        let span = len
            .checked_add(HUGE)
            .ok_or_else(|| io::Error::from(io::ErrorKind::OutOfMemory))?;
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing.
        let addr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                span,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if addr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let start = addr as usize;
        let aligned = start.next_multiple_of(HUGE);
        if aligned > start {
            unmap_raw(start, aligned - start);
        }
        let end = aligned + len;
        if start + span > end {
            unmap_raw(end, start + span - end);
        }
        if *ASK_FOR_HUGE_PAGES.get_or_init(|| !host_takes_back_huge_pages(Path::new("/sys"))) {
            // SAFETY: [aligned, end) is mapped. Huge pages are advice; without them it works.
            unsafe { libc::madvise(aligned as *mut libc::c_void, len, libc::MADV_HUGEPAGE) };
        }
        // SAFETY: mmap succeeded, so the address is not null.
        Ok(unsafe { NonNull::new_unchecked(aligned as *mut u8) })
    }

    /// Gives back a region of `len` bytes that `map_region` returned.
    ///
    /// # Safety
    /// The caller owns the region, and nothing refers to it any more.
    pub unsafe fn unmap_region(ptr: NonNull<u8>, len: usize) {
        unmap_raw(ptr.as_ptr() as usize, len);
    }

    fn unmap_raw(addr: usize, len: usize) {
        // SAFETY: callers own [addr, addr + len), mapped by `map_region`, and nothing refers
        // to it.
        unsafe { libc::munmap(addr as *mut libc::c_void, len) };
    }

    /// Lets the kernel take back the pages of a region kept for reuse should memory run
    /// short (`MADV_FREE`): a later write to a page it has not taken cancels this, a page it
    /// has taken comes back zeroed. False where it cannot (Linux before 4.5): the region is
    /// then not worth keeping.
    ///
    /// # Safety
    /// The region came from `map_region`, and nothing refers to its contents any more.
    pub unsafe fn mark_reclaimable(ptr: NonNull<u8>, len: usize) -> bool {
        // SAFETY: per the contract, the region is mapped and unused.
        unsafe { libc::madvise(ptr.as_ptr() as *mut libc::c_void, len, libc::MADV_FREE) == 0 }
    }

    /// Drops the pages of `len` bytes at `ptr`, part of a read-only file mapping, from the
    /// process (`MADV_DONTNEED`): they stay in the page cache and come back on the next touch.
    ///
    /// # Safety
    /// The range lies in a read-only mapping of a file.
    pub unsafe fn forget_mapped_pages(ptr: *const u8, len: usize) {
        // SAFETY: `sysconf` is a plain query.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
        let start = ptr as usize / page * page;
        let end = (ptr as usize).saturating_add(len).div_ceil(page) * page;
        // SAFETY: per the contract, the pages are file-backed and never written: dropping
        // them loses nothing. Pages of the same mapping just outside the range are too.
        unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) };
    }

    /// Whether new regions ask for huge pages (`MADV_HUGEPAGE`, as numpy does for its large
    /// arrays); see [`host_takes_back_huge_pages`].
    static ASK_FOR_HUGE_PAGES: OnceLock<bool> = OnceLock::new();

    /// The virtio-balloon feature bit of free page reporting.
    const VIRTIO_BALLOON_F_REPORTING: usize = 5;

    /// Whether this machine is a VM whose host takes back the free blocks of a huge page or
    /// larger (virtio-balloon free page reporting, at an order up to a huge page's), read from
    /// `sys` (sysfs). There, a huge page is such a block, which the host must back again when
    /// it is first written, and small pages mostly come from smaller free blocks, which it has
    /// not taken: on such a VM a fresh mapping with huge pages was often slower to fill than
    /// one without, by up to a factor of three (docs/architecture.md). Reads into reused
    /// regions, which take no page faults, gain a little from huge pages elsewhere.
    pub(super) fn host_takes_back_huge_pages(sys: &Path) -> bool {
        let read = |path: &str| std::fs::read_to_string(sys.join(path)).ok();
        let order = read("module/page_reporting/parameters/page_reporting_order")
            .and_then(|order| order.trim().parse::<u32>().ok());
        // SAFETY: a plain query.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
        let huge_order = (HUGE / page.max(1)).trailing_zeros();
        if order.is_none_or(|order| order > huge_order) {
            return false;
        }
        let Ok(balloons) = std::fs::read_dir(sys.join("bus/virtio/drivers/virtio_balloon")) else {
            return false;
        };
        balloons.flatten().any(|device| {
            std::fs::read(device.path().join("features"))
                .is_ok_and(|bits| bits.get(VIRTIO_BALLOON_F_REPORTING) == Some(&b'1'))
        })
    }
}

/// Every other system, and Linux with the `portable` feature: the same jobs done plainly.
#[cfg(not(linux_tuning))]
mod portable {
    use std::alloc::Layout;
    use std::fs::File;
    use std::io;
    use std::ptr::NonNull;

    use super::HUGE;

    /// Reserves nothing: the file gets its blocks as it is written.
    pub fn reserve_blocks(_file: &File, _from: u64, _len: u64) -> bool {
        false
    }

    /// Nothing to queue: the system writes the file back on its own schedule.
    pub fn queue_writeback(_file: &File, _from: u64, _len: u64) {}

    /// Leaves the cached pages to the system.
    pub fn drop_cached_pages(_file: &File, _from: u64, _len: u64) {}

    /// Unknown: the page cache cannot be looked at.
    pub fn cached_and_dirty(_file: &File, _off: u64, _len: u64) -> Option<(u64, u64)> {
        None
    }

    fn layout(len: usize) -> io::Result<Layout> {
        Layout::from_size_align(len, HUGE).map_err(|_| io::Error::from(io::ErrorKind::OutOfMemory))
    }

    /// `len` bytes (a multiple of [`HUGE`]) from the global allocator, at an address that is
    /// a multiple of [`HUGE`]; not initialized.
    pub fn map_region(len: usize) -> io::Result<NonNull<u8>> {
        let layout = layout(len.max(1))?;
        // SAFETY: the layout's size is not zero.
        NonNull::new(unsafe { std::alloc::alloc(layout) })
            .ok_or_else(|| io::Error::from(io::ErrorKind::OutOfMemory))
    }

    /// Gives back a region of `len` bytes that `map_region` returned.
    ///
    /// # Safety
    /// The caller owns the region, and nothing refers to it any more.
    pub unsafe fn unmap_region(ptr: NonNull<u8>, len: usize) {
        if let Ok(layout) = layout(len.max(1)) {
            // SAFETY: allocated by `map_region` with this layout.
            unsafe { std::alloc::dealloc(ptr.as_ptr(), layout) };
        }
    }

    /// Keeps the pages: the system decides when to let them go.
    ///
    /// # Safety
    /// The range lies in a read-only mapping of a file.
    pub unsafe fn forget_mapped_pages(_ptr: *const u8, _len: usize) {}

    /// Kept as it is: the region stays the process's until the pool gives it back.
    ///
    /// # Safety
    /// The region came from `map_region`.
    pub unsafe fn mark_reclaimable(_ptr: NonNull<u8>, _len: usize) -> bool {
        true
    }
}

/// Watches a read-only memory map of a file for the file shrinking under it.
///
/// Reading a page of a file mapping past the file's end raises SIGBUS, which kills the
/// process: another process truncating or rewriting the file in place (`cp a.keras m.keras`)
/// while it is read would do that. While a guard is alive, a SIGBUS at an address in its
/// range is answered by putting a page of zeros there (the read goes on, with zeros) and
/// marking the guard `faulted`; the reader then reports the file as changed instead of
/// trusting what it read. A SIGBUS anywhere else goes to the handler installed before, or
/// takes its default action. At most `fault::SLOTS` maps are watched at once; beyond that a
/// map is read unguarded, as before.
pub struct FaultGuard {
    #[cfg(unix)]
    slot: Option<usize>,
}

impl FaultGuard {
    /// Watches `len` bytes from `start`, a read-only mapping of a file.
    pub fn new(start: *const u8, len: usize) -> Self {
        #[cfg(unix)]
        {
            FaultGuard {
                slot: fault::watch(start as usize, len),
            }
        }
        #[cfg(not(unix))]
        {
            let _ = (start, len);
            FaultGuard {}
        }
    }

    /// Whether a read in the range found the file shorter than the map.
    pub fn faulted(&self) -> bool {
        #[cfg(unix)]
        {
            self.slot.is_some_and(fault::faulted)
        }
        #[cfg(not(unix))]
        {
            false
        }
    }
}

impl Drop for FaultGuard {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(slot) = self.slot {
            fault::release(slot);
        }
    }
}

#[cfg(unix)]
mod fault {
    use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

    /// How many maps are watched at once.
    pub const SLOTS: usize = 256;

    struct Slot {
        used: AtomicBool,
        start: AtomicUsize,
        /// 0 while the slot watches nothing.
        end: AtomicUsize,
        faulted: AtomicBool,
    }

    #[allow(clippy::declare_interior_mutable_const)]
    const FREE: Slot = Slot {
        used: AtomicBool::new(false),
        start: AtomicUsize::new(0),
        end: AtomicUsize::new(0),
        faulted: AtomicBool::new(false),
    };
    static TABLE: [Slot; SLOTS] = [FREE; SLOTS];
    static PAGE: AtomicUsize = AtomicUsize::new(0);
    /// The SIGBUS action before ours (leaked: the handler may read it at any time).
    static PREVIOUS: AtomicPtr<libc::sigaction> = AtomicPtr::new(std::ptr::null_mut());
    static INSTALLING: std::sync::Mutex<()> = std::sync::Mutex::new(());

    pub fn watch(start: usize, len: usize) -> Option<usize> {
        if len == 0 || !install() {
            return None;
        }
        let i = TABLE.iter().position(|slot| {
            slot.used
                .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
        })?;
        let slot = &TABLE[i];
        slot.faulted.store(false, Ordering::Release);
        slot.start.store(start, Ordering::Release);
        slot.end.store(start.saturating_add(len), Ordering::Release);
        Some(i)
    }

    pub fn faulted(i: usize) -> bool {
        TABLE[i].faulted.load(Ordering::Acquire)
    }

    pub fn release(i: usize) {
        let slot = &TABLE[i];
        slot.end.store(0, Ordering::Release);
        slot.start.store(0, Ordering::Release);
        slot.used.store(false, Ordering::Release);
    }

    /// Makes `on_sigbus` the SIGBUS handler, unless it already is (another handler installed
    /// since, such as Python's `faulthandler`, becomes the one it hands other faults to).
    fn install() -> bool {
        let _lock = INSTALLING.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: plain queries and an installation of a handler that only touches atomics,
        // maps a page, or calls the handler it replaced.
        unsafe {
            if PAGE.load(Ordering::Relaxed) == 0 {
                let page = usize::try_from(libc::sysconf(libc::_SC_PAGESIZE)).unwrap_or(4096);
                PAGE.store(page.max(1), Ordering::Relaxed);
            }
            let mut current: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(libc::SIGBUS, std::ptr::null(), &mut current) != 0 {
                return false;
            }
            if current.sa_sigaction == on_sigbus as *const () as usize {
                return true;
            }
            let mut ours: libc::sigaction = std::mem::zeroed();
            ours.sa_sigaction = on_sigbus as *const () as usize;
            ours.sa_flags = libc::SA_SIGINFO;
            libc::sigemptyset(&mut ours.sa_mask);
            PREVIOUS.store(Box::into_raw(Box::new(current)), Ordering::Release);
            libc::sigaction(libc::SIGBUS, &ours, std::ptr::null_mut()) == 0
        }
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    unsafe fn fault_address(info: *mut libc::siginfo_t) -> usize {
        // SAFETY: the kernel's siginfo for this signal.
        unsafe { (*info).si_addr() as usize }
    }

    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    unsafe fn fault_address(info: *mut libc::siginfo_t) -> usize {
        // SAFETY: the kernel's siginfo for this signal.
        unsafe { (*info).si_addr as usize }
    }

    extern "C" fn on_sigbus(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
        // SAFETY: `info` is the kernel's; everything below is async-signal-safe (atomics,
        // mmap, sigaction, raise).
        unsafe {
            // A fault of the memory system (not a signal sent by a process).
            if !info.is_null() && (*info).si_code > 0 {
                let addr = fault_address(info);
                let page = PAGE.load(Ordering::Relaxed);
                for slot in &TABLE {
                    let end = slot.end.load(Ordering::Acquire);
                    let start = slot.start.load(Ordering::Acquire);
                    if end != 0 && (start..end).contains(&addr) {
                        let at = addr & !(page - 1);
                        let zeros = libc::mmap(
                            at as *mut libc::c_void,
                            page,
                            libc::PROT_READ,
                            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                            -1,
                            0,
                        );
                        if zeros != libc::MAP_FAILED {
                            slot.faulted.store(true, Ordering::Release);
                            return;
                        }
                    }
                }
            }
            let previous = PREVIOUS.load(Ordering::Acquire);
            let action = if previous.is_null() {
                libc::SIG_DFL
            } else {
                (*previous).sa_sigaction
            };
            if action == libc::SIG_DFL || action == libc::SIG_IGN {
                // The default action: the faulting access runs again and ends the process,
                // as it would have without kerasave; a sent signal is sent again.
                libc::signal(sig, libc::SIG_DFL);
                if info.is_null() || (*info).si_code <= 0 {
                    libc::raise(sig);
                }
            } else if (*previous).sa_flags & libc::SA_SIGINFO != 0 {
                let handler: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                    std::mem::transmute(action);
                handler(sig, info, ctx);
            } else {
                let handler: extern "C" fn(libc::c_int) = std::mem::transmute(action);
                handler(sig);
            }
        }
    }
}

/// The error number of "no space left on device".
pub const ENOSPC: i32 = libc::ENOSPC;

/// An error of the file system's "no space left on device", saying `msg`: its errno is
/// ENOSPC where the system has one (Python raises OSError with errno 28 on Linux).
pub fn disk_full(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::StorageFull, msg)
}

/// The bytes an unprivileged user may still write on the file system holding `dir`
/// (`statvfs`); `None` where that cannot be asked.
pub fn free_space(dir: &std::path::Path) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let dir = if dir.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            dir
        };
        let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
        // SAFETY: a NUL-terminated path and a zeroed struct that the call fills.
        let stat = unsafe {
            let mut stat: libc::statvfs = std::mem::zeroed();
            (libc::statvfs(c.as_ptr(), &mut stat) == 0).then_some(stat)
        }?;
        // Narrower than u64 on some systems (macOS).
        #[allow(clippy::useless_conversion)]
        let (blocks, size) = (u64::from(stat.f_bavail), u64::from(stat.f_frsize));
        Some(blocks.saturating_mul(size))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// Opens `path` for reading, refusing anything but a regular file (a FIFO, a socket, a device,
/// a directory) with an error of kind `InvalidInput`. The file is opened without blocking and
/// looked at before anything is read: opening a FIFO for reading would otherwise wait for a
/// writer forever.
pub fn open_regular(path: &std::path::Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    let kind = file.metadata()?.file_type();
    if !kind.is_file() {
        let what = if kind.is_dir() {
            "a directory"
        } else {
            "not a regular file (a FIFO, socket or device)"
        };
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{what}, not read"),
        ));
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: a valid descriptor; the calls only read and set its status flags.
        unsafe {
            let flags = libc::fcntl(file.as_raw_fd(), libc::F_GETFL);
            if flags >= 0 {
                libc::fcntl(file.as_raw_fd(), libc::F_SETFL, flags & !libc::O_NONBLOCK);
            }
        }
    }
    Ok(file)
}

/// Reads exactly `buf.len()` bytes of `file` at `offset`, leaving the file's position alone.
pub fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::FileExt;
        let (mut buf, mut offset) = (buf, offset);
        while !buf.is_empty() {
            match file.seek_read(buf, offset) {
                Ok(0) => return Err(io::Error::from(io::ErrorKind::UnexpectedEof)),
                Ok(n) => {
                    buf = &mut buf[n..];
                    offset += n as u64;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

/// Whether `file` has been removed (no name links to it any more); false where that cannot
/// be asked.
pub fn unlinked(file: &File) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        file.metadata().is_ok_and(|m| m.nlink() == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        false
    }
}

/// A number naming this machine among those that may share a directory: a CRC-32 of its host
/// name (0 where it has none).
pub fn machine_tag() -> u32 {
    static TAG: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *TAG.get_or_init(|| crc32fast::hash(host_name().as_bytes()))
}

fn host_name() -> String {
    #[cfg(unix)]
    {
        let mut buf = [0u8; 256];
        // SAFETY: the buffer is writable for its length; the name is NUL-terminated within it
        // when the call succeeds (the last byte stays 0 should it be cut).
        if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) } != 0 {
            return String::new();
        }
        let len = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        String::from_utf8_lossy(&buf[..len]).into_owned()
    }
    #[cfg(not(unix))]
    {
        std::env::var("COMPUTERNAME").unwrap_or_default()
    }
}

/// Whether a process with this id runs on this machine. Where that cannot be asked, every
/// process is taken to be running (what depends on it then does nothing).
pub fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return true;
        };
        // SAFETY: signal 0 only checks that the process exists and may be signalled.
        let found = unsafe { libc::kill(pid, 0) } == 0;
        found || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// A moment broken down as a calendar date and a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CivilTime {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// `secs` since the Unix epoch in the local time zone, as Python's `time.localtime()` gives
/// it (`localtime_r`); where the system has no such call, in UTC.
pub fn local_time(secs: i64) -> Option<CivilTime> {
    #[cfg(unix)]
    {
        let secs = libc::time_t::try_from(secs).ok()?;
        // SAFETY: `localtime_r` only writes into the `tm` we own.
        let tm = unsafe {
            let mut tm: libc::tm = std::mem::zeroed();
            if libc::localtime_r(&secs, &mut tm).is_null() {
                return None;
            }
            tm
        };
        Some(CivilTime {
            year: tm.tm_year + 1900,
            month: u8::try_from(tm.tm_mon + 1).ok()?,
            day: u8::try_from(tm.tm_mday).ok()?,
            hour: u8::try_from(tm.tm_hour).ok()?,
            minute: u8::try_from(tm.tm_min).ok()?,
            second: u8::try_from(tm.tm_sec).ok()?,
        })
    }
    #[cfg(not(unix))]
    {
        Some(utc_time(secs))
    }
}

/// `secs` since the Unix epoch in UTC (the proleptic Gregorian calendar).
#[cfg_attr(unix, allow(dead_code))]
pub fn utc_time(secs: i64) -> CivilTime {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    CivilTime {
        year,
        month,
        day,
        hour: (rem / 3600) as u8,
        minute: (rem / 60 % 60) as u8,
        second: (rem % 60) as u8,
    }
}

/// The permission and type bits of a file, as a zip entry's external attributes record them
/// (`st_mode`); where the system has none, a regular file, read-only or read-write.
pub fn file_mode(meta: &std::fs::Metadata) -> u32 {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::mode(meta)
    }
    #[cfg(not(unix))]
    {
        if meta.permissions().readonly() {
            0o100_444
        } else {
            0o100_644
        }
    }
}

/// Runs `prepare` in the thread that forks before a `fork`, `parent` in the parent and
/// `child` in the child after it (`pthread_atfork`); nothing where there is no `fork`.
pub fn at_fork(prepare: extern "C" fn(), parent: extern "C" fn(), child: extern "C" fn()) {
    #[cfg(unix)]
    // SAFETY: registers handlers, which must themselves be safe to run around a fork.
    unsafe {
        libc::pthread_atfork(Some(prepare), Some(parent), Some(child));
    }
    #[cfg(not(unix))]
    let _ = (prepare, parent, child);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        let t = |y, mo, d, h, mi, s| CivilTime {
            year: y,
            month: mo,
            day: d,
            hour: h,
            minute: mi,
            second: s,
        };
        assert_eq!(utc_time(0), t(1970, 1, 1, 0, 0, 0));
        assert_eq!(utc_time(315_532_800), t(1980, 1, 1, 0, 0, 0));
        assert_eq!(utc_time(951_825_600), t(2000, 2, 29, 12, 0, 0));
        assert_eq!(utc_time(1_798_761_599), t(2026, 12, 31, 23, 59, 59));
        assert_eq!(utc_time(-1), t(1969, 12, 31, 23, 59, 59));
    }

    #[test]
    fn local_time_is_a_valid_date() {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let local = local_time(now).unwrap();
        let utc = utc_time(now);
        // Time zones are at most 14 hours from UTC.
        assert!((local.year - utc.year).abs() <= 1);
        assert!((1..=12).contains(&local.month) && (1..=31).contains(&local.day));
        assert!(local.hour < 24 && local.minute < 60 && local.second <= 60);
    }

    #[test]
    fn a_region_is_aligned_and_writable() {
        for len in [HUGE, 3 * HUGE] {
            let ptr = map_region(len).unwrap();
            assert_eq!(ptr.as_ptr() as usize % HUGE, 0);
            // SAFETY: the region is `len` writable bytes.
            unsafe {
                std::ptr::write_bytes(ptr.as_ptr(), 7, len);
                assert_eq!(*ptr.as_ptr().add(len - 1), 7);
                assert!(mark_reclaimable(ptr, len));
                unmap_region(ptr, len);
            }
        }
    }

    #[test]
    fn read_exact_at_reads_where_asked_and_refuses_past_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"0123456789").unwrap();
        let file = File::open(&path).unwrap();
        let mut buf = [0u8; 4];
        read_exact_at(&file, &mut buf, 3).unwrap();
        assert_eq!(&buf, b"3456");
        assert!(read_exact_at(&file, &mut buf, 8).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_opened_and_a_fifo_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = open_regular(&fifo).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert!(err.to_string().contains("FIFO"), "{err}");
        let err = open_regular(dir.path()).unwrap_err();
        assert!(err.to_string().contains("directory"), "{err}");
        let file = dir.path().join("f");
        std::fs::write(&file, b"abc").unwrap();
        let mut opened = open_regular(&file).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut opened, &mut text).unwrap();
        assert_eq!(text, "abc");
    }

    #[test]
    fn this_process_is_alive() {
        assert!(process_alive(std::process::id()));
    }

    #[cfg(linux_tuning)]
    #[test]
    fn huge_pages_are_not_asked_for_where_the_host_takes_back_free_huge_pages() {
        use linux::host_takes_back_huge_pages;
        let sys = tempfile::tempdir().unwrap();
        let write = |path: &str, text: &str| {
            let path = sys.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        // Not a VM with a balloon.
        assert!(!host_takes_back_huge_pages(sys.path()));
        write(
            "module/page_reporting/parameters/page_reporting_order",
            "9\n",
        );
        assert!(!host_takes_back_huge_pages(sys.path()));
        // A balloon without free page reporting...
        let features = "bus/virtio/drivers/virtio_balloon/virtio0/features";
        write(features, "0110000000000000000000000000000010000000\n");
        assert!(!host_takes_back_huge_pages(sys.path()));
        // ...and with it (bit 5), as on the benchmark's VM.
        write(features, "0110010100000000000000000000000010000000\n");
        assert!(host_takes_back_huge_pages(sys.path()));
        // Blocks larger than a huge page (4 KiB pages), or an order that is not one.
        // SAFETY: a plain query.
        if unsafe { libc::sysconf(libc::_SC_PAGESIZE) } == 4096 {
            write(
                "module/page_reporting/parameters/page_reporting_order",
                "10\n",
            );
            assert!(!host_takes_back_huge_pages(sys.path()));
        }
        write(
            "module/page_reporting/parameters/page_reporting_order",
            "x\n",
        );
        assert!(!host_takes_back_huge_pages(sys.path()));
    }
}
