//! The element types of saved tensors and a tensor's description (type and shape), shared by
//! every format.

use crate::errors::{Error, Result};

/// The element types Keras variables are saved with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F16,
    BF16,
    F32,
    F64,
}

impl DType {
    /// Every supported element type.
    pub const ALL: [DType; 13] = [
        DType::Bool,
        DType::I8,
        DType::I16,
        DType::I32,
        DType::I64,
        DType::U8,
        DType::U16,
        DType::U32,
        DType::U64,
        DType::F16,
        DType::BF16,
        DType::F32,
        DType::F64,
    ];

    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            DType::Bool | DType::I8 | DType::U8 => 1,
            DType::I16 | DType::U16 | DType::F16 | DType::BF16 => 2,
            DType::I32 | DType::U32 | DType::F32 => 4,
            DType::I64 | DType::U64 | DType::F64 => 8,
        }
    }

    /// The numpy name of the type (`np.dtype(name)`; bfloat16 through ml_dtypes).
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::I8 => "int8",
            DType::I16 => "int16",
            DType::I32 => "int32",
            DType::I64 => "int64",
            DType::U8 => "uint8",
            DType::U16 => "uint16",
            DType::U32 => "uint32",
            DType::U64 => "uint64",
            DType::F16 => "float16",
            DType::BF16 => "bfloat16",
            DType::F32 => "float32",
            DType::F64 => "float64",
        }
    }

    /// The type called `name` by numpy.
    pub fn from_name(name: &str) -> Result<Self> {
        DType::ALL
            .into_iter()
            .find(|d| d.name() == name)
            .ok_or_else(|| Error::Invalid(format!("Unsupported weight dtype: {name}")))
    }
}

/// A tensor's description: element type and shape (empty for a scalar).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TensorInfo {
    pub dtype: DType,
    pub shape: Vec<u64>,
}

impl TensorInfo {
    /// Number of elements, refusing shapes whose size overflows.
    pub fn len(&self) -> Result<u64> {
        self.shape
            .iter()
            .try_fold(1u64, |acc, &d| acc.checked_mul(d))
            .ok_or_else(|| Error::Refused(format!("tensor shape {:?} overflows", self.shape)))
    }

    /// Size in bytes, refusing shapes whose size overflows.
    pub fn nbytes(&self) -> Result<u64> {
        self.len()?
            .checked_mul(self.dtype.size() as u64)
            .ok_or_else(|| Error::Refused(format!("tensor shape {:?} overflows", self.shape)))
    }

    /// True for a tensor with no elements.
    pub fn is_empty(&self) -> bool {
        self.shape.contains(&0)
    }
}
