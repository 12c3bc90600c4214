//! The only file that touches Python: converts arguments into owned Rust values, releases the
//! GIL while bytes move, and turns core errors into the exceptions upstream Keras raises.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use numpy::ndarray::ArrayView1;
use numpy::npyffi::flags::{NPY_ARRAY_C_CONTIGUOUS, NPY_ARRAY_WRITEABLE};
use numpy::{PyArray1, PyArrayDescrMethods, PyUntypedArray, PyUntypedArrayMethods};
use pyo3::exceptions::{
    PyFileNotFoundError, PyKeyError, PyMemoryError, PyOSError, PyRuntimeError, PyTypeError,
    PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

use crate::errors::Error;
use crate::formats::h5::{AttrValue, DatasetSpec, H5Reader, Prefetch, ShapeLimits};
use crate::formats::npz::{Item, Npy, NpzFile};
use crate::formats::savedmodel::SavedModel;
use crate::formats::{safetensors, DType, TensorInfo};
use crate::io::bytes::{Bytes, Slice};
use crate::io::memory::{Region, POOL};
use crate::io::workers::{Job, Pipeline};
use crate::keras::{OpenModel, Saving, Sealed};
use crate::zip::read::{Archive, BombLimits};

pyo3::import_exception!(zipfile, BadZipFile);

impl From<Error> for PyErr {
    fn from(e: Error) -> PyErr {
        let msg = e.to_string();
        match e {
            Error::Io { path, source } => {
                let errno = source.raw_os_error().unwrap_or(
                    if source.kind() == std::io::ErrorKind::StorageFull {
                        crate::io::sys::ENOSPC
                    } else {
                        0
                    },
                );
                let text = source.to_string();
                let args = (errno, text, path.to_string_lossy().into_owned());
                if source.kind() == std::io::ErrorKind::NotFound {
                    PyFileNotFoundError::new_err(args)
                } else {
                    PyOSError::new_err(args)
                }
            }
            Error::BadZip(_) => BadZipFile::new_err(msg),
            Error::MissingMember(_) => PyKeyError::new_err(msg),
            Error::Hdf5(_) => PyOSError::new_err(msg),
            Error::Refused(_) | Error::Invalid(_) => PyValueError::new_err(msg),
            Error::TooLarge(_) => PyRuntimeError::new_err(msg),
        }
    }
}

fn bomb(limits: (u64, u64)) -> BombLimits {
    BombLimits {
        floor: limits.0,
        max_expansion: limits.1,
    }
}

fn shape(limits: (u64, u64)) -> ShapeLimits {
    ShapeLimits {
        floor: limits.0,
        max_expansion: limits.1,
    }
}

/// The data pointer and size in bytes of a numpy array that is C-contiguous (and writeable,
/// when `write`). The pointer stays valid while the array object lives.
fn array_raw(arr: &Bound<'_, PyUntypedArray>, write: bool) -> PyResult<(*mut u8, usize)> {
    // SAFETY: the pointer comes from a live array object.
    let raw = unsafe { &*arr.as_array_ptr() };
    let need = NPY_ARRAY_C_CONTIGUOUS | if write { NPY_ARRAY_WRITEABLE } else { 0 };
    if raw.fields.flags & need != need {
        return Err(PyValueError::new_err(
            "expected a C-contiguous numpy array (writeable when reading into it)",
        ));
    }
    Ok((
        raw.fields.data as *mut u8,
        arr.len() * arr.dtype().itemsize(),
    ))
}

/// The bytes of a C-contiguous array, borrowed for as long as the array object.
fn array_bytes<'a>(arr: &'a Bound<'_, PyUntypedArray>) -> PyResult<&'a [u8]> {
    let (ptr, len) = array_raw(arr, false)?;
    // SAFETY: a C-contiguous array owns `len` bytes at `ptr`; `arr` keeps it alive for 'a.
    Ok(if len == 0 {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(ptr, len) }
    })
}

/// The description and bytes of a C-contiguous `array` to be saved as the numpy dtype
/// named `dtype`; `label` names it in the error when its items are not of that size.
fn tensor_of<'a>(
    label: &str,
    dtype: &str,
    array: &'a Bound<'_, PyUntypedArray>,
) -> PyResult<(TensorInfo, &'a [u8])> {
    let dtype = DType::from_name(dtype)?;
    if array.dtype().itemsize() != dtype.size() {
        return Err(PyValueError::new_err(format!(
            "array for '{label}' does not hold {}",
            dtype.name()
        )));
    }
    let info = TensorInfo {
        dtype,
        shape: array.shape().iter().map(|&d| d as u64).collect(),
    };
    Ok((info, array_bytes(array)?))
}

/// Runs `f` on the bytes of a writeable C-contiguous array, to read into.
fn with_bytes_mut<T>(
    arr: &Bound<'_, PyUntypedArray>,
    f: impl FnOnce(&mut [u8]) -> PyResult<T>,
) -> PyResult<T> {
    let (ptr, len) = array_raw(arr, true)?;
    if len == 0 {
        return f(&mut []);
    }
    // SAFETY: a writeable C-contiguous array owns `len` bytes at `ptr`, and `arr` keeps it
    // alive for this call.
    f(unsafe { std::slice::from_raw_parts_mut(ptr, len) })
}

