//! npz weights: `model.weights.npz`, the store upstream's `weights_format="npz"` writes.
//!
//! An npz file is a zip archive of `.npy` members (numpy's `savez`). Upstream's
//! `NpzIOStore` saves one member per saveable, `<inner path>.npy` (`__root__.npy` for the
//! model itself), each holding a 0-d object array whose one element is the saveable's store:
//! a dict of key → tensor. numpy writes such an array as a pickle, and upstream hands it
//! Keras `Variable` objects, pickled whole: upstream's own reader (`allow_pickle=False`)
//! cannot read what it wrote.
//!
//! kerasave writes the same layout with plain numpy arrays in the dict: `np.load(...,
//! allow_pickle=True)` reads it as numpy reads its own. It reads such pickles, upstream's and
//! its own, *without unpickling*: [`parse_pickle`] walks the opcodes into a tree of inert
//! values (a global is a pair of names, a call is a record of what would be called on what)
//! and only the shapes numpy, JAX and Keras give a tensor are interpreted; nothing is ever
//! imported or called. Tensor bytes are located in the file, never copied here.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::ops::Range;
use std::rc::Rc;

use crate::errors::{Error, Result};
use crate::formats::{DType, TensorInfo};
use crate::io::bytes::Slice;
use crate::zip::read::{Archive, BombLimits};
use crate::zip::write::StreamZip;

/// The `.npy` header of a 0-d object array, byte for byte as numpy writes it (format 1.0,
/// padded with spaces so the data starts at a multiple of 64 bytes).
pub fn object_header() -> Vec<u8> {
    npy_header("{'descr': '|O', 'fortran_order': False, 'shape': (), }")
}

/// numpy's `_wrap_header` for format 1.0.
fn npy_header(dict: &str) -> Vec<u8> {
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

/// One tensor of a saveable's store.
pub struct Item<'a> {
    pub key: &'a str,
    pub info: TensorInfo,
    pub data: &'a [u8],
}

mod op {
    pub const MARK: u8 = b'(';
    pub const STOP: u8 = b'.';
    pub const POP: u8 = b'0';
    pub const POP_MARK: u8 = b'1';
    pub const DUP: u8 = b'2';
    pub const BINFLOAT: u8 = b'G';
    pub const BININT: u8 = b'J';
    pub const BININT1: u8 = b'K';
    pub const BININT2: u8 = b'M';
    pub const NONE: u8 = b'N';
    pub const REDUCE: u8 = b'R';
    pub const BINUNICODE: u8 = b'X';
    pub const APPEND: u8 = b'a';
    pub const BUILD: u8 = b'b';
    pub const GLOBAL: u8 = b'c';
    pub const DICT: u8 = b'd';
    pub const EMPTY_DICT: u8 = b'}';
    pub const APPENDS: u8 = b'e';
    pub const BINGET: u8 = b'h';
    pub const LONG_BINGET: u8 = b'j';
    pub const LIST: u8 = b'l';
    pub const EMPTY_LIST: u8 = b']';
    pub const BINPUT: u8 = b'q';
    pub const LONG_BINPUT: u8 = b'r';
    pub const SETITEM: u8 = b's';
    pub const TUPLE: u8 = b't';
    pub const EMPTY_TUPLE: u8 = b')';
    pub const SETITEMS: u8 = b'u';
    pub const PROTO: u8 = 0x80;
    pub const NEWOBJ: u8 = 0x81;
    pub const TUPLE1: u8 = 0x85;
    pub const TUPLE2: u8 = 0x86;
    pub const TUPLE3: u8 = 0x87;
    pub const NEWTRUE: u8 = 0x88;
    pub const NEWFALSE: u8 = 0x89;
    pub const LONG1: u8 = 0x8a;
    pub const BINBYTES: u8 = b'B';
    pub const SHORT_BINBYTES: u8 = b'C';
    pub const SHORT_BINUNICODE: u8 = 0x8c;
    pub const BINUNICODE8: u8 = 0x8d;
    pub const BINBYTES8: u8 = 0x8e;
    pub const MEMOIZE: u8 = 0x94;
    pub const FRAME: u8 = 0x95;
    pub const STACK_GLOBAL: u8 = 0x93;
}

/// The module numpy 2 pickles its array constructors under.
const MULTIARRAY: &str = "numpy._core.multiarray";

/// numpy's type code of `dtype` in a pickled dtype (`np.dtype("f4")`), and its byte order.
fn type_code(dtype: DType) -> (&'static str, &'static str) {
    match dtype {
        DType::Bool => ("b1", "|"),
        DType::I8 => ("i1", "|"),
        DType::U8 => ("u1", "|"),
        DType::I16 => ("i2", "<"),
        DType::I32 => ("i4", "<"),
        DType::I64 => ("i8", "<"),
        DType::U16 => ("u2", "<"),
        DType::U32 => ("u4", "<"),
        DType::U64 => ("u8", "<"),
        DType::F16 => ("f2", "<"),
        DType::F32 => ("f4", "<"),
        DType::F64 => ("f8", "<"),
        DType::BF16 => ("bfloat16", "<"),
    }
}

