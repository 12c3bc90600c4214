"""Keras-free tools on model and weights files: inspect, read_weights, verify, diff, convert.

Nothing here imports Keras (only `convert` between model formats does, as it must rebuild the
model), so the `kerasave` command starts fast and works where Keras is not installed. numpy is
imported only by what hands out or compares tensor values.

Formats, as `inspect(...)["format"]` names them:
- `keras`: a `.keras` zip archive; `keras_dir`: the same unzipped (`zipped=False`).
- `weights_h5`: a `.weights.h5` file; `weights_json`: sharded weights (`.weights.json` and its
  `_00000.weights.h5`, ... shards).
- `h5`: a legacy HDF5 model (`model.save("x.h5")`); `h5_weights`: legacy HDF5 weights
  (`save_weights` in Keras 2, or `legacy_h5_format.save_weights_to_hdf5_group`).
- `npz`: an npz weights file.
- `savedmodel`: a TensorFlow SavedModel directory written by tf.keras (`save_format="tf"`);
  its tensors are named by their checkpoint keys
  (`layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE`).

Tensor paths are the weights file's own: `layers/dense/vars/0` in the Keras 3 HDF5 formats,
`layers/dense/0` (store, then key) in Keras 3 npz weights, `model_weights/dense/dense/kernel`
in legacy ones, and a plain npz file's member names; `convert` keeps them as the names of the
tensors it writes to `.safetensors` and `.npz` files.
"""

from __future__ import annotations

import builtins
import json
import os
import pathlib
import sys
import zipfile

from kerasave import _native, files, formats
from kerasave.formats import FormatError, detect

# What the tools read without a model to say which tensors are needed. A dataset declaring
# more than _FLOOR bytes and more than _EXPANSION times the bytes it stores (never written,
# or compressed) is refused, and so is every tensor past _FLOOR + _EXPANSION times the
# file's size in all (each stored tensor counted once): a 13 kB file declaring 1.5 GB is
# refused, not read into memory or written out by `convert`. Keras never compresses, and
# h5py's gzip shrinks float weights by well under 4x; 64x leaves room for tensors that are
# mostly zeros, and any tensor of up to 64 MiB is read whatever it stores. Model loads
# need no such rule: the model says what it reads.
_EXPANSION = 64
_FLOOR = 64 << 20

# Tensors that are optimizer state rather than model parameters, by path prefix.
_OPTIMIZER_PREFIXES = ("optimizer/", "optimizer_weights/")
# Tensors that are neither: compiled metrics' state (Keras 2 `.keras` files, SavedModels).
_METRIC_PREFIXES = ("metrics/", "keras_api/metrics/")


# What reading a damaged or refused file raises.
ERRORS = (OSError, ValueError, KeyError, zipfile.BadZipFile)


