"""HDF5 weights, laid out as upstream's `H5IOStore`: the writer hands each tensor to the
core's file being saved as the model gives it, the reader hands out tensors of a file the
core opened, read ahead on a thread of the core's while Keras builds the model."""

from __future__ import annotations

import math

import numpy as np

from kerasave.memory import Arena
from kerasave.stores import tensors
from kerasave.stores.base import GroupSource, WeightsSink, WeightsSource


def vars_path(path):
    """The group a saveable's tensors go in: `vars`, `layers/dense/vars`, ..."""
    return f"{path}/vars" if path else "vars"


def group_attrs(metadata):
    """The string attributes a saveable's `metadata` (a dict or None) gives its group."""
    if not isinstance(metadata, (dict, type(None))):
        raise ValueError(f"`metadata` should be a dict or `None`. Received: {metadata}")
    return [(str(k), str(v)) for k, v in (metadata or {}).items()]


class WeightsWriter(WeightsSink):
    """Writes the tensors of a model as upstream's `H5IOStore` lays them out, straight into
    the file being saved (one of `_native`'s HDF5 savers): each tensor is written when the model
    hands it over, so none has to stay in memory until the end."""

    def __init__(self, saver):
        self.saver = saver
        self._paths = set()

    def make(self, path, metadata=None):
        attrs = group_attrs(metadata)
        entry = _GroupWriter(self, vars_path(path))
        if attrs:
            # Upstream creates the group at once when it has metadata, even if empty.
            entry._create(attrs)
        return entry

    def close(self):
        """Nothing is left to hand over: each tensor was written when the model gave it."""

    def make_group(self, path):
        """The store for the group at `path` (created when first written to)."""
        return _GroupWriter(self, path)

    def _add_group(self, path, attrs):
        if path in self._paths:
            raise ValueError(f"Unable to create group '{path}' (name already exists)")
        self._paths.add(path)
        self.saver.group(path, attrs)


class _GroupWriter:
    """The store one saveable's `save_own_variables` writes into."""

    def __init__(self, writer, path):
        self._writer = writer
        self._path = path
        self._created = False
        self._items = {}  # key -> (dtype, shape) of what was written

    def _create(self, attrs=()):
        self._writer._add_group(self._path, list(attrs))
        self._created = True

    def __setitem__(self, key, value):
        parts = tensors.device_parts(value)
        if parts is not None:
            self.put_parts(key, *parts)
            return
        self.put(key, *tensors.prepare(value))

    def put_parts(self, key, parts, shape, dtype):
        """Writes dataset `key` from `parts` (from `device_parts`), creating the group first."""
        key = self._new(key)
        self._writer.saver.dataset_parts(self._path, key, dtype, list(shape), parts)
        self._items[key] = (dtype, tuple(shape))

    def _new(self, key):
        if not self._created:
            self._create()
        key = str(key)
        if key in self._items:
            raise ValueError(f"Unable to create dataset '{self._path}/{key}' (name already exists)")
        return key

    def put(self, key, array, dtype):
        """Writes `array` (from `prepare`) as dataset `key`, creating the group first."""
        key = self._new(key)
        self._writer.saver.dataset(self._path, key, dtype, array)
        self._items[key] = (dtype, array.shape)

    def __getitem__(self, key):
        dtype, shape = self._items[str(key)]
        out = np.empty(shape, dtype=dtype)
        self._writer.saver.read_into(f"{self._path}/{key}", dtype, out)
        return out

    def __delitem__(self, key):
        key = str(key)
        del self._items[key]
        self._writer.saver.delete(f"{self._path}/{key}")

    def __contains__(self, key):
        return str(key) in self._items

    def __len__(self):
        return len(self._items)

    def keys(self):
        return self._items.keys()


