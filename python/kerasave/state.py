"""Walking a model's saveables, and the stores they save into and load from.

The traversal is upstream Keras's (`keras/src/saving/saving_lib.py`: `_save_state`,
`_load_state` and their container variants), so every tensor lands at upstream's path
(`layers/<name>/vars/<i>`, `optimizer/vars/<i>`, ...). It is written once here for every
store; the stores only collect tensors for, or hand tensors out of, the Rust core.
"""

from __future__ import annotations

import math
import os
import warnings

import ml_dtypes  # noqa: F401  (registers bfloat16 with numpy, for weights of that type)
import numpy as np

from kerasave import _native, migrate

_INTERNALS = None


def _keras_internals():
    global _INTERNALS
    if _INTERNALS is None:
        from keras.src import backend
        from keras.src.saving import saving_lib
        from keras.src.saving.keras_saveable import KerasSaveable
        from keras.src.utils import naming

        _INTERNALS = backend, saving_lib, KerasSaveable, naming
    return _INTERNALS


# --- stores -------------------------------------------------------------------------------


def vars_path(path):
    """The group a saveable's tensors go in: `vars`, `layers/dense/vars`, ..."""
    return f"{path}/vars" if path else "vars"


def group_attrs(metadata):
    """The string attributes a saveable's `metadata` (a dict or None) gives its group."""
    if not isinstance(metadata, (dict, type(None))):
        raise ValueError(f"`metadata` should be a dict or `None`. Received: {metadata}")
    return [(str(k), str(v)) for k, v in (metadata or {}).items()]


class WeightsWriter:
    """Writes the tensors of a model as upstream's `H5IOStore` lays them out, straight into
    the file being saved (`_native.Saver`): each tensor is written when the model
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
        parts = device_parts(value)
        if parts is not None:
            self.put_parts(key, *parts)
            return
        self.put(key, *prepare(value))

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


def prepare(value):
    """`value` as a C-contiguous numpy array, and Keras's name of its dtype."""
    backend = _keras_internals()[0]
    # Not `np.ascontiguousarray`: it turns a scalar into shape (1,).
    array = _to_numpy(backend, value)
    if not array.flags.c_contiguous:
        array = array.copy(order="C")
    return array, _dtype_name(backend, array.dtype)


_DTYPE_NAMES = {}  # numpy dtype -> Keras's name of it


def _dtype_name(backend, dtype):
    name = _DTYPE_NAMES.get(dtype)
    if name is None:
        # 20 us a call, as long as the rest of a small tensor's save.
        name = _DTYPE_NAMES[dtype] = backend.standardize_dtype(dtype)
    return name


def device_parts(value):
    """For a JAX array (or a variable holding one) that a distribution lays out over
    devices: ([(start, numpy view of the device's buffer)], shape, dtype name), one part per
    distinct box, for the core to write each part in place (`Saver.dataset_parts`) where
    `prepare` would gather the whole tensor into one new buffer first. None for anything
    else (upstream's `convert_to_numpy` gathers it, as `prepare` does)."""
    backend = _keras_internals()[0]
    if backend.backend() != "jax":
        return None
    variable_class, jax_array, one_device = _jax_classes()
    if one_device:
        return None  # nothing can be split: the common case, answered first
    # A variable's own storage, not `value`: that would give a variable without a value
    # yet its initial value, which `prepare` then does.
    tensor = value._value if isinstance(value, variable_class) else value
    if (
        not isinstance(tensor, jax_array)
        or not tensor.is_fully_addressable
        or tensor.sharding.is_fully_replicated
    ):
        return None
    parts = []
    for shard in tensor.addressable_shards:
        if shard.replica_id != 0:
            continue  # the same box as another device's
        bounds = [part.indices(n)[:2] for part, n in zip(shard.index, tensor.shape, strict=True)]
        parts.append(([a for a, _ in bounds], np.ascontiguousarray(shard.data)))
    if not parts:
        return None
    return parts, tensor.shape, _dtype_name(backend, parts[0][1].dtype)


