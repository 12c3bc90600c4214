//! TensorFlow SavedModel directories written by tf.keras (`model.save(dir, save_format="tf")`),
//! read without TensorFlow.
//!
//! What a Keras model needs of one:
//! - `keras_metadata.pb`: a `SavedMetadata` message, one node per Keras object (its path from
//!   the root, such as `root.layer_with_weights-1.cell`, and its metadata JSON, the root's
//!   holding the model's config);
//! - `variables/variables.index`: a LevelDB-format table (TensorFlow's tensor bundle) from
//!   checkpoint keys to `BundleEntryProto` records: dtype, shape, shard, offset, size and
//!   CRC-32C of each tensor in the `variables.data-NNNNN-of-MMMMM` shards;
//! - the bundle's `_CHECKPOINTABLE_OBJECT_GRAPH` string tensor: a `TrackableObjectGraph`
//!   message linking objects to their children and variables to their checkpoint keys.
//!
//! Every length, offset and CRC is checked; a tensor must lie inside its shard and hold
//! exactly its shape's bytes. Symbolic links are refused.

mod proto;
mod table;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use prost::Message;

use crate::errors::{Error, Result};
use crate::formats::{DType, TensorInfo};
use crate::io::bytes::Bytes;

use proto::*;
use table::*;

pub use proto::{
    ObjectReference, SavedMetadata, SavedObject, SerializedTensor, SlotVariableReference,
    TrackableObject, TrackableObjectGraph,
};

// --- the tensor bundle -------------------------------------------------------------------

/// TensorFlow's `DataType` enum values kerasave reads.
const DT_STRING: i32 = 7;

fn dtype_of(tf: i32) -> Option<DType> {
    Some(match tf {
        1 => DType::F32,
        2 => DType::F64,
        3 => DType::I32,
        4 => DType::U8,
        5 => DType::I16,
        6 => DType::I8,
        9 => DType::I64,
        10 => DType::Bool,
        14 => DType::BF16,
        17 => DType::U16,
        19 => DType::F16,
        22 => DType::U32,
        23 => DType::U64,
        _ => return None,
    })
}

/// One tensor of the bundle: where its bytes are and what they must be.
#[derive(Clone, Debug)]
pub struct Entry {
    /// None for string tensors.
    pub info: Option<TensorInfo>,
    shard: usize,
    offset: usize,
    size: usize,
    crc: u32,
}

/// The index file above this size is refused (a Keras model's index is kilobytes).
const MAX_INDEX: u64 = 256 << 20;
/// So are metadata and object graphs above this size.
const MAX_PROTO: u64 = 256 << 20;
/// And a `saved_model.pb` above this one (it holds the traced functions too; protobuf's own
/// limit is 2 GiB).
const MAX_SAVED_MODEL: u64 = 1 << 30;

/// A file of the SavedModel directory, refused when it is a symbolic link.
fn regular(path: &Path) -> Result<PathBuf> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.file_type().is_symlink() {
        return Err(Error::Refused(format!(
            "{} is a symbolic link, which a SavedModel may not hold",
            path.display()
        )));
    }
    if !meta.is_file() {
        return Err(bad(&format!("{} is not a file", path.display())));
    }
    Ok(path.to_path_buf())
}

fn read_small(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let path = regular(path)?;
    let len = std::fs::metadata(&path)
        .map_err(|e| Error::io(&path, e))?
        .len();
    if len > limit {
        return Err(Error::Refused(format!(
            "{} holds {len} bytes, more than {limit}",
            path.display()
        )));
    }
    std::fs::read(&path).map_err(|e| Error::io(&path, e))
}

/// The tensor bundle's index (`variables.index`): checkpoint key -> entry, and the number of
/// shards its header declares. No two entries may share bytes of a shard (TensorFlow writes
/// each tensor once, one after another), so that the tensors declared hold no more bytes
/// than the shards.
pub fn parse_index(index: &[u8]) -> Result<(BTreeMap<String, Entry>, usize)> {
    let mut entries = BTreeMap::new();
    let mut shards_declared = None;
    table_entries(index, |key, value| {
        let key = std::str::from_utf8(key).map_err(|_| bad("a key is not UTF-8"))?;
        if key.is_empty() {
            let header = BundleHeaderProto::decode(value)
                .map_err(|e| bad(&format!("bundle header: {e}")))?;
            if header.endianness != 0 {
                return Err(bad("big-endian tensor bundle"));
            }
            shards_declared = Some(header.num_shards);
            return Ok(());
        }
        let entry =
            BundleEntryProto::decode(value).map_err(|e| bad(&format!("entry '{key}': {e}")))?;
        entries.insert(key.to_owned(), SavedModel::entry(key, entry)?);
        Ok(())
    })?;
    let n = shards_declared.ok_or_else(|| bad("the tensor bundle has no header"))?;
    if !(1..=1024).contains(&n) {
        return Err(bad(&format!("the tensor bundle declares {n} shards")));
    }
    let mut ranges: Vec<(usize, usize, usize, &str)> = entries
        .iter()
        .filter(|(_, e)| e.size > 0)
        .map(|(key, e)| (e.shard, e.offset, e.size, key.as_str()))
        .collect();
    ranges.sort_unstable();
    for pair in ranges.windows(2) {
        let ((shard, offset, size, a), (next_shard, next_offset, _, b)) = (pair[0], pair[1]);
        if shard == next_shard && offset.saturating_add(size) > next_offset {
            return Err(bad(&format!(
                "'{a}' and '{b}' overlap in shard {shard} (a tensor's bytes declared twice)"
            )));
        }
    }
    Ok((entries, n as usize))
}