def _json(data, what):
    """`data` parsed as JSON; ValueError when it is not JSON or nests too deep to parse."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError(f"{what} nests too deeply to be read") from None


# --- opening --------------------------------------------------------------------------------


class _Source:
    """An opened file: its JSON members and its tensor stores (without `documents`, only
    the stores: a config is not parsed when only tensors are wanted)."""

    def __init__(self, path, documents=True):
        self.path = os.fspath(path)
        self.documents = documents
        self.format = detect(self.path)
        self.archive = None
        self.config = None
        self.metadata = None
        self.attrs = {}
        # (name, H5File or NpzStore, (file, offset of the store's bytes in it) when the store
        # is a file or a stored member of one, else None)
        self.stores = []
        getattr(self, f"_open_{self.format}")()

    def _open_keras(self):
        self.archive = _native.KerasArchive.open(self.path)
        if self.documents:
            names = self.archive.names()
            self.config = self._json_member(formats.CONFIG, names)
            self.metadata = self._json_member(formats.METADATA, names)
        members = {m.name: m for m in self.archive.members()}
        if formats.WEIGHTS_H5 in members:
            member = members[formats.WEIGHTS_H5]
            h5 = self.archive.weights(formats.ZIP_LIMITS, formats.H5_LIMITS)
            where = (self.path, member.data_start) if member.stored else None
            self.stores.append((formats.WEIGHTS_H5, h5, where))
        elif formats.WEIGHTS_NPZ in members:
            self.stores.append(
                (formats.WEIGHTS_NPZ, self.archive.npz_weights(formats.ZIP_LIMITS), None)
            )

    def _json_member(self, name, names):
        if name not in names:
            return None
        self.archive.check_bomb(name, formats.JSON_LIMITS)
        return _json(self.archive.read(name, formats.JSON_LIMITS), name)

    def _open_keras_dir(self):
        for name in (formats.CONFIG, formats.METADATA) if self.documents else ():
            file = os.path.join(self.path, name)
            if os.path.exists(file):
                with files.open_regular(file) as f:
                    value = _json(f.read(formats.JSON_LIMITS[0] + 1), name)
                setattr(self, name.split(".")[0], value)
        h5 = os.path.join(self.path, formats.WEIGHTS_H5)
        npz = os.path.join(self.path, formats.WEIGHTS_NPZ)
        if os.path.exists(h5):
            files.check(h5)
            self.stores.append(
                (formats.WEIGHTS_H5, _native.H5File.open(h5, formats.H5_LIMITS), (h5, 0))
            )
        elif os.path.exists(npz):
            files.check(npz)
            self.stores.append(
                (formats.WEIGHTS_NPZ, _native.NpzStore.open(npz, formats.ZIP_LIMITS), None)
            )

    def _open_weights_h5(self):
        self.stores.append(("", _native.H5File.open(self.path, formats.H5_LIMITS), (self.path, 0)))

    def _open_h5(self):
        h5 = _native.H5File.open(self.path, formats.H5_LIMITS)
        self.stores.append(("", h5, (self.path, 0)))
        if not self.documents:
            return
        for name in ("keras_version", "backend", "model_config", "training_config"):
            value = h5.attr("", name)
            if value:
                self.attrs[name] = value[0]
        if "model_config" in self.attrs:
            self.config = _json(self.attrs["model_config"], "model_config")

    def _open_h5_weights(self):
        self._open_h5()

    def _open_savedmodel(self):
        files.check_tree(self.path)
        store = _native.SavedModelDir.open(self.path)
        self.stores.append(("", store, None))
        for _node_id, node_path, _identifier, metadata in store.metadata():
            if node_path == "root":
                root = _json(metadata, "keras_metadata.pb")
                if isinstance(root, dict):
                    self.attrs = {k: root[k] for k in ("keras_version", "backend") if k in root}
                    if isinstance(root.get("config"), dict):
                        self.config = {
                            "class_name": root.get("class_name"),
                            "config": root["config"],
                        }

    def _open_npz(self):
        self.stores.append(("", _native.NpzStore.open(self.path, formats.ZIP_LIMITS), None))

    def _open_weights_json(self):
        with files.open_regular(self.path) as f:
            index = _json(f.read(formats.JSON_LIMITS[0] + 1), self.path)
        if not isinstance(index, dict) or not isinstance(index.get("weight_map"), dict):
            raise FormatError(f"{self.path} is JSON but not a sharded weights map")
        self.metadata = index.get("metadata")
        shards = {}  # a set, in order
        for value in index["weight_map"].values():
            for shard in value if isinstance(value, list) else [value]:
                if not isinstance(shard, str):
                    raise FormatError(f"{self.path}: a shard named by {shard!r}, not a string")
                shards[shard] = None
        # Each shard is opened when read, a few at a time (`files.OpenFiles`).
        self._shards = files.OpenFiles(
            os.path.dirname(self.path), lambda file: _native.H5File.open(file, formats.H5_LIMITS)
        )
        for shard in shards:
            file = self._shards.path(shard)
            files.check(file)
            self.stores.append((shard, _Shard(self._shards, shard), (file, 0)))

    def tensors(self):
        """[(path, dtype name, shape, store, key, (file, offset) or None)], sorted by path
        within each store; (file, offset) says where a contiguous tensor's bytes are."""
        out = []
        for name, store, base in self.stores:
            prefix = f"{name}:" if self.format == "weights_json" else ""
            if isinstance(store, _native.NpzStore):
                for member in store.names():
                    for key, dtype, shape in store.info(member) or []:
                        path = f"{member}/{key}" if key else member
                        out.append((prefix + path, dtype, tuple(shape), store, (member, key), None))
                continue
            raw = store.raw() if base is not None else {}
            for path, (dtype, shape) in store.datasets().items():
                offset = raw.get(path)
                at = None if offset is None else (base[0], base[1] + offset)
                out.append((prefix + path, dtype, tuple(shape), store, path, at))
        return out

    def refused(self):
        """Tensors not to read without a model (`_EXPANSION`, `_FLOOR`): path -> why."""
        out = {}
        for name, store, _base in self.stores:
            if isinstance(store, _native.H5File):
                prefix = f"{name}:" if self.format == "weights_json" else ""
                for path, why in store.oversized(_EXPANSION, _FLOOR):
                    out[prefix + path] = why
        return out

    def check_sizes(self):
        """Raises ValueError naming the first tensor not to read without a model."""
        for why in self.refused().values():
            raise ValueError(f"Not allowed: {why}")

    def disk_bytes(self):
        """Bytes of the files read: the file, every file under the directory, or the
        sharded map and its shards."""
        if os.path.isdir(self.path):
            return sum(
                os.path.getsize(os.path.join(root, name))
                for root, _dirs, names in os.walk(self.path)
                for name in names
            )
        shards = {base[0] for _name, _store, base in self.stores if base is not None}
        return sum(os.path.getsize(f) for f in shards | {self.path})

    def aliases(self):
        """Tensor paths that reach the same stored tensor as an earlier path: path -> it."""
        out = {}
        for name, store, _base in self.stores:
            if isinstance(store, _native.H5File):
                prefix = f"{name}:" if self.format == "weights_json" else ""
                for path, first in store.aliases().items():
                    out[prefix + path] = prefix + first
        return out

    def close(self):
        for _name, store, _base in self.stores:
            if isinstance(store, _HDF5):
                store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _Shard:
    """A shard of a sharded set, standing in for its `H5File`: opened when asked for, and
    again when it was closed to keep the set's open files few."""

    def __init__(self, shards, name):
        self._shards = shards
        self._name = name

    def __getattr__(self, method):
        if method not in ("datasets", "raw", "unsupported", "read_into", "read_many"):
            raise AttributeError(method)
        return getattr(self._shards.get(self._name), method)

    def verify(self):
        """A file's `verify` only closes it (no CRC to check): the open one's is called."""
        for name, h5 in self._shards.opened():
            if name == self._name:
                h5.verify()

    def close(self):
        self._shards.close()


