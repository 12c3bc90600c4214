"""Walking a model's saveables, as upstream does.

The traversal is upstream Keras's (`keras/src/saving/saving_lib.py`: `_save_state`,
`_load_state` and their container variants), so every tensor lands at upstream's path
(`layers/<name>/vars/<i>`, `optimizer/vars/<i>`, ...). It is written once here for every
store (`stores.base`); the stores only collect tensors for, or hand tensors out of, the Rust
core.
"""

from __future__ import annotations

import warnings

from kerasave import _keras, migrate


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
    saving_lib, KerasSaveable = _keras.saving_lib, _keras.KerasSaveable
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

    if type(saveable).save_own_variables is _keras.BaseOptimizer.save_own_variables:
        for i, variable in enumerate(saveable.variables):
            store[str(i)] = variable
    else:
        saveable.save_own_variables(store)


def save_state(saveable, weights_store, assets_store, inner_path, visited):
    """Saves `saveable` and everything reachable from it, each object once."""
    KerasSaveable = _keras.KerasSaveable
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
    KerasSaveable, naming = _keras.KerasSaveable, _keras.naming
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
        saving_lib = _keras.saving_lib
        saving_lib._raise_loading_failure(self.errors, warn_only=warn_only)


_ASSIGNING = None


def assigns_only(saveable):
    """Whether `saveable` loads with one of Keras's own `load_own_variables` that only
    assign each tensor of the store to a variable (`Variable.assign`, which takes a JAX
    array as it takes a numpy one). A saveable with a `load_own_variables` of its own may
    do anything with what it is handed, and gets numpy arrays."""
    global _ASSIGNING
    if _ASSIGNING is None:
        k = _keras
        classes = (k.Layer, k.BaseConv, k.Dense, k.EinsumDense, k.Embedding, k.Normalization)
        classes += (k.BaseOptimizer,)
        _ASSIGNING = frozenset(cls.__dict__["load_own_variables"] for cls in classes)
    return getattr(type(saveable), "load_own_variables", None) in _ASSIGNING


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
    KerasSaveable = _keras.KerasSaveable
    if id(saveable) in state.visited:
        return
    failure = False
    if hasattr(saveable, "load_own_variables") and weights_store is not None:
        store = weights_store.get(inner_path)
        if state.keras2 and store is not None:
            store = migrate.optimizer_store(saveable, store)
        elif assigns_only(saveable):
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
    naming = _keras.naming
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
    KerasSaveable, naming = _keras.KerasSaveable, _keras.naming
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