/// How deep an object graph's paths may go (a Keras model's are a few levels deep; each
/// nested layer or model adds one or two).
const MAX_DEPTH: u32 = 1000;

/// The Keras metadata that `saved_model.pb` (a `SavedModel` message) holds in its object
/// graph, as keras_metadata.pb would list it: each Keras object's node id, its path from the
/// root (the first found breadth first, children in order, as TensorFlow names them), its
/// identifier and metadata JSON. Empty when no object has metadata (Keras 2.5 and later
/// leave it empty there).
///
/// Each node reached keeps only its parent and its name's place, so the walk is linear in
/// the graph; paths are spelled out only for the nodes with metadata, and may not nest deeper
/// than `MAX_DEPTH` or total more than the file's `Budget` (a chain of nodes would otherwise
/// spell out a quadratic number of bytes).
pub(crate) fn metadata_in_graph(saved_model: &[u8]) -> Result<SavedMetadata> {
    let proto =
        SavedModelProto::decode(saved_model).map_err(|e| bad(&format!("saved_model.pb: {e}")))?;
    let Some(graph) = proto
        .meta_graphs
        .into_iter()
        .next()
        .and_then(|m| m.object_graph_def)
    else {
        return Ok(SavedMetadata::default());
    };
    let n = graph.nodes.len();
    /// A node reached: its parent and its place among the parent's children (none for the
    /// root), its depth and the length of its path.
    #[derive(Clone, Copy)]
    struct Reached {
        via: Option<(usize, usize)>,
        depth: u32,
        len: usize,
    }
    let mut reached: Vec<Option<Reached>> = vec![None; n];
    let mut queue = std::collections::VecDeque::new();
    if n > 0 {
        reached[0] = Some(Reached {
            via: None,
            depth: 0,
            len: "root".len(),
        });
        queue.push_back(0usize);
    }
    while let Some(node) = queue.pop_front() {
        let Some(parent) = reached[node] else {
            continue; // queued nodes are reached
        };
        for (place, child) in graph.nodes[node].children.iter().enumerate() {
            let Some(id) = usize::try_from(child.node_id).ok().filter(|&id| id < n) else {
                return Err(bad(&format!(
                    "saved_model.pb: child node {}",
                    child.node_id
                )));
            };
            if reached[id].is_some() {
                continue;
            }
            if parent.depth >= MAX_DEPTH {
                return Err(bad(&format!(
                    "saved_model.pb: the object graph nests deeper than {MAX_DEPTH} levels"
                )));
            }
            reached[id] = Some(Reached {
                via: Some((node, place)),
                depth: parent.depth + 1,
                len: parent.len.saturating_add(1 + child.local_name.len()),
            });
            queue.push_back(id);
        }
    }
    let mut budget = Budget::new("saved_model.pb's object paths", saved_model.len());
    let mut paths: Vec<Option<String>> = vec![None; n];
    for (id, node) in graph.nodes.iter().enumerate() {
        let (Some(user), Some(at)) = (&node.user_object, reached[id]) else {
            continue;
        };
        if user.metadata.is_empty() {
            continue;
        }
        budget.take(at.len)?;
        // The names from the node up to the root (at most MAX_DEPTH of them).
        let mut names = Vec::with_capacity(at.depth as usize);
        let mut via = at.via;
        while let Some((parent, place)) = via {
            names.push(graph.nodes[parent].children[place].local_name.as_str());
            via = reached[parent].and_then(|r| r.via);
        }
        let mut path = String::with_capacity(at.len);
        path.push_str("root");
        for name in names.iter().rev() {
            path.push('.');
            path.push_str(name);
        }
        paths[id] = Some(path);
    }
    let mut nodes = Vec::new();
    for (id, (node, path)) in graph.nodes.into_iter().zip(paths).enumerate() {
        let (Some(user), Some(path)) = (node.user_object, path) else {
            continue;
        };
        nodes.push(SavedObject {
            node_id: i32::try_from(id).map_err(|_| bad("saved_model.pb: too many nodes"))?,
            node_path: path,
            identifier: user.identifier,
            metadata: user.metadata,
        });
    }
    Ok(SavedMetadata { nodes })
}

