//! Reading: the tree indexed once, refusing what upstream refuses, then each dataset copied
//! straight into the caller's buffer (`H5Reader`), ahead of the load when asked (`Prefetch`).

use super::*;

/// What an HDF5 weights file holds: every group with its member names, every dataset with its
/// element type and shape. Paths are relative to the root, without a leading slash.
#[derive(Debug, Default)]
pub struct Index {
    pub groups: BTreeMap<String, Vec<String>>,
    pub datasets: BTreeMap<String, TensorInfo>,
    /// Datasets of a type no Keras weight has (strings, compounds, ...): path -> why. They
    /// fail when read, not when the file opens, as upstream only fails on what it reads.
    pub unsupported: BTreeMap<String, String>,
    /// Datasets whose stored bytes are exactly their native bytes in one contiguous run:
    /// path -> offset from the start of the file. Reads copy them without libhdf5.
    pub raw: HashMap<String, u64>,
    /// Datasets storing fewer bytes than they declare (never or partly written, compressed):
    /// path -> bytes stored. Reading one allocates its declared size all the same.
    pub sparse: HashMap<String, u64>,
    /// The object behind each dataset not in `raw`, to tell several names of one object
    /// (hard links) from objects of their own: path -> its object token.
    pub objects: HashMap<String, [u8; 16]>,
}

/// Where a dataset's bytes come from: two names with the same storage (and the same type
/// and shape) are one tensor, read once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Storage {
    /// Contiguous native bytes at this offset of the file.
    Raw(u64),
    /// Any other layout: the object's token.
    Object([u8; 16]),
}

/// The first name met of each storage, to map later names onto it.
#[derive(Default)]
pub(super) struct FirstNames<'a> {
    seen: HashMap<Storage, &'a str>,
}

impl<'a> FirstNames<'a> {
    /// The name met earlier for the same storage, type and shape as `path`, if any; else
    /// `path` is remembered as its storage's first name.
    fn earlier(&mut self, index: &'a Index, path: &'a str) -> Option<&'a str> {
        let storage = match (index.raw.get(path), index.objects.get(path)) {
            (Some(&offset), _) => Storage::Raw(offset),
            (None, Some(&token)) => Storage::Object(token),
            (None, None) => return None,
        };
        match self.seen.entry(storage) {
            std::collections::hash_map::Entry::Occupied(first) => {
                let first = *first.get();
                (index.datasets.get(first) == index.datasets.get(path)).then_some(first)
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(path);
                None
            }
        }
    }
}

/// Whether `path` names a member of a group called `vars`, where upstream's stores keep a
/// saveable's tensors (`vars/0`, `layers/dense/vars/1`, ...).
pub(super) fn in_vars(path: &str) -> bool {
    path.rsplit_once('/')
        .is_some_and(|(parent, _)| parent == "vars" || parent.ends_with("/vars"))
}

/// An HDF5 weights file opened for reading.
pub struct H5Reader {
    // Declared before `image` so the file closes before the bytes it reads are released.
    pub(super) file: File,
    pub(super) index: Index,
    pub(super) image: Option<Slice>,
    /// The CRC-32 the image must have, checked by `verify`.
    pub(super) check: Option<MemberCrc>,
    /// CRC-32s of the runs of the image copied out so far: `verify` reads only the rest.
    pub(super) copied: Mutex<Vec<KnownCrc>>,
}

/// The first bytes of an HDF5 file without a user block.
pub const SIGNATURE: &[u8] = b"\x89HDF\r\n\x1a\n";

pub(super) const H5LT_FILE_IMAGE_DONT_COPY: u32 = 0x0002;
pub(super) const H5LT_FILE_IMAGE_DONT_RELEASE: u32 = 0x0004;

extern "C" {
    // libhdf5_hl, linked through hdf5-sys's `hl` feature; it has no Rust binding.
    fn H5LTopen_file_image(buf_ptr: *mut c_void, buf_size: usize, flags: u32) -> hid_t;
}

