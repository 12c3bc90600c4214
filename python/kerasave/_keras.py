"""Keras's internals that kerasave builds on (`keras.src`), imported when first needed, and
upstream's saving functions captured before `install()` replaces them."""

from __future__ import annotations

_INTERNALS = None


def internals():
    """(`keras.src.backend`, `saving_lib`, `KerasSaveable`, `naming`), imported once."""
    global _INTERNALS
    if _INTERNALS is None:
        from keras.src import backend
        from keras.src.saving import saving_lib
        from keras.src.saving.keras_saveable import KerasSaveable
        from keras.src.utils import naming

        _INTERNALS = backend, saving_lib, KerasSaveable, naming
    return _INTERNALS


_UPSTREAM = None


def upstream():
    """Upstream's functions, captured before `install()` replaces them."""
    global _UPSTREAM
    if _UPSTREAM is None:
        from keras.src.saving import saving_api, saving_lib

        _UPSTREAM = {
            "api_save": saving_api.save_model,
            "api_load": saving_api.load_model,
            "lib_save": saving_lib.save_model,
            "lib_load": saving_lib.load_model,
            "api_save_weights": saving_api.save_weights,
            "api_load_weights": saving_api.load_weights,
            "lib_save_weights": saving_lib.save_weights_only,
            "lib_load_weights": saving_lib.load_weights_only,
        }
    return _UPSTREAM