/// A SavedModel directory opened for reading.
pub struct SavedModel {
    pub metadata: SavedMetadata,
    /// The checkpoint's object graph, each node's children sorted by name.
    pub graph: TrackableObjectGraph,
    entries: BTreeMap<String, Entry>,
    shards: Vec<Arc<Bytes>>,
}

/// The checkpoint key of the object graph.
const OBJECT_GRAPH: &str = "_CHECKPOINTABLE_OBJECT_GRAPH";

impl SavedModel {
    /// Opens the SavedModel directory `dir`: its Keras metadata, tensor index and shards.
    pub fn open(dir: &Path) -> Result<Self> {
        let metadata_path = dir.join("keras_metadata.pb");
        let metadata = if std::fs::symlink_metadata(&metadata_path).is_ok() {
            SavedMetadata::decode(&read_small(&metadata_path, MAX_PROTO)?[..])
                .map_err(|e| bad(&format!("keras_metadata.pb: {e}")))?
        } else {
            // Keras before 2.5: the metadata is in saved_model.pb's object graph.
            let graph = dir.join("saved_model.pb");
            let metadata = metadata_in_graph(&read_small(&graph, MAX_SAVED_MODEL)?)?;
            if metadata.nodes.is_empty() {
                return Err(Error::Invalid(format!(
                    "{} has no Keras metadata (no keras_metadata.pb, and none in \
                     saved_model.pb): it was not saved by Keras and cannot be rebuilt as a \
                     Keras model. keras.layers.TFSMLayer loads it for inference only",
                    dir.display()
                )));
            }
            metadata
        };
        let variables = dir.join("variables");
        let meta = std::fs::symlink_metadata(&variables).map_err(|e| Error::io(&variables, e))?;
        if meta.file_type().is_symlink() {
            return Err(Error::Refused(format!(
                "{} is a symbolic link, which a SavedModel may not hold",
                variables.display()
            )));
        }
        let index = read_small(&variables.join("variables.index"), MAX_INDEX)?;
        let (entries, n) = parse_index(&index)?;
        let mut shards = Vec::new();
        for i in 0..n {
            let name = format!("variables.data-{i:05}-of-{n:05}");
            shards.push(Arc::new(Bytes::map(&regular(&variables.join(name))?)?));
        }
        for (key, e) in &entries {
            let shard = shards
                .get(e.shard)
                .ok_or_else(|| bad(&format!("'{key}' is in shard {}, of {n}", e.shard)))?;
            if e.offset
                .checked_add(e.size)
                .is_none_or(|end| end > shard.len())
            {
                return Err(bad(&format!("'{key}' lies outside its shard")));
            }
        }
        let mut model = SavedModel {
            metadata,
            graph: TrackableObjectGraph::default(),
            entries,
            shards,
        };
        let graph = model.read_string(OBJECT_GRAPH)?;
        model.graph = TrackableObjectGraph::decode(&graph[..])
            .map_err(|e| bad(&format!("object graph: {e}")))?;
        // Children by name, for `child` to find one in log time (stable: of two children of
        // one name, the first listed is found, as a scan in order would).
        for node in &mut model.graph.nodes {
            node.children
                .sort_by(|a, b| a.local_name.cmp(&b.local_name));
        }
        Ok(model)
    }

    fn entry(key: &str, e: BundleEntryProto) -> Result<Entry> {
        if !e.slices.is_empty() {
            return Err(bad(&format!("'{key}' is a partitioned variable")));
        }
        let shape = e.shape.unwrap_or_default();
        if shape.unknown_rank {
            return Err(bad(&format!("'{key}' has no known shape")));
        }
        let dims = shape
            .dim
            .iter()
            .map(|d| u64::try_from(d.size).map_err(|_| bad(&format!("'{key}': shape {}", d.size))))
            .collect::<Result<Vec<u64>>>()?;
        let (Ok(shard), Ok(offset), Ok(size)) = (
            usize::try_from(e.shard_id),
            usize::try_from(e.offset),
            usize::try_from(e.size),
        ) else {
            return Err(bad(&format!("'{key}': negative shard, offset or size")));
        };
        let info = match dtype_of(e.dtype) {
            Some(dtype) => {
                let info = TensorInfo { dtype, shape: dims };
                if info.nbytes()? != size as u64 {
                    return Err(bad(&format!(
                        "'{key}' holds {size} bytes, not the {} of its shape",
                        info.nbytes()?
                    )));
                }
                Some(info)
            }
            None if e.dtype == DT_STRING => None,
            None => {
                return Err(bad(&format!("'{key}' has TensorFlow dtype {}", e.dtype)));
            }
        };
        Ok(Entry {
            info,
            shard,
            offset,
            size,
            crc: e.crc32c,
        })
    }

    /// Every tensor: checkpoint key -> entry.
    pub fn entries(&self) -> &BTreeMap<String, Entry> {
        &self.entries
    }