impl H5Reader {
    /// Opens the HDF5 file at `path` (read-only, without file locking so it coexists with
    /// h5py holding the same file).
    pub fn open(path: &Path, limits: ShapeLimits) -> Result<Self> {
        // libhdf5 would block forever opening a FIFO: only a regular file gets that far.
        drop(crate::io::sys::open_regular(path).map_err(|e| Error::io(path, e))?);
        let file = File::with_options()
            .with_fapl(|p| p.file_locking(false))
            .open(path)
            .map_err(|e| {
                Error::Hdf5(format!("Unable to open HDF5 file {} ({e})", path.display()))
            })?;
        Self::indexed(file, None, limits)
    }

    /// Opens the HDF5 file at `path` through a read-only memory map, so contiguous datasets
    /// are copied straight from the file (as from an archive member) rather than through
    /// libhdf5. A file that does not start with the HDF5 signature (one with a user block)
    /// is left to libhdf5 to open.
    pub fn open_file(path: &Path, limits: ShapeLimits) -> Result<Self> {
        let bytes = Bytes::map(path)?;
        if !bytes.starts_with(SIGNATURE) {
            return Self::open(path, limits);
        }
        Self::open_image(Slice::whole(Arc::new(bytes)), limits).map_err(|e| match e {
            Error::Hdf5(msg) => Error::Hdf5(msg.replacen(
                "Unable to open HDF5 data",
                &format!("Unable to open HDF5 file {}", path.display()),
                1,
            )),
            other => other,
        })
    }

    /// Opens HDF5 bytes in memory without copying them (a stored archive member in place).
    pub fn open_image(image: Slice, limits: ShapeLimits) -> Result<Self> {
        if !image.starts_with(SIGNATURE) {
            return Err(Error::Hdf5(
                "Unable to open HDF5 data (file signature not found)".into(),
            ));
        }
        let id = locked(|| unsafe {
            H5LTopen_file_image(
                image.as_ptr() as *mut c_void,
                image.len(),
                H5LT_FILE_IMAGE_DONT_COPY | H5LT_FILE_IMAGE_DONT_RELEASE,
            )
        });
        // H5LTopen_file_image cleans up with H5Fclose after a failed open, and that call
        // clears libhdf5's error stack: the cause is lost, so say what is known.
        let id = check(id).map_err(|_| {
            image.check_unchanged().err().unwrap_or_else(|| {
                Error::Hdf5("Unable to open HDF5 data (truncated or corrupted HDF5 file)".into())
            })
        })?;
        // SAFETY: `id` is a fresh file identifier that the `File` now owns.
        let file: File = unsafe { hdf5::from_id(id) }?;
        let reader = Self::indexed(file, Some(image.clone()), limits);
        image.check_unchanged()?;
        reader
    }

    /// An error if the file under the image changed while it was read (another process
    /// truncating or rewriting it): what was read of it cannot be trusted.
    pub fn check_unchanged(&self) -> Result<()> {
        self.image.as_ref().map_or(Ok(()), Slice::check_unchanged)
    }

    fn indexed(file: File, image: Option<Slice>, limits: ShapeLimits) -> Result<Self> {
        limit_metadata_cache(&file)?;
        let mut index = Index::default();
        walk(&file, "", &mut index, limits, 0, &mut Walk::default())?;
        if let Some(image) = &image {
            // Indexing read the file's metadata through the map: 36 MB of object headers for
            // 100,000 scalar datasets, resident for the whole load otherwise. Tensors are
            // read with `pread`, and libhdf5 seldom needs the headers again.
            image.forget_pages();
        }
        Ok(H5Reader {
            file,
            index,
            image,
            check: None,
            copied: Mutex::new(Vec::new()),
        })
    }

    /// Attaches the CRC-32 the image must have, for `verify`.
    pub fn checked_by(mut self, check: MemberCrc) -> Self {
        self.check = Some(check);
        self
    }

