//! HDF5 weight files through libhdf5: the layout h5py gives Keras (`<path>/vars/<i>` datasets,
//! a `name` attribute on each `vars` group, `dtype="bfloat16"` on bfloat16 datasets).
//!
//! Reading indexes the whole tree once, refusing what upstream refuses (soft and external
//! links, external and virtual datasets, shape bombs), then reads each dataset straight into
//! the caller's buffer. Writing creates the same objects with the same HDF5 types as h5py.

use std::collections::{BTreeMap, HashMap};
use std::ffi::{c_char, c_void, CStr, CString};
use std::path::Path;
use std::ptr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};

use hdf5::globals::*;
use hdf5::plist::dataset_create::FillTime;
use hdf5::{Dataset, File, Group, LinkType};
use hdf5_sys::h5::{hsize_t, H5free_memory, HADDR_UNDEF};
use hdf5_sys::h5a::{H5Acreate2, H5Aexists, H5Aget_space, H5Aget_type, H5Aopen, H5Aread, H5Awrite};
use hdf5_sys::h5d::{
    H5D_layout_t, H5Dcreate2, H5Dget_create_plist, H5Dget_offset, H5Dget_type, H5Dopen2, H5Dread,
    H5Dwrite,
};

use hdf5_sys::h5ac::{H5AC_cache_config_t, H5AC__CURR_CACHE_CONFIG_VERSION};
use hdf5_sys::h5f::{
    H5F_libver_t, H5Fclose, H5Fcreate, H5Fget_filesize, H5Fget_mdc_config, H5Fset_mdc_config,
    H5F_ACC_TRUNC,
};
use hdf5_sys::h5g::H5Gopen2;
use hdf5_sys::h5i::{hid_t, H5I_type_t, H5Idec_ref, H5Iget_file_id, H5Iget_type};
use hdf5_sys::h5l::H5Ldelete;
use hdf5_sys::h5o::{H5O_info2_t, H5O_token_t, H5Oget_info3, H5Oopen, H5O_INFO_BASIC};
use hdf5_sys::h5p::{
    H5Pcreate, H5Pget_external_count, H5Pget_layout, H5Pset_create_intermediate_group,
    H5Pset_file_locking, H5Pset_libver_bounds, H5Pset_obj_track_times, H5Pset_userblock,
    H5P_DEFAULT,
};
use hdf5_sys::h5s::{
    H5S_class_t, H5Screate, H5Screate_simple, H5Sget_simple_extent_npoints, H5S_ALL,
};
use hdf5_sys::h5t::{
    H5T_class_t, H5T_cset_t, H5T_sign_t, H5T_str_t, H5Tcopy, H5Tcreate, H5Tenum_create,
    H5Tenum_insert, H5Tequal, H5Tget_class, H5Tget_member_name, H5Tget_nmembers, H5Tget_sign,
    H5Tget_size, H5Tget_super, H5Tis_variable_str, H5Treclaim, H5Tset_cset, H5Tset_ebias,
    H5Tset_fields, H5Tset_size, H5Tset_strpad, H5T_VARIABLE,
};

use super::{DType, TensorInfo};
use crate::errors::{Error, Result};
use crate::io::bytes::{Bytes, Slice};
use crate::io::crc::{KnownCrc, MemberCrc};

/// Limits that refuse shape bombs, as upstream's `safe_get_h5_dataset`: a dataset is refused
/// when it declares more than `floor` bytes *and* more than `max_expansion` times the bytes
/// it stores.
#[derive(Clone, Copy, Debug)]
pub struct ShapeLimits {
    pub floor: u64,
    pub max_expansion: u64,
}

impl Default for ShapeLimits {
    fn default() -> Self {
        ShapeLimits {
            floor: 1 << 32,
            max_expansion: 1000,
        }
    }
}

/// Runs `f` holding hdf5-metno's global lock, with libhdf5's error printing silenced on this
/// thread (libhdf5 must never write to stderr).
fn locked<T>(f: impl FnOnce() -> T) -> T {
    hdf5::sync::sync(f)
}

/// Turns a negative libhdf5 return into an error carrying libhdf5's own message.
fn check<T: Copy + Into<i64>>(value: T) -> Result<T> {
    hdf5::h5check(value.into())
        .map(|_| value)
        .map_err(Error::from)
}

/// An owned libhdf5 identifier, released on drop.
struct Id(hid_t);

impl Id {
    fn new(id: hid_t) -> Result<Self> {
        check(id).map(Id)
    }

    /// The identifier, no longer released here: for `hdf5::from_id`, which owns what it is
    /// given, on its errors too.
    fn into_raw(self) -> hid_t {
        let id = self.0;
        std::mem::forget(self);
        id
    }
}

impl Drop for Id {
    fn drop(&mut self) {
        locked(|| unsafe { H5Idec_ref(self.0) });
    }
}

fn cstring(s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| Error::Invalid(format!("name with a NUL byte: {s:?}")))
}

// --- types -----------------------------------------------------------------------------------

/// The HDF5 type h5py gives a numpy dtype: little-endian IEEE and two's-complement types, an
/// int8 enum FALSE/TRUE for bool, a 2-byte opaque type for bfloat16, h5py's half type.
fn file_type(dtype: DType) -> Result<Id> {
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
fn dtype_of(type_id: hid_t, dtype_attr: Option<&str>) -> Result<DType> {
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

// --- attributes ------------------------------------------------------------------------------

/// The largest attribute libhdf5 holds in an object header in the file format h5py writes
/// (Keras's `HDF5_OBJECT_HEADER_LIMIT`): longer lists of names are split.
pub const HDF5_OBJECT_HEADER_LIMIT: usize = 64512;

/// An attribute value, as h5py stores what Keras's legacy HDF5 format gives it.
#[derive(Clone, Copy, Debug)]
pub enum AttrValue<'a> {
    /// A Python `str`: a scalar variable-length UTF-8 string.
    Str(&'a str),
    /// Python `bytes`: a scalar variable-length ASCII string.
    Bytes(&'a [u8]),
    /// A list of `bytes` given to Keras's `save_attributes_to_hdf5_group`.
    Names(&'a [&'a [u8]]),
}

/// How Keras's `save_attributes_to_hdf5_group` stores a list of names, given their lengths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NamesLayout {
    /// No names: h5py turns the empty list into an empty float64 array.
    Empty,
    /// One attribute: h5py stores the list as variable-length ASCII strings.
    Whole,
    /// Too large for one object header: `np.array_split` of the fixed-width numpy array
    /// (`width` bytes a name) into attributes `name0`, `name1`, ... of `sizes` names each.
    Chunks { width: usize, sizes: Vec<usize> },
}

/// Keras's splitting rule: the fewest chunks `np.array_split` can make such that none holds
/// more than `HDF5_OBJECT_HEADER_LIMIT` bytes; an error when one name alone is larger.
pub fn names_layout(names: &[&[u8]]) -> Result<NamesLayout> {
    let too_large: Vec<&[u8]> = names
        .iter()
        .copied()
        .filter(|n| n.len() > HDF5_OBJECT_HEADER_LIMIT)
        .collect();
    if !too_large.is_empty() {
        let listed: Vec<String> = too_large.iter().map(|n| py_bytes_repr(n)).collect();
        return Err(Error::TooLarge(format!(
            "The following attributes cannot be saved to HDF5 file because they are larger \
             than {HDF5_OBJECT_HEADER_LIMIT} bytes: [{}]",
            listed.join(", ")
        )));
    }
    let n = names.len();
    if n == 0 {
        return Ok(NamesLayout::Empty);
    }
    // numpy's `S` dtype is as wide as the longest name, and at least one byte.
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0).max(1);
    let mut chunks = 1;
    while n.div_ceil(chunks) * width > HDF5_OBJECT_HEADER_LIMIT {
        chunks += 1;
    }
    if chunks == 1 {
        return Ok(NamesLayout::Whole);
    }
    // `np.array_split`: the first `n % chunks` chunks hold one name more.
    let sizes = (0..chunks)
        .map(|i| n / chunks + usize::from(i < n % chunks))
        .collect();
    Ok(NamesLayout::Chunks { width, sizes })
}

/// Python's `repr` of a `bytes` value.
fn py_bytes_repr(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push('\'');
    out
}

/// Writes `value` as a scalar variable-length UTF-8 string attribute, as h5py writes a `str`.
fn write_str_attr(obj: hid_t, name: &str, value: &str) -> Result<()> {
    write_attr(obj, name, &AttrValue::Str(value))
}

/// Writes the attribute `name` of the object `obj` as h5py writes `value`.
fn write_attr(obj: hid_t, name: &str, value: &AttrValue<'_>) -> Result<()> {
    match *value {
        AttrValue::Str(s) => write_vlen_attr(obj, name, &[s.as_bytes()], true, true),
        AttrValue::Bytes(b) => write_vlen_attr(obj, name, &[b], false, true),
        AttrValue::Names(names) => match names_layout(names)? {
            NamesLayout::Empty => write_empty_attr(obj, name),
            NamesLayout::Whole => write_vlen_attr(obj, name, names, false, false),
            NamesLayout::Chunks { width, sizes } => {
                let mut start = 0;
                for (i, size) in sizes.into_iter().enumerate() {
                    let chunk = &names[start..start + size];
                    write_fixed_attr(obj, &format!("{name}{i}"), chunk, width)?;
                    start += size;
                }
                Ok(())
            }
        },
    }
}

/// A dataspace: scalar, or one-dimensional of `n` elements.
unsafe fn space_of(scalar: bool, n: usize) -> Result<Id> {
    if scalar {
        Id::new(H5Screate(H5S_class_t::H5S_SCALAR))
    } else {
        let dims = [n as hsize_t];
        Id::new(H5Screate_simple(1, dims.as_ptr(), ptr::null()))
    }
}

