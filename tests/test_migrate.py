"""`.keras` files written by tf.keras 2.15 (tests/legacy/keras2/, made by
tests/legacy/make_keras2.py), which upstream Keras 3 mostly refuses, load in kerasave with
tf.keras's predictions and optimizer state (kerasave.migrate); Keras 3 files are untouched."""

import base64
import io
import json
import logging
import os
import sys
import zipfile

import h5py
import keras
import kerasave
import numpy as np
import pytest
from conftest import (
    KERAS2,
    KERAS2_NAMES,
    assert_keras2_predictions,
    assert_same_weights,
    keras2_inputs,
    predict,
)
from kerasave import migrate

# What upstream Keras 3 raises on these files (those it loads are absent).
UPSTREAM_REFUSES = {
    "adam_after_fit": "jit_compile",
    "attention_layernorm": "keras.src.engine.functional",
    "cnn_batchnorm": "keras.src.engine.functional",
    "mixed_precision": "quantization_mode",
    "nested_shared": "keras.src.engine.functional",
    "rnn_embedding_lstm_gru": "could not be deserialized",
    "wrappers": "time_major",
}


def _migrations(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "kerasave.migrate"]


def test_fixtures_are_tf_keras_2():
    for name in KERAS2_NAMES:
        with zipfile.ZipFile(os.path.join(KERAS2, f"{name}.keras")) as z:
            assert b'"keras_version": "2.15.0"' in z.read("metadata.json")


@pytest.mark.parametrize("name", KERAS2_NAMES)
def test_keras2_archive(name, caplog):
    path = os.path.join(KERAS2, f"{name}.keras")
    try:
        upstream = keras.saving.load_model(path)
        refused = None
    except Exception as e:  # noqa: BLE001 - recording what upstream raises
        upstream, refused = None, f"{type(e).__name__}: {e}"
    with caplog.at_level(logging.DEBUG, logger="kerasave.migrate"):
        loaded = kerasave.load_model(path)
    assert_keras2_predictions(name, loaded)
    if name in UPSTREAM_REFUSES:
        assert refused is not None and UPSTREAM_REFUSES[name] in refused, refused
        assert _migrations(caplog), "each rewrite is logged"
    else:
        assert refused is None, refused
        assert_same_weights(upstream, loaded)
        np.testing.assert_array_equal(
            predict(upstream, keras2_inputs(name)), predict(loaded, keras2_inputs(name))
        )


def test_keras2_archive_unzipped(tmp_path):
    """An unzipped Keras 2 model directory goes the same way."""
    with zipfile.ZipFile(os.path.join(KERAS2, "nested_shared.keras")) as z:
        z.extractall(tmp_path)
    assert_keras2_predictions("nested_shared", kerasave.load_model(tmp_path))


def test_keras2_optimizer_state():
    """Keras 2 saved Adam's state without the learning-rate variable Keras 3 has: every
    saved value lands in its Keras 3 variable, and the learning rate is the config's."""
    path = os.path.join(KERAS2, "adam_after_fit.keras")
    model = kerasave.load_model(path)
    with zipfile.ZipFile(path) as z, h5py.File(io.BytesIO(z.read("model.weights.h5"))) as f:
        saved = [f["optimizer/vars"][str(i)][()] for i in range(len(f["optimizer/vars"]))]
    variables = model.optimizer.variables
    assert len(variables) == len(saved) + 1
    assert int(variables[0].numpy()) == int(saved[0]) == 2  # one epoch of two batches
    np.testing.assert_allclose(variables[1].numpy(), 0.01)
    for value, variable in zip(saved[1:], variables[2:], strict=True):
        np.testing.assert_array_equal(value, variable.numpy(), err_msg=variable.path)
    assert not np.all(saved[1] == 0)  # trained momentums, not fresh ones


def test_keras3_files_are_not_rewritten(zoo_models, tmp_path, caplog):
    for name in ("nested_shared", "rnn_embedding_lstm_gru", "adam_after_fit", "mixed_float16"):
        model, _ = zoo_models.get(name)
        path = tmp_path / f"{name}.keras"
        model.save(path)
        with caplog.at_level(logging.DEBUG, logger="kerasave.migrate"):
            kerasave.load_model(path)
    assert not _migrations(caplog)


