//! The protobuf messages read, with TensorFlow's and Keras's field numbers (only the fields
//! kerasave needs; prost skips the rest).

use super::*;

/// `keras/protobuf/saved_metadata.proto`.
#[derive(Clone, PartialEq, Message)]
pub struct SavedMetadata {
    #[prost(message, repeated, tag = "1")]
    pub nodes: Vec<SavedObject>,
}

#[derive(Clone, PartialEq, Message)]
pub struct SavedObject {
    #[prost(int32, tag = "2")]
    pub node_id: i32,
    #[prost(string, tag = "3")]
    pub node_path: String,
    #[prost(string, tag = "4")]
    pub identifier: String,
    #[prost(string, tag = "5")]
    pub metadata: String,
}

/// `tensorflow/core/protobuf/saved_model.proto`, `meta_graph.proto` and
/// `saved_object_graph.proto`: the SavedModel's object graph, where Keras before 2.5 kept
/// each object's metadata (`SavedUserObject.metadata`), later moved to keras_metadata.pb.
#[derive(Clone, PartialEq, Message)]
pub(super) struct SavedModelProto {
    #[prost(message, repeated, tag = "2")]
    pub(super) meta_graphs: Vec<MetaGraphDef>,
}

#[derive(Clone, PartialEq, Message)]
pub(super) struct MetaGraphDef {
    #[prost(message, optional, tag = "7")]
    pub(super) object_graph_def: Option<SavedObjectGraph>,
}

#[derive(Clone, PartialEq, Message)]
pub(super) struct SavedObjectGraph {
    #[prost(message, repeated, tag = "1")]
    pub(super) nodes: Vec<SavedGraphObject>,
}

#[derive(Clone, PartialEq, Message)]
pub(super) struct SavedGraphObject {
    #[prost(message, repeated, tag = "1")]
    pub(super) children: Vec<ObjectReference>,
    /// One case of the `kind` oneof.
    #[prost(message, optional, tag = "4")]
    pub(super) user_object: Option<SavedUserObject>,
}

#[derive(Clone, PartialEq, Message)]
pub(super) struct SavedUserObject {
    #[prost(string, tag = "1")]
    pub(super) identifier: String,
    #[prost(string, tag = "3")]
    pub(super) metadata: String,
}

/// `tensorflow/core/protobuf/tensor_bundle.proto`.
#[derive(Clone, PartialEq, Message)]
pub(super) struct BundleHeaderProto {
    #[prost(int32, tag = "1")]
    pub(super) num_shards: i32,
    /// 0: little-endian, 1: big-endian.
    #[prost(int32, tag = "2")]
    pub(super) endianness: i32,
}

#[derive(Clone, PartialEq, Message)]
pub(super) struct BundleEntryProto {
    #[prost(int32, tag = "1")]
    pub(super) dtype: i32,
    #[prost(message, optional, tag = "2")]
    pub(super) shape: Option<TensorShapeProto>,
    #[prost(int32, tag = "3")]
    pub(super) shard_id: i32,
    #[prost(int64, tag = "4")]
    pub(super) offset: i64,
    #[prost(int64, tag = "5")]
    pub(super) size: i64,
    #[prost(fixed32, tag = "6")]
    pub(super) crc32c: u32,
    /// Partitioned variables' slices (`TensorSliceProto`): refused.
    #[prost(bytes = "vec", repeated, tag = "7")]
    pub(super) slices: Vec<Vec<u8>>,
}

#[derive(Clone, PartialEq, Message)]
pub(super) struct TensorShapeProto {
    #[prost(message, repeated, tag = "2")]
    pub(super) dim: Vec<Dim>,
    #[prost(bool, tag = "3")]
    pub(super) unknown_rank: bool,
}

#[derive(Clone, PartialEq, Message)]
pub(super) struct Dim {
    #[prost(int64, tag = "1")]
    pub(super) size: i64,
}

/// `tensorflow/core/protobuf/trackable_object_graph.proto`.
#[derive(Clone, PartialEq, Message)]
pub struct TrackableObjectGraph {
    #[prost(message, repeated, tag = "1")]
    pub nodes: Vec<TrackableObject>,
}

#[derive(Clone, PartialEq, Message)]
pub struct TrackableObject {
    #[prost(message, repeated, tag = "1")]
    pub children: Vec<ObjectReference>,
    #[prost(message, repeated, tag = "2")]
    pub attributes: Vec<SerializedTensor>,
    #[prost(message, repeated, tag = "3")]
    pub slot_variables: Vec<SlotVariableReference>,
}

#[derive(Clone, PartialEq, Message)]
pub struct ObjectReference {
    #[prost(int32, tag = "1")]
    pub node_id: i32,
    #[prost(string, tag = "2")]
    pub local_name: String,
}

#[derive(Clone, PartialEq, Message)]
pub struct SerializedTensor {
    #[prost(string, tag = "1")]
    pub name: String,
    #[prost(string, tag = "3")]
    pub checkpoint_key: String,
}

#[derive(Clone, PartialEq, Message)]
pub struct SlotVariableReference {
    #[prost(int32, tag = "1")]
    pub original_variable_node_id: i32,
    #[prost(string, tag = "2")]
    pub slot_name: String,
    #[prost(int32, tag = "3")]
    pub slot_variable_node_id: i32,
}
