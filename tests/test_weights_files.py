"""Weights-only files (`.weights.h5`, sharded `.weights.json`, weights from a `.keras`),
unzipped model directories, file objects and assets, each compared with upstream Keras in
both directions."""

import json
import os
import re
import warnings

import keras
import kerasave
import numpy as np
import pytest
import zoo
from conftest import (
    UPSTREAM_LIB_SAVE,
    UPSTREAM_LOAD,
    UPSTREAM_LOAD_WEIGHTS,
    UPSTREAM_SAVE,
    UPSTREAM_SAVE_WEIGHTS,
    assert_same_h5_tree,
    assert_same_model,
    assert_same_predictions,
    assert_same_weights,
    h5_values,
    read_member,
    to_numpy,
    zip_members,
)
from keras import layers
from keras.src.saving import saving_lib
from keras.src.utils import io_utils

NAMES = list(zoo.ZOO)


def _variables(model):
    optimizer = getattr(model, "optimizer", None)
    return list(model.variables) + (list(optimizer.variables) if optimizer is not None else [])


def blank(name):
    """A fresh zoo model `name` whose every variable is zero: loading must fill it."""
    model, x = zoo.ZOO[name].build()
    for v in _variables(model):
        v.assign(np.zeros(v.shape, dtype=v.dtype))
    return model, x


def assert_same_values(path1, path2):
    v1, v2 = h5_values(path1), h5_values(path2)
    assert list(v1) == list(v2)
    for key in v1:
        np.testing.assert_array_equal(v1[key], v2[key], err_msg=key, strict=True)


def outcome(fn, *args, **kwargs):
    """(exception type or None, message) of calling fn."""
    try:
        fn(*args, **kwargs)
    except Exception as e:  # noqa: BLE001 - comparing exception types
        return type(e), str(e)
    return None, ""


# --- .weights.h5 ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_weights_h5_like_upstream(name, zoo_models, tmp_path):
    model, x = zoo_models.get(name)
    ks, up = tmp_path / "ks.weights.h5", tmp_path / "up.weights.h5"
    assert kerasave.save_weights(model, ks) is None
    UPSTREAM_SAVE_WEIGHTS(model, up)
    assert_same_h5_tree(ks, up)
    assert_same_values(ks, up)
    for path, load in [
        (up, kerasave.load_weights),
        (ks, kerasave.load_weights),
        (ks, UPSTREAM_LOAD_WEIGHTS),
    ]:
        fresh, _ = blank(name)
        assert load(fresh, path) is None
        assert_same_weights(model, fresh)
        assert_same_predictions(model, fresh, x)


@pytest.mark.parametrize("writer", ["kerasave", "upstream"])
def test_load_weights_from_keras_archive(writer, zoo_models, tmp_path):
    model, x = zoo_models.get("adam_after_fit")
    path = tmp_path / "m.keras"
    (kerasave.save_model if writer == "kerasave" else UPSTREAM_SAVE)(model, path)
    fresh, _ = blank("adam_after_fit")
    assert kerasave.load_weights(fresh, path) is None
    assert_same_weights(model, fresh)
    assert_same_predictions(model, fresh, x)


def _two_dense(inputs=3):
    model = keras.Sequential(
        [keras.Input((inputs,)), layers.Dense(4, name="a"), layers.Dense(2, name="b")]
    )
    for i, v in enumerate(model.variables):
        v.assign(np.full(v.shape, i + 1.5, dtype="float32"))
    return model


@pytest.mark.parametrize("suffix", [".weights.h5", ".keras"])
def test_skip_mismatch_like_upstream(suffix, tmp_path):
    path = tmp_path / f"m{suffix}"
    saved = _two_dense()
    (saved.save_weights if suffix == ".weights.h5" else saved.save)(path)
    results = {}
    for label, load in [("upstream", UPSTREAM_LOAD_WEIGHTS), ("kerasave", kerasave.load_weights)]:
        target = _two_dense(inputs=6)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            load(target, path, skip_mismatch=True)
        # Variable paths carry the auto-numbered model name.
        messages = [
            re.sub(r"sequential_\d+", "sequential", str(w.message))
            for w in caught
            if "could not be loaded" in str(w.message)
        ]
        error = outcome(load, _two_dense(inputs=6), path)
        error = (error[0], re.sub(r"sequential_\d+", "sequential", error[1]))
        results[label] = (messages, error, [v.numpy() for v in target.variables])
    up, ks = results["upstream"], results["kerasave"]
    assert len(up[0]) == 1 and ks[0] == up[0]
    assert up[1][0] is ValueError and ks[1] == up[1]
    for a, b in zip(up[2], ks[2], strict=True):
        np.testing.assert_array_equal(a, b)
    # The matching layer was loaded, the mismatched one kept its own values.
    np.testing.assert_array_equal(ks[2][2], saved.layers[1].kernel.numpy())
    assert ks[2][0].shape == (6, 4) and (ks[2][0] == 1.5).all()


