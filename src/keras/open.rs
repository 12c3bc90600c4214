//! A `.keras` archive opened for loading: its config, its weights (HDF5 or npz) and its
//! assets.

use std::path::{Component, Path};

use crate::errors::{Error, Result};
use crate::formats::h5::{H5Reader, ShapeLimits};
use crate::formats::npz::NpzFile;
use crate::keras::{ASSETS_PREFIX, CONFIG, WEIGHTS_H5, WEIGHTS_NPZ};
use crate::zip::read::{Archive, BombLimits};

/// A relative path with `/` separators that cannot leave its directory.
pub fn safe_relative(name: &str) -> Result<String> {
    let path = Path::new(name);
    let ok = !name.is_empty()
        && !name.contains('\\')
        && path.components().all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(name.to_owned())
    } else {
        Err(Error::Refused(format!(
            "Invalid asset path: '{name}' escapes the asset directory."
        )))
    }
}

/// A `.keras` archive opened for loading.
pub struct OpenModel {
    pub archive: Archive,
}

impl OpenModel {
    /// The raw bytes of `config.json`, refusing decompression bombs.
    pub fn config(&self, limits: BombLimits) -> Result<Vec<u8>> {
        Ok(self.archive.read(CONFIG, limits)?.to_vec())
    }

    /// Opens the HDF5 weights member in place (stored) or decompressed (deflated).
    ///
    /// The member's CRC-32 is checked by `H5Reader::verify`, once the tensors are read (which
    /// hashes them on the way).
    pub fn weights(&self, bomb: BombLimits, shape: ShapeLimits) -> Result<H5Reader> {
        let (bytes, check) = self.archive.read_unverified(WEIGHTS_H5, bomb)?;
        Ok(H5Reader::open_image(bytes, shape)?.checked_by(check))
    }

    /// Opens `model.weights.npz`; `None` when the archive has none.
    pub fn npz_weights(&self, bomb: BombLimits) -> Result<Option<NpzFile>> {
        if self.archive.member(WEIGHTS_NPZ).is_none() {
            return Ok(None);
        }
        Ok(Some(NpzFile::open(self.archive.read(WEIGHTS_NPZ, bomb)?)?))
    }

    /// Writes every `assets/...` member under `dir`, refusing names that would escape it,
    /// links and directories; returns how many files were written.
    pub fn extract_assets(&self, dir: &Path, bomb: BombLimits) -> Result<usize> {
        let mut count = 0;
        for m in self.archive.members() {
            let Some(rel) = m.name.strip_prefix(ASSETS_PREFIX) else {
                continue;
            };
            if m.is_dir || rel.is_empty() || rel.ends_with('/') {
                continue;
            }
            let rel = safe_relative(rel)?;
            let data = self.archive.read(&m.name, bomb)?;
            let dest = dir.join(&rel);
            if let Some(parent) = dest.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            std::fs::write(&dest, &*data).map_err(|e| Error::io(&dest, e))?;
            count += 1;
        }
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asset_names_cannot_escape() {
        for bad in ["../x", "/etc/passwd", "a/../../x", "a\\..\\x", "", "./a"] {
            assert!(safe_relative(bad).is_err(), "{bad}");
        }
        assert!(safe_relative("a/b.txt").is_ok());
    }
}
