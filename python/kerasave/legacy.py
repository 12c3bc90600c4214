"""Legacy HDF5 model and weights files (`.h5`, `.hdf5`), as written by Keras 1 and 2, tf.keras
and Keras 3's `model.save("x.h5")`.

The Rust core reads and writes every byte (attributes and tensors); the objects go through
Keras's own legacy handling (`keras.src.legacy.saving`: `saving_utils.model_from_config`,
`model_metadata`, `compile_args_from_training_config`, `legacy_h5_format._set_weights`), in
upstream's order (`legacy_h5_format.py`), with upstream's messages, warnings and exception
types. h5py is never needed; an open `h5py.File` is accepted where the user has one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import warnings

from kerasave import _keras, _native, files, formats, lazy, migrate
from kerasave.stores import h5, tensors

_MODEL_WEIGHTS = "model_weights"
_TOP_LEVEL = "top_level_model_weights"
_OPTIMIZER_WEIGHTS = "optimizer_weights"


def _h5py_file(obj):
    """Whether `obj` is an open `h5py.File` (h5py is only looked at when already imported)."""
    h5py = sys.modules.get("h5py")
    return h5py is not None and isinstance(obj, h5py.File)


def open_file(filepath):
    """The HDF5 file `filepath` (a path, a binary file object or an open `h5py.File`),
    opened by the Rust core for reading."""
    limits = formats.limits()["h5"]
    if _h5py_file(filepath):
        if filepath.mode != "r":
            filepath.flush()
        if filepath.driver == "core":
            return _native.H5File.from_bytes(filepath.id.get_file_image(), limits)
        return _native.H5File.open(filepath.filename, limits)
    if isinstance(filepath, io.IOBase) or hasattr(filepath, "read"):
        if getattr(filepath, "seekable", lambda: False)():
            filepath.seek(0)
        return _native.H5File.from_bytes(filepath.read(), limits)
    files.check(filepath)  # a FIFO would block the open
    return _native.H5File.open(os.fspath(filepath), limits)


# --- reading --------------------------------------------------------------------------------


class _Reader:
    """What `legacy_h5_format` reads through h5py, over a file opened by the Rust core:
    groups by path ("" is the root), their attributes and datasets, with
    `safe_get_h5_group` / `safe_get_h5_dataset`'s rules."""

    def __init__(self, h5file):
        self.file = h5file
        # The tensors are read (and read ahead) as from a `.keras` file's weights.
        self._weights = h5.WeightsReader(h5file)
        self.groups = self._weights.groups
        self.datasets = self._weights.datasets
        self.unsupported = self._weights.unsupported

    def close(self):
        self._weights.close()

    def read_ahead(self, group, optimizer):
        """Starts reading on a Rust thread, while Keras builds the model, the tensors
        upstream's loader reads: those named by the `weight_names` of each layer in
        `group`'s `layer_names` and of its top-level weights, and of the optimizer's
        weights when `optimizer`. Nothing else in the file is read."""
        try:
            paths = []
            for name in self.names(group, "layer_names") + [_TOP_LEVEL]:
                layer = self._join(group, name)
                if layer in self.groups:
                    paths += self._named(layer)
            if optimizer and _OPTIMIZER_WEIGHTS in self.groups:
                paths += self._named(_OPTIMIZER_WEIGHTS)
        except (ValueError, OSError):
            return  # raised again where upstream meets it
        self._weights.read_ahead(paths=paths, small_only=tensors.jax_distributed())

    def _named(self, group):
        """The paths of the datasets the `weight_names` of `group` name."""
        return [self._join(group, name) for name in self.names(group, "weight_names")]

    def attr(self, group, name):
        """The text of a scalar attribute, or None."""
        value = self.file.attr(group, name)
        return None if value is None else value[0]

    def names(self, group, name):
        """`load_attributes_from_hdf5_group`."""
        return self.file.names_attr(group, name)

    def has_attr(self, group, name):
        return name in self.file.attr_names(group)

    def has(self, group, name):
        return name in self.groups.get(group, ())

    @staticmethod
    def _join(group, name):
        return f"{group}/{name}" if group else name

    def group(self, parent, name):
        """`safe_get_h5_group(parent, name)`."""
        current = parent
        for part in name.split("/"):
            if not part:
                raise ValueError(f"Invalid path in H5 file: {name}")
            if not self.has(current, part):
                raise KeyError(name)
            current = self._join(current, part)
            if current not in self.groups:
                raise ValueError(
                    "Invalid H5 file, expected Group but received "
                    "<class 'h5py._hl.dataset.Dataset'>"
                )
        return current

    def dataset(self, group, name, unused=None):
        """`np.asarray(safe_get_h5_dataset(group, name))`; when `unused(shape)` says the
        caller will only look at the shape of a tensor that was not read ahead, an array
        of that shape over no memory stands in for it."""
        if "/" in name:
            group_name, name = name.rsplit("/", 1)
            group = self.group(group, group_name)
        if not self.has(group, name):
            raise KeyError(name)
        path = self._join(group, name)
        if path in self.unsupported:
            raise ValueError(self.unsupported[path])
        if path not in self.datasets:
            raise ValueError(
                "Invalid H5 file, expected Dataset, received <class 'h5py._hl.group.Group'>"
            )
        if unused is not None and not self._weights.pending(path):
            dtype, shape = self.datasets[path]
            if unused(shape):
                import numpy as np

                return np.broadcast_to(np.zeros((), dtype), shape)
        return self._weights.read(path)

    def subset(self, group, candidates=None):
        """`load_subset_weights_from_hdf5_group`: the tensors named by `weight_names`.

        `candidates`, when given, lists for each loader the variables it would assign the
        tensors to, in order: a tensor that no loader of the same number of variables could
        assign (upstream's `_set_weights` refuses a shape that does not match, and a count
        that does not before that) is not read, as upstream reads it only to refuse it
        (1.5 GB for a never-written dataset of a 13 kB file)."""
        names = self.names(group, "weight_names")
        if candidates is None:
            return [self.dataset(group, name) for name in names]
        fitting = [variables for variables in candidates if len(variables) == len(names)]

        def unused_at(i):
            wanted = {tuple(variables[i].shape) for variables in fitting}
            return lambda shape: tuple(shape) not in wanted

        values = []
        for i, name in enumerate(names):
            array = self._split(group, name, fitting, i)
            values.append(self.dataset(group, name, unused_at(i)) if array is None else array)
        return values

    def _split(self, group, name, fitting, i):
        """Under a distribution whose layout splits the one variable the tensor can go to
        over devices, the tensor read one device's part at a time
        (`WeightsReader.split_array`); else None."""
        path = self._join(group, name)
        if len(fitting) != 1 or path not in self.datasets:
            return None  # `dataset` raises upstream's error for a missing one
        variable = fitting[0][i]
        if tuple(self.datasets[path][1]) != tuple(variable.shape):
            return None
        return self._weights.split_array(path, variable)