unsafe fn create_attr(obj: hid_t, name: &str, t: &Id, space: &Id) -> Result<Id> {
    let cname = cstring(name)?;
    Id::new(H5Acreate2(
        obj,
        cname.as_ptr(),
        t.0,
        space.0,
        H5P_DEFAULT,
        H5P_DEFAULT,
    ))
}

/// Variable-length strings (UTF-8 or ASCII), one scalar or a list, as h5py writes `str`,
/// `bytes` and lists of them.
fn write_vlen_attr(
    obj: hid_t,
    name: &str,
    values: &[&[u8]],
    utf8: bool,
    scalar: bool,
) -> Result<()> {
    let owned = values
        .iter()
        .map(|v| {
            CString::new(*v).map_err(|_| {
                Error::Invalid(format!("attribute '{name}' with a NUL byte in its text"))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let ptrs: Vec<*const c_char> = owned.iter().map(|c| c.as_ptr()).collect();
    let cset = if utf8 {
        H5T_cset_t::H5T_CSET_UTF8
    } else {
        H5T_cset_t::H5T_CSET_ASCII
    };
    locked(|| unsafe {
        let t = Id::new(H5Tcopy(*H5T_C_S1))?;
        check(H5Tset_size(t.0, H5T_VARIABLE))?;
        check(H5Tset_cset(t.0, cset))?;
        let space = space_of(scalar, ptrs.len())?;
        let attr = create_attr(obj, name, &t, &space)?;
        check(H5Awrite(attr.0, t.0, ptrs.as_ptr() as *const c_void))?;
        Ok(())
    })
}

/// Fixed-width NUL-padded ASCII strings, as h5py writes a numpy `S` array.
fn write_fixed_attr(obj: hid_t, name: &str, values: &[&[u8]], width: usize) -> Result<()> {
    let mut buf = vec![0u8; width * values.len()];
    for (slot, v) in buf.chunks_mut(width).zip(values) {
        slot[..v.len()].copy_from_slice(v);
    }
    locked(|| unsafe {
        let t = Id::new(H5Tcopy(*H5T_C_S1))?;
        check(H5Tset_size(t.0, width))?;
        check(H5Tset_strpad(t.0, H5T_str_t::H5T_STR_NULLPAD))?;
        let space = space_of(false, values.len())?;
        let attr = create_attr(obj, name, &t, &space)?;
        check(H5Awrite(attr.0, t.0, buf.as_ptr() as *const c_void))?;
        Ok(())
    })
}

/// An empty float64 array, as h5py writes an empty list.
fn write_empty_attr(obj: hid_t, name: &str) -> Result<()> {
    locked(|| unsafe {
        let t = Id::new(H5Tcopy(*H5T_IEEE_F64LE))?;
        let space = space_of(false, 0)?;
        create_attr(obj, name, &t, &space).map(drop)
    })
}

/// What an attribute holds, as far as text goes.
enum AttrText {
    Absent,
    /// Its strings: one for a scalar, each of a list.
    Text(Vec<String>),
    /// A value of another type, with this many elements.
    Other(i64),
}

/// Reads a string attribute, scalar or one-dimensional, fixed or variable length, as Keras
/// versions have written them over the years.
fn read_attr_text(obj: hid_t, name: &str) -> Result<AttrText> {
    let cname = cstring(name)?;
    locked(|| unsafe {
        if check(H5Aexists(obj, cname.as_ptr()))? <= 0 {
            return Ok(AttrText::Absent);
        }
        let attr = Id::new(H5Aopen(obj, cname.as_ptr(), H5P_DEFAULT))?;
        let t = Id::new(H5Aget_type(attr.0))?;
        let space = Id::new(H5Aget_space(attr.0))?;
        let points = check(H5Sget_simple_extent_npoints(space.0))?;
        if H5Tget_class(t.0) != H5T_class_t::H5T_STRING {
            return Ok(AttrText::Other(points));
        }
        let n = points as usize;
        let vlen = check(H5Tis_variable_str(t.0))? > 0;
        let item = if vlen {
            std::mem::size_of::<*mut c_char>()
        } else {
            H5Tget_size(t.0)
        };
        if (n as u64).saturating_mul(item as u64) > MAX_ATTR_BYTES {
            return Err(Error::Refused(format!(
                "H5 attribute '{name}' declares {n} strings of {item} bytes"
            )));
        }
        // An attribute's values are stored whole in the file (no filter applies to them):
        // fixed-length strings as their bytes, variable-length ones as heap references of
        // at least 8 bytes each. A declared size past the file's is a lie that would have
        // libhdf5 and this reader allocate it (gigabytes, for a file of kilobytes).
        let file = Id::new(H5Iget_file_id(obj))?;
        let mut file_size: hsize_t = 0;
        check(H5Fget_filesize(file.0, &mut file_size))?;
        let stored = if vlen { 8 } else { item as u64 };
        if (n as u64).saturating_mul(stored) > file_size {
            return Err(Error::Hdf5(format!(
                "attribute '{name}' declares {n} strings of {item} bytes, more than the \
                 file's {file_size} bytes"
            )));
        }
        if vlen {
            let mut ptrs: Vec<*mut c_char> = vec![ptr::null_mut(); n];
            check(H5Aread(attr.0, t.0, ptrs.as_mut_ptr() as *mut c_void))?;
            let out = ptrs
                .iter()
                .map(|&p| {
                    if p.is_null() {
                        String::new()
                    } else {
                        CStr::from_ptr(p).to_string_lossy().into_owned()
                    }
                })
                .collect();
            H5Treclaim(t.0, space.0, H5P_DEFAULT, ptrs.as_mut_ptr() as *mut c_void);
            Ok(AttrText::Text(out))
        } else {
            let width = H5Tget_size(t.0);
            let mut buf = vec![0u8; width * n];
            check(H5Aread(attr.0, t.0, buf.as_mut_ptr() as *mut c_void))?;
            let out = buf
                .chunks(width.max(1))
                .take(n)
                .map(|c| {
                    let end = c.iter().position(|&b| b == 0).unwrap_or(c.len());
                    String::from_utf8_lossy(&c[..end]).into_owned()
                })
                .collect();
            Ok(AttrText::Text(out))
        }
    })
}

/// Reads a string attribute (`read_attr_text`); `None` when it is absent or holds no text.
pub(crate) fn read_str_attr(obj: hid_t, name: &str) -> Result<Option<Vec<String>>> {
    Ok(match read_attr_text(obj, name)? {
        AttrText::Text(text) => Some(text),
        AttrText::Absent | AttrText::Other(_) => None,
    })
}

/// Attribute text larger than this is refused before it is read (a Keras config is a few
/// megabytes; a declared size can lie about what the file holds).
const MAX_ATTR_BYTES: u64 = 1 << 30;

/// Reads an attribute as `read_attr_text`, and an empty array of another type as no
/// strings (what h5py makes of an empty list); an attribute of another type with values is
/// an error.
fn read_text_attr(obj: hid_t, name: &str) -> Result<Option<Vec<String>>> {
    match read_attr_text(obj, name)? {
        AttrText::Absent => Ok(None),
        AttrText::Text(text) => Ok(Some(text)),
        AttrText::Other(0) => Ok(Some(Vec::new())),
        AttrText::Other(_) => Err(Error::Invalid(format!(
            "Attribute '{name}' should hold names, but holds values of another type"
        ))),
    }
}

// --- reading ---------------------------------------------------------------------------------

/// What an HDF5 weights file holds: every group with its member names, every dataset with its
/// element type and shape. Paths are relative to the root, without a leading slash.
#[derive(Debug, Default)]
pub struct Index {
    pub groups: BTreeMap<String, Vec<String>>,
    pub datasets: BTreeMap<String, TensorInfo>,
    /// Datasets of a type no Keras weight has (strings, compounds, ...): path -> why. They
    /// fail when read, not when the file opens, as upstream only fails on what it reads.
    pub unsupported: BTreeMap<String, String>,
    /// Datasets whose stored bytes are exactly their native bytes in one contiguous run:
    /// path -> offset from the start of the file. Reads copy them without libhdf5.
    pub raw: HashMap<String, u64>,
    /// Datasets storing fewer bytes than they declare (never or partly written, compressed):
    /// path -> bytes stored. Reading one allocates its declared size all the same.
    pub sparse: HashMap<String, u64>,
    /// The object behind each dataset not in `raw`, to tell several names of one object
    /// (hard links) from objects of their own: path -> its object token.
    pub objects: HashMap<String, [u8; 16]>,
}

/// Where a dataset's bytes come from: two names with the same storage (and the same type
/// and shape) are one tensor, read once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Storage {
    /// Contiguous native bytes at this offset of the file.
    Raw(u64),
    /// Any other layout: the object's token.
    Object([u8; 16]),
}

/// The first name met of each storage, to map later names onto it.
#[derive(Default)]
struct FirstNames<'a> {
    seen: HashMap<Storage, &'a str>,
}

impl<'a> FirstNames<'a> {
    /// The name met earlier for the same storage, type and shape as `path`, if any; else
    /// `path` is remembered as its storage's first name.
    fn earlier(&mut self, index: &'a Index, path: &'a str) -> Option<&'a str> {
        let storage = match (index.raw.get(path), index.objects.get(path)) {
            (Some(&offset), _) => Storage::Raw(offset),
            (None, Some(&token)) => Storage::Object(token),
            (None, None) => return None,
        };
        match self.seen.entry(storage) {
            std::collections::hash_map::Entry::Occupied(first) => {
                let first = *first.get();
                (index.datasets.get(first) == index.datasets.get(path)).then_some(first)
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(path);
                None
            }
        }
    }
}

/// Whether `path` names a member of a group called `vars`, where upstream's stores keep a
/// saveable's tensors (`vars/0`, `layers/dense/vars/1`, ...).
fn in_vars(path: &str) -> bool {
    path.rsplit_once('/')
        .is_some_and(|(parent, _)| parent == "vars" || parent.ends_with("/vars"))
}

/// An HDF5 weights file opened for reading.
pub struct H5Reader {
    // Declared before `image` so the file closes before the bytes it reads are released.
    file: File,
    index: Index,
    image: Option<Slice>,
    /// The CRC-32 the image must have, checked by `verify`.
    check: Option<MemberCrc>,
    /// CRC-32s of the runs of the image copied out so far: `verify` reads only the rest.
    copied: Mutex<Vec<KnownCrc>>,
}

/// The first bytes of an HDF5 file without a user block.
const SIGNATURE: &[u8] = b"\x89HDF\r\n\x1a\n";

const H5LT_FILE_IMAGE_DONT_COPY: u32 = 0x0002;
const H5LT_FILE_IMAGE_DONT_RELEASE: u32 = 0x0004;

extern "C" {
    // libhdf5_hl, linked through hdf5-sys's `hl` feature; it has no Rust binding.
    fn H5LTopen_file_image(buf_ptr: *mut c_void, buf_size: usize, flags: u32) -> hid_t;
}

impl H5Reader {
    /// Opens the HDF5 file at `path` (read-only, without file locking so it coexists with
    /// h5py holding the same file).
    pub fn open(path: &Path, limits: ShapeLimits) -> Result<Self> {
        // libhdf5 would block forever opening a FIFO: only a regular file gets that far.
        drop(crate::io::sys::open_regular(path).map_err(|e| Error::io(path, e))?);
        let file = File::with_options()
            .with_fapl(|p| p.file_locking(false))
            .open(path)
            .map_err(|e| {
                Error::Hdf5(format!("Unable to open HDF5 file {} ({e})", path.display()))
            })?;
        Self::indexed(file, None, limits)
    }

    /// Opens the HDF5 file at `path` through a read-only memory map, so contiguous datasets
    /// are copied straight from the file (as from an archive member) rather than through
    /// libhdf5. A file that does not start with the HDF5 signature (one with a user block)
    /// is left to libhdf5 to open.
    pub fn open_file(path: &Path, limits: ShapeLimits) -> Result<Self> {
        let bytes = Bytes::map(path)?;
        if !bytes.starts_with(SIGNATURE) {
            return Self::open(path, limits);
        }
        Self::open_image(Slice::whole(Arc::new(bytes)), limits).map_err(|e| match e {
            Error::Hdf5(msg) => Error::Hdf5(msg.replacen(
                "Unable to open HDF5 data",
                &format!("Unable to open HDF5 file {}", path.display()),
                1,
            )),
            other => other,
        })
    }

    /// Opens HDF5 bytes in memory without copying them (a stored archive member in place).
    pub fn open_image(image: Slice, limits: ShapeLimits) -> Result<Self> {
        if !image.starts_with(SIGNATURE) {
            return Err(Error::Hdf5(
                "Unable to open HDF5 data (file signature not found)".into(),
            ));
        }
        let id = locked(|| unsafe {
            H5LTopen_file_image(
                image.as_ptr() as *mut c_void,
                image.len(),
                H5LT_FILE_IMAGE_DONT_COPY | H5LT_FILE_IMAGE_DONT_RELEASE,
            )
        });
        // H5LTopen_file_image cleans up with H5Fclose after a failed open, and that call
        // clears libhdf5's error stack: the cause is lost, so say what is known.
        let id = check(id).map_err(|_| {
            image.check_unchanged().err().unwrap_or_else(|| {
                Error::Hdf5("Unable to open HDF5 data (truncated or corrupted HDF5 file)".into())
            })
        })?;
        // SAFETY: `id` is a fresh file identifier that the `File` now owns.
        let file: File = unsafe { hdf5::from_id(id) }?;
        let reader = Self::indexed(file, Some(image.clone()), limits);
        image.check_unchanged()?;
        reader
    }

    /// An error if the file under the image changed while it was read (another process
    /// truncating or rewriting it): what was read of it cannot be trusted.
    pub fn check_unchanged(&self) -> Result<()> {
        self.image.as_ref().map_or(Ok(()), Slice::check_unchanged)
    }

    fn indexed(file: File, image: Option<Slice>, limits: ShapeLimits) -> Result<Self> {
        limit_metadata_cache(&file)?;
        let mut index = Index::default();
        walk(&file, "", &mut index, limits, 0, &mut Walk::default())?;
        if let Some(image) = &image {
            // Indexing read the file's metadata through the map: 36 MB of object headers for
            // 100,000 scalar datasets, resident for the whole load otherwise. Tensors are
            // read with `pread`, and libhdf5 seldom needs the headers again.
            image.forget_pages();
        }
        Ok(H5Reader {
            file,
            index,
            image,
            check: None,
            copied: Mutex::new(Vec::new()),
        })
    }

    /// Attaches the CRC-32 the image must have, for `verify`.
    pub fn checked_by(mut self, check: MemberCrc) -> Self {
        self.check = Some(check);
        self
    }

    /// Checks the image against its archive's CRC-32, if it came from an archive: an error
    /// when the bytes do not match. Runs copied out already were hashed as they were read.
    pub fn verify(&self) -> Result<()> {
        let (Some(check), Some(image)) = (&self.check, &self.image) else {
            return Ok(());
        };
        let copied = std::mem::take(&mut *self.copied.lock().unwrap_or_else(|e| e.into_inner()));
        let actual = image.crc32_with_known(copied);
        image.check_unchanged()?;
        check.check(actual)
    }

    /// Everything the file holds.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The element type and shape of the dataset at `path`.
    pub fn info(&self, path: &str) -> Result<&TensorInfo> {
        if let Some(why) = self.index.unsupported.get(path) {
            return Err(Error::Invalid(why.clone()));
        }
        self.index
            .datasets
            .get(path)
            .ok_or_else(|| Error::Invalid(format!("No dataset at '{path}' in the weights file")))
    }

    /// Bytes of the file (or file image) the datasets are stored in.
    pub fn file_size(&self) -> u64 {
        if let Some(image) = &self.image {
            return image.len() as u64;
        }
        let mut size: hsize_t = 0;
        let ok = locked(|| unsafe { H5Fget_filesize(self.file.id(), &mut size) });
        if ok < 0 {
            0
        } else {
            size
        }
    }

    /// Which datasets to read ahead, before anything says which ones a load needs: among
    /// `paths` (or, when `None`, every dataset in a group named `vars`, where upstream's
    /// stores keep tensors), but those under a prefix in `skip`, the datasets storing every
    /// byte they declare, so that reading them ahead allocates no more than the file holds;
    /// and no more than the file's size in all. A dataset never written or compressed is
    /// read when asked for, after its shape is checked against what asks. One object under
    /// several names is read once. Of the datasets under `small` = (bytes, count), only the
    /// first `count` are read ahead.
    ///
    /// Returns the paths to read, in order, and (other name, path read for it) pairs.
    pub fn ahead(
        &self,
        paths: Option<&[String]>,
        skip: &[String],
        small: (u64, usize),
    ) -> (Vec<String>, Vec<(String, String)>) {
        let index = &self.index;
        let candidates: Box<dyn Iterator<Item = &str>> = match paths {
            Some(paths) => Box::new(paths.iter().map(String::as_str)),
            None => Box::new(
                index
                    .datasets
                    .keys()
                    .map(String::as_str)
                    .filter(|p| in_vars(p)),
            ),
        };
        let mut budget = self.file_size();
        let (small_bytes, mut small_left) = small;
        let mut first = FirstNames::default();
        let (mut read, mut aliases) = (Vec::new(), Vec::new());
        for path in candidates {
            if skip.iter().any(|prefix| path.starts_with(prefix.as_str()))
                || index.sparse.contains_key(path)
            {
                continue;
            }
            let Some(Ok(nbytes)) = index.datasets.get(path).map(TensorInfo::nbytes) else {
                continue;
            };
            if let Some(earlier) = first.earlier(index, path) {
                aliases.push((path.to_owned(), earlier.to_owned()));
                continue;
            }
            if nbytes > budget || (nbytes < small_bytes && small_left == 0) {
                continue;
            }
            if nbytes < small_bytes {
                small_left -= 1;
            }
            budget -= nbytes;
            read.push(path.to_owned());
        }
        // A name whose first name was not read is read on its own when asked for.
        let read_set: std::collections::HashSet<&str> = read.iter().map(String::as_str).collect();
        aliases.retain(|(_, earlier)| read_set.contains(earlier.as_str()));
        (read, aliases)
    }

    /// Every dataset name reaching the same tensor as a name before it in path order:
    /// (name, that earlier name).
    pub fn aliases(&self) -> Vec<(String, String)> {
        let mut first = FirstNames::default();
        let mut out = Vec::new();
        for path in self.index.datasets.keys() {
            if let Some(earlier) = first.earlier(&self.index, path) {
                out.push((path.clone(), earlier.to_owned()));
            }
        }
        out
    }

    /// The datasets a reader without a model to say what it needs (`kerasave verify`,
    /// `convert`, `read_weights`, `diff`) must not read, in path order, each with why. One
    /// is refused when it declares more than `floor` bytes and more than `expansion` times
    /// the bytes it stores (never written, compressed); and, counting each tensor once,
    /// every one that brings the bytes declared so far past `floor` plus `expansion` times
    /// the file's size.
    pub fn oversized(&self, expansion: u64, floor: u64) -> Vec<(String, String)> {
        let index = &self.index;
        let limit = floor.saturating_add(expansion.saturating_mul(self.file_size()));
        let mut first = FirstNames::default();
        let mut total: u64 = 0;
        let mut out = Vec::new();
        for (path, info) in &index.datasets {
            let Ok(declared) = info.nbytes() else {
                continue; // refused when indexed
            };
            if first.earlier(index, path).is_some() {
                continue;
            }
            let stored = index.sparse.get(path).copied().unwrap_or(declared);
            let readable = crate::io::bytes::readable_size;
            if declared > floor && declared > expansion.saturating_mul(stored) {
                out.push((
                    path.clone(),
                    format!(
                        "dataset '{path}' declares {} but stores {}: more than {expansion} \
                         times as much (never written or compressed); refusing to read it \
                         without a model to say it is needed",
                        readable(declared),
                        readable(stored)
                    ),
                ));
                continue;
            }
            if total.saturating_add(declared) > limit {
                out.push((
                    path.clone(),
                    format!(
                        "dataset '{path}' ({}) brings the bytes the file's datasets declare \
                         past {}, more than {expansion} times the file's {}; refusing to read \
                         it without a model to say it is needed",
                        readable(declared),
                        readable(limit),
                        readable(self.file_size())
                    ),
                ));
                continue;
            }
            total += declared;
        }
        out
    }

    fn group_at(&self, path: &str) -> Result<Group> {
        if !self.index.groups.contains_key(path) {
            return Err(Error::Invalid(format!(
                "No group at '{path}' in the HDF5 file"
            )));
        }
        Ok(self.file.group(if path.is_empty() { "/" } else { path })?)
    }

    /// The names of the attributes of the group at `path` ("" for the root), sorted.
    pub fn attr_names(&self, path: &str) -> Result<Vec<String>> {
        Ok(self.group_at(path)?.attr_names()?)
    }

    /// The text of the attribute `name` of the group at `path`: one string for a scalar,
    /// each string of a list, none for an empty array of another type (what h5py makes of
    /// an empty list). `None` when there is no such attribute.
    pub fn attr(&self, path: &str, name: &str) -> Result<Option<Vec<String>>> {
        let group = self.group_at(path)?;
        read_text_attr(group.id(), name).map_err(|e| match e {
            Error::Hdf5(msg) => Error::Hdf5(format!(
                "Unable to read attribute '{name}' of '{path}' ({msg})"
            )),
            other => other,
        })
    }

    /// Keras's `load_attributes_from_hdf5_group`: the list `name` of the group at `path`,
    /// or, when it was split, `name0`, `name1`, ... joined; empty when there is neither.
    pub fn names_attr(&self, path: &str, name: &str) -> Result<Vec<String>> {
        if let Some(names) = self.attr(path, name)? {
            return Ok(names);
        }
        let mut names = Vec::new();
        for i in 0.. {
            match self.attr(path, &format!("{name}{i}"))? {
                Some(chunk) => names.extend(chunk),
                None => break,
            }
        }
        Ok(names)
    }

    /// Reads each dataset of `jobs` (path, buffer) as `read_into` does, on up to `threads`
    /// threads, each taking a run of jobs of about the same number of bytes: copies into
    /// fresh memory are bound by its page faults, which threads take in parallel. The first
    /// error in job order is returned; the jobs after it may have been read or not.
    pub fn read_many(&self, jobs: &mut [(&str, &mut [u8])], threads: usize) -> Result<()> {
        const PER_THREAD: usize = 8 << 20;
        let total: usize = jobs.iter().map(|(_, b)| b.len()).sum();
        let threads = threads.min(total / PER_THREAD).max(1);
        if threads == 1 {
            return jobs.iter_mut().try_for_each(|(p, b)| self.read_into(p, b));
        }
        // Runs ending where the bytes so far first reach k/threads of the total.
        let mut runs = Vec::with_capacity(threads);
        let mut rest = jobs;
        let (mut done, mut k) = (0, 1);
        while k < threads && !rest.is_empty() {
            let goal = total * k / threads;
            let mut n = 0;
            while n < rest.len() && done < goal {
                done += rest[n].1.len();
                n += 1;
            }
            let (run, tail) = rest.split_at_mut(n);
            runs.push(run);
            rest = tail;
            k += 1;
        }
        runs.push(rest);
        std::thread::scope(|scope| {
            let handles: Vec<_> = runs
                .into_iter()
                .map(|run| {
                    scope.spawn(move || run.iter_mut().try_for_each(|(p, b)| self.read_into(p, b)))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect::<Result<Vec<()>>>()
        })?;
        Ok(())
    }

    /// Reads the dataset at `path` into `out`, whose length must be the dataset's size in
    /// bytes; values are converted to the native layout of its element type.
    pub fn read_into(&self, path: &str, out: &mut [u8]) -> Result<()> {
        let info = self.info(path)?;
        let nbytes = info.nbytes()?;
        if out.len() as u64 != nbytes {
            return Err(Error::Invalid(format!(
                "buffer of {} bytes for dataset '{path}' of {nbytes} bytes",
                out.len()
            )));
        }
        if nbytes == 0 {
            return Ok(());
        }
        if let (Some(&offset), Some(image)) = (self.index.raw.get(path), &self.image) {
            // Bytes said to lie past the image are left to libhdf5, which reports it.
            if offset
                .checked_add(nbytes)
                .is_some_and(|end| end <= image.len() as u64)
            {
                let hash = self.check.is_some();
                let crc = image.copy_to(offset as usize, out, hash)?;
                if hash {
                    let run = KnownCrc {
                        offset,
                        len: nbytes,
                        crc,
                    };
                    self.copied
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(run);
                }
                return Ok(());
            }
        }
        let ds = self.file.dataset(path)?;
        // Storage never written, in a dataset whose fill values are never written either:
        // libhdf5 leaves the buffer as it was. Zeros, not what the buffer held before (a
        // model read earlier, when the memory is reused).
        if ds.create_plist()?.fill_time() == FillTime::Never {
            out.fill(0);
        }
        let mem = match info.dtype {
            // Opaque data is copied as is; the file's own type is the memory type.
            DType::BF16 => locked(|| Id::new(unsafe { H5Dget_type(ds.id()) }))?,
            dtype => file_type(dtype)?,
        };
        locked(|| unsafe {
            check(H5Dread(
                ds.id(),
                mem.0,
                H5S_ALL,
                H5S_ALL,
                H5P_DEFAULT,
                out.as_mut_ptr() as *mut c_void,
            ))
        })
        .map_err(|e| Error::Hdf5(format!("Unable to read dataset '{path}' ({e})")))?;
        Ok(())
    }
}

/// Bytes of metadata libhdf5 may cache for a file being read.
///
/// The cache counts an object header by its bytes in the file (about 300 for a dataset),
/// but keeps each header's decoded messages beside it, 2-3 kB more: at libhdf5's default
/// of up to 32 MiB, indexing 100,000 datasets kept 70,000 headers, 270 MB (at 512 KiB,
/// 24 MB, in the same time). Indexing opens each object once, and reads open a dataset
/// again only when they go through libhdf5; this still holds the link tables and heaps of
/// the groups being walked.
const METADATA_CACHE: usize = 512 << 10;

fn limit_metadata_cache(file: &File) -> Result<()> {
    locked(|| unsafe {
        let mut config = H5AC_cache_config_t {
            version: H5AC__CURR_CACHE_CONFIG_VERSION,
            ..Default::default()
        };
        check(H5Fget_mdc_config(file.id(), &mut config))?;
        config.set_initial_size = 1;
        config.initial_size = METADATA_CACHE / 2;
        config.min_size = METADATA_CACHE / 2;
        config.max_size = METADATA_CACHE;
        config.max_increment = config.max_increment.min(METADATA_CACHE);
        check(H5Fset_mdc_config(file.id(), &config))?;
        Ok(())
    })
}

/// Tensors read ahead on a thread of their own, into buffers the caller set aside, while the
/// caller does other work (a model being built); `wait` hands each one over when it is in.
pub struct Prefetch {
    shared: Arc<PrefetchShared>,
    thread: Option<std::thread::JoinHandle<()>>,
}

struct PrefetchShared {
    slots: Mutex<Vec<Slot>>,
    ready: Condvar,
    cancel: AtomicBool,
}

enum Slot {
    Pending,
    Done,
    Failed(Error),
    Taken,
}

/// A buffer for one tensor: `len` bytes at `ptr`.
struct Dest {
    path: String,
    ptr: *mut u8,
    len: usize,
}

// SAFETY: the buffers are only written by the prefetch thread, and `Prefetch::start`'s
// contract keeps them alive and untouched by the caller until the thread is done with them.
unsafe impl Send for Dest {}

impl Prefetch {
    /// Starts reading `jobs` (dataset path, buffer, buffer length) in order.
    ///
    /// # Safety
    /// Every buffer must stay allocated, and must not be read or written by anyone else,
    /// until `wait` returned for it, or the `Prefetch` is dropped (which stops the thread).
    pub unsafe fn start(reader: Arc<H5Reader>, jobs: Vec<(String, *mut u8, usize)>) -> Self {
        let shared = Arc::new(PrefetchShared {
            slots: Mutex::new(jobs.iter().map(|_| Slot::Pending).collect()),
            ready: Condvar::new(),
            cancel: AtomicBool::new(false),
        });
        let dests: Vec<Dest> = jobs
            .into_iter()
            .map(|(path, ptr, len)| Dest { path, ptr, len })
            .collect();
        let worker = Arc::clone(&shared);
        let thread = std::thread::spawn(move || {
            for (i, dest) in dests.into_iter().enumerate() {
                if worker.cancel.load(Ordering::Relaxed) {
                    break;
                }
                let buf: &mut [u8] = if dest.len == 0 {
                    &mut []
                } else {
                    // SAFETY: `start`'s contract.
                    unsafe { std::slice::from_raw_parts_mut(dest.ptr, dest.len) }
                };
                let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    reader.read_into(&dest.path, buf)
                }))
                .unwrap_or_else(|_| Err(Error::Invalid("reading a tensor panicked".into())));
                let mut slots = worker.slots.lock().unwrap_or_else(|e| e.into_inner());
                slots[i] = match read {
                    Ok(()) => Slot::Done,
                    Err(e) => Slot::Failed(e),
                };
                worker.ready.notify_all();
            }
            // Stopped early: nobody may wait forever.
            let mut slots = worker.slots.lock().unwrap_or_else(|e| e.into_inner());
            for slot in slots.iter_mut() {
                if matches!(slot, Slot::Pending) {
                    *slot = Slot::Failed(Error::Invalid("reading ahead was stopped".into()));
                }
            }
            worker.ready.notify_all();
        });
        Prefetch {
            shared,
            thread: Some(thread),
        }
    }

    /// Waits until job `i` is read; its buffer is then the caller's. Each job is collected
    /// once.
    pub fn wait(&self, i: usize) -> Result<()> {
        let mut slots = self.shared.slots.lock().unwrap_or_else(|e| e.into_inner());
        if i >= slots.len() {
            return Err(Error::Invalid(format!("no prefetched tensor {i}")));
        }
        while matches!(slots[i], Slot::Pending) {
            slots = self
                .shared
                .ready
                .wait(slots)
                .unwrap_or_else(|e| e.into_inner());
        }
        match std::mem::replace(&mut slots[i], Slot::Taken) {
            Slot::Done => Ok(()),
            Slot::Failed(e) => Err(e),
            Slot::Taken => Err(Error::Invalid(format!("prefetched tensor {i} taken twice"))),
            Slot::Pending => unreachable!("waited above"),
        }
    }
}