# HDF5 weights: files, archive members, shards.
_HDF5 = (_native.H5File, _Shard)


# --- inspect --------------------------------------------------------------------------------


def _nbytes(dtype, shape):
    """(elements, bytes) of a tensor."""
    count = 1
    for d in shape:
        count *= d
    return count, count * _native.itemsize(dtype)


def _layers(config, prefix=""):
    """[{"path", "class_name", "name"}] of every layer in a model config, nested ones too."""
    out = []
    if not isinstance(config, dict):
        return out
    inner = config.get("config")
    if not isinstance(inner, dict):
        return out
    for layer in inner.get("layers") or []:
        if not isinstance(layer, dict):
            continue
        name = (layer.get("config") or {}).get("name") or layer.get("name") or ""
        path = f"{prefix}{name}"
        out.append({"path": path, "class_name": layer.get("class_name"), "name": name})
        out.extend(_layers(layer, path + "/"))
        wrapped = (layer.get("config") or {}).get("layer")
        if isinstance(wrapped, dict):
            out.extend(_layers({"config": {"layers": [wrapped]}}, path + "/"))
    return out


def inspect(path):
    """What the model or weights file at `path` holds, without reading a tensor's values.

    Args:
        path: a `.keras` file or directory, `.weights.h5`, `.weights.json`, legacy `.h5`
            or `.npz` file.

    Returns:
        A dict: `format`, `keras_version`, `date_saved`, `backend`, `model` (class and name,
        or None for weights files), `layers` (path, class, name of each layer in the
        config), `tensors` (path, shape, dtype, nbytes of each tensor), `parameters`
        (elements of every tensor but the optimizer's and compiled metrics'),
        `optimizer_parameters`, `bytes`.

    Raises:
        FileNotFoundError: nothing at `path`.
        ValueError: not a file kerasave reads, or a file it refuses.
        OSError: an unreadable HDF5 file.
    """
    with _Source(path) as src:
        meta = src.metadata if isinstance(src.metadata, dict) else {}
        config = src.config if isinstance(src.config, dict) else None
        tensors, params, opt, total = [], 0, 0, 0
        for tpath, dtype, shape, *_ in src.tensors():
            count, nbytes = _nbytes(dtype, shape)
            tensors.append({"path": tpath, "shape": list(shape), "dtype": dtype, "nbytes": nbytes})
            total += nbytes
            if tpath.startswith(_OPTIMIZER_PREFIXES):
                opt += count
            elif not tpath.startswith(_METRIC_PREFIXES):
                params += count
        model = None
        if config is not None:
            name = (config.get("config") or {}).get("name")
            model = {"class_name": config.get("class_name"), "name": name}
        return {
            "path": src.path,
            "format": src.format,
            "keras_version": meta.get("keras_version") or src.attrs.get("keras_version"),
            "date_saved": meta.get("date_saved"),
            "backend": src.attrs.get("backend"),
            "model": model,
            "layers": _layers(config),
            "tensors": tensors,
            "parameters": params,
            "optimizer_parameters": opt,
            "bytes": total,
        }


