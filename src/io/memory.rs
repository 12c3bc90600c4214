//! Memory for the tensors a load or read fills: regions aligned on 2 MiB (huge pages where
//! they pay, on Linux: `sys::map_region`), kept for a few seconds after their last array is
//! freed so that the next load or read can reuse them.
//!
//! Why keep them: memory a process has just freed is still backed by the machine; memory
//! freed some seconds ago may not be. On a VM whose host takes back the memory its guest
//! frees (virtio-balloon free page reporting), filling a fresh mapping took several times as
//! long as filling one written moments before (docs/architecture.md). glibc's heap, which h5py's
//! arrays mostly come from, keeps much of what is freed with no time limit, so upstream's next
//! read lands in warm memory; a mapping given back to the kernel does not. Here a freed region
//! is kept for [`Pool::retention`] (10 s by default, jemalloc's default decay for dirty
//! pages), marked reclaimable (`MADV_FREE` on Linux) so that the kernel can still take it
//! under memory pressure, and then given back by a thread of the pool's.
//!
//! A `fork` waits for the process's pool to be unlocked (`pthread_atfork`), so that a child
//! never starts with the pool locked by a thread it does not have.

use std::cell::RefCell;
use std::io;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, Once, PoisonError};
use std::time::{Duration, Instant};

use crate::io::sys;
pub use crate::io::sys::HUGE;

/// How long a freed region is kept by default.
pub const DEFAULT_RETENTION: Duration = Duration::from_secs(10);

/// Freed regions, kept for reuse until their time is up.
pub struct Pool {
    retention_ms: AtomicU64,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    free: Vec<Free>,
    /// Whether the reaper thread is running (or starting).
    reaper: bool,
}

struct Free {
    addr: usize,
    len: usize,
    since: Instant,
}

/// The process's pool, which `python/memory.rs` hands memory out of.
pub static POOL: Pool = Pool::new(DEFAULT_RETENTION);

/// A writable, 2 MiB-aligned mapping of at least the bytes asked for; given back to its
/// pool when dropped.
pub struct Region {
    ptr: NonNull<u8>,
    len: usize,
    pool: &'static Pool,
}

// SAFETY: a region is plain memory owned by the value; nothing in it is tied to a thread.
unsafe impl Send for Region {}
// SAFETY: `&Region` only gives out the address; writes go through the caller's own pointer.
unsafe impl Sync for Region {}

impl Region {
    /// The start of the region.
    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// The region's size: the bytes asked for, rounded up to a multiple of [`HUGE`].
    pub fn len(&self) -> usize {
        self.len
    }

    /// Never true: a region has at least one huge page.
    pub fn is_empty(&self) -> bool {
        false
    }
}

impl Drop for Region {
    fn drop(&mut self) {
        self.pool.give_back(self.ptr.as_ptr() as usize, self.len);
    }
}

impl Pool {
    /// A pool keeping freed regions for `retention`.
    pub const fn new(retention: Duration) -> Pool {
        Pool {
            retention_ms: AtomicU64::new(retention.as_millis() as u64),
            state: Mutex::new(State {
                free: Vec::new(),
                reaper: false,
            }),
        }
    }

    /// How long a freed region is kept.
    pub fn retention(&self) -> Duration {
        Duration::from_millis(self.retention_ms.load(Ordering::Relaxed))
    }

    /// Sets how long freed regions are kept; zero keeps none, and releases those kept now.
    pub fn set_retention(&self, retention: Duration) {
        // Under a millisecond, but not zero, is a millisecond: not "keep none".
        let ms = u64::try_from(retention.as_millis()).unwrap_or(u64::MAX);
        let ms = if retention.is_zero() { 0 } else { ms.max(1) };
        self.retention_ms.store(ms, Ordering::Relaxed);
        if ms == 0 {
            self.release_all();
        }
    }

    /// A region of at least `nbytes`: a kept one of the same size if there is one (the most
    /// recently freed), else a new mapping. A new mapping first releases kept regions of
    /// other sizes, as many bytes as it needs: they are unlikely to be asked for again soon,
    /// and the kernel hands pages it has just taken back to the next mapping.
    pub fn alloc(&'static self, nbytes: usize) -> io::Result<Region> {
        let len = nbytes
            .max(1)
            .checked_next_multiple_of(HUGE)
            .ok_or_else(|| io::Error::from(io::ErrorKind::OutOfMemory))?;
        let mut unmap = Vec::new();
        {
            let mut state = self.lock();
            if let Some(i) = state.free.iter().rposition(|f| f.len == len) {
                let kept = state.free.remove(i);
                return Ok(Region {
                    // SAFETY: a kept region's address came from `map_region`, never null.
                    ptr: unsafe { NonNull::new_unchecked(kept.addr as *mut u8) },
                    len,
                    pool: self,
                });
            }
            let mut freed = 0;
            while freed < len && !state.free.is_empty() {
                let oldest = state.free.remove(0);
                freed += oldest.len;
                unmap.push(oldest);
            }
        }
        for f in unmap {
            unmap_region(f.addr, f.len);
        }
        Ok(Region {
            ptr: map_region(len)?,
            len,
            pool: self,
        })
    }

