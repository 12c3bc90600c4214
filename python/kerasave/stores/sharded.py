"""Sharded weights: `<name>.weights.json` and its `<name>_00000.weights.h5`, ... shards.

The layout, the JSON map and the rules for which shard a tensor goes to are upstream's
(`keras/src/saving/saving_lib.py`, `ShardedH5IOStore`): a tensor goes into the current shard
unless it would take the shard past `max_shard_size` GB, in which case a new shard begins, so
one layer's tensors may be split over two shards. Each shard is written (atomically) and read
by the Rust core; a load opens a shard only when a layer needs it, and keeps a few open
(`files.OpenFiles`), so that a set of any number of shards loads in bounded descriptors and
memory.
"""

from __future__ import annotations

import copy
import json
import math
import pathlib
import warnings

from kerasave import _keras, _native, files
from kerasave.stores import h5, tensors
from kerasave.stores.base import GroupSource, WeightsSink, WeightsSource


def json_path(path, mode):
    """`path` with the `.json` suffix sharding requires, warning as upstream when renamed."""
    path = pathlib.Path(path)
    if path.suffix != ".json":
        method = "Saving" if mode == "w" else "Loading"
        new_path = path.with_suffix(".json")
        warnings.warn(
            f"{method} sharded weights requires `*.json` as the "
            f"extension. The original path: {str(path)} will be "
            f"renamed to {str(new_path)}.",
            stacklevel=3,
        )
        path = new_path
    return path


def _shard_name(base_name, index):
    return f"{base_name}_{index:05}.weights.h5"


def _h5_name(path):
    """The name h5py gives the group `path`: `/vars`, `/layers/dense/vars`."""
    return f"/{path}"


# Shards a save keeps open for writing (and reading back); older ones are completed, each
# as a new one starts, so that a set of thousands of shards holds a few files open.
OPEN_SHARDS = 8


class ShardedWriter(WeightsSink):
    """Writes a model's tensors over shards of at most `max_shard_size` GB, plus the JSON map."""

    def __init__(self, path, max_shard_size=5):
        self.path = json_path(path, "w")
        files.check(self.path)  # a FIFO there would block the save
        self.max_shard_size = float(max_shard_size) * 1024**3  # To bytes.
        self.base_name = self.path.stem.replace(".weights", "")
        self.config = {"metadata": {"total_size": 0}, "weight_map": {}}
        self.total_size = 0
        self.current_size = 0
        self.shards = []  # (file name, WeightsSaver, WeightsWriter), the last one current
        self.sealed = 0  # the first shards, complete under their temporary names
        self._new_shard()

    @property
    def current(self):
        return self.shards[-1]

    def _new_shard(self):
        name = _shard_name(self.base_name, len(self.shards))
        files.check(self.path.with_name(name))
        if len(self.shards) - self.sealed >= OPEN_SHARDS:
            # Each open shard holds files and libhdf5's caches: the oldest is completed.
            self.shards[self.sealed][1].seal()
            self.sealed += 1
        saver = _native.WeightsSaver(self.path.with_name(name))
        self.shards.append((name, saver, h5.WeightsWriter(saver)))

    def is_sealed(self, name):
        return any(shard[0] == name for shard in self.shards[: self.sealed])

    def make(self, path, metadata=None):
        return _ShardedGroupWriter(self, path, h5.group_attrs(metadata))

    def finish(self):
        """Completes every shard, renames them all into place, then writes the JSON map."""
        for _name, saver, _writer in self.shards[self.sealed :]:
            saver.seal()
        self.sealed = len(self.shards)
        for _name, saver, _writer in self.shards:
            saver.commit()
        self.config["metadata"]["total_size"] = self.total_size
        text = json.dumps(self.config, indent=4)

        def write(tmp):
            with open(tmp, "w") as f:
                f.write(text)

        _native.write_atomic(self.path, "json", write)

    def check(self):
        """Raises the error of a queued write that failed, the first shard's first."""
        for _name, saver, _writer in self.shards:
            saver.check()

    def abort(self):
        for _name, saver, _writer in self.shards:
            saver.abort()