def test_objects_to_skip_like_upstream(tmp_path):
    model = _two_dense()
    ks, up = tmp_path / "ks.weights.h5", tmp_path / "up.weights.h5"
    kerasave.save_weights(model, ks, objects_to_skip=[model.layers[0]])
    UPSTREAM_SAVE_WEIGHTS(model, up, objects_to_skip=[model.layers[0]])
    assert_same_h5_tree(ks, up)
    full = tmp_path / "full.weights.h5"
    model.save_weights(full)
    for load in (UPSTREAM_LOAD_WEIGHTS, kerasave.load_weights):
        target = _two_dense()
        for v in target.variables:
            v.assign(np.zeros(v.shape, dtype=v.dtype))
        load(target, full, objects_to_skip=[target.layers[1]])
        np.testing.assert_array_equal(target.layers[0].kernel.numpy(), model.layers[0].kernel)
        assert not target.layers[1].kernel.numpy().any()


# --- sharded ------------------------------------------------------------------------------------


def _shard_names(directory, base):
    return sorted(n for n in os.listdir(directory) if n.startswith(f"{base}_"))


@pytest.mark.parametrize("name", ["cnn_batchnorm", "adam_after_fit", "all_dtypes", "bfloat16"])
def test_sharded_like_upstream(name, zoo_models, tmp_path):
    model, x = zoo_models.get(name)
    largest = max(np.asarray(v.numpy()).nbytes for v in _variables(model))
    max_shard_size = 1.5 * largest / 1024**3
    (tmp_path / "ks").mkdir()
    (tmp_path / "up").mkdir()
    ks, up = tmp_path / "ks" / "m.weights.json", tmp_path / "up" / "m.weights.json"
    assert kerasave.save_weights(model, ks, max_shard_size=max_shard_size) is None
    UPSTREAM_SAVE_WEIGHTS(model, up, max_shard_size=max_shard_size)
    ks_map, up_map = json.loads(ks.read_text()), json.loads(up.read_text())
    assert ks.read_text() == up.read_text()
    shards = _shard_names(tmp_path / "up", "m")
    assert len(shards) > 1
    assert sorted(os.listdir(tmp_path / "ks")) == sorted(os.listdir(tmp_path / "up"))
    for shard in shards:
        assert_same_h5_tree(tmp_path / "ks" / shard, tmp_path / "up" / shard)
        assert_same_values(tmp_path / "ks" / shard, tmp_path / "up" / shard)
    assert ks_map == up_map
    for path, load in [
        (up, kerasave.load_weights),
        (ks, kerasave.load_weights),
        (ks, UPSTREAM_LOAD_WEIGHTS),
    ]:
        fresh, _ = blank(name)
        load(fresh, path)
        assert_same_weights(model, fresh)
        assert_same_predictions(model, fresh, x)


def test_a_layer_split_over_two_shards_loads(tmp_path):
    model = keras.Sequential([keras.Input((64,)), layers.Dense(64, name="d")])
    model.layers[0].kernel.assign(np.arange(64 * 64, dtype="float32").reshape(64, 64))
    model.layers[0].bias.assign(np.arange(64, dtype="float32"))
    # Room for the kernel, not for the kernel and the bias: the bias opens a new shard.
    path = tmp_path / "m.weights.json"
    kerasave.save_weights(model, path, max_shard_size=(64 * 64 * 4 + 10) / 1024**3)
    weight_map = json.loads(path.read_text())["weight_map"]
    assert weight_map == {"/layers/dense/vars": ["m_00000.weights.h5", "m_00001.weights.h5"]}
    for load in (kerasave.load_weights, UPSTREAM_LOAD_WEIGHTS):
        fresh = keras.Sequential([keras.Input((64,)), layers.Dense(64, name="d")])
        load(fresh, path)
        assert_same_weights(model, fresh)