class WeightsReader(WeightsSource):
    """Hands out the tensors of an HDF5 weights file opened by the Rust core, with
    upstream `H5IOStore.get`'s lookup rules."""

    def __init__(self, h5file):
        self._h5 = h5file
        self._groups = h5file.groups()
        self._datasets = h5file.datasets()
        self._unsupported = h5file.unsupported()
        self._sparse = h5file.sparse()  # path -> bytes stored, for those storing less
        self._arena = Arena()
        self._ahead = {}  # path -> (job index, array) while being read ahead
        # Job index -> None (not waited for yet), True or the error, for jobs that several
        # names (hard links) share.
        self._shared = {}
        self._done = {}  # path -> array read ahead and collected, or the error reading it
        self._device = None  # path -> JAX array over a `_done` array (`device_array`)
        self._devicable = frozenset()  # the dtypes JAX takes as they are (`device_array`)
        self._distributed = None  # whether a JAX distribution places the variables

    @property
    def groups(self):
        """Every group's path -> the names of its members."""
        return self._groups

    @property
    def datasets(self):
        """Every dataset's path -> (dtype, shape)."""
        return self._datasets

    @property
    def unsupported(self):
        """The datasets of a type no Keras weight has: path -> why reading one fails."""
        return self._unsupported

    def _has(self, path):
        return path in self._groups or path in self._datasets or path in self._unsupported

    def has_path(self, path):
        return self._has(path)

    def get(self, path):
        if not path:
            return GroupReader(self, "vars" if "vars" in self._groups else None)
        if path in self._groups and "vars" in self._groups[path]:
            return GroupReader(self, self._checked_group(f"{path}/vars"))
        # Files written by tf.keras 2.13 name the layers' container differently.
        if "_layer_checkpoint_dependencies" in self._groups:
            path = path.replace("layers", "_layer_checkpoint_dependencies")
            if path in self._groups and "vars" in self._groups[path]:
                return GroupReader(self, self._checked_group(f"{path}/vars"))
        return GroupReader(self, None)

    def group_or_empty(self, path):
        """The group at `path`, or an empty store where there is none."""
        return GroupReader(self, self._checked_group(path) if self._has(path) else None)

    def _checked_group(self, path):
        if path not in self._groups:
            raise ValueError(f"Invalid H5 file, expected Group but received a Dataset at '{path}'")
        return path

    def read_ahead(self, skip=(), paths=None, small_only=False):
        """Starts reading the tensors a load will likely ask for on a thread of the Rust
        core's, so the bytes arrive while Python builds the model: those of `paths` (by
        default every dataset in a group named `vars`, where upstream's stores keep
        tensors) but those under a prefix in `skip`, as far as the file stores every byte
        they declare (`H5File.plan_ahead`). The rest is read when asked for: a dataset no
        saveable asks for is never read.

        Of the tensors under 4 KiB, only the first 16,384 are read ahead: the array and
        records set aside for each cost about 450 bytes (100,000 scalars: 45 MB), and the
        rest are read when asked for, a few microseconds each.

        With `small_only` (a load under a distribution: `sharded_array` reads each
        device's part of a larger tensor when its variable asks), only tensors under 4 KiB
        are read ahead."""
        if small_only:
            candidates = self._datasets if paths is None else paths
            paths = [path for path in candidates if _nbytes(*self._datasets[path]) < _DEVICE]
        plan, aliases = self._h5.plan_ahead(paths, list(skip), (_DEVICE, _SMALL_AHEAD))
        jobs = []
        for path in plan:
            dtype, shape = self._datasets[path]
            out = self._arena.empty(shape, dtype)
            self._ahead[path] = (len(jobs), out)
            jobs.append((path, out))
        for alias, path in aliases.items():
            self._ahead[alias] = self._ahead[path]
            self._shared[self._ahead[path][0]] = None
        self._h5.prefetch(jobs)

    def pending(self, path):
        """Whether the tensor at `path` is read ahead (and not handed out yet)."""
        return path in self._ahead or path in self._done

    def read(self, path):
        done = self._done.pop(path, None)
        if done is not None:
            if isinstance(done, Exception):
                raise done
            return done
        ahead = self._ahead.pop(path, None)
        if ahead is not None:
            index, out = ahead
            self._wait(index)
            return out
        dtype, shape = self._datasets[path]
        out = self._arena.empty(shape, dtype)
        self._h5.read_into(path, out)
        return out

    def _wait(self, index):
        """Waits for job `index`; a job several names share is waited for once."""
        if index not in self._shared:
            self._h5.wait(index)
            return
        result = self._shared[index]
        if result is None:
            try:
                self._h5.wait(index)
                result = True
            except Exception as e:
                result = e
            self._shared[index] = result
        if isinstance(result, Exception):
            raise result

    def verify(self):
        """Raises zipfile.BadZipFile if the archive member does not match its CRC-32 (the
        tensors were hashed as they were read; only the rest is read again); closes the
        file."""
        self._h5.verify()

    def device_array(self, path, saveable=None, key=None):
        """The tensor at `path` as a JAX array (or a CPU torch tensor) over the bytes read,
        for a saveable whose `load_own_variables` only assigns what it is handed
        (`traversal.assigns_only`); a numpy array when it cannot be one.

        `Variable.assign` would put each numpy array on the device itself, one call at a
        time (70 us each, a tenth of a ResNet50 load); the first call here puts every
        tensor read ahead there in one batch (30 us each). On CPU the JAX array adopts the
        aligned buffer without copying, as `assign` does, and gets the same placement.
        On torch's CPU device the tensor shares the bytes read (`torch.from_numpy`), where
        `assign` would copy a numpy array first (`np.array`), and a variable without a value
        yet (`lazy.deferred_init`) takes it as its Parameter: no copy at all.

        Under a JAX distribution, the tensor for a variable (of `saveable`, under `key`)
        whose layout splits it over devices is read one device's part at a time
        (`split_array`).
        """
        if self._device is None:
            self._devicable = tensors.devicable_dtypes()
            self._device = self._put_on_device()
        if saveable is not None and self._placing():
            shape = self._datasets[path][1]
            array = self.split_array(path, tensors.target_variable(saveable, key, shape))
            if array is not None:
                return array
        array = self._device.pop(path, None)
        if array is not None:
            self._done.pop(path, None)
            return array
        out = self.read(path)
        if out.nbytes >= _DEVICE and out.dtype in self._devicable:
            # Not read ahead (a shard of a set, a load skipping objects): put on the device
            # alone. Handed as numpy, `assign` would have JAX (or torch) copy it there.
            if tensors.backend_name() == "torch":
                return tensors.torch_tensor(out)
            import jax

            return jax.device_put(out)
        return out

    def _placing(self):
        """Whether a JAX distribution places the variables being loaded."""
        if self._distributed is None:
            # Asked on the thread loading: Keras keeps the distribution per thread.
            self._distributed = tensors.jax_distributed()
        return self._distributed

    def split_array(self, path, variable):
        """Under a JAX distribution whose layout for `variable` splits the tensor at `path`
        over devices: that tensor as a JAX array so laid out, each device's part read
        straight from the file (`sharded_array`). None otherwise, or when the tensor was
        read ahead already (those under 4 KiB)."""
        if not self._placing() or variable is None or self.pending(path):
            return None
        dtype, shape = self._datasets[path]
        sharding = tensors.split_sharding(variable, shape)
        if sharding is None:
            return None
        return tensors.sharded_array(self._h5, path, dtype, shape, sharding)

    def _put_on_device(self):
        """Collects every tensor read ahead into `_done` (the array, or the error reading
        it, raised where the tensor is asked for) and puts those of a dtype JAX takes as
        it is on the device in one batch: path -> JAX array."""
        devicable = self._devicable
        if not devicable:
            return {}
        for path in list(self._ahead):
            try:
                self._done[path] = self.read(path)
            except Exception as e:
                self._done[path] = e
        paths = [
            path
            for path, out in self._done.items()
            if not isinstance(out, Exception) and out.dtype in devicable and out.nbytes >= _DEVICE
        ]
        if not paths:
            return {}
        if tensors.backend_name() == "torch":
            return {path: tensors.torch_tensor(self._done[path]) for path in paths}
        import jax

        arrays = jax.device_put([self._done[path] for path in paths])
        return dict(zip(paths, arrays, strict=True))

    def close(self):
        self._ahead.clear()
        self._done.clear()
        self._device = None
        self._h5.close()


