"""Configs written by older Keras, rewritten where Keras 3 refuses them without cause.

Keras 3 refuses some files of Keras 2 (tf.keras 2.13-2.15) and of its own legacy `.h5`
saving although their meaning is plain: an argument Keras 3 dropped that holds its only
value, build shapes Keras 3 recomputes, a module that moved, a nested model's node
numbering, a loss named by an alias, a lambda saved in Keras 2's form. The rewrites are
tables (`ARGUMENTS`, `MODULES`, the loss aliases) and a few structural rules
(`_functional_nodes`, `_sequential_input`, `_keras2_layer`, `_keras2_lambda`), applied to
the decoded config before Keras's own deserializer, so `custom_objects` and `safe_mode` work
unchanged; `optimizer_store` maps a Keras 2 optimizer's saved state onto Keras 3's
variables. Each rewrite is logged at debug level on the `kerasave.migrate` logger.

The rewrites target what upstream Keras 3 raises on: an argument it does not accept, a
module it cannot import, a node index it cannot resolve, a loss name it cannot
deserialize, an operation it looks for among the layers. Where upstream also reads the old
form (a BatchNormalization axis list in a legacy `.h5` file), the rewrite gives the model
upstream builds. An argument whose value cannot be carried over (`time_major=True`) raises
ValueError naming the layer and the argument.
"""

from __future__ import annotations

import logging
import sys

from kerasave import _keras

log = logging.getLogger("kerasave.migrate")

_ANY = object()

_RECURRENT = ("SimpleRNN", "LSTM", "GRU", "RNN", "ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D")
_MODELS = ("Functional", "Model", "Sequential")


def _one_axis(axis):
    if isinstance(axis, list):
        return axis[0] if len(axis) == 1 and isinstance(axis[0], int) else _ANY
    return axis


_OPTIMIZERS = ("Adam", "AdamW", "Adamax", "Adagrad", "Adadelta", "Adafactor", "Ftrl", "Lion")
_OPTIMIZERS += ("Nadam", "RMSprop", "SGD")

# class name -> {argument: (rule, why)}. The rule is the one value the argument, which Keras 3
# dropped, may hold to be dropped (_ANY: any value); or a function giving the Keras 3 value
# (_ANY when there is none). A value without a Keras 3 equivalent raises ValueError: the
# layer cannot be rebuilt with its meaning.
ARGUMENTS = {
    **{
        name: {"time_major": (False, "Keras 3 recurrent layers are batch-major only")}
        for name in _RECURRENT
    },
    "MultiHeadAttention": {
        arg: (_ANY, "Keras 3 takes the input shapes from the layer's first call")
        for arg in ("query_shape", "key_shape", "value_shape")
    },
    "BatchNormalization": {
        "axis": (_one_axis, "Keras 3 normalizes over one axis, given as an integer"),
    },
    **{
        name: {
            "jit_compile": (_ANY, "Keras 3 compiles the training step, not the optimizer"),
            "is_legacy_optimizer": (False, "Keras 3 has no legacy optimizers"),
        }
        for name in _OPTIMIZERS
    },
}

# Modules of Keras 2 (tf.keras 2.13-2.15 `.keras` configs) -> where Keras 3 has the class.
MODULES = {
    "keras.src.engine.functional": "keras.src.models.functional",
    "keras.src.engine.sequential": "keras.src.models.sequential",
    "keras.src.engine.training": "keras.src.models.model",
    "keras.engine.functional": "keras.src.models.functional",
    "keras.engine.sequential": "keras.src.models.sequential",
    "keras.engine.training": "keras.src.models.model",
    # tf.keras 2.11-2.15 serialized some of its optimizers (SGD) from the module they were
    # first written in.
    "keras.optimizers.experimental": "keras.optimizers",
}


# Where Keras 3 defines the operations a Functional model records when ops are applied to
# its tensors (`ops.not_equal(x, 0)`, `x * mask`).
_OP_MODULES = tuple(
    f"keras.src.ops.{name}" for name in ("numpy", "nn", "math", "core", "image", "linalg")
)