# --- read_weights ---------------------------------------------------------------------------


def _read(src, entry, mmap=True):
    import ml_dtypes  # noqa: F401  (bfloat16)
    import numpy as np

    tpath, dtype, shape, store, key, at = entry
    if isinstance(store, _native.NpzStore):
        member, k = key
        for got, array in store.get(member, np.empty) or []:
            if got == k:
                return array
        raise KeyError(tpath)
    if mmap and at is not None and _nbytes(dtype, shape)[1] > 0:
        return np.memmap(at[0], dtype=np.dtype(dtype), mode="r", offset=at[1], shape=shape)
    out = np.empty(shape, dtype=np.dtype(dtype))
    store.read_into(key, out)
    return out


def read_weights(path, mmap=True):
    """Every tensor of the file at `path`, as numpy arrays.

    Args:
        path: as for `inspect`.
        mmap: tensors stored contiguously and uncompressed (the usual case) are returned as
            read-only `numpy.memmap` views of the file, without copying; `False` copies
            every tensor into memory.

    Returns:
        A dict of tensor path -> numpy array.
    """
    with _Source(path, documents=False) as src:
        src.check_sizes()
        entries = src.tensors()
        aliases = src.aliases()  # one array for the names of one tensor
        if mmap:
            out = {}
            for entry in entries:
                first = aliases.get(entry[0])
                out[entry[0]] = out[first] if first in out else _read(src, entry)
            return out
        return _read_all(src, entries, aliases)


def _read_all(src, entries, aliases):
    """`read_weights(mmap=False)`: the tensors of each HDF5 store read in one call, on a few
    threads, into arrays carved from large blocks (`memory.Arena`)."""
    from kerasave import memory

    out = {}
    arena = memory.Arena()
    for _name, store, _base in src.stores:
        if isinstance(store, _HDF5):
            jobs = []
            for tpath, dtype, shape, of, key, _at in entries:
                if of is store and tpath not in aliases:
                    out[tpath] = arena.empty(shape, dtype)
                    jobs.append((key, out[tpath]))
            store.read_many(jobs)
    for alias, first in aliases.items():
        out[alias] = out[first]
    return {e[0]: out[e[0]] if e[0] in out else _read(src, e, False) for e in entries}


# --- verify ---------------------------------------------------------------------------------