/// An HDF5 weights file open for reading.
///
/// Whoever holds a lock never waits for the GIL: long calls take it only after releasing
/// the GIL, so threads sharing a file cannot deadlock.
#[pyclass(frozen, module = "kerasave._native")]
struct H5File {
    reader: RwLock<Option<Arc<H5Reader>>>,
    /// Tensors being read ahead, and the arrays they are read into (kept alive until the
    /// reading thread is stopped).
    ahead: Mutex<Option<(Prefetch, Vec<Py<PyAny>>)>>,
}

fn closed() -> PyErr {
    PyValueError::new_err("the HDF5 weights file is closed")
}

impl H5File {
    fn new(reader: H5Reader) -> Self {
        H5File {
            reader: RwLock::new(Some(Arc::new(reader))),
            ahead: Mutex::new(None),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&H5Reader) -> PyResult<T>) -> PyResult<T> {
        let guard = self.reader.read().unwrap_or_else(|e| e.into_inner());
        let reader = guard.as_ref().ok_or_else(closed)?;
        let result = f(reader);
        // Whatever was read (or failed) from a file that changed meanwhile is not trusted.
        reader.check_unchanged()?;
        result
    }

    /// Stops reading ahead and closes the file; returns the reader if it was open.
    fn take(&self, py: Python<'_>) -> Option<Arc<H5Reader>> {
        let ahead = self.ahead.lock().unwrap_or_else(|e| e.into_inner()).take();
        let (reader, arrays) = py.detach(|| {
            let arrays = ahead.map(|(prefetch, arrays)| {
                drop(prefetch); // joins the thread: the arrays are no longer written
                arrays
            });
            let reader = self
                .reader
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .take();
            (reader, arrays)
        });
        drop(arrays);
        reader
    }
}

#[pymethods]
impl H5File {
    /// Opens the HDF5 file at `path`; `shape_limits` = (floor bytes, max expansion).
    #[staticmethod]
    fn open(py: Python<'_>, path: PathBuf, shape_limits: (u64, u64)) -> PyResult<Self> {
        let reader = py.detach(|| H5Reader::open_file(&path, shape(shape_limits)))?;
        Ok(H5File::new(reader))
    }