# Tensors smaller than this are handed to `Variable.assign` as numpy arrays, which it copies
# onto the device: a JAX array adopting a numpy buffer costs about 5 kB of its own whatever
# the tensor's size, a copy of a small tensor about 1-2 kB, and takes no longer (100,000
# scalar variables: 0.5 GB more through `jax.device_put`).
_DEVICE = 4096


# Tensors under `_DEVICE` bytes read ahead at most (`WeightsReader.read_ahead`).
_SMALL_AHEAD = 16384


class GroupReader(GroupSource):
    """The store one saveable's `load_own_variables` reads from."""

    def __init__(self, reader, path, saveable=None):
        self._reader = reader
        self._path = path
        self._names = reader._groups.get(path, []) if path is not None else []
        # The saveable whose `load_own_variables` only assigns what it is handed: the store
        # hands out JAX arrays (`WeightsReader.device_array`) and checks shapes first.
        self._saveable = saveable

    def keys(self):
        return list(self._names)

    def __len__(self):
        return len(self._names)

    def __contains__(self, key):
        return self._path is not None and self._reader._has(f"{self._path}/{key}")

    def on_device(self, saveable):
        """This store for `saveable`, whose `load_own_variables` only assigns each tensor
        to one of its variables (`traversal.assigns_only`): it hands out JAX arrays
        (`WeightsReader.device_array`), and refuses a tensor no variable could take before
        reading it."""
        return GroupReader(self._reader, self._path, saveable)

    def __getitem__(self, key):
        if self._path is None:
            raise KeyError(key)
        path = f"{self._path}/{key}"
        if path in self._reader._datasets:
            if self._saveable is None:
                return self._reader.read(path)
            if path in self._reader._sparse and not self._reader.pending(path):
                _check_assignable(self._saveable, key, self._reader._datasets[path][1])
            return self._reader.device_array(path, self._saveable, key)
        if path in self._reader._unsupported:
            raise ValueError(self._reader._unsupported[path])
        if path in self._reader._groups:
            raise ValueError(f"Invalid H5 file, expected Dataset, received a Group at '{path}'")
        raise KeyError(key)