    /// Checks the image against its archive's CRC-32, if it came from an archive: an error
    /// when the bytes do not match. Runs copied out already were hashed as they were read.
    pub fn verify(&self) -> Result<()> {
        let (Some(check), Some(image)) = (&self.check, &self.image) else {
            return Ok(());
        };
        let copied = std::mem::take(&mut *self.copied.lock().unwrap_or_else(|e| e.into_inner()));
        let actual = image.crc32_with_known(copied);
        image.check_unchanged()?;
        check.check(actual)
    }

    /// Everything the file holds.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The element type and shape of the dataset at `path`.
    pub fn info(&self, path: &str) -> Result<&TensorInfo> {
        if let Some(why) = self.index.unsupported.get(path) {
            return Err(Error::Invalid(why.clone()));
        }
        self.index
            .datasets
            .get(path)
            .ok_or_else(|| Error::Invalid(format!("No dataset at '{path}' in the weights file")))
    }

    /// Bytes of the file (or file image) the datasets are stored in.
    pub fn file_size(&self) -> u64 {
        if let Some(image) = &self.image {
            return image.len() as u64;
        }
        let mut size: hsize_t = 0;
        let ok = locked(|| unsafe { H5Fget_filesize(self.file.id(), &mut size) });
        if ok < 0 {
            0
        } else {
            size
        }
    }

    /// Which datasets to read ahead, before anything says which ones a load needs: among
    /// `paths` (or, when `None`, every dataset in a group named `vars`, where upstream's
    /// stores keep tensors), but those under a prefix in `skip`, the datasets storing every
    /// byte they declare, so that reading them ahead allocates no more than the file holds;
    /// and no more than the file's size in all. A dataset never written or compressed is
    /// read when asked for, after its shape is checked against what asks. One object under
    /// several names is read once. Of the datasets under `small` = (bytes, count), only the
    /// first `count` are read ahead.
    ///
    /// Returns the paths to read, in order, and (other name, path read for it) pairs.
    pub fn ahead(
        &self,
        paths: Option<&[String]>,
        skip: &[String],
        small: (u64, usize),
    ) -> (Vec<String>, Vec<(String, String)>) {
        let index = &self.index;
        let candidates: Box<dyn Iterator<Item = &str>> = match paths {
            Some(paths) => Box::new(paths.iter().map(String::as_str)),
            None => Box::new(
                index
                    .datasets
                    .keys()
                    .map(String::as_str)
                    .filter(|p| in_vars(p)),
            ),
        };
        let mut budget = self.file_size();
        let (small_bytes, mut small_left) = small;
        let mut first = FirstNames::default();
        let (mut read, mut aliases) = (Vec::new(), Vec::new());
        for path in candidates {
            if skip.iter().any(|prefix| path.starts_with(prefix.as_str()))
                || index.sparse.contains_key(path)
            {
                continue;
            }
            let Some(Ok(nbytes)) = index.datasets.get(path).map(TensorInfo::nbytes) else {
                continue;
            };
            if let Some(earlier) = first.earlier(index, path) {
                aliases.push((path.to_owned(), earlier.to_owned()));
                continue;
            }
            if nbytes > budget || (nbytes < small_bytes && small_left == 0) {
                continue;
            }
            if nbytes < small_bytes {
                small_left -= 1;
            }
            budget -= nbytes;
            read.push(path.to_owned());
        }
        // A name whose first name was not read is read on its own when asked for.
        let read_set: std::collections::HashSet<&str> = read.iter().map(String::as_str).collect();
        aliases.retain(|(_, earlier)| read_set.contains(earlier.as_str()));
        (read, aliases)
    }

    /// Every dataset name reaching the same tensor as a name before it in path order:
    /// (name, that earlier name).
    pub fn aliases(&self) -> Vec<(String, String)> {
        let mut first = FirstNames::default();
        let mut out = Vec::new();
        for path in self.index.datasets.keys() {
            if let Some(earlier) = first.earlier(&self.index, path) {
                out.push((path.clone(), earlier.to_owned()));
            }
        }
        out
    }

