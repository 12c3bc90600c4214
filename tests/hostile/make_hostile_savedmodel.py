"""Builds `tests/hostile/savedmodel/`: tf.keras SavedModel directories that must be refused,
each breaking one thing a hostile author controls in the records kerasave parses (the tensor
bundle's LevelDB index, the tensor entries, saved_model.pb's object graph). Written with the
standard library alone (protobuf and LevelDB's table format encoded here), so it runs with
any Python 3:

    python tests/hostile/make_hostile_savedmodel.py

Cases that are hostile in a few kB are written to disk and committed (`COMMITTED`); those
that need hundreds of kB to do harm (a quadratic blow-up needs size to square) are built in
a temporary directory at test time by the same functions (`GENERATED`), and can be written
by hand with `--generated DIR`.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "savedmodel")
SHARD = "variables.data-00000-of-00001"

# --- CRC-32C (Castagnoli), masked as LevelDB and TensorFlow store it -----------------------

_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0x82F63B78 if _c & 1 else _c >> 1
    _TABLE.append(_c)


def crc32c(data, crc=0):
    crc ^= 0xFFFFFFFF
    table = _TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def mask(crc):
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


# --- protobuf ------------------------------------------------------------------------------


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field_int(tag, value):
    return varint(tag << 3) + varint(value) if value else b""


def field_bytes(tag, payload):
    return varint(tag << 3 | 2) + varint(len(payload)) + payload


def field_fixed32(tag, value):
    return varint(tag << 3 | 5) + struct.pack("<I", value)


def bundle_header(num_shards=1):
    return field_int(1, num_shards)


def bundle_entry(dtype, shape, offset, size, crc, shard=0):
    dims = b"".join(field_bytes(2, field_int(1, d)) for d in shape)
    return (
        field_int(1, dtype)
        + field_bytes(2, dims)
        + field_int(3, shard)
        + field_int(4, offset)
        + field_int(5, size)
        + field_fixed32(6, crc)
    )


def string_tensor(value):
    """A scalar string tensor as TensorFlow's bundle stores it, and its entry's CRC."""
    length = struct.pack("<I", len(value))
    stored = struct.pack("<I", mask(crc32c(length)))
    data = varint(len(value)) + stored + value
    return data, mask(crc32c(value, crc32c(stored, crc32c(length))))


def keras_metadata(nodes):
    """A `SavedMetadata` message: [(node id, node path, identifier, metadata JSON)]."""
    return b"".join(
        field_bytes(
            1,
            field_int(2, node_id)
            + field_bytes(3, path.encode())
            + field_bytes(4, identifier.encode())
            + field_bytes(5, metadata.encode()),
        )
        for node_id, path, identifier, metadata in nodes
    )


def graph_node(children=(), metadata=None):
    """A `SavedObject` of saved_model.pb's object graph: children [(node id, name)], and a
    `SavedUserObject` with `metadata` (as Keras before 2.5 kept it) when given."""
    out = b"".join(
        field_bytes(1, field_int(1, node) + field_bytes(2, name.encode()))
        for node, name in children
    )
    if metadata is not None:
        out += field_bytes(4, field_bytes(3, metadata))
    return out


def saved_model(nodes):
    """A `SavedModel` message whose one meta graph holds the object graph `nodes` (each the
    bytes of a `SavedObject`)."""
    graph = b"".join(field_bytes(1, node) for node in nodes)
    return field_bytes(2, field_bytes(7, graph))


# --- LevelDB tables ------------------------------------------------------------------------


def block_entry(shared, unshared_key, value):
    return varint(shared) + varint(len(unshared_key)) + varint(len(value)) + unshared_key + value


def block(body, restarts=(0,)):
    """A block's bytes (entries, then restart offsets and their count) and its trailer (type
    0, uncompressed, and the masked CRC-32C of both)."""
    contents = body + b"".join(struct.pack("<I", r) for r in restarts)
    contents += struct.pack("<I", len(restarts))
    return contents + b"\0" + struct.pack("<I", mask(crc32c(b"\0", crc32c(contents))))


def handle(offset, size):
    return varint(offset) + varint(size)


def table(data_blocks, index_body=None):
    """A LevelDB table: `data_blocks` (each the encoded entries of one block), an empty
    metaindex block, an index block (one entry per data block unless `index_body`, a
    function of the data blocks' handles, says otherwise) and the footer."""
    out = bytearray()
    handles = []
    for body in data_blocks:
        raw = block(body)
        handles.append((len(out), len(raw) - 5))
        out += raw
    meta = (len(out), len(block(b"")) - 5)
    out += block(b"")
    if index_body is None:
        index_body = b"".join(
            block_entry(0, b"\xff" * (i + 1), handle(*h)) for i, h in enumerate(handles)
        )
    else:
        index_body = index_body(handles)
    index = (len(out), len(block(index_body)) - 5)
    out += block(index_body)
    footer = handle(*meta) + handle(*index)
    out += footer.ljust(40, b"\0") + struct.pack("<Q", 0xDB4775248B80FB57)
    return bytes(out)


def entries(pairs):
    """The entries of one block from sorted (key, value) pairs, keys prefix-compressed."""
    out, prev = bytearray(), b""
    for key, value in pairs:
        shared = 0
        while shared < min(len(key), len(prev)) and key[shared] == prev[shared]:
            shared += 1
        out += block_entry(shared, key[shared:], value)
        prev = key
    return bytes(out)


# --- SavedModel directories ------------------------------------------------------------------

ROOT = [(0, "root", "_tf_keras_network", '{"class_name": "Sequential", "config": {}}')]


def write_dir(path, index, shard, metadata=ROOT, saved=b""):
    """A SavedModel directory: keras_metadata.pb (unless `metadata` is None),
    saved_model.pb, and the tensor bundle's index and one shard."""
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(os.path.join(path, "variables"))
    if metadata is not None:
        with open(os.path.join(path, "keras_metadata.pb"), "wb") as f:
            f.write(keras_metadata(metadata))
    with open(os.path.join(path, "saved_model.pb"), "wb") as f:
        f.write(saved)
    with open(os.path.join(path, "variables", "variables.index"), "wb") as f:
        f.write(index)
    with open(os.path.join(path, "variables", SHARD), "wb") as f:
        f.write(shard)


def bundle(tensors, extra=b""):
    """(index, shard) of a well-formed one-shard bundle: `tensors` {key: float32 values}
    stored one after another, then the empty object graph; `extra` bytes appended to the
    shard."""
    shard, pairs = bytearray(), [(b"", bundle_header())]
    for key, values in sorted(tensors.items()):
        data = struct.pack(f"<{len(values)}f", *values)
        pairs.append(
            (
                key.encode(),
                bundle_entry(1, [len(values)], len(shard), len(data), mask(crc32c(data))),
            )
        )
        shard += data
    graph, crc = string_tensor(b"")
    pairs.append(
        (b"_CHECKPOINTABLE_OBJECT_GRAPH", bundle_entry(7, [], len(shard), len(graph), crc))
    )
    shard += graph + extra
    pairs.sort()
    return table([entries(pairs)]), bytes(shard)


def valid(path):
    """A well-formed SavedModel of two tensors, which the hostile cases each break in one
    way (a check that the refusals are theirs, not the encoder's)."""
    write_dir(path, *bundle({"a/.ATTRIBUTES/VARIABLE_VALUE": [1.0, 2.0], "b": [3.0]}))


# The smallest entry a reader takes: a string tensor of no bytes (its dtype alone).
EMPTY_STRING = field_int(1, 7)


def index_blocks_repeated(path, blocks=6000, keys=6000):
    """The index block lists `blocks` data blocks, all of them the same block of `keys`
    entries: a reader that parses each listed block builds blocks * keys entries (36
    million from 78 kB)."""
    pairs = [(b"", bundle_header())] + [(b"k%05d" % i, EMPTY_STRING) for i in range(keys)]
    body = entries(pairs)
    index = table(
        [body],
        index_body=lambda handles: b"".join(
            block_entry(0 if i == 0 else 1, b"\xff" if i == 0 else b"", handle(*handles[0]))
            for i in range(blocks)
        ),
    )
    write_dir(path, index, b"")


def index_keys_repeated(path):
    """The same key twice (a table's keys are strictly increasing): the second would
    silently replace the first."""
    data = struct.pack("<f", 1.0)
    entry = bundle_entry(1, [1], 0, 4, mask(crc32c(data)))
    graph, crc = string_tensor(b"")
    pairs = [
        (b"", bundle_header()),
        (b"_CHECKPOINTABLE_OBJECT_GRAPH", bundle_entry(7, [], 4, len(graph), crc)),
        (b"w", entry),
        (b"w", entry),
    ]
    write_dir(path, table([entries(pairs)]), data + graph)


def tensors_overlap(path):
    """Two tensors declared over the same bytes of the shard."""
    data = struct.pack("<4f", 1, 2, 3, 4)
    entry = bundle_entry(1, [4], 0, 16, mask(crc32c(data)))
    graph, crc = string_tensor(b"")
    pairs = [
        (b"", bundle_header()),
        (b"_CHECKPOINTABLE_OBJECT_GRAPH", bundle_entry(7, [], 16, len(graph), crc)),
        (b"a", entry),
        (b"b", entry),
    ]
    write_dir(path, table([entries(pairs)]), data + graph)


def index_key_chain(path, size=700_000):
    """One data block whose entries each share the whole previous key and add one byte:
    8 bytes of file per entry, the keys they rebuild total size**2 / 128 bytes (3.8 GB
    from 700 kB)."""
    body, key_len = bytearray(block_entry(0, b"", bundle_header())), 0
    while len(body) < size:
        body += block_entry(key_len, b"k", EMPTY_STRING)
        key_len += 1
    write_dir(path, table([bytes(body)]), b"")


def tensors_share_bytes(path, tensors=2048, nbytes=1 << 20):
    """`tensors` float32 tensors of `nbytes` each, all declared over the same bytes of a
    shard of `nbytes` (a sparse file): read_weights and verify would copy each (2 GiB
    from a 1 MiB shard)."""
    zeros = crc32c(bytes(nbytes))
    graph, crc = string_tensor(b"")
    pairs = [(b"", bundle_header())]
    pairs.append((b"_CHECKPOINTABLE_OBJECT_GRAPH", bundle_entry(7, [], nbytes, len(graph), crc)))
    entry = bundle_entry(1, [nbytes // 4], 0, nbytes, mask(zeros))
    pairs += [(b"t%05d" % i, entry) for i in range(tensors)]
    pairs.sort()
    write_dir(path, table([entries(pairs)]), b"")
    with open(os.path.join(path, "variables", SHARD), "r+b") as f:
        f.truncate(nbytes)
        f.seek(nbytes)
        f.write(graph)


def graph_chain(path, nodes=60_000):
    """saved_model.pb (no keras_metadata.pb) whose object graph is a chain of `nodes`
    nodes, the last with Keras metadata: every node's full path from the root totals
    nodes**2 bytes (3.6 GB from 660 kB)."""
    chain = [graph_node([(i + 1, "x")]) for i in range(nodes - 1)]
    chain.append(graph_node(metadata=b"{}"))
    write_dir(path, *bundle({}), metadata=None, saved=saved_model(chain))


def graph_deep_fan(path, depth=900, name_len=100, leaves=32_000):
    """saved_model.pb (no keras_metadata.pb) whose object graph is a chain of `depth` nodes
    with long names, the last node holding `leaves` children with Keras metadata: each
    leaf's path is the whole chain (a depth bound alone lets through 2.9 GB of paths from
    700 kB)."""
    name = "n" * name_len
    nodes = [graph_node([(i + 1, name)]) for i in range(depth - 1)]
    nodes.append(graph_node([(depth + i, str(i)) for i in range(leaves)]))
    nodes += [graph_node(metadata=b"{}")] * leaves
    write_dir(path, *bundle({}), metadata=None, saved=saved_model(nodes))


# Written to tests/hostile/savedmodel/<name>/ and committed.
COMMITTED = {
    "index_blocks_repeated": index_blocks_repeated,
    "index_keys_repeated": index_keys_repeated,
    "tensors_overlap": tensors_overlap,
}
# Built at test time: hostile only at hundreds of kB, or holding a sparse shard.
GENERATED = {
    "index_key_chain": index_key_chain,
    "tensors_share_bytes": tensors_share_bytes,
    "graph_chain": graph_chain,
    "graph_deep_fan": graph_deep_fan,
}


def main(argv):
    if argv[:1] == ["--generated"]:
        for name, make in GENERATED.items():
            make(os.path.join(argv[1], name))
        return
    os.makedirs(HERE, exist_ok=True)
    for name, make in COMMITTED.items():
        make(os.path.join(HERE, name))
        size = sum(
            os.path.getsize(os.path.join(d, f))
            for d, _, files in os.walk(os.path.join(HERE, name))
            for f in files
        )
        print(f"{name}: {size} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
