//! Attributes as h5py writes Keras's values (strings, name lists split to fit an object
//! header) and reads them back, older fixed-width strings included.

use super::*;

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
pub(super) fn py_bytes_repr(b: &[u8]) -> String {
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
pub(super) fn write_str_attr(obj: hid_t, name: &str, value: &str) -> Result<()> {
    write_attr(obj, name, &AttrValue::Str(value))
}

/// Writes the attribute `name` of the object `obj` as h5py writes `value`.
pub(super) fn write_attr(obj: hid_t, name: &str, value: &AttrValue<'_>) -> Result<()> {
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
pub(super) fn write_vlen_attr(
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
pub(super) fn write_fixed_attr(
    obj: hid_t,
    name: &str,
    values: &[&[u8]],
    width: usize,
) -> Result<()> {
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
pub(super) fn write_empty_attr(obj: hid_t, name: &str) -> Result<()> {
    locked(|| unsafe {
        let t = Id::new(H5Tcopy(*H5T_IEEE_F64LE))?;
        let space = space_of(false, 0)?;
        create_attr(obj, name, &t, &space).map(drop)
    })
}

/// What an attribute holds, as far as text goes.
pub(super) enum AttrText {
    Absent,
    /// Its strings: one for a scalar, each of a list.
    Text(Vec<String>),
    /// A value of another type, with this many elements.
    Other(i64),
}

/// Reads a string attribute, scalar or one-dimensional, fixed or variable length, as Keras
/// versions have written them over the years.
pub(super) fn read_attr_text(obj: hid_t, name: &str) -> Result<AttrText> {
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
pub(super) const MAX_ATTR_BYTES: u64 = 1 << 30;

/// Reads an attribute as `read_attr_text`, and an empty array of another type as no
/// strings (what h5py makes of an empty list); an attribute of another type with values is
/// an error.
pub(super) fn read_text_attr(obj: hid_t, name: &str) -> Result<Option<Vec<String>>> {
    match read_attr_text(obj, name)? {
        AttrText::Absent => Ok(None),
        AttrText::Text(text) => Ok(Some(text)),
        AttrText::Other(0) => Ok(Some(Vec::new())),
        AttrText::Other(_) => Err(Error::Invalid(format!(
            "Attribute '{name}' should hold names, but holds values of another type"
        ))),
    }
}