def _to_numpy(backend, value):
    """What upstream's `backend.convert_to_numpy(value)` gives, without its copy when the
    value is a JAX array or a CPU torch tensor (or a variable holding one): NumPy reads it
    in place."""
    name = backend.backend()
    if name == "jax":
        variable_class, jax_array, _ = _jax_classes()
        tensor = value.value if isinstance(value, variable_class) else value
        if isinstance(tensor, jax_array):
            return np.asarray(tensor)
    elif name == "torch":
        array = _torch_numpy(value)
        if array is not None:
            return array
    return np.asarray(backend.convert_to_numpy(value))


def _torch_numpy(value):
    """A CPU torch tensor (or a variable holding one) as numpy over its memory, or None:
    upstream copies it (a bfloat16 one twice, through float32). The array is writeable, so
    the core writes it before the save goes on, as it would a copy."""
    import torch
    from keras.src.backend.common import KerasVariable

    tensor = value.value if isinstance(value, KerasVariable) else value
    if (
        not isinstance(tensor, torch.Tensor)
        or tensor.device.type != "cpu"
        or tensor.layout is not torch.strided
        or tensor.is_conj()
        or tensor.is_neg()
    ):
        return None
    tensor = tensor.detach()
    if tensor.dtype == torch.bfloat16:
        return tensor.view(torch.int16).numpy().view(_BFLOAT16)
    try:
        return tensor.numpy()
    except (TypeError, RuntimeError):  # a dtype numpy lacks
        return None


_JAX_CLASSES = []


def _jax_classes():
    """(Keras's variable class, `jax.Array`, whether JAX has a single device), found once
    rather than for each tensor."""
    if not _JAX_CLASSES:
        import jax
        from keras.src.backend.common import KerasVariable

        _JAX_CLASSES.extend((KerasVariable, jax.Array, jax.device_count() == 1))
    return _JAX_CLASSES


class WeightsReader:
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

    def _has(self, path):
        return path in self._groups or path in self._datasets or path in self._unsupported

    def has_path(self, path):
        return self._has(path)

    def get(self, path):
        if not path:
            return _GroupReader(self, "vars" if "vars" in self._groups else None)
        if path in self._groups and "vars" in self._groups[path]:
            return _GroupReader(self, self._checked_group(f"{path}/vars"))
        # Files written by tf.keras 2.13 name the layers' container differently.
        if "_layer_checkpoint_dependencies" in self._groups:
            path = path.replace("layers", "_layer_checkpoint_dependencies")
            if path in self._groups and "vars" in self._groups[path]:
                return _GroupReader(self, self._checked_group(f"{path}/vars"))
        return _GroupReader(self, None)

    def _group_or_empty(self, path):
        """The group at `path`, or an empty store where there is none."""
        return _GroupReader(self, self._checked_group(path) if self._has(path) else None)

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
        (`_assigns_only`); a numpy array when it cannot be one.

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
            self._devicable = _devicable_dtypes()
            self._device = self._put_on_device()
        if saveable is not None and self._placing():
            shape = self._datasets[path][1]
            array = self.split_array(path, target_variable(saveable, key, shape))
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
            if _keras_internals()[0].backend() == "torch":
                return _torch_tensor(out)
            import jax

            return jax.device_put(out)
        return out

    def _placing(self):
        """Whether a JAX distribution places the variables being loaded."""
        if self._distributed is None:
            # Asked on the thread loading: Keras keeps the distribution per thread.
            self._distributed = jax_distributed()
        return self._distributed

    def split_array(self, path, variable):
        """Under a JAX distribution whose layout for `variable` splits the tensor at `path`
        over devices: that tensor as a JAX array so laid out, each device's part read
        straight from the file (`sharded_array`). None otherwise, or when the tensor was
        read ahead already (those under 4 KiB)."""
        if not self._placing() or variable is None or self.pending(path):
            return None
        dtype, shape = self._datasets[path]
        sharding = _split_sharding(variable, shape)
        if sharding is None:
            return None
        return sharded_array(self._h5, path, dtype, shape, sharding)

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
        if _keras_internals()[0].backend() == "torch":
            return {path: _torch_tensor(self._done[path]) for path in paths}
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