def test_an_argument_without_equivalent_is_named():
    config = {"class_name": "LSTM", "config": {"name": "lstm", "time_major": True}}
    with pytest.raises(ValueError, match=r"'lstm' \(LSTM\).*time_major=True"):
        migrate.model_config(config, "2.15.0")
    axis = {"class_name": "BatchNormalization", "config": {"name": "bn", "axis": [1, 2]}}
    with pytest.raises(ValueError, match=r"'bn' \(BatchNormalization\).*axis=\[1, 2\]"):
        migrate.model_config(axis, "2.15.0")


def test_custom_classes_are_left_alone():
    config = {"class_name": "LSTM", "config": {"name": "mine", "time_major": True}}
    assert migrate.model_config(config, "2.15.0", {"LSTM": object}) == config


# Files written by older Keras 3 releases (tests/legacy/keras3/make_keras3.py).
KERAS3 = os.path.join(os.path.dirname(__file__), "legacy", "keras3")
KERAS3_FILES = [
    (version, name)
    for version in sorted(os.listdir(KERAS3))
    if os.path.isdir(os.path.join(KERAS3, version))
    for name in sorted(os.listdir(os.path.join(KERAS3, version)))
    if name.endswith((".keras", ".h5")) and not name.endswith(".weights.h5")
]


@pytest.mark.parametrize(("version", "name"), KERAS3_FILES)
def test_older_keras3_files(version, name, caplog):
    """Keras 3.0.5 and 3.6.0 files of the zoo's kinds of models: upstream 3.15 loads them
    all, and kerasave loads the same model, unrewritten, with the producer's predictions;
    their `.weights.h5` files load into it too."""
    directory = os.path.join(KERAS3, version)
    expected = np.load(os.path.join(directory, "expected.npz"))
    model_name = name.rsplit(".", 1)[0]
    keys = sorted(k for k in expected.files if k.startswith(f"{model_name}/x"))
    x = [expected[k] for k in keys] if len(keys) > 1 else expected[keys[0]]
    path = os.path.join(directory, name)
    upstream = keras.saving.load_model(path)
    with caplog.at_level(logging.DEBUG, logger="kerasave.migrate"):
        loaded = kerasave.load_model(path)
    assert not _migrations(caplog)
    assert_same_weights(upstream, loaded)
    np.testing.assert_allclose(predict(loaded, x), expected[f"{model_name}/y"], atol=1e-6)
    weights = os.path.join(directory, f"{model_name}.weights.h5")
    if os.path.exists(weights):
        fresh = kerasave.load_model(path)
        for v in fresh.weights:
            v.assign(np.zeros(v.shape, v.dtype))
        kerasave.load_weights(fresh, weights)
        np.testing.assert_allclose(predict(fresh, x), expected[f"{model_name}/y"], atol=1e-6)


OLDER_TF = {"2.13": "2.13.1", "2.14": "2.14.0"}  # tests/legacy/keras2/tf<version>/
OLDER_FORMS = ["keras", "h5", "savedmodel"]


def _older_path(version, name, form):
    directory = os.path.join(KERAS2, f"tf{version}")
    if form == "savedmodel":
        return os.path.join(directory, "savedmodel", name)
    return os.path.join(directory, f"{name}.{form}")


@pytest.mark.parametrize("form", OLDER_FORMS)
@pytest.mark.parametrize("version", sorted(OLDER_TF))
@pytest.mark.parametrize("name", KERAS2_NAMES)
def test_older_tf_keras(name, version, form):
    """Files of tf.keras 2.13 and 2.14 (tests/legacy/make_keras2.py): each model comes back
    from its `.keras` file, its `.h5` file and its SavedModel with that version's
    predictions and the same weights. tf.keras 2.13's `.keras` kept a model's layers under
    `_layer_checkpoint_dependencies`, each layer with weights listed twice (2.14's, once);
    upstream cannot place 2.13's and refuses every SavedModel and most other files (where
    it loads one, kerasave's model equals its)."""
    path = _older_path(version, name, form)
    if not os.path.exists(path):
        assert (form, name) == ("savedmodel", "wrappers")  # left out: 2 MB
        return
    assert kerasave.inspect(path)["keras_version"] == OLDER_TF[version]
    expected = np.load(os.path.join(KERAS2, f"tf{version}", "expected.npz"))
    try:
        upstream = keras.saving.load_model(path)
    except Exception:  # noqa: BLE001 - upstream refuses most of them, each its own way
        upstream = None
    if form == "savedmodel" or (form, version) == ("keras", "2.13"):
        assert upstream is None
    loaded = kerasave.load_model(path)
    if upstream is not None:
        assert_same_weights(upstream, loaded)
    keys = sorted(k for k in expected.files if k.startswith(f"{name}/x"))
    x = [expected[k] for k in keys] if len(keys) > 1 else expected[keys[0]]
    tol = 5e-3 if name == "mixed_precision" else 1e-6
    np.testing.assert_allclose(predict(loaded, x), expected[f"{name}/y"], rtol=tol * 10, atol=tol)
    if form != "keras":
        assert_same_weights(kerasave.load_model(_older_path(version, name, "keras")), loaded)
    if name == "adam_after_fit":
        assert int(loaded.optimizer.iterations.numpy()) == 2
        assert np.any(loaded.optimizer.variables[2].numpy() != 0)
        if form != "keras":
            same = kerasave.load_model(_older_path(version, name, "keras"))
            for a, b in zip(loaded.optimizer.variables, same.optimizer.variables, strict=True):
                np.testing.assert_allclose(a.numpy(), b.numpy(), err_msg=a.path)


