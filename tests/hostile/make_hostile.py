"""Builds `tests/hostile/`: model files that must be refused, and `manifest.json` saying
how (the exception type and a pattern of its message). Run from anywhere with the test
environment (`.venv/bin/python tests/hostile/make_hostile.py`); the files are committed,
so the tests do not depend on this script's run.

Each file starts from the same small valid model, saved by upstream Keras, and breaks one
thing a hostile author controls: zip member names and types, the config, the HDF5
weights' links and storage, the npz pickles, sizes that lie.
"""

from __future__ import annotations

import io
import json
import os
import sys
import zipfile

os.environ.setdefault("KERAS_BACKEND", "jax")
sys.modules.setdefault("tensorflow", None)

import h5py  # noqa: E402
import keras  # noqa: E402
import numpy as np  # noqa: E402
from keras.src.saving import saving_lib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def base_members(weights_format="h5"):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)], name="victim")
    buf = io.BytesIO()
    saving_lib.save_model(model, buf, weights_format=weights_format)
    with zipfile.ZipFile(buf) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write(name, members, infos=None):
    """Writes the archive `name` from {member: bytes}, with ZipInfo overrides."""
    with zipfile.ZipFile(os.path.join(HERE, name), "w") as zf:
        for member, data in members:
            info = (infos or {}).get(member) or zipfile.ZipInfo(member)
            zf.writestr(info, data)


def edit_h5(members, edit):
    buf = io.BytesIO(members["model.weights.h5"])
    with h5py.File(buf, "a") as f:
        edit(f)
    return {**members, "model.weights.h5": buf.getvalue()}


def npz_with(store_bytes):
    """An npz whose layer store holds `store_bytes` (a whole .npy member)."""
    npz = io.BytesIO()
    with zipfile.ZipFile(npz, "w") as z:
        z.writestr("__root__.npy", _npy_object({}))
        z.writestr("layers/dense.npy", store_bytes)
    return npz.getvalue()


def _npy_object(value):
    arr = np.empty((), dtype=object)
    arr[()] = value
    buf = io.BytesIO()
    np.lib.format.write_array(buf, arr, allow_pickle=True)
    return buf.getvalue()


class _System:
    """Pickles as a call to os.system: what a hostile npz store would hold."""

    def __reduce__(self):
        return (os.system, ("touch /tmp/kerasave-hostile-pwned",))


