//! Writes handed to a thread of their own, in order, so that the caller goes on (walking the
//! model, serializing its config) while the bytes move.
//!
//! A save produces its tensors one by one from Python, which then serializes the model's
//! config; each write only needs the bytes it was given. With the writes queued here the two
//! cores share the work: Python's on one, the copies into the page cache on the other. The
//! queue holds at most `budget` bytes (one job more when it is empty), so tensors the caller
//! copied to hand over are not all held at once.
//!
//! The first failing job's error is returned by every later call (`submit`, `now` or
//! `finish`); the jobs after it are skipped. Dropped unfinished, the pipeline skips what is
//! still queued and waits for the job under way, then drops the target.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use crate::errors::{Error, Result};

/// One queued write: what it does to the target.
pub type Job<T> = Box<dyn FnOnce(&mut T) -> Result<()> + Send>;

fn panicked() -> Error {
    Error::Invalid("a write of this file panicked".into())
}

fn stopped() -> Error {
    Error::Invalid("the writer of this file has stopped".into())
}

/// What the caller and the worker both see.
#[derive(Default)]
struct Flow {
    /// Bytes of the jobs queued or under way.
    queued: u64,
    /// Jobs queued or under way.
    jobs: usize,
    /// A job failed (or the pipeline was abandoned): the next ones are skipped.
    failed: bool,
    /// The first failure, which every later call returns.
    error: Option<Error>,
}

struct Shared {
    flow: Mutex<Flow>,
    changed: Condvar,
}

impl Shared {
    fn flow(&self) -> MutexGuard<'_, Flow> {
        self.flow.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, Flow>) -> MutexGuard<'a, Flow> {
        self.changed.wait(guard).unwrap_or_else(|e| e.into_inner())
    }
}

/// A target written by a worker thread, job by job, in the order the jobs were submitted.
pub struct Pipeline<T: Send + 'static> {
    /// `None` once `finish` has taken it back.
    target: Arc<Mutex<Option<T>>>,
    queue: Option<Sender<(u64, Job<T>)>>,
    worker: Option<JoinHandle<()>>,
    shared: Arc<Shared>,
    budget: u64,
}