fn from_code(code: &str) -> Option<DType> {
    DType::ALL.into_iter().find(|&d| type_code(d).0 == code)
}

/// Writes pickle opcodes into a buffer.
struct Ops(Vec<u8>);

impl Ops {
    fn str(&mut self, s: &str) {
        if s.len() < 256 {
            self.0.extend([op::SHORT_BINUNICODE, s.len() as u8]);
        } else {
            self.0.push(op::BINUNICODE);
            self.0.extend((s.len() as u32).to_le_bytes());
        }
        self.0.extend_from_slice(s.as_bytes());
    }

    fn global(&mut self, module: &str, name: &str) {
        self.str(module);
        self.str(name);
        self.0.push(op::STACK_GLOBAL);
    }

    fn int(&mut self, x: u64) {
        if x < 1 << 8 {
            self.0.extend([op::BININT1, x as u8]);
        } else if x < 1 << 16 {
            self.0.push(op::BININT2);
            self.0.extend((x as u16).to_le_bytes());
        } else if x < 1 << 31 {
            self.0.push(op::BININT);
            self.0.extend((x as u32).to_le_bytes());
        } else {
            // Two's complement, little-endian; a ninth byte keeps the sign bit clear.
            self.0.extend([op::LONG1, 9]);
            self.0.extend(x.to_le_bytes());
            self.0.push(0);
        }
    }

    /// `_reconstruct(ndarray, (0,), b"b")`: the empty array numpy's pickles start from.
    fn empty_array(&mut self) {
        self.global(MULTIARRAY, "_reconstruct");
        self.global("numpy", "ndarray");
        self.0
            .extend([op::BININT1, 0, op::TUPLE1, op::SHORT_BINBYTES, 1, b'b']);
        self.0.extend([op::TUPLE3, op::REDUCE]);
    }

    /// A dtype as numpy pickles it: `dtype(code, False, True)` with its state.
    fn dtype(&mut self, code: Option<DType>) {
        self.global("numpy", "dtype");
        let (order, sizes, flags) = match code {
            None => {
                self.str("O8");
                ("|", None, 63)
            }
            Some(DType::BF16) => {
                self.global("ml_dtypes", "bfloat16");
                ("<", Some(2), 64)
            }
            Some(d) => {
                let (code, order) = type_code(d);
                self.str(code);
                (order, None, 0)
            }
        };
        self.0
            .extend([op::NEWFALSE, op::NEWTRUE, op::TUPLE3, op::REDUCE]);
        self.0.extend([op::MARK, op::BININT1, 3]);
        self.str(order);
        self.0.extend([op::NONE, op::NONE, op::NONE]);
        match sizes {
            Some(n) => self.0.extend([op::BININT1, n, op::BININT1, n]),
            None => {
                self.0.extend([op::BININT, 0xff, 0xff, 0xff, 0xff]);
                self.0.extend([op::BININT, 0xff, 0xff, 0xff, 0xff]);
            }
        }
        self.0.extend([op::BININT1, flags, op::TUPLE, op::BUILD]);
    }

    /// The start of a store: a 0-d object array (`_reconstruct`, then the start of its
    /// state) whose one element, an empty dict, is left open for `SETITEM(S)`.
    fn store_open(&mut self) {
        self.0.extend([op::PROTO, 4]);
        self.empty_array();
        self.0.extend([op::MARK, op::BININT1, 1, op::EMPTY_TUPLE]);
        self.dtype(None);
        self.0
            .extend([op::NEWFALSE, op::EMPTY_LIST, op::EMPTY_DICT]);
    }

    /// The end of a store: the dict into the array's list, the state built, the end.
    fn store_close(&mut self) {
        self.0.extend([op::APPEND, op::TUPLE, op::BUILD, op::STOP]);
    }

    /// An array of `info` up to its data: `n` bytes follow, then `TUPLE BUILD`.
    fn array_head(&mut self, info: &TensorInfo, n: usize) {
        self.empty_array();
        self.0.push(op::MARK);
        self.int(1);
        if info.shape.is_empty() {
            self.0.push(op::EMPTY_TUPLE);
        } else {
            self.0.push(op::MARK);
            for &d in &info.shape {
                self.int(d);
            }
            self.0.push(op::TUPLE);
        }
        self.dtype(Some(info.dtype));
        self.0.push(op::NEWFALSE);
        self.bytes_header(n);
    }

    fn bytes_header(&mut self, n: usize) {
        if n < 256 {
            self.0.extend([op::SHORT_BINBYTES, n as u8]);
        } else if n <= u32::MAX as usize {
            self.0.push(op::BINBYTES);
            self.0.extend((n as u32).to_le_bytes());
        } else {
            self.0.push(op::BINBYTES8);
            self.0.extend((n as u64).to_le_bytes());
        }
    }
}