    /// The stored bytes of `key`.
    fn bytes(&self, key: &str) -> Result<(&Entry, &[u8])> {
        let e = self
            .entries
            .get(key)
            .ok_or_else(|| Error::MissingMember(key.to_owned()))?;
        Ok((e, &self.shards[e.shard][e.offset..e.offset + e.size]))
    }

    /// Copies the numeric tensor `key` into `out` (its size in bytes; TensorFlow stores
    /// tensors in native little-endian layout), checking its CRC-32C.
    pub fn read_into(&self, key: &str, out: &mut [u8]) -> Result<()> {
        let (e, data) = self.bytes(key)?;
        if e.info.is_none() {
            return Err(bad(&format!("'{key}' is not a numeric tensor")));
        }
        if data.len() != out.len() {
            return Err(Error::Invalid(format!(
                "buffer of {} bytes for '{key}' of {} bytes",
                out.len(),
                data.len()
            )));
        }
        if crc32c::crc32c(data) != unmask(e.crc) {
            return Err(bad(&format!("'{key}': CRC-32C mismatch")));
        }
        out.copy_from_slice(data);
        Ok(())
    }

    /// A scalar string tensor, as TensorFlow's `WriteStringTensor` stores it: the length (a
    /// varint), a masked CRC-32C of the length (taken as 4 little-endian bytes), the bytes.
    /// The entry's CRC-32C covers the length so taken, its checksum and the bytes.
    pub fn read_string(&self, key: &str) -> Result<Vec<u8>> {
        let (e, data) = self
            .bytes(key)
            .map_err(|_| bad(&format!("no '{key}' in the tensor bundle")))?;
        if e.info.is_some() || e.size as u64 > MAX_PROTO {
            return Err(bad(&format!(
                "'{key}' is not a string of at most {MAX_PROTO} bytes"
            )));
        }
        let mut pos = 0;
        let len = varint(data, &mut pos)?;
        let start = pos + 4;
        if usize_of(len)?.checked_add(start) != Some(data.len()) {
            return Err(bad(&format!("'{key}' is not one string")));
        }
        let len_bytes = match u32::try_from(len) {
            Ok(len) => len.to_le_bytes().to_vec(),
            Err(_) => len.to_le_bytes().to_vec(),
        };
        let len_crc = crc32c::crc32c(&len_bytes);
        let stored = &data[pos..start];
        if unmask(u32::from_le_bytes(stored.try_into().expect("4 bytes"))) != len_crc {
            return Err(bad(&format!("'{key}': CRC-32C mismatch on its length")));
        }
        let crc = crc32c::crc32c_append(crc32c::crc32c_append(len_crc, stored), &data[start..]);
        if crc != unmask(e.crc) {
            return Err(bad(&format!("'{key}': CRC-32C mismatch")));
        }
        Ok(data[start..].to_vec())
    }

    /// The object graph node at `path` (child names from the root, `.`-separated after
    /// `root`, as keras_metadata.pb writes node paths).
    pub fn node(&self, path: &str) -> Result<usize> {
        let mut node = 0usize;
        let mut parts = path.split('.');
        if parts.next() != Some("root") {
            return Err(bad(&format!("node path '{path}'")));
        }
        for name in parts {
            node = self
                .child(node, name)
                .ok_or_else(|| bad(&format!("'{path}' is not in the checkpoint's object graph")))?;
        }
        Ok(node)
    }

    fn child(&self, node: usize, name: &str) -> Option<usize> {
        let children = &self.graph.nodes.get(node)?.children;
        let first = children.partition_point(|c| c.local_name.as_str() < name);
        let child = children.get(first).filter(|c| c.local_name == name)?;
        usize::try_from(child.node_id)
            .ok()
            .filter(|&id| id < self.graph.nodes.len())
    }

    /// The checkpoint key of the variable `node`, if it is one.
    pub fn variable_key(&self, node: usize) -> Option<&str> {
        self.graph.nodes.get(node)?.attributes.iter().find_map(|a| {
            (a.name == "VARIABLE_VALUE" && self.entries.contains_key(&a.checkpoint_key))
                .then_some(a.checkpoint_key.as_str())
        })
    }

    /// The checkpoint key of the variable that the object at `path` holds as its child
    /// `name` (a Keras 2 legacy optimizer's `iter` or `learning_rate`), if there is one.
    pub fn child_variable(&self, path: &str, name: &str) -> Result<Option<String>> {
        let node = self.node(path)?;
        Ok(self
            .child(node, name)
            .and_then(|child| self.variable_key(child))
            .map(str::to_owned))
    }

