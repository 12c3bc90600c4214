//! `SavedModelDir`: a tf.keras SavedModel directory opened for reading.

use super::*;

/// A tf.keras SavedModel directory opened for reading (`savedmodel.rs`).
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct SavedModelDir {
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