/// Writes one `.npy` member holding `items` as upstream's store: a 0-d object array whose
/// element is the dict key → array, pickled (protocol 4) as numpy pickles arrays. The
/// tensors' bytes go from `items` straight to `out`.
pub fn write_store<W: Write>(out: &mut W, items: &[Item<'_>]) -> std::io::Result<()> {
    out.write_all(&object_header())?;
    let mut ops = Ops(Vec::with_capacity(512));
    ops.store_open();
    if !items.is_empty() {
        ops.0.push(op::MARK);
        for item in items {
            ops.str(item.key);
            ops.array_head(&item.info, item.data.len());
            out.write_all(&ops.0)?;
            ops.0.clear();
            out.write_all(item.data)?;
            ops.0.extend([op::TUPLE, op::BUILD]);
        }
        ops.0.push(op::SETITEMS);
    }
    ops.store_close();
    out.write_all(&ops.0)
}

/// Writes the members of an npz file to a stream, one store at a time.
pub struct NpzWriter<W: Write>(StreamZip<W>);

impl<W: Write> NpzWriter<W> {
    pub fn new(sink: W) -> Self {
        NpzWriter(StreamZip::new(sink))
    }

    /// Adds the member `<name>.npy` holding the store `items`.
    pub fn store(&mut self, name: &str, items: &[Item<'_>]) -> Result<()> {
        self.0.start_member(&format!("{name}.npy"))?;
        write_store(&mut self.0, items).map_err(|e| Error::io("<npz>", e))?;
        self.0.end_member()
    }

    /// Writes the npz's central directory and returns the sink.
    pub fn finish(self) -> Result<W> {
        self.0.finish()
    }
}

/// An npz file open for reading: its members are read in place when stored (what `savez`
/// writes), decompressed otherwise (`savez_compressed`).
pub struct NpzFile {
    archive: Archive,
}

impl NpzFile {
    /// Opens the npz file held in `data` (a file, or the member of a `.keras` archive).
    pub fn open(data: Slice) -> Result<Self> {
        let archive = Archive::from_slice(data).map_err(|e| match e {
            Error::BadZip(m) => Error::BadZip(format!("npz weights: {m}")),
            other => other,
        })?;
        Ok(NpzFile { archive })
    }

    /// The stores' names: the `.npy` members without their suffix.
    pub fn names(&self) -> Vec<String> {
        self.archive
            .members()
            .iter()
            .filter_map(|m| m.name.strip_suffix(".npy").map(str::to_owned))
            .collect()
    }

    /// The member `<name>.npy` and what it holds; `None` when there is none.
    pub fn read(&self, name: &str, limits: BombLimits) -> Result<Option<(Slice, Npy)>> {
        let member = format!("{name}.npy");
        if self.archive.member(&member).is_none() {
            return Ok(None);
        }
        let bytes = self.archive.read(&member, limits)?;
        let npy = read_npy(name, &bytes)?;
        Ok(Some((bytes, npy)))
    }
}

// --- reading ------------------------------------------------------------------------------

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

fn refused(member: &str, what: impl std::fmt::Display) -> Error {
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
fn located(info: &TensorInfo, bytes: Range<usize>) -> std::result::Result<Range<usize>, String> {
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

struct Header {
    descr: String,
    fortran: bool,
    shape: Vec<u64>,
}

/// Parses the Python dict literal of an `.npy` header:
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`.
fn parse_header(text: &str) -> Option<Header> {
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
fn quoted(s: &str) -> Option<(&str, &str)> {
    let q = s.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let end = s[1..].find(q)? + 1;
    Some((&s[1..end], &s[end + 1..]))
}

/// An inert value of a pickle: what the unpickler would have built, with every global
/// left as its two names and every call as a record.
#[derive(Clone, Debug)]
enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float,
    /// Strings are shared, not copied, when the memo hands them out again.
    Str(Rc<str>),
    /// Bytes, by their place in the pickle.
    Bytes(Range<usize>),
    Tuple(Vec<usize>),
    List(Vec<usize>),
    Dict(Vec<(usize, usize)>),
    Global(Rc<str>, Rc<str>),
    /// `callable(*args)` (REDUCE, NEWOBJ), then `__setstate__(state)` (BUILD).
    Call {
        callable: usize,
        args: usize,
        state: Option<usize>,
    },
}

/// A parsed pickle: values in an arena (the memo and containers refer to them by index, so
/// shared values stay shared and a pickle cannot make its parse grow faster than itself).
pub struct Tree {
    nodes: Vec<Value>,
    root: usize,
    /// Tensors already interpreted, by node: a value the memo hands out many times is
    /// looked at once.
    seen: RefCell<HashMap<usize, Located>>,
    /// `_value` of a Keras Variable's state dict, by node, found once.
    values: RefCell<HashMap<usize, Option<usize>>>,
    /// The pickle's length in bytes.
    len: usize,
}

/// Deepest nesting followed when interpreting a tree (cycles and hostile depth end here).
const MAX_DEPTH: usize = 64;

/// Most values a pickle may build: a store of 100,000 tensors needs about 4 million, and
/// each costs tens of bytes, so a pickle of tiny opcodes cannot make its parse large.
const MAX_NODES: usize = 1 << 23;

enum Slot {
    Mark,
    Node(usize),
}

/// Parses a pickle (protocols 2 to 4, the opcodes numpy's and Keras's objects use) into an
/// inert tree. Nothing is imported or called; an opcode outside that set is refused.
pub fn parse_pickle(p: &[u8]) -> std::result::Result<Tree, String> {
    let mut nodes: Vec<Value> = Vec::new();
    let mut stack: Vec<Slot> = Vec::new();
    let mut memo: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    let mut at = 0usize;
    let take = |at: &mut usize, n: usize| -> std::result::Result<Range<usize>, String> {
        let end = at
            .checked_add(n)
            .filter(|&e| e <= p.len())
            .ok_or("the pickle is truncated")?;
        let r = *at..end;
        *at = end;
        Ok(r)
    };
    let uint = |r: Range<usize>| -> u64 {
        let mut b = [0u8; 8];
        b[..r.len()].copy_from_slice(&p[r]);
        u64::from_le_bytes(b)
    };
    fn push(nodes: &mut Vec<Value>, stack: &mut Vec<Slot>, v: Value) {
        nodes.push(v);
        stack.push(Slot::Node(nodes.len() - 1));
    }
    let mut opcodes = 0usize;
    fn pop(stack: &mut Vec<Slot>) -> std::result::Result<usize, String> {
        match stack.pop() {
            Some(Slot::Node(i)) => Ok(i),
            _ => Err("the pickle's stack underflows".into()),
        }
    }
    fn pop_mark(stack: &mut Vec<Slot>) -> std::result::Result<Vec<usize>, String> {
        let mark = stack
            .iter()
            .rposition(|s| matches!(s, Slot::Mark))
            .ok_or("the pickle has no MARK")?;
        let items = stack
            .drain(mark..)
            .skip(1)
            .map(|s| match s {
                Slot::Node(i) => i,
                Slot::Mark => unreachable!("rposition found the last mark"),
            })
            .collect();
        Ok(items)
    }
    fn top(stack: &[Slot]) -> std::result::Result<usize, String> {
        match stack.last() {
            Some(Slot::Node(i)) => Ok(*i),
            _ => Err("the pickle's stack underflows".into()),
        }
    }
    let text = |r: Range<usize>| -> std::result::Result<String, String> {
        String::from_utf8(p[r].to_vec()).map_err(|_| "a string is not UTF-8".to_string())
    };
    loop {
        let code = p[take(&mut at, 1)?.start];
        opcodes += 1;
        if nodes.len() > MAX_NODES || stack.len() > MAX_NODES || opcodes > 4 * MAX_NODES {
            return Err("the pickle builds too many values".into());
        }
        match code {
            op::PROTO => {
                let v = p[take(&mut at, 1)?.start];
                if !(2..=5).contains(&v) {
                    return Err(format!("pickle protocol {v} is not supported"));
                }
            }
            op::FRAME => {
                take(&mut at, 8)?;
            }
            op::STOP => {
                let root = pop(&mut stack)?;
                return Ok(Tree {
                    nodes,
                    root,
                    seen: RefCell::new(HashMap::new()),
                    values: RefCell::new(HashMap::new()),
                    len: p.len(),
                });
            }
            op::MARK => stack.push(Slot::Mark),
            op::POP => {
                stack.pop().ok_or("the pickle's stack underflows")?;
            }
            op::POP_MARK => {
                pop_mark(&mut stack)?;
            }
            op::DUP => stack.push(Slot::Node(top(&stack)?)),
            op::NONE => push(&mut nodes, &mut stack, Value::None),
            op::NEWTRUE => push(&mut nodes, &mut stack, Value::Bool(true)),
            op::NEWFALSE => push(&mut nodes, &mut stack, Value::Bool(false)),
            op::BININT1 => {
                let v = uint(take(&mut at, 1)?) as i64;
                push(&mut nodes, &mut stack, Value::Int(v));
            }
            op::BININT2 => {
                let v = uint(take(&mut at, 2)?) as i64;
                push(&mut nodes, &mut stack, Value::Int(v));
            }
            op::BININT => {
                let v = uint(take(&mut at, 4)?) as u32 as i32 as i64;
                push(&mut nodes, &mut stack, Value::Int(v));
            }
            op::LONG1 => {
                let n = p[take(&mut at, 1)?.start] as usize;
                let r = take(&mut at, n)?;
                let bytes = &p[r];
                // Two's complement little-endian; beyond 64 bits only sign extension.
                let negative = bytes.last().is_some_and(|b| b & 0x80 != 0);
                let fill = if negative { 0xff } else { 0 };
                if bytes.len() > 8 && bytes[8..].iter().any(|&b| b != fill) {
                    return Err("an integer does not fit 64 bits".into());
                }
                let mut b = [fill; 8];
                let k = bytes.len().min(8);
                b[..k].copy_from_slice(&bytes[..k]);
                push(&mut nodes, &mut stack, Value::Int(i64::from_le_bytes(b)));
            }
            op::BINFLOAT => {
                take(&mut at, 8)?;
                push(&mut nodes, &mut stack, Value::Float);
            }
            op::SHORT_BINUNICODE | op::BINUNICODE | op::BINUNICODE8 => {
                let width = match code {
                    op::SHORT_BINUNICODE => 1,
                    op::BINUNICODE => 4,
                    _ => 8,
                };
                let n = uint(take(&mut at, width)?) as usize;
                let s = text(take(&mut at, n)?)?;
                push(&mut nodes, &mut stack, Value::Str(s.into()));
            }
            op::SHORT_BINBYTES | op::BINBYTES | op::BINBYTES8 => {
                let width = match code {
                    op::SHORT_BINBYTES => 1,
                    op::BINBYTES => 4,
                    _ => 8,
                };
                let n = uint(take(&mut at, width)?);
                let n = usize::try_from(n).map_err(|_| "the pickle is truncated")?;
                let r = take(&mut at, n)?;
                push(&mut nodes, &mut stack, Value::Bytes(r));
            }
            op::EMPTY_TUPLE => push(&mut nodes, &mut stack, Value::Tuple(Vec::new())),
            op::TUPLE1 | op::TUPLE2 | op::TUPLE3 => {
                let n = (code - op::TUPLE1 + 1) as usize;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(pop(&mut stack)?);
                }
                items.reverse();
                push(&mut nodes, &mut stack, Value::Tuple(items));
            }
            op::TUPLE => {
                let items = pop_mark(&mut stack)?;
                push(&mut nodes, &mut stack, Value::Tuple(items));
            }
            op::EMPTY_LIST => push(&mut nodes, &mut stack, Value::List(Vec::new())),
            op::LIST => {
                let items = pop_mark(&mut stack)?;
                push(&mut nodes, &mut stack, Value::List(items));
            }
            op::APPEND | op::APPENDS => {
                let items = if code == op::APPEND {
                    vec![pop(&mut stack)?]
                } else {
                    pop_mark(&mut stack)?
                };
                match &mut nodes[top(&stack)?] {
                    Value::List(list) => list.extend(items),
                    _ => return Err("APPEND to something not a list".into()),
                }
            }
            op::EMPTY_DICT => push(&mut nodes, &mut stack, Value::Dict(Vec::new())),
            op::DICT | op::SETITEM | op::SETITEMS => {
                let items = if code == op::SETITEM {
                    let v = pop(&mut stack)?;
                    vec![pop(&mut stack)?, v]
                } else {
                    pop_mark(&mut stack)?
                };
                if items.len() % 2 != 0 {
                    return Err("a dict with a key and no value".into());
                }
                let pairs = items.chunks(2).map(|kv| (kv[0], kv[1]));
                if code == op::DICT {
                    push(&mut nodes, &mut stack, Value::Dict(pairs.collect()));
                } else {
                    match &mut nodes[top(&stack)?] {
                        Value::Dict(dict) => dict.extend(pairs),
                        _ => return Err("SETITEM on something not a dict".into()),
                    }
                }
            }
            op::GLOBAL => {
                let mut line = || -> std::result::Result<String, String> {
                    let n = p[at..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .ok_or("the pickle is truncated")?;
                    let s = text(at..at + n)?;
                    at += n + 1;
                    Ok(s)
                };
                let (module, name) = (line()?, line()?);
                push(
                    &mut nodes,
                    &mut stack,
                    Value::Global(module.into(), name.into()),
                );
            }
            op::STACK_GLOBAL => {
                let name = pop(&mut stack)?;
                let module = pop(&mut stack)?;
                match (&nodes[module], &nodes[name]) {
                    (Value::Str(m), Value::Str(n)) => {
                        let g = Value::Global(m.clone(), n.clone());
                        push(&mut nodes, &mut stack, g);
                    }
                    _ => return Err("STACK_GLOBAL of something not strings".into()),
                }
            }
            op::REDUCE | op::NEWOBJ => {
                let args = pop(&mut stack)?;
                let callable = pop(&mut stack)?;
                let call = Value::Call {
                    callable,
                    args,
                    state: None,
                };
                push(&mut nodes, &mut stack, call);
            }
            op::BUILD => {
                let s = pop(&mut stack)?;
                match &mut nodes[top(&stack)?] {
                    Value::Call { state, .. } => *state = Some(s),
                    _ => return Err("BUILD on something not an object".into()),
                }
            }
            op::MEMOIZE | op::BINPUT | op::LONG_BINPUT => {
                let key = match code {
                    op::MEMOIZE => memo.len() as u64,
                    op::BINPUT => uint(take(&mut at, 1)?),
                    _ => uint(take(&mut at, 4)?),
                };
                memo.insert(key, top(&stack)?);
            }
            op::BINGET | op::LONG_BINGET => {
                let width = if code == op::BINGET { 1 } else { 4 };
                let key = uint(take(&mut at, width)?);
                let i = *memo
                    .get(&key)
                    .ok_or("the pickle refers to an unknown memo entry")?;
                stack.push(Slot::Node(i));
            }
            other => {
                return Err(format!(
                    "pickle opcode 0x{other:02x} is not one kerasave reads (only tensors and \
                     the containers holding them are)"
                ))
            }
        }
    }
}

impl Tree {
    fn node(&self, i: usize) -> &Value {
        &self.nodes[i]
    }

    fn global(&self, i: usize) -> Option<(&str, &str)> {
        match self.node(i) {
            Value::Global(m, n) => Some((m, n)),
            _ => None,
        }
    }

    fn items(&self, i: usize) -> Option<&[usize]> {
        match self.node(i) {
            Value::Tuple(v) | Value::List(v) => Some(v),
            _ => None,
        }
    }

    fn int(&self, i: usize) -> Option<i64> {
        match self.node(i) {
            Value::Int(v) => Some(*v),
            _ => None,
        }
    }

    /// What a node is, for messages.
    fn describe(&self, i: usize) -> String {
        match self.node(i) {
            Value::Call { callable, .. } => match self.global(*callable) {
                Some((m, n)) => format!("a pickled '{m}.{n}' object"),
                None => "a pickled object".into(),
            },
            Value::Global(m, n) => format!("a reference to '{m}.{n}'"),
            Value::None => "None".into(),
            Value::Bool(_) | Value::Int(_) | Value::Float => "a Python number".into(),
            Value::Str(_) => "a string".into(),
            Value::Bytes(_) => "bytes".into(),
            Value::Tuple(_) | Value::List(_) => "a sequence".into(),
            Value::Dict(_) => "a dict".into(),
        }
    }

    /// The store of a member: the root must be a 0-d object array whose element is a dict
    /// of string keys and tensors. `base` is where the pickle starts in the member.
    fn store(&self, base: usize) -> std::result::Result<Vec<(String, Located)>, String> {
        let element = self
            .object_array_element(self.root)
            .ok_or("it holds no store (a 0-d object array of a dict)")?;
        let Value::Dict(pairs) = self.node(element) else {
            return Err(format!(
                "its array holds {}, not a dict",
                self.describe(element)
            ));
        };
        // A dict keeps the last value of a repeated key.
        let mut order: Vec<Rc<str>> = Vec::new();
        let mut values: HashMap<Rc<str>, usize> = HashMap::new();
        for &(k, v) in pairs {
            let Value::Str(key) = self.node(k) else {
                return Err("a store key is not a string".into());
            };
            if values.insert(key.clone(), v).is_none() {
                order.push(key.clone());
            }
        }
        let mut out = Vec::with_capacity(order.len());
        let mut total = 0usize;
        for key in order {
            let mut located = self
                .tensor(values[&key], 0)
                .map_err(|e| format!("store key '{key}': {e}"))?;
            // Tensors referred to many times would be read as many times: the store may
            // not hold more bytes than the pickle does.
            total = total.saturating_add(located.range.len());
            if total > self.len {
                return Err("its tensors add up to more bytes than the file holds".into());
            }
            located.range = located.range.start + base..located.range.end + base;
            out.push((key.to_string(), located));
        }
        Ok(out)
    }

    /// `_reconstruct(ndarray, ...)` built from `(version, shape, dtype, fortran, data)`.
    fn ndarray_state(&self, i: usize) -> Option<usize> {
        let Value::Call {
            callable,
            args,
            state: Some(state),
        } = self.node(i)
        else {
            return None;
        };
        let (m, n) = self.global(*callable)?;
        let cls = *self.items(*args)?.first()?;
        (is_multiarray(m) && n == "_reconstruct" && self.global(cls) == Some(("numpy", "ndarray")))
            .then_some(*state)
    }

    /// The element of a 0-d object array.
    fn object_array_element(&self, i: usize) -> Option<usize> {
        let state = self.items(self.ndarray_state(i)?)?;
        let [_, shape, dtype, _, data] = state else {
            return None;
        };
        let object = matches!(self.dtype_code(*dtype), Ok(None));
        let list = self.items(*data)?;
        (object && self.items(*shape)?.is_empty() && list.len() == 1).then(|| list[0])
    }

    /// The dtype a pickled `numpy.dtype(...)` describes; `None` for the object dtype.
    fn dtype_code(&self, i: usize) -> std::result::Result<Option<DType>, String> {
        let err = || "a malformed dtype".to_string();
        let Value::Call {
            callable,
            args,
            state,
        } = self.node(i)
        else {
            return Err(err());
        };
        if self.global(*callable) != Some(("numpy", "dtype")) {
            return Err(err());
        }
        let first = *self.items(*args).and_then(|a| a.first()).ok_or_else(err)?;
        if let Some(state) = state.and_then(|s| self.items(s)) {
            if let Some(Value::Str(order)) = state.get(1).map(|&o| self.node(o)) {
                if &**order == ">" {
                    return Err("big-endian tensors are not supported".into());
                }
            }
        }
        match self.node(first) {
            Value::Str(code) if &**code == "O8" || &**code == "O4" => Ok(None),
            Value::Str(code) => from_code(code)
                .map(Some)
                .ok_or_else(|| format!("dtype '{code}' is not supported")),
            Value::Global(m, n) if &**m == "ml_dtypes" && &**n == "bfloat16" => {
                Ok(Some(DType::BF16))
            }
            Value::Global(m, n) => Err(format!("dtype '{m}.{n}' is not supported")),
            _ => Err(err()),
        }
    }

    /// A tensor from numpy's array state `(version, shape, dtype, fortran, data)`.
    fn array_of_state(&self, i: usize) -> std::result::Result<Located, String> {
        let bad = || "a malformed array".to_string();
        let state = self.items(i).ok_or_else(bad)?;
        let [_, shape, dtype, fortran, data] = state else {
            return Err(bad());
        };
        let shape = self
            .items(*shape)
            .ok_or_else(bad)?
            .iter()
            .map(|&d| self.int(d).and_then(|d| u64::try_from(d).ok()))
            .collect::<Option<Vec<u64>>>()
            .ok_or_else(bad)?;
        let dtype = self
            .dtype_code(*dtype)?
            .ok_or("an object array inside a store")?;
        if matches!(self.node(*fortran), Value::Bool(true)) && shape.len() > 1 {
            return Err("Fortran-ordered arrays are not supported".into());
        }
        let Value::Bytes(range) = self.node(*data) else {
            return Err(bad());
        };
        let info = TensorInfo { dtype, shape };
        let range = located(&info, range.clone())?;
        Ok(Located { info, range })
    }

    /// A tensor as numpy, JAX or Keras pickle one: a numpy array, a numpy scalar, a JAX
    /// array (`_reconstruct_array` around numpy's state), or a Keras `Variable` holding
    /// one of these as `_value`.
    fn tensor(&self, i: usize, depth: usize) -> std::result::Result<Located, String> {
        if let Some(found) = self.seen.borrow().get(&i) {
            return Ok(found.clone());
        }
        let found = self.interpret(i, depth)?;
        self.seen.borrow_mut().insert(i, found.clone());
        Ok(found)
    }

    fn interpret(&self, i: usize, depth: usize) -> std::result::Result<Located, String> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply".into());
        }
        if let Some(state) = self.ndarray_state(i) {
            return self.array_of_state(state);
        }
        let unknown = || format!("it holds {}, not a tensor kerasave reads", self.describe(i));
        let Value::Call {
            callable,
            args,
            state,
        } = self.node(i)
        else {
            return Err(unknown());
        };
        let Some((module, name)) = self.global(*callable) else {
            return Err(unknown());
        };
        let args = self.items(*args).unwrap_or_default();
        if is_multiarray(module) && name == "scalar" {
            // numpy scalar: scalar(dtype, bytes)
            if let [dtype, data] = args {
                if let (Ok(Some(dtype)), Value::Bytes(range)) =
                    (self.dtype_code(*dtype), self.node(*data))
                {
                    let info = TensorInfo {
                        dtype,
                        shape: Vec::new(),
                    };
                    let range = located(&info, range.clone())?;
                    return Ok(Located { info, range });
                }
            }
            return Err(unknown());
        }
        if module == "jax._src.array" && name == "_reconstruct_array" {
            // _reconstruct_array(fun, args, arr_state, aval_state)
            return match args {
                [_, _, arr_state, _] => self.array_of_state(*arr_state),
                _ => Err(unknown()),
            };
        }
        if module.starts_with("keras") && name.ends_with("Variable") {
            let Some(state) = *state else {
                return Err(unknown());
            };
            let Value::Dict(fields) = self.node(state) else {
                return Err(unknown());
            };
            let cached = self.values.borrow().get(&state).copied();
            let value = match cached {
                Some(value) => value,
                None => {
                    let value = fields
                        .iter()
                        .rev() // the last `_value` wins, as in a dict
                        .find(|(k, _)| matches!(self.node(*k), Value::Str(s) if &**s == "_value"))
                        .map(|&(_, v)| v);
                    self.values.borrow_mut().insert(state, value);
                    value
                }
            }
            .ok_or("a pickled Keras Variable without a value")?;
            return self.tensor(value, depth + 1);
        }
        Err(unknown())
    }
}

fn is_multiarray(module: &str) -> bool {
    module == MULTIARRAY || module == "numpy.core.multiarray"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item<'a>(key: &'a str, dtype: DType, shape: &[u64], data: &'a [u8]) -> Item<'a> {
        Item {
            key,
            info: TensorInfo {
                dtype,
                shape: shape.to_vec(),
            },
            data,
        }
    }

    #[test]
    fn header_is_numpys() {
        let h = object_header();
        assert_eq!(h.len(), 128);
        assert!(h.starts_with(
            b"\x93NUMPY\x01\x00v\x00{'descr': '|O', 'fortran_order': False, 'shape': (), }"
        ));
        assert_eq!(*h.last().unwrap(), b'\n');
    }

    #[test]
    fn store_round_trips() {
        let kernel: Vec<u8> = (0..24).collect();
        let big = vec![7u8; 70_000 * 4];
        let items = [
            item("0", DType::F32, &[2, 3], &kernel),
            item("1", DType::BF16, &[], &[1, 2]),
            item("2", DType::Bool, &[0], &[]),
            item("3", DType::F32, &[70_000], &big),
            item("4", DType::I64, &[1, 1, 1, 1, 1], &[9; 8]),
            item("5", DType::F16, &[0, 3_000_000_000], &[]),
        ];
        let mut out = Vec::new();
        write_store(&mut out, &items).unwrap();
        let Npy::Store(store) = read_npy("x.npy", &out).unwrap() else {
            panic!("not a store")
        };
        assert_eq!(store.len(), items.len());
        for ((key, loc), it) in store.iter().zip(&items) {
            assert_eq!(key, it.key);
            assert_eq!(loc.info, it.info);
            assert_eq!(&out[loc.range.clone()], it.data);
        }
        let mut empty = Vec::new();
        write_store(&mut empty, &[]).unwrap();
        assert_eq!(read_npy("e.npy", &empty).unwrap(), Npy::Store(Vec::new()));
    }

    #[test]
    fn refuses_other_objects_and_lies() {
        // A pickled call to os.system where a tensor should be.
        let mut ops = Ops(Vec::new());
        ops.store_open();
        ops.str("0");
        ops.global("os", "system");
        ops.str("echo hi");
        ops.0.extend([op::TUPLE1, op::REDUCE, op::SETITEM]);
        ops.store_close();
        let mut member = object_header();
        member.extend_from_slice(&ops.0);
        let err = read_npy("evil.npy", &member).unwrap_err().to_string();
        assert!(err.contains("'os.system'"), "{err}");

        // A shape that declares more than the bytes stored.
        let data = [0u8; 8];
        let mut out = Vec::new();
        write_store(&mut out, &[item("0", DType::F32, &[1 << 40], &data)]).unwrap();
        let err = read_npy("bomb.npy", &out).unwrap_err().to_string();
        assert!(err.contains("needs"), "{err}");

        // Every truncation fails cleanly.
        let mut out = Vec::new();
        write_store(&mut out, &[item("0", DType::F32, &[2], &data)]).unwrap();
        for n in 0..out.len() {
            assert!(read_npy("t.npy", &out[..n]).is_err());
        }
    }

    #[test]
    fn shared_tensors_cannot_multiply_the_file() {
        // One 1000-byte array, memoized, then handed out under 1000 keys: 1 MB to read
        // from a 10 KB pickle. Refused; a key repeated keeps its last value.
        let bytes = |n: u64| TensorInfo {
            dtype: DType::U8,
            shape: vec![n],
        };
        let mut ops = Ops(Vec::new());
        ops.store_open();
        ops.0.push(op::MARK);
        ops.str("0");
        ops.array_head(&bytes(1000), 1000);
        ops.0.extend([0u8; 1000]);
        ops.0.extend([op::TUPLE, op::BUILD, op::BINPUT, 7]);
        for i in 1..1000 {
            ops.str(&i.to_string());
            ops.0.extend([op::BINGET, 7]);
        }
        ops.0.push(op::SETITEMS);
        ops.store_close();
        let mut member = object_header();
        member.extend_from_slice(&ops.0);
        let err = read_npy("shared.npy", &member).unwrap_err().to_string();
        assert!(err.contains("more bytes than the file holds"), "{err}");

        let mut ops = Ops(Vec::new());
        ops.store_open();
        ops.0.push(op::MARK);
        for n in [1u64, 2] {
            ops.str("k");
            ops.array_head(&bytes(n), n as usize);
            ops.0.extend(std::iter::repeat_n(0u8, n as usize));
            ops.0.extend([op::TUPLE, op::BUILD]);
        }
        ops.0.push(op::SETITEMS);
        ops.store_close();
        let mut member = object_header();
        member.extend_from_slice(&ops.0);
        let Npy::Store(store) = read_npy("dup.npy", &member).unwrap() else {
            panic!("not a store")
        };
        assert_eq!(store.len(), 1);
        assert_eq!(store[0].1.info.shape, [2]);
    }

    #[test]
    fn plain_arrays() {
        let mut member = npy_header("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1), }");
        let start = member.len();
        member.extend_from_slice(&[0u8; 8]);
        let Npy::Array(loc) = read_npy("w.npy", &member).unwrap() else {
            panic!("not an array")
        };
        assert_eq!(loc.info.shape, [2, 1]);
        assert_eq!(loc.range, start..start + 8);
    }
}