def _legacy():
    return _keras.legacy_h5_format


def load_weights_from_group(reader, group, model, skip_mismatch=False, assigned=None):
    """`legacy_h5_format.load_weights_from_hdf5_group`: topological (order-based) loading.
    `assigned`, a dict, receives each saved weight's name and the variable it went to."""
    h5 = _legacy()
    filtered_layers = [layer for layer in model.layers if h5._legacy_weights(layer)]
    layer_names = reader.names(group, "layer_names")
    weight_names = {}  # saved layer with weights -> its weight names
    for name in layer_names:
        names = reader.names(reader.group(group, name), "weight_names")
        if names:
            weight_names[name] = names
    layer_names = [name for name in layer_names if name in weight_names]
    if len(layer_names) != len(filtered_layers):
        raise ValueError(
            "Layer count mismatch when loading weights from file. "
            f"Model expected {len(filtered_layers)} layers, found "
            f"{len(layer_names)} saved layers."
        )

    for k, name in enumerate(layer_names):
        layer_group = reader.group(group, name)
        layer = filtered_layers[k]
        symbolic_weights = h5._legacy_weights(layer)
        weight_values = reader.subset(layer_group, [symbolic_weights])
        if len(weight_values) != len(symbolic_weights):
            raise ValueError(
                f"Weight count mismatch for layer #{k} (named {layer.name} in "
                f"the current model, {name} in the save file). "
                f"Layer expects {len(symbolic_weights)} weight(s). Received "
                f"{len(weight_values)} saved weight(s)"
            )
        h5._set_weights(
            layer,
            symbolic_weights,
            weight_values,
            skip_mismatch=skip_mismatch,
            name=f"layer #{k} (named {layer.name})",
        )
        if assigned is not None:
            assigned.update(zip(weight_names[name], symbolic_weights, strict=False))

    if reader.has(group, _TOP_LEVEL):
        symbolic_weights = list(
            v
            for v in model._trainable_variables + model._non_trainable_variables
            if v in model.weights
        )
        weight_values = reader.subset(reader.group(group, _TOP_LEVEL))
        if len(weight_values) != len(symbolic_weights):
            raise ValueError(
                "Weight count mismatch for top-level weights when loading "
                "weights from file. "
                f"Model expects {len(symbolic_weights)} top-level weight(s). "
                f"Received {len(weight_values)} saved top-level weight(s)"
            )
        h5._set_weights(
            model,
            symbolic_weights,
            weight_values,
            skip_mismatch=skip_mismatch,
            name="top-level model",
        )