impl Drop for Prefetch {
    fn drop(&mut self) {
        self.shared.cancel.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Depth beyond which a tree is refused: Keras nests a few levels per model level.
const MAX_DEPTH: usize = 64;

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}/{name}")
    }
}

/// What the walk over a file keeps between objects: the native HDF5 type of each dtype met,
/// to compare stored types against without building one per dataset.
#[derive(Default)]
struct Walk {
    native: HashMap<DType, Id>,
}

impl Walk {
    /// True when values of `dtype` stored with the HDF5 type `stored` have the same bytes in
    /// memory (booleans excepted: their enum goes through libhdf5's checks).
    fn native_layout(&mut self, stored: hid_t, dtype: DType) -> Result<bool> {
        if !cfg!(target_endian = "little") {
            return Ok(false);
        }
        match dtype {
            DType::Bool => Ok(false),
            // Opaque: the bytes are the value.
            DType::BF16 => Ok(true),
            dtype => {
                let native = match self.native.entry(dtype) {
                    std::collections::hash_map::Entry::Occupied(e) => e.get().0,
                    std::collections::hash_map::Entry::Vacant(e) => e.insert(file_type(dtype)?).0,
                };
                Ok(locked(|| unsafe { H5Tequal(stored, native) > 0 }))
            }
        }
    }
}

