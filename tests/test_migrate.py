"""`.keras` files written by tf.keras 2.15 (tests/legacy/keras2/, made by
tests/legacy/make_keras2.py), which upstream Keras 3 mostly refuses, load in kerasave with
tf.keras's predictions and optimizer state (kerasave.migrate); Keras 3 files are untouched."""

import io
import logging
import os
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