    /// The bytes kept for reuse now.
    pub fn kept_bytes(&self) -> usize {
        self.lock().free.iter().map(|f| f.len).sum()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        if std::ptr::eq(self, &POOL) {
            GUARD_FORK.call_once(guard_fork);
        }
        // Nothing panics while holding the lock; were it poisoned, the list is still whole.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Unmaps every kept region now; returns their bytes.
    pub fn release_all(&self) -> usize {
        let free = std::mem::take(&mut self.lock().free);
        let mut bytes = 0;
        for f in free {
            bytes += f.len;
            unmap_region(f.addr, f.len);
        }
        bytes
    }

    fn give_back(&'static self, addr: usize, len: usize) {
        if self.retention().is_zero() {
            return unmap_region(addr, len);
        }
        // SAFETY: the region came from `map_region` and nothing refers to it any more.
        if !unsafe { sys::mark_reclaimable(as_ptr(addr), len) } {
            return unmap_region(addr, len);
        }
        let mut state = self.lock();
        state.free.push(Free {
            addr,
            len,
            since: Instant::now(),
        });
        let start = !std::mem::replace(&mut state.reaper, true);
        drop(state);
        if start {
            let spawned = std::thread::Builder::new()
                .name("kerasave-reaper".into())
                .spawn(move || self.reap());
            if spawned.is_err() {
                // Kept until the next region given back starts a reaper, or `release_all`.
                self.lock().reaper = false;
            }
        }
    }

    /// The reaper thread: unmaps each kept region once its time is up, and ends when none is
    /// left.
    fn reap(&'static self) {
        loop {
            let (expired, wait) = {
                let mut state = self.lock();
                let retention = self.retention();
                let now = Instant::now();
                let (expired, kept): (Vec<Free>, Vec<Free>) = std::mem::take(&mut state.free)
                    .into_iter()
                    .partition(|f| now.duration_since(f.since) >= retention);
                state.free = kept;
                let oldest = state.free.iter().map(|f| f.since).min();
                if oldest.is_none() {
                    state.reaper = false;
                }
                (
                    expired,
                    oldest.map(|t| (t + retention).saturating_duration_since(now)),
                )
            };
            for f in expired {
                unmap_region(f.addr, f.len);
            }
            match wait {
                // At most a second, so a shorter retention set meanwhile takes effect.
                Some(wait) => std::thread::sleep(
                    wait.clamp(Duration::from_millis(10), Duration::from_secs(1)),
                ),
                None => return,
            }
        }
    }
}

static GUARD_FORK: Once = Once::new();

thread_local! {
    /// The process pool's lock, held by the thread calling `fork` while it forks.
    static HELD: RefCell<Option<MutexGuard<'static, State>>> = const { RefCell::new(None) };
}

/// Makes `fork` take the process pool's lock first and give it up after, in parent and child
/// alike (the child's thread is a copy of the one that forked). The child has no reaper
/// thread, and it unmaps the regions it inherited: shared with the parent until written,
/// they would save it nothing, and with no reaper they would stay for its whole life.
fn guard_fork() {
    extern "C" fn prepare() {
        HELD.with(|held| *held.borrow_mut() = Some(POOL.lock()));
    }
    extern "C" fn parent() {
        HELD.with(|held| drop(held.borrow_mut().take()));
    }
    extern "C" fn child() {
        HELD.with(|held| {
            if let Some(mut state) = held.borrow_mut().take() {
                state.reaper = false;
                for f in std::mem::take(&mut state.free) {
                    unmap_region(f.addr, f.len);
                }
            }
        });
    }
    // The handlers only lock and unlock a mutex that lives as long as the process, and
    // unmap regions nothing refers to.
    sys::at_fork(prepare, parent, child);
}

fn map_region(len: usize) -> io::Result<NonNull<u8>> {
    sys::map_region(len)
}

fn as_ptr(addr: usize) -> NonNull<u8> {
    NonNull::new(addr as *mut u8).expect("a region's address is not null")
}

fn unmap_region(addr: usize, len: usize) {
    // SAFETY: callers own [addr, addr + len), from `map_region`, and nothing refers to it.
    unsafe { sys::unmap_region(as_ptr(addr), len) };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(retention: Duration) -> &'static Pool {
        Box::leak(Box::new(Pool::new(retention)))
    }

    fn fill(region: &Region, byte: u8) {
        // SAFETY: the region is mapped and writable for its whole length.
        unsafe { std::ptr::write_bytes(region.as_ptr(), byte, region.len()) };
    }