def load_weights_from_group_by_name(reader, group, model, skip_mismatch=False):
    """`legacy_h5_format.load_weights_from_hdf5_group_by_name`: layers matched by name,
    those without a match skipped."""

    h5 = _legacy()
    layer_names = reader.names(group, "layer_names")
    index = {}
    for layer in model.layers:
        if layer.name:
            index.setdefault(layer.name, []).append(layer)

    for k, name in enumerate(layer_names):
        layer_group = reader.group(group, name)
        layers = index.get(name, [])
        weight_values = reader.subset(layer_group, [h5._legacy_weights(x) for x in layers])
        for layer in layers:
            symbolic_weights = h5._legacy_weights(layer)
            if len(weight_values) != len(symbolic_weights):
                if skip_mismatch:
                    warnings.warn(
                        f"Skipping loading of weights for layer #{k} (named "
                        f"{layer.name}) due to mismatch in number of weights. "
                        f"Layer expects {len(symbolic_weights)} weight(s). "
                        f"Received {len(weight_values)} saved weight(s)",
                        stacklevel=2,
                    )
                    continue
                raise ValueError(
                    f"Weight count mismatch for layer #{k} "
                    f"(named {layer.name}). "
                    f"Layer expects {len(symbolic_weights)} weight(s). "
                    f"Received {len(weight_values)} saved weight(s)"
                )
            h5._set_weights(
                layer,
                symbolic_weights,
                weight_values,
                skip_mismatch=skip_mismatch,
                name=f"layer #{k} (named {layer.name})",
            )

    if reader.has(group, _TOP_LEVEL):
        symbolic_weights = model._trainable_variables + model._non_trainable_variables
        weight_values = reader.subset(reader.group(group, _TOP_LEVEL))
        if len(weight_values) != len(symbolic_weights):
            if skip_mismatch:
                warnings.warn(
                    "Skipping loading top-level weights for model due to "
                    "mismatch in number of weights. "
                    f"Model expects {len(symbolic_weights)} "
                    "top-level weight(s). "
                    f"Received {len(weight_values)} saved top-level weight(s)",
                    stacklevel=2,
                )
            else:
                raise ValueError(
                    "Weight count mismatch for top-level weights of model. "
                    f"Model expects {len(symbolic_weights)} "
                    "top-level weight(s). "
                    f"Received {len(weight_values)} saved top-level weight(s)"
                )
        else:
            h5._set_weights(
                model,
                symbolic_weights,
                weight_values,
                skip_mismatch=skip_mismatch,
                name="top-level model",
            )


def all_custom_objects(custom_objects):
    """`custom_objects` with the globally registered ones and those of the active
    `custom_object_scope`, as upstream's legacy loader merges them."""

    return {
        **(custom_objects or {}),
        **_keras.object_registration.GLOBAL_CUSTOM_OBJECTS,
        **_keras.global_state.get_global_attribute("custom_objects_scope_dict", {}),
    }


def build_and_load(model_config, reader, group, custom_objects, safe_mode, assigned=None):
    """The model of a legacy (module-less) `model_config`, built through Keras's legacy
    deserializer with `safe_mode`, its weights assigned from `reader`'s `group` by order
    (`load_weights_from_group`, which fills `assigned`); initial values are not computed for
    what is assigned."""

    legacy_scope = _keras.saving_options.keras_option_scope(use_legacy_config=True)
    safe_mode_scope = _keras.serialization_lib.SafeModeScope(safe_mode)
    with legacy_scope, safe_mode_scope, lazy.deferred_init(), lazy.cached_signatures():
        model = _keras.saving_utils.model_from_config(model_config, custom_objects=custom_objects)
        load_weights_from_group(reader, group, model, assigned=assigned)
    return model


