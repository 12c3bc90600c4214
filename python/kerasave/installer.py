"""`install()`: Keras's own saving functions routed through kerasave, and back."""

from __future__ import annotations

import sys

from kerasave import _keras, api, hub, legacy

_INSTALLED = []


def _replacements():
    up = _keras.upstream()
    old = legacy.upstream()
    return {
        id(old["save"]): legacy.save_model_to_hdf5,
        id(old["load"]): legacy.load_model_from_hdf5,
        id(up["api_save"]): api.save_model,
        id(up["api_load"]): api.load_model,
        id(up["lib_save"]): api.lib_save_model,
        id(up["lib_load"]): api.lib_load_model,
        id(up["api_save_weights"]): api.save_weights,
        id(up["api_load_weights"]): api.load_weights,
        id(up["lib_save_weights"]): api.lib_save_weights_only,
        id(up["lib_load_weights"]): api.lib_load_weights_only,
    }


_PATCHED_NAMES = (
    "save_model",
    "load_model",
    "save_weights",
    "load_weights",
    "save_weights_only",
    "load_weights_only",
    "save_model_to_hdf5",
    "load_model_from_hdf5",
)


def install():
    """Routes Keras's saving through kerasave.

    Afterwards `model.save(...)`, `model.save_weights(...)`, `model.load_weights(...)`,
    `keras.saving.save_model` / `load_model` / `save_weights` / `load_weights`,
    `keras.models.save_model` / `load_model` and `keras.src.saving.saving_lib`'s
    functions use kerasave for what it handles and upstream for the rest.
    keras-hub's `from_preset` with `load_weights=True` (the default) builds the model with
    `deferred_init()` and loads the preset's weights through kerasave: no initial value is
    computed for what the weights replace. keras-hub is not imported by this; if it is
    imported later, it is used all the same.
    Calling it again does nothing; `uninstall()` restores upstream.
    """
    import keras  # noqa: F401  (loads the modules to patch)

    if _INSTALLED:
        return
    hub.install()
    replacements = _replacements()
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "") or ""
        if not name.startswith("keras"):
            continue
        for attr in _PATCHED_NAMES:
            current = getattr(module, attr, None)
            if current is not None and id(current) in replacements:
                _INSTALLED.append((module, attr, current))
                setattr(module, attr, replacements[id(current)])


def uninstall():
    """Restores upstream Keras's saving functions replaced by `install()`, and keras-hub's
    preset loader."""
    hub.uninstall()
    while _INSTALLED:
        module, attr, original = _INSTALLED.pop()
        setattr(module, attr, original)


def is_installed():
    """True while `install()` is in effect."""
    return bool(_INSTALLED)
