"""tf.keras SavedModels (tests/legacy/keras2/savedmodel/, written by tf.keras 2.15 through
tests/legacy/make_keras2.py) rebuilt as Keras 3 models without TensorFlow: predictions equal
tf.keras's, weights and optimizer state equal the same model's `.keras` file, `convert` to
`.keras` reads back in upstream Keras; damaged and hostile directories are refused."""

import os
import shutil

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

SAVED = os.path.join(KERAS2, "savedmodel")


def test_every_fixture_is_a_savedmodel():
    assert sorted(os.listdir(SAVED)) == KERAS2_NAMES
    for name in KERAS2_NAMES:
        assert kerasave.tools.detect(os.path.join(SAVED, name)) == "savedmodel"


@pytest.mark.parametrize("name", KERAS2_NAMES)
def test_savedmodel_rebuilt(name):
    path = os.path.join(SAVED, name)
    # Upstream refuses it, pointing to the inference-only TFSMLayer.
    with pytest.raises(ValueError, match="TFSMLayer"):
        keras.saving.load_model(path)
    model = kerasave.load_model(path, compile=False)
    assert_keras2_predictions(name, model)
    # The same weights, in the same variables, as the same model's `.keras` file.
    assert_same_weights(kerasave.load_model(os.path.join(KERAS2, f"{name}.keras")), model)
    # A real Keras 3 model: it trains.
    model.compile(optimizer="sgd", loss="mse")
    x = keras2_inputs(name)
    model.fit(x, predict(model, x), epochs=1, verbose=0)


PRE25 = os.path.join(KERAS2, "savedmodel_pre2.5")
PRE25_NAMES = ["adam_after_fit", "cnn_batchnorm", "mlp_dropout", "nested_shared"]


@pytest.mark.parametrize("name", PRE25_NAMES)
def test_savedmodel_before_keras_2_5(name):
    """Keras before 2.5 kept the metadata in saved_model.pb (fixtures made from the 2.15 ones
    by tests/legacy/make_keras2_pre25.py): the same model comes back."""
    path = os.path.join(PRE25, name)
    assert not os.path.exists(os.path.join(path, "keras_metadata.pb"))
    model = kerasave.load_model(path)
    assert_keras2_predictions(name, model)
    assert_same_weights(kerasave.load_model(os.path.join(SAVED, name)), model)
    if name == "adam_after_fit":
        same = kerasave.load_model(os.path.join(SAVED, name))
        for a, b in zip(model.optimizer.variables, same.optimizer.variables, strict=True):
            np.testing.assert_array_equal(a.numpy(), b.numpy())
    info = kerasave.inspect(path)
    assert info["format"] == "savedmodel" and info["keras_version"] == "2.15.0"


def test_savedmodel_optimizer_state():
    """The trained Adam's state lands in Keras 3's optimizer, as from the `.keras` and `.h5`
    files of the same model, with the saved learning rate (upstream compiles Keras 2's
    `Custom>Adam` as a default Adam)."""
    model = kerasave.load_model(os.path.join(SAVED, "adam_after_fit"))
    for other in ("adam_after_fit.keras", "adam_after_fit.h5"):
        same = kerasave.load_model(os.path.join(KERAS2, other))
        for a, b in zip(model.optimizer.variables, same.optimizer.variables, strict=True):
            np.testing.assert_array_equal(a.numpy(), b.numpy(), err_msg=f"{other} {a.path}")
    assert int(model.optimizer.iterations.numpy()) == 2
    np.testing.assert_allclose(model.optimizer.learning_rate.numpy(), 0.01)
    assert model.loss is keras.losses.mean_squared_error


def test_convert_to_keras_reads_back_in_upstream(tmp_path):
    out = tmp_path / "nested.keras"
    kerasave.convert(os.path.join(SAVED, "nested_shared"), out)
    assert_keras2_predictions("nested_shared", keras.saving.load_model(out))


