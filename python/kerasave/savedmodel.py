"""tf.keras SavedModel directories rebuilt as Keras 3 models, without TensorFlow.

Keras 3 refuses a SavedModel (`model.save(dir, save_format="tf")` in tf.keras 2.x) and offers
`keras.layers.TFSMLayer`, which runs it for inference only. kerasave rebuilds the model:

- the Rust core reads `keras_metadata.pb` (each Keras object's path from the root and its
  metadata JSON, the root's holding the model's config), the tensor bundle's index and
  shards (each tensor's CRC-32C checked) and the checkpoint's object graph;
- the model is built from its config as a Keras 2 `.h5` model's is (Keras 3's legacy
  deserializer, after `kerasave.migrate`), with `custom_objects` and `safe_mode`;
- each layer's variables, in the order the object graph lists them (Keras 2's
  `layer.weights`, the order a legacy `.h5` file stores), are assigned as Keras 3's legacy
  loader assigns a `.h5` file's.
"""

from __future__ import annotations

import json
import os
import re

from kerasave import _keras, _native, files, lazy, legacy, migrate

_MODELS = ("_tf_keras_network", "_tf_keras_sequential", "_tf_keras_model")
_WEIGHTED = re.compile(r"^root\.layer_with_weights-(\d+)$")
_TFSM = "keras.layers.TFSMLayer(path, call_endpoint='serving_default') loads it for inference only"


def is_savedmodel(path):
    """Whether `path` is a TensorFlow SavedModel directory."""
    return os.path.isdir(path) and (
        os.path.exists(os.path.join(path, "saved_model.pb"))
        or os.path.exists(os.path.join(path, "saved_model.pbtxt"))
    )


class _BundleReader:
    """The SavedModel's layers as `legacy.load_weights_from_group` reads a `.h5` file's
    weights group: `layer_names`, and each layer's `weight_names` and tensors."""

    def __init__(self, saved, layers):
        self.saved = saved
        self.layers = dict(layers)  # layer name -> checkpoint keys, in the model's order

    def names(self, group, name):
        if group == "" and name == "layer_names":
            return list(self.layers)
        if name == "weight_names":
            return list(self.layers.get(group, ()))
        return []

    def group(self, parent, name):
        if parent != "" or name not in self.layers:
            raise KeyError(name)
        return name

    def has(self, group, name):
        return False

    def subset(self, group, candidates=None):
        """The layer's tensors, all read (`candidates` is for `.h5` files): each tensor of a
        SavedModel holds its shape's bytes in its shard, so none costs more than the file
        holds."""
        return [_read(self.saved, key) for key in self.layers[group]]


def _read(saved, key):
    import ml_dtypes  # noqa: F401  (bfloat16)
    import numpy as np

    dtype, shape = saved.tensor(key)
    array = np.empty(shape, dtype=np.dtype(dtype))
    saved.read_into(key, array)
    return array


class _OptimizerStore:
    """A Keras 2 optimizer's `_variables` (iterations, then each variable's slots), as the
    store `load_own_variables` reads."""

    def __init__(self, saved, keys):
        self.saved = saved
        self.keys_ = keys

    def keys(self):
        return [str(i) for i in range(len(self.keys_))]

    def __getitem__(self, key):
        return _read(self.saved, self.keys_[int(key)])


def _legacy_optimizer_values(saved, optimizer, assigned):
    """The state of a Keras 2 legacy optimizer (OptimizerV2: slot variables, `iter`) in the
    order of Keras 3's `optimizer`, or None."""
    try:
        slots = saved.slot_variables("root.optimizer")
        iterations = saved.child_variable("root.optimizer", "iter")
        learning_rate = saved.child_variable("root.optimizer", "learning_rate")
    except ValueError:
        return None
    if iterations is None:
        return None
    by_slot = {}
    for variable_key, slot, slot_key in slots:
        variable = assigned.get(variable_key)
        if variable is None:
            return None
        by_slot[(id(variable), slot)] = _read(saved, slot_key)
    return migrate.legacy_slot_values(
        optimizer,
        by_slot,
        _read(saved, iterations),
        None if learning_rate is None else _read(saved, learning_rate),
    )


