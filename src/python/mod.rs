//! The only module that touches Python: converts arguments into owned Rust values, releases
//! the GIL while bytes move, and turns core errors into the exceptions upstream Keras raises.
//! This file holds the module, the error mapping and the array helpers; each binding area
//! has a file of its own.

mod archive;
mod h5;
mod memory;
mod npz;
mod savedmodel;
mod writers;

use archive::{ArchiveMember, KerasArchive};
use h5::H5File;
use memory::{empty_bytes, release_memory, set_memory_retention};
use npz::NpzStore;
use savedmodel::SavedModelDir;
use writers::{
    write_atomic, write_safetensors, ArchiveSaver, LegacySaver, NpzArchiveSaver, NpzSaver,
    WeightsSaver,
};

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
use crate::formats::h5::{AttrValue, BoxJob, DatasetSpec, H5Reader, Part, Prefetch, ShapeLimits};
use crate::formats::npz::{Item, Npy, NpzFile};
use crate::formats::savedmodel::SavedModel;
use crate::formats::{safetensors, DType, TensorInfo};
use crate::io::bytes::{Bytes, Slice};
use crate::io::memory::{Region, POOL};
use crate::io::workers::{Job, Pipeline};
use crate::keras::{
    ArchiveSaving, FileSaving, H5Weights, KerasZip, Kind, NpzWeights, OpenModel, Saving, Sealed,
    Weights, WeightsFile,
};
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

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("LINUX_TUNING", cfg!(linux_tuning))?;
    // What the files are made of, named here once for the Python side (`formats.py`).
    m.add("CONFIG", crate::keras::CONFIG)?;
    m.add("METADATA", crate::keras::METADATA)?;
    m.add("WEIGHTS_H5", crate::keras::WEIGHTS_H5)?;
    m.add("WEIGHTS_NPZ", crate::keras::WEIGHTS_NPZ)?;
    m.add("ASSETS_PREFIX", crate::keras::ASSETS_PREFIX)?;
    m.add(
        "HDF5_SIGNATURE",
        PyBytes::new(m.py(), crate::formats::h5::SIGNATURE),
    )?;
    let zip = BombLimits::default();
    m.add("ZIP_LIMITS", (zip.floor, zip.max_expansion))?;
    let h5 = ShapeLimits::default();
    m.add("H5_LIMITS", (h5.floor, h5.max_expansion))?;
    m.add_function(wrap_pyfunction!(write_safetensors, m)?)?;
    m.add_function(wrap_pyfunction!(itemsize, m)?)?;
    m.add_function(wrap_pyfunction!(safe_relative, m)?)?;
    m.add_function(wrap_pyfunction!(write_atomic, m)?)?;
    m.add_function(wrap_pyfunction!(empty_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(release_memory, m)?)?;
    m.add_function(wrap_pyfunction!(set_memory_retention, m)?)?;
    m.add_class::<KerasArchive>()?;
    m.add_class::<ArchiveMember>()?;
    m.add_class::<H5File>()?;
    m.add_class::<ArchiveSaver>()?;
    m.add_class::<NpzArchiveSaver>()?;
    m.add_class::<WeightsSaver>()?;
    m.add_class::<NpzSaver>()?;
    m.add_class::<LegacySaver>()?;
    m.add_class::<NpzStore>()?;
    m.add_class::<SavedModelDir>()?;
    Ok(())
}