fn walk(
    group: &Group,
    prefix: &str,
    index: &mut Index,
    limits: ShapeLimits,
    depth: usize,
    state: &mut Walk,
) -> Result<()> {
    if depth > MAX_DEPTH {
        return Err(Error::Refused(format!(
            "H5 file nested deeper than {MAX_DEPTH} groups at '{prefix}'"
        )));
    }
    let links = group.links(hdf5::IndexType::Name, hdf5::IterationOrder::Increasing)?;
    let mut names = Vec::with_capacity(links.len());
    for (name, info) in links {
        let path = join(prefix, &name);
        match info.link_type {
            LinkType::Hard => {}
            LinkType::Soft => {
                return Err(Error::Refused(format!("H5 file with SoftLink at '{path}'")))
            }
            LinkType::External => {
                return Err(Error::Refused(format!(
                    "H5 file with ExternalLink at '{path}'"
                )))
            }
        }
        // One lookup of the name opens the object, whatever it is; its kind comes from the
        // identifier (a lookup for its kind, then another to open it, took twice as long).
        let cname = cstring(&name)?;
        let object =
            locked(|| Id::new(unsafe { H5Oopen(group.id(), cname.as_ptr(), H5P_DEFAULT) }))?;
        match locked(|| unsafe { H5Iget_type(object.0) }) {
            H5I_type_t::H5I_GROUP => {
                // A group reachable through two hard links makes a cycle or a tree that
                // multiplies on every level; h5py-written files never do it.
                let links = locked(|| unsafe {
                    let mut info: H5O_info2_t = std::mem::zeroed();
                    check(H5Oget_info3(object.0, &mut info, H5O_INFO_BASIC)).map(|_| info.rc)
                })?;
                if links > 1 {
                    return Err(Error::Refused(format!(
                        "H5 file with a group linked more than once at '{path}'"
                    )));
                }
                // SAFETY: a group identifier, which the `Group` now owns.
                let child: Group = unsafe { hdf5::from_id(object.into_raw()) }?;
                walk(&child, &path, index, limits, depth + 1, state)?;
            }
            H5I_type_t::H5I_DATASET => {
                // SAFETY: a dataset identifier, which the `Dataset` now owns.
                let ds: Dataset = unsafe { hdf5::from_id(object.into_raw()) }?;
                match inspect_dataset(&ds, &name, &path, limits, state) {
                    Ok(found) => {
                        let declared = found.info.nbytes()?;
                        index.datasets.insert(path.clone(), found.info);
                        if let Some(offset) = found.raw {
                            index.raw.insert(path.clone(), offset);
                        } else {
                            index.objects.insert(path.clone(), object_token(ds.id())?);
                        }
                        if found.stored < declared {
                            index.sparse.insert(path.clone(), found.stored);
                        }
                    }
                    Err(Error::Invalid(why)) => {
                        index.unsupported.insert(path.clone(), why);
                    }
                    Err(e) => return Err(e),
                }
            }
            _ => {}
        }
        names.push(name);
    }
    index.groups.insert(prefix.to_owned(), names);
    Ok(())
}