impl<T: Send + 'static> Pipeline<T> {
    /// Starts the worker that will write `target`, holding at most `budget` queued bytes.
    pub fn new(target: T, budget: u64) -> Result<Self> {
        let target = Arc::new(Mutex::new(Some(target)));
        let shared = Arc::new(Shared {
            flow: Mutex::new(Flow::default()),
            changed: Condvar::new(),
        });
        let (queue, jobs) = channel::<(u64, Job<T>)>();
        let worker = {
            let target = Arc::clone(&target);
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name("kerasave-writer".into())
                .spawn(move || {
                    for (bytes, job) in jobs {
                        let skip = shared.flow().failed;
                        let result = if skip {
                            drop(job);
                            Ok(())
                        } else {
                            let mut target = target.lock().unwrap_or_else(|e| e.into_inner());
                            match target.as_mut() {
                                Some(target) => catch_unwind(AssertUnwindSafe(|| job(target)))
                                    .unwrap_or_else(|_| Err(panicked())),
                                None => Ok(()),
                            }
                        };
                        let mut flow = shared.flow();
                        flow.queued -= bytes;
                        flow.jobs -= 1;
                        if let Err(e) = result {
                            if !flow.failed {
                                flow.failed = true;
                                flow.error = Some(e);
                            }
                        }
                        drop(flow);
                        shared.changed.notify_all();
                    }
                })
                .map_err(|e| Error::io("kerasave-writer thread", e))?
        };
        Ok(Pipeline {
            target,
            queue: Some(queue),
            worker: Some(worker),
            shared,
            budget,
        })
    }

    /// The error a failed pipeline answers with: the first failure, each time.
    fn failure(flow: &Flow) -> Error {
        flow.error.as_ref().map_or_else(
            || Error::Invalid("an earlier write of this file failed".into()),
            Error::again,
        )
    }

    /// Queues `job`, which holds `bytes` bytes, once the queue has room for them. Returns
    /// an earlier job's failure instead, dropping `job` unrun.
    pub fn submit(&mut self, bytes: u64, job: Job<T>) -> Result<()> {
        let mut flow = self.shared.flow();
        while !flow.failed && flow.queued > 0 && flow.queued.saturating_add(bytes) > self.budget {
            flow = self.shared.wait(flow);
        }
        if flow.failed {
            return Err(Self::failure(&flow));
        }
        flow.queued = flow.queued.saturating_add(bytes);
        flow.jobs += 1;
        drop(flow);
        let sent = self.queue.as_ref().map(|q| q.send((bytes, job)));
        if !matches!(sent, Some(Ok(()))) {
            let mut flow = self.shared.flow();
            flow.queued = flow.queued.saturating_sub(bytes);
            flow.jobs -= 1;
            flow.failed = true;
            return Err(stopped());
        }
        Ok(())
    }

    /// Waits until every queued job is done; an earlier failure is returned.
    fn drain(&self) -> Result<()> {
        let mut flow = self.shared.flow();
        while flow.jobs > 0 {
            flow = self.shared.wait(flow);
        }
        if flow.failed {
            return Err(Self::failure(&flow));
        }
        Ok(())
    }

    /// Runs `f` on the target on this thread, after every queued job.
    pub fn now<R>(&mut self, f: impl FnOnce(&mut T) -> Result<R>) -> Result<R> {
        self.drain()?;
        let mut target = self.target.lock().unwrap_or_else(|e| e.into_inner());
        let result = match target.as_mut() {
            Some(target) => f(target),
            None => Err(stopped()),
        };
        drop(target);
        match result {
            Err(e) => {
                // As a failed job: what comes after is not written either.
                let mut flow = self.shared.flow();
                flow.failed = true;
                flow.error = Some(e.again());
                Err(e)
            }
            ok => ok,
        }
    }

    /// Waits for every queued job and gives the target back.
    pub fn finish(mut self) -> Result<T> {
        self.drain()?;
        self.stop();
        let target = self.target.lock().unwrap_or_else(|e| e.into_inner()).take();
        target.ok_or_else(stopped)
    }

    /// Ends the worker once it has run (or skipped) what is queued.
    fn stop(&mut self) {
        self.queue = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl<T: Send + 'static> Drop for Pipeline<T> {
    fn drop(&mut self) {
        self.shared.flow().failed = true;
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    fn push(i: usize) -> Job<Vec<usize>> {
        Box::new(move |v: &mut Vec<usize>| {
            v.push(i);
            Ok(())
        })
    }

    #[test]
    fn jobs_run_in_order_and_finish_gives_the_target_back() {
        let mut p = Pipeline::new(Vec::new(), 10).unwrap();
        for i in 0..100 {
            // Some jobs alone exceed the budget: each goes once the queue is empty.
            p.submit(if i % 7 == 0 { 25 } else { 3 }, push(i)).unwrap();
        }
        assert_eq!(p.now(|v| Ok(v.len())).unwrap(), 100);
        p.submit(1, push(100)).unwrap();
        assert_eq!(p.finish().unwrap(), (0..=100).collect::<Vec<_>>());
    }

    #[test]
    fn the_queue_holds_at_most_the_budget() {
        let most = Arc::new(AtomicUsize::new(0));
        let mut p = Pipeline::new((), 100).unwrap();
        let shared = Arc::clone(&p.shared);
        for _ in 0..50 {
            let seen = shared.flow().queued as usize;
            most.fetch_max(seen, Ordering::Relaxed);
            p.submit(
                40,
                Box::new(|_: &mut ()| {
                    std::thread::sleep(std::time::Duration::from_micros(200));
                    Ok(())
                }),
            )
            .unwrap();
            most.fetch_max(shared.flow().queued as usize, Ordering::Relaxed);
        }
        p.finish().unwrap();
        assert!(most.load(Ordering::Relaxed) <= 100);
    }

    #[test]
    fn the_first_failure_is_returned_and_later_jobs_are_skipped() {
        let mut p = Pipeline::new(Vec::new(), 1 << 20).unwrap();
        p.submit(1, push(0)).unwrap();
        p.submit(
            1,
            Box::new(|_: &mut Vec<usize>| Err(Error::Hdf5("disk on fire".into()))),
        )
        .unwrap();
        // Queued before the failure is seen, or refused: either way never run.
        let _ = p.submit(1, push(2));
        let err = p.now(|v| Ok(v.clone())).unwrap_err();
        assert!(matches!(err, Error::Hdf5(m) if m == "disk on fire"));
        assert!(matches!(p.submit(1, push(3)), Err(Error::Hdf5(m)) if m == "disk on fire"));
        assert!(matches!(p.finish(), Err(Error::Hdf5(m)) if m == "disk on fire"));
    }

    #[test]
    fn a_panicking_job_is_an_error_not_a_hang() {
        let mut p = Pipeline::new(0u8, 1).unwrap();
        p.submit(1, Box::new(|_: &mut u8| panic!("boom"))).unwrap();
        assert!(matches!(p.finish(), Err(Error::Invalid(m)) if m.contains("panicked")));
    }

    struct Flag(Arc<AtomicBool>);
    impl Drop for Flag {
        fn drop(&mut self) {
            self.0.store(true, Ordering::SeqCst);
        }
    }

    #[test]
    fn dropped_unfinished_it_skips_the_queue_and_drops_the_target() {
        let dropped = Arc::new(AtomicBool::new(false));
        let ran = Arc::new(AtomicUsize::new(0));
        let mut p = Pipeline::new(Flag(Arc::clone(&dropped)), u64::MAX).unwrap();
        for _ in 0..1000 {
            let ran = Arc::clone(&ran);
            p.submit(
                1,
                Box::new(move |_: &mut Flag| {
                    std::thread::sleep(std::time::Duration::from_micros(100));
                    ran.fetch_add(1, Ordering::SeqCst);
                    Ok(())
                }),
            )
            .unwrap();
        }
        drop(p);
        assert!(dropped.load(Ordering::SeqCst));
        assert!(ran.load(Ordering::SeqCst) < 1000);
    }
}