def _op_module(cls):
    """The module of Keras 3's operation class `cls` (not a layer), or None."""
    import importlib

    for name in _OP_MODULES:
        found = getattr(importlib.import_module(name), cls, None)
        if isinstance(found, type) and issubclass(found, _keras.Operation):
            return None if issubclass(found, _keras.Layer) else name
    return None


def _operation(node, cls, config, where):
    """A Keras 3 legacy `.h5` config names the operations of its graph (`NotEqual`, `Cast`,
    `Multiply`) without a module, as it names layers: Keras 3's legacy deserializer looks
    them up among the layers and fails (`Unknown layer`), or finds a layer of the same name
    (`Multiply`) whose call differs. An entry whose config lacks `trainable`, which every
    layer's has, and that names an operation gets the operation's module, so Keras's own
    deserializer rebuilds it."""
    if "module" in node or "inbound_nodes" not in node or "trainable" in config:
        return
    module = _op_module(cls)
    if module is not None:
        log.debug("%s (%s): the operation of %s", where, cls, module)
        node["module"] = module
        node["registered_name"] = None


def _dtype_policy(node, where):
    """Keras 2's mixed-precision policy (`keras.mixed_precision.Policy`) as Keras 3's
    `DTypePolicy` of the same name; None when `node` is not one."""
    if node.get("class_name") != "Policy" or node.get("module", "keras.mixed_precision") not in (
        "keras.mixed_precision",
        "keras.src.mixed_precision.policy",
    ):
        return None
    name = (node.get("config") or {}).get("name")
    if not isinstance(name, str):
        return None
    log.debug("%s: dtype policy Policy(%r) is DTypePolicy(%r)", where, name, name)
    return {
        "module": "keras",
        "class_name": "DTypePolicy",
        "config": {"name": name},
        "registered_name": None,
    }


def model_config(config, keras_version, custom_objects=(), safe_mode=True):
    """`config` (a decoded model config) ready for Keras 3's deserializer.

    Args:
        config: the model's config (a legacy file's `model_config`, a `.keras` file's
            config.json), decoded; changed in place.
        keras_version: the Keras version that wrote the file, or None.
        custom_objects: names the user's own classes take; their configs are left as
            they are.
        safe_mode: the load's `safe_mode`. Keras 2's lambdas are rewritten in Keras 3's
            form either way (under safe mode Keras refuses them with its own message);
            only with `safe_mode=False` is their bytecode checked against this Python.

    Returns:
        `config`.

    Raises:
        ValueError: an argument that Keras 3 dropped holds a value it cannot express, or
            (with `safe_mode=False`) a lambda's bytecode is another Python version's.
    """
    keras2 = str(keras_version or "").startswith("2.")
    if safe_mode is None:
        safe_mode = _keras.serialization_lib.in_safe_mode() is not False
    _walk(config, keras2, "", set(custom_objects), safe_mode is False)
    return config


def _walk(node, keras2, where, custom, trusted=False):
    if isinstance(node, list):
        for i, item in enumerate(node):
            if keras2 and isinstance(item, dict) and (policy := _dtype_policy(item, where)):
                node[i] = policy
            else:
                _walk(item, keras2, where, custom, trusted)
        return
    if not isinstance(node, dict):
        return
    if keras2:
        for key, value in node.items():
            if isinstance(value, dict) and (policy := _dtype_policy(value, f"{where}.{key}")):
                node[key] = policy
    cls = node.get("class_name")
    inner = node.get("config")
    if isinstance(cls, str) and isinstance(inner, dict):
        name = inner.get("name") or node.get("name") or cls
        here = f"{where}/{name}" if where else str(name)
        module = node.get("module")
        if keras2 and module in MODULES:
            log.debug("%s (%s): module %s is %s", here, cls, module, MODULES[module])
            node["module"] = MODULES[module]
        if keras2 and cls not in custom:
            _keras2_layer(node, cls, inner, here, trusted)
        if not keras2 and cls not in custom:
            _operation(node, cls, inner, here)
        if cls not in custom:
            _drop_arguments(cls, inner, here)
        if isinstance(inner.get("layers"), list) and "output_layers" in inner:
            _functional_nodes(inner, keras2, here)
        if keras2 and cls == "Sequential" and isinstance(inner.get("layers"), list):
            _sequential_input(inner, here)
        for key, value in node.items():  # config, and compile_config, build_config, ...
            if key not in ("class_name", "module", "registered_name"):
                _walk(value, keras2, here, custom, trusted)
        if keras2 and isinstance(node.get("compile_config"), dict):
            _compile_config(node["compile_config"], here)
        return
    for value in node.values():
        _walk(value, keras2, where, custom, trusted)