# --- Keras 2 legacy optimizers (OptimizerV2) ---------------------------------------------------

OPTIMIZERS = os.path.join(KERAS2, "optimizers")
LEGACY_OPTIMIZERS = ["adam", "adam_amsgrad", "sgd_momentum", "rmsprop", "adagrad"]


@pytest.mark.parametrize("form", ["savedmodel", "h5"])
@pytest.mark.parametrize("name", LEGACY_OPTIMIZERS)
def test_legacy_optimizer_state_takes_tf_keras_next_step(name, form, recwarn):
    """A model trained with a `tf.keras.optimizers.legacy` optimizer (state in slots, listed
    slot by slot) comes back with that state mapped by slot: one more training step on the
    recorded batch gives the weights tf.keras's step gave (tests/legacy/
    make_keras2_optimizers.py). Before, Adam's `.h5` state was assigned by position, into
    the wrong variables, and a SavedModel's started afresh."""
    expected = np.load(os.path.join(OPTIMIZERS, "expected.npz"))
    if form == "h5":
        path = os.path.join(OPTIMIZERS, f"{name}.h5")
    else:
        path = os.path.join(OPTIMIZERS, "savedmodel", name)
    model = kerasave.load_model(path)
    assert not [w for w in recwarn if "afresh" in str(w.message)]
    assert int(model.optimizer.iterations.numpy()) == int(expected[f"{name}/iterations"]) - 1
    model.train_on_batch(expected[f"{name}/x"], expected[f"{name}/y"])
    assert int(model.optimizer.iterations.numpy()) == int(expected[f"{name}/iterations"])
    for j, variable in enumerate(model.weights):
        np.testing.assert_allclose(
            variable.numpy(), expected[f"{name}/w{j}"], rtol=1e-5, atol=1e-6, err_msg=variable.path
        )


@pytest.mark.parametrize("form", ["savedmodel", "h5"])
def test_legacy_nadam_starts_afresh_with_a_warning(form):
    """The legacy Nadam's momentum schedule is not Keras 3's Nadam's (a different algorithm),
    so its state is not mapped: the model comes back with its weights and a fresh Nadam,
    with a warning, and trains."""
    expected = np.load(os.path.join(OPTIMIZERS, "expected.npz"))
    path = os.path.join(OPTIMIZERS, f"nadam.{form}" if form == "h5" else "savedmodel/nadam")
    with pytest.warns(UserWarning, match="afresh"):
        model = kerasave.load_model(path)
    assert type(model.optimizer) is keras.optimizers.Nadam
    assert int(model.optimizer.iterations.numpy()) == 0
    assert int(expected["nadam/iterations"]) == 3
    plain = kerasave.load_model(path, compile=False)
    assert_same_weights(plain, model)
    model.train_on_batch(expected["nadam/x"], expected["nadam/y"])
    assert int(model.optimizer.iterations.numpy()) == 1