    #[test]
    fn a_region_is_aligned_rounded_up_and_writable() {
        let pool = pool(Duration::from_secs(60));
        for nbytes in [0, 1, HUGE - 1, HUGE, HUGE + 1, 5 * HUGE + 7] {
            let region = pool.alloc(nbytes).unwrap();
            assert_eq!(region.as_ptr() as usize % HUGE, 0);
            assert_eq!(region.len(), nbytes.max(1).next_multiple_of(HUGE));
            fill(&region, 0xAB);
            // SAFETY: the last byte is inside the region.
            assert_eq!(unsafe { *region.as_ptr().add(region.len() - 1) }, 0xAB);
        }
    }

    #[test]
    fn a_freed_region_is_kept_and_handed_to_the_next_alloc_of_its_size() {
        let pool = pool(Duration::from_secs(60));
        let region = pool.alloc(3 * HUGE).unwrap();
        fill(&region, 1);
        let addr = region.as_ptr() as usize;
        drop(region);
        assert_eq!(pool.kept_bytes(), 3 * HUGE);
        let again = pool.alloc(3 * HUGE - 100).unwrap();
        assert_eq!(again.as_ptr() as usize, addr);
        assert_eq!(pool.kept_bytes(), 0);
        fill(&again, 2);
    }

    #[test]
    fn a_new_mapping_first_releases_kept_regions_of_other_sizes() {
        let pool = pool(Duration::from_secs(60));
        let (a, b, c) = (
            pool.alloc(HUGE).unwrap(),
            pool.alloc(HUGE).unwrap(),
            pool.alloc(4 * HUGE).unwrap(),
        );
        drop((a, b, c));
        assert_eq!(pool.kept_bytes(), 6 * HUGE);
        // 2 huge pages: the two oldest kept regions (one each) make room for it.
        let d = pool.alloc(2 * HUGE).unwrap();
        assert_eq!(pool.kept_bytes(), 4 * HUGE);
        drop(d);
        assert_eq!(pool.kept_bytes(), 6 * HUGE);
        assert_eq!(pool.release_all(), 6 * HUGE);
        assert_eq!(pool.kept_bytes(), 0);
    }

    #[test]
    fn kept_regions_are_released_when_their_time_is_up() {
        let pool = pool(Duration::from_millis(50));
        // The second time, the reaper has ended with nothing left; the freed region starts
        // another.
        for _ in 0..2 {
            drop(pool.alloc(HUGE).unwrap());
            assert_eq!(pool.kept_bytes(), HUGE);
            let start = Instant::now();
            while pool.kept_bytes() != 0 {
                assert!(start.elapsed() < Duration::from_secs(10), "never released");
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    #[test]
    fn no_retention_keeps_nothing() {
        let pool = pool(Duration::from_secs(60));
        drop(pool.alloc(HUGE).unwrap());
        assert_eq!(pool.kept_bytes(), HUGE);
        pool.set_retention(Duration::ZERO);
        assert_eq!(pool.kept_bytes(), 0);
        drop(pool.alloc(HUGE).unwrap());
        assert_eq!(pool.kept_bytes(), 0);
        // Under a millisecond is a millisecond, not none.
        pool.set_retention(Duration::from_micros(400));
        assert_eq!(pool.retention(), Duration::from_millis(1));
    }

    #[test]
    fn an_impossible_size_is_an_error_not_a_crash() {
        let pool = pool(Duration::from_secs(60));
        assert!(pool.alloc(usize::MAX).is_err());
        assert!(pool.alloc(usize::MAX / 2).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_fork_while_another_thread_holds_the_pool_waits_and_the_child_can_use_it() {
        drop(POOL.alloc(HUGE).unwrap()); // the process pool, with a region kept
        let (locked, release) = (
            std::sync::Arc::new(std::sync::Barrier::new(2)),
            Duration::from_millis(300),
        );
        let holder = {
            let locked = locked.clone();
            std::thread::spawn(move || {
                let state = POOL.lock();
                locked.wait();
                std::thread::sleep(release);
                drop(state);
            })
        };
        locked.wait();
        // SAFETY: the child only uses the pool and exits without unwinding.
        let pid = unsafe { libc::fork() };
        if pid == 0 {
            // A child that started with the pool locked would hang here: the alarm ends it.
            // SAFETY: plain system calls.
            unsafe { libc::alarm(5) };
            // The regions it inherited are gone; one it frees is kept.
            let inherited = POOL.kept_bytes();
            let reused = POOL.alloc(HUGE).is_ok_and(|r| {
                drop(r);
                POOL.kept_bytes() == HUGE
            });
            // SAFETY: ends the child without running the test harness's code.
            unsafe { libc::_exit(if inherited == 0 && reused { 0 } else { 1 }) };
        }
        holder.join().unwrap();
        let mut status = 0;
        // SAFETY: `pid` is this process's child.
        assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
        assert!(
            libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
            "child status {status:#x}"
        );
    }
}