    /// The slot variables of the object at `path` (a Keras 2 legacy optimizer's state):
    /// (checkpoint key of the variable the slot belongs to, slot name, checkpoint key of
    /// the slot's value), in the object graph's order.
    pub fn slot_variables(&self, path: &str) -> Result<Vec<(String, String, String)>> {
        let node = self.node(path)?;
        let key = |id: i32| {
            usize::try_from(id)
                .ok()
                .and_then(|id| self.variable_key(id))
                .map(str::to_owned)
                .ok_or_else(|| bad(&format!("'{path}': slot variable node {id} has no value")))
        };
        let mut slots = Vec::new();
        for slot in &self.graph.nodes[node].slot_variables {
            slots.push((
                key(slot.original_variable_node_id)?,
                slot.slot_name.clone(),
                key(slot.slot_variable_node_id)?,
            ));
        }
        Ok(slots)
    }

    /// The checkpoint keys of the variables the object at `path` lists in its child `list`,
    /// in order (its children `0`, `1`, ...): a Keras 2 layer's `variables` are its
    /// `layer.weights`, an optimizer's `_variables` its state.
    pub fn variables(&self, path: &str, list: &str) -> Result<Vec<String>> {
        let node = self.node(path)?;
        let Some(list) = self.child(node, list) else {
            return Ok(Vec::new());
        };
        let mut keys = Vec::new();
        for i in 0.. {
            let Some(var) = self.child(list, &i.to_string()) else {
                break;
            };
            let key = self
                .variable_key(var)
                .ok_or_else(|| bad(&format!("'{path}' variable {i} has no value")))?;
            keys.push(key.to_owned());
        }
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_as_leveldb() {
        // LevelDB's crc32c_test: Unmask(Mask(x)) == x, and Mask(x) != x.
        let mask = |crc: u32| crc.rotate_right(15).wrapping_add(0xa282_ead8);
        for crc in [0u32, 1, 0xdead_beef, u32::MAX] {
            assert_eq!(unmask(mask(crc)), crc);
        }
        assert_ne!(mask(0x1234_5678), 0x1234_5678);
    }

    #[test]
    fn varints() {
        let mut pos = 0;
        assert_eq!(varint(&[0xac, 0x02], &mut pos).unwrap(), 300);
        assert_eq!(pos, 2);
        assert!(varint(&[0x80; 11], &mut 0).is_err());
        assert!(varint(&[0x80], &mut 0).is_err());
    }

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/legacy/keras2/savedmodel")
            .join(name)
    }

    #[test]
    fn reads_a_tf_keras_savedmodel() {
        let saved = SavedModel::open(&fixture("nested_shared")).unwrap();
        let root = &saved.metadata.nodes[0];
        assert_eq!(
            (root.node_path.as_str(), root.identifier.as_str()),
            ("root", "_tf_keras_network")
        );
        // The nested Sequential's variables, listed by the object graph in Keras 2's order.
        let inner = saved
            .variables("root.layer_with_weights-1", "variables")
            .unwrap();
        let shapes: Vec<Vec<u64>> = inner
            .iter()
            .map(|k| saved.entries()[k].info.as_ref().unwrap().shape.clone())
            .collect();
        assert_eq!(shapes, [vec![6, 5], vec![5], vec![5, 3], vec![3]]);
        let mut out = vec![0u8; 6 * 5 * 4];
        saved.read_into(&inner[0], &mut out).unwrap();
        assert!(out.iter().any(|&b| b != 0));
        assert!(saved.read_into(&inner[0], &mut [0u8; 4]).is_err());
        assert!(saved.variables("root.nothing", "variables").is_err());
    }

    #[test]
    fn refuses_a_damaged_index() {
        let dir = tempfile::tempdir().unwrap();
        let src = fixture("mlp_dropout");
        std::fs::create_dir(dir.path().join("variables")).unwrap();
        for f in [
            "keras_metadata.pb",
            "saved_model.pb",
            "variables/variables.data-00000-of-00001",
        ] {
            std::fs::copy(src.join(f), dir.path().join(f)).unwrap();
        }
        let mut index = std::fs::read(src.join("variables/variables.index")).unwrap();
        index[10] ^= 1;
        std::fs::write(dir.path().join("variables/variables.index"), &index).unwrap();
        let err = SavedModel::open(dir.path()).err().unwrap().to_string();
        assert!(err.contains("SavedModel"), "{err}");
    }

    #[test]
    fn object_graph_paths_are_keras_metadatas() {
        // Keras 2.5+ leaves saved_model.pb's metadata empty; the paths its graph gives are
        // those keras_metadata.pb lists.
        for name in [
            "mlp_dropout",
            "nested_shared",
            "rnn_embedding_lstm_gru",
            "wrappers",
        ] {
            let dir = fixture(name);
            let saved = SavedModel::open(&dir).unwrap();
            let bytes = std::fs::read(dir.join("saved_model.pb")).unwrap();
            assert!(metadata_in_graph(&bytes).unwrap().nodes.is_empty());
            let proto = SavedModelProto::decode(&bytes[..]).unwrap();
            let graph = proto.meta_graphs[0].object_graph_def.clone().unwrap();
            let mut with_paths = graph.clone();
            for node in &mut with_paths.nodes {
                if let Some(user) = &mut node.user_object {
                    user.metadata = "{}".into();
                }
            }
            let rebuilt = SavedModelProto {
                meta_graphs: vec![MetaGraphDef {
                    object_graph_def: Some(with_paths),
                }],
            }
            .encode_to_vec();
            let found = metadata_in_graph(&rebuilt).unwrap();
            let by_id: BTreeMap<i32, &SavedObject> =
                found.nodes.iter().map(|n| (n.node_id, n)).collect();
            for node in &saved.metadata.nodes {
                let ours = by_id[&node.node_id];
                assert_eq!(ours.node_path, node.node_path, "{name}");
                assert_eq!(ours.identifier, node.identifier, "{name}");
            }
        }
    }