def main():
    manifest = {}

    def case(name, members, error, match, infos=None, kwargs=None):
        items = list(members.items()) if isinstance(members, dict) else members
        write(name, items, infos)
        manifest[name] = {"error": error, "match": match, "kwargs": kwargs or {}}

    m = base_members()

    # Zip member names and types.
    case(
        "asset_parent_dir.keras",
        {**m, "assets/../../evil.txt": b"x"},
        "ValueError",
        "Invalid asset path",
    )
    case(
        "asset_absolute.keras",
        {**m, "assets//tmp/evil.txt": b"x"},
        "ValueError",
        "Invalid asset path",
    )
    link = zipfile.ZipInfo("assets/link")
    link.external_attr = 0o120777 << 16  # a symlink to /etc/passwd
    case(
        "asset_symlink.keras",
        {**m, "assets/link": b"/etc/passwd"},
        "ValueError",
        "not a regular file",
        infos={"assets/link": link},
    )
    case(
        "duplicate_config.keras",
        list(m.items()) + [("config.json", b'{"class_name": "Evil"}')],
        "ValueError",
        "duplicate member names",
    )

    # The config.
    cfg = json.loads(m["config.json"])
    evil = dict(cfg, module="os", class_name="system", registered_name=None)
    case(
        "config_os_system.keras",
        {**m, "config.json": json.dumps(evil).encode()},
        "TypeError",
        "system",
    )
    # CVE-2025-8747's shape: a function of Keras's own, here as an activation, that would
    # switch safe mode off if called during loading.
    unsafe = {
        "module": "keras.config",
        "class_name": "function",
        "config": "enable_unsafe_deserialization",
        "registered_name": "function",
    }
    layers = [dict(layer) for layer in cfg["config"]["layers"]]
    for layer in layers:
        if layer["class_name"] == "Dense":
            layer["config"] = dict(layer["config"], activation=unsafe)
    sneaky = dict(cfg, config=dict(cfg["config"], layers=layers))
    case(
        "config_enable_unsafe.keras",
        {**m, "config.json": json.dumps(sneaky).encode()},
        "ValueError|TypeError",
        ".",
    )
    nested = zipfile.ZipInfo("config.json")
    nested.compress_type = zipfile.ZIP_DEFLATED
    case(
        "config_nested_json.keras",
        {**m, "config.json": b"[" * 200_000},
        "RecursionError|ValueError",
        "recursion|JSON|depth",
        infos={"config.json": nested},
    )
    bomb = zipfile.ZipInfo("config.json")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    padded = m["config.json"][:-1] + b" " * (64 << 20) + b"}"
    case(
        "config_bomb.keras",
        {**m, "config.json": padded},
        "ValueError",
        "decompression bomb",
        infos={"config.json": bomb},
    )
    lam = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(lambda x: x * 2)])
    buf = io.BytesIO()
    saving_lib.save_model(lam, buf)
    with zipfile.ZipFile(buf) as zf:
        lm = {i.filename: zf.read(i) for i in zf.infolist()}
    case("lambda_safe_mode.keras", lm, "ValueError", "safe_mode|unsafe|Lambda")

    # HDF5 weights.
    case(
        "h5_soft_link.keras",
        edit_h5(m, lambda f: f.__setitem__("layers/dense/vars/2", h5py.SoftLink("/vars"))),
        "ValueError",
        "link",
    )
    case(
        "h5_external_link.keras",
        edit_h5(
            m,
            lambda f: f.__setitem__("layers/dense/vars/2", h5py.ExternalLink("/etc/passwd", "/x")),
        ),
        "ValueError",
        "link",
    )

    def external_storage(f):
        del f["layers/dense/vars/0"]
        f["layers/dense/vars"].create_dataset(
            "0", shape=(3, 2), dtype="float32", external=[("/etc/passwd", 0, 24)]
        )

    case(
        "h5_external_storage.keras", edit_h5(m, external_storage), "ValueError", "external|storage"
    )

    def virtual(f):
        del f["layers/dense/vars/0"]
        layout = h5py.VirtualLayout(shape=(3, 2), dtype="float32")
        layout[:] = h5py.VirtualSource("/etc/passwd", "x", shape=(3, 2))
        f["layers/dense/vars"].create_virtual_dataset("0", layout)

    case("h5_virtual_dataset.keras", edit_h5(m, virtual), "ValueError", "virtual")

    # npz weights.
    n = base_members("npz")
    case(
        "npz_pickle_os_system.keras",
        {**n, "model.weights.npz": npz_with(_npy_object({"0": _System()}))},
        "ValueError",
        r"system",
    )
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        header, {"descr": "<f8", "fortran_order": False, "shape": (2**50,)}
    )
    case(
        "npz_shape_bomb.keras",
        {**n, "model.weights.npz": npz_with(header.getvalue())},
        "ValueError",
        "needs|npz",
    )

    # Sizes that lie: the central directory declares more than the member holds.
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as zf:
        for k, v in m.items():
            zf.writestr(k, v)
    data = bytearray(raw.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("model.weights.h5")
    pos = data.index(b"PK\x01\x02", 0)
    while True:
        name_len = int.from_bytes(data[pos + 28 : pos + 30], "little")
        if data[pos + 46 : pos + 46 + name_len] == b"model.weights.h5":
            break
        extra = int.from_bytes(data[pos + 30 : pos + 32], "little")
        comment = int.from_bytes(data[pos + 32 : pos + 34], "little")
        pos += 46 + name_len + extra + comment
    big = (info.file_size * 1000).to_bytes(4, "little")
    data[pos + 20 : pos + 24] = big  # compressed size
    data[pos + 24 : pos + 28] = big  # uncompressed size
    with open(os.path.join(HERE, "lying_sizes.keras"), "wb") as f:
        f.write(bytes(data))
    manifest["lying_sizes.keras"] = {"error": "BadZipFile", "match": ".", "kwargs": {}}

    legacy_h5_cases(manifest)
    zip_structure_cases(manifest)

    with open(os.path.join(HERE, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(manifest)} hostile files in {HERE}")


def _central_entries(data):
    """(offset, name) of every central directory entry of the zip `data`."""
    entries, pos = [], data.index(b"PK\x01\x02")
    while data[pos : pos + 4] == b"PK\x01\x02":
        name_len = int.from_bytes(data[pos + 28 : pos + 30], "little")
        extra = int.from_bytes(data[pos + 30 : pos + 32], "little")
        comment = int.from_bytes(data[pos + 32 : pos + 34], "little")
        entries.append((pos, bytes(data[pos + 46 : pos + 46 + name_len])))
        pos += 46 + name_len + extra + comment
    return entries, pos


def zip_structure_cases(manifest):
    """Archives whose central directory lies about where members are: many names for one
    member (a few kilobytes naming one large member forty times would extract forty copies),
    and a member whose bytes run over the next one's."""
    m = base_members()
    payload = zipfile.ZipInfo("assets/blob.bin")
    payload.compress_type = zipfile.ZIP_DEFLATED
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in m.items():
            zf.writestr(name, data)
        zf.writestr(payload, b"\0" * (1 << 20))
    data = bytearray(buf.getvalue())
    entries, end = _central_entries(data)
    blob_at, _ = next(e for e in entries if e[1] == b"assets/blob.bin")
    blob_len = end - blob_at
    blob = bytes(data[blob_at:end])
    copies = []
    for i in range(40):
        copy = bytearray(blob)
        name = f"assets/bl{i:02d}.bin"  # as long as the original name
        copy[46 : 46 + len(name)] = name.encode()
        copies.append(bytes(copy))
    eocd = data.index(b"PK\x05\x06", end)
    forged = data[:end] + b"".join(copies) + data[eocd:]
    at = len(data[:end]) + 40 * blob_len
    count = len(entries) + 40
    forged[at + 8 : at + 10] = count.to_bytes(2, "little")
    forged[at + 10 : at + 12] = count.to_bytes(2, "little")
    size = int.from_bytes(forged[at + 12 : at + 16], "little") + 40 * blob_len
    forged[at + 12 : at + 16] = size.to_bytes(4, "little")
    with open(os.path.join(HERE, "zip_many_names_one_member.keras"), "wb") as f:
        f.write(bytes(forged))
    manifest["zip_many_names_one_member.keras"] = {
        "error": "BadZipFile",
        "match": "differ",
        "kwargs": {},
    }

    # The config's central entry claims every byte up to the end of the weights member, so
    # its span holds model.weights.h5 whole; the local name check alone does not see it.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in m.items():
            zf.writestr(name, data)
    data = bytearray(buf.getvalue())
    entries, end = _central_entries(data)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        config, weights = zf.getinfo("config.json"), zf.getinfo("model.weights.h5")
    config_start = config.header_offset + 30 + len(b"config.json")
    weights_end = weights.header_offset + 30 + len(b"model.weights.h5") + weights.file_size
    claimed = (weights_end - config_start).to_bytes(4, "little")
    pos = next(p for p, name in entries if name == b"config.json")
    data[pos + 20 : pos + 24] = claimed
    data[pos + 24 : pos + 28] = claimed
    with open(os.path.join(HERE, "zip_overlapping_members.keras"), "wb") as f:
        f.write(bytes(data))
    manifest["zip_overlapping_members.keras"] = {
        "error": "BadZipFile",
        "match": "Overlapped entries",
        "kwargs": {},
    }


def legacy_h5_cases(manifest):
    """Legacy `.h5` model files: the same attacks on the config and the HDF5 tree."""
    from keras.src.legacy.saving import legacy_h5_format

    def model_file(
        name, model, edit=None, error="ValueError", match=".", kwargs=None, raw_edit=None
    ):
        path = os.path.join(HERE, name)
        legacy_h5_format.save_model_to_hdf5(model, path)
        if edit is not None:
            with h5py.File(path, "a") as f:
                edit(f)
        if raw_edit is not None:
            with open(path, "rb") as f:
                data = raw_edit(f.read())
            with open(path, "wb") as f:
                f.write(data)
        manifest[name] = {"error": error, "match": match, "kwargs": kwargs or {}}

    keras.utils.set_random_seed(0)
    victim = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")], name="victim")
    kernel = "model_weights/d/victim/d/kernel"
    lam = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(lambda x: x * 2)])
    model_file("h5_lambda_safe_mode.h5", lam, match="safe_mode|unsafe|Lambda")

    def os_system(f):
        cfg = json.loads(f.attrs["model_config"])
        f.attrs["model_config"] = json.dumps(dict(cfg, module="os", class_name="system"))

    model_file("h5_config_os_system.h5", victim, os_system, "ValueError|TypeError", "system")

    def soft(f):
        del f[kernel]
        f[kernel] = h5py.SoftLink("/model_weights/d/victim/d/bias")

    model_file("h5_soft_link.h5", victim, soft, match="link")

    def external(f):
        del f[kernel]
        f[kernel] = h5py.ExternalLink("/etc/passwd", "/x")

    model_file("h5_external_link.h5", victim, external, match="link")

    def storage(f):
        del f[kernel]
        f["model_weights/d/victim/d"].create_dataset(
            "kernel", shape=(3, 2), dtype="float32", external=[("/etc/passwd", 0, 24)]
        )

    model_file("h5_external_storage.h5", victim, storage, match="external|storage")

    def virtual(f):
        del f[kernel]
        layout = h5py.VirtualLayout(shape=(3, 2), dtype="float32")
        layout[:] = h5py.VirtualSource("/etc/passwd", "x", shape=(3, 2))
        f["model_weights/d/victim/d"].create_virtual_dataset("kernel", layout)

    model_file("h5_virtual_dataset.h5", victim, virtual, match="virtual")

    def shape_bomb(f):
        del f[kernel]
        f["model_weights/d/victim/d"].create_dataset(
            "kernel", shape=(2**20, 2**20), dtype="float32", chunks=(1, 1024), compression="gzip"
        )

    model_file("h5_shape_bomb.h5", victim, shape_bomb, match="bomb")

    def heap_objects(data):
        """(heap address, object offset, index, size) of each object of the global heap
        holding the variable-length attributes (the model config among them)."""
        heap = data.index(b"GCOL")
        end = heap + int.from_bytes(data[heap + 8 : heap + 16], "little")
        p = heap + 16
        while p + 16 <= end:
            index = int.from_bytes(data[p : p + 2], "little")
            size = int.from_bytes(data[p + 8 : p + 16], "little")
            yield heap, p, index, size
            p += 16 + (size + 7) // 8 * 8

    def empty_heap_object(data):
        # The heap's free-space object (index 0) made empty, which sends libhdf5 2.2's heap
        # decoder into an endless loop (h5py hangs on it; found by `make fuzz`, patched in
        # third_party/).
        data = bytearray(data)
        for _heap, p, index, _size in heap_objects(data):
            if index == 0:
                data[p + 8 : p + 16] = bytes(8)
                return bytes(data)
        raise AssertionError("no free space in the global heap")

    model_file(
        "h5_global_heap_loop.h5",
        victim,
        error="OSError",
        match="model_config",
        raw_edit=empty_heap_object,
    )

    def vlen_length_bomb(data):
        # The model config's variable-length string declared 4 GB long (its bytes stay in the
        # global heap): libhdf5 2.2 allocated and zeroed that much before reading (3 GB
        # resident for a 20 kB file; found by `make fuzz`, patched in third_party/).
        data = bytearray(data)
        for heap, p, index, size in heap_objects(data):
            if data[p + 16 : p + 18] == b'{"':
                # The attribute's element: length (4 bytes), heap address (8), index (4).
                ref = size.to_bytes(4, "little") + heap.to_bytes(8, "little")
                at = data.index(ref + index.to_bytes(4, "little"))
                data[at : at + 4] = (0xF0000000).to_bytes(4, "little")
                return bytes(data)
        raise AssertionError("no model config in the global heap")

    model_file(
        "h5_vlen_length_bomb.h5",
        victim,
        error="OSError",
        match="model_config",
        raw_edit=vlen_length_bomb,
    )


if __name__ == "__main__":
    main()