def _check_assignable(saveable, key, shape):
    """Raises upstream's ValueError when no variable of `saveable` has the shape `shape`.

    For a tensor the file does not store in full (never written, compressed), asked for by
    one of Keras's own `load_own_variables` that assign each tensor to a variable:
    `Variable.assign` refuses any other shape, but upstream reads the tensor first,
    whatever it declares (1.5 GB for a never-written dataset of a 12 kB file). Here nothing
    is read."""
    variables, target = tensors.assigned_variables(saveable, key)
    candidates = [target] if target is not None else variables
    if any(tuple(v.shape) == tuple(shape) for v in candidates):
        return
    if target is None:
        shapes = [tuple(v.shape) for v in variables]
        raise ValueError(
            "The shape of the target variable and the shape of the target value in "
            f"`variable.assign(value)` must match. Received: value.shape={tuple(shape)} "
            f"for key {key!r}, a shape no variable of {saveable.name!r} has: {shapes}"
        )
    raise ValueError(
        "The shape of the target variable and the shape of the target value in "
        f"`variable.assign(value)` must match. variable.shape={target.shape}, "
        f"Received: value.shape={tuple(shape)}. Target variable: {target}"
    )


def _nbytes(dtype, shape):
    return math.prod(shape) * np.dtype(dtype).itemsize