def test_sharding_warnings_and_errors_like_upstream(tmp_path):
    model = _two_dense()
    for label, save in [("up", UPSTREAM_SAVE_WEIGHTS), ("ks", kerasave.save_weights)]:
        (tmp_path / label).mkdir()
        with pytest.warns(UserWarning, match="renamed to") as record:
            save(model, tmp_path / label / "m.weights.h5", max_shard_size=1)
        assert str(record[0].message).replace(f"/{label}/", "/") == (
            "Saving sharded weights requires `*.json` as the extension. The original path: "
            f"{tmp_path}/m.weights.h5 will be renamed to {tmp_path}/m.weights.json."
        )
        assert sorted(os.listdir(tmp_path / label)) == ["m.weights.json", "m_00000.weights.h5"]
    up = outcome(
        UPSTREAM_SAVE_WEIGHTS, model, tmp_path / "up" / "x.weights.json", max_shard_size=1e-9
    )
    ks = outcome(
        kerasave.save_weights, model, tmp_path / "ks" / "x.weights.json", max_shard_size=1e-9
    )
    assert up[0] is ValueError and ks == up
    assert "exceeds the maximum shard size" in ks[1]
    for bad in ["m.weights.keras", "m.txt"]:
        up = outcome(UPSTREAM_SAVE_WEIGHTS, model, tmp_path / "up" / bad, max_shard_size=1)
        ks = outcome(kerasave.save_weights, model, tmp_path / "ks" / bad, max_shard_size=1)
        assert up[0] is ValueError and ks[0] is ValueError
        assert ks[1].replace("/ks/", "/") == up[1].replace("/up/", "/")
    # A missing shard fails as upstream's does.
    (tmp_path / "ks" / "m_00000.weights.h5").unlink()
    (tmp_path / "up" / "m_00000.weights.h5").unlink()
    up = outcome(UPSTREAM_LOAD_WEIGHTS, _two_dense(), tmp_path / "up" / "m.weights.json")
    ks = outcome(kerasave.load_weights, _two_dense(), tmp_path / "ks" / "m.weights.json")
    assert up[0] is not None and ks[0] is up[0]


# --- errors -------------------------------------------------------------------------------------


def _write(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda d: d / "missing.weights.h5",
        lambda d: _write(d / "empty.weights.h5", b""),
        lambda d: _write(d / "text.weights.h5", b"not hdf5 at all" * 10),
        lambda d: d / "missing.keras",
        lambda d: _write(d / "text.keras", b"not a zip"),
        lambda d: d / "missing.weights.json",
        lambda d: _write(d / "bad.weights.json", b"{not json"),
        lambda d: d / "m.txt",
        lambda d: d / "m.npz",
    ],
    ids=[
        "missing",
        "empty",
        "not-hdf5",
        "missing-keras",
        "not-zip",
        "missing-json",
        "bad-json",
        "txt",
        "npz",
    ],
)
def test_load_weights_errors_like_upstream(make, tmp_path):
    path = make(tmp_path)
    up = outcome(UPSTREAM_LOAD_WEIGHTS, _two_dense(), path)
    ks = outcome(kerasave.load_weights, _two_dense(), path)
    assert up[0] is not None
    assert ks[0] is up[0], (ks, up)
    assert ks[1]


