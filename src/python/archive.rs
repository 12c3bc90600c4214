//! `KerasArchive`: a `.keras` archive opened for loading.

use super::*;

/// An archive member as `KerasArchive.members` describes it.
#[pyclass(frozen, get_all, module = "kerasave._native")]
pub(super) struct ArchiveMember {
    /// Its name in the archive.
    name: String,
    /// Stored as it is (not compressed).
    stored: bool,
    compressed_size: u64,
    size: u64,
    crc32: u32,
    /// Where its data starts in the archive.
    data_start: u64,
    is_dir: bool,
    is_symlink: bool,
}

/// A `.keras` archive open for loading.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct KerasArchive {
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

    /// Every member in archive order (`ArchiveMember`).
    fn members(&self) -> Vec<ArchiveMember> {
        self.model
            .archive
            .members()
            .iter()
            .map(|m| ArchiveMember {
                name: m.name.clone(),
                stored: m.stored,
                compressed_size: m.compressed_size,
                size: m.size,
                crc32: m.crc32,
                data_start: m.data_start,
                is_dir: m.is_dir,
                is_symlink: m.is_symlink,
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
        Ok(npz.map(|npz| NpzStore::new(npz, bomb_limits)))
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
