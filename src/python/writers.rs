//! `Saver`: the files a save writes (a `.keras` archive, a weights file, npz, a legacy `.h5`),
//! and the atomic writes of the files kerasave saves whole (safetensors, JSON).

use super::*;

/// A `.keras` archive or a bare HDF5 weights file being saved (atomically): weight groups
/// and tensors as the model hands them over, then `finish` (an archive, with the metadata
/// and config JSON and the asset files) or `finish_weights`. Groups and tensors are written
/// by a thread of the file's own (`Pipeline`), the caller going on meanwhile; a read-only
/// tensor's array is held until written. Whoever holds the lock never waits for the GIL.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct Saver {
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

    /// Writes the dataset `name` of `group`, of `dtype` and `shape`, from `parts` =
    /// [(start, array)] that fill it: each array (C-contiguous, of `dtype`) the box from
    /// index `start` with the array's shape. The dataset is the one `dataset` writes from
    /// the whole tensor. Read-only arrays are queued and held until written, as `dataset`
    /// does; if any is writeable, the parts are written before returning.
    fn dataset_parts(
        &self,
        py: Python<'_>,
        group: String,
        name: String,
        dtype: &str,
        shape: Vec<u64>,
        parts: Vec<(Vec<u64>, Bound<'_, PyUntypedArray>)>,
    ) -> PyResult<()> {
        let label = format!("{group}/{name}");
        let mut held = Vec::with_capacity(parts.len());
        let mut writeable = false;
        let mut info = None;
        for (start, array) in &parts {
            let (part, data) = tensor_of(&label, dtype, array)?;
            writeable |= array_raw(array, true).is_ok();
            held.push((start.clone(), part.shape, HeldArray::new(array, data)));
            info = Some(TensorInfo {
                dtype: part.dtype,
                shape: shape.clone(),
            });
        }
        let info = match info {
            Some(info) => info,
            None => TensorInfo {
                dtype: DType::from_name(dtype)?,
                shape,
            },
        };
        let bytes = held.iter().map(|(_, _, h)| h.len as u64).sum();
        let job = move |s: &mut Saving| {
            let parts: Vec<Part<'_>> = held
                .iter()
                .map(|(start, count, h)| Part {
                    start: start.clone(),
                    count: count.clone(),
                    data: h.bytes(),
                })
                .collect();
            s.dataset_parts(&group, &name, &info, &parts)
        };
        if writeable {
            return self.with(py, job);
        }
        self.submit(py, bytes, Box::new(job))
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

/// Writes `tensors`, [(name, dtype name, C-contiguous array)], to a `.safetensors` file at
/// `path` (atomically), with string `metadata`.
#[pyfunction]
#[pyo3(signature = (path, tensors, metadata=None))]
pub(super) fn write_safetensors(
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

/// Writes `path` atomically, as kerasave's own saves do: `write(temporary path)` fills a
/// temporary file beside it (named for `kind`: "npz", "json", ...), which is then renamed
/// into place. Whatever `write` raises propagates, the temporary file removed and `path` left
/// as it was.
#[pyfunction]
pub(super) fn write_atomic(path: PathBuf, kind: &str, write: &Bound<'_, PyAny>) -> PyResult<()> {
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