def test_truncated_weights_file_raises(tmp_path):
    path = tmp_path / "m.weights.h5"
    _two_dense().save_weights(path)
    data = path.read_bytes()
    for cut in (8, len(data) // 3, len(data) // 2, len(data) - 100):
        _write(path, data[:cut])
        up = outcome(UPSTREAM_LOAD_WEIGHTS, _two_dense(), path)
        ks = outcome(kerasave.load_weights, _two_dense(), path)
        assert up[0] is not None and ks[0] is up[0], (cut, ks, up)


def test_unbuilt_model_and_bad_names_like_upstream(tmp_path):
    unbuilt = keras.Sequential([layers.Dense(2)])
    built = _two_dense()
    built.save_weights(tmp_path / "ok.weights.h5")
    cases = [
        (UPSTREAM_SAVE_WEIGHTS, kerasave.save_weights, unbuilt, "x.weights.h5", {}),
        (UPSTREAM_LOAD_WEIGHTS, kerasave.load_weights, unbuilt, "ok.weights.h5", {}),
        (UPSTREAM_SAVE_WEIGHTS, kerasave.save_weights, built, "x.h5.weights", {}),
        (UPSTREAM_LOAD_WEIGHTS, kerasave.load_weights, built, "ok.weights.h5", {"by_name": True}),
        (UPSTREAM_LOAD_WEIGHTS, kerasave.load_weights, built, "ok.weights.h5", {"bogus": 1}),
        (UPSTREAM_SAVE_WEIGHTS, kerasave.save_weights, built, "no/dir/x.weights.h5", {}),
    ]
    for upstream, ours, model, name, kwargs in cases:
        up = outcome(upstream, model, tmp_path / name, **kwargs)
        ks = outcome(ours, model, tmp_path / name, **kwargs)
        assert up[0] is not None and ks[0] is up[0], (name, kwargs, ks, up)
        if up[0] is ValueError:
            assert ks[1] == up[1]


def test_overwrite_false_asks(tmp_path, monkeypatch):
    model = _two_dense()
    path = _write(tmp_path / "m.weights.h5", b"keep me")
    monkeypatch.setattr(io_utils, "ask_to_proceed_with_overwrite", lambda fp: False)
    assert kerasave.save_weights(model, path, overwrite=False) is None
    assert path.read_bytes() == b"keep me"
    monkeypatch.setattr(io_utils, "ask_to_proceed_with_overwrite", lambda fp: True)
    kerasave.save_weights(model, path, overwrite=False)
    fresh = _two_dense()
    for v in fresh.variables:
        v.assign(np.zeros(v.shape))
    UPSTREAM_LOAD_WEIGHTS(fresh, path)
    assert_same_weights(model, fresh)


def test_failed_weights_save_leaves_previous_file(tmp_path):
    class Broken(layers.Dense):
        def save_own_variables(self, store):
            super().save_own_variables(store)
            raise RuntimeError("broken layer")

    model = keras.Sequential([keras.Input((3,)), layers.Dense(2), Broken(2)])
    path = _write(tmp_path / "m.weights.h5", b"previous")
    with pytest.raises(RuntimeError, match="broken layer"):
        kerasave.save_weights(model, path)
    assert path.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["m.weights.h5"]
    with pytest.raises(RuntimeError, match="broken layer"):
        kerasave.save_weights(model, tmp_path / "s.weights.json", max_shard_size=1)
    assert os.listdir(tmp_path) == ["m.weights.h5"]


# --- directories, file objects, assets ----------------------------------------------------------


@keras.saving.register_keras_serializable("kerasave_tests")
class Preprocessor(keras.Model):
    """Built-in layers that keep their state in assets (the lookups, TextVectorization) or
    in non-trainable variables (Normalization). The string layers need TensorFlow's string
    ops, so they are called on their own, not inside the JAX model."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.vectorize = layers.TextVectorization(max_tokens=20, output_sequence_length=4)
        self.string_lookup = layers.StringLookup(num_oov_indices=2)
        self.int_lookup = layers.IntegerLookup()
        self.norm = layers.Normalization()
        self.dense = layers.Dense(2)

    def call(self, x):
        return self.dense(self.norm(x))


def _preprocessing_model():
    model = Preprocessor()
    model.vectorize.adapt(["the quick brown fox", "jumps over", "the lazy dog", "fox fox dog"])
    model.string_lookup.adapt(["a", "b", "b", "c", "c", "c", "δ"])
    model.int_lookup.adapt(np.array([3, 1, 4, 1, 5, 9, 2, 6]))
    model.norm.adapt(np.arange(30, dtype="float32").reshape(10, 3) ** 1.5)
    model(np.zeros((1, 3), dtype="float32"))
    return model


def _preprocess(model):
    x = np.array([[1.0, 2.0, 3.0], [10.0, 20.0, 30.0]], dtype="float32")
    return {
        "vectorize": to_numpy(model.vectorize(np.array(["the fox", "unknown words"]))),
        "string_lookup": to_numpy(model.string_lookup(np.array(["c", "zzz", "δ"]))),
        "int_lookup": to_numpy(model.int_lookup(np.array([1, 7, 9]))),
        "model": to_numpy(model(x)),
    }


def _assert_same_preprocessing(model, loaded):
    for name in ("vectorize", "string_lookup", "int_lookup"):
        assert getattr(loaded, name).get_vocabulary() == getattr(model, name).get_vocabulary()
    expected, got = _preprocess(model), _preprocess(loaded)
    for key in expected:
        np.testing.assert_array_equal(expected[key], got[key], err_msg=key, strict=True)


def _tree_files(root):
    """{relative path: bytes} of every file under `root`."""
    return {
        os.path.relpath(os.path.join(d, f), root): open(os.path.join(d, f), "rb").read()
        for d, _dirs, files in os.walk(root)
        for f in files
    }


@pytest.mark.parametrize("form", ["archive", "directory"])
def test_preprocessing_assets_like_upstream(form, tmp_path):
    model = _preprocessing_model()
    name = "m.keras" if form == "archive" else "m_dir"
    zipped = form == "archive"
    ks, up = tmp_path / f"ks_{name}", tmp_path / f"up_{name}"
    kerasave.save_model(model, ks, zipped=zipped)
    UPSTREAM_SAVE(model, up, zipped=zipped)
    if zipped:
        assert zip_members(ks) == zip_members(up)
        assert len(zip_members(ks)) == 7
        for member in zip_members(ks)[3:]:
            assert read_member(ks, member) == read_member(up, member)
    else:
        ks_files, up_files = _tree_files(ks), _tree_files(up)
        assert sorted(ks_files) == sorted(up_files)
        assert len(ks_files) == 7
        for rel in ks_files:
            if rel not in ("metadata.json", "model.weights.h5"):
                assert ks_files[rel] == up_files[rel], rel
        assert_same_h5_tree(ks / "model.weights.h5", up / "model.weights.h5")
    for path in (ks, up):
        _assert_same_preprocessing(model, kerasave.load_model(path))
    _assert_same_preprocessing(model, UPSTREAM_LOAD(ks))


def test_relative_directory_keeps_its_assets(zoo_models, tmp_path, monkeypatch):
    # Upstream writes the assets of a relative `dirpath` into a temporary directory and
    # loses them; kerasave writes them where they belong.
    model, x = zoo_models.get("custom_assets")
    monkeypatch.chdir(tmp_path)
    kerasave.save_model(model, "rel_dir", zipped=False)
    assert (tmp_path / "rel_dir" / "assets" / "layers" / "vocab_layer" / "vocab.txt").exists()
    assert_same_model(model, kerasave.load_model("rel_dir"), x)
    assert_same_model(model, UPSTREAM_LOAD("rel_dir"), x)


def test_directory_errors_like_upstream(zoo_models, tmp_path):
    model, _ = zoo_models.get("mlp_dropout")
    d = tmp_path / "d"
    kerasave.save_model(model, d, zipped=False)
    (d / "model.weights.h5").unlink()
    up = outcome(UPSTREAM_LOAD, d)
    ks = outcome(kerasave.load_model, d)
    assert up[0] is not None and ks[0] is up[0]
    (d / "config.json").unlink()
    up = outcome(UPSTREAM_LOAD, d)
    ks = outcome(kerasave.load_model, d)
    assert up[0] is ValueError and ks == up


def test_open_binary_file_like_upstream(zoo_models, tmp_path):
    model, x = zoo_models.get("custom_assets")
    ks, up = tmp_path / "ks.keras", tmp_path / "up.keras"
    kerasave.install()
    try:
        with open(ks, "wb") as f:
            assert saving_lib.save_model(model, f) is None
        UPSTREAM_LIB_SAVE(model, up)
        with open(up, "rb") as f:
            from_upstream = saving_lib.load_model(f)
        with open(ks, "rb") as f:
            from_kerasave = saving_lib.load_model(f)
    finally:
        kerasave.uninstall()
    assert_same_model(model, from_upstream, x)
    assert_same_model(model, from_kerasave, x)
    assert_same_model(model, UPSTREAM_LOAD(ks), x)


def test_asset_older_than_1980_fails_like_upstream(tmp_path, monkeypatch):
    """A zip entry cannot record a time before 1980: upstream's `ZipFile.write` raises
    ValueError for such an asset file, and so does kerasave (leaving no file)."""
    import zoo as zoo_module

    model, _ = zoo_module.ZOO["custom_assets"].build()
    real = os.path.getmtime

    def save_assets_old(self, dir_path, _orig=zoo_module.VocabLayer.save_assets):
        _orig(self, dir_path)
        for name in os.listdir(dir_path):
            os.utime(os.path.join(dir_path, name), (0, 0))

    monkeypatch.setattr(zoo_module.VocabLayer, "save_assets", save_assets_old)
    results = {}
    for label, save in [
        ("upstream", UPSTREAM_LIB_SAVE),
        ("kerasave", kerasave.api.lib_save_model),
    ]:
        target = tmp_path / f"{label}.keras"
        results[label] = outcome(save, model, str(target))
    assert real is os.path.getmtime
    assert results["upstream"][0] is ValueError, results
    assert results["kerasave"][0] is ValueError, results
    assert not (tmp_path / "kerasave.keras").exists()