# Keras's packages: Keras imports classes from their modules (and only those).
_KERAS_PACKAGES = frozenset({"keras", "keras_hub", "keras_nlp", "keras_cv"})
# Keras's own modules whose functions a model's config names: activations, losses and the
# like, and ops; a function of another (`keras.utils.get_file`) is no part of a model.
_MODELING = frozenset(
    {
        "activations",
        "constraints",
        "initializers",
        "layers",
        "losses",
        "metrics",
        "ops",
        "optimizers",
        "quantizers",
        "random",
        "regularizers",
    }
)
# keras/src/saving/serialization_lib.py's NON_MODELING_APIS (Keras 3.11 and later, after
# CVE-2025-8747): Keras functions that Keras refuses in a config. Kept here as verify does
# not import Keras; tests/test_hostile_py.py checks that it holds upstream's.
NON_MODELING_APIS = frozenset(
    {
        "keras.backend.clear_session",
        "keras.config.enable_unsafe_deserialization",
        "keras.models.load_model",
        "keras.models.model_from_json",
        "keras.models.save_model",
        "keras.preprocessing.image_dataset_from_directory",
        "keras.preprocessing.image.load_img",
        "keras.preprocessing.image.save_img",
        "keras.preprocessing.text_dataset_from_directory",
        "keras.saving.deserialize_keras_object",
        "keras.saving.load_model",
        "keras.saving.load_weights",
        "keras.saving.register_keras_serializable",
        "keras.saving.save_model",
        "keras.saving.save_weights",
        "keras.saving.serialize_keras_object",
        "keras.utils.audio_dataset_from_directory",
        "keras.utils.clear_session",
        "keras.utils.deserialize_keras_object",
        "keras.utils.get_file",
        "keras.utils.image_dataset_from_directory",
        "keras.utils.load_img",
        "keras.utils.register_keras_serializable",
        "keras.utils.save_img",
        "keras.utils.serialize_keras_object",
        "keras.utils.text_dataset_from_directory",
    }
)
# Packages besides Python's own library whose callables are never Keras objects, and which
# read and write files, reach the network or run code: a config naming one is hostile.
_FOREIGN = frozenset(
    {
        "cloudpickle",
        "dill",
        "h5py",
        "httpx",
        "IPython",
        "jax",
        "jaxlib",
        "joblib",
        "numpy",
        "pandas",
        "pip",
        "pkg_resources",
        "requests",
        "scipy",
        "setuptools",
        "tensorflow",
        "torch",
        "urllib3",
        "yaml",
    }
)
_PYTHON_BUILTINS = frozenset(dir(builtins))


def _named(entry):
    """(module, name, is a function) of a config entry that names a class or function, as
    Keras's deserializer reads it; None for any other value."""
    module, cls = entry.get("module"), entry.get("class_name")
    if not isinstance(module, str) or not isinstance(cls, str):
        return None
    if cls == "function":
        name = entry.get("config")
    elif cls == "__typespec__":
        name = entry.get("spec_name")
    else:
        name = cls
    if not isinstance(name, str):
        return None
    # Classes are CamelCase, in Keras as in Python; a lowercase name is a function, which
    # Keras hands back uncalled where the config wants an object (a layer, which a
    # functional model then calls with the arguments the config gives: CVE-2025-8747).
    return module, name, cls == "function" or not name[:1].isupper()


def _code_finding(entry):
    """(problem, warning), each None or a phrase, about the class or function a config
    entry names; Keras's `_retrieve_class_or_fn` under safe mode is the reference."""
    named = _named(entry)
    if named is None:
        return None, None
    module, name, function = named
    label = f"{module}.{name}"
    parts = module.split(".")
    root = parts[0]
    if root in _KERAS_PACKAGES:
        if label in NON_MODELING_APIS:
            return f"names {label}, which Keras refuses: not a modeling function", None
        if not function or ">" in name:
            return None, None  # a Keras class, or a function registered by its package
        internal = root != "keras" or len(parts) < 2 or "src" in parts
        if internal or any(p.startswith("_") for p in parts):
            # Keras imports only KerasSaveable classes from its packages' modules.
            return f"names the function {label}, which Keras refuses: not exported", None
        if parts[1] in _MODELING or (parts[1] == "applications" and name == "preprocess_input"):
            return None, None
        return f"names the function {label}: no part of a model", None
    if root == "builtins":
        if function and name not in _PYTHON_BUILTINS and not name[:1].isupper():
            return None, None  # Keras looks a built-in up by name in its own modules ("relu")
        return f"names {label}: Python's builtins, never a Keras object", None
    if root in sys.stdlib_module_names or root in _FOREIGN:
        return f"names {label}: code outside Keras", None
    if root == "tf_keras":
        return None, None
    return None, f"needs the custom object {entry.get('registered_name') or label}"


