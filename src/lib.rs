//! kerasave's format core: the `.keras` zip archive and HDF5 weight stores, free of Python.
//! The `python` feature adds the one binding module, `python.rs`.

pub mod archive;
pub mod errors;
#[doc(hidden)]
pub mod fuzz;
pub mod keras;
pub mod weights;
pub mod zipwrite;

#[cfg(feature = "python")]
mod python;