def test_legacy_optimizer_state_that_does_not_map_is_left():
    """State kerasave cannot map by slot (a class without a table row, an unknown slot, a
    variable it did not load) gives None: the caller falls back or warns."""
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    kernel, bias = model.weights
    assigned = {"dense/kernel:0": kernel, "dense/bias:0": bias}
    state = {
        "Adam/iter:0": np.int64(4),
        "Adam/dense/kernel/m:0": np.ones((2, 1), "float32"),
        "Adam/dense/bias/m:0": np.ones((1,), "float32"),
        "Adam/dense/kernel/v:0": np.full((2, 1), 2, "float32"),
        "Adam/dense/bias/v:0": np.full((1,), 2, "float32"),
    }
    adam = keras.optimizers.Adam()
    adam.build(model.trainable_variables)
    values = migrate.legacy_optimizer_state(adam, state, assigned)
    assert [np.asarray(v).tolist() for v in values] == [
        4,
        np.float32(0.001).tolist(),
        [[1.0], [1.0]],
        [[2.0], [2.0]],
        [1.0],
        [2.0],
    ]
    assert (
        migrate.legacy_optimizer_state(adam, {**state, "Adam/dense/bias/x:0": 0}, assigned) is None
    )
    assert migrate.legacy_optimizer_state(adam, state, {"dense/kernel:0": kernel}) is None
    new_names = {"iteration:0": np.int64(1), "Adam/m/dense/kernel:0": np.zeros((2, 1))}
    assert migrate.legacy_optimizer_state(adam, new_names, assigned) is None
    nadam = keras.optimizers.Nadam()
    nadam.build(model.trainable_variables)
    assert migrate.legacy_optimizer_state(nadam, state, assigned) is None


# --- masking RNNs, trained optimizers with schedules, Keras 2 lambdas -------------------------
# tests/legacy/keras2/compat/, made by tests/legacy/make_keras2_compat.py with tf.keras 2.15
# (every form), 2.13 and 2.14 (`.keras` and `.h5`), and the lambdas by 2.15 under Python 3.10.

COMPAT = os.path.join(KERAS2, "compat")
COMPAT_DIRS = {
    "2.15": COMPAT,
    "2.13": os.path.join(COMPAT, "tf2.13"),
    "2.14": os.path.join(COMPAT, "tf2.14"),
}
MASKED = ["masked_lstm_gru", "masked_two_inputs"]
TRAINED = ["adam_schedule_clipnorm", "sgd_two_outputs"]
LAMBDAS = ["lambda_sequential", "lambda_functional"]
COMPAT_CASES = [
    (version, name, form)
    for version in COMPAT_DIRS
    for name in MASKED + TRAINED + LAMBDAS
    for form in ("keras", "h5", "savedmodel")
    if form != "savedmodel" or (version == "2.15" and name not in MASKED)
]


def _compat_path(directory, name, form):
    if form == "savedmodel":
        return os.path.join(directory, "savedmodel", name)
    return os.path.join(directory, f"{name}.{form}")


def _compat_arrays(expected, name, key):
    """`<name>/<key>` or `<name>/<key>0`, `<name>/<key>1`, ... (a list)."""
    if f"{name}/{key}" in expected.files:
        return expected[f"{name}/{key}"]
    return [expected[f"{name}/{key}{i}"] for i in range(2) if f"{name}/{key}{i}" in expected.files]


def test_compat_fixtures_versions():
    for version, directory in COMPAT_DIRS.items():
        with open(os.path.join(directory, "producer.json")) as f:
            producer = json.load(f)
        assert producer["tensorflow"].startswith(version + ".")
        assert producer["python"].startswith("3.11.")
    with open(os.path.join(COMPAT, "py3.10", "producer.json")) as f:
        producer = json.load(f)
    assert producer["tensorflow"].startswith("2.15.") and producer["python"].startswith("3.10.")


@pytest.mark.parametrize(("version", "name", "form"), COMPAT_CASES)
def test_compat_models_load_with_tf_keras_values(version, name, form):
    """Each model loads with the predictions tf.keras computed; a trained one with its
    optimizer's step count, learning rate (from its schedule) and every state variable,
    and one more training step gives the weights tf.keras's step gave."""
    if name in LAMBDAS and sys.version_info[:2] != (3, 11):
        pytest.skip("the lambdas are Python 3.11 bytecode")
    directory = COMPAT_DIRS[version]
    expected = np.load(os.path.join(directory, "expected.npz"))
    model = kerasave.load_model(_compat_path(directory, name, form), safe_mode=name not in LAMBDAS)
    y = model.predict(_compat_arrays(expected, name, "x"), verbose=0)
    want = _compat_arrays(expected, name, "y")
    for got, wanted in zip(
        y if isinstance(y, list) else [y], want if isinstance(want, list) else [want], strict=True
    ):
        np.testing.assert_allclose(got, wanted, rtol=1e-5, atol=1e-6)
    if name not in TRAINED:
        return
    optimizer = model.optimizer
    assert int(optimizer.iterations.numpy()) == int(expected[f"{name}/iterations"])
    np.testing.assert_allclose(
        float(optimizer.learning_rate), float(expected[f"{name}/lr"]), rtol=1e-6
    )
    state = [
        v for v in optimizer.variables[1:] if v is not getattr(optimizer, "_learning_rate", None)
    ]
    saved = [
        expected[f"{name}/opt{j}"]
        for j in range(len(state) + 1)
        if f"{name}/opt{j}" in expected.files
    ]
    assert len(state) == len(saved) > 0
    for variable, value in zip(state, saved, strict=True):
        np.testing.assert_allclose(variable.numpy(), value, rtol=1e-6, err_msg=variable.path)
    model.train_on_batch(expected[f"{name}/xb"], _compat_arrays(expected, name, "yb"))
    for j, variable in enumerate(model.weights):
        np.testing.assert_allclose(
            variable.numpy(), expected[f"{name}/w{j}"], rtol=1e-5, atol=1e-6, err_msg=variable.path
        )