def _config_findings(config, problems, warnings):
    """Problems and warnings about code a config would have Keras look up: every entry
    naming a class or function that Keras refuses, or that lies outside Keras (Python's
    library and the like: a problem; a custom object: a warning)."""
    stack = [("config", config)]
    while stack:  # depth first, in document order, without recursion
        where, value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed([(f"{where}[{i}]", v) for i, v in enumerate(value)]))
            continue
        if not isinstance(value, dict):
            if isinstance(value, str) and "enable_unsafe_deserialization" in value:
                problems.append(f"{where} names enable_unsafe_deserialization")
            continue
        problem, warning = _code_finding(value)
        if problem:
            problems.append(f"{where} {problem}")
        if warning:
            warnings.append(f"{where} {warning}")
        if value.get("class_name") in ("Lambda", "__lambda__"):
            warnings.append(f"{where} holds a Lambda: it loads only with safe_mode=False")
        stack.extend(reversed([(f"{where}.{k}", v) for k, v in value.items()]))


def verify(path, progress=None):
    """Checks the file at `path` as far as bytes go, reading every byte of it once.

    Checks: the zip structure and every member's CRC-32, decompression bombs, asset names,
    the HDF5 structure (no links, external or virtual storage, shape bombs), every tensor
    readable, the config parseable, and code the config would have Keras look up (a
    function from `os` and the like is a problem; Lambdas and custom objects are warnings).

    Args:
        path: as for `inspect`.
        progress: called with (bytes done, bytes in all) as tensors are read.

    Returns:
        A dict: `path`, `format`, `ok` (no problem found), `problems`, `warnings`,
        `members` and `tensors` checked, `bytes` read.
    """
    import numpy as np

    problems, warnings = [], []
    report = {"path": os.fspath(path), "format": None, "members": 0, "tensors": 0, "bytes": 0}
    try:
        src = _Source(path)
    except ERRORS as e:
        if isinstance(e, FileNotFoundError):
            raise
        problems.append(f"unreadable: {e}")
        return {**report, "ok": False, "problems": problems, "warnings": warnings}
    with src:
        report["format"] = src.format
        if src.archive is not None:
            for member in src.archive.members():
                name = member.name
                report["members"] += 1
                if member.is_symlink:
                    problems.append(f"member '{name}' is a symbolic link")
                    continue
                if name.startswith(formats.ASSETS_PREFIX) and not member.is_dir:
                    try:
                        _native.safe_relative(name[len(formats.ASSETS_PREFIX) :])
                    except ValueError:
                        problems.append(f"asset '{name}' escapes the asset directory")
                        continue
                if member.is_dir:
                    continue
                try:
                    src.archive.check(
                        name, formats.JSON_LIMITS if name == formats.CONFIG else formats.ZIP_LIMITS
                    )
                except ERRORS as e:
                    problems.append(f"member '{name}': {e}")
            if src.config is None:
                problems.append(f"no {formats.CONFIG} in the archive")
        if src.config is not None:
            _config_findings(src.config, problems, warnings)
        for _name, store, _base in src.stores:
            if isinstance(store, _HDF5):
                for tpath, why in store.unsupported().items():
                    problems.append(f"tensor '{tpath}': {why}")
        try:
            entries = src.tensors()
            refused, aliases = src.refused(), src.aliases()
        except ERRORS as e:
            problems.append(f"weights: {e}")
            entries, refused, aliases = [], {}, {}
        for tpath, why in refused.items():
            problems.append(f"tensor '{tpath}': {why}")
        # Each stored tensor is read once, and none refused.
        entries = [e for e in entries if e[0] not in refused and e[0] not in aliases]
        total = sum(_nbytes(e[1], e[2])[1] for e in entries)
        done = 0
        for entry in entries:
            try:
                array = _read(src, entry, mmap=False)
                if array.dtype.kind == "f" and not np.isfinite(array).all():
                    warnings.append(f"tensor '{entry[0]}' holds NaN or infinite values")
            except (*ERRORS, TypeError) as e:
                problems.append(f"tensor '{entry[0]}': {e}")
            report["tensors"] += 1
            done += _nbytes(entry[1], entry[2])[1]
            if progress is not None:
                progress(done, total)
        for name, store, _base in src.stores:
            if isinstance(store, _HDF5):
                try:
                    store.verify()
                except ERRORS as e:
                    problems.append(f"member '{name}': {e}")
        report["bytes"] = done
    return {**report, "ok": not problems, "problems": problems, "warnings": warnings}