# Arguments of Keras layers that hold another layer's config (wrappers, recurrent layers).
_INNER_LAYERS = ("layer", "backward_layer", "cell")


def _inner_layer_modules(config, where):
    """Keras 2 wrote the layer inside a wrapper or recurrent layer (`Bidirectional`'s `layer`,
    `RNN`'s `cell`) without a module in a SavedModel's metadata; Keras 3's wrappers
    deserialize it with the new deserializer, which needs one. A Keras layer class gets
    `keras.layers`."""
    import keras

    for key in _INNER_LAYERS:
        inner = config.get(key)
        if not isinstance(inner, dict) or "module" in inner or "config" not in inner:
            continue
        cls = inner.get("class_name")
        if isinstance(cls, str) and isinstance(getattr(keras.layers, cls, None), type):
            log.debug("%s.%s (%s): module keras.layers", where, key, cls)
            inner["module"] = "keras.layers"
            inner["registered_name"] = None


def _keras2_layer(node, cls, config, where, trusted):
    """Rewrites of one Keras 2 layer that touch more than its arguments."""
    _inner_layer_modules(config, where)
    if cls not in ("InputLayer", *_MODELS) and "batch_input_shape" in config:
        # Keras 2 kept the input shape a layer was first called on among its arguments
        # (Embedding always); Keras 3 takes it from the model's InputLayer only. A
        # Sequential model's first layer has already given it to an InputLayer.
        shape = config.pop("batch_input_shape")
        log.debug("%s (%s): dropped batch_input_shape=%s", where, cls, shape)
    if cls == "Lambda":
        _keras2_lambda(config, where, trusted)
    if cls == "MultiHeadAttention" and "query_shape" in config:
        # Keras 2 kept the shapes it was built for among its arguments, and its build config
        # holds only the query's; Keras 3 builds from all three.
        shapes = {k: config.get(k) for k in ("query_shape", "value_shape", "key_shape")}
        if isinstance(node.get("build_config"), dict):
            log.debug("%s (%s): built from %s", where, cls, shapes)
            node["build_config"] = {"shapes_dict": shapes}


def _compile_config(config, where):
    """Keras 2 wrote `steps_per_execution=None` for its default, one step; Keras 3's
    trainers compare it with 1, so a model compiled from it fails at its first `fit`,
    `evaluate` or `predict`. Its optimizer's schedule as `_schedule`."""
    if "steps_per_execution" in config and config["steps_per_execution"] is None:
        log.debug("%s compile_config: steps_per_execution=None is 1", where)
        config["steps_per_execution"] = 1
    optimizer = config.get("optimizer")
    if isinstance(optimizer, dict) and isinstance(optimizer.get("config"), dict):
        _schedule(optimizer["config"].get("learning_rate"), f"{where} compile_config optimizer")


# Arguments of Keras 2's Lambda that Keras 3 dropped: how `function` and `output_shape` were
# saved ("lambda": marshalled bytecode; "function": a name; "raw": a value) and the module
# a named function came from. Keras 3's own legacy loader drops them too.
_LAMBDA_KINDS = {"function": "function_type", "output_shape": "output_shape_type"}
_LAMBDA_MODULES = ("module", "output_shape_module")


