"""Loading without computing initial values that the file then overwrites.

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
variables cannot start empty (TensorFlow, PyTorch, Flax NNX).
"""

from __future__ import annotations

import contextlib
import threading

_local = threading.local()
_patch_lock = threading.Lock()
_original = {}  # variable class -> its own _initialize_with_initializer


def _variable_class():
    """The backend's variable class if its variables may start without a value."""
    from keras.src import backend
    from keras.src.backend import config

    if backend.backend() not in ("jax", "numpy") or config.is_nnx_enabled():
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


@contextlib.contextmanager
def deferred_init():
    """Variables created inside get their initial value only if nothing assigned one."""
    cls = _variable_class()
    if cls is None or getattr(_local, "pending", None) is not None:
        yield
        return
    _patch(cls)
    pending = []
    _local.pending = pending
    ok = False
    try:
        yield
        ok = True
    finally:
        _local.pending = None
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
