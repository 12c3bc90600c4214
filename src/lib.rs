//! kerasave's format core: the `.keras` zip archive, HDF5 and npz weight stores and tf.keras
//! SavedModel directories, free of Python.
//! The `python` feature adds the one binding module, `python/`.

pub mod errors;
pub mod formats;
#[doc(hidden)]
pub mod fuzz;
pub mod io;
pub mod keras;
pub mod zip;

#[cfg(feature = "python")]
mod python;