def _keras2_lambda(config, where, trusted):
    """Keras 2 saved a Python lambda as `[bytecode, defaults, closure]` with
    `function_type="lambda"`; Keras 3 as `{"class_name": "__lambda__", ...}`, which its
    Lambda refuses under safe mode with its own message, and otherwise hands to
    `python_utils.func_load`. The code is given in the form `func_load` unpacks itself
    (the three items as `code`), as it makes the JSON lists of defaults a tuple.

    With `trusted` (`safe_mode=False`) the bytecode is first checked, without
    unmarshalling it, to be this Python's: Keras 2 saved the bytecode of the Python that
    wrote the file, and another version's would fail to load or run wrongly."""
    kinds = {key: config.pop(kind, None) for key, kind in _LAMBDA_KINDS.items()}
    for key in _LAMBDA_MODULES:
        config.pop(key, None)
    for key, kind in kinds.items():
        value = config.get(key)
        if isinstance(value, tuple):  # a SavedModel's JSON decodes tuples
            value = config[key] = list(value)
        if kind != "lambda" or not isinstance(value, list) or len(value) != 3:
            continue
        code, defaults, closure = value
        if trusted:
            writer = bytecode_python(code)
            if writer is not None:
                running = ".".join(map(str, sys.version_info[:3]))
                raise ValueError(
                    f"Cannot load Lambda layer '{where}': its {key} is a Python lambda that "
                    f"Keras 2 saved as the bytecode of Python {writer}, which this Python "
                    f"({running}) cannot run. Load the file with Python {writer}."
                )
        items = [code, list(defaults) if isinstance(defaults, tuple) else defaults]
        items.append(list(closure) if isinstance(closure, tuple) else closure)
        log.debug("%s (Lambda): %s is a Keras 2 lambda", where, key)
        config[key] = {
            "class_name": "__lambda__",
            "config": {"code": items, "defaults": None, "closure": None},
        }


def _code_bytes(code):
    """The marshalled bytes of a lambda's `code` as Keras saves it (base64, or the raw
    bytes as `raw_unicode_escape` text), as `python_utils.func_load` decodes them."""
    import binascii
    import codecs

    if not isinstance(code, str):
        return None
    try:
        return codecs.decode(code.encode("ascii"), "base64")
    except (UnicodeEncodeError, binascii.Error):
        return code.encode("raw_unicode_escape")


def _family(version):
    """Pythons whose marshalled code objects and instruction sets look alike from outside:
    3.8-3.10 (the old code object layout), 3.11-3.12 (RESUME is opcode 151), 3.13."""
    if version < (3, 11):
        return "3.8-3.10"
    if version < (3, 13):
        return "3.11-3.12"
    return f"{version[0]}.{version[1]}"


# Opcodes that open a function's bytecode, up to RESUME, per family.
_PROLOGUES = {"3.11-3.12": ({135, 149}, 151), "3.13": ({94, 62}, 149)}


def bytecode_python(code):
    """None when the marshalled code object of a Keras 2 lambda (`code`, as saved) fits
    this Python; else the Python version that wrote it, as far as its bytes tell.

    The bytes are read, never unmarshalled: a code object's layout (3.11 added fields
    and dropped others) and the opcodes that open it give the family; within this
    Python's family every instruction must be one of its opcodes followed by its number
    of inline cache entries (3.11 and 3.12 differ there)."""
    raw = _code_bytes(code)
    if raw is None or len(raw) < 30 or raw[0] & 0x7F != ord("c"):
        return "unknown (not a marshalled code object)"
    # After the type byte, 32-bit fields: 3.11 and later have 5 before the bytecode
    # (no nlocals), 3.8-3.10 have 6.
    if raw[21] & 0x7F == ord("s"):
        at, new = 21, True
    elif raw[25] & 0x7F == ord("s"):
        at, new = 25, False
    else:
        return "unknown (not a marshalled code object)"
    n = int.from_bytes(raw[at + 1 : at + 5], "little")
    ops = raw[at + 5 : at + 5 + n : 2]
    running = _family(sys.version_info)
    writer = "3.8-3.10"
    if new:
        writer = "3.14 or later"
        for family, (before, resume) in _PROLOGUES.items():
            i = 0
            while i < len(ops) and ops[i] in before:
                i += 1
            if i < len(ops) and ops[i] == resume:
                writer = family
                break
    if writer != running:
        return writer
    if n % 2 or len(raw) < at + 5 + n or not _fits_instruction_set(raw[at + 5 : at + 5 + n]):
        # The other version of the family.
        if running == "3.11-3.12":
            return "3.12" if sys.version_info[:2] == (3, 11) else "3.11"
        return f"other than {sys.version_info[0]}.{sys.version_info[1]}"
    return None


