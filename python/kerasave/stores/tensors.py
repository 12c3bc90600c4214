"""How a tensor passes between the backend and the Rust core: as a numpy array over the
backend's own buffer where it can be (`prepare`), as each device's part of a tensor a
distribution lays out over devices (`device_parts` on save, `sharded_array` on load), and as
the backend's array over the bytes read (`devicable_dtypes`, `torch_tensor`)."""

from __future__ import annotations

import ml_dtypes  # noqa: F401  (registers bfloat16 with numpy, for weights of that type)
import numpy as np

from kerasave import _keras
from kerasave.memory import aligned_empty


def backend_name():
    """Keras's backend: "jax", "torch", "tensorflow" or "numpy"."""
    return _keras.backend.backend()


def prepare(value):
    """`value` as a C-contiguous numpy array, and Keras's name of its dtype."""
    backend = _keras.backend
    # Not `np.ascontiguousarray`: it turns a scalar into shape (1,).
    array = _to_numpy(backend, value)
    if not array.flags.c_contiguous:
        array = array.copy(order="C")
    return array, dtype_name(backend, array.dtype)


_DTYPE_NAMES = {}  # numpy dtype -> Keras's name of it


def dtype_name(backend, dtype):
    name = _DTYPE_NAMES.get(dtype)
    if name is None:
        # 20 us a call, as long as the rest of a small tensor's save.
        name = _DTYPE_NAMES[dtype] = backend.standardize_dtype(dtype)
    return name


def _to_numpy(backend, value):
    """What upstream's `backend.convert_to_numpy(value)` gives, without its copy when the
    value is a JAX array or a CPU torch tensor (or a variable holding one): NumPy reads it
    in place."""
    name = backend.backend()
    if name == "jax":
        variable_class, jax_array, _ = jax_classes()
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

    tensor = value.value if isinstance(value, _keras.KerasVariable) else value
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
        return tensor.view(torch.int16).numpy().view(BFLOAT16)
    try:
        return tensor.numpy()
    except (TypeError, RuntimeError):  # a dtype numpy lacks
        return None


def device_parts(value):
    """For a JAX array (or a variable holding one) that a distribution lays out over
    devices: ([(start, numpy view of the device's buffer)], shape, dtype name), one part per
    distinct box, for the core to write each part in place (`dataset_parts` of the savers) where
    `prepare` would gather the whole tensor into one new buffer first. None for anything
    else (upstream's `convert_to_numpy` gathers it, as `prepare` does)."""
    backend = _keras.backend
    if backend.backend() != "jax":
        return None
    variable_class, jax_array, one_device = jax_classes()
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
        start, _ = _box(shard.index, tensor.shape)
        parts.append((list(start), np.ascontiguousarray(shard.data)))
    if not parts:
        return None
    return parts, tensor.shape, dtype_name(backend, parts[0][1].dtype)


_JAX_CLASSES = []


def jax_classes():
    """(Keras's variable class, `jax.Array`, whether JAX has a single device), found once
    rather than for each tensor."""
    if not _JAX_CLASSES:
        import jax

        _JAX_CLASSES.extend((_keras.KerasVariable, jax.Array, jax.device_count() == 1))
    return _JAX_CLASSES


def assigned_variables(saveable, key):
    """The variables of `saveable` (one `traversal.assigns_only` accepts), and the one the
    tensor under `key` is assigned to when its `load_own_variables` says which (None
    otherwise)."""

    method = getattr(type(saveable), "load_own_variables", None)
    if method is _keras.Layer.load_own_variables:
        variables = saveable._trainable_variables + saveable._non_trainable_variables
    else:
        variables = list(saveable.variables)
    target = None
    if method in (_keras.Layer.load_own_variables, _keras.BaseOptimizer.load_own_variables):
        # Both assign the i-th tensor to the i-th variable.
        i = int(key) if str(key).isdigit() else -1
        target = variables[i] if 0 <= i < len(variables) else None
    return variables, target


def target_variable(saveable, key, shape):
    """The variable of `saveable` that the tensor under `key` (of `shape`) will be assigned
    to: the one its `load_own_variables` names, else the only one of that shape, else None.
    Only where the tensor is placed depends on it: a variable that then takes a tensor
    placed otherwise moves it (`Variable.assign`)."""
    variables, target = assigned_variables(saveable, key)
    if target is not None:
        return target if tuple(target.shape) == tuple(shape) else None
    same = [v for v in variables if tuple(v.shape) == tuple(shape)]
    return same[0] if len(same) == 1 else None


def jax_distributed():
    """Whether a Keras distribution places this thread's variables on the JAX backend."""
    backend = _keras.backend
    if backend.backend() != "jax":
        return False
    return _keras.distribution_lib.distribution() is not None


def split_sharding(variable, shape):
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


def _box(index, shape):
    """The box a device's `index` (a tuple of slices, as JAX gives it) takes of a tensor of
    `shape`: (its first index, its extent) along each dimension."""
    bounds = [part.indices(n)[:2] for part, n in zip(index, shape, strict=True)]
    return tuple(a for a, _ in bounds), tuple(b - a for a, b in bounds)


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
        box = _box(index, shape)
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


def torch_tensor(array):
    """A CPU torch tensor sharing the memory of `array` (bfloat16 through a view of its
    bits, which numpy and torch agree on)."""
    import torch

    if array.dtype == BFLOAT16:
        return torch.from_numpy(array.view(np.int16)).view(torch.bfloat16)
    return torch.from_numpy(array)


BFLOAT16 = np.dtype("bfloat16")


# The dtypes `torch.from_numpy` takes, and bfloat16 (`torch_tensor`).
_TORCH_DTYPES = ("float16", "float32", "float64", "bfloat16", "int8", "int16", "int32", "int64")
_TORCH_DTYPES += ("uint8", "bool")


def devicable_dtypes():
    """The dtypes whose arrays the backend takes as they are: on JAX without a
    distribution (which places variables itself), those its `jnp.asarray` would not
    convert to another (64-bit ones are, unless x64 is enabled); on torch with variables
    on the CPU, those a CPU tensor can share (`torch_tensor`)."""
    backend = _keras.backend
    if backend.backend() == "torch":
        if str(_keras.torch_device()) != "cpu":
            return frozenset()
        return frozenset(np.dtype(name) for name in _TORCH_DTYPES)
    if backend.backend() != "jax" or jax_distributed():
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
