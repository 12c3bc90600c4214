"""Loading without computing initial values that the file then overwrites, without
asking Python for the same signature over and over, and without the garbage collector's
full collections in the middle of a load or a save (`gc_paused`).

Building a model from its config creates every variable with its initializer: for a large
model most of a load is spent drawing random numbers that the weights file replaces a moment
later, and the memory for them doubles the peak. Inside `deferred_init()`, variables created
by this thread get no value at first (Keras's own deferred state: `_value` is None and
`_initializer` is kept, as for variables created in a stateless scope). Those the file
assigns never run their initializer; on leaving, every variable still without a value is
initialized exactly as Keras would have done.

Results do not change: Keras's random initializers draw from a seed fixed when the
initializer is made, so an initial value is the same whenever it is computed, and a read of
a variable that has no value yet computes that same value (Keras's `Variable.value`).
Initializers that draw from a shared `SeedGenerator`, whose draws depend on their order,
are left eager, as are sharded variables (a distribution layout) and backends whose
variables cannot start empty (TensorFlow, Flax NNX).

On PyTorch a variable without a value gets one at its first assignment: the Parameter is made
from the assigned tensor (which, from a numpy array of the file, shares its memory) rather
than copied into one drawn at random. A torch layer lists its variables' Parameters for
`torch.nn.Module` when it is built; for the layers built inside, that waits until every
variable has its value.
"""

from __future__ import annotations

import contextlib
import inspect
import threading
import types

_local = threading.local()
_patch_lock = threading.Lock()
_original = {}  # variable class -> its own _initialize_with_initializer


def _variable_class():
    """The backend's variable class if its variables may start without a value."""
    from keras.src import backend
    from keras.src.backend import config

    if backend.backend() not in ("jax", "numpy", "torch") or config.is_nnx_enabled():
        return None
    return backend.Variable


def _deferrable(initializer):
    from keras.src import random
    from keras.src.initializers.random_initializers import RandomInitializer

    if isinstance(initializer, RandomInitializer):
        return not isinstance(initializer.seed, random.SeedGenerator)
    return callable(initializer)


def _patch(cls):
    with _patch_lock:
        if cls in _original:
            return
        original = cls.__dict__.get("_initialize_with_initializer")
        if original is None:
            # Inherited: wrap what the class resolves to.
            original = cls._initialize_with_initializer

        def _initialize_with_initializer(self, initializer):
            pending = getattr(_local, "pending", None)
            if pending is None or not _deferrable(initializer):
                return original(self, initializer)
            layout = getattr(self, "_initialize_layout", None)
            if layout is not None:
                layout()
                if self._layout is not None:
                    return original(self, initializer)
            self._value = None
            self._initializer = initializer
            pending.append(self)

        # Keras initializes the variables created in a stateless scope (a symbolic build)
        # when the scope ends, through `_deferred_initialize`, which then drops the
        # initializer: those are initialized at once, never deferred.
        deferred = cls._deferred_initialize

        def _deferred_initialize(self):
            pending = getattr(_local, "pending", None)
            _local.pending = None
            try:
                return deferred(self)
            finally:
                _local.pending = pending

        _initialize_with_initializer.__wrapped__ = original
        _deferred_initialize.__wrapped__ = deferred
        _original[cls] = original
        cls._initialize_with_initializer = _initialize_with_initializer
        cls._deferred_initialize = _deferred_initialize
        from keras.src import backend

        if backend.backend() == "torch":
            _patch_torch(cls)


def _patch_torch(cls):
    """torch's variables assign by copying into their Parameter (`_direct_assign`), which a
    variable without a value does not have yet: the first assignment makes it, from the
    value. And a torch layer lists its Parameters when built (`_post_build`): inside
    `deferred_init` that waits for the end (`_track_layers`), when they all exist."""
    from keras.src.backend.torch.layer import TorchLayer

    direct_assign = cls._direct_assign

    def _direct_assign(self, value):
        if self._value is None and getattr(_local, "pending", None) is not None:
            self._initialize(value)
            self._initializer = None
            return
        direct_assign(self, value)

    post_build = TorchLayer._post_build

    def _post_build(self):
        layers = getattr(_local, "layers", None)
        if layers is None:
            return post_build(self)
        layers.append(self)

    _direct_assign.__wrapped__ = direct_assign
    _post_build.__wrapped__ = post_build
    cls._direct_assign = _direct_assign
    TorchLayer._post_build = _post_build


