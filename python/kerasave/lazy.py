"""Loading without computing initial values that the file then overwrites, without
asking Python for the same signature over and over, and without the garbage collector's
full collections in the middle of a load or a save (`gc_paused`).

Building a model creates every variable with its initializer: for a large model most of a
load is spent drawing random numbers that the weights file replaces a moment later, and the
memory for them doubles the peak. Inside `deferred_init()`, variables created by this thread
get no value at first (Keras's own deferred state: `_value` is None and `_initializer` is
kept, as for variables created in a stateless scope). Those a load assigns never run their
initializer; a read of one that has no value yet gives it its initial value then; on
leaving, every variable still without a value is initialized.

Results do not change: only initializers whose values do not depend on when they are
computed are deferred. Keras's random initializers draw from a seed fixed when the
initializer is made, and its other initializers compute from the shape and dtype alone.
Initializers that draw from a shared `SeedGenerator` (whose draws depend on their order) or
that are not Keras's own (a function may draw from any shared state) are left eager, as are
backends whose variables cannot start empty (TensorFlow, Flax NNX). Under a distribution a
variable gets its layout when created, and its initial value, when it needs one, is placed
by that layout as Keras places it.

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

from kerasave import _keras

_local = threading.local()
_patch_lock = threading.Lock()
_original = {}  # variable class -> its own _initialize_with_initializer


def _variable_class():
    """The backend's variable class if its variables may start without a value."""

    if _keras.backend.backend() not in ("jax", "numpy", "torch") or _keras.config.is_nnx_enabled():
        return None
    return _keras.backend.Variable


def _deferrable(initializer):
    """Whether `initializer` gives the same values whenever it is called."""

    if isinstance(initializer, _keras.RandomInitializer):
        return not isinstance(initializer.seed, _keras.random.SeedGenerator)
    return type(initializer).__module__.startswith("keras.src.initializers.")


# Set on a variable whose initializer this module holds back, until it has a value: Keras's
# own variables without a value (those of a stateless scope) are Keras's to initialize.
_DEFERRED = "_kerasave_deferred"


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
                # JAX: the distribution's layout, by which a load reads each device's part
                # and the initializer, when it runs, places the value.
                layout()
            self._value = None
            self._initializer = initializer
            setattr(self, _DEFERRED, True)
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

        # A read of a deferred variable that has no value yet gives it its initial value,
        # kept from then on, as if it had been created with it. Inside a stateless scope
        # (a symbolic build) Keras's own placeholder is read instead: a traced value cannot
        # be kept.
        read = cls.value.fget

        def value(self):
            if self._value is None and getattr(self, _DEFERRED, False):
                _initialize_now(self, original)
            return read(self)

        _initialize_with_initializer.__wrapped__ = original
        _deferred_initialize.__wrapped__ = deferred
        value.__wrapped__ = read
        _original[cls] = original
        cls._initialize_with_initializer = _initialize_with_initializer
        cls._deferred_initialize = _deferred_initialize
        cls.value = property(value, doc=cls.value.__doc__)
        if _keras.backend.backend() == "torch":
            _patch_torch(cls)


def _patch_torch(cls):
    """torch's variables assign by copying into their Parameter (`_direct_assign`), which a
    deferred variable does not have yet: the first assignment makes it, from the value. And
    a torch layer lists its Parameters when built (`_post_build`), reading every variable:
    inside `deferred_init` that waits for the end (`_track_layers`), when they all exist."""

    direct_assign = cls._direct_assign

    def _direct_assign(self, value):
        if self._value is None and getattr(self, _DEFERRED, False):
            self._initialize(value)
            self._initializer = None
            setattr(self, _DEFERRED, False)
            return
        direct_assign(self, value)

    post_build = _keras.TorchLayer._post_build

    def _post_build(self):
        layers = getattr(_local, "layers", None)
        if layers is None:
            return post_build(self)
        layers.append(self)

    _direct_assign.__wrapped__ = direct_assign
    _post_build.__wrapped__ = post_build
    cls._direct_assign = _direct_assign
    _keras.TorchLayer._post_build = _post_build


def _track_layers(layers):
    """What each torch layer built inside `deferred_init` left for the end: listing its
    variables' Parameters (`TorchLayer._post_build`)."""
    for layer in layers:
        _post_build = type(layer)._post_build
        getattr(_post_build, "__wrapped__", _post_build)(layer)


def _initialize_now(variable, initialize):
    """Gives a deferred `variable` its initial value, unless inside a stateless scope or a
    JAX trace, where the value would be a placeholder (Keras's `Variable.value` computes
    the same one there)."""

    if _keras.in_stateless_scope():
        return
    initialize(variable, variable._initializer)
    if _traced(variable._value):
        variable._value = None
        return
    variable._initializer = None
    setattr(variable, _DEFERRED, False)


def _traced(value):
    tracer = _tracer_class()
    return tracer is not None and isinstance(value, tracer)


_TRACER = []


def _tracer_class():
    if not _TRACER:
        if _keras.backend.backend() == "jax":
            import jax

            _TRACER.append(jax.core.Tracer)
        else:
            _TRACER.append(None)
    return _TRACER[0]


@contextlib.contextmanager
def deferred_init():
    """Builds models without computing initial values that a load then overwrites.

    Variables created inside the block by the calling thread start without a value. Those
    that a load inside the block assigns never compute their initial value; on leaving the
    block, every variable still without a value gets it. A variable read before anything
    assigned it (a layer's `build` reading a weight, a call of the model inside the block)
    gets its initial value at that moment and keeps it. In every case the values are the
    ones Keras would have given each variable when it was created: only initializers whose
    values do not depend on when they are computed are held back (Keras's own; the random
    ones draw from a seed fixed when the initializer is made).

    Load inside the block; a load after it finds every variable initialized already:

    ```python
    with kerasave.deferred_init():
        model = build_model()
        model.load_weights("model.weights.h5")   # or kerasave.load_weights(model, ...)
    ```

    Initialized at once, as without the block: variables whose initializer draws from a
    shared `keras.random.SeedGenerator` or is not one of Keras's initializers (a function or
    a class of one's own may draw from shared random state), variables created by other
    threads, and every variable on
    backends whose variables cannot start without a value (TensorFlow, JAX with
    Flax NNX), where the block does nothing. Nested blocks act as the outermost one.

    Raises:
        Whatever an initializer raises on leaving the block; if the block itself raised,
        that error propagates instead.
    """
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
            setattr(variable, _DEFERRED, False)
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
    return (_keras.layer, _keras.operation)


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
