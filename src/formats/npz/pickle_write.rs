//! Writing a saveable's store as numpy pickles it (protocol 4): the opcodes around each
//! tensor's bytes, which go straight from the caller to the output.

use std::io::Write;

use super::*;

/// The module numpy 2 pickles its array constructors under.
pub(super) const MULTIARRAY: &str = "numpy._core.multiarray";

/// numpy's type code of `dtype` in a pickled dtype (`np.dtype("f4")`), and its byte order.
pub(super) fn type_code(dtype: DType) -> (&'static str, &'static str) {
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

pub(super) fn from_code(code: &str) -> Option<DType> {
    DType::ALL.into_iter().find(|&d| type_code(d).0 == code)
}

/// Writes pickle opcodes into a buffer.
pub(super) struct Ops(pub(super) Vec<u8>);

impl Ops {
    pub(super) fn str(&mut self, s: &str) {
        if s.len() < 256 {
            self.0.extend([op::SHORT_BINUNICODE, s.len() as u8]);
        } else {
            self.0.push(op::BINUNICODE);
            self.0.extend((s.len() as u32).to_le_bytes());
        }
        self.0.extend_from_slice(s.as_bytes());
    }

    pub(super) fn global(&mut self, module: &str, name: &str) {
        self.str(module);
        self.str(name);
        self.0.push(op::STACK_GLOBAL);
    }

    pub(super) fn int(&mut self, x: u64) {
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
    pub(super) fn empty_array(&mut self) {
        self.global(MULTIARRAY, "_reconstruct");
        self.global("numpy", "ndarray");
        self.0
            .extend([op::BININT1, 0, op::TUPLE1, op::SHORT_BINBYTES, 1, b'b']);
        self.0.extend([op::TUPLE3, op::REDUCE]);
    }

    /// A dtype as numpy pickles it: `dtype(code, False, True)` with its state.
    pub(super) fn dtype(&mut self, code: Option<DType>) {
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
    pub(super) fn store_open(&mut self) {
        self.0.extend([op::PROTO, 4]);
        self.empty_array();
        self.0.extend([op::MARK, op::BININT1, 1, op::EMPTY_TUPLE]);
        self.dtype(None);
        self.0
            .extend([op::NEWFALSE, op::EMPTY_LIST, op::EMPTY_DICT]);
    }

    /// The end of a store: the dict into the array's list, the state built, the end.
    pub(super) fn store_close(&mut self) {
        self.0.extend([op::APPEND, op::TUPLE, op::BUILD, op::STOP]);
    }

    /// An array of `info` up to its data: `n` bytes follow, then `TUPLE BUILD`.
    pub(super) fn array_head(&mut self, info: &TensorInfo, n: usize) {
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

    pub(super) fn bytes_header(&mut self, n: usize) {
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