    /// Opens HDF5 bytes held in memory (the file image of an in-memory HDF5 file).
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: Vec<u8>, shape_limits: (u64, u64)) -> PyResult<Self> {
        let reader = py.detach(|| {
            let image = Slice::whole(Arc::new(Bytes::Owned(data)));
            H5Reader::open_image(image, shape(shape_limits))
        })?;
        Ok(H5File::new(reader))
    }

    /// The names of the attributes of the group at `path` ("" for the root).
    fn attr_names(&self, path: &str) -> PyResult<Vec<String>> {
        self.with(|r| Ok(r.attr_names(path)?))
    }

    /// The text of the attribute `name` of the group at `path` as a list of strings (one
    /// for a scalar); None when absent.
    fn attr(&self, path: &str, name: &str) -> PyResult<Option<Vec<String>>> {
        self.with(|r| Ok(r.attr(path, name)?))
    }

    /// Keras's `load_attributes_from_hdf5_group`: the names in the attribute `name` of the
    /// group at `path`, or in its chunks `name0`, `name1`, ...
    fn names_attr(&self, path: &str, name: &str) -> PyResult<Vec<String>> {
        self.with(|r| Ok(r.names_attr(path, name)?))
    }

    /// Every group: path -> names of its members (the root is "").
    fn groups<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.with(|r| {
            let out = PyDict::new(py);
            for (path, names) in &r.index().groups {
                out.set_item(path, names)?;
            }
            Ok(out)
        })
    }

    /// Every dataset: path -> (numpy dtype name, shape tuple).
    fn datasets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.with(|r| {
            let out = PyDict::new(py);
            for (path, info) in &r.index().datasets {
                let shape = PyTuple::new(py, &info.shape)?;
                // One string object per dtype, not one per dataset.
                let dtype = PyString::intern(py, info.dtype.name());
                out.set_item(path, (dtype, shape))?;
            }
            Ok(out)
        })
    }

    /// Datasets stored as one contiguous run of native bytes: path -> offset in the file (or
    /// in the archive member the file is). Such a dataset can be mapped without copying.
    fn raw(&self) -> PyResult<std::collections::HashMap<String, u64>> {
        self.with(|r| Ok(r.index().raw.clone()))
    }

    /// Which datasets to read ahead (`H5Reader::ahead`): among `paths` (every dataset in a
    /// group named `vars` when None) but those under a prefix in `skip`, those storing every
    /// byte they declare, each object once, up to the file's size in all, and of those
    /// under `small` = (bytes, count) only the first `count`. Returns the paths to read and
    /// {other name: path read for it}.
    #[pyo3(signature = (paths, skip, small))]
    fn plan_ahead(
        &self,
        paths: Option<Vec<String>>,
        skip: Vec<String>,
        small: (u64, usize),
    ) -> PyResult<(Vec<String>, std::collections::HashMap<String, String>)> {
        self.with(|r| {
            let (read, aliases) = r.ahead(paths.as_deref(), &skip, small);
            Ok((read, aliases.into_iter().collect()))
        })
    }

    /// Datasets storing fewer bytes than they declare (never or partly written, compressed):
    /// path -> bytes stored.
    fn sparse(&self) -> PyResult<std::collections::HashMap<String, u64>> {
        self.with(|r| Ok(r.index().sparse.clone()))
    }

    /// Every dataset name reaching the same tensor as a name before it in path order:
    /// {name: that earlier name}.
    fn aliases(&self) -> PyResult<std::collections::HashMap<String, String>> {
        self.with(|r| Ok(r.aliases().into_iter().collect()))
    }

    /// The datasets a reader without a model must not read (`H5Reader::oversized`): those
    /// declaring more than `floor` bytes and more than `expansion` times what they store,
    /// and those past `floor` + `expansion` times the file's size in all: [(path, why)].
    fn oversized(&self, expansion: u64, floor: u64) -> PyResult<Vec<(String, String)>> {
        self.with(|r| Ok(r.oversized(expansion, floor)))
    }

    /// Datasets whose type no Keras weight has: path -> why reading them fails.
    fn unsupported(&self) -> PyResult<std::collections::BTreeMap<String, String>> {
        self.with(|r| Ok(r.index().unsupported.clone()))
    }

    /// Reads the dataset at `path` into `out`, a C-contiguous array of its size in bytes.
    fn read_into(
        &self,
        py: Python<'_>,
        path: &str,
        out: &Bound<'_, PyUntypedArray>,
    ) -> PyResult<()> {
        with_bytes_mut(out, |buf| {
            py.detach(|| {
                let guard = self.reader.read().unwrap_or_else(|e| e.into_inner());
                let reader = guard.as_ref().ok_or_else(closed)?;
                Ok(reader.read_into(path, buf)?)
            })
        })
    }

    /// Reads the datasets `jobs` = [(path, array)] into their arrays (each C-contiguous,
    /// writeable and of its dataset's size in bytes; no two may overlap), on a few threads.
    fn read_many(
        &self,
        py: Python<'_>,
        jobs: Vec<(String, Bound<'_, PyUntypedArray>)>,
    ) -> PyResult<()> {
        let mut raw = Vec::with_capacity(jobs.len());
        for (path, array) in &jobs {
            let (ptr, len) = array_raw(array, true)?;
            raw.push((path.as_str(), ptr as usize, len));
        }
        let mut spans: Vec<(usize, usize)> = raw
            .iter()
            .filter(|(_, _, len)| *len > 0)
            .map(|&(_, ptr, len)| (ptr, len))
            .collect();
        spans.sort_unstable();
        if spans.windows(2).any(|w| w[0].0 + w[0].1 > w[1].0) {
            return Err(PyValueError::new_err(
                "read_many: two of the arrays overlap",
            ));
        }
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        py.detach(|| {
            let guard = self.reader.read().unwrap_or_else(|e| e.into_inner());
            let reader = guard.as_ref().ok_or_else(closed)?;
            let mut bufs: Vec<(&str, &mut [u8])> = raw
                .iter()
                .map(|&(path, ptr, len)| {
                    let buf: &mut [u8] = if len == 0 {
                        &mut []
                    } else {
                        // SAFETY: each array is a writeable C-contiguous block of `len`
                        // bytes, kept alive by `jobs` for this call, and no two overlap.
                        unsafe { std::slice::from_raw_parts_mut(ptr as *mut u8, len) }
                    };
                    (path, buf)
                })
                .collect();
            Ok(reader.read_many(&mut bufs, threads)?)
        })
    }

    /// Starts reading the datasets `jobs` = [(path, array)] ahead, in order, on a thread of
    /// its own; `wait(i)` hands over the i-th. Each array must be C-contiguous, writeable and
    /// of its dataset's size; Python must not touch it before `wait` returns for it.
    fn prefetch(&self, jobs: Vec<(String, Bound<'_, PyUntypedArray>)>) -> PyResult<()> {
        let reader = self
            .reader
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .ok_or_else(closed)?;
        let mut raw = Vec::with_capacity(jobs.len());
        let mut keep = Vec::with_capacity(jobs.len());
        for (path, array) in jobs {
            let info = reader.info(&path)?;
            let (ptr, len) = array_raw(&array, true)?;
            if Some(len as u64) != info.nbytes().ok() {
                return Err(PyValueError::new_err(format!(
                    "array of {len} bytes for dataset '{path}'"
                )));
            }
            raw.push((path, ptr, len));
            keep.push(array.into_any().unbind());
        }
        let mut ahead = self.ahead.lock().unwrap_or_else(|e| e.into_inner());
        if ahead.is_some() {
            return Err(PyValueError::new_err("already reading ahead"));
        }
        // SAFETY: `keep` holds every array until the thread is stopped (`take`), and the
        // caller promises not to touch an array before `wait` returns for it.
        let prefetch = unsafe { Prefetch::start(reader, raw) };
        *ahead = Some((prefetch, keep));
        Ok(())
    }

    /// Waits until the i-th dataset given to `prefetch` is read into its array.
    fn wait(&self, py: Python<'_>, i: usize) -> PyResult<()> {
        py.detach(|| {
            let ahead = self.ahead.lock().unwrap_or_else(|e| e.into_inner());
            let (prefetch, _) = ahead
                .as_ref()
                .ok_or_else(|| PyValueError::new_err("not reading ahead"))?;
            Ok(prefetch.wait(i)?)
        })
    }

    /// Waits for the integrity check of the archive member the file was opened from:
    /// zipfile.BadZipFile when its bytes do not match their CRC-32. Closes the file.
    fn verify(&self, py: Python<'_>) -> PyResult<()> {
        let reader = self.take(py).ok_or_else(closed)?;
        Ok(py.detach(|| reader.verify())?)
    }

    /// Closes the file; later calls raise ValueError.
    fn close(&self, py: Python<'_>) {
        drop(self.take(py));
    }
}

/// A `.keras` archive open for loading.
#[pyclass(frozen, module = "kerasave._native")]
struct KerasArchive {
    model: OpenModel,
}

#[pymethods]
impl KerasArchive {
    /// Opens the archive at `path` through a memory map.
    #[staticmethod]
    fn open(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        let archive = py.detach(|| Archive::open(&path))?;
        Ok(KerasArchive {
            model: OpenModel { archive },
        })
    }

    /// Opens an archive held in memory (the contents of a file object).
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: Vec<u8>) -> PyResult<Self> {
        let archive = py.detach(|| Archive::from_bytes(Bytes::Owned(data)))?;
        Ok(KerasArchive {
            model: OpenModel { archive },
        })
    }

    /// Member names in archive order.
    fn names(&self) -> Vec<String> {
        self.model
            .archive
            .members()
            .iter()
            .map(|m| m.name.clone())
            .collect()
    }

    /// Every member in archive order: (name, stored, compressed size, size, CRC-32, offset
    /// of its data in the archive, is a directory, is a symlink).
    fn members(&self) -> Vec<MemberRow> {
        self.model
            .archive
            .members()
            .iter()
            .map(|m| {
                (
                    m.name.clone(),
                    m.stored,
                    m.compressed_size,
                    m.size,
                    m.crc32,
                    m.data_start,
                    m.is_dir,
                    m.is_symlink,
                )
            })
            .collect()
    }

    /// Reads member `name` and checks it against its CRC-32, without handing the bytes over.
    fn check(&self, py: Python<'_>, name: &str, bomb_limits: (u64, u64)) -> PyResult<()> {
        py.detach(|| self.model.archive.read(name, bomb(bomb_limits)))?;
        Ok(())
    }

    /// The bytes of member `name`; `bomb_limits` = (floor bytes, max expansion).
    fn read<'py>(
        &self,
        py: Python<'py>,
        name: &str,
        bomb_limits: (u64, u64),
    ) -> PyResult<Bound<'py, PyBytes>> {
        let data = py.detach(|| self.model.archive.read(name, bomb(bomb_limits)))?;
        Ok(PyBytes::new(py, &data))
    }

    /// Raises ValueError if member `name` is a decompression bomb.
    fn check_bomb(&self, name: &str, bomb_limits: (u64, u64)) -> PyResult<()> {
        Ok(self.model.archive.check_bomb(name, bomb(bomb_limits))?)
    }

    /// Opens `model.weights.h5` in place.
    fn weights(
        &self,
        py: Python<'_>,
        bomb_limits: (u64, u64),
        shape_limits: (u64, u64),
    ) -> PyResult<H5File> {
        let reader = py.detach(|| self.model.weights(bomb(bomb_limits), shape(shape_limits)))?;
        Ok(H5File::new(reader))
    }

    /// Opens `model.weights.npz` in place; `None` when the archive has none.
    fn npz_weights(&self, py: Python<'_>, bomb_limits: (u64, u64)) -> PyResult<Option<NpzStore>> {
        let npz = py.detach(|| self.model.npz_weights(bomb(bomb_limits)))?;
        Ok(npz.map(|npz| NpzStore {
            npz,
            limits: bomb(bomb_limits),
        }))
    }

    /// Writes the `assets/...` members under `dir`; returns how many files were written.
    fn extract_assets(
        &self,
        py: Python<'_>,
        dir: PathBuf,
        bomb_limits: (u64, u64),
    ) -> PyResult<usize> {
        Ok(py.detach(|| self.model.extract_assets(&dir, bomb(bomb_limits)))?)
    }
}