    #[test]
    fn refuses_huge_or_negative_declared_shapes() {
        let entry = |dims: &[i64], size: i64| BundleEntryProto {
            dtype: 1, // float32
            shape: Some(TensorShapeProto {
                dim: dims.iter().map(|&size| Dim { size }).collect(),
                unknown_rank: false,
            }),
            size,
            ..Default::default()
        };
        let huge = SavedModel::entry("k", entry(&[1 << 40, 1 << 40, 1 << 40], 16));
        assert!(huge.is_err());
        let big = SavedModel::entry("k", entry(&[1 << 40], 16)).err().unwrap();
        assert!(big.to_string().contains("not the"), "{big}");
        assert!(SavedModel::entry("k", entry(&[-1, 4], 16)).is_err());
        assert!(SavedModel::entry("k", entry(&[2, 2], 16)).is_ok());
    }

    #[test]
    fn refuses_a_short_or_foreign_index() {
        assert!(table_entries(&[0u8; 10], |_, _| Ok(())).is_err());
        assert!(table_entries(&[0u8; 100], |_, _| Ok(())).is_err());
    }

    // --- LevelDB tables and object graphs built here, as a hostile author would ----------

    fn mask(crc: u32) -> u32 {
        crc.rotate_right(15).wrapping_add(0xa282_ead8)
    }