# --- diff -----------------------------------------------------------------------------------


def _config_diff(a, b, where="", out=None, limit=100):
    out = [] if out is None else out
    if len(out) >= limit:
        return out
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            sub = f"{where}.{key}" if where else str(key)
            if key not in b:
                out.append({"path": sub, "a": a[key], "b": None, "change": "removed"})
            elif key not in a:
                out.append({"path": sub, "a": None, "b": b[key], "change": "added"})
            else:
                _config_diff(a[key], b[key], sub, out, limit)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _config_diff(x, y, f"{where}[{i}]", out, limit)
    elif a != b:
        out.append({"path": where, "a": a, "b": b, "change": "changed"})
    return out


def diff(a, b, progress=None):
    """How the files `a` and `b` differ: tensors and config.

    Args:
        a, b: as for `inspect`; of any two formats (tensors are matched by path).
        progress: called with (bytes done, bytes in all) as tensors are compared.

    Returns:
        A dict: `added` and `removed` (tensor paths only in `b` / only in `a`), `changed`
        (path -> `max_abs_diff`, or the two shapes and dtypes when they differ), `same`
        (how many tensors are equal), `config` (differences: JSON path, a, b).
    """
    import numpy as np

    with _Source(a) as sa, _Source(b) as sb:
        sa.check_sizes()
        sb.check_sizes()
        ta = {e[0]: e for e in sa.tensors()}
        tb = {e[0]: e for e in sb.tensors()}
        common = [p for p in ta if p in tb]
        changed, same = {}, 0
        total = sum(_nbytes(ta[p][1], ta[p][2])[1] for p in common)
        done = 0
        for p in common:
            ea, eb = ta[p], tb[p]
            if ea[1:3] != eb[1:3]:
                changed[p] = {"a": {"dtype": ea[1], "shape": list(ea[2])}}
                changed[p]["b"] = {"dtype": eb[1], "shape": list(eb[2])}
                continue
            x, y = _read(sa, ea), _read(sb, eb)
            if x.dtype.kind == "b":
                x, y = x.astype("int8"), y.astype("int8")
            if np.array_equal(x, y, equal_nan=x.dtype.kind == "f"):
                same += 1
            else:
                d = np.abs(x.astype("float64") - y.astype("float64"))
                changed[p] = {"max_abs_diff": float(np.nanmax(d)) if d.size else 0.0}
            done += _nbytes(ea[1], ea[2])[1]
            if progress is not None:
                progress(done, total)
        return {
            "a": sa.path,
            "b": sb.path,
            "added": [p for p in tb if p not in ta],
            "removed": [p for p in ta if p not in tb],
            "changed": changed,
            "same": same,
            "config": _config_diff(sa.config, sb.config),
        }


# --- convert --------------------------------------------------------------------------------