    /// The datasets a reader without a model to say what it needs (`kerasave verify`,
    /// `convert`, `read_weights`, `diff`) must not read, in path order, each with why. One
    /// is refused when it declares more than `floor` bytes and more than `expansion` times
    /// the bytes it stores (never written, compressed); and, counting each tensor once,
    /// every one that brings the bytes declared so far past `floor` plus `expansion` times
    /// the file's size.
    pub fn oversized(&self, expansion: u64, floor: u64) -> Vec<(String, String)> {
        let index = &self.index;
        let limit = floor.saturating_add(expansion.saturating_mul(self.file_size()));
        let mut first = FirstNames::default();
        let mut total: u64 = 0;
        let mut out = Vec::new();
        for (path, info) in &index.datasets {
            let Ok(declared) = info.nbytes() else {
                continue; // refused when indexed
            };
            if first.earlier(index, path).is_some() {
                continue;
            }
            let stored = index.sparse.get(path).copied().unwrap_or(declared);
            let readable = crate::io::bytes::readable_size;
            if declared > floor && declared > expansion.saturating_mul(stored) {
                out.push((
                    path.clone(),
                    format!(
                        "dataset '{path}' declares {} but stores {}: more than {expansion} \
                         times as much (never written or compressed); refusing to read it \
                         without a model to say it is needed",
                        readable(declared),
                        readable(stored)
                    ),
                ));
                continue;
            }
            if total.saturating_add(declared) > limit {
                out.push((
                    path.clone(),
                    format!(
                        "dataset '{path}' ({}) brings the bytes the file's datasets declare \
                         past {}, more than {expansion} times the file's {}; refusing to read \
                         it without a model to say it is needed",
                        readable(declared),
                        readable(limit),
                        readable(self.file_size())
                    ),
                ));
                continue;
            }
            total += declared;
        }
        out
    }

    fn group_at(&self, path: &str) -> Result<Group> {
        if !self.index.groups.contains_key(path) {
            return Err(Error::Invalid(format!(
                "No group at '{path}' in the HDF5 file"
            )));
        }
        Ok(self.file.group(if path.is_empty() { "/" } else { path })?)
    }

    /// The names of the attributes of the group at `path` ("" for the root), sorted.
    pub fn attr_names(&self, path: &str) -> Result<Vec<String>> {
        Ok(self.group_at(path)?.attr_names()?)
    }

    /// The text of the attribute `name` of the group at `path`: one string for a scalar,
    /// each string of a list, none for an empty array of another type (what h5py makes of
    /// an empty list). `None` when there is no such attribute.
    pub fn attr(&self, path: &str, name: &str) -> Result<Option<Vec<String>>> {
        let group = self.group_at(path)?;
        read_text_attr(group.id(), name).map_err(|e| match e {
            Error::Hdf5(msg) => Error::Hdf5(format!(
                "Unable to read attribute '{name}' of '{path}' ({msg})"
            )),
            other => other,
        })
    }

    /// Keras's `load_attributes_from_hdf5_group`: the list `name` of the group at `path`,
    /// or, when it was split, `name0`, `name1`, ... joined; empty when there is neither.
    pub fn names_attr(&self, path: &str, name: &str) -> Result<Vec<String>> {
        if let Some(names) = self.attr(path, name)? {
            return Ok(names);
        }
        let mut names = Vec::new();
        for i in 0.. {
            match self.attr(path, &format!("{name}{i}"))? {
                Some(chunk) => names.extend(chunk),
                None => break,
            }
        }
        Ok(names)
    }