/// npz weights open for reading (a file, or the member of a `.keras` archive). Stores are
/// read without unpickling anything.
#[pyclass(frozen, module = "kerasave._native")]
struct NpzStore {
    npz: NpzFile,
    limits: BombLimits,
}

/// A store's tensors: (key, numpy array).
type Tensors<'py> = Vec<(String, Bound<'py, PyAny>)>;

/// An archive member as `KerasArchive.members` describes it.
type MemberRow = (String, bool, u64, u64, u32, u64, bool, bool);

/// A tensor's key, numpy dtype name and shape.
type TensorRow = (String, &'static str, Vec<u64>);

/// A pointer into an array that Python keeps alive and leaves alone during a copy.
struct Dest(*mut u8, usize);
// SAFETY: the arrays are owned by the caller, alive and untouched until the copy returns.
unsafe impl Send for Dest {}

#[pymethods]
impl NpzStore {
    /// Opens the npz file at `path` through a memory map.
    #[staticmethod]
    fn open(py: Python<'_>, path: PathBuf, bomb_limits: (u64, u64)) -> PyResult<Self> {
        let npz = py.detach(|| {
            let bytes = Bytes::map(&path)?;
            NpzFile::open(Slice::whole(Arc::new(bytes)))
        })?;
        Ok(NpzStore {
            npz,
            limits: bomb(bomb_limits),
        })
    }

    /// The stores' names.
    fn names(&self) -> Vec<String> {
        self.npz.names()
    }

    /// What the store `name` holds, without copying a tensor: [(key, dtype name, shape)];
    /// `None` when there is no such store. A plain array is [("", dtype name, shape)].
    fn info(&self, py: Python<'_>, name: &str) -> PyResult<Option<Vec<TensorRow>>> {
        let Some((_, npy)) = py.detach(|| self.npz.read(name, self.limits))? else {
            return Ok(None);
        };
        let items = match npy {
            Npy::Store(items) => items,
            Npy::Array(located) => vec![(String::new(), located)],
        };
        Ok(Some(
            items
                .into_iter()
                .map(|(key, l)| (key, l.info.dtype.name(), l.info.shape))
                .collect(),
        ))
    }

    /// The store `name` as [(key, array)], each array made by `empty(shape, dtype name)` and
    /// filled from the file; `None` when there is no such store. A member holding a plain
    /// array is returned as [("", array)].
    fn get<'py>(
        &self,
        py: Python<'py>,
        name: &str,
        empty: &Bound<'py, PyAny>,
    ) -> PyResult<Option<Tensors<'py>>> {
        let Some((bytes, npy)) = py.detach(|| self.npz.read(name, self.limits))? else {
            return Ok(None);
        };
        let items = match npy {
            Npy::Store(items) => items,
            Npy::Array(located) => vec![(String::new(), located)],
        };
        let mut out = Vec::with_capacity(items.len());
        let mut jobs = Vec::with_capacity(items.len());
        for (key, located) in items {
            let shape = PyTuple::new(py, located.info.shape.iter())?;
            let array = empty.call1((shape, located.info.dtype.name()))?;
            let (ptr, len) = array_raw(array.cast::<PyUntypedArray>()?, true)?;
            if len != located.range.len() {
                return Err(PyValueError::new_err(format!(
                    "array of {len} bytes for npz tensor '{name}/{key}'"
                )));
            }
            jobs.push((Dest(ptr, len), located.range.start));
            out.push((key, array));
        }
        py.detach(|| {
            for (Dest(ptr, len), start) in jobs {
                if len > 0 {
                    // SAFETY: each array in `out` is alive, C-contiguous, writeable and of
                    // `len` bytes; Python does not run during the copy.
                    let dest = unsafe { std::slice::from_raw_parts_mut(ptr, len) };
                    bytes.copy_to(start, dest, false)?;
                }
            }
            Ok::<_, Error>(())
        })?;
        Ok(Some(out))
    }
}

