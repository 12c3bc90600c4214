//! `.npy` members: numpy's header, written and parsed, and what a member holds (a store or
//! a plain array), located in its bytes without copying them.

use std::ops::Range;

use super::*;

/// The `.npy` header of a 0-d object array, byte for byte as numpy writes it (format 1.0,
/// padded with spaces so the data starts at a multiple of 64 bytes).
pub fn object_header() -> Vec<u8> {
    npy_header("{'descr': '|O', 'fortran_order': False, 'shape': (), }")
}

/// numpy's `_wrap_header` for format 1.0.
pub(super) fn npy_header(dict: &str) -> Vec<u8> {
    const ALIGN: usize = 64;
    let hlen = dict.len() + 1;
    let pad = ALIGN - ((6 + 2 + 2 + hlen) % ALIGN);
    let mut h = Vec::with_capacity(10 + hlen + pad);
    h.extend_from_slice(b"\x93NUMPY\x01\x00");
    h.extend_from_slice(&((hlen + pad) as u16).to_le_bytes());
    h.extend_from_slice(dict.as_bytes());
    h.resize(h.len() + pad, b' ');
    h.push(b'\n');
    h
}

/// A tensor found in a member: its type and shape, and where its bytes are in the member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub info: TensorInfo,
    pub range: Range<usize>,
}

/// What an `.npy` member holds.
#[derive(Debug, PartialEq, Eq)]
pub enum Npy {
    /// A saveable's store: key → tensor, in the dict's order.
    Store(Vec<(String, Located)>),
    /// A plain array (what `np.savez(path, name=array)` writes).
    Array(Located),
}

pub(super) fn refused(member: &str, what: impl std::fmt::Display) -> Error {
    Error::Refused(format!("npz member '{member}': {what}"))
}

/// Reads the `.npy` member `name` (its bytes `data`) without unpickling anything.
pub fn read_npy(name: &str, data: &[u8]) -> Result<Npy> {
    let bad =
        |what: &str| Error::Invalid(format!("npz member '{name}' is not a valid .npy: {what}"));
    if data.len() < 10 || &data[..6] != b"\x93NUMPY" {
        return Err(bad("no .npy magic string"));
    }
    let (len, start): (usize, usize) = match data[6] {
        1 => (u16::from_le_bytes([data[8], data[9]]) as usize, 10),
        2 | 3 if data.len() >= 12 => (
            u32::from_le_bytes([data[8], data[9], data[10], data[11]]) as usize,
            12,
        ),
        v => return Err(bad(&format!("unknown format version {v}"))),
    };
    let end = start
        .checked_add(len)
        .filter(|&e| e <= data.len())
        .ok_or_else(|| bad("truncated header"))?;
    let header = std::str::from_utf8(&data[start..end]).map_err(|_| bad("header is not text"))?;
    let header = parse_header(header).ok_or_else(|| bad("unreadable header"))?;
    if header.descr == "|O" {
        if !header.shape.is_empty() {
            return Err(refused(name, "an object array that is not a single store"));
        }
        let tree = parse_pickle(&data[end..]).map_err(|e| refused(name, e))?;
        let store = tree.store(end).map_err(|e| refused(name, e))?;
        return Ok(Npy::Store(store));
    }
    if header.fortran {
        return Err(refused(name, "Fortran-ordered arrays are not supported"));
    }
    let dtype = match header.descr.as_str() {
        "|b1" => DType::Bool,
        d if d.starts_with('<') || d.starts_with('|') => {
            from_code(&d[1..]).ok_or_else(|| refused(name, format!("unsupported dtype '{d}'")))?
        }
        d => return Err(refused(name, format!("unsupported dtype '{d}'"))),
    };
    let info = TensorInfo {
        dtype,
        shape: header.shape,
    };
    let range = located(&info, end..data.len()).map_err(|e| refused(name, e))?;
    Ok(Npy::Array(Located { info, range }))
}

/// Checks that `bytes` hold exactly the tensor `info` describes.
pub(super) fn located(
    info: &TensorInfo,
    bytes: Range<usize>,
) -> std::result::Result<Range<usize>, String> {
    let need = info
        .nbytes()
        .map_err(|_| format!("shape {:?} overflows", info.shape))?;
    if need != bytes.len() as u64 {
        return Err(format!(
            "a tensor of shape {:?} and dtype {} needs {need} bytes, the file holds {}",
            info.shape,
            info.dtype.name(),
            bytes.len()
        ));
    }
    Ok(bytes)
}

pub(super) struct Header {
    descr: String,
    fortran: bool,
    shape: Vec<u64>,
}

/// Parses the Python dict literal of an `.npy` header:
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`.
pub(super) fn parse_header(text: &str) -> Option<Header> {
    let body = text.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut descr = None;
    let mut fortran = None;
    let mut shape = None;
    let mut rest = body.trim_start();
    while !rest.is_empty() {
        let (key, after) = quoted(rest)?;
        rest = after.trim_start().strip_prefix(':')?.trim_start();
        match key {
            "descr" => {
                let (d, after) = quoted(rest)?;
                descr = Some(d.to_owned());
                rest = after;
            }
            "fortran_order" => {
                let (b, after) = if let Some(a) = rest.strip_prefix("False") {
                    (false, a)
                } else {
                    (true, rest.strip_prefix("True")?)
                };
                fortran = Some(b);
                rest = after;
            }
            "shape" => {
                let close = rest.find(')')?;
                let inner = rest.strip_prefix('(')?.get(..close - 1)?;
                let dims: Option<Vec<u64>> = inner
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| s.trim_end_matches('L').parse().ok())
                    .collect();
                shape = Some(dims?);
                rest = &rest[close + 1..];
            }
            _ => return None,
        }
        rest = rest.trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
    Some(Header {
        descr: descr?,
        fortran: fortran?,
        shape: shape?,
    })
}

/// A `'quoted'` (or `"quoted"`) string at the start of `s`, and what follows it.
pub(super) fn quoted(s: &str) -> Option<(&str, &str)> {
    let q = s.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let end = s[1..].find(q)? + 1;
    Some((&s[1..end], &s[end + 1..]))
}