    /// Reads each dataset of `jobs` (path, buffer) as `read_into` does, on up to `threads`
    /// threads, each taking a run of jobs of about the same number of bytes: copies into
    /// fresh memory are bound by its page faults, which threads take in parallel. The first
    /// error in job order is returned; the jobs after it may have been read or not.
    pub fn read_many(&self, jobs: &mut [(&str, &mut [u8])], threads: usize) -> Result<()> {
        const PER_THREAD: usize = 8 << 20;
        let total: usize = jobs.iter().map(|(_, b)| b.len()).sum();
        let threads = threads.min(total / PER_THREAD).max(1);
        if threads == 1 {
            return jobs.iter_mut().try_for_each(|(p, b)| self.read_into(p, b));
        }
        // Runs ending where the bytes so far first reach k/threads of the total.
        let mut runs = Vec::with_capacity(threads);
        let mut rest = jobs;
        let (mut done, mut k) = (0, 1);
        while k < threads && !rest.is_empty() {
            let goal = total * k / threads;
            let mut n = 0;
            while n < rest.len() && done < goal {
                done += rest[n].1.len();
                n += 1;
            }
            let (run, tail) = rest.split_at_mut(n);
            runs.push(run);
            rest = tail;
            k += 1;
        }
        runs.push(rest);
        std::thread::scope(|scope| {
            let handles: Vec<_> = runs
                .into_iter()
                .map(|run| {
                    scope.spawn(move || run.iter_mut().try_for_each(|(p, b)| self.read_into(p, b)))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect::<Result<Vec<()>>>()
        })?;
        Ok(())
    }

    /// Reads the dataset at `path` into `out`, whose length must be the dataset's size in
    /// bytes; values are converted to the native layout of its element type.
    pub fn read_into(&self, path: &str, out: &mut [u8]) -> Result<()> {
        let info = self.info(path)?;
        let nbytes = info.nbytes()?;
        if out.len() as u64 != nbytes {
            return Err(Error::Invalid(format!(
                "buffer of {} bytes for dataset '{path}' of {nbytes} bytes",
                out.len()
            )));
        }
        if nbytes == 0 {
            return Ok(());
        }
        if let (Some(&offset), Some(image)) = (self.index.raw.get(path), &self.image) {
            // Bytes said to lie past the image are left to libhdf5, which reports it.
            if offset
                .checked_add(nbytes)
                .is_some_and(|end| end <= image.len() as u64)
            {
                let hash = self.check.is_some();
                let crc = image.copy_to(offset as usize, out, hash)?;
                if hash {
                    let run = KnownCrc {
                        offset,
                        len: nbytes,
                        crc,
                    };
                    self.copied
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(run);
                }
                return Ok(());
            }
        }
        let ds = self.file.dataset(path)?;
        // Storage never written, in a dataset whose fill values are never written either:
        // libhdf5 leaves the buffer as it was. Zeros, not what the buffer held before (a
        // model read earlier, when the memory is reused).
        if ds.create_plist()?.fill_time() == FillTime::Never {
            out.fill(0);
        }
        let mem = match info.dtype {
            // Opaque data is copied as is; the file's own type is the memory type.
            DType::BF16 => locked(|| Id::new(unsafe { H5Dget_type(ds.id()) }))?,
            dtype => file_type(dtype)?,
        };
        locked(|| unsafe {
            check(H5Dread(
                ds.id(),
                mem.0,
                H5S_ALL,
                H5S_ALL,
                H5P_DEFAULT,
                out.as_mut_ptr() as *mut c_void,
            ))
        })
        .map_err(|e| Error::Hdf5(format!("Unable to read dataset '{path}' ({e})")))?;
        Ok(())
    }
}

/// Bytes of metadata libhdf5 may cache for a file being read.
///
/// The cache counts an object header by its bytes in the file (about 300 for a dataset),
/// but keeps each header's decoded messages beside it, 2-3 kB more: at libhdf5's default
/// of up to 32 MiB, indexing 100,000 datasets kept 70,000 headers, 270 MB (at 512 KiB,
/// 24 MB, in the same time). Indexing opens each object once, and reads open a dataset
/// again only when they go through libhdf5; this still holds the link tables and heaps of
/// the groups being walked.
pub(super) const METADATA_CACHE: usize = 512 << 10;

pub(super) fn limit_metadata_cache(file: &File) -> Result<()> {
    locked(|| unsafe {
        let mut config = H5AC_cache_config_t {
            version: H5AC__CURR_CACHE_CONFIG_VERSION,
            ..Default::default()
        };
        check(H5Fget_mdc_config(file.id(), &mut config))?;
        config.set_initial_size = 1;
        config.initial_size = METADATA_CACHE / 2;
        config.min_size = METADATA_CACHE / 2;
        config.max_size = METADATA_CACHE;
        config.max_increment = config.max_increment.min(METADATA_CACHE);
        check(H5Fset_mdc_config(file.id(), &config))?;
        Ok(())
    })
}

/// Tensors read ahead on a thread of their own, into buffers the caller set aside, while the
/// caller does other work (a model being built); `wait` hands each one over when it is in.
pub struct Prefetch {
    shared: Arc<PrefetchShared>,
    thread: Option<std::thread::JoinHandle<()>>,
}

pub(super) struct PrefetchShared {
    slots: Mutex<Vec<Slot>>,
    ready: Condvar,
    cancel: AtomicBool,
}

pub(super) enum Slot {
    Pending,
    Done,
    Failed(Error),
    Taken,
}

/// A buffer for one tensor: `len` bytes at `ptr`.
pub(super) struct Dest {
    path: String,
    ptr: *mut u8,
    len: usize,
}

// SAFETY: the buffers are only written by the prefetch thread, and `Prefetch::start`'s
// contract keeps them alive and untouched by the caller until the thread is done with them.
unsafe impl Send for Dest {}

impl Prefetch {
    /// Starts reading `jobs` (dataset path, buffer, buffer length) in order.
    ///
    /// # Safety
    /// Every buffer must stay allocated, and must not be read or written by anyone else,
    /// until `wait` returned for it, or the `Prefetch` is dropped (which stops the thread).
    pub unsafe fn start(reader: Arc<H5Reader>, jobs: Vec<(String, *mut u8, usize)>) -> Self {
        let shared = Arc::new(PrefetchShared {
            slots: Mutex::new(jobs.iter().map(|_| Slot::Pending).collect()),
            ready: Condvar::new(),
            cancel: AtomicBool::new(false),
        });
        let dests: Vec<Dest> = jobs
            .into_iter()
            .map(|(path, ptr, len)| Dest { path, ptr, len })
            .collect();
        let worker = Arc::clone(&shared);
        let thread = std::thread::spawn(move || {
            for (i, dest) in dests.into_iter().enumerate() {
                if worker.cancel.load(Ordering::Relaxed) {
                    break;
                }
                let buf: &mut [u8] = if dest.len == 0 {
                    &mut []
                } else {
                    // SAFETY: `start`'s contract.
                    unsafe { std::slice::from_raw_parts_mut(dest.ptr, dest.len) }
                };
                let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    reader.read_into(&dest.path, buf)
                }))
                .unwrap_or_else(|_| Err(Error::Invalid("reading a tensor panicked".into())));
                let mut slots = worker.slots.lock().unwrap_or_else(|e| e.into_inner());
                slots[i] = match read {
                    Ok(()) => Slot::Done,
                    Err(e) => Slot::Failed(e),
                };
                worker.ready.notify_all();
            }
            // Stopped early: nobody may wait forever.
            let mut slots = worker.slots.lock().unwrap_or_else(|e| e.into_inner());
            for slot in slots.iter_mut() {
                if matches!(slot, Slot::Pending) {
                    *slot = Slot::Failed(Error::Invalid("reading ahead was stopped".into()));
                }
            }
            worker.ready.notify_all();
        });
        Prefetch {
            shared,
            thread: Some(thread),
        }
    }

    /// Waits until job `i` is read; its buffer is then the caller's. Each job is collected
    /// once.
    pub fn wait(&self, i: usize) -> Result<()> {
        let mut slots = self.shared.slots.lock().unwrap_or_else(|e| e.into_inner());
        if i >= slots.len() {
            return Err(Error::Invalid(format!("no prefetched tensor {i}")));
        }
        while matches!(slots[i], Slot::Pending) {
            slots = self
                .shared
                .ready
                .wait(slots)
                .unwrap_or_else(|e| e.into_inner());
        }
        match std::mem::replace(&mut slots[i], Slot::Taken) {
            Slot::Done => Ok(()),
            Slot::Failed(e) => Err(e),
            Slot::Taken => Err(Error::Invalid(format!("prefetched tensor {i} taken twice"))),
            Slot::Pending => unreachable!("waited above"),
        }
    }
}