@lazy.gc_paused()
def load_model_from_hdf5(filepath, custom_objects=None, compile=True, safe_mode=True):
    """Loads a model saved in the legacy HDF5 format, as
    `keras.src.legacy.saving.legacy_h5_format.load_model_from_hdf5`.

    Args:
        filepath: the path of the file, a binary file object over it, or an open
            `h5py.File`.
        custom_objects: Optional dictionary mapping names (strings) to custom classes or
            functions to be considered during deserialization.
        compile: Boolean, whether to compile the model after loading.
        safe_mode: Boolean, whether to refuse unsafe `lambda` deserialization.

    Returns:
        A Keras model, compiled with its saved optimizer state when the file has a
        training configuration and `compile=True`.

    Raises:
        ValueError: for a file without a model config or weights that do not fit it.
        OSError: for a file that is no readable HDF5 file.
    """
    from absl import logging

    custom_objects = all_custom_objects(custom_objects)

    reader = _Reader(open_file(filepath))
    try:
        model_config = reader.attr("", "model_config")
        if model_config is None:
            raise ValueError(f"No model config found in the file at {filepath}.")
        keras_version = reader.attr("", "keras_version")
        model_config = migrate.model_config(
            _keras.json_utils.decode(model_config), keras_version, custom_objects, safe_mode
        )
        reader.read_ahead(_MODEL_WEIGHTS, optimizer=compile)

        assigned = {}  # Keras 2 weight name -> variable
        model = build_and_load(
            model_config,
            reader,
            reader.group("", _MODEL_WEIGHTS),
            custom_objects,
            safe_mode,
            assigned,
        )

        if compile:
            training_config = reader.attr("", "training_config")
            if training_config is None:
                logging.warning(
                    "No training configuration found in the save file, so "
                    "the model was *not* compiled. Compile it manually."
                )
                return model
            training_config = migrate.training_config(_keras.json_utils.decode(training_config))
            model.compile(
                **_keras.saving_utils.compile_args_from_training_config(
                    training_config, custom_objects
                )
            )
            _keras.saving_utils.try_build_compiled_arguments(model)

            if reader.has("", _OPTIMIZER_WEIGHTS):
                try:
                    keras2 = str(keras_version or "").startswith("2.")
                    if isinstance(model.optimizer, _keras.optimizers.Optimizer) and keras2:
                        # Upstream builds from the model's own variables only (none for
                        # a Sequential or Functional model), so no state ever loads; for
                        # a Keras 2 file (kerasave.migrate) the state is restored.
                        model.optimizer.build(model.trainable_variables)
                    elif isinstance(model.optimizer, _keras.optimizers.Optimizer):
                        model.optimizer.build(model._trainable_variables)
                    else:
                        model.optimizer._create_all_weights(model._trainable_variables)
                except (NotImplementedError, AttributeError):
                    logging.warning(
                        "Error when creating the weights of optimizer {}, "
                        "making it impossible to restore the saved optimizer "
                        "state. As a result, your model is starting with "
                        "a freshly initialized optimizer."
                    )
                group = reader.group("", _OPTIMIZER_WEIGHTS)
                values = reader.subset(group)
                if str(keras_version or "").startswith("2."):
                    names = reader.names(group, "weight_names")
                    legacy_state = migrate.legacy_optimizer_state(
                        model.optimizer, dict(zip(names, values, strict=False)), assigned
                    )
                    if legacy_state is not None:
                        values = legacy_state
                    else:
                        values = migrate.optimizer_values(model.optimizer, values)
                    if not migrate.fits(model.optimizer, values):
                        # Assigned by position, a part would land before a shape stops it
                        # (upstream's learning rate can take another value's place).
                        warnings.warn(
                            f"{getattr(filepath, 'name', filepath)}: the model is compiled "
                            "from its training config, but its optimizer's state could not "
                            "be mapped onto Keras 3's optimizer: it starts afresh.",
                            stacklevel=2,
                        )
                        return model
                try:
                    model.optimizer.set_weights(values)
                except ValueError:
                    logging.warning(
                        "Error in loading the saved optimizer "
                        "state. As a result, your model is "
                        "starting with a freshly initialized "
                        "optimizer."
                    )
    finally:
        reader.close()
    return model


def load_weights(model, filepath, skip_mismatch=False, by_name=False):
    """`Model.load_weights` from a legacy HDF5 file: a weights file, or a whole model's
    `model_weights`."""
    reader = _Reader(open_file(filepath))
    try:
        group = ""
        if not reader.has_attr("", "layer_names") and reader.has("", _MODEL_WEIGHTS):
            group = reader.group("", _MODEL_WEIGHTS)
        reader.read_ahead(group, optimizer=False)
        if by_name:
            load_weights_from_group_by_name(reader, group, model, skip_mismatch)
        else:
            load_weights_from_group(reader, group, model, skip_mismatch)
    finally:
        reader.close()


# --- writing --------------------------------------------------------------------------------


