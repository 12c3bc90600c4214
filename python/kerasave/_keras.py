"""Every internal of Keras (`keras.src`) that kerasave builds on, named in one place, and
upstream's saving functions captured before `install()` replaces them.

`_keras.saving_lib`, `_keras.Layer`, ... import what they name when first used (importing
kerasave imports no Keras): a module attribute of this module, looked up in `_NAMES` and
kept once found.
"""

from __future__ import annotations

import importlib

# name -> "module" or "module:attribute".
_NAMES = {
    # saving
    "saving_api": "keras.src.saving.saving_api",
    "saving_lib": "keras.src.saving.saving_lib",
    "serialization_lib": "keras.src.saving.serialization_lib",
    "object_registration": "keras.src.saving.object_registration",
    "KerasSaveable": "keras.src.saving.keras_saveable:KerasSaveable",
    "legacy_h5_format": "keras.src.legacy.saving.legacy_h5_format",
    "json_utils": "keras.src.legacy.saving.json_utils",
    "saving_options": "keras.src.legacy.saving.saving_options",
    "saving_utils": "keras.src.legacy.saving.saving_utils",
    # backends and variables
    "backend": "keras.src.backend",
    "config": "keras.src.backend.config",
    "KerasVariable": "keras.src.backend.common:KerasVariable",
    "global_state": "keras.src.backend.common.global_state",
    "in_stateless_scope": "keras.src.backend.common.stateless_scope:in_stateless_scope",
    "distribution_lib": "keras.src.distribution.distribution_lib",
    "TorchLayer": "keras.src.backend.torch.layer:TorchLayer",
    "torch_device": "keras.src.backend.torch.core:get_device",
    "random": "keras.src.random",
    "RandomInitializer": "keras.src.initializers.random_initializers:RandomInitializer",
    # layers, operations, optimizers, losses
    "layer": "keras.src.layers.layer",
    "Layer": "keras.src.layers.layer:Layer",
    "BaseConv": "keras.src.layers.convolutional.base_conv:BaseConv",
    "Dense": "keras.src.layers.core.dense:Dense",
    "EinsumDense": "keras.src.layers.core.einsum_dense:EinsumDense",
    "Embedding": "keras.src.layers.core.embedding:Embedding",
    "Normalization": "keras.src.layers.preprocessing.normalization:Normalization",
    "operation": "keras.src.ops.operation",
    "Operation": "keras.src.ops.operation:Operation",
    "optimizers": "keras.src.optimizers",
    "BaseOptimizer": "keras.src.optimizers.base_optimizer:BaseOptimizer",
    "ALL_OBJECTS_DICT": "keras.src.losses:ALL_OBJECTS_DICT",
    # utilities
    "naming": "keras.src.utils.naming",
    "io_utils": "keras.src.utils.io_utils",
    "file_utils": "keras.src.utils.file_utils",
    "dtype_utils": "keras.src.utils.dtype_utils",
    "readable_memory_size": "keras.src.utils.summary_utils:readable_memory_size",
    "keras_version": "keras.src:__version__",
}


def __getattr__(name):
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = target.partition(":")
    value = importlib.import_module(module)
    if attribute:
        value = getattr(value, attribute)
    globals()[name] = value
    return value


_UPSTREAM = None


def upstream():
    """Upstream's functions, captured before `install()` replaces them."""
    global _UPSTREAM
    if _UPSTREAM is None:
        api, lib = __getattr__("saving_api"), __getattr__("saving_lib")
        _UPSTREAM = {
            "api_save": api.save_model,
            "api_load": api.load_model,
            "lib_save": lib.save_model,
            "lib_load": lib.load_model,
            "api_save_weights": api.save_weights,
            "api_load_weights": api.load_weights,
            "lib_save_weights": lib.save_weights_only,
            "lib_load_weights": lib.load_weights_only,
        }
    return _UPSTREAM