class _ShardedGroupWriter:
    """The store one saveable writes into: its group in each shard it spans."""

    def __init__(self, writer, path, attrs):
        self._writer = writer
        self._path = h5.vars_path(path)
        self._parts = {}  # shard name -> _GroupWriter, in the order the shards were used
        if attrs:
            # Upstream creates the group at once in the current shard when it has metadata.
            self._part()._create(attrs)

    def _part(self):
        """The group in the current shard."""
        name, _saver, writer = self._writer.current
        part = self._parts.get(name)
        if part is None:
            part = self._parts[name] = writer.make_group(self._path)
        return part

    def __setitem__(self, key, value):
        w = self._writer
        array, dtype = tensors.prepare(value)
        value_size = math.prod(array.shape) * _keras.dtype_utils.dtype_size(dtype) / 8  # In bytes.
        w.total_size += value_size
        if value_size > w.max_shard_size:
            raise ValueError(
                f"The size of {key} is {_keras.readable_memory_size(value_size)} which "
                f"exceeds the maximum shard size {_keras.readable_memory_size(w.max_shard_size)}. "
                "You can increase the `max_shard_size` parameter to accommodate the size."
            )
        w.current_size += value_size
        if w.current_size > w.max_shard_size:
            w._new_shard()
            w.current_size = value_size
        self._part().put(key, array, dtype)
        name = w.current[0]
        weight_map = w.config["weight_map"]
        variable_path = _h5_name(self._path)
        if variable_path not in weight_map:
            weight_map[variable_path] = name
        else:
            if not isinstance(weight_map[variable_path], list):
                weight_map[variable_path] = [weight_map[variable_path]]
            if name not in weight_map[variable_path]:
                weight_map[variable_path].append(name)

    def _holder(self, key):
        """The shard's group holding `key`; KeyError, as upstream, when none does."""
        for part in self._parts.values():
            if str(key) in part:
                return part
        raise KeyError(f"Key '{key}' not found in any of the shards: {list(self._parts)}")

    def _open_holder(self, key):
        """`_holder`, still open for reading back and deleting."""
        part = self._holder(key)
        name = next(name for name, p in self._parts.items() if p is part)
        if self._writer.is_sealed(name):
            raise ValueError(
                f"'{key}' of '{self._path}' was written to the shard {name}, which is "
                f"complete: only the last {OPEN_SHARDS} shards of a save can be read back."
            )
        return part

    def __getitem__(self, key):
        return self._open_holder(key)[key]

    def __delitem__(self, key):
        del self._open_holder(key)[key]

    def __contains__(self, key):
        return any(str(key) in part for part in self._parts.values())

    def __len__(self):
        return sum(len(part) for part in self._parts.values())

    def keys(self):
        return [key for part in self._parts.values() for key in part.keys()]


class ShardedReader(WeightsSource):
    """Hands out the tensors of a sharded weights file with upstream's lookup rules.

    Shards are opened as the layers reading them need them, at most `files.OPEN_AT_ONCE`
    at a time (upstream keeps one open), so a set of thousands of shards loads within the
    descriptors and memory of a few.
    """

    def __init__(self, path, shape_limits):
        self.path = json_path(path, "r")
        with files.open_regular(self.path, "r") as f:
            self.config = json.load(f)
        self.base_name = self.path.stem.replace(".weights", "")
        self._prefixes = None  # of the JSON map's keys, for `has_path`
        self._shards = files.OpenFiles(
            self.path.parent,
            lambda file: h5.WeightsReader(_native.H5File.open(file, shape_limits)),
        )
        # Upstream opens the first shard at once: a missing one fails here.
        self.current = _shard_name(self.base_name, 0)
        self._reader(self.current)

    def _reader(self, name):
        """The shard `name`, opened again if it was closed since it was last read."""
        return self._shards.get(name)

    def get(self, path):
        weight_map = self.config["weight_map"]
        filenames = weight_map.get(path or "/vars") or weight_map.get(f"/{path}/vars")
        if filenames is None:
            filenames = []
        elif not isinstance(filenames, list):
            filenames = [filenames]
        if filenames:
            self.current = filenames[0]
        return _ShardedGroupReader(self, path, self.current, filenames)

    def has_path(self, path):
        """Whether any shard has a group under `path`, from the JSON map: upstream's test
        (a key that is `/path` or starts with `/path/`), by a set made once rather than a
        pass over the map for each saveable."""
        if self._prefixes is None:
            self._prefixes = set()
            for key in self.config["weight_map"]:
                self._prefixes.add(key)
                self._prefixes.update(key[:i] for i, c in enumerate(key) if c == "/" and i)
        return f"/{path}" in self._prefixes

    def verify(self):
        for _name, reader in self._shards.opened():
            reader.verify()

    def close(self):
        self._shards.close()


class _ShardedGroupReader(GroupSource):
    """One saveable's group in its first shard, then in the other shards it spans.

    It holds shard names, not open shards: each read asks the set for the shard, which may
    have been closed meanwhile (another saveable's shards were opened) and is opened again.
    """

    def __init__(self, sharded, path, main, filenames):
        self._sharded = sharded
        self._path = path
        self._main = main
        self._others = [name for name in filenames if name != main]
        self._filenames = filenames
        self._group(main)  # what upstream's `get` checks at once, checked here too
        self._keys = None  # [(shard, its keys)], the first shard first
        self._where = None  # key -> the first shard holding it
        self._saveable = None  # set by `on_device`

    def _group(self, name):
        reader = self._sharded._reader(name)
        if name == self._main:
            return reader.get(self._path)
        return reader.group_or_empty(h5.vars_path(self._path))

    def _index(self):
        """Each shard's keys, each shard opened once to list them."""
        if self._keys is None:
            self._keys = [(name, self._group(name).keys()) for name in [self._main, *self._others]]
            self._where = {}
            for name, keys in self._keys:
                for key in keys:
                    self._where.setdefault(key, name)
        return self._keys

    def keys(self):
        return [key for _name, keys in self._index() for key in keys]

    def __len__(self):
        return sum(len(keys) for _name, keys in self._index())

    def __contains__(self, key):
        self._index()
        return str(key) in self._where

    def on_device(self, saveable):
        """This store for `saveable`, one of Keras's loaders that only assign what they are
        handed: each shard's group hands out JAX arrays (`h5.GroupReader.on_device`)."""
        view = copy.copy(self)
        view._saveable = saveable
        return view

    def __getitem__(self, key):
        self._index()
        name = self._where.get(str(key))
        if name is None:
            raise KeyError(f"Key '{key}' not found in any of the shards: {self._filenames}")
        group = self._group(name)
        if self._saveable is not None:
            group = group.on_device(self._saveable)
        return group[key]
