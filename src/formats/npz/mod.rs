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
//! and only the shapes numpy, JAX, TensorFlow and Keras give a tensor are interpreted; nothing is ever
//! imported or called. Tensor bytes are located in the file, never copied here.

mod npy;
mod pickle_read;
mod pickle_write;

use std::io::Write;

use crate::errors::{Error, Result};
use crate::formats::{DType, TensorInfo};
use crate::io::bytes::Slice;
use crate::zip::read::{Archive, BombLimits};
use crate::zip::write::StreamZip;

use npy::*;
use pickle_write::*;

pub use npy::{object_header, read_npy, Located, Npy};
pub use pickle_read::{parse_pickle, Tree};
pub use pickle_write::write_store;

/// One tensor of a saveable's store.
pub struct Item<'a> {
    pub key: &'a str,
    pub info: TensorInfo,
    pub data: &'a [u8],
}

/// Pickle opcodes.
pub(super) mod op {
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
    pub const EMPTY_SET: u8 = 0x8f;
    pub const ADDITEMS: u8 = 0x90;
    pub const FROZENSET: u8 = 0x91;
    pub const BINPERSID: u8 = b'Q';
    pub const MEMOIZE: u8 = 0x94;
    pub const FRAME: u8 = 0x95;
    pub const STACK_GLOBAL: u8 = 0x93;
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

#[cfg(test)]
mod tests {
    use super::pickle_read::{TORCH_MAGIC, TORCH_VERSION};
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

    /// A store holding, at key "0", what `partial(func, initial_value=<f32 [2]>)()` pickles
    /// to (a TensorFlow variable's own pickle), and with `set` an empty set (as TensorFlow's
    /// trackable state holds) at key "1".
    fn partial_store(module: &str, name: &str, set: bool) -> Vec<u8> {
        let mut ops = Ops(Vec::new());
        ops.store_open();
        ops.str("0");
        ops.global("functools", "partial");
        ops.global(module, name);
        ops.0.extend([op::TUPLE1, op::REDUCE, op::MARK]);
        ops.global(module, name);
        ops.0.extend([op::EMPTY_TUPLE, op::EMPTY_DICT]);
        ops.str("initial_value");
        let info = TensorInfo {
            dtype: DType::F32,
            shape: vec![2],
        };
        ops.array_head(&info, 8);
        ops.0.extend(1.5f32.to_le_bytes());
        ops.0.extend((-2.0f32).to_le_bytes());
        ops.0
            .extend([op::TUPLE, op::BUILD, op::SETITEM, op::NONE, op::TUPLE]);
        ops.0
            .extend([op::BUILD, op::EMPTY_TUPLE, op::REDUCE, op::SETITEM]);
        if set {
            ops.str("1");
            ops.0
                .extend([op::EMPTY_SET, op::MARK, op::NONE, op::ADDITEMS]);
            ops.0.push(op::SETITEM);
        }
        ops.store_close();
        let mut member = object_header();
        member.extend_from_slice(&ops.0);
        member
    }

    #[test]
    fn tensorflow_variables() {
        let tf = (
            "tensorflow.python.ops.resource_variable_ops",
            "ResourceVariable",
        );
        let member = partial_store(tf.0, tf.1, false);
        let Npy::Store(store) = read_npy("tf.npy", &member).unwrap() else {
            panic!("not a store")
        };
        assert_eq!(store.len(), 1);
        let (key, loc) = &store[0];
        assert_eq!(key, "0");
        assert_eq!(loc.info.shape, [2]);
        assert_eq!(loc.info.dtype, DType::F32);
        let want: Vec<u8> = [1.5f32, -2.0]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        assert_eq!(&member[loc.range.clone()], &want[..]);

        // A set is parsed, and is no tensor.
        let err = read_npy("tf.npy", &partial_store(tf.0, tf.1, true))
            .unwrap_err()
            .to_string();
        assert!(err.contains("store key '1': it holds a set"), "{err}");
        // A partial of anything else is refused.
        let err = read_npy("evil.npy", &partial_store("os", "system", false))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("store key '0'") && err.contains("functools"),
            "{err}"
        );
    }