/// What indexing learns of a dataset.
struct Found {
    info: TensorInfo,
    /// Where its bytes are when they can be copied as they are: contiguous storage already
    /// allocated, in exactly the native layout of its type (little-endian here, as h5py
    /// writes).
    raw: Option<u64>,
    /// Bytes it stores in the file.
    stored: u64,
}

/// The token of the object `id` (its address in the file).
fn object_token(id: hid_t) -> Result<[u8; 16]> {
    locked(|| unsafe {
        let mut info: H5O_info2_t = std::mem::zeroed();
        check(H5Oget_info3(id, &mut info, H5O_INFO_BASIC))?;
        // SAFETY: H5O_token_t is a #[repr(C)] array of 16 bytes.
        Ok(std::mem::transmute::<H5O_token_t, [u8; 16]>(info.token))
    })
}

/// A dataset's element type and shape, the bytes it stores, and where they are when they can
/// be copied as they are.
fn inspect_dataset(
    ds: &Dataset,
    name: &str,
    path: &str,
    limits: ShapeLimits,
    state: &mut Walk,
) -> Result<Found> {
    // The creation properties of every dataset, not only of those without an offset:
    // libhdf5 also gives an offset to external storage whose header names an address, and
    // reading such a dataset through libhdf5 would read the file it names.
    let (layout, external) = locked(|| unsafe {
        let dcpl = Id::new(H5Dget_create_plist(ds.id()))?;
        Ok::<_, Error>((H5Pget_layout(dcpl.0), H5Pget_external_count(dcpl.0)))
    })?;
    if external != 0 {
        return Err(Error::Refused(format!(
            "H5 file with external Dataset: '{path}'"
        )));
    }
    if layout == H5D_layout_t::H5D_VIRTUAL {
        return Err(Error::Refused(format!(
            "H5 file with virtual Dataset: '{path}'"
        )));
    }
    let extents = ds.space()?.extents()?;
    if extents.is_null() {
        return Err(Error::Invalid(format!("Dataset '{path}' has no dataspace")));
    }
    let type_id = locked(|| Id::new(unsafe { H5Dget_type(ds.id()) }))?;
    // Only an opaque type needs the attribute (bfloat16); reading it is not free.
    let opaque = locked(|| unsafe { H5Tget_class(type_id.0) == H5T_class_t::H5T_OPAQUE });
    let dtype_attr = if opaque {
        read_str_attr(ds.id(), "dtype")?.and_then(|v| v.into_iter().next())
    } else {
        None
    };
    let dtype = dtype_of(type_id.0, dtype_attr.as_deref())
        .map_err(|e| Error::Invalid(format!("{e} at '{path}'")))?;
    let info = TensorInfo {
        dtype,
        shape: extents.dims().into_iter().map(|d| d as u64).collect(),
    };
    let declared = info.nbytes()?;
    let stored = ds.storage_size();
    if declared > limits.floor && declared > limits.max_expansion.saturating_mul(stored) {
        return Err(Error::Refused(format!(
            "H5 dataset '{name}' declares {} but only {} are stored on disk; refusing to load \
             a potential decompression/shape bomb.",
            crate::io::bytes::readable_size(declared),
            crate::io::bytes::readable_size(stored)
        )));
    }
    let raw = if layout == H5D_layout_t::H5D_CONTIGUOUS && state.native_layout(type_id.0, dtype)? {
        let offset = locked(|| unsafe { H5Dget_offset(ds.id()) });
        (offset != HADDR_UNDEF && declared > 0).then_some(offset)
    } else {
        None
    };
    Ok(Found { info, raw, stored })
}