/// A `.keras` archive or a bare HDF5 weights file being saved (atomically): weight groups
/// and tensors as the model hands them over, then `finish` (an archive, with the metadata
/// and config JSON and the asset files) or `finish_weights`. Groups and tensors are written
/// by a thread of the file's own (`Pipeline`), the caller going on meanwhile; a read-only
/// tensor's array is held until written. Whoever holds the lock never waits for the GIL.
#[pyclass(frozen, module = "kerasave._native")]
struct Saver {
    pipeline: Mutex<Option<Pipeline<Saving>>>,
    /// A weights file completed by `seal_weights`, waiting for `commit`.
    sealed: Mutex<Option<Sealed>>,
}

/// Bytes of tensors a save may have handed over and not yet written.
const QUEUED_BYTES: u64 = 256 << 20;

fn finished() -> PyErr {
    PyValueError::new_err("the file is already finished")
}

/// The bytes of a C-contiguous numpy array, held (with the array) until a queued write is
/// done with them.
struct HeldArray {
    _array: Py<PyUntypedArray>,
    ptr: *const u8,
    len: usize,
}

// SAFETY: the array object is kept alive by `_array` (released through PyO3's deferred
// reference pool when dropped without the GIL), so its `len` bytes at `ptr` stay allocated;
// they are only read, and only read-only arrays are held (`Saver::dataset`).
unsafe impl Send for HeldArray {}

impl HeldArray {
    fn new(array: &Bound<'_, PyUntypedArray>, bytes: &[u8]) -> Self {
        HeldArray {
            _array: array.clone().unbind(),
            ptr: bytes.as_ptr(),
            len: bytes.len(),
        }
    }

    fn bytes(&self) -> &[u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: see `Send` above: `len` bytes at `ptr`, alive while `self` is.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Saver {
    fn begin(
        py: Python<'_>,
        begin: impl FnOnce() -> crate::errors::Result<Saving> + Send,
    ) -> PyResult<Self> {
        let pipeline = py.detach(|| begin()?.pipelined(QUEUED_BYTES))?;
        Ok(Saver {
            pipeline: Mutex::new(Some(pipeline)),
            sealed: Mutex::new(None),
        })
    }

    fn take(&self) -> PyResult<Pipeline<Saving>> {
        self.pipeline
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
            .ok_or_else(finished)
    }

    /// Runs `f` on the pipeline without the GIL; None once finished or abandoned.
    fn locked<T: Send>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(Option<&mut Pipeline<Saving>>) -> PyResult<T> + Send,
    ) -> PyResult<T> {
        py.detach(|| {
            f(self
                .pipeline
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .as_mut())
        })
    }

    /// Runs `f` on this thread once every queued write is done.
    fn with<T: Send>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&mut Saving) -> crate::errors::Result<T> + Send,
    ) -> PyResult<T> {
        self.locked(py, |p| Ok(p.ok_or_else(finished)?.now(f)?))
    }

    /// Queues a write holding `bytes` bytes (waiting while the queue is full).
    fn submit(&self, py: Python<'_>, bytes: u64, job: Job<Saving>) -> PyResult<()> {
        self.locked(py, |p| Ok(p.ok_or_else(finished)?.submit(bytes, job)?))
    }
}