impl Drop for Prefetch {
    fn drop(&mut self) {
        self.shared.cancel.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Depth beyond which a tree is refused: Keras nests a few levels per model level.
pub(super) const MAX_DEPTH: usize = 64;

pub(super) fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}/{name}")
    }
}

/// What the walk over a file keeps between objects: the native HDF5 type of each dtype met,
/// to compare stored types against without building one per dataset.
#[derive(Default)]
pub(super) struct Walk {
    native: HashMap<DType, Id>,
}

impl Walk {
    /// True when values of `dtype` stored with the HDF5 type `stored` have the same bytes in
    /// memory (booleans excepted: their enum goes through libhdf5's checks).
    fn native_layout(&mut self, stored: hid_t, dtype: DType) -> Result<bool> {
        if !cfg!(target_endian = "little") {
            return Ok(false);
        }
        match dtype {
            DType::Bool => Ok(false),
            // Opaque: the bytes are the value.
            DType::BF16 => Ok(true),
            dtype => {
                let native = match self.native.entry(dtype) {
                    std::collections::hash_map::Entry::Occupied(e) => e.get().0,
                    std::collections::hash_map::Entry::Vacant(e) => e.insert(file_type(dtype)?).0,
                };
                Ok(locked(|| unsafe { H5Tequal(stored, native) > 0 }))
            }
        }
    }
}