def test_inspect_and_read_weights():
    path = os.path.join(SAVED, "cnn_batchnorm")
    info = kerasave.inspect(path)
    assert info["format"] == "savedmodel" and info["keras_version"] == "2.15.0"
    model = kerasave.load_model(path)
    assert info["parameters"] == model.count_params()
    weights = kerasave.read_weights(path)
    assert {w.shape for w in weights.values()} == {tuple(v.shape) for v in model.weights}


def _copy(name, tmp_path):
    dst = tmp_path / name
    shutil.copytree(os.path.join(SAVED, name), dst)
    return dst


def test_without_keras_metadata_names_tfsmlayer(tmp_path):
    """Keras 2.5+ leaves saved_model.pb's metadata empty: without keras_metadata.pb there
    is no Keras metadata at all."""
    path = _copy("mlp_dropout", tmp_path)
    os.remove(path / "keras_metadata.pb")
    with pytest.raises(ValueError, match="no Keras metadata.*TFSMLayer"):
        kerasave.load_model(path)


def test_subclassed_model_without_config_names_tfsmlayer():
    """A subclassed model tf.keras saved with an empty config (its `__init__` took an
    object it could not serialize; tests/legacy/make_keras2_refused.py) cannot be rebuilt:
    ValueError names the class and TFSMLayer."""
    path = os.path.join(KERAS2, "savedmodel_refused", "no_config")
    assert kerasave.inspect(path)["model"]["class_name"] == "NoConfig"
    with pytest.raises(ValueError, match=r"(?s)'NoConfig'.*could not rebuild.*TFSMLayer"):
        kerasave.load_model(path)


def test_custom_layer_not_provided_names_tfsmlayer(monkeypatch):
    """The registered custom layer of `custom_registered`, unregistered: ValueError names
    it and TFSMLayer; given in `custom_objects`, the model comes back."""
    registered = keras.saving.get_custom_objects()
    layer = registered["kerasave_tests>ScaleShift"]
    monkeypatch.delitem(registered, "kerasave_tests>ScaleShift")
    path = os.path.join(SAVED, "custom_registered")
    with pytest.raises(ValueError, match=r"(?s)ScaleShift.*could not rebuild.*TFSMLayer"):
        kerasave.load_model(path)
    model = kerasave.load_model(path, custom_objects={"kerasave_tests>ScaleShift": layer})
    assert_keras2_predictions("custom_registered", model)


def _shard(path):
    return path / "variables" / "variables.data-00000-of-00001"


def test_flipped_tensor_byte_is_refused(tmp_path):
    path = _copy("mlp_dropout", tmp_path)
    data = bytearray(_shard(path).read_bytes())
    data[100] ^= 0x40
    _shard(path).write_bytes(bytes(data))
    with pytest.raises(ValueError, match="CRC-32C"):
        kerasave.load_model(path)


def test_truncated_shard_is_refused(tmp_path):
    path = _copy("mlp_dropout", tmp_path)
    data = _shard(path).read_bytes()
    _shard(path).write_bytes(data[: len(data) // 2])
    with pytest.raises(ValueError, match="outside its shard"):
        kerasave.load_model(path)


def test_flipped_index_byte_is_refused(tmp_path):
    path = _copy("mlp_dropout", tmp_path)
    index = path / "variables" / "variables.index"
    data = bytearray(index.read_bytes())
    data[20] ^= 0x01
    index.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="SavedModel"):
        kerasave.load_model(path)


def test_symlinked_shard_is_refused(tmp_path):
    path = _copy("mlp_dropout", tmp_path)
    outside = tmp_path / "elsewhere"
    shutil.move(_shard(path), outside)
    os.symlink(outside, _shard(path))
    with pytest.raises(ValueError, match="symbolic link"):
        kerasave.load_model(path)


def test_symlinked_variables_directory_is_refused(tmp_path):
    path = _copy("mlp_dropout", tmp_path)
    shutil.move(path / "variables", tmp_path / "elsewhere")
    os.symlink(tmp_path / "elsewhere", path / "variables")
    with pytest.raises(ValueError, match="symbolic link"):
        kerasave.load_model(path)