class _GroupReader:
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
        to one of its variables (`_assigns_only`): it hands out JAX arrays
        (`WeightsReader.device_array`), and refuses a tensor no variable could take before
        reading it."""
        return _GroupReader(self._reader, self._path, saveable)

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
    variables, target = _assigned(saveable, key)
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


def _assigned(saveable, key):
    """The variables of `saveable` (an `_assigns_only` one), and the one the tensor under
    `key` is assigned to when its `load_own_variables` says which (None otherwise)."""
    from keras.src.layers.layer import Layer
    from keras.src.optimizers.base_optimizer import BaseOptimizer

    method = getattr(type(saveable), "load_own_variables", None)
    if method is Layer.load_own_variables:
        variables = saveable._trainable_variables + saveable._non_trainable_variables
    else:
        variables = list(saveable.variables)
    target = None
    if method in (Layer.load_own_variables, BaseOptimizer.load_own_variables):
        # Both assign the i-th tensor to the i-th variable.
        i = int(key) if str(key).isdigit() else -1
        target = variables[i] if 0 <= i < len(variables) else None
    return variables, target


def target_variable(saveable, key, shape):
    """The variable of `saveable` that the tensor under `key` (of `shape`) will be assigned
    to: the one its `load_own_variables` names, else the only one of that shape, else None.
    Only where the tensor is placed depends on it: a variable that then takes a tensor
    placed otherwise moves it (`Variable.assign`)."""
    variables, target = _assigned(saveable, key)
    if target is not None:
        return target if tuple(target.shape) == tuple(shape) else None
    same = [v for v in variables if tuple(v.shape) == tuple(shape)]
    return same[0] if len(same) == 1 else None


# --- loads under a distribution -----------------------------------------------------------


def jax_distributed():
    """Whether a Keras distribution places this thread's variables on the JAX backend."""
    backend = _keras_internals()[0]
    if backend.backend() != "jax":
        return False
    from keras.src.distribution import distribution_lib

    return distribution_lib.distribution() is not None


def _split_sharding(variable, shape):
    """The JAX sharding of `variable`'s layout when it splits a tensor of `shape` over
    devices (None when there is no variable, no layout, or every device holds it whole)."""
    layout = getattr(variable, "_layout", None)
    if layout is None:
        return None
    sharding = getattr(layout, "backend_layout", layout)
    import jax

    if not isinstance(sharding, jax.sharding.Sharding) or sharding.is_fully_replicated:
        return None
    try:
        if sharding.shard_shape(tuple(shape)) == tuple(shape):
            return None
    except ValueError:  # a layout the shape does not divide: Keras's assign says so
        return None
    return sharding


def sharded_array(h5, path, dtype, shape, sharding):
    """The dataset at `path` of the core's file `h5` as a JAX array laid out by `sharding`,
    each device's part read straight from the file (`H5File.read_boxes`): the whole tensor
    is never in memory at once. A part several devices hold is read once and copied for
    the others (each device owns its buffer: JAX on CPU adopts an aligned one, and may
    later reuse it in place)."""
    import jax

    shape = tuple(shape)
    boxes = {}  # (start, count) -> the buffer read for the first device holding it
    placed = []  # (device, box)
    for device, index in sharding.addressable_devices_indices_map(shape).items():
        bounds = [part.indices(n)[:2] for part, n in zip(index, shape, strict=True)]
        box = tuple(a for a, _ in bounds), tuple(b - a for a, b in bounds)
        if box not in boxes:
            boxes[box] = aligned_empty(box[1], dtype)
        placed.append((device, box))
    h5.read_boxes(path, [(list(start), out) for (start, _), out in boxes.items()])
    first = set()
    buffers = []
    for _, box in placed:
        out = boxes[box]
        if box in first:
            copy = aligned_empty(out.shape, out.dtype)
            copy[...] = out
            out = copy
        first.add(box)
        buffers.append(out)
    arrays = jax.device_put(buffers, [device for device, _ in placed])
    return jax.make_array_from_single_device_arrays(shape, sharding, arrays)


def _nbytes(dtype, shape):
    return math.prod(shape) * np.dtype(dtype).itemsize


_ALIGNMENT = 64