    fn put_varint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }

    fn put_entry(out: &mut Vec<u8>, shared: usize, unshared: &[u8], value: &[u8]) {
        put_varint(out, shared as u64);
        put_varint(out, unshared.len() as u64);
        put_varint(out, value.len() as u64);
        out.extend_from_slice(unshared);
        out.extend_from_slice(value);
    }

    /// The entries of one block from (key, value) pairs, keys prefix-compressed.
    fn block_of(pairs: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut prev: &[u8] = &[];
        for (key, value) in pairs {
            let shared = key.iter().zip(prev).take_while(|(a, b)| a == b).count();
            put_entry(&mut out, shared, &key[shared..], value);
            prev = key;
        }
        out
    }

    /// Appends a block (one restart at 0) and its trailer; its handle.
    fn put_block(table: &mut Vec<u8>, body: &[u8]) -> (usize, usize) {
        let offset = table.len();
        let mut contents = body.to_vec();
        contents.extend_from_slice(&0u32.to_le_bytes());
        contents.extend_from_slice(&1u32.to_le_bytes());
        let crc = crc32c::crc32c_append(crc32c::crc32c(&contents), &[0]);
        table.extend_from_slice(&contents);
        table.push(0);
        table.extend_from_slice(&mask(crc).to_le_bytes());
        (offset, contents.len())
    }

    fn put_handle(out: &mut Vec<u8>, (offset, size): (usize, usize)) {
        put_varint(out, offset as u64);
        put_varint(out, size as u64);
    }

    /// A table of the data blocks `bodies`, its index listing the data blocks in `order`.
    fn table_listing(bodies: &[Vec<u8>], order: &[usize]) -> Vec<u8> {
        let mut table = Vec::new();
        let handles: Vec<_> = bodies.iter().map(|b| put_block(&mut table, b)).collect();
        let meta = put_block(&mut table, &[]);
        let mut index = Vec::new();
        for (i, &block) in order.iter().enumerate() {
            let mut value = Vec::new();
            put_handle(&mut value, handles[block]);
            put_entry(&mut index, 0, &[0xff; 8][..=i.min(7)], &value);
        }
        let index = put_block(&mut table, &index);
        let mut footer = Vec::new();
        put_handle(&mut footer, meta);
        put_handle(&mut footer, index);
        footer.resize(40, 0);
        footer.extend_from_slice(&TABLE_MAGIC.to_le_bytes());
        table.extend_from_slice(&footer);
        table
    }

    fn header() -> (Vec<u8>, Vec<u8>) {
        let header = BundleHeaderProto {
            num_shards: 1,
            endianness: 0,
        };
        (Vec::new(), header.encode_to_vec())
    }

    /// A float32 tensor of `len` values at `offset` of shard 0.
    fn tensor(key: &str, offset: i64, len: i64) -> (Vec<u8>, Vec<u8>) {
        let entry = BundleEntryProto {
            dtype: 1,
            shape: Some(TensorShapeProto {
                dim: vec![Dim { size: len }],
                unknown_rank: false,
            }),
            offset,
            size: 4 * len,
            ..Default::default()
        };
        (key.as_bytes().to_vec(), entry.encode_to_vec())
    }

    #[test]
    fn reads_a_table_built_here() {
        let pairs = [header(), tensor("a", 0, 2), tensor("b", 8, 1)];
        let (entries, shards) = parse_index(&table_listing(&[block_of(&pairs)], &[0])).unwrap();
        assert_eq!(shards, 1);
        assert_eq!(entries.keys().collect::<Vec<_>>(), ["a", "b"]);
        // Keys go on increasing across blocks too.
        let split = [block_of(&pairs[..2]), block_of(&pairs[2..])];
        assert_eq!(
            parse_index(&table_listing(&split, &[0, 1]))
                .unwrap()
                .0
                .len(),
            2
        );
    }

    #[test]
    fn refuses_a_data_block_listed_twice() {
        // 2,000 listings of one block of 2,000 keys would build 4 million entries.
        let mut pairs = vec![header()];
        pairs.extend((0..2000).map(|i| (format!("k{i:05}").into_bytes(), Vec::new())));
        let order = vec![0; 2000];
        let err = table_entries(&table_listing(&[block_of(&pairs)], &order), |_, _| Ok(()))
            .unwrap_err()
            .to_string();
        assert!(err.contains("index blocks overlap"), "{err}");
        // Listed out of the file's order, two blocks overlap too.
        let split = [block_of(&pairs[..2]), block_of(&pairs[2..])];
        let err = table_entries(&table_listing(&split, &[1, 0]), |_, _| Ok(()))
            .unwrap_err()
            .to_string();
        assert!(err.contains("index blocks overlap"), "{err}");
    }

    #[test]
    fn refuses_repeated_or_unordered_keys() {
        for pairs in [
            [header(), tensor("w", 0, 1), tensor("w", 4, 1)],
            [header(), tensor("w", 0, 1), tensor("v", 4, 1)],
            [tensor("w", 0, 1), header(), tensor("x", 4, 1)],
        ] {
            let err = parse_index(&table_listing(&[block_of(&pairs)], &[0]))
                .unwrap_err()
                .to_string();
            assert!(err.contains("out of order or repeated"), "{err}");
        }
    }

    #[test]
    fn refuses_keys_rebuilt_past_the_budget() {
        // Each entry shares the whole previous key and adds a byte: 6 bytes of file per
        // entry, 2.4 GB of keys from 300 kB.
        let mut body = Vec::new();
        put_entry(&mut body, 0, b"", &header().1);
        let mut len = 0;
        while body.len() < 300_000 {
            put_entry(&mut body, len, b"k", b"");
            len += 1;
        }
        let table = table_listing(&[body], &[0]);
        let started = std::time::Instant::now();
        let mut seen = 0usize;
        let err = table_entries(&table, |key, _| {
            seen += key.len();
            Ok(())
        })
        .unwrap_err()
        .to_string();
        assert!(err.contains("the index's keys total more than"), "{err}");
        assert!(seen <= Budget::limit(table.len()), "{seen}");
        assert!(started.elapsed().as_secs() < 5);
        // The budget: REBUILT_PER_BYTE times the file, REBUILT_FLOOR for small files.
        assert_eq!(Budget::limit(10), REBUILT_FLOOR);
        assert_eq!(Budget::limit(1 << 30), REBUILT_PER_BYTE << 30);
        let mut budget = Budget::new("keys", 10);
        assert!(budget.take(REBUILT_FLOOR).is_ok());
        assert!(budget.take(1).is_err());
    }

    #[test]
    fn refuses_tensors_sharing_bytes() {
        let table = |pairs: &[(Vec<u8>, Vec<u8>)]| table_listing(&[block_of(pairs)], &[0]);
        // Two thousand tensors over the same 1 MiB would declare 2 GiB.
        let mut pairs = vec![header()];
        pairs.extend((0..2000).map(|i| tensor(&format!("t{i:05}"), 0, 1 << 18)));
        let err = parse_index(&table(&pairs)).unwrap_err().to_string();
        assert!(err.contains("overlap in shard 0"), "{err}");
        let err = parse_index(&table(&[header(), tensor("a", 0, 4), tensor("b", 12, 4)]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("'a' and 'b' overlap"), "{err}");
        // Adjacent tensors, and empty ones anywhere, are fine.
        let pairs = [
            header(),
            tensor("a", 0, 4),
            tensor("b", 16, 4),
            tensor("c", 16, 0),
            tensor("d", 4, 0),
        ];
        assert_eq!(parse_index(&table(&pairs)).unwrap().0.len(), 4);
    }

    /// A node of an object graph built here: its children as (id, name), its metadata.
    type Node = (Vec<(i32, String)>, Option<&'static str>);

    /// saved_model.pb's bytes for the object graph `nodes`.
    fn saved_model_pb(nodes: Vec<Node>) -> Vec<u8> {
        let nodes = nodes
            .into_iter()
            .map(|(children, metadata)| SavedGraphObject {
                children: children
                    .into_iter()
                    .map(|(node_id, local_name)| ObjectReference {
                        node_id,
                        local_name,
                    })
                    .collect(),
                user_object: metadata.map(|m| SavedUserObject {
                    identifier: "_tf_keras_layer".into(),
                    metadata: m.into(),
                }),
            })
            .collect();
        SavedModelProto {
            meta_graphs: vec![MetaGraphDef {
                object_graph_def: Some(SavedObjectGraph { nodes }),
            }],
        }
        .encode_to_vec()
    }

    /// A chain of `depth` + 1 nodes named `name`, each with metadata.
    fn chain(depth: usize, name: &str) -> Vec<Node> {
        let mut nodes: Vec<_> = (0..depth)
            .map(|i| (vec![(i as i32 + 1, name.to_owned())], Some("{}")))
            .collect();
        nodes.push((Vec::new(), Some("{}")));
        nodes
    }

    #[test]
    fn object_graph_paths_are_bounded() {
        // Up to MAX_DEPTH, every path is spelled out.
        let depth = MAX_DEPTH as usize;
        let found = metadata_in_graph(&saved_model_pb(chain(depth, "x"))).unwrap();
        assert_eq!(found.nodes.len(), depth + 1);
        let deepest = &found.nodes[depth].node_path;
        assert_eq!(deepest.len(), 4 + 2 * depth);
        assert!(deepest.starts_with("root.x.x.") && deepest.ends_with(".x.x"));
        // A chain of 60,000 nodes (3.6 GB of paths) is refused, quickly.
        let started = std::time::Instant::now();
        let err = metadata_in_graph(&saved_model_pb(chain(60_000, "x")))
            .unwrap_err()
            .to_string();
        assert!(err.contains("nests deeper than 1000 levels"), "{err}");
        assert!(started.elapsed().as_secs() < 5);
        // So are 20,000 leaves under a chain 900 deep of 100-byte names (1.8 GB of paths).
        let mut nodes = chain(899, &"n".repeat(100));
        nodes[899].0 = (0..20_000).map(|i| (900 + i, i.to_string())).collect();
        nodes.extend((0..20_000).map(|_| (Vec::new(), Some("{}"))));
        let err = metadata_in_graph(&saved_model_pb(nodes))
            .unwrap_err()
            .to_string();
        assert!(err.contains("object paths total more than"), "{err}");
        // A cycle is walked once; a child past the graph is refused.
        let cycle = vec![
            (vec![(1, "a".to_owned())], Some("{}")),
            (vec![(0, "up".to_owned()), (1, "me".to_owned())], Some("{}")),
        ];
        let found = metadata_in_graph(&saved_model_pb(cycle)).unwrap();
        let paths: Vec<_> = found.nodes.iter().map(|n| n.node_path.as_str()).collect();
        assert_eq!(paths, ["root", "root.a"]);
        let past = vec![(vec![(7, "a".to_owned())], Some("{}"))];
        assert!(metadata_in_graph(&saved_model_pb(past)).is_err());
    }

    #[test]
    fn children_are_found_by_name_in_log_time() {
        // A list of 200,000 variables (`0`, `1`, ...), in reverse order: found one by one,
        // each lookup a binary search, not a scan.
        let n = 200_000;
        let mut nodes = vec![
            TrackableObject {
                children: vec![ObjectReference {
                    node_id: 1,
                    local_name: "vars".into(),
                }],
                ..Default::default()
            },
            TrackableObject {
                children: (0..n)
                    .rev()
                    .map(|i| ObjectReference {
                        node_id: 2,
                        local_name: i.to_string(),
                    })
                    .collect(),
                ..Default::default()
            },
        ];
        nodes.push(TrackableObject {
            attributes: vec![SerializedTensor {
                name: "VARIABLE_VALUE".into(),
                checkpoint_key: "v".into(),
            }],
            ..Default::default()
        });
        let mut saved = SavedModel {
            metadata: SavedMetadata::default(),
            graph: TrackableObjectGraph { nodes },
            entries: BTreeMap::from([(
                "v".to_owned(),
                SavedModel::entry(
                    "v",
                    BundleEntryProto::decode(&tensor("v", 0, 1).1[..]).unwrap(),
                )
                .unwrap(),
            )]),
            shards: Vec::new(),
        };
        for node in &mut saved.graph.nodes {
            node.children
                .sort_by(|a, b| a.local_name.cmp(&b.local_name));
        }
        let started = std::time::Instant::now();
        assert_eq!(saved.variables("root", "vars").unwrap().len(), n);
        assert!(started.elapsed().as_secs() < 5);
    }
}
