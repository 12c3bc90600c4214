//! Weights out to `.safetensors` (through the safetensors crate), for `kerasave convert`.

use std::collections::HashMap;
use std::path::Path;

use safetensors::tensor::{serialize_to_file, TensorView};
use safetensors::Dtype;

use super::DType;
use crate::errors::{Error, Result};
use crate::io::atomic::write_atomic;

/// One tensor to write: its name, element type, shape and native bytes.
pub struct Tensor<'a> {
    pub name: &'a str,
    pub dtype: DType,
    pub shape: &'a [usize],
    pub data: &'a [u8],
}

fn dtype(d: DType) -> Dtype {
    match d {
        DType::Bool => Dtype::BOOL,
        DType::I8 => Dtype::I8,
        DType::I16 => Dtype::I16,
        DType::I32 => Dtype::I32,
        DType::I64 => Dtype::I64,
        DType::U8 => Dtype::U8,
        DType::U16 => Dtype::U16,
        DType::U32 => Dtype::U32,
        DType::U64 => Dtype::U64,
        DType::F16 => Dtype::F16,
        DType::BF16 => Dtype::BF16,
        DType::F32 => Dtype::F32,
        DType::F64 => Dtype::F64,
    }
}

/// The header key of the file's own metadata, which no tensor may take.
const METADATA_KEY: &str = "__metadata__";

/// Writes `tensors` with string `metadata` to `target`, atomically.
///
/// Names are keys of the header's JSON object, not paths: any string is kept as it is, but
/// two tensors of one name (the crate panics on them) and a tensor named `__metadata__`
/// (the header would hold that key twice, a file no reader takes) are refused.
pub fn write(
    target: &Path,
    tensors: &[Tensor<'_>],
    metadata: Option<HashMap<String, String>>,
) -> Result<()> {
    let mut names = std::collections::HashSet::with_capacity(tensors.len());
    for t in tensors {
        if t.name == METADATA_KEY {
            return Err(Error::Invalid(format!(
                "tensor '{METADATA_KEY}': the name safetensors keeps for the file's metadata"
            )));
        }
        if !names.insert(t.name) {
            return Err(Error::Invalid(format!(
                "tensor '{}': two tensors of this name",
                t.name
            )));
        }
    }
    let mut views = Vec::with_capacity(tensors.len());
    for t in tensors {
        let view = TensorView::new(dtype(t.dtype), t.shape.to_vec(), t.data)
            .map_err(|e| Error::Invalid(format!("tensor '{}': {e}", t.name)))?;
        views.push((t.name, view));
    }
    write_atomic(target, "safetensors", |path| {
        serialize_to_file(views, metadata, path).map_err(|e| match e {
            safetensors::SafeTensorError::IoError(source) => Error::io(path, source),
            other => Error::Invalid(format!("safetensors: {other}")),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("w.safetensors");
        let a: Vec<u8> = [1.5f32, -2.0, 3.25, 0.0]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        let b = [1u8, 0, 1];
        let tensors = [
            Tensor {
                name: "layers/dense/vars/0",
                dtype: DType::F32,
                shape: &[2, 2],
                data: &a,
            },
            Tensor {
                name: "flags",
                dtype: DType::Bool,
                shape: &[3],
                data: &b,
            },
        ];
        let meta = HashMap::from([("format".to_owned(), "keras".to_owned())]);
        write(&target, &tensors, Some(meta)).unwrap();
        let bytes = std::fs::read(&target).unwrap();
        let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
        let t = st.tensor("layers/dense/vars/0").unwrap();
        assert_eq!(
            (t.dtype(), t.shape(), t.data()),
            (Dtype::F32, &[2, 2][..], &a[..])
        );
        assert_eq!(st.tensor("flags").unwrap().data(), &b[..]);
        // Nothing but the target is left in the directory.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        // A shape that does not match the bytes is refused, and nothing is written.
        let bad = [Tensor {
            name: "x",
            dtype: DType::F32,
            shape: &[3],
            data: &a,
        }];
        let other = dir.path().join("bad.safetensors");
        assert!(matches!(write(&other, &bad, None), Err(Error::Invalid(_))));
        assert!(!other.exists());
    }

    #[test]
    fn duplicate_and_reserved_names_refused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("w.safetensors");
        let a = [0u8; 4];
        let tensor = |name| Tensor {
            name,
            dtype: DType::F32,
            shape: &[1],
            data: &a,
        };
        for tensors in [
            vec![tensor("x"), tensor("x")],
            vec![tensor("x"), tensor(METADATA_KEY)],
        ] {
            let err = write(&target, &tensors, None).unwrap_err().to_string();
            assert!(err.contains("tensor '"), "{err}");
            assert!(!target.exists());
        }
        // Names are not paths: any other string is a key like the rest.
        write(
            &target,
            &[tensor("../.."), tensor("a\\b"), tensor("")],
            None,
        )
        .unwrap();
        let bytes = std::fs::read(&target).unwrap();
        let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
        assert_eq!(st.tensor("../..").unwrap().data(), &a[..]);
    }
}