#[pymethods]
impl Saver {
    /// Starts saving a `.keras` archive to `path`: FileNotFoundError / PermissionError for
    /// a bad directory.
    #[staticmethod]
    fn archive(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Self::begin(py, || Saving::begin(&path))
    }

    /// Starts saving a bare HDF5 weights file to `path`.
    #[staticmethod]
    fn weights(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Self::begin(py, || Saving::begin_weights(&path))
    }

    /// Starts saving npz weights to `path`: a `.keras` archive (`archive`, completed by
    /// `finish`) or a bare npz file (`finish_weights`).
    #[staticmethod]
    fn npz(py: Python<'_>, path: PathBuf, archive: bool) -> PyResult<Self> {
        Self::begin(py, || Saving::begin_npz(&path, archive))
    }

    /// Starts saving a legacy HDF5 model file (`.h5`) to `path`; `finish_weights`
    /// completes it.
    #[staticmethod]
    fn legacy(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Self::begin(py, || Saving::begin_legacy(&path))
    }

    /// Writes the attribute `name` of the existing group `path` ("" for the root) as h5py
    /// writes `value`: a `str`, `bytes`, or a list of `bytes` (split as Keras's
    /// `save_attributes_to_hdf5_group` splits a list too large for one attribute).
    fn attr(
        &self,
        py: Python<'_>,
        path: &str,
        name: &str,
        value: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        if let Ok(text) = value.cast::<PyString>() {
            let text = text.to_str()?;
            return self.with(py, |s| s.attr(path, name, &AttrValue::Str(text)));
        }
        if let Ok(bytes) = value.cast::<PyBytes>() {
            let bytes = bytes.as_bytes();
            return self.with(py, |s| s.attr(path, name, &AttrValue::Bytes(bytes)));
        }
        if let Ok(list) = value.cast::<PyList>() {
            let items = list
                .iter()
                .map(|item| item.cast_into::<PyBytes>().map_err(PyErr::from))
                .collect::<PyResult<Vec<_>>>()?;
            let names: Vec<&[u8]> = items.iter().map(|b| b.as_bytes()).collect();
            return self.with(py, |s| s.attr(path, name, &AttrValue::Names(&names)));
        }
        Err(PyTypeError::new_err(format!(
            "attribute '{name}' must be str, bytes or a list of bytes"
        )))
    }

    /// Adds the npz store `name`: [(key, numpy dtype name, C-contiguous array)].
    fn store(
        &self,
        py: Python<'_>,
        name: &str,
        items: Vec<(String, String, Bound<'_, PyUntypedArray>)>,
    ) -> PyResult<()> {
        let mut specs = Vec::with_capacity(items.len());
        for (key, dtype, array) in &items {
            let (info, data) = tensor_of(&format!("{name}/{key}"), dtype, array)?;
            specs.push(Item { key, info, data });
        }
        self.with(py, |s| s.store(name, &specs))
    }

    /// Creates the weights group at `path` with string attributes (queued).
    fn group(&self, py: Python<'_>, path: String, attrs: Vec<(String, String)>) -> PyResult<()> {
        self.submit(py, 0, Box::new(move |s| s.group(&path, &attrs)))
    }

    /// Writes `array` (C-contiguous, of the numpy dtype named `dtype`) as the dataset `name`
    /// of the existing group `group`. A read-only array (a JAX array's buffer, as Keras
    /// hands over variables) is queued and held until written; a failed write raises from
    /// a later call (the next one, or `finish`). A writeable one, which the caller could
    /// change once this returns, is written before returning, as upstream copies it.
    fn dataset(
        &self,
        py: Python<'_>,
        group: String,
        name: String,
        dtype: &str,
        array: &Bound<'_, PyUntypedArray>,
    ) -> PyResult<()> {
        let (info, data) = tensor_of(&format!("{group}/{name}"), dtype, array)?;
        if array_raw(array, true).is_ok() {
            let spec = DatasetSpec { name, info, data };
            return self.with(py, |s| s.dataset(&group, &spec));
        }
        let held = HeldArray::new(array, data);
        let bytes = held.len as u64;
        let job: Job<Saving> = Box::new(move |s| {
            let spec = DatasetSpec {
                name,
                info,
                data: held.bytes(),
            };
            s.dataset(&group, &spec)
        });
        self.submit(py, bytes, job)
    }

    /// Removes the dataset or group at `path`.
    fn delete(&self, py: Python<'_>, path: &str) -> PyResult<()> {
        self.with(py, |s| s.delete(path))
    }

    /// Reads back the dataset at `path` into `out` (C-contiguous, of its dtype and size).
    fn read_into(
        &self,
        py: Python<'_>,
        path: &str,
        dtype: &str,
        out: &Bound<'_, PyUntypedArray>,
    ) -> PyResult<()> {
        let dtype = DType::from_name(dtype)?;
        with_bytes_mut(out, |buf| self.with(py, |s| s.read_into(path, dtype, buf)))
    }

    /// Completes the archive and renames it into place; asset files are given as
    /// (path under assets/, file on disk).
    fn finish(
        &self,
        py: Python<'_>,
        metadata: &str,
        config: &str,
        assets: Vec<(String, PathBuf)>,
    ) -> PyResult<()> {
        py.detach(|| Ok(self.take()?.finish()?.finish(metadata, config, &assets)?))
    }

    /// Completes a bare weights file and renames it into place.
    fn finish_weights(&self, py: Python<'_>) -> PyResult<()> {
        py.detach(|| Ok(self.take()?.finish()?.finish_weights()?))
    }

    /// Completes a bare weights file under its temporary name and closes it; `commit`
    /// renames it into place, `abort` removes it.
    fn seal_weights(&self, py: Python<'_>) -> PyResult<()> {
        let sealed =
            py.detach(|| -> PyResult<Sealed> { Ok(self.take()?.finish()?.seal_weights()?) })?;
        *self.sealed.lock().unwrap_or_else(|e| e.into_inner()) = Some(sealed);
        Ok(())
    }

    /// Renames the weights file completed by `seal_weights` into place.
    fn commit(&self, py: Python<'_>) -> PyResult<()> {
        let sealed = self.sealed.lock().unwrap_or_else(|e| e.into_inner()).take();
        py.detach(|| Ok(sealed.ok_or_else(finished)?.persist()?))
    }

    /// Waits for the queued writes and raises the error of one that failed: called when the
    /// caller fails after handing tensors over, since the write came first (upstream, which
    /// writes as it goes, raises its error). Finished or abandoned, nothing is queued.
    fn check(&self, py: Python<'_>) -> PyResult<()> {
        self.locked(py, |p| match p {
            Some(pipeline) => Ok(pipeline.now(|_| Ok(()))?),
            None => Ok(()),
        })
    }

    /// Abandons the file: its temporary file is removed, the target left as it was.
    fn abort(&self, py: Python<'_>) {
        // Already finished or abandoned: nothing left to drop.
        let sealed = self.sealed.lock().unwrap_or_else(|e| e.into_inner()).take();
        py.detach(|| drop((self.take(), sealed)));
    }
}

/// A tf.keras SavedModel directory opened for reading (`savedmodel.rs`).
#[pyclass(frozen, module = "kerasave._native")]
struct SavedModelDir {
    saved: SavedModel,
}

#[pymethods]
impl SavedModelDir {
    /// Opens the SavedModel directory `path`: ValueError for one without Keras metadata or
    /// with damaged records, OSError for unreadable files.
    #[staticmethod]
    fn open(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        let saved = py.detach(|| SavedModel::open(&path))?;
        Ok(SavedModelDir { saved })
    }

