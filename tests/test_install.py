"""`kerasave.install()` routes Keras's saving entry points through kerasave."""

import io
import zipfile

import h5py
import keras
import keras.src.saving
import kerasave
import numpy as np
import pytest
import zoo
from conftest import (
    ORIGINALS,
    UPSTREAM_LIB_LOAD,
    UPSTREAM_LIB_SAVE,
    UPSTREAM_LOAD,
    UPSTREAM_SAVE,
    assert_same_h5_tree,
    assert_same_model,
    assert_same_predictions,
    assert_same_weights,
    leaked_patches,
    zip_members,
)
from keras.src.saving import saving_api, saving_lib

PUBLIC = [
    (keras.saving, "save_model"),
    (keras.saving, "load_model"),
    (keras.models, "save_model"),
    (keras.models, "load_model"),
    (saving_lib, "save_model"),
    (saving_lib, "load_model"),
]


@pytest.fixture
def installed():
    kerasave.install()
    try:
        yield
    finally:
        kerasave.uninstall()


@pytest.fixture
def h5py_calls(monkeypatch):
    """Counts `h5py.File` opens.

    kerasave's Rust core reads and writes HDF5 itself (h5py is not one of its
    dependencies), so a `.keras` save or load that went through kerasave opens
    no `h5py.File`, while Keras's own code always does.
    """
    calls = []
    real = h5py.File

    class SpyFile(real):
        def __init__(self, *args, **kwargs):
            calls.append(args[0] if args else kwargs.get("name"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(h5py, "File", SpyFile)
    return calls


def test_originals_are_upstream():
    for (owner, attr), original in ORIGINALS.items():
        assert original.__module__.startswith("keras.src."), (owner, attr)
    assert keras.saving.load_model.__module__ == "keras.src.saving.saving_api"
    assert keras.saving.save_model is saving_api.save_model
    assert keras.models.load_model is saving_api.load_model
    assert leaked_patches() == []


def test_install_uninstall_restore_exact_originals():
    kerasave.install()
    try:
        for owner, attr in PUBLIC:
            assert getattr(owner, attr) is not ORIGINALS[(owner, attr)], attr
    finally:
        assert kerasave.uninstall() is None
    for (owner, attr), original in ORIGINALS.items():
        assert owner.__dict__[attr] is original, f"{owner.__name__}.{attr}"


def test_install_is_idempotent():
    assert kerasave.install() is None
    first = {key: key[0].__dict__[key[1]] for key in ORIGINALS}
    kerasave.install()
    second = {key: key[0].__dict__[key[1]] for key in ORIGINALS}
    assert all(first[key] is second[key] for key in ORIGINALS)
    # One uninstall undoes any number of installs.
    kerasave.uninstall()
    assert leaked_patches() == []
    # Uninstalling again, or without installing, is harmless.
    kerasave.uninstall()
    kerasave.uninstall()
    assert leaked_patches() == []


def test_reinstall_after_uninstall(zoo_models, tmp_path, h5py_calls):
    model, x = zoo_models.get("mlp_dropout")
    for i in range(2):
        kerasave.install()
        try:
            path = tmp_path / f"m{i}.keras"
            model.save(path)
            loaded = keras.saving.load_model(path)
        finally:
            kerasave.uninstall()
        assert_same_model(model, loaded, x)
    assert h5py_calls == []
    assert leaked_patches() == []


def test_spy_sees_upstream(zoo_models, tmp_path, h5py_calls):
    # Sanity check of the spy itself: plain Keras does open h5py files.
    model, _ = zoo_models.get("mlp_dropout")
    model.save(tmp_path / "m.keras")
    assert len(h5py_calls) == 1
    keras.saving.load_model(tmp_path / "m.keras")
    assert len(h5py_calls) == 2


SAVERS = {
    "Model.save": lambda model, path: model.save(path),
    "keras.saving.save_model": lambda model, path: keras.saving.save_model(model, path),
    "keras.models.save_model": lambda model, path: keras.models.save_model(model, path),
    "saving_lib.save_model": lambda model, path: saving_lib.save_model(model, path),
}
LOADERS = {
    "keras.saving.load_model": lambda path: keras.saving.load_model(path),
    "keras.models.load_model": lambda path: keras.models.load_model(path),
    "saving_lib.load_model": lambda path: saving_lib.load_model(path),
}


@pytest.mark.parametrize("saver", list(SAVERS))
def test_save_entry_points_go_through_kerasave(saver, installed, zoo_models, tmp_path, h5py_calls):
    model, x = zoo_models.get("cnn_batchnorm")
    path = tmp_path / "m.keras"
    assert SAVERS[saver](model, path) is None
    assert h5py_calls == [], f"{saver} used Keras's own HDF5 writer"
    assert_same_model(model, kerasave.load_model(path), x)
    reference = tmp_path / "reference.keras"
    kerasave.save_model(model, reference)
    assert zip_members(path) == zip_members(reference)
    assert_same_h5_tree(path, reference)


@pytest.mark.parametrize("loader", list(LOADERS))
def test_load_entry_points_go_through_kerasave(loader, installed, zoo_models, tmp_path, h5py_calls):
    model, x = zoo_models.get("cnn_batchnorm")
    path = tmp_path / "m.keras"
    UPSTREAM_LIB_SAVE(model, path)  # patched names aside, still Keras's writer
    h5py_calls.clear()
    loaded = LOADERS[loader](path)
    assert h5py_calls == [], f"{loader} used Keras's own HDF5 reader"
    assert_same_model(model, loaded, x)


def test_installed_load_model_keeps_keras_arguments(installed, zoo_models, tmp_path):
    model, x = zoo_models.get("custom_unregistered")
    path = tmp_path / "m.keras"
    model.save(path)
    with pytest.raises(TypeError):
        keras.saving.load_model(path)
    loaded = keras.models.load_model(
        path,
        custom_objects={"UnregisteredScale": type(model.layers[1])},
        compile=False,
        safe_mode=True,
    )
    assert_same_model(model, loaded, x)

    lam, x_lam = zoo_models.get("lambda_layer")
    model_path = tmp_path / "lambda.keras"
    lam.save(model_path)
    with pytest.raises(ValueError, match="arbitrary code execution"):
        keras.saving.load_model(model_path)
    assert_same_model(lam, keras.saving.load_model(model_path, safe_mode=False), x_lam)


def test_installed_overwrite_false(installed, zoo_models, tmp_path, monkeypatch):
    from keras.src.utils import io_utils

    model, _ = zoo_models.get("mlp_dropout")
    path = tmp_path / "m.keras"
    path.write_bytes(b"keep me")
    monkeypatch.setattr(io_utils, "ask_to_proceed_with_overwrite", lambda fp: False)
    assert model.save(path, overwrite=False) is None
    assert path.read_bytes() == b"keep me"


@pytest.mark.parametrize("suffix", [".h5", ".hdf5"])
def test_legacy_h5_goes_through_kerasave(suffix, installed, zoo_models, tmp_path, h5py_calls):
    model, x = zoo_models.get("cnn_batchnorm")
    path = tmp_path / f"legacy{suffix}"
    model.save(path)
    assert not zipfile.is_zipfile(path)
    assert_same_predictions(model, keras.saving.load_model(path), x)
    assert_same_predictions(model, keras.models.load_model(path), x)
    assert not h5py_calls, "legacy .h5 files are read and written by kerasave, not h5py"
    with h5py.File(path, "r") as f:
        assert "model_weights" in f
    kerasave.uninstall()
    assert_same_predictions(model, UPSTREAM_LOAD(path), x)


def test_unzipped_directory_falls_back(installed, zoo_models, tmp_path):
    model, x = zoo_models.get("mlp_dropout")
    path = tmp_path / "as_dir"
    keras.saving.save_model(model, path, zipped=False)
    assert (path / "config.json").exists()
    assert_same_model(model, keras.saving.load_model(path), x)


def test_installed_files_load_in_plain_keras(zoo_models, tmp_path):
    model, x = zoo_models.get("attention_layernorm")
    path = tmp_path / "m.keras"
    kerasave.install()
    try:
        model.save(path)
    finally:
        kerasave.uninstall()
    assert_same_model(model, UPSTREAM_LOAD(path), x)
    buf = io.BytesIO()
    UPSTREAM_LIB_SAVE(model, buf)
    assert zip_members(path) == zip_members(buf.getvalue())


def test_upstream_entry_points_untouched_after_uninstall(zoo_models, tmp_path):
    model, x = zoo_models.get("mlp_dropout")
    kerasave.install()
    kerasave.uninstall()
    assert keras.saving.save_model is UPSTREAM_SAVE
    assert saving_lib.load_model is UPSTREAM_LIB_LOAD
    assert keras.src.saving.load_model is ORIGINALS[(keras.src.saving, "load_model")]
    model.save(tmp_path / "m.keras")
    assert_same_model(model, keras.saving.load_model(tmp_path / "m.keras"), x)


WEIGHT_SAVERS = {
    "Model.save_weights": lambda model, path, **kw: model.save_weights(path, **kw),
    "keras.saving.save_weights": lambda model, path, **kw: keras.saving.save_weights(
        model, path, **kw
    ),
    "saving_lib.save_weights_only": lambda model, path, **kw: saving_lib.save_weights_only(
        model, path, kw.get("max_shard_size")
    ),
}
WEIGHT_LOADERS = {
    "Model.load_weights": lambda model, path: model.load_weights(path),
    "keras.saving.load_weights": lambda model, path: keras.saving.load_weights(model, path),
    "saving_lib.load_weights_only": lambda model, path: saving_lib.load_weights_only(model, path),
}


@pytest.mark.parametrize("sharded", [False, True], ids=["single", "sharded"])
@pytest.mark.parametrize("saver", list(WEIGHT_SAVERS))
def test_weights_entry_points_go_through_kerasave(
    saver, sharded, installed, zoo_models, tmp_path, h5py_calls
):
    model, x = zoo_models.get("cnn_batchnorm")
    name, kwargs = ("m.weights.json", {"max_shard_size": 1e-4}) if sharded else ("m.weights.h5", {})
    path = tmp_path / name
    assert WEIGHT_SAVERS[saver](model, path, **kwargs) is None
    for loader in WEIGHT_LOADERS.values():
        fresh, _ = zoo.ZOO["cnn_batchnorm"].build()
        for v in fresh.variables:
            v.assign(np.zeros(v.shape, dtype=v.dtype))
        loader(fresh, path)
        assert_same_weights(model, fresh)
        assert_same_predictions(model, fresh, x)
    assert h5py_calls == [], f"{saver} used Keras's own HDF5 code"