def _fits_instruction_set(co):
    """Whether `co` (a code object's bytecode) is made of this Python's opcodes, each
    followed by as many zeroed inline cache entries as this Python gives it."""
    import opcode

    caches = getattr(opcode, "_inline_cache_entries", None)
    i = 0
    while i < len(co):
        op = co[i]
        name = opcode.opname[op]
        if op == 0 or name.startswith("<"):
            return False
        if isinstance(caches, dict):
            n = caches.get(name, 0)
        elif isinstance(caches, list):
            n = caches[op]
        else:
            n = 0
        i += 2
        if any(co[i : i + 2 * n]) or len(co) < i + 2 * n:
            return False
        i += 2 * n
    return True


def _sequential_input(config, where):
    """Keras 2 declared a Sequential model's input by `batch_input_shape` on any first layer,
    and kept it on some layers besides (Embedding); Keras 3 only takes it from an
    InputLayer. The shape moves to an InputLayer, which is added where there is none."""
    layers = [layer for layer in config["layers"] if isinstance(layer, dict)]
    for i, layer in enumerate(layers):
        inner = layer.get("config")
        if layer.get("class_name") == "InputLayer" or not isinstance(inner, dict):
            continue
        if "batch_input_shape" not in inner:
            continue
        shape = inner.pop("batch_input_shape")
        if i == 0:
            input_layer = {
                "class_name": "InputLayer",
                "config": {
                    "batch_input_shape": shape,
                    "dtype": inner.get("dtype") if isinstance(inner.get("dtype"), str) else None,
                    "name": f"{inner.get('name', 'layer')}_input",
                },
            }
            if "module" in layer:
                input_layer["module"] = "keras.layers"
                input_layer["registered_name"] = None
            config["layers"].insert(config["layers"].index(layer), input_layer)
            log.debug("%s: input %s declared by its first layer is an InputLayer", where, shape)
        else:
            log.debug("%s/%s: dropped batch_input_shape=%s", where, inner.get("name"), shape)


def _drop_arguments(cls, config, where):
    for arg, (value, why) in ARGUMENTS.get(cls, {}).items():
        if arg not in config:
            continue
        if callable(value):
            old = config[arg]
            new = value(old)
            if new is _ANY:
                raise ValueError(
                    f"Cannot load layer '{where}' ({cls}): its argument {arg}={old!r} has "
                    f"no Keras 3 equivalent ({why})."
                )
            if new != old:
                log.debug("%s (%s): %s=%r is %r: %s", where, cls, arg, old, new, why)
                config[arg] = new
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

    return {
        alias: fn.__name__
        for alias, fn in _keras.ALL_OBJECTS_DICT.items()
        if callable(fn)
        and not isinstance(fn, type)
        and fn.__name__ != alias
        and fn.__name__ in _keras.ALL_OBJECTS_DICT
    }


def training_config(config):
    """`config` (a decoded `training_config`) ready for `compile_args_from_training_config`:
    losses named by an alias take the function's own name, and a tf.keras 2.11+ optimizer
    (`Custom>Adam`) is Keras 3's of the same class and settings; changed in place."""
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
    for key in ("metrics", "weighted_metrics"):
        _metric_functions(config.get(key), f"training_config {key}")
    optimizer = config.get("optimizer_config")
    if isinstance(optimizer, dict) and isinstance(optimizer.get("config"), dict):
        cls = optimizer.get("class_name")
        # tf.keras 2.11+ registered its optimizers as "Custom>Adam", ...: upstream finds no
        # such class and compiles a default optimizer instead, losing the saved settings.
        if isinstance(cls, str) and cls.startswith("Custom>") and cls[7:] in _OPTIMIZERS:
            log.debug("training_config optimizer: class '%s' is '%s'", cls, cls[7:])
            optimizer["class_name"] = cls = cls[7:]
        if cls in _OPTIMIZERS:
            _drop_arguments(cls, optimizer["config"], "training_config optimizer")
        _schedule(optimizer["config"].get("learning_rate"), "training_config optimizer")
    return config