    /// The Keras objects of keras_metadata.pb: [(node id, node path, identifier, metadata
    /// JSON)].
    fn metadata(&self) -> Vec<(i32, String, String, String)> {
        self.saved
            .metadata
            .nodes
            .iter()
            .map(|n| {
                (
                    n.node_id,
                    n.node_path.clone(),
                    n.identifier.clone(),
                    n.metadata.clone(),
                )
            })
            .collect()
    }

    /// The checkpoint keys of the variables the object at `node_path` lists in its child
    /// `list` (a layer's `variables`, an optimizer's `_variables`), in order.
    #[pyo3(signature = (node_path, list="variables"))]
    fn variables(&self, node_path: &str, list: &str) -> PyResult<Vec<String>> {
        Ok(self.saved.variables(node_path, list)?)
    }

    /// The checkpoint key of the variable the object at `node_path` holds as its child
    /// `name`, or None.
    fn child_variable(&self, node_path: &str, name: &str) -> PyResult<Option<String>> {
        Ok(self.saved.child_variable(node_path, name)?)
    }

    /// The slot variables of the object at `node_path` (a Keras 2 legacy optimizer's
    /// state): [(key of the variable, slot name, key of the slot)].
    fn slot_variables(&self, node_path: &str) -> PyResult<Vec<(String, String, String)>> {
        Ok(self.saved.slot_variables(node_path)?)
    }

    /// Every numeric tensor: checkpoint key -> (numpy dtype name, shape), as
    /// `H5File.datasets` lists an HDF5 file's.
    fn datasets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = PyDict::new(py);
        for (key, entry) in self.saved.entries() {
            if let Some(info) = &entry.info {
                out.set_item(key, (info.dtype.name(), PyTuple::new(py, &info.shape)?))?;
            }
        }
        Ok(out)
    }

    /// The numpy dtype name and shape of the numeric tensor `key` (KeyError if none).
    fn tensor<'py>(
        &self,
        py: Python<'py>,
        key: &str,
    ) -> PyResult<(&'static str, Bound<'py, PyTuple>)> {
        let info = self
            .saved
            .entries()
            .get(key)
            .and_then(|e| e.info.as_ref())
            .ok_or_else(|| PyKeyError::new_err(key.to_owned()))?;
        Ok((info.dtype.name(), PyTuple::new(py, &info.shape)?))
    }

    /// Copies the tensor `key` into `out`, a C-contiguous array of its size, checking its
    /// CRC-32C.
    fn read_into(
        &self,
        py: Python<'_>,
        key: &str,
        out: &Bound<'_, PyUntypedArray>,
    ) -> PyResult<()> {
        with_bytes_mut(out, |buf| {
            py.detach(|| Ok(self.saved.read_into(key, buf)?))
        })
    }
}