    /// A store holding at key "0" a torch Parameter as it pickles itself: a view from
    /// element `offset` with `size` and `stride` of a float32 storage of [1, 2, 3] (a
    /// torch.save file of its own, inside the pickle).
    fn torch_store(offset: u64, size: u64, stride: u64) -> Vec<u8> {
        let mut storage = Ops(Vec::new());
        storage.0.extend(TORCH_MAGIC);
        storage.0.extend(TORCH_VERSION);
        storage.0.extend([op::PROTO, 2, op::EMPTY_DICT, op::MARK]);
        storage.str("little_endian");
        storage.0.extend([op::NEWTRUE, op::SETITEMS, op::STOP]);
        storage.0.extend([op::PROTO, 2, op::MARK]);
        storage.str("storage");
        storage.global("torch", "FloatStorage");
        storage.str("94");
        storage.str("cpu");
        storage.int(3);
        storage
            .0
            .extend([op::NONE, op::TUPLE, op::BINPERSID, op::STOP]);
        storage.0.extend([op::PROTO, 2, op::EMPTY_LIST]);
        storage.str("94");
        storage.0.extend([op::APPEND, op::STOP]);
        storage.0.extend(3u64.to_le_bytes());
        for x in [1.0f32, 2.0, 3.0] {
            storage.0.extend(x.to_le_bytes());
        }

        let mut ops = Ops(Vec::new());
        ops.store_open();
        ops.str("0");
        ops.global("torch._utils", "_rebuild_parameter");
        ops.0.push(op::MARK);
        ops.global("torch._utils", "_rebuild_tensor_v2");
        ops.0.push(op::MARK);
        ops.global("torch.storage", "_load_from_bytes");
        ops.bytes_header(storage.0.len());
        ops.0.extend(&storage.0);
        ops.0.extend([op::TUPLE1, op::REDUCE]);
        ops.int(offset);
        ops.int(size);
        ops.0.push(op::TUPLE1);
        ops.int(stride);
        ops.0.push(op::TUPLE1);
        ops.0
            .extend([op::NEWFALSE, op::EMPTY_DICT, op::TUPLE, op::REDUCE]);
        ops.0.extend([
            op::NEWTRUE,
            op::EMPTY_DICT,
            op::TUPLE,
            op::REDUCE,
            op::SETITEM,
        ]);
        ops.store_close();
        let mut member = object_header();
        member.extend_from_slice(&ops.0);
        member
    }

    #[test]
    fn torch_parameters() {
        let member = torch_store(1, 2, 1);
        let Npy::Store(store) = read_npy("torch.npy", &member).unwrap() else {
            panic!("not a store")
        };
        assert_eq!(store.len(), 1);
        let (key, loc) = &store[0];
        assert_eq!((key.as_str(), loc.info.dtype), ("0", DType::F32));
        assert_eq!(loc.info.shape, [2]);
        let want: Vec<u8> = [2.0f32, 3.0].iter().flat_map(|x| x.to_le_bytes()).collect();
        assert_eq!(&member[loc.range.clone()], &want[..]);

        for (offset, size, stride, message) in
            [(0, 2, 2, "not contiguous"), (2, 2, 1, "beyond its storage")]
        {
            let err = read_npy("torch.npy", &torch_store(offset, size, stride))
                .unwrap_err()
                .to_string();
            assert!(err.contains(message), "{err}");
        }
        // Every truncation of the storage's own file fails cleanly.
        let member = torch_store(0, 3, 1);
        let Npy::Store(store) = read_npy("torch.npy", &member).unwrap() else {
            panic!("not a store")
        };
        let data_end = store[0].1.range.end;
        for cut in [1, 8, 14, 30] {
            let mut damaged = member.clone();
            // Removes bytes before the tensor, inside the nested file's header pickles.
            damaged.drain(data_end - 12 - 8 - cut..data_end - 12 - 8);
            assert!(read_npy("torch.npy", &damaged).is_err());
        }
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
