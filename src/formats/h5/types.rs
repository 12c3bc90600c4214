//! The HDF5 types of the element types Keras saves, as h5py creates them, and the element
//! type of a stored dataset.

use super::*;

/// The HDF5 type h5py gives a numpy dtype: little-endian IEEE and two's-complement types, an
/// int8 enum FALSE/TRUE for bool, a 2-byte opaque type for bfloat16, h5py's half type.
pub(super) fn file_type(dtype: DType) -> Result<Id> {
    locked(|| unsafe {
        let copy = |base: hid_t| Id::new(H5Tcopy(base));
        match dtype {
            DType::I8 => copy(*H5T_STD_I8LE),
            DType::I16 => copy(*H5T_STD_I16LE),
            DType::I32 => copy(*H5T_STD_I32LE),
            DType::I64 => copy(*H5T_STD_I64LE),
            DType::U8 => copy(*H5T_STD_U8LE),
            DType::U16 => copy(*H5T_STD_U16LE),
            DType::U32 => copy(*H5T_STD_U32LE),
            DType::U64 => copy(*H5T_STD_U64LE),
            DType::F32 => copy(*H5T_IEEE_F32LE),
            DType::F64 => copy(*H5T_IEEE_F64LE),
            DType::F16 => {
                // h5py's IEEE half: sign bit 15, exponent bits 10-14, mantissa 0-9, bias 15.
                let t = copy(*H5T_IEEE_F32LE)?;
                check(H5Tset_fields(t.0, 15, 10, 5, 0, 10))?;
                check(H5Tset_size(t.0, 2))?;
                check(H5Tset_ebias(t.0, 15))?;
                Ok(t)
            }
            DType::BF16 => Id::new(H5Tcreate(H5T_class_t::H5T_OPAQUE, 2)),
            DType::Bool => {
                let t = Id::new(H5Tenum_create(*H5T_NATIVE_INT8))?;
                for (name, value) in [(c"FALSE", 0i8), (c"TRUE", 1i8)] {
                    check(H5Tenum_insert(
                        t.0,
                        name.as_ptr(),
                        &value as *const i8 as *const c_void,
                    ))?;
                }
                Ok(t)
            }
        }
    })
}

/// The element type of a stored dataset, given its HDF5 type and `dtype` attribute.
pub(super) fn dtype_of(type_id: hid_t, dtype_attr: Option<&str>) -> Result<DType> {
    locked(|| unsafe {
        let class = H5Tget_class(type_id);
        let size = H5Tget_size(type_id);
        let found = match class {
            H5T_class_t::H5T_INTEGER => {
                let signed = H5Tget_sign(type_id) == H5T_sign_t::H5T_SGN_2;
                match (size, signed) {
                    (1, true) => Some(DType::I8),
                    (2, true) => Some(DType::I16),
                    (4, true) => Some(DType::I32),
                    (8, true) => Some(DType::I64),
                    (1, false) => Some(DType::U8),
                    (2, false) => Some(DType::U16),
                    (4, false) => Some(DType::U32),
                    (8, false) => Some(DType::U64),
                    _ => None,
                }
            }
            H5T_class_t::H5T_FLOAT => match size {
                2 => Some(DType::F16),
                4 => Some(DType::F32),
                8 => Some(DType::F64),
                _ => None,
            },
            // h5py stores ml_dtypes' bfloat16 as a 2-byte opaque type; Keras's `.keras`
            // weights name it in a `dtype` attribute, legacy `.h5` files do not.
            H5T_class_t::H5T_OPAQUE
                if size == 2 && matches!(dtype_attr, None | Some("bfloat16")) =>
            {
                Some(DType::BF16)
            }
            H5T_class_t::H5T_ENUM if is_bool_enum(type_id) => Some(DType::Bool),
            _ => None,
        };
        found.ok_or_else(|| {
            Error::Invalid(format!(
                "Unsupported HDF5 datatype for a weight (class {class:?}, {size} bytes)"
            ))
        })
    })
}

/// h5py's bool: an enum over a 1-byte integer with exactly the members FALSE and TRUE.
unsafe fn is_bool_enum(type_id: hid_t) -> bool {
    let base = H5Tget_super(type_id);
    if base < 0 {
        return false;
    }
    let base_size = H5Tget_size(base);
    H5Idec_ref(base);
    if base_size != 1 || H5Tget_nmembers(type_id) != 2 {
        return false;
    }
    let mut names = Vec::new();
    for i in 0..2 {
        let name = H5Tget_member_name(type_id, i);
        if name.is_null() {
            return false;
        }
        names.push(CStr::from_ptr(name).to_string_lossy().into_owned());
        H5free_memory(name as *mut c_void);
    }
    names.sort();
    names == ["FALSE", "TRUE"]
}