pub(super) fn walk(
    group: &Group,
    prefix: &str,
    index: &mut Index,
    limits: ShapeLimits,
    depth: usize,
    state: &mut Walk,
) -> Result<()> {
    if depth > MAX_DEPTH {
        return Err(Error::Refused(format!(
            "H5 file nested deeper than {MAX_DEPTH} groups at '{prefix}'"
        )));
    }
    let links = group.links(hdf5::IndexType::Name, hdf5::IterationOrder::Increasing)?;
    let mut names = Vec::with_capacity(links.len());
    for (name, info) in links {
        let path = join(prefix, &name);
        match info.link_type {
            LinkType::Hard => {}
            LinkType::Soft => {
                return Err(Error::Refused(format!("H5 file with SoftLink at '{path}'")))
            }
            LinkType::External => {
                return Err(Error::Refused(format!(
                    "H5 file with ExternalLink at '{path}'"
                )))
            }
        }
        // One lookup of the name opens the object, whatever it is; its kind comes from the
        // identifier (a lookup for its kind, then another to open it, took twice as long).
        let cname = cstring(&name)?;
        let object =
            locked(|| Id::new(unsafe { H5Oopen(group.id(), cname.as_ptr(), H5P_DEFAULT) }))?;
        match locked(|| unsafe { H5Iget_type(object.0) }) {
            H5I_type_t::H5I_GROUP => {
                // A group reachable through two hard links makes a cycle or a tree that
                // multiplies on every level; h5py-written files never do it.
                let links = locked(|| unsafe {
                    let mut info: H5O_info2_t = std::mem::zeroed();
                    check(H5Oget_info3(object.0, &mut info, H5O_INFO_BASIC)).map(|_| info.rc)
                })?;
                if links > 1 {
                    return Err(Error::Refused(format!(
                        "H5 file with a group linked more than once at '{path}'"
                    )));
                }
                // SAFETY: a group identifier, which the `Group` now owns.
                let child: Group = unsafe { hdf5::from_id(object.into_raw()) }?;
                walk(&child, &path, index, limits, depth + 1, state)?;
            }
            H5I_type_t::H5I_DATASET => {
                // SAFETY: a dataset identifier, which the `Dataset` now owns.
                let ds: Dataset = unsafe { hdf5::from_id(object.into_raw()) }?;
                match inspect_dataset(&ds, &name, &path, limits, state) {
                    Ok(found) => {
                        let declared = found.info.nbytes()?;
                        index.datasets.insert(path.clone(), found.info);
                        if let Some(offset) = found.raw {
                            index.raw.insert(path.clone(), offset);
                        } else {
                            index.objects.insert(path.clone(), object_token(ds.id())?);
                        }
                        if found.stored < declared {
                            index.sparse.insert(path.clone(), found.stored);
                        }
                    }
                    Err(Error::Invalid(why)) => {
                        index.unsupported.insert(path.clone(), why);
                    }
                    Err(e) => return Err(e),
                }
            }
            _ => {}
        }
        names.push(name);
    }
    index.groups.insert(prefix.to_owned(), names);
    Ok(())
}