@pytest.mark.parametrize("form", ["keras", "h5"])
@pytest.mark.parametrize("name", MASKED + TRAINED + LAMBDAS)
def test_compat_upstream_refuses(name, form):
    """Upstream Keras 3 refuses every `.keras` and `.h5` file of tf.keras 2.15 here
    (Keras 2 module paths, `time_major`, the loss alias `mse`, Keras 2's Lambda arguments,
    or under safe mode the lambda)."""
    with pytest.raises((TypeError, ValueError)):
        keras.saving.load_model(_compat_path(COMPAT, name, form))


def _keras_lambda_refusal():
    from keras.src.layers.core.lambda_layer import Lambda

    with pytest.raises(ValueError) as e:
        Lambda._raise_for_lambda_deserialization(True)
    return str(e.value)


@pytest.fixture
def no_bytecode_loaded(monkeypatch):
    """Fails the test if any lambda's bytecode from the fixtures is unmarshalled, or
    Keras's `func_load` is called at all."""
    import marshal

    from keras.src.utils import python_utils

    def refuse(*args, **kwargs):
        raise AssertionError("func_load called")

    real = marshal.loads
    seen = []

    def loads(data, *args, **kwargs):
        seen.append(bytes(data))
        return real(data, *args, **kwargs)

    monkeypatch.setattr(python_utils, "func_load", refuse)
    monkeypatch.setattr(marshal, "loads", loads)
    yield seen


def _lambda_bytecodes(path):
    """The marshalled code objects of the Keras 2 lambdas in the fixture at `path`."""
    if path.endswith(".keras"):
        with zipfile.ZipFile(path) as z:
            config = json.loads(z.read("config.json"))
    elif path.endswith(".h5"):
        with h5py.File(path) as f:
            config = json.loads(f.attrs["model_config"])
    else:
        from kerasave import _native

        nodes = _native.SavedModelDir.open(path).metadata()
        config = next(json.loads(m) for _id, at, _kind, m in nodes if at == "root")
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("class_name") == "Lambda":
                function = node["config"]["function"]
                code = function["items"][0] if isinstance(function, dict) else function[0]
                found.append(base64.b64decode(code))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(config)
    assert found
    return found


# The lambda fixtures as they were written: every form under Python 3.11, the `.keras` and
# `.h5` files and the Functional model's SavedModel under Python 3.10.
LAMBDA_FILES = [
    _compat_path(directory, name, form)
    for directory in (COMPAT, os.path.join(COMPAT, "py3.10"))
    for name in LAMBDAS
    for form in ("keras", "h5", "savedmodel")
    if os.path.exists(_compat_path(directory, name, form))
]
# Python 3.11's bytecode, which only 3.11 runs.
ELEVEN = pytest.mark.skipif(
    sys.version_info[:2] != (3, 11), reason="the lambdas are Python 3.11 and 3.10 bytecode"
)


@pytest.mark.parametrize("path", LAMBDA_FILES, ids=lambda p: os.path.relpath(p, COMPAT))
def test_keras2_lambda_safe_mode_is_keras_refusal(path, no_bytecode_loaded):
    """Under safe mode a Keras 2 lambda is refused with Keras's own message, whatever
    Python wrote it, and no bytecode is unmarshalled or run."""
    with pytest.raises(ValueError) as e:
        kerasave.load_model(path)
    assert str(e.value) == _keras_lambda_refusal()
    codes = _lambda_bytecodes(path)
    assert not [data for data in no_bytecode_loaded if data in codes]