def _metric_functions(node, where):
    """Keras 2 saved a metric given by name (`metrics=["mae"]`) as a `MeanMetricWrapper`
    whose `fn` is the function's bare name; Keras 3's wrapper keeps a bare name as it is
    and fails when the metric is first computed (`'str' object is not callable`). A name
    of one of Keras's metric functions becomes Keras 3's serialized function."""
    import keras

    if isinstance(node, list):
        for item in node:
            _metric_functions(item, where)
    elif isinstance(node, dict):
        config = node.get("config")
        if node.get("class_name") == "MeanMetricWrapper" and isinstance(config, dict):
            fn = config.get("fn")
            if isinstance(fn, str) and callable(getattr(keras.metrics, fn, None)):
                log.debug("%s: metric function '%s' of keras.metrics", where, fn)
                config["fn"] = {
                    "module": "keras.metrics",
                    "class_name": "function",
                    "config": fn,
                    "registered_name": fn,
                }
        else:
            for value in node.values():
                _metric_functions(value, where)


def _schedule(schedule, where):
    """A Keras 2 learning-rate schedule (`ExponentialDecay`) as Keras 3 takes it: a
    SavedModel's metadata names it without a module, which Keras 3's optimizer needs to
    deserialize it (a Keras schedule class gets `keras.optimizers.schedules`); and
    Keras 2 wrote `name=None` for its default, which Keras 3 refuses as a name scope when
    the optimizer first asks for the learning rate (its default is the class name)."""
    from keras.optimizers import schedules

    if not isinstance(schedule, dict):
        return
    cls = schedule.get("class_name")
    found = getattr(schedules, cls, None) if isinstance(cls, str) else None
    if not isinstance(found, type) or not issubclass(found, schedules.LearningRateSchedule):
        return
    if "module" not in schedule:
        log.debug("%s: schedule %s of keras.optimizers.schedules", where, cls)
        schedule["module"] = "keras.optimizers.schedules"
        schedule["registered_name"] = None
    config = schedule.get("config")
    if isinstance(config, dict) and "name" in config and config["name"] is None:
        log.debug("%s: schedule %s named by default", where, cls)
        del config["name"]


class _Keras2OptimizerStore:
    """A Keras 2 optimizer's saved variables as Keras 3's optimizer of the same class lists
    them: Keras 3 holds the learning rate in a variable (its second) that Keras 2 did not
    save; it keeps the value the optimizer's config gave it."""

    def __init__(self, store, learning_rate):
        self.store = store
        self.learning_rate = learning_rate
        self.n = len(store.keys()) + 1

    def keys(self):
        return [str(i) for i in range(self.n)]

    def __len__(self):
        return self.n

    def __contains__(self, key):
        return key in self.keys()

    def __getitem__(self, key):
        i = int(key)
        if i == 1:
            return self.learning_rate.numpy()
        return self.store[str(i if i == 0 else i - 1)]


def _lacks_learning_rate(optimizer, saved):
    """Whether Keras 3's `optimizer` has, beyond `saved` values, only the learning-rate
    variable Keras 2 did not save (its second)."""
    variables = optimizer.variables
    return (
        len(variables) == saved + 1
        and len(variables) >= 2
        and variables[1] is getattr(optimizer, "_learning_rate", None)
    )


def optimizer_values(optimizer, values):
    """A legacy `.h5` file's `optimizer_weights` for `optimizer.set_weights`: Keras 2's
    (iterations, then each variable's slots) with the learning rate inserted second."""

    if isinstance(optimizer, _keras.BaseOptimizer) and _lacks_learning_rate(optimizer, len(values)):
        log.debug("optimizer %s: Keras 2 state, without the learning rate", optimizer.name)
        return [values[0], optimizer.variables[1].numpy(), *values[1:]]
    return values


def fits(optimizer, values):
    """Whether `values` fit `optimizer.variables` one for one, each of the same shape: what
    `set_weights` can take whole (it assigns one by one until a shape differs)."""
    import numpy as np

    variables = optimizer.variables
    return len(values) == len(variables) and all(
        tuple(variable.shape) == np.shape(value)
        for variable, value in zip(variables, values, strict=True)
    )


