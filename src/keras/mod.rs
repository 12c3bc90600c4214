//! A whole `.keras` model file: metadata, config, weights and assets in one archive
//! (`open` to load it, `writers` to save it and the other files a model is saved to).
//!
//! Saving never touches the target until the new file is complete: it is written beside the
//! target under a temporary name and renamed into place (`io::atomic`), so a failure or a
//! kill mid-save leaves whatever was there before.

pub mod open;
pub mod writers;

pub use open::{safe_relative, OpenModel};
pub use writers::{
    ArchiveSaving, FileSaving, H5Weights, KerasZip, Kind, NpzWeights, Saving, Sealed, Weights,
    WeightsFile,
};

/// Upstream's member names inside a `.keras` archive.
pub const CONFIG: &str = "config.json";
/// Upstream's member names inside a `.keras` archive.
pub const METADATA: &str = "metadata.json";
/// Upstream's member names inside a `.keras` archive.
pub const WEIGHTS_H5: &str = "model.weights.h5";
/// Upstream's member names inside a `.keras` archive.
pub const WEIGHTS_NPZ: &str = "model.weights.npz";
/// The prefix of asset members inside the archive.
pub const ASSETS_PREFIX: &str = "assets/";