def aligned_empty(shape, dtype):
    """An uninitialized C-ordered array whose data starts on a 64-byte boundary.

    JAX on CPU adopts such a buffer without copying when a variable is assigned from it.
    Arrays of a few MiB and more come from the core's memory pool (`src/io/memory.rs`), which keeps
    the memory of freed arrays for a few seconds: a load or read that follows one whose
    arrays were freed writes into memory the machine still backs (on the benchmark's VM,
    ResNet50's weights are read at 3 GB/s into it and 1 GB/s into memory freed seconds
    before).
    """
    dtype = np.dtype(dtype)
    nbytes = math.prod(shape) * dtype.itemsize
    if nbytes >= _POOLED:
        return np.ndarray(shape, dtype, _native.empty_bytes(nbytes), 0)
    raw = np.empty(nbytes + _ALIGNMENT, dtype=np.uint8)
    return np.ndarray(shape, dtype, raw, -raw.ctypes.data % _ALIGNMENT)


_POOLED = 4 << 20  # smaller arrays, rounded up to whole 2 MiB pages, would waste too much


class Arena:
    """Hands out aligned arrays carved from 64 MiB slabs.

    Most weights are small, and a fresh small allocation costs a page fault per 4 KiB when
    first written, more than copying the bytes in; a slab is one allocation from the core's
    pool (`src/io/memory.rs`), reused once freed, with huge pages where they pay. A slab is freed
    when the last array carved from it is.
    """

    SLAB = 64 << 20
    OWN = 8 << 20  # arrays at least this large get their own allocation

    def __init__(self):
        self._slab = None
        self._used = 0

    def empty(self, shape, dtype):
        dtype = np.dtype(dtype)
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes >= self.OWN:
            return aligned_empty(shape, dtype)
        if self._slab is None or self._used + nbytes > self.SLAB:
            self._slab = aligned_empty((self.SLAB,), np.uint8)
            self._used = 0
        start = self._used
        self._used += -(-nbytes // _ALIGNMENT) * _ALIGNMENT
        # One constructor call on the slab's buffer: a tenth of the time of slicing, viewing
        # and reshaping it (1.2 us against 12 us, a few ms for ResNet50's 320 arrays).
        return np.ndarray(shape, dtype, self._slab, start)


class AssetsWriter:
    """The assets store of an archive being saved: upstream's `DiskIOStore` (a temporary
    directory), created only when a saveable first asks for it. Most models have no
    assets; for them a save makes and removes no directory (on ext4 removing it right after
    a large write waited for the journal, 20-40 ms for ResNet50)."""

    def __init__(self, root_path):
        self._root_path = root_path
        self._store = None

    def _real(self):
        if self._store is None:
            saving_lib = _keras_internals()[1]
            self._store = saving_lib.DiskIOStore(self._root_path, mode="w")
        return self._store

    def make(self, path):
        return self._real().make(path)

    def get(self, path):
        return self._real().get(path)

    def has_path(self, path):
        return self._store is not None and self._store.has_path(path)

    def files(self):
        """Every asset file written: (path under assets/, file on disk), upstream's order."""
        return [] if self._store is None else collect_assets(self._store.working_dir)

    def close(self):
        if self._store is not None:
            self._store.close()


def collect_assets(working_dir, prefix=""):
    """Every file under `working_dir`: (path relative to it with `/`, absolute path), in
    upstream's order (`_write_to_zip_recursively`: depth first, in `os.listdir` order)."""
    found = []
    for name in os.listdir(working_dir):
        full = os.path.join(working_dir, name)
        rel = f"{prefix}{name}"
        if os.path.isdir(full):
            found.extend(collect_assets(full, f"{rel}/"))
        else:
            found.append((rel, full))
    return found


# --- traversal (upstream's, store-agnostic) -------------------------------------------------


def _name_key(name):
    """Private attributes are visited last."""
    if name.startswith("_"):
        return f"~{name}"
    return name


_SKIPSETS = {}


def _skipset(saving_lib, obj_type):
    """Upstream's `get_attr_skipset`, computed once per type: upstream's own cache never hits
    (it stores under another key than it looks up), and each miss builds a reference object.
    """
    skipset = _SKIPSETS.get(obj_type)
    if skipset is None:
        skipset = _SKIPSETS[obj_type] = frozenset(saving_lib.get_attr_skipset(obj_type))
    return skipset


_CLASS_ATTRS = {}


def _child_attrs(saveable, obj_type, skipset):
    """`dir(saveable)` without dunders and skipped names, privates last, as upstream
    iterates it. The class's share of `dir()` is worked out once per class."""
    cls = type(saveable)
    if cls.__dir__ is not object.__dir__:
        names = dir(saveable)
    else:
        key = (cls, obj_type)
        class_names = _CLASS_ATTRS.get(key)
        if class_names is None:
            class_names = _CLASS_ATTRS[key] = frozenset(
                n for n in dir(cls) if not n.startswith("__") and n not in skipset
            )
        names = class_names.union(getattr(saveable, "__dict__", ()))
    return sorted((n for n in names if not n.startswith("__") and n not in skipset), key=_name_key)


def _walk_saveable(saveable):
    _, saving_lib, KerasSaveable, _ = _keras_internals()
    if not isinstance(saveable, KerasSaveable):
        raise ValueError(
            "Expected object to be an "
            "instance of `KerasSaveable`, but "
            f"got {saveable} of type {type(saveable)}"
        )
    obj_type = saveable._obj_type()
    attr_skipset = _skipset(saving_lib, obj_type)
    # Layers tracked by Sequential and Functional come first, as upstream.
    if obj_type in ("Sequential", "Functional"):
        yield "layers", saveable.layers
    for child_attr in _child_attrs(saveable, obj_type, attr_skipset):
        try:
            child_obj = getattr(saveable, child_attr)
        except Exception:
            continue
        yield child_attr, child_obj


def _join(inner_path, name):
    return f"{inner_path}/{name}" if inner_path else name


def _unique_name(name, used_names):
    if name in used_names:
        used_names[name] += 1
        return f"{name}_{used_names[name]}"
    used_names[name] = 0
    return name


def _save_own_variables(saveable, store):
    """`saveable.save_own_variables(store)`. For an optimizer that keeps upstream's method,
    upstream's loop without its `variable.numpy()` copies: the store reads each variable's
    buffer in place (`prepare`), so the file is the same with one copy of the optimizer's
    state fewer."""
    from keras.src.optimizers.base_optimizer import BaseOptimizer

    if type(saveable).save_own_variables is BaseOptimizer.save_own_variables:
        for i, variable in enumerate(saveable.variables):
            store[str(i)] = variable
    else:
        saveable.save_own_variables(store)


def save_state(saveable, weights_store, assets_store, inner_path, visited):
    """Saves `saveable` and everything reachable from it, each object once."""
    _, _, KerasSaveable, _ = _keras_internals()
    if id(saveable) in visited:
        return
    if hasattr(saveable, "save_own_variables") and weights_store is not None:
        name = getattr(saveable, "name", None)
        metadata = {"name": name} if isinstance(name, str) else None
        _save_own_variables(saveable, weights_store.make(inner_path, metadata=metadata))
    if hasattr(saveable, "save_assets") and assets_store is not None:
        saveable.save_assets(assets_store.make(inner_path))
    visited.add(id(saveable))
    for child_attr, child_obj in _walk_saveable(saveable):
        path = _join(inner_path, child_attr)
        if isinstance(child_obj, KerasSaveable):
            save_state(child_obj, weights_store, assets_store, path, visited)
        elif isinstance(child_obj, (list, dict, tuple)):
            _save_container(child_obj, weights_store, assets_store, path, visited)


def _save_container(container, weights_store, assets_store, inner_path, visited, seen=None):
    _, _, KerasSaveable, naming = _keras_internals()
    seen = set() if seen is None else seen
    if id(container) in seen:
        return
    seen.add(id(container))
    used_names = {}
    if isinstance(container, dict):
        container = list(container.values())
    for item in container:
        if isinstance(item, KerasSaveable):
            # Named by class, not by `item.name`: names are not reproducible.
            name = _unique_name(naming.to_snake_case(item.__class__.__name__), used_names)
            save_state(item, weights_store, assets_store, _join(inner_path, name), visited)
        elif isinstance(item, (list, dict, tuple)):
            name = _unique_name("container", used_names)
            _save_container(
                item,
                weights_store,
                assets_store,
                _join(inner_path, name),
                visited,
                seen,
            )


class LoadState:
    """What one load tracks: objects done, objects that failed and why."""

    def __init__(self, skip_mismatch=False, visited=None, keras2=False):
        self.skip_mismatch = skip_mismatch
        # The file was written by Keras 2: its optimizer state is laid out as Keras 2's.
        self.keras2 = keras2
        self.visited = set() if visited is None else visited
        self.failed = set()
        self.errors = {}

    def raise_failures(self, warn_only=False):
        """Upstream's `_raise_loading_failure`."""
        if not self.failed:
            return
        _, saving_lib, _, _ = _keras_internals()
        saving_lib._raise_loading_failure(self.errors, warn_only=warn_only)


_ASSIGNING = None


def _assigns_only(saveable):
    """Whether `saveable` loads with one of Keras's own `load_own_variables` that only
    assign each tensor of the store to a variable (`Variable.assign`, which takes a JAX
    array as it takes a numpy one). A saveable with a `load_own_variables` of its own may
    do anything with what it is handed, and gets numpy arrays."""
    global _ASSIGNING
    if _ASSIGNING is None:
        from keras.src.layers.convolutional.base_conv import BaseConv
        from keras.src.layers.core.dense import Dense
        from keras.src.layers.core.einsum_dense import EinsumDense
        from keras.src.layers.core.embedding import Embedding
        from keras.src.layers.layer import Layer
        from keras.src.layers.preprocessing.normalization import Normalization
        from keras.src.optimizers.base_optimizer import BaseOptimizer

        classes = (Layer, BaseConv, Dense, EinsumDense, Embedding, Normalization, BaseOptimizer)
        _ASSIGNING = frozenset(cls.__dict__["load_own_variables"] for cls in classes)
    return getattr(type(saveable), "load_own_variables", None) in _ASSIGNING


def _torch_tensor(array):
    """A CPU torch tensor sharing the memory of `array` (bfloat16 through a view of its
    bits, which numpy and torch agree on)."""
    import torch

    if array.dtype == _BFLOAT16:
        return torch.from_numpy(array.view(np.int16)).view(torch.bfloat16)
    return torch.from_numpy(array)


_BFLOAT16 = np.dtype("bfloat16")
# The dtypes `torch.from_numpy` takes, and bfloat16 (`_torch_tensor`).
_TORCH_DTYPES = ("float16", "float32", "float64", "bfloat16", "int8", "int16", "int32", "int64")
_TORCH_DTYPES += ("uint8", "bool")


def _devicable_dtypes():
    """The dtypes whose arrays the backend takes as they are: on JAX without a
    distribution (which places variables itself), those its `jnp.asarray` would not
    convert to another (64-bit ones are, unless x64 is enabled); on torch with variables
    on the CPU, those a CPU tensor can share (`_torch_tensor`)."""
    backend = _keras_internals()[0]
    if backend.backend() == "torch":
        from keras.src.backend.torch.core import get_device

        if str(get_device()) != "cpu":
            return frozenset()
        return frozenset(np.dtype(name) for name in _TORCH_DTYPES)
    if backend.backend() != "jax":
        return frozenset()
    from keras.src.distribution import distribution_lib

    if distribution_lib.distribution() is not None:
        return frozenset()
    import jax

    names = ("float16", "float32", "float64", "bfloat16", "int8", "int16", "int32", "int64")
    names += ("uint8", "uint16", "uint32", "uint64", "bool")
    found = set()
    for name in names:
        dtype = np.dtype(name)
        if jax.dtypes.canonicalize_dtype(dtype) == dtype:
            found.add(dtype)
    return frozenset(found)


def _try(state, saveable, fn):
    try:
        fn()
    except Exception as e:
        state.failed.add(id(saveable))
        state.errors[id(saveable)] = saveable, e
        return True
    return False


def load_state(saveable, weights_store, assets_store, inner_path, state):
    """Loads `saveable` and everything reachable from it, recording failures."""
    _, _, KerasSaveable, _ = _keras_internals()
    if id(saveable) in state.visited:
        return
    failure = False
    if hasattr(saveable, "load_own_variables") and weights_store is not None:
        store = weights_store.get(inner_path)
        if state.keras2 and store is not None:
            store = migrate.optimizer_store(saveable, store)
        elif hasattr(store, "on_device") and _assigns_only(saveable):
            store = store.on_device(saveable)
        failure |= _try(state, saveable, lambda: saveable.load_own_variables(store))
    if hasattr(saveable, "load_assets") and assets_store is not None:
        failure |= _try(
            state,
            saveable,
            lambda: saveable.load_assets(assets_store.get(inner_path)),
        )
    before = len(state.failed)
    for child_attr, child_obj in _walk_saveable(saveable):
        path = _join(inner_path, child_attr)
        keras2_layers = _join(inner_path, _KERAS2_LAYERS)
        if (
            state.keras2
            and child_attr == "layers"
            and not _path_present(weights_store, assets_store, path)
            and _path_present(weights_store, assets_store, keras2_layers)
        ):
            _load_keras2_layers(child_obj, weights_store, assets_store, keras2_layers, state)
            continue
        if isinstance(child_obj, KerasSaveable):
            load_state(child_obj, weights_store, assets_store, path, state)
        elif isinstance(child_obj, (list, dict, tuple)):
            _load_container(child_obj, weights_store, assets_store, path, state)
    newly_failed = len(state.failed) - before
    if not failure:
        if newly_failed <= 0:
            state.visited.add(id(saveable))
        if id(saveable) in state.failed:
            state.failed.remove(id(saveable))
            state.errors.pop(id(saveable))


def _path_present(weights_store, assets_store, path):
    return (weights_store is not None and weights_store.has_path(path)) or (
        assets_store is not None and assets_store.has_path(path)
    )


# Where tf.keras 2.13 and 2.14 `.keras` files keep a model's layers (2.15 and Keras 3:
# `layers`).
_KERAS2_LAYERS = "_layer_checkpoint_dependencies"


def _load_keras2_layers(layers, weights_store, assets_store, inner_path, state):
    """A model's layers as tf.keras 2.13-2.14 saved them, under `_layer_checkpoint_dependencies`.
    2.13 lists each layer with weights twice (`layer_with_weights-k`, then `layer-i`) and
    every listing takes a name by class, so the second listing of a layer with weights uses
    a number up (`dense`, `dropout`, `dense_2`); 2.14 lists each layer once, named as Keras
    3 names them. The 2.13 names are taken when every layer with weights has its group."""
    _, _, _, naming = _keras_internals()
    used_names = {}
    doubled = []
    for layer in layers:
        base = naming.to_snake_case(layer.__class__.__name__)
        doubled.append(_unique_name(base, used_names))
        if layer.weights:
            _unique_name(base, used_names)  # the second listing's name, unused
    if not all(
        _path_present(weights_store, assets_store, _join(inner_path, name))
        for layer, name in zip(layers, doubled, strict=True)
        if layer.weights
    ):
        _load_container(layers, weights_store, assets_store, inner_path, state)
        return
    for layer, name in zip(layers, doubled, strict=True):
        load_state(layer, weights_store, assets_store, _join(inner_path, name), state)


def _load_container(container, weights_store, assets_store, inner_path, state, seen=None):
    _, _, KerasSaveable, naming = _keras_internals()
    seen = set() if seen is None else seen
    if id(container) in seen:
        return
    seen.add(id(container))
    used_names = {}
    if isinstance(container, dict):
        container = list(container.values())
    for item in container:
        if isinstance(item, KerasSaveable):
            name = _unique_name(naming.to_snake_case(item.__class__.__name__), used_names)
            load_state(item, weights_store, assets_store, _join(inner_path, name), state)
        elif isinstance(item, (list, dict, tuple)):
            name = _unique_name("container", used_names)
            nested = _join(inner_path, name)
            if not _path_present(weights_store, assets_store, nested):
                # Files from before upstream's nested-container groups: load what can
                # be loaded, warn only if a saveable inside really needed the group.
                tracked = LoadState(skip_mismatch=True, visited=state.visited)
                _load_container(item, weights_store, assets_store, nested, tracked, seen)
                if tracked.failed:
                    warnings.warn(
                        f"Skipping nested container at '{nested}': no "
                        "matching group found in the saved file. This "
                        "usually means the file was saved with a Keras "
                        "version that did not serialize sublayers nested "
                        "inside containers. Affected layers will retain "
                        "their freshly-initialized weights.",
                        stacklevel=2,
                    )
                continue
            _load_container(item, weights_store, assets_store, nested, state, seen)


__all__ = [
    "WeightsWriter",
    "WeightsReader",
    "LoadState",
    "save_state",
    "load_state",
    "collect_assets",
]