def optimizer_store(saveable, store):
    """`store` for `saveable.load_own_variables`: for a Keras 3 optimizer whose Keras 2 state
    lacks only the learning-rate variable, that state in Keras 3's order; else `store`."""

    if not isinstance(saveable, _keras.BaseOptimizer):
        return store
    try:
        saved = len(store.keys())
    except (AttributeError, TypeError):
        return store
    if _lacks_learning_rate(saveable, saved):
        log.debug("optimizer %s: Keras 2 state, without the learning rate", saveable.name)
        return _Keras2OptimizerStore(store, saveable.variables[1])
    return store


# Keras 2's legacy optimizers (`tf.keras.optimizers.legacy`, OptimizerV2) keep their state in
# slots, one per model variable and slot name, listed slot by slot ([iter, every m, every
# v] for Adam), where Keras 3's optimizer of the same class interleaves them. Slot name ->
# the name Keras 3 gives the same state (`add_variable_from_reference`). Nadam is left out:
# the legacy Nadam's momentum schedule is `beta_1 * (1 - 0.5 * 0.96 ** (decay * t))`,
# constant unless the learning-rate `decay` is set, where Keras 3's is `0.96 ** t`: they
# are different algorithms, and no mapping of the state gives the legacy one's next step.
_LEGACY_SLOTS = {
    "Adam": {"m": "momentum", "v": "velocity", "vhat": "velocity_hat"},
    "Adamax": {"m": "momentum", "v": "norm"},
    "SGD": {"momentum": "momentum"},
    "RMSprop": {"rms": "velocity", "momentum": "momentum", "mg": "average_gradient"},
    "Adagrad": {"accumulator": "accumulator"},
    "Adadelta": {"accum_grad": "accumulated_grad", "accum_var": "accumulated_delta_var"},
    "Ftrl": {"accumulator": "accumulator", "linear": "linear"},
}


def legacy_slot_values(optimizer, slots, iterations, learning_rate=None):
    """Values for every variable of Keras 3's built `optimizer`, in its order, from a
    Keras 2 legacy optimizer's state: `slots` maps (`id` of the model variable, slot name)
    to the slot's value, `iterations` is its step count, `learning_rate` its learning rate
    (None: keep Keras 3's, from the config). None when the state does not map in full."""
    from keras import optimizers

    cls = type(optimizer)
    table = _LEGACY_SLOTS.get(cls.__name__)
    if table is None or getattr(optimizers, cls.__name__, None) is not cls:
        return None
    if slots and {name for _id, name in slots} - set(table):
        return None
    owners = {}  # Keras 3 slot variable name -> (model variable, Keras 2 slot name)
    for var in optimizer._trainable_variables:
        prefix = var.path.replace("/", "_")
        for old, new in table.items():
            name = f"{prefix}_{new}"
            if name in owners:
                return None  # two model variables' slots would share a name
            owners[name] = (var, old)
    learning = getattr(optimizer, "_learning_rate", None)
    values = []
    for variable in optimizer.variables:
        if variable is optimizer.iterations:
            values.append(iterations)
        elif variable is learning:
            values.append(variable.numpy() if learning_rate is None else learning_rate)
        else:
            owner = owners.get(variable.name)
            value = None if owner is None else slots.get((id(owner[0]), owner[1]))
            if value is None:
                return None
            values.append(value)
    log.debug("optimizer %s: Keras 2 legacy optimizer state, by slot", optimizer.name)
    return values


def legacy_optimizer_state(optimizer, named, assigned):
    """A legacy `.h5` file's `optimizer_weights` written by a Keras 2 legacy optimizer, for
    `optimizer.set_weights`: `named` maps each weight name (`Adam/iter:0`,
    `Adam/dense/kernel/m:0`) to its value, `assigned` each model weight name
    (`dense/kernel:0`) to the variable it was loaded into. None for other optimizers' state
    (Keras 2.11+ optimizers name theirs `iteration:0`, `Adam/m/dense/kernel:0`), or state
    that does not map in full."""
    iterations = None
    slots = {}
    for name, value in named.items():
        parts = name.removesuffix(":0").split("/")
        if len(parts) == 2 and parts[1] == "iter":
            iterations = value
            continue
        if len(parts) < 3:
            return None
        var = assigned.get("/".join(parts[1:-1]) + ":0")
        if var is None:
            return None
        slots[(id(var), parts[-1])] = value
    if iterations is None:
        return None
    return legacy_slot_values(optimizer, slots, iterations)
