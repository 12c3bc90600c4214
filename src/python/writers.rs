//! The savers, one class per file a save writes (a `.keras` archive with HDF5 or npz
//! weights, a weights file, npz, a legacy `.h5`), and the atomic writes of the files
//! kerasave saves whole (safetensors, JSON).

use super::*;

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
// they are only read, and only read-only arrays are held (`Queue::dataset`).
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

/// A save handed to a thread of the file's own (`Pipeline`): writes are queued, the caller
/// going on meanwhile; a read-only tensor's array is held until written. Whoever holds the
/// lock never waits for the GIL.
struct Queue<S: Send + 'static> {
    pipeline: Mutex<Option<Pipeline<S>>>,
}

type H5Queue<K> = Queue<Saving<K, H5Weights>>;

impl<K: Kind, W: Weights> Queue<Saving<K, W>> {
    /// Starts the save to `path`: FileNotFoundError / PermissionError for a bad directory.
    fn begin(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Self::start(py, || Saving::begin(&path))
    }

    fn start(
        py: Python<'_>,
        begin: impl FnOnce() -> crate::errors::Result<Saving<K, W>> + Send,
    ) -> PyResult<Self> {
        let pipeline = py.detach(|| begin()?.pipelined(QUEUED_BYTES))?;
        Ok(Queue {
            pipeline: Mutex::new(Some(pipeline)),
        })
    }

    /// The save, every queued write done; raises their first error.
    fn take(&self) -> PyResult<Saving<K, W>> {
        let pipeline = self
            .pipeline
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        Ok(pipeline.ok_or_else(finished)?.finish()?)
    }

    /// Runs `f` on the pipeline without the GIL; None once finished or abandoned.
    fn locked<T: Send>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(Option<&mut Pipeline<Saving<K, W>>>) -> PyResult<T> + Send,
    ) -> PyResult<T> {
        py.detach(|| {
            f(self
                .pipeline
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .as_mut())
        })
    }

    /// Runs `f` on the weights on this thread once every queued write is done.
    fn with<T: Send>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&mut W) -> crate::errors::Result<T> + Send,
    ) -> PyResult<T> {
        self.locked(py, |p| {
            Ok(p.ok_or_else(finished)?.now(|s| f(s.weights()))?)
        })
    }

    /// Queues a write holding `bytes` bytes (waiting while the queue is full).
    fn submit(
        &self,
        py: Python<'_>,
        bytes: u64,
        job: impl FnOnce(&mut W) -> crate::errors::Result<()> + Send + 'static,
    ) -> PyResult<()> {
        let job: Job<Saving<K, W>> = Box::new(move |s| job(s.weights()));
        self.locked(py, |p| Ok(p.ok_or_else(finished)?.submit(bytes, job)?))
    }

    /// Waits for the queued writes and raises the error of one that failed. Finished or
    /// abandoned, nothing is queued.
    fn check(&self, py: Python<'_>) -> PyResult<()> {
        self.locked(py, |p| match p {
            Some(pipeline) => Ok(pipeline.now(|_| Ok(()))?),
            None => Ok(()),
        })
    }

    /// Abandons the save, if not finished: its temporary file is removed.
    fn abort(&self, py: Python<'_>) {
        // Dropped without the GIL: the writer thread may still be writing.
        py.detach(|| {
            let mut pipeline = self.pipeline.lock().unwrap_or_else(|e| e.into_inner());
            drop(pipeline.take());
        });
    }
}

impl<W: Weights> Queue<ArchiveSaving<W>> {
    fn finish(
        &self,
        py: Python<'_>,
        metadata: &str,
        config: &str,
        assets: Vec<(String, PathBuf)>,
    ) -> PyResult<()> {
        py.detach(|| Ok(self.take()?.finish(metadata, config, &assets)?))
    }
}

impl<W: Weights> Queue<FileSaving<W>> {
    fn finish(&self, py: Python<'_>) -> PyResult<()> {
        py.detach(|| Ok(self.take()?.finish()?))
    }
}

impl<K: Kind> H5Queue<K> {
    fn attr(
        &self,
        py: Python<'_>,
        path: &str,
        name: &str,
        value: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        if let Ok(text) = value.cast::<PyString>() {
            let text = text.to_str()?;
            return self.with(py, |w| w.attr(path, name, &AttrValue::Str(text)));
        }
        if let Ok(bytes) = value.cast::<PyBytes>() {
            let bytes = bytes.as_bytes();
            return self.with(py, |w| w.attr(path, name, &AttrValue::Bytes(bytes)));
        }
        if let Ok(list) = value.cast::<PyList>() {
            let items = list
                .iter()
                .map(|item| item.cast_into::<PyBytes>().map_err(PyErr::from))
                .collect::<PyResult<Vec<_>>>()?;
            let names: Vec<&[u8]> = items.iter().map(|b| b.as_bytes()).collect();
            return self.with(py, |w| w.attr(path, name, &AttrValue::Names(&names)));
        }
        Err(PyTypeError::new_err(format!(
            "attribute '{name}' must be str, bytes or a list of bytes"
        )))
    }

