"""Configs written by older Keras, rewritten where Keras 3 refuses them without cause.

Keras 3 refuses some files of Keras 2 (tf.keras 2.13-2.15) and of its own legacy `.h5`
saving although their meaning is plain: an argument Keras 3 dropped that holds its only
value, build shapes Keras 3 recomputes, a nested model's node numbering, a loss named by an
alias. The rewrites are a table (`ARGUMENTS`, `LOSS_ALIASES`) plus two structural rules
(`_functional_nodes`), applied to the decoded config before Keras's own deserializer,
so `custom_objects` and `safe_mode` work unchanged. Each rewrite is logged at debug level
on the `kerasave.migrate` logger.

A rewrite applies only where upstream Keras 3 would raise: an argument it does not accept,
a node index it cannot resolve, a loss name it cannot deserialize. A file upstream loads
is left as it is. An argument whose value cannot be carried over (`time_major=True`)
raises ValueError naming the layer and the argument.
"""

from __future__ import annotations

import logging

log = logging.getLogger("kerasave.migrate")

_ANY = object()

_RECURRENT = ("SimpleRNN", "LSTM", "GRU", "RNN", "ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D")
_MODELS = ("Functional", "Model", "Sequential")

# class name -> {argument Keras 3 dropped: the value it may hold to be dropped (_ANY: any),
# and why}. Another value raises ValueError: the layer cannot be rebuilt with its meaning.
ARGUMENTS = {
    **{
        name: {"time_major": (False, "Keras 3 recurrent layers are batch-major only")}
        for name in _RECURRENT
    },
    "MultiHeadAttention": {
        arg: (_ANY, "Keras 3 takes the input shapes from the layer's first call")
        for arg in ("query_shape", "key_shape", "value_shape")
    },
}


def model_config(config, keras_version, custom_objects=()):
    """`config` (a decoded `model_config`) ready for Keras 3's legacy deserializer.

    Args:
        config: the model's config, as `json_utils.decode` returns it; changed in place.
        keras_version: the file's `keras_version` attribute, or None.
        custom_objects: names the user's own classes take; their configs are left as
            they are.

    Returns:
        `config`.

    Raises:
        ValueError: an argument that Keras 3 dropped holds a value it cannot express.
    """
    keras2 = str(keras_version or "").startswith("2.")
    _walk(config, keras2, "", set(custom_objects))
    return config


def _walk(node, keras2, where, custom):
    if isinstance(node, list):
        for item in node:
            _walk(item, keras2, where, custom)
        return
    if not isinstance(node, dict):
        return
    cls = node.get("class_name")
    inner = node.get("config")
    if isinstance(cls, str) and isinstance(inner, dict):
        name = inner.get("name") or node.get("name") or cls
        here = f"{where}/{name}" if where else str(name)
        if cls not in custom:
            _drop_arguments(cls, inner, here)
        if isinstance(inner.get("layers"), list) and "output_layers" in inner:
            _functional_nodes(inner, keras2, here)
        for value in inner.values():
            _walk(value, keras2, here, custom)
        return
    for value in node.values():
        _walk(value, keras2, where, custom)


def _drop_arguments(cls, config, where):
    for arg, (value, why) in ARGUMENTS.get(cls, {}).items():
        if arg not in config:
            continue
        if value is not _ANY and config[arg] != value:
            raise ValueError(
                f"Cannot load layer '{where}' ({cls}): its argument {arg}={config[arg]!r} has "
                f"no Keras 3 equivalent ({why})."
            )
        log.debug("%s (%s): dropped %s=%r: %s", where, cls, arg, config.pop(arg), why)


def _has_builtin_node(layer):
    """Whether a nested model of a Keras 2 config had the node Keras 2 gives a model built on
    its inputs (numbered 0, before its calls), which Keras 3 models do not have."""
    cls = layer.get("class_name")
    inner = layer.get("config")
    if cls not in _MODELS or not isinstance(inner, dict):
        return False
    if cls != "Sequential":
        return True
    layers = inner.get("layers") or []
    first = layers[0] if layers and isinstance(layers[0], dict) else {}
    return first.get("class_name") == "InputLayer" or "batch_input_shape" in (
        first.get("config") or {}
    )


def _is_ref(value):
    """Whether `value` is a Keras 2 tensor reference: [layer name, node, tensor]."""
    return (
        isinstance(value, list)
        and len(value) == 3
        and isinstance(value[0], str)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value[1:])
    )