/// Writes `tensors`, [(name, dtype name, C-contiguous array)], to a `.safetensors` file at
/// `path` (atomically), with string `metadata`.
#[pyfunction]
#[pyo3(signature = (path, tensors, metadata=None))]
fn write_safetensors(
    py: Python<'_>,
    path: PathBuf,
    tensors: Vec<(String, String, Bound<'_, PyUntypedArray>)>,
    metadata: Option<std::collections::HashMap<String, String>>,
) -> PyResult<()> {
    let mut parts = Vec::with_capacity(tensors.len());
    for (name, dtype, array) in &tensors {
        let (info, data) = tensor_of(name, dtype, array)?;
        let shape: Vec<usize> = info.shape.iter().map(|&d| d as usize).collect();
        parts.push((name.as_str(), info.dtype, shape, data));
    }
    // The arrays stay alive and unchanged: `tensors` holds them, and no Python runs meanwhile.
    let views: Vec<safetensors::Tensor<'_>> = parts
        .iter()
        .map(|(name, dtype, shape, data)| safetensors::Tensor {
            name,
            dtype: *dtype,
            shape,
            data,
        })
        .collect();
    py.detach(move || safetensors::write(&path, &views, metadata))?;
    Ok(())
}

/// Bytes per element of the numpy dtype `name`: ValueError for a type kerasave does not store.
#[pyfunction]
fn itemsize(name: &str) -> PyResult<usize> {
    Ok(DType::from_name(name)?.size())
}

/// `name` if it is a relative `/`-separated path that stays inside its directory (as an asset
/// member's name under `assets/` must); ValueError naming it otherwise.
#[pyfunction]
fn safe_relative(name: &str) -> PyResult<String> {
    Ok(crate::keras::safe_relative(name)?)
}

/// Writes `path` atomically, as kerasave's own saves do: `write(temporary path)` fills a
/// temporary file beside it (named for `kind`: "npz", "json", ...), which is then renamed
/// into place. Whatever `write` raises propagates, the temporary file removed and `path` left
/// as it was.
#[pyfunction]
fn write_atomic(path: PathBuf, kind: &str, write: &Bound<'_, PyAny>) -> PyResult<()> {
    let mut raised = None;
    let written = crate::io::atomic::write_atomic(&path, kind, |temp| {
        write.call1((temp,)).map(drop).map_err(|e| {
            raised = Some(e);
            Error::Invalid(String::new())
        })
    });
    match raised {
        Some(e) => Err(e),
        None => Ok(written?),
    }
}

/// The owner of a region of memory that a numpy array views (its base): the region goes back
/// to the pool when the last array over it is freed.
#[pyclass(frozen, module = "kerasave._native")]
struct Memory {
    _region: Region,
}

/// An uninitialized uint8 array of `nbytes` over memory of the pool's (`memory.rs`): it starts
/// on a 2 MiB boundary, and is a recently freed region when one of its size is kept. Raises
/// MemoryError when the memory cannot be mapped.
#[pyfunction]
fn empty_bytes(py: Python<'_>, nbytes: usize) -> PyResult<Bound<'_, PyArray1<u8>>> {
    // A new mapping may first unmap kept regions: no GIL for that.
    let region = py
        .detach(|| POOL.alloc(nbytes))
        .map_err(|e| PyMemoryError::new_err(format!("cannot map {nbytes} bytes: {e}")))?;
    // SAFETY: the region is mapped, writable and at least `nbytes` long, and never moves.
    let view = unsafe { ArrayView1::from_shape_ptr(nbytes, region.as_ptr()) };
    let owner = Bound::new(py, Memory { _region: region })?;
    // SAFETY: `owner` becomes the array's base, so the region outlives every array over it.
    Ok(unsafe { PyArray1::borrow_from_array(&view, owner.into_any()) })
}

/// Unmaps the memory the pool keeps for reuse now; returns its bytes.
#[pyfunction]
fn release_memory(py: Python<'_>) -> usize {
    py.detach(|| POOL.release_all())
}

/// Sets how long the pool keeps freed memory, in seconds (0: none); returns the previous
/// setting.
#[pyfunction]
fn set_memory_retention(py: Python<'_>, seconds: f64) -> PyResult<f64> {
    let retention = Duration::try_from_secs_f64(seconds).map_err(|_| {
        PyValueError::new_err(format!(
            "retention must be a finite number of seconds >= 0, got {seconds}"
        ))
    })?;
    let before = POOL.retention().as_secs_f64();
    py.detach(|| POOL.set_retention(retention));
    Ok(before)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("LINUX_TUNING", cfg!(linux_tuning))?;
    m.add_function(wrap_pyfunction!(write_safetensors, m)?)?;
    m.add_function(wrap_pyfunction!(itemsize, m)?)?;
    m.add_function(wrap_pyfunction!(safe_relative, m)?)?;
    m.add_function(wrap_pyfunction!(write_atomic, m)?)?;
    m.add_function(wrap_pyfunction!(empty_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(release_memory, m)?)?;
    m.add_function(wrap_pyfunction!(set_memory_retention, m)?)?;
    m.add_class::<KerasArchive>()?;
    m.add_class::<H5File>()?;
    m.add_class::<Saver>()?;
    m.add_class::<NpzStore>()?;
    m.add_class::<SavedModelDir>()?;
    Ok(())
}