    fn group(&self, py: Python<'_>, path: String, attrs: Vec<(String, String)>) -> PyResult<()> {
        self.submit(py, 0, move |w| w.group(&path, &attrs))
    }

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
            return self.with(py, |w| w.dataset(&group, &spec));
        }
        let held = HeldArray::new(array, data);
        let bytes = held.len as u64;
        self.submit(py, bytes, move |w| {
            let spec = DatasetSpec {
                name,
                info,
                data: held.bytes(),
            };
            w.dataset(&group, &spec)
        })
    }

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
        let job = move |w: &mut H5Weights| {
            let parts: Vec<Part<'_>> = held
                .iter()
                .map(|(start, count, h)| Part {
                    start: start.clone(),
                    count: count.clone(),
                    data: h.bytes(),
                })
                .collect();
            w.dataset_parts(&group, &name, &info, &parts)
        };
        if writeable {
            return self.with(py, job);
        }
        self.submit(py, bytes, job)
    }

    fn read_into(
        &self,
        py: Python<'_>,
        path: &str,
        dtype: &str,
        out: &Bound<'_, PyUntypedArray>,
    ) -> PyResult<()> {
        let dtype = DType::from_name(dtype)?;
        with_bytes_mut(out, |buf| self.with(py, |w| w.read_into(path, dtype, buf)))
    }
}

impl<K: Kind> Queue<Saving<K, NpzWeights>> {
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
        self.with(py, |w| w.store(name, &specs))
    }
}

/// A save's Python class: the methods of its weights (HDF5: `attr`, `group`, `dataset`,
/// `dataset_parts`, `delete`, `read_into`; npz: `store`), `check`, and its own (its
/// constructor, how it finishes, `abort`). Each class's `queue` is the save.
macro_rules! saver_methods {
    (hdf5 $class:ident { $($own:tt)* }) => {
        #[pymethods]
        impl $class {
            /// Writes the attribute `name` of the existing group `path` ("" for the root)
            /// as h5py writes `value`: a `str`, `bytes`, or a list of `bytes` (split as
            /// Keras's `save_attributes_to_hdf5_group` splits a list too large for one
            /// attribute).
            fn attr(
                &self,
                py: Python<'_>,
                path: &str,
                name: &str,
                value: &Bound<'_, PyAny>,
            ) -> PyResult<()> {
                self.queue.attr(py, path, name, value)
            }

            /// Creates the weights group at `path` with string attributes (queued).
            fn group(
                &self,
                py: Python<'_>,
                path: String,
                attrs: Vec<(String, String)>,
            ) -> PyResult<()> {
                self.queue.group(py, path, attrs)
            }

            /// Writes `array` (C-contiguous, of the numpy dtype named `dtype`) as the
            /// dataset `name` of the existing group `group`. A read-only array (a JAX
            /// array's buffer, as Keras hands over variables) is queued and held until
            /// written; a failed write raises from a later call (the next one, or
            /// `finish`). A writeable one, which the caller could change once this
            /// returns, is written before returning, as upstream copies it.
            fn dataset(
                &self,
                py: Python<'_>,
                group: String,
                name: String,
                dtype: &str,
                array: &Bound<'_, PyUntypedArray>,
            ) -> PyResult<()> {
                self.queue.dataset(py, group, name, dtype, array)
            }

            /// Writes the dataset `name` of `group`, of `dtype` and `shape`, from `parts` =
            /// [(start, array)] that fill it: each array (C-contiguous, of `dtype`) the box
            /// from index `start` with the array's shape. The dataset is the one `dataset`
            /// writes from the whole tensor. Read-only arrays are queued and held until
            /// written, as `dataset` does; if any is writeable, the parts are written before
            /// returning.
            fn dataset_parts(
                &self,
                py: Python<'_>,
                group: String,
                name: String,
                dtype: &str,
                shape: Vec<u64>,
                parts: Vec<(Vec<u64>, Bound<'_, PyUntypedArray>)>,
            ) -> PyResult<()> {
                self.queue.dataset_parts(py, group, name, dtype, shape, parts)
            }

            /// Removes the dataset or group at `path`.
            fn delete(&self, py: Python<'_>, path: &str) -> PyResult<()> {
                self.queue.with(py, |w| w.delete(path))
            }

            /// Reads back the dataset at `path` into `out` (C-contiguous, of its dtype and
            /// size).
            fn read_into(
                &self,
                py: Python<'_>,
                path: &str,
                dtype: &str,
                out: &Bound<'_, PyUntypedArray>,
            ) -> PyResult<()> {
                self.queue.read_into(py, path, dtype, out)
            }

            /// Waits for the queued writes and raises the error of one that failed: called
            /// when the caller fails after handing tensors over, since the write came first
            /// (upstream, which writes as it goes, raises its error).
            fn check(&self, py: Python<'_>) -> PyResult<()> {
                self.queue.check(py)
            }

            $($own)*
        }
    };
    (npz $class:ident { $($own:tt)* }) => {
        #[pymethods]
        impl $class {
            /// Adds the npz store `name`: [(key, numpy dtype name, C-contiguous array)].
            fn store(
                &self,
                py: Python<'_>,
                name: &str,
                items: Vec<(String, String, Bound<'_, PyUntypedArray>)>,
            ) -> PyResult<()> {
                self.queue.store(py, name, items)
            }

            /// Raises the error of a write that failed (npz stores are written at once).
            fn check(&self, py: Python<'_>) -> PyResult<()> {
                self.queue.check(py)
            }

            $($own)*
        }
    };
}

/// A `.keras` archive being saved (atomically), its HDF5 weights written straight into it:
/// groups and tensors as the model hands them over, then `finish` with the metadata and
/// config JSON and the asset files.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct ArchiveSaver {
    queue: H5Queue<KerasZip>,
}

saver_methods!(hdf5 ArchiveSaver {
    #[new]
    fn new(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Ok(ArchiveSaver { queue: Queue::begin(py, path)? })
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
        self.queue.finish(py, metadata, config, assets)
    }

    /// Abandons the archive: its temporary file is removed, the target left as it was.
    fn abort(&self, py: Python<'_>) {
        self.queue.abort(py)
    }
});

/// A bare HDF5 weights file being saved (atomically): a `.weights.h5`, a shard of a sharded
/// set, an unzipped model directory's weights. `finish` completes it; a sharded set
/// completes each shard under its temporary name (`seal`), then renames them all into
/// place (`commit`).
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct WeightsSaver {
    queue: H5Queue<WeightsFile>,
    /// The file completed by `seal`, waiting for `commit`.
    sealed: Mutex<Option<Sealed>>,
}

saver_methods!(hdf5 WeightsSaver {
    #[new]
    fn new(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Ok(WeightsSaver {
            queue: Queue::begin(py, path)?,
            sealed: Mutex::new(None),
        })
    }

    /// Completes the file and renames it into place.
    fn finish(&self, py: Python<'_>) -> PyResult<()> {
        self.queue.finish(py)
    }

    /// Completes the file under its temporary name and closes it; `commit` renames it into
    /// place, `abort` removes it.
    fn seal(&self, py: Python<'_>) -> PyResult<()> {
        let sealed = py.detach(|| -> PyResult<Sealed> { Ok(self.queue.take()?.seal()?) })?;
        *self.sealed.lock().unwrap_or_else(|e| e.into_inner()) = Some(sealed);
        Ok(())
    }

    /// Renames the file completed by `seal` into place.
    fn commit(&self, py: Python<'_>) -> PyResult<()> {
        let sealed = self.sealed.lock().unwrap_or_else(|e| e.into_inner()).take();
        py.detach(|| Ok(sealed.ok_or_else(finished)?.persist()?))
    }

    /// Abandons the file, sealed or not: its temporary file is removed, the target left
    /// as it was.
    fn abort(&self, py: Python<'_>) {
        self.queue.abort(py);
        py.detach(|| drop(self.sealed.lock().unwrap_or_else(|e| e.into_inner()).take()));
    }
});

/// A legacy HDF5 model file (`.h5`) being saved (atomically): a weights file with the
/// legacy format's types, its attributes holding the model's config.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct LegacySaver {
    queue: H5Queue<WeightsFile>,
}