def _refs_in(value):
    if _is_ref(value):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _refs_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _refs_in(item)


def _as_keras_tensors(value):
    """`value` with each tensor reference as Keras 3 serializes a tensor (its shape and
    dtype are placeholders: the loader takes the tensor of `keras_history`)."""
    if _is_ref(value):
        config = {"shape": [], "dtype": "float32", "keras_history": list(value)}
        return {"class_name": "__keras_tensor__", "config": config}
    if isinstance(value, list):
        return [_as_keras_tensors(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_keras_tensors(v) for k, v in value.items()}
    return value


def _functional_nodes(config, keras2, where):
    """Rewrites the calls in a Functional config's legacy (Keras 2) node lists.

    - Keras 2 numbers a nested model's calls from 1 (node 0 links its own inputs to its
      outputs); Keras 3 from 0. Upstream adjusts `output_layers` for a nested Functional
      model, but not `inbound_nodes`, nor anything for a nested Sequential one.
    - A call whose keyword arguments are tensors (`attention(query, value=key)`) is written
      by Keras 2 as `[[name, node, tensor, {"value": [name, node, tensor]}]]`. Upstream
      passes such arguments on as lists; they are rewritten as Keras 3 writes the call.
    """
    layers = [layer for layer in config["layers"] if isinstance(layer, dict)]
    nested = {layer.get("name") for layer in layers if keras2 and _has_builtin_node(layer)}
    sequential = {layer.get("name") for layer in layers if layer.get("class_name") == "Sequential"}

    def shift_ref(ref, names):
        if ref[0] in names and isinstance(ref[1], int) and ref[1] >= 1:
            log.debug(
                "%s: call %d of nested model '%s' is Keras 3's %d",
                where,
                ref[1],
                ref[0],
                ref[1] - 1,
            )
            ref[1] -= 1

    def shift(value, names):
        for ref in _refs_in(value):
            shift_ref(ref, names)

    for layer in layers:
        nodes = layer.get("inbound_nodes")
        if not isinstance(nodes, list):
            continue
        for i, node in enumerate(nodes):
            if not isinstance(node, list) or not all(
                isinstance(d, list) and len(d) in (3, 4) for d in node
            ):
                continue  # Keras 3's form, or not a legacy call upstream could read either
            for call_input in node:  # [name, node, tensor] or [name, node, tensor, kwargs]
                shift_ref(call_input, nested)
                shift(call_input[3:], nested)
            kwargs = node[-1][3] if node and len(node[-1]) == 4 else {}
            if any(True for _ in _refs_in(kwargs)):
                inputs = [_as_keras_tensors(list(d[:3])) for d in node]
                nodes[i] = {
                    "args": [inputs[0] if len(inputs) == 1 else inputs],
                    "kwargs": _as_keras_tensors(kwargs),
                }
                log.debug(
                    "%s/%s: call %d takes tensors as keyword arguments (%s)",
                    where,
                    layer.get("name"),
                    i,
                    ", ".join(kwargs),
                )
    for key in ("input_layers", "output_layers"):
        shift(config.get(key), nested & sequential)


def _loss_aliases():
    """{alias: name} of the loss functions Keras 3 registers under a short alias ("mse")
    that its deserializer cannot resolve (it looks for `keras.metrics.<alias>`)."""
    from keras.src.losses import ALL_OBJECTS_DICT

    return {
        alias: fn.__name__
        for alias, fn in ALL_OBJECTS_DICT.items()
        if callable(fn)
        and not isinstance(fn, type)
        and fn.__name__ != alias
        and fn.__name__ in ALL_OBJECTS_DICT
    }


def training_config(config):
    """`config` (a decoded `training_config`) ready for `compile_args_from_training_config`:
    losses named by an alias take the function's own name; changed in place."""
    if not isinstance(config, dict):
        return config
    aliases = _loss_aliases()

    def rename(loss, where):
        if isinstance(loss, str) and loss in aliases:
            log.debug("training_config %s: loss '%s' is '%s'", where, loss, aliases[loss])
            return aliases[loss]
        if isinstance(loss, dict) and "class_name" not in loss:
            return {k: rename(v, f"{where}.{k}") for k, v in loss.items()}
        if isinstance(loss, list):
            return [rename(v, f"{where}[{i}]") for i, v in enumerate(loss)]
        return loss

    if "loss" in config:
        config["loss"] = rename(config["loss"], "loss")
    return config
