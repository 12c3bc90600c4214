//! `NpzStore`: npz weights, in an archive or a file of their own.

use super::*;

/// npz weights open for reading (a file, or the member of a `.keras` archive). Stores are
/// read without unpickling anything.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct NpzStore {
    npz: NpzFile,
    limits: BombLimits,
}

impl NpzStore {
    pub(super) fn new(npz: NpzFile, bomb_limits: (u64, u64)) -> Self {
        NpzStore {
            npz,
            limits: bomb(bomb_limits),
        }
    }
}

/// A store's tensors: (key, numpy array).
type Tensors<'py> = Vec<(String, Bound<'py, PyAny>)>;

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
        Ok(NpzStore::new(npz, bomb_limits))
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