/// What indexing learns of a dataset.
pub(super) struct Found {
    info: TensorInfo,
    /// Where its bytes are when they can be copied as they are: contiguous storage already
    /// allocated, in exactly the native layout of its type (little-endian here, as h5py
    /// writes).
    raw: Option<u64>,
    /// Bytes it stores in the file.
    stored: u64,
}

/// The token of the object `id` (its address in the file).
pub(super) fn object_token(id: hid_t) -> Result<[u8; 16]> {
    locked(|| unsafe {
        let mut info: H5O_info2_t = std::mem::zeroed();
        check(H5Oget_info3(id, &mut info, H5O_INFO_BASIC))?;
        // SAFETY: H5O_token_t is a #[repr(C)] array of 16 bytes.
        Ok(std::mem::transmute::<H5O_token_t, [u8; 16]>(info.token))
    })
}

/// A dataset's element type and shape, the bytes it stores, and where they are when they can
/// be copied as they are.
pub(super) fn inspect_dataset(
    ds: &Dataset,
    name: &str,
    path: &str,
    limits: ShapeLimits,
    state: &mut Walk,
) -> Result<Found> {
    // The creation properties of every dataset, not only of those without an offset:
    // libhdf5 also gives an offset to external storage whose header names an address, and
    // reading such a dataset through libhdf5 would read the file it names.
    let (layout, external) = locked(|| unsafe {
        let dcpl = Id::new(H5Dget_create_plist(ds.id()))?;
        Ok::<_, Error>((H5Pget_layout(dcpl.0), H5Pget_external_count(dcpl.0)))
    })?;
    if external != 0 {
        return Err(Error::Refused(format!(
            "H5 file with external Dataset: '{path}'"
        )));
    }
    if layout == H5D_layout_t::H5D_VIRTUAL {
        return Err(Error::Refused(format!(
            "H5 file with virtual Dataset: '{path}'"
        )));
    }
    let extents = ds.space()?.extents()?;
    if extents.is_null() {
        return Err(Error::Invalid(format!("Dataset '{path}' has no dataspace")));
    }
    let type_id = locked(|| Id::new(unsafe { H5Dget_type(ds.id()) }))?;
    // Only an opaque type needs the attribute (bfloat16); reading it is not free.
    let opaque = locked(|| unsafe { H5Tget_class(type_id.0) == H5T_class_t::H5T_OPAQUE });
    let dtype_attr = if opaque {
        read_str_attr(ds.id(), "dtype")?.and_then(|v| v.into_iter().next())
    } else {
        None
    };
    let dtype = dtype_of(type_id.0, dtype_attr.as_deref())
        .map_err(|e| Error::Invalid(format!("{e} at '{path}'")))?;
    let info = TensorInfo {
        dtype,
        shape: extents.dims().into_iter().map(|d| d as u64).collect(),
    };
    let declared = info.nbytes()?;
    let stored = ds.storage_size();
    if declared > limits.floor && declared > limits.max_expansion.saturating_mul(stored) {
        return Err(Error::Refused(format!(
            "H5 dataset '{name}' declares {} but only {} are stored on disk; refusing to load \
             a potential decompression/shape bomb.",
            crate::io::bytes::readable_size(declared),
            crate::io::bytes::readable_size(stored)
        )));
    }
    let raw = if layout == H5D_layout_t::H5D_CONTIGUOUS && state.native_layout(type_id.0, dtype)? {
        let offset = locked(|| unsafe { H5Dget_offset(ds.id()) });
        (offset != HADDR_UNDEF && declared > 0).then_some(offset)
    } else {
        None
    };
    Ok(Found { info, raw, stored })
}