@ELEVEN
@pytest.mark.parametrize(
    "path", [p for p in LAMBDA_FILES if "py3.10" in p], ids=lambda p: os.path.relpath(p, COMPAT)
)
def test_keras2_lambda_of_another_python_is_named(path, no_bytecode_loaded):
    """A lambda saved under Python 3.10 is not run by 3.11, even with safe_mode=False: the
    error names both versions, and its bytecode is never unmarshalled."""
    name = os.path.basename(path).split(".")[0]
    running = ".".join(map(str, sys.version_info[:3]))
    layer = "affine" if name == "lambda_sequential" else "diff"
    with pytest.raises(ValueError) as e:
        kerasave.load_model(path, safe_mode=False)
    assert str(e.value).startswith(
        f"Cannot load Lambda layer '{name}/{layer}': its function is a Python lambda that "
        f"Keras 2 saved as the bytecode of Python 3.8-3.10, which this Python ({running}) "
        "cannot run. Load the file with Python 3.8-3.10."
    )
    codes = _lambda_bytecodes(path)
    assert not [data for data in no_bytecode_loaded if data in codes]


# `lambda t: t.shape[0] * 2.0` marshalled by Python 3.11, 3.12 and 3.13: 3.11's and 3.12's
# code objects are laid out alike and open alike, and differ in their inline caches.
_SHAPE_LAMBDA = {
    (3, 11): "4wEAAAAAAAAAAAAAAAIAAAADAAAA8yIAAACXAHwAagAAAAAAAAAAAGQBGQAAAAAAAAAAAGQCegUAAFMAKQNO"
    "6QAAAADnAAAAAAAAAEApAdoFc2hhcGUpAdoBdHMBAAAAIPoIPHN0cmluZz76CDxsYW1iZGE+cgcAAAADAAAAcxEA"
    "AACAAIhhjGeQYYxqmDPRDh6AAPMAAAAA",
    (3, 12): "4wEAAAAAAAAAAAAAAAIAAAADAAAA8yYAAACXAHwAagAAAAAAAAAAAAAAAAAAAAAAAABkARkAAABkAnoFAABT"
    "ACkDTukAAAAA5wAAAAAAAABAKQHaBXNoYXBlKQHaAXRzAQAAACD6CDxzdHJpbmc++gg8bGFtYmRhPnIHAAAAAwAA"
    "AHMTAAAAgACIYY9niWeQYYlqmDPRDh6AAPMAAAAA",
    (3, 13): "4wEAAAAAAAAAAAAAAAIAAAADAAAA8yYAAACVAFUAUgAAAAAAAAAAAAAAAAAAAAAAAABTAQUAAABTAi0FAAAk"
    "ACkDTukAAAAA5wAAAAAAAABAKQHaBXNoYXBlKQHaAXRzAQAAACDaCDxzdHJpbmc+2gg8bGFtYmRhPnIHAAAAAwAA"
    "AHMRAAAAgACIYY9niWeQYYlqmDPSDh7zAAAAAA==",
}


def test_bytecode_python():
    """The writing Python of a lambda's bytecode, read without unmarshalling it."""
    import marshal

    own = base64.b64encode(marshal.dumps((lambda t, s=2.0: t[:, 0] * s).__code__)).decode()
    assert migrate.bytecode_python(own) is None
    here = sys.version_info[:2]
    for version, code in _SHAPE_LAMBDA.items():
        written = migrate.bytecode_python(code)
        if version == here:
            assert written is None
        else:
            assert written == f"{version[0]}.{version[1]}", (version, written)
    assert migrate.bytecode_python("bm90IGNvZGU=").startswith("unknown")
    assert migrate.bytecode_python(None).startswith("unknown")


@ELEVEN
def test_a_trusted_load_unmarshals_the_lambda(monkeypatch):
    """The control of `no_bytecode_loaded`: with safe_mode=False the bytecode a safe load
    never touches is unmarshalled, through `marshal.loads`, where the fixture watches."""
    import marshal

    real = marshal.loads
    seen = []

    def loads(data, *args, **kwargs):
        seen.append(bytes(data))
        return real(data, *args, **kwargs)

    monkeypatch.setattr(marshal, "loads", loads)
    path = _compat_path(COMPAT, "lambda_sequential", "keras")
    kerasave.load_model(path, safe_mode=False)
    assert [data for data in seen if data in _lambda_bytecodes(path)]