def _track_layers(layers):
    """What each torch layer built inside `deferred_init` left for the end: listing its
    variables' Parameters (`TorchLayer._post_build`)."""
    for layer in layers:
        _post_build = type(layer)._post_build
        getattr(_post_build, "__wrapped__", _post_build)(layer)


@contextlib.contextmanager
def deferred_init():
    """Variables created inside get their initial value only if nothing assigned one."""
    cls = _variable_class()
    if cls is None or getattr(_local, "pending", None) is not None:
        yield
        return
    _patch(cls)
    pending = []
    layers = []
    _local.pending = pending
    _local.layers = layers
    ok = False
    try:
        yield
        ok = True
    finally:
        _local.pending = None
        _local.layers = None
        original = _original[cls]
        for variable in pending:
            initializer = variable._initializer
            if variable._value is None and initializer is not None:
                try:
                    original(variable, initializer)
                except Exception:
                    if ok:
                        raise
            variable._initializer = None
        if ok:
            _track_layers(layers)


# --- signatures -------------------------------------------------------------------------------


class _CachedInspect:
    """`inspect` as Keras's layer and operation modules see it during a load, with
    `signature` and `getfullargspec` computed once per function. Keras asks for them for
    every layer it makes (`Operation.__new__`, `Layer.__init__`, the build wrapper): a sixth
    of a ResNet50 load. A function's signature does not change, so the answers are the same;
    a bound method's is its function's without the first parameter, whatever the instance."""

    def __init__(self):
        self._signatures = {}
        self._argspecs = {}

    def __getattr__(self, name):
        return getattr(inspect, name)

    def signature(self, obj, *args, **kwargs):
        if args or kwargs:
            return inspect.signature(obj, *args, **kwargs)
        if type(obj) is types.FunctionType:
            key = obj
        elif type(obj) is types.MethodType and type(obj.__func__) is types.FunctionType:
            key = (obj.__func__,)
        else:
            return inspect.signature(obj)
        found = self._signatures.get(key)
        if found is None:
            found = self._signatures[key] = inspect.signature(obj)
        return found

    def getfullargspec(self, func):
        if type(func) is not types.FunctionType:
            return inspect.getfullargspec(func)
        spec = self._argspecs.get(func)
        if spec is None:
            spec = self._argspecs[func] = inspect.getfullargspec(func)
        # A fresh copy of its lists and dicts, as each call gives.
        return spec._replace(
            args=list(spec.args),
            kwonlyargs=list(spec.kwonlyargs),
            kwonlydefaults=None if spec.kwonlydefaults is None else dict(spec.kwonlydefaults),
            annotations=dict(spec.annotations),
        )


_signature_users = 0


def _signature_modules():
    from keras.src.layers import layer
    from keras.src.ops import operation

    return (layer, operation)


@contextlib.contextmanager
def cached_signatures():
    """Inside, Keras's layers and operations compute each function's signature once."""
    global _signature_users
    with _patch_lock:
        _signature_users += 1
        if _signature_users == 1:
            cached = _CachedInspect()
            for module in _signature_modules():
                if module.inspect is inspect:
                    module.inspect = cached
    try:
        yield
    finally:
        with _patch_lock:
            _signature_users -= 1
            if _signature_users == 0:
                for module in _signature_modules():
                    if isinstance(module.inspect, _CachedInspect):
                        module.inspect = inspect


@contextlib.contextmanager
def gc_paused():
    """Python's cyclic garbage collector paused for a load or a save, as it was before after.

    Building or serializing a model creates objects by the hundred thousand, and the
    collections they trigger include full ones, which traverse every object of the process:
    a ResNet50 load that takes 0.19 s took 0.35 s now and then when one fell inside it.
    Nothing is collected meanwhile that is not collected after: the collector resumes on the
    next allocations."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