def _restore_optimizer(saved, model, path, assigned):
    """Loads the optimizer state a Keras 2 optimizer saved (2.11+ optimizers, and the
    legacy ones by slot); warns when there is none kerasave can map. `assigned` maps the
    model's checkpoint keys to the variables they were loaded into."""
    import warnings

    try:
        keys = saved.variables("root.optimizer", "_variables")
    except ValueError:
        keys = []
    optimizer = model.optimizer
    optimizer.build(model.trainable_variables)
    restored = False
    if keys:
        store = migrate.optimizer_store(optimizer, _OptimizerStore(saved, keys))
        if len(store.keys()) == len(optimizer.variables):
            optimizer.load_own_variables(store)
            restored = True
    else:
        values = _legacy_optimizer_values(saved, optimizer, assigned)
        if values is not None:
            optimizer.set_weights(values)
            restored = True
    if not restored:
        warnings.warn(
            f"{path}: the model is compiled from its training config, but its optimizer's "
            "state could not be mapped onto Keras 3's optimizer: it starts afresh.",
            stacklevel=3,
        )


def _root(nodes, path):
    for _node_id, node_path, identifier, metadata in nodes:
        if node_path == "root":
            if identifier not in _MODELS:
                raise ValueError(
                    f"{path} holds a Keras object of kind '{identifier}', not a model: "
                    f"kerasave rebuilds models only; {_TFSM}"
                )
            # Keras 2's JSON, with tuples as {"class_name": "__tuple__", ...}.
            return _keras.json_utils.decode(metadata)
    raise ValueError(f"{path}: keras_metadata.pb has no root object; {_TFSM}")


@lazy.gc_paused()
def load_model(path, custom_objects=None, compile=True, safe_mode=True):
    """Rebuilds the tf.keras model of the SavedModel directory `path` as a Keras 3 model.

    Args:
        path: the SavedModel directory.
        custom_objects, compile, safe_mode: as for `keras.saving.load_model`.

    Returns:
        A Keras 3 model with the SavedModel's weights; compiled from its training config
        when `compile=True`, with the optimizer's state where it maps onto Keras 3's
        optimizer (tf.keras 2.11+ optimizers, and the legacy ones but Nadam; otherwise a
        warning says it starts afresh).

    Raises:
        ValueError: the directory has no Keras metadata, holds a model without a config
            (subclassed without `get_config`), or a layer Keras cannot rebuild (a custom
            class not given in `custom_objects`); the message names `TFSMLayer`.
        OSError, KeyError: unreadable or damaged files.
    """

    path = os.fspath(path)
    files.check_tree(path)  # no FIFO or device where a file is read
    saved = _native.SavedModelDir.open(path)
    nodes = saved.metadata()
    root = _root(nodes, path)
    if not isinstance(root.get("config"), dict) or root.get("class_name") in (None, "Model"):
        raise ValueError(
            f"{path} holds a subclassed model ({root.get('class_name')}) without a config "
            f"Keras can rebuild it from; {_TFSM}"
        )
    custom_objects = legacy.all_custom_objects(custom_objects)
    config = {"class_name": root["class_name"], "config": root["config"]}
    config = migrate.model_config(
        config, root.get("keras_version") or "2", custom_objects, safe_mode
    )

    layers = []
    for _node_id, node_path, _identifier, metadata in nodes:
        match = _WEIGHTED.match(node_path)
        if match:
            name = json.loads(metadata).get("name") or node_path
            layers.append((int(match.group(1)), name, saved.variables(node_path, "variables")))
    layers.sort(key=lambda layer: layer[0])
    reader = _BundleReader(saved, [(name, keys) for _k, name, keys in layers])

    assigned = {}  # checkpoint key -> variable
    try:
        model = legacy.build_and_load(config, reader, "", custom_objects, safe_mode, assigned)
    except (TypeError, ValueError) as e:
        if "safe_mode=False" in str(e):
            raise  # Keras's own safe-mode refusal, in its words
        raise type(e)(f"{e}\n\nkerasave could not rebuild {path} as a Keras model; {_TFSM}") from e
    training_config = root.get("training_config")
    if compile and isinstance(training_config, dict):
        model.compile(
            **_keras.saving_utils.compile_args_from_training_config(
                migrate.training_config(training_config), custom_objects
            )
        )
        _restore_optimizer(saved, model, path, assigned)
    return model