saver_methods!(hdf5 LegacySaver {
    #[new]
    fn new(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Ok(LegacySaver { queue: Queue::start(py, || FileSaving::legacy(&path))? })
    }

    /// Completes the file and renames it into place.
    fn finish(&self, py: Python<'_>) -> PyResult<()> {
        self.queue.finish(py)
    }

    /// Abandons the file: its temporary file is removed, the target left as it was.
    fn abort(&self, py: Python<'_>) {
        self.queue.abort(py)
    }
});

/// A `.keras` archive with npz weights being saved (atomically): one store per saveable,
/// then `finish` with the metadata and config JSON and the asset files.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct NpzArchiveSaver {
    queue: Queue<ArchiveSaving<NpzWeights>>,
}

saver_methods!(npz NpzArchiveSaver {
    #[new]
    fn new(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Ok(NpzArchiveSaver { queue: Queue::begin(py, path)? })
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
        self.queue.finish(py, metadata, config, assets)
    }

    /// Abandons the archive: its temporary file is removed, the target left as it was.
    fn abort(&self, py: Python<'_>) {
        self.queue.abort(py)
    }
});

/// A bare npz weights file being saved (atomically): an unzipped model directory's
/// `model.weights.npz`.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct NpzSaver {
    queue: Queue<FileSaving<NpzWeights>>,
}

saver_methods!(npz NpzSaver {
    #[new]
    fn new(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Ok(NpzSaver { queue: Queue::begin(py, path)? })
    }

    /// Completes the file and renames it into place.
    fn finish(&self, py: Python<'_>) -> PyResult<()> {
        self.queue.finish(py)
    }

    /// Abandons the file: its temporary file is removed, the target left as it was.
    fn abort(&self, py: Python<'_>) {
        self.queue.abort(py)
    }
});

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