// --- writing ---------------------------------------------------------------------------------

/// One tensor to write: its dataset name inside its group, type, shape and native bytes.
pub struct DatasetSpec<'a> {
    pub name: String,
    pub info: TensorInfo,
    pub data: &'a [u8],
}

/// One group to create (with its intermediate groups), its string attributes and datasets.
pub struct GroupSpec<'a> {
    pub path: String,
    pub attrs: Vec<(String, String)>,
    pub datasets: Vec<DatasetSpec<'a>>,
}

/// Writes a new HDF5 file at `path` holding `groups`, in order, as h5py would, after a user
/// block of `userblock` bytes (0, or a power of two of at least 512) that libhdf5 leaves for
/// the caller.
///
/// Returns, for every dataset in order, where libhdf5 put its bytes in the file (counted from
/// the start of the file, user block included), or None when it did not store them as one
/// contiguous run of exactly the given bytes. (Saves go through `H5Writer`; the tests write
/// their fixtures with this.)
#[cfg(test)]
pub fn write_file(
    path: &Path,
    groups: &[GroupSpec<'_>],
    userblock: u64,
) -> Result<Vec<Option<u64>>> {
    let mut w = H5Writer::create(path, userblock)?;
    let mut placed = Vec::new();
    for spec in groups {
        w.group(&spec.path, &spec.attrs)?;
        for ds in &spec.datasets {
            placed.push(w.dataset(&spec.path, ds)?);
        }
    }
    w.close()?;
    Ok(placed)
}

/// An HDF5 file being written object by object, as h5py writes one for Keras.
pub struct H5Writer {
    path: std::path::PathBuf,
    file: Option<Id>,
    lcpl: Id,
    gcpl: Id,
    dcpl: Id,
    /// The group written to last, kept open.
    current: Option<(String, Id)>,
    /// Whether bfloat16 datasets get the `dtype="bfloat16"` attribute (Keras's `.keras`
    /// weights do; legacy `.h5` files do not).
    tag_bfloat16: bool,
}

impl H5Writer {
    /// Creates (truncating) the HDF5 file at `path`, after a user block of `userblock` bytes.
    pub fn create(path: &Path, userblock: u64) -> Result<Self> {
        let cpath = cstring(&path.to_string_lossy())?;
        let file = locked(|| unsafe {
            let fcpl = Id::new(H5Pcreate(*H5P_FILE_CREATE))?;
            // h5py records no modification times, on the root group as everywhere.
            check(H5Pset_obj_track_times(fcpl.0, 0))?;
            if userblock > 0 {
                check(H5Pset_userblock(fcpl.0, userblock))?;
            }
            let fapl = Id::new(H5Pcreate(*H5P_FILE_ACCESS))?;
            // h5py's defaults: the earliest format that can hold the data, no file locking.
            check(H5Pset_libver_bounds(
                fapl.0,
                H5F_libver_t::H5F_LIBVER_EARLIEST,
                hdf5_sys::h5f::H5F_LIBVER_LATEST,
            ))?;
            check(H5Pset_file_locking(fapl.0, 0, 1))?;
            Id::new(H5Fcreate(cpath.as_ptr(), H5F_ACC_TRUNC, fcpl.0, fapl.0))
        })
        .map_err(|e| {
            Error::Hdf5(format!(
                "Unable to create HDF5 file {} ({e})",
                path.display()
            ))
        })?;
        let (lcpl, gcpl, dcpl) = locked(|| unsafe {
            let lcpl = Id::new(H5Pcreate(*H5P_LINK_CREATE))?;
            check(H5Pset_create_intermediate_group(lcpl.0, 1))?;
            let gcpl = Id::new(H5Pcreate(*H5P_GROUP_CREATE))?;
            check(H5Pset_obj_track_times(gcpl.0, 0))?;
            let dcpl = Id::new(H5Pcreate(*H5P_DATASET_CREATE))?;
            check(H5Pset_obj_track_times(dcpl.0, 0))?;
            Ok::<_, Error>((lcpl, gcpl, dcpl))
        })?;
        Ok(H5Writer {
            path: path.to_owned(),
            file: Some(file),
            lcpl,
            gcpl,
            dcpl,
            current: None,
            tag_bfloat16: true,
        })
    }

    /// Whether bfloat16 datasets written from now on get the `dtype="bfloat16"` attribute.
    pub fn tag_bfloat16(&mut self, tag: bool) {
        self.tag_bfloat16 = tag;
    }

    fn file(&self) -> Result<hid_t> {
        self.file
            .as_ref()
            .map(|f| f.0)
            .ok_or_else(|| Error::Invalid("the HDF5 file is closed".into()))
    }

    /// Creates the group at `path` (and the groups above it) with string attributes.
    pub fn group(&mut self, path: &str, attrs: &[(String, String)]) -> Result<()> {
        let group = create_group(self.file()?, path, self.lcpl.0, self.gcpl.0)?;
        for (k, v) in attrs {
            write_str_attr(group.0, k, v)?;
        }
        self.current = Some((path.to_owned(), group));
        Ok(())
    }

    fn open_group(&mut self, path: &str) -> Result<hid_t> {
        if self.current.as_ref().is_none_or(|(p, _)| p != path) {
            let cpath = cstring(if path.is_empty() { "/" } else { path })?;
            let file = self.file()?;
            let id = locked(|| Id::new(unsafe { H5Gopen2(file, cpath.as_ptr(), H5P_DEFAULT) }))
                .map_err(|e| Error::Hdf5(format!("Unable to open group '{path}' ({e})")))?;
            self.current = Some((path.to_owned(), id));
        }
        Ok(self
            .current
            .as_ref()
            .map(|(_, id)| id.0)
            .unwrap_or_default())
    }

    /// Writes the attribute `name` of the existing group `path` ("" for the root).
    pub fn attr(&mut self, path: &str, name: &str, value: &AttrValue<'_>) -> Result<()> {
        let gid = self.open_group(path)?;
        write_attr(gid, name, value).map_err(|e| match e {
            Error::Hdf5(msg) => Error::Hdf5(format!(
                "Unable to create attribute '{name}' of '{path}' ({msg})"
            )),
            other => other,
        })
    }

    /// Writes a dataset into the existing group `group`; returns where its bytes are, as
    /// `write_file` does. A name with slashes creates the groups on its way, as h5py does.
    pub fn dataset(&mut self, group: &str, spec: &DatasetSpec<'_>) -> Result<Option<u64>> {
        let gid = self.open_group(group)?;
        let props = DatasetProps {
            lcpl: self.lcpl.0,
            dcpl: self.dcpl.0,
            tag_bfloat16: self.tag_bfloat16,
        };
        write_dataset(gid, spec, &props)
            .map_err(|e| Error::Hdf5(format!("Unable to write '{group}/{}' ({e})", spec.name)))
    }

    /// The file's end of allocated space: where libhdf5 places the next object it
    /// allocates at the end (`None` if it cannot say).
    pub fn eoa(&self) -> Option<u64> {
        extern "C" {
            // In libhdf5 since 1.10.2; not bound by hdf5-sys.
            fn H5Fget_eoa(file_id: hid_t, eoa: *mut hdf5_sys::h5::haddr_t) -> i32;
        }
        let file = self.file().ok()?;
        let mut eoa: hdf5_sys::h5::haddr_t = 0;
        // SAFETY: an open file and a place for the answer.
        let status = locked(|| unsafe { H5Fget_eoa(file, &mut eoa) });
        (status >= 0 && eoa != HADDR_UNDEF).then_some(eoa)
    }

    /// Removes the link at `path` (the bytes stay in the file, as with h5py).
    pub fn delete(&mut self, path: &str) -> Result<()> {
        let cpath = cstring(path)?;
        let file = self.file()?;
        self.current = None;
        locked(|| check(unsafe { H5Ldelete(file, cpath.as_ptr(), H5P_DEFAULT) }))
            .map_err(|e| Error::Hdf5(format!("Unable to delete '{path}' ({e})")))?;
        Ok(())
    }

    /// Reads back the dataset at `path` into `out` (its size in bytes, native layout).
    pub fn read_into(&mut self, path: &str, dtype: DType, out: &mut [u8]) -> Result<()> {
        let cpath = cstring(path)?;
        let file = self.file()?;
        let mem = file_type(dtype)?;
        locked(|| unsafe {
            let ds = Id::new(H5Dopen2(file, cpath.as_ptr(), H5P_DEFAULT))?;
            let space = Id::new(hdf5_sys::h5d::H5Dget_space(ds.0))?;
            let n = H5Sget_simple_extent_npoints(space.0);
            if n < 0 || (n as usize).checked_mul(dtype.size()) != Some(out.len()) {
                return Err(Error::Invalid(format!(
                    "buffer of {} bytes for dataset '{path}'",
                    out.len()
                )));
            }
            if !out.is_empty() {
                check(H5Dread(
                    ds.0,
                    mem.0,
                    H5S_ALL,
                    H5S_ALL,
                    H5P_DEFAULT,
                    out.as_mut_ptr() as *mut c_void,
                ))?;
            }
            Ok(())
        })
    }

    /// Closes the file, reporting a failed final flush (a full disk, say).
    pub fn close(mut self) -> Result<()> {
        self.current = None;
        let file = self.file.take().expect("closed once");
        let closed = locked(|| check(unsafe { H5Fclose(file.0) }));
        std::mem::forget(file);
        closed
            .map_err(|e| Error::Hdf5(format!("Unable to write {} ({e})", self.path.display())))?;
        Ok(())
    }
}

fn create_group(file: hid_t, path: &str, lcpl: hid_t, gcpl: hid_t) -> Result<Id> {
    let cpath = cstring(if path.is_empty() { "/" } else { path })?;
    locked(|| {
        Id::new(unsafe { hdf5_sys::h5g::H5Gcreate2(file, cpath.as_ptr(), lcpl, gcpl, H5P_DEFAULT) })
    })
    .map_err(|e| Error::Hdf5(format!("Unable to create group '{path}' ({e})")))
}

/// The property lists and choices a dataset is created with.
struct DatasetProps {
    lcpl: hid_t,
    dcpl: hid_t,
    tag_bfloat16: bool,
}

fn write_dataset(
    group: hid_t,
    spec: &DatasetSpec<'_>,
    props: &DatasetProps,
) -> Result<Option<u64>> {
    let nbytes = spec.info.nbytes()?;
    if spec.data.len() as u64 != nbytes {
        return Err(Error::Invalid(format!(
            "{} bytes given for a {:?} tensor of shape {:?}",
            spec.data.len(),
            spec.info.dtype,
            spec.info.shape
        )));
    }
    let name = cstring(&spec.name)?;
    let ftype = file_type(spec.info.dtype)?;
    locked(|| unsafe {
        let space = if spec.info.shape.is_empty() {
            Id::new(H5Screate(H5S_class_t::H5S_SCALAR))?
        } else {
            let dims: Vec<hsize_t> = spec.info.shape.clone();
            Id::new(H5Screate_simple(
                dims.len() as i32,
                dims.as_ptr(),
                ptr::null(),
            ))?
        };
        let ds = Id::new(H5Dcreate2(
            group,
            name.as_ptr(),
            ftype.0,
            space.0,
            props.lcpl,
            props.dcpl,
            H5P_DEFAULT,
        ))?;
        if nbytes > 0 {
            check(H5Dwrite(
                ds.0,
                ftype.0,
                H5S_ALL,
                H5S_ALL,
                H5P_DEFAULT,
                spec.data.as_ptr() as *const c_void,
            ))?;
        }
        if spec.info.dtype == DType::BF16 && props.tag_bfloat16 {
            write_str_attr(ds.0, "dtype", "bfloat16")?;
        }
        let offset = H5Dget_offset(ds.0);
        Ok((nbytes > 0 && offset != HADDR_UNDEF).then_some(offset))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::bytes::Bytes;
    use std::sync::Arc;

    fn spec<'a>(name: &str, dtype: DType, shape: &[u64], data: &'a [u8]) -> DatasetSpec<'a> {
        DatasetSpec {
            name: name.into(),
            info: TensorInfo {
                dtype,
                shape: shape.to_vec(),
            },
            data,
        }
    }

    #[test]
    fn every_dtype_round_trips_through_a_file_and_an_image() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        let payloads: Vec<(DType, Vec<u8>)> = DType::ALL
            .iter()
            .map(|&d| {
                let n = 6 * d.size();
                let bytes = (0..n)
                    .map(|i| {
                        if d == DType::Bool {
                            (i % 2) as u8
                        } else {
                            (i * 7 + 1) as u8
                        }
                    })
                    .collect();
                (d, bytes)
            })
            .collect();
        let datasets = payloads
            .iter()
            .enumerate()
            .map(|(i, (d, data))| spec(&i.to_string(), *d, &[2, 3], data))
            .collect();
        let seven = 7i64.to_le_bytes();
        let groups = vec![
            GroupSpec {
                path: "layers/dense/vars".into(),
                attrs: vec![("name".into(), "dense".into())],
                datasets,
            },
            GroupSpec {
                path: "optimizer/vars".into(),
                attrs: vec![],
                datasets: vec![spec("0", DType::I64, &[], &seven)],
            },
        ];
        write_file(&path, &groups, 0).unwrap();

        let image = Slice::whole(Arc::new(Bytes::Owned(std::fs::read(&path).unwrap())));
        for reader in [
            H5Reader::open(&path, ShapeLimits::default()).unwrap(),
            H5Reader::open_image(image, ShapeLimits::default()).unwrap(),
        ] {
            let index = reader.index();
            assert_eq!(index.groups[""], ["layers", "optimizer"]);
            assert_eq!(index.groups["layers/dense/vars"].len(), DType::ALL.len());
            for (i, (d, data)) in payloads.iter().enumerate() {
                let p = format!("layers/dense/vars/{i}");
                assert_eq!(reader.info(&p).unwrap().dtype, *d);
                let mut out = vec![0u8; data.len()];
                reader.read_into(&p, &mut out).unwrap();
                assert_eq!(&out, data, "{d:?}");
            }
            let scalar = reader.info("optimizer/vars/0").unwrap();
            assert!(scalar.shape.is_empty());
            let mut out = [0u8; 8];
            reader.read_into("optimizer/vars/0", &mut out).unwrap();
            assert_eq!(i64::from_le_bytes(out), 7);
            let group = reader.file.group("layers/dense/vars").unwrap();
            assert_eq!(
                read_str_attr(group.id(), "name").unwrap().unwrap(),
                ["dense"]
            );
        }
    }

    #[test]
    fn read_many_splits_the_jobs_over_threads_and_reads_each_as_read_into() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        // 40 MiB in tensors of 1 byte to 6 MiB: several runs of jobs on several threads.
        let sizes = [
            6usize << 20,
            1,
            3 << 20,
            5 << 20,
            0,
            6 << 20,
            7,
            4 << 20,
            8 << 20,
            8 << 20,
        ];
        let payloads: Vec<Vec<u8>> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| (0..n).map(|j| (j * 31 + i * 7) as u8).collect())
            .collect();
        let datasets = payloads
            .iter()
            .enumerate()
            .map(|(i, data)| spec(&i.to_string(), DType::U8, &[data.len() as u64], data))
            .collect();
        let groups = vec![GroupSpec {
            path: "vars".into(),
            attrs: vec![],
            datasets,
        }];
        write_file(&path, &groups, 0).unwrap();
        let image = Slice::whole(Arc::new(Bytes::Owned(std::fs::read(&path).unwrap())));
        for reader in [
            H5Reader::open(&path, ShapeLimits::default()).unwrap(),
            H5Reader::open_image(image, ShapeLimits::default()).unwrap(),
        ] {
            for threads in [1, 2, 4, 16] {
                let names: Vec<String> = (0..sizes.len()).map(|i| format!("vars/{i}")).collect();
                let mut bufs: Vec<Vec<u8>> = sizes.iter().map(|&n| vec![0xAA; n]).collect();
                let mut jobs: Vec<(&str, &mut [u8])> = names
                    .iter()
                    .map(String::as_str)
                    .zip(bufs.iter_mut().map(Vec::as_mut_slice))
                    .collect();
                reader.read_many(&mut jobs, threads).unwrap();
                assert!(bufs == payloads, "{threads} threads");
            }
            // A wrong size or path anywhere is an error naming it.
            let mut short = vec![0u8; 2];
            let mut big = vec![0u8; 8 << 20];
            let mut jobs: Vec<(&str, &mut [u8])> = vec![
                ("vars/8", big.as_mut_slice()),
                ("vars/6", short.as_mut_slice()),
            ];
            let err = reader.read_many(&mut jobs, 2).unwrap_err().to_string();
            assert!(err.contains("'vars/6'"), "{err}");
            let mut jobs: Vec<(&str, &mut [u8])> = vec![("vars/nope", short.as_mut_slice())];
            assert!(reader.read_many(&mut jobs, 2).is_err());
        }
    }

    #[test]
    fn an_unsupported_dataset_fails_when_read_not_when_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.h5");
        {
            let f = File::create(&path).unwrap();
            let g = f.create_group("vars").unwrap();
            let text = [hdf5::types::FixedAscii::<8>::from_ascii("vocab").unwrap()];
            g.new_dataset_builder()
                .with_data(&text)
                .create("0")
                .unwrap();
            g.new_dataset_builder()
                .with_data(&[1.5f32])
                .create("1")
                .unwrap();
        }
        let reader = H5Reader::open(&path, ShapeLimits::default()).unwrap();
        assert_eq!(reader.index().groups["vars"], ["0", "1"]);
        let mut out = [0u8; 4];
        reader.read_into("vars/1", &mut out).unwrap();
        assert_eq!(f32::from_le_bytes(out), 1.5);
        let err = reader.read_into("vars/0", &mut out).err().unwrap();
        assert!(
            err.to_string().contains("Unsupported HDF5 datatype"),
            "{err}"
        );
    }

    #[test]
    fn only_stored_tensors_are_read_ahead_and_a_hard_link_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        {
            let f = File::create(&path).unwrap();
            let vars = f.create_group("layers").unwrap();
            let vars = vars
                .create_group("dense")
                .unwrap()
                .create_group("vars")
                .unwrap();
            let kernel = vars.new_dataset::<f32>().shape((3, 2)).create("0").unwrap();
            kernel.write_raw(&[1f32, 2., 3., 4., 5., 6.]).unwrap();
            vars.link_hard("/layers/dense/vars/0", "1").unwrap();
            // Never written: 400 MB declared, nothing stored.
            let junk = f.group("layers/dense").unwrap();
            junk.new_dataset::<f32>()
                .chunk((1, 1000, 1000))
                .shape((100, 1000, 1000))
                .create("junk")
                .unwrap();
            vars.new_dataset::<f32>()
                .chunk((1, 1000, 1000))
                .shape((100, 1000, 1000))
                .create("2")
                .unwrap();
            // Compressed zeros: 4 MB declared, a few kB stored.
            let zeros = vars
                .new_dataset::<f32>()
                .chunk((1000, 1000))
                .deflate(9)
                .shape((1000, 1000))
                .create("3")
                .unwrap();
            zeros.write_raw(&vec![0f32; 1_000_000]).unwrap();
        }
        let reader = H5Reader::open_file(&path, ShapeLimits::default()).unwrap();
        let index = reader.index();
        assert_eq!(index.sparse["layers/dense/junk"], 0);
        assert!(index.sparse["layers/dense/vars/3"] < 100_000);
        assert!(!index.sparse.contains_key("layers/dense/vars/0"));
        let alias = (
            "layers/dense/vars/1".to_owned(),
            "layers/dense/vars/0".to_owned(),
        );
        assert_eq!(reader.aliases(), std::slice::from_ref(&alias));

        let (read, aliases) = reader.ahead(None, &[], (0, 0));
        assert_eq!(read, ["layers/dense/vars/0"]);
        assert_eq!(aliases, [alias]);
        let (read, _) = reader.ahead(None, &["layers/".to_owned()], (0, 0));
        assert!(reader.ahead(None, &[], (25, 0)).0.is_empty());
        assert_eq!(reader.ahead(None, &[], (25, 1)).0, ["layers/dense/vars/0"]);
        assert!(read.is_empty());
        let named = [
            "layers/dense/junk".to_owned(),
            "layers/dense/vars/1".to_owned(),
        ];
        let (read, aliases) = reader.ahead(Some(&named), &[], (0, 0));
        assert_eq!(read, ["layers/dense/vars/1"]);
        assert!(aliases.is_empty());

        // Without a model: the never-written datasets are refused, each stored tensor once.
        let refused: Vec<String> = reader
            .oversized(64, 8 << 20)
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(refused, ["layers/dense/junk", "layers/dense/vars/2"]);
        // Under the floor each, the datasets are bounded in all by the file's size: the
        // first 400 MB pass, nothing more does.
        let refused = reader.oversized(1, 400_000_000 + 1000);
        let paths: Vec<&str> = refused.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(paths, ["layers/dense/vars/2", "layers/dense/vars/3"]);
        assert!(refused[0].1.contains("brings the bytes"), "{refused:?}");
        assert!(reader.oversized(64, 1 << 40).is_empty());
    }

    #[test]
    fn links_and_cycles_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        type AddLink = fn(&File);
        let cases: [(&str, AddLink); 3] = [
            ("SoftLink", |f| f.link_soft("/a", "b").unwrap()),
            ("ExternalLink", |f| {
                f.link_external("other.h5", "/x", "b").unwrap()
            }),
            ("more than once", |f| {
                f.group("a").unwrap().link_hard("/a", "loop").unwrap()
            }),
        ];
        for (i, (expected, make)) in cases.into_iter().enumerate() {
            let path = dir.path().join(format!("{i}.h5"));
            {
                let f = File::create(&path).unwrap();
                f.create_group("a").unwrap();
                make(&f);
            }
            let err = H5Reader::open(&path, ShapeLimits::default()).err().unwrap();
            assert!(matches!(err, Error::Refused(_)), "{err}");
            assert!(err.to_string().contains(expected), "{err}");
        }
    }

    #[test]
    fn a_tree_deeper_than_the_limit_is_refused_and_one_at_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        for (levels, refused) in [(MAX_DEPTH, false), (MAX_DEPTH + 1, true)] {
            let path = dir.path().join(format!("{levels}.h5"));
            let deep = vec!["g"; levels].join("/");
            {
                let f = File::create(&path).unwrap();
                f.create_group(&deep).unwrap();
                f.group(&deep)
                    .unwrap()
                    .new_dataset::<f32>()
                    .shape([2])
                    .create("w")
                    .unwrap();
            }
            match H5Reader::open(&path, ShapeLimits::default()) {
                Ok(reader) => {
                    assert!(!refused);
                    let info = reader.info(&format!("{deep}/w")).unwrap();
                    assert_eq!((info.dtype, info.shape.clone()), (DType::F32, vec![2]));
                }
                Err(err) => {
                    assert!(refused, "{err}");
                    assert!(err.to_string().contains("nested deeper"), "{err}");
                }
            }
        }
    }

    #[test]
    fn not_hdf5_and_truncated_images_are_errors() {
        let junk = Slice::whole(Arc::new(Bytes::Owned(b"definitely not hdf5".to_vec())));
        assert!(H5Reader::open_image(junk, ShapeLimits::default()).is_err());

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        let data = vec![1u8; 4000];
        write_file(
            &path,
            &[GroupSpec {
                path: "vars".into(),
                attrs: vec![],
                datasets: vec![spec("0", DType::F32, &[1000], &data)],
            }],
            0,
        )
        .unwrap();
        let bytes = std::fs::read(&path).unwrap();
        for cut in (0..bytes.len()).step_by(97) {
            let image = Slice::whole(Arc::new(Bytes::Owned(bytes[..cut].to_vec())));
            if let Ok(r) = H5Reader::open_image(image, ShapeLimits::default()) {
                let mut out = vec![0u8; 4000];
                let _ = r.read_into("vars/0", &mut out);
            }
        }
    }

    #[test]
    fn names_are_split_as_keras_splits_them() {
        assert_eq!(names_layout(&[]).unwrap(), NamesLayout::Empty);
        assert_eq!(names_layout(&[b"", b""]).unwrap(), NamesLayout::Whole);
        // 5000 names of 18 bytes: 90 000 bytes, two chunks of 2500 (h5py-checked).
        let name = [b'n'; 18];
        let names: Vec<&[u8]> = (0..5000).map(|_| &name[..]).collect();
        assert_eq!(
            names_layout(&names).unwrap(),
            NamesLayout::Chunks {
                width: 18,
                sizes: vec![2500, 2500]
            }
        );
        // np.array_split(7 names, 3) -> 3, 2, 2; 3 names of 21504 bytes fit exactly.
        let wide = vec![b'w'; 21504];
        let seven: Vec<&[u8]> = (0..7).map(|_| &wide[..]).collect();
        assert_eq!(
            names_layout(&seven).unwrap(),
            NamesLayout::Chunks {
                width: 21504,
                sizes: vec![3, 2, 2]
            }
        );
        let huge = vec![b'\''; HDF5_OBJECT_HEADER_LIMIT + 1];
        let err = names_layout(&[b"ok", &huge]).unwrap_err();
        assert!(matches!(err, Error::TooLarge(_)));
        let msg = err.to_string();
        assert!(msg.contains("64512 bytes: [b'\\'\\'"), "{}", &msg[..200]);
    }

    #[test]
    fn legacy_attributes_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.h5");
        let mut w = H5Writer::create(&path, 0).unwrap();
        w.tag_bfloat16(false);
        w.attr("", "keras_version", &AttrValue::Str("3.15.1"))
            .unwrap();
        w.attr("", "model_config", &AttrValue::Bytes(b"{\"a\": 1}"))
            .unwrap();
        w.group("model_weights", &[]).unwrap();
        let names: Vec<Vec<u8>> = (0..5000)
            .map(|i| format!("layer_{i:05}_xxxxx").into_bytes())
            .collect();
        let refs: Vec<&[u8]> = names.iter().map(|n| n.as_slice()).collect();
        w.attr("model_weights", "layer_names", &AttrValue::Names(&refs))
            .unwrap();
        w.group("model_weights/dense", &[]).unwrap();
        w.attr(
            "model_weights/dense",
            "weight_names",
            &AttrValue::Names(&[b"dense/kernel"]),
        )
        .unwrap();
        w.attr("model_weights/dense", "empty", &AttrValue::Names(&[]))
            .unwrap();
        let bf16 = [1u8, 2, 3, 4];
        w.dataset(
            "model_weights/dense",
            &spec("dense/kernel", DType::BF16, &[2], &bf16),
        )
        .unwrap();
        w.close().unwrap();

        let r = H5Reader::open(&path, ShapeLimits::default()).unwrap();
        assert_eq!(r.attr("", "keras_version").unwrap().unwrap(), ["3.15.1"]);
        assert_eq!(r.attr("", "model_config").unwrap().unwrap(), ["{\"a\": 1}"]);
        assert_eq!(r.attr("", "missing").unwrap(), None);
        assert_eq!(
            r.attr_names("model_weights").unwrap(),
            ["layer_names0", "layer_names1"]
        );
        let read = r.names_attr("model_weights", "layer_names").unwrap();
        assert_eq!(read.len(), 5000);
        assert_eq!(read[4999], "layer_04999_xxxxx");
        assert_eq!(
            r.names_attr("model_weights/dense", "weight_names").unwrap(),
            ["dense/kernel"]
        );
        assert!(r
            .names_attr("model_weights/dense", "empty")
            .unwrap()
            .is_empty());
        assert!(r
            .names_attr("model_weights/dense", "none")
            .unwrap()
            .is_empty());
        assert_eq!(r.index().groups["model_weights/dense"], ["dense"]);
        // Without Keras's dtype attribute an opaque 2-byte dataset is still bfloat16.
        let info = r.info("model_weights/dense/dense/kernel").unwrap();
        assert_eq!(info.dtype, DType::BF16);
        let mut out = [0u8; 4];
        r.read_into("model_weights/dense/dense/kernel", &mut out)
            .unwrap();
        assert_eq!(out, bf16);
        let group = r.file.dataset("model_weights/dense/dense/kernel").unwrap();
        assert_eq!(read_str_attr(group.id(), "dtype").unwrap(), None);
    }
}