def convert(src, dst, progress=None, **load_kwargs):
    """Writes the model or weights at `src` in the format `dst`'s name says.

    - `.safetensors`: every tensor, named by its path (the safetensors crate writes it); the
      file's metadata says `format: kerasave` and the source's format. Names are JSON keys
      there, not paths, and are kept whatever they hold; two tensors of one path, and the
      path `__metadata__` (safetensors' own key), are refused with ValueError.
    - `.npz`: every tensor, named by its path (`numpy.load` reads it, no pickles). These
      names are member names of a zip archive, which unzip tools make into paths: a path
      that is absolute, has an empty, `.` or `..` component, or holds a backslash or NUL
      (an HDF5 group `..` holding a dataset `..` would become `../...npy`) is refused with
      ValueError naming it, as are two tensors of one path.
    - `.keras` from a legacy `.h5` model or a tf.keras SavedModel, or `.h5` from a `.keras`
      model or a SavedModel: the model is rebuilt by Keras (`kerasave.load_model(src,
      **load_kwargs)`, then `save_model`), so Keras must be installed and
      `custom_objects` / `safe_mode` apply.

    Writes are atomic: `dst` is complete or left as it was.
    """
    dst = os.fspath(dst)
    suffix = pathlib.Path(dst).suffix
    files.check(dst)  # a FIFO there would block the write
    if suffix in (".safetensors", ".npz"):
        with _Source(src) as s:
            s.check_sizes()
            entries = s.tensors()
            _check_names([e[0] for e in entries], member_names=suffix == ".npz")
            tensors = []
            total = sum(_nbytes(e[1], e[2])[1] for e in entries)
            # The output holds every name's tensor: no more than the sizes allow to read.
            size = s.disk_bytes()
            if total > _FLOOR + _EXPANSION * size:
                raise ValueError(
                    f"Not allowed: {s.path}'s tensors would write {total} bytes, more than "
                    f"{_EXPANSION} times the {size} bytes read (tensors under several "
                    "names, or stored compressed)"
                )
            done = 0
            aliases, arrays = s.aliases(), {}
            for entry in entries:
                first = aliases.get(entry[0])
                array = arrays[first] if first in arrays else _read(s, entry)
                arrays[entry[0]] = array
                tensors.append((entry[0], entry[1], array))
                done += _nbytes(entry[1], entry[2])[1]
                if progress is not None:
                    progress(done, total)
            if suffix == ".safetensors":
                import numpy as np

                arrays = [(n, d, np.ascontiguousarray(a)) for n, d, a in tensors]
                meta = {"format": "kerasave", "source_format": s.format}
                _native.write_safetensors(dst, arrays, meta)
            else:
                _write_npz(dst, {n: a for n, _d, a in tensors})
        return dst
    src_format = detect(src)
    models = {"h5": ".keras", "keras": ".h5", "keras_dir": ".h5"}
    if models.get(src_format) == suffix or (src_format, suffix) in (
        ("savedmodel", ".keras"),
        ("savedmodel", ".h5"),
    ):
        import kerasave

        model = kerasave.load_model(src, **load_kwargs)
        kerasave.save_model(model, dst)
        return dst
    raise FormatError(
        f"Cannot convert {src_format} to '{suffix or dst}': kerasave converts weights to "
        ".safetensors or .npz, legacy .h5 models and SavedModels to .keras, and .keras "
        "models and SavedModels to .h5"
    )


def _check_names(paths, member_names):
    """ValueError naming the first of `paths` that cannot name a tensor of the output: one
    seen before, or for npz members (`member_names`) one that is not a plain relative path."""
    seen = set()
    for path in paths:
        if path in seen:
            raise ValueError(f"Cannot convert: two tensors have the path '{path}'")
        seen.add(path)
        if member_names:
            why = _unsafe_member(path)
            if why:
                raise ValueError(f"Cannot name an npz member after the tensor '{path}': {why}")


def _unsafe_member(path):
    """Why the tensor path `path` is not a safe zip member name, or None."""
    if "\\" in path or "\0" in path:
        return "it holds a backslash or NUL"
    parts = path.split("/")
    if parts[0] == "" or (len(parts[0]) >= 2 and parts[0][1] == ":" and parts[0][0].isalpha()):
        return "it is absolute" if path else "it is empty"
    for part in parts:
        if part in ("", ".", ".."):
            return f"it has the component '{part}'"
    return None


def _write_npz(dst, arrays):
    """`numpy.savez` without its keyword arguments (a tensor named `file` or
    `allow_pickle` would be taken for one), never pickling."""
    import numpy as np

    def write(tmp):
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
            for name, array in arrays.items():
                with z.open(f"{name}.npy", "w", force_zip64=True) as f:
                    np.lib.format.write_array(f, np.asanyarray(array), allow_pickle=False)

    _native.write_atomic(dst, "npz", write)
