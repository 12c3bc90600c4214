//! The file formats tensors are stored in: HDF5 (`h5`), npy/npz with their pickles (`npz`),
//! safetensors, and tf.keras SavedModel directories (`savedmodel`). Each reads and writes the
//! same tensor description (`dtype`).

pub mod dtype;
pub mod h5;
pub mod npz;
pub mod safetensors;
pub mod savedmodel;

pub use dtype::{DType, TensorInfo};