def _save_subset(saver, group, weights):
    """`save_subset_weights_to_hdf5_group`: `weight_names` and one dataset per weight,
    named by its path (intermediate groups included)."""
    values = [tensors.prepare(w) for w in weights]
    names = [str(w.path).encode("utf8") for w in weights]
    saver.attr(group, "weight_names", names)
    for name, (array, dtype) in zip(names, values, strict=True):
        saver.dataset(group, name.decode("utf8"), dtype, array)


def _save_weights(saver, model):
    """`save_weights_to_hdf5_group` into the group `model_weights`."""

    group = _MODEL_WEIGHTS
    saver.group(group, [])
    saver.attr(group, "layer_names", [layer.name.encode("utf8") for layer in model.layers])
    saver.attr(group, "backend", _keras.backend.backend().encode("utf8"))
    saver.attr(group, "keras_version", str(_keras.keras_version).encode("utf8"))
    h5 = _legacy()
    # Sorted by name, as upstream, so group names grow strictly.
    for layer in sorted(model.layers, key=lambda x: x.name):
        layer_group = f"{group}/{layer.name}"
        saver.group(layer_group, [])
        _save_subset(saver, layer_group, h5._legacy_weights(layer))
    weights = list(
        v for v in model._trainable_variables + model._non_trainable_variables if v in model.weights
    )
    saver.group(f"{group}/{_TOP_LEVEL}", [])
    _save_subset(saver, f"{group}/{_TOP_LEVEL}", weights)


def _save_optimizer(saver, optimizer):
    """`save_optimizer_weights_to_hdf5_group`."""

    if isinstance(optimizer, _keras.optimizers.Optimizer):
        symbolic_weights = optimizer.variables
    else:
        symbolic_weights = optimizer.weights
    if symbolic_weights:
        saver.group(_OPTIMIZER_WEIGHTS, [])
        _save_subset(saver, _OPTIMIZER_WEIGHTS, symbolic_weights)


@lazy.gc_paused()
def save_model_to_hdf5(model, filepath, overwrite=True, include_optimizer=True):
    """Saves a model in the legacy HDF5 format, as
    `keras.src.legacy.saving.legacy_h5_format.save_model_to_hdf5`: the same tree, attributes
    and types. The file is written beside the target and renamed into place, so a failure
    leaves what was there before.

    Args:
        model: the Keras model to save.
        filepath: the path of the file, or an open `h5py.File` (written through h5py, as
            upstream).
        overwrite: whether to overwrite an existing file without asking.
        include_optimizer: whether to save the optimizer's state.
    """
    if _h5py_file(filepath) or not isinstance(filepath, (str, os.PathLike)):
        return _upstream_save(model, filepath, overwrite, include_optimizer)

    path = os.fspath(filepath)
    if not overwrite and os.path.isfile(path):
        if not _keras.io_utils.ask_to_proceed_with_overwrite(path):
            return
    dirpath = os.path.dirname(path)
    if dirpath and not os.path.exists(dirpath):
        os.makedirs(dirpath, exist_ok=True)

    files.check(path)  # a FIFO there would block the save
    with files.saving(_native.LegacySaver(path)) as saver:
        with (
            _keras.saving_options.keras_option_scope(use_legacy_config=True),
            _compile_config_kept(model),
        ):
            metadata = _keras.saving_utils.model_metadata(model, include_optimizer)
            for key, value in metadata.items():
                if isinstance(value, (dict, list, tuple)):
                    value = json.dumps(value, default=_keras.json_utils.get_json_type).encode(
                        "utf8"
                    )
                saver.attr("", key, value)
            _save_weights(saver, model)
            if include_optimizer and hasattr(model, "optimizer"):
                _save_optimizer(saver, model.optimizer)
        saver.finish()


@contextlib.contextmanager
def _compile_config_kept(model):
    """Undoes what upstream's `model_metadata` does to a compiled model: it pops the
    optimizer out of the model's own compile config, so the model, saved later as `.keras`,
    reloads with the default optimizer."""
    config = getattr(getattr(model, "_compile_config", None), "config", None)
    kept = dict(config) if isinstance(config, dict) else None
    try:
        yield
    finally:
        if kept is not None:
            config.clear()
            config.update(kept)


_UPSTREAM = {}


def upstream():
    """Upstream's legacy functions, captured before `install()` replaces them."""
    if not _UPSTREAM:
        h5 = _legacy()
        _UPSTREAM["save"] = h5.save_model_to_hdf5
        _UPSTREAM["load"] = h5.load_model_from_hdf5
    return _UPSTREAM


def _upstream_save(model, filepath, overwrite, include_optimizer):
    return upstream()["save"](model, filepath, overwrite, include_optimizer)
