//! `H5File`: a bare HDF5 weights file (or a legacy `.h5` model) opened for reading.

use super::*;

/// An HDF5 weights file open for reading.
///
/// Whoever holds a lock never waits for the GIL: long calls take it only after releasing
/// the GIL, so threads sharing a file cannot deadlock.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct H5File {
    reader: RwLock<Option<Arc<H5Reader>>>,
    /// Tensors being read ahead, and the arrays they are read into (kept alive until the
    /// reading thread is stopped).
    ahead: Mutex<Option<(Prefetch, Vec<Py<PyAny>>)>>,
}

fn closed() -> PyErr {
    PyValueError::new_err("the HDF5 weights file is closed")
}

impl H5File {
    pub(super) fn new(reader: H5Reader) -> Self {
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
        disjoint("read_many", raw.iter().map(|&(_, ptr, len)| (ptr, len)))?;
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

    /// Reads boxes of the dataset at `path` into arrays: `jobs` = [(start, array)], each box
    /// starting at the index `start` with the array's shape as its extent (each array
    /// C-contiguous, writeable, of the dataset's element type; no two may overlap).
    fn read_boxes(
        &self,
        py: Python<'_>,
        path: &str,
        jobs: Vec<(Vec<u64>, Bound<'_, PyUntypedArray>)>,
    ) -> PyResult<()> {
        let mut raw = Vec::with_capacity(jobs.len());
        for (start, array) in &jobs {
            let (ptr, len) = array_raw(array, true)?;
            let count: Vec<u64> = array.shape().iter().map(|&d| d as u64).collect();
            raw.push((start.clone(), count, ptr as usize, len));
        }
        disjoint(
            "read_boxes",
            raw.iter().map(|(_, _, ptr, len)| (*ptr, *len)),
        )?;
        py.detach(|| {
            let guard = self.reader.read().unwrap_or_else(|e| e.into_inner());
            let reader = guard.as_ref().ok_or_else(closed)?;
            let mut boxes: Vec<BoxJob<'_>> = raw
                .into_iter()
                .map(|(start, count, ptr, len)| BoxJob {
                    start,
                    count,
                    out: if len == 0 {
                        &mut []
                    } else {
                        // SAFETY: each array is a writeable C-contiguous block of `len`
                        // bytes, kept alive by `jobs` for this call, and no two overlap.
                        unsafe { std::slice::from_raw_parts_mut(ptr as *mut u8, len) }
                    },
                })
                .collect();
            Ok(reader.read_boxes(path, &mut boxes)?)
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

/// An error naming `call` if two of the non-empty byte ranges `spans` (pointer, length)
/// overlap.
fn disjoint(call: &str, spans: impl Iterator<Item = (usize, usize)>) -> PyResult<()> {
    let mut spans: Vec<(usize, usize)> = spans.filter(|&(_, len)| len > 0).collect();
    spans.sort_unstable();
    if spans.windows(2).any(|w| w[0].0 + w[0].1 > w[1].0) {
        return Err(PyValueError::new_err(format!(
            "{call}: two of the arrays overlap"
        )));
    }
    Ok(())
}
