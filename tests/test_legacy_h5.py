"""Legacy HDF5 model and weights files (`.h5`): kerasave against upstream's
`keras.src.legacy.saving.legacy_h5_format`, both directions, and files written by real
Keras 2 (tf.keras 2.15, `tests/legacy/keras2/`, made by `tests/legacy/make_keras2.py`)."""

import io
import json
import logging
import os
import re
import shutil
import warnings

import h5py
import keras
import kerasave
import numpy as np
import pytest
import zoo
from conftest import (
    KERAS2,
    KERAS2_EXPECTED,
    KERAS2_NAMES,
    UPSTREAM_LOAD_WEIGHTS,
    assert_keras2_predictions,
    assert_same_h5_tree,
    assert_same_model,
    assert_same_predictions,
    assert_same_weights,
    h5_values,
    keras2_inputs,
    predict,
)
from keras import layers
from keras.src.legacy.saving import legacy_h5_format
from keras.src.utils import io_utils
from kerasave import legacy

UPSTREAM_SAVE_H5 = legacy_h5_format.save_model_to_hdf5
UPSTREAM_LOAD_H5 = legacy_h5_format.load_model_from_hdf5

NAMES = list(zoo.ZOO)


def outcome(fn, *args, **kwargs):
    """(result or None, exception type or None, message) of calling fn."""
    try:
        return fn(*args, **kwargs), None, ""
    except Exception as e:  # noqa: BLE001 - comparing exception types
        return None, type(e), str(e)


def assert_same_values(path1, path2):
    v1, v2 = h5_values(path1), h5_values(path2)
    assert list(v1) == list(v2)
    for key in v1:
        np.testing.assert_array_equal(v1[key], v2[key], err_msg=key, strict=True)


def assert_same_outcome(up, ks):
    """Both loads failed alike (type and message), or both succeeded."""
    assert ks[1] is up[1], (up[1:], ks[1:])
    if up[1] is not None:
        assert ks[2] == up[2]
    return up[0], ks[0]


# --- the zoo, both directions ------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_h5_like_upstream(name, zoo_models, tmp_path):
    # Upstream's save strips the optimizer from a compiled model's compile config (kerasave's
    # does not): a compiled model is built afresh.
    model, x = zoo.ZOO[name].build() if zoo.ZOO[name].compiled else zoo_models.get(name)
    up, ks = tmp_path / "up.h5", tmp_path / "ks.h5"
    legacy.save_model_to_hdf5(model, ks)
    UPSTREAM_SAVE_H5(model, up)
    assert_same_h5_tree(up, ks)
    assert_same_values(up, ks)

    kwargs = zoo.ZOO[name].load_kwargs
    for path in (up, ks):
        expected = outcome(UPSTREAM_LOAD_H5, path, **kwargs)
        ours = outcome(kerasave.load_model, path, **kwargs)
        if name in ("bfloat16", "all_dtypes"):
            # Upstream cannot assign the opaque bytes h5py reads back (TypeError); kerasave
            # reads them as the bfloat16 they are.
            assert expected[1] is TypeError and ours[1] is None, ours[1:]
            _check_bfloat16_load(model, ours[0], x)
            continue
        if expected[1] is ValueError and "keras.metrics.mse" in expected[2]:
            # Upstream cannot compile from the loss "mse" it saved; kerasave.migrate names it
            # by the function's own name. The model is what upstream loads from the file
            # with that one name changed.
            assert ours[1] is None, ours[1:]
            assert ours[0].loss is keras.losses.mean_squared_error
            renamed = tmp_path / "renamed.h5"
            shutil.copy(path, renamed)
            with h5py.File(renamed, "r+") as f:
                config = json.loads(f.attrs["training_config"])
                config["loss"] = "mean_squared_error"
                f.attrs["training_config"] = json.dumps(config)
            upstream_model = UPSTREAM_LOAD_H5(renamed, **kwargs)
            assert_same_weights(upstream_model, ours[0])
            assert_same_predictions(upstream_model, ours[0], x)
            continue
        upstream_model, loaded = assert_same_outcome(expected, ours)
        if loaded is None:
            continue
        if name == "custom_assets":
            # Assets have no place in a legacy file (upstream loses them too).
            assert zoo.vocabs(loaded) == zoo.vocabs(upstream_model) == {"vocab": []}
            for a, b in zip(model.weights, loaded.weights, strict=True):
                np.testing.assert_array_equal(a.numpy(), b.numpy())
            continue
        assert_same_weights(upstream_model, loaded)
        assert_same_model(model, loaded, x)


def _check_bfloat16_load(model, loaded, x):
    """Weights equal to what was saved (the raw non-variable state of `all_dtypes` is not
    in a legacy file, as upstream)."""
    assert [v.dtype for v in loaded.weights] == [v.dtype for v in model.weights]
    for a, b in zip(model.weights, loaded.weights, strict=True):
        np.testing.assert_array_equal(np.asarray(a.numpy()), np.asarray(b.numpy()))
    if model.name == "bfloat16_model":
        np.testing.assert_array_equal(predict(model, x), predict(loaded, x))


def test_compiled_model_like_upstream(tmp_path):
    """Training config and optimizer state, as upstream restores them."""
    model = keras.Sequential([keras.Input((6,)), layers.Dense(8), layers.Dense(1)])
    # Upstream cannot compile from a saved loss="mse" (it looks for keras.metrics.mse).
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="mean_squared_error",
        metrics=["mae"],
    )
    x, y = zoo.adam_data()
    model.fit(x, y, epochs=1, batch_size=8, shuffle=False, verbose=0)
    up, ks = tmp_path / "up.h5", tmp_path / "ks.h5"
    compile_config = model.get_compile_config()
    kerasave.save_model(model, ks)
    # Upstream's save pops the optimizer out of the model's compile config; kerasave's
    # leaves the model as it was.
    assert model.get_compile_config() == compile_config
    UPSTREAM_SAVE_H5(model, up)
    assert "optimizer" not in model._compile_config.config
    assert_same_h5_tree(up, ks)
    assert_same_values(up, ks)
    with h5py.File(ks) as f:
        assert "optimizer_weights" in f and "training_config" in f.attrs
    for path in (up, ks):
        a, b = UPSTREAM_LOAD_H5(path), kerasave.load_model(path)
        assert_same_weights(a, b)
        for v, w in zip(model.weights, b.weights, strict=True):
            np.testing.assert_array_equal(v.numpy(), w.numpy())
        # Upstream builds the optimizer on the model's own variables (none here), so only
        # the iteration count and learning rate come back; kerasave does the same.
        assert b.compiled and b.optimizer.iterations.numpy() == 2
        assert len(b.optimizer.variables) == len(a.optimizer.variables) == 2
    # include_optimizer=False and compile=False, as upstream.
    UPSTREAM_SAVE_H5(model, up, include_optimizer=False)
    kerasave.save_model(model, ks, include_optimizer=False)
    assert_same_h5_tree(up, ks)
    loaded = kerasave.load_model(ks, compile=False)
    assert not loaded.compiled


def test_model_save_and_keras_load_model_use_kerasave(zoo_models, tmp_path, monkeypatch):
    model, x = zoo_models.get("cnn_batchnorm")
    calls = []
    native_open = kerasave._native.H5File.open
    native_legacy = kerasave._native.LegacySaver

    class Spy:
        @staticmethod
        def open(*a):
            calls.append("open")
            return native_open(*a)

        @staticmethod
        def save(*a):
            calls.append("save")
            return native_legacy(*a)

    monkeypatch.setattr(kerasave._native, "H5File", type("H5", (), {**vars(Spy)}))
    monkeypatch.setattr(kerasave._native, "LegacySaver", Spy.save)
    kerasave.install()
    try:
        model.save(tmp_path / "m.h5")
        loaded = keras.saving.load_model(tmp_path / "m.h5")
        fresh = zoo.ZOO["cnn_batchnorm"].build()[0]
        fresh.load_weights(tmp_path / "m.h5")
        direct = legacy_h5_format.load_model_from_hdf5(str(tmp_path / "m.h5"))
    finally:
        kerasave.uninstall()
    assert calls == ["save", "open", "open", "open"]
    for other in (loaded, fresh, direct):
        assert_same_model(model, other, x)


def test_save_format_and_overwrite_like_upstream(zoo_models, tmp_path, monkeypatch):
    model, _ = zoo_models.get("mlp_dropout")
    path = tmp_path / "m.hdf5"
    path.write_bytes(b"keep me")
    monkeypatch.setattr(io_utils, "ask_to_proceed_with_overwrite", lambda fp: False)
    assert kerasave.save_model(model, path, overwrite=False, save_format="h5") is None
    assert path.read_bytes() == b"keep me"
    monkeypatch.setattr(io_utils, "ask_to_proceed_with_overwrite", lambda fp: True)
    kerasave.save_model(model, path, overwrite=False, save_format="h5")
    assert_same_weights(model, UPSTREAM_LOAD_H5(path))
    with pytest.raises(ValueError, match="not supported"):
        kerasave.save_model(model, tmp_path / "x.h5", bogus=1)


def test_failed_save_leaves_previous_file(tmp_path):
    class Broken(layers.Dense):
        @property
        def trainable_weights(self):
            raise RuntimeError("broken layer")

    model = keras.Sequential([keras.Input((3,)), layers.Dense(2), Broken(2)])
    path = tmp_path / "m.h5"
    path.write_bytes(b"previous")
    with pytest.raises(RuntimeError, match="broken layer"):
        kerasave.save_model(model, path)
    assert path.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["m.h5"]


# --- attributes larger than an HDF5 object header ------------------------------------------


class ManyWeights(layers.Layer):
    """A layer with enough long weight names that `weight_names` must be split."""

    def build(self, input_shape):
        self.ws = [
            self.add_weight(shape=(1,), initializer="ones", name=f"w{i:04d}_{'x' * 60}")
            for i in range(1100)
        ]

    def call(self, x):
        return x + self.ws[0] + self.ws[-1]


def test_split_attributes_like_upstream(tmp_path):
    model = keras.Sequential([keras.Input((1,)), ManyWeights(name="many")])
    rng = np.random.default_rng(0)
    for v in model.weights:
        v.assign(rng.normal(size=(1,)).astype("float32"))
    up, ks = tmp_path / "up.h5", tmp_path / "ks.h5"
    UPSTREAM_SAVE_H5(model, up)
    legacy.save_model_to_hdf5(model, ks)
    assert_same_h5_tree(up, ks)
    with h5py.File(ks) as f:
        names = sorted(f["model_weights/many"].attrs)
        assert names == ["weight_names0", "weight_names1"]
    fresh = keras.Sequential([keras.Input((1,)), ManyWeights(name="many")])
    kerasave.load_weights(fresh, up)
    assert_same_weights(model, fresh)

    class Huge(layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(1,), name="w" * 70000)

    huge = keras.Sequential([keras.Input((1,)), Huge()])
    expected = outcome(UPSTREAM_SAVE_H5, huge, tmp_path / "h_up.h5")
    ours = outcome(legacy.save_model_to_hdf5, huge, tmp_path / "h_ks.h5")
    assert expected[1] is RuntimeError and ours[1] is RuntimeError
    assert ours[2] == expected[2]
    assert not (tmp_path / "h_ks.h5").exists()


# --- weights ----------------------------------------------------------------------------


def _two_dense(inputs=3, names=("a", "b")):
    model = keras.Sequential(
        [keras.Input((inputs,)), layers.Dense(4, name=names[0]), layers.Dense(2, name=names[1])]
    )
    for i, v in enumerate(model.variables):
        v.assign(np.full(v.shape, i + 1.5, dtype="float32"))
    return model


def _load_both(make, path, **kwargs):
    """Loads `path` into a model from `make()` with upstream and with kerasave: the warnings,
    the outcome and the variables of each."""
    results = []
    for load in (UPSTREAM_LOAD_WEIGHTS, kerasave.load_weights):
        target = make()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            _, error, message = outcome(load, target, path, **kwargs)
        messages = [re.sub(r"sequential_\d+", "sequential", str(w.message)) for w in caught]
        message = re.sub(r"sequential_\d+", "sequential", message)
        results.append((messages, error, message, [v.numpy() for v in target.variables]))
    return results


@pytest.mark.parametrize(
    "make,kwargs",
    [
        (lambda: _two_dense(), {}),
        (lambda: _two_dense(), {"by_name": True}),
        (lambda: _two_dense(names=("b", "c")), {"by_name": True}),
        (lambda: _two_dense(inputs=6), {}),
        (lambda: _two_dense(inputs=6), {"skip_mismatch": True}),
        (lambda: _two_dense(inputs=6), {"by_name": True}),
        (lambda: _two_dense(inputs=6), {"by_name": True, "skip_mismatch": True}),
        (lambda: keras.Sequential([keras.Input((3,)), layers.Dense(4)]), {}),
        (lambda: keras.Sequential([keras.Input((3,)), layers.Dense(4, name="a")]), {}),
    ],
)
@pytest.mark.parametrize("whole_model", [False, True])
def test_load_weights_like_upstream(make, kwargs, whole_model, tmp_path):
    saved = _two_dense()
    for v in saved.variables:
        v.assign(v.numpy() * 3)
    path = tmp_path / "w.h5"
    if whole_model:
        UPSTREAM_SAVE_H5(saved, path)
    else:
        # What Keras 2's save_weights wrote: the weights group at the root.
        with h5py.File(path, "w") as f:
            legacy_h5_format.save_weights_to_hdf5_group(f, saved)
    up, ks = _load_both(make, path, **kwargs)
    assert ks[0] == up[0]
    assert ks[1:3] == up[1:3]
    if up[1] is None:
        for a, b in zip(up[3], ks[3], strict=True):
            np.testing.assert_array_equal(a, b)


def test_load_weights_arguments_like_upstream(tmp_path):
    saved = _two_dense()
    path = tmp_path / "w.h5"
    UPSTREAM_SAVE_H5(saved, path)
    for kwargs in ({"objects_to_skip": [saved.layers[0]]}, {"bogus": 1}):
        up = outcome(UPSTREAM_LOAD_WEIGHTS, _two_dense(), path, **kwargs)
        ks = outcome(kerasave.load_weights, _two_dense(), path, **kwargs)
        assert ks[1] is ValueError and ks[1:] == up[1:]


# --- Keras 2 files ---------------------------------------------------------------------------


# What upstream Keras 3 refuses in these files, which kerasave loads (kerasave.migrate).
KERAS2_REFUSED = {
    "adam_after_fit": "keras.metrics.mse",
    "attention_layernorm": "MultiHeadAttention",
    "nested_shared": "Invalid Functional model configuration",
    "rnn_embedding_lstm_gru": "time_major",
    "mixed_precision": "quantization_mode",
    "wrappers": "time_major",
}


@pytest.mark.parametrize("name", KERAS2_NAMES)
def test_keras2_model(name, caplog):
    """Every Keras 2 model loads with tf.keras's predictions; upstream's outcome is matched
    where upstream loads the file, and the refusals kerasave overcomes are upstream's."""
    path = os.path.join(KERAS2, f"{name}.h5")
    up = outcome(UPSTREAM_LOAD_H5, path)
    with caplog.at_level(logging.DEBUG, logger="kerasave.migrate"):
        ks = outcome(kerasave.load_model, path)
    assert ks[1] is None, ks[2]
    loaded = ks[0]
    rewrites = [r.getMessage() for r in caplog.records if r.name == "kerasave.migrate"]
    if name in KERAS2_REFUSED:
        assert up[1] is not None and KERAS2_REFUSED[name] in up[2]
        assert rewrites, "each rewrite is logged"
    else:
        # Where upstream loads the file, the model is upstream's.
        assert up[1] is None, up[2]
        assert_same_weights(up[0], loaded)
        np.testing.assert_array_equal(
            predict(up[0], keras2_inputs(name)), predict(loaded, keras2_inputs(name))
        )
    assert_keras2_predictions(name, loaded)


def test_keras2_migration_weights_land_where_tf_keras_put_them():
    """The rewritten models hold exactly the weights of the file, layer by layer."""
    for name in KERAS2_REFUSED:
        path = os.path.join(KERAS2, f"{name}.h5")
        model = kerasave.load_model(path, compile=False)
        with h5py.File(path, "r") as f:
            group = f["model_weights"]
            for layer in model.layers:
                names = [
                    n.decode() if isinstance(n, bytes) else n
                    for n in group[layer.name].attrs["weight_names"]
                ]
                stored = [group[layer.name][n][()] for n in names]
                assert len(stored) == len(layer.weights), layer.name
                for a, w in zip(stored, layer.weights, strict=True):
                    np.testing.assert_array_equal(a, w.numpy(), err_msg=f"{name}/{w.path}")


def test_keras2_time_major_true_is_refused_naming_it(tmp_path):
    path = tmp_path / "time_major.h5"
    shutil.copy(os.path.join(KERAS2, "rnn_embedding_lstm_gru.h5"), path)
    with h5py.File(path, "r+") as f:
        config = json.loads(f.attrs["model_config"])
        for layer in config["config"]["layers"]:
            if layer["class_name"] == "LSTM":
                layer["config"]["time_major"] = True
        f.attrs["model_config"] = json.dumps(config)
    with pytest.raises(ValueError, match=r"'rnn/lstm' \(LSTM\).*time_major=True"):
        kerasave.load_model(path)


def test_keras3_loss_alias(tmp_path):
    """Keras 3 writes a loss compiled as "mse" by that name and cannot read it back."""
    model = _two_dense()
    model.compile(optimizer="adam", loss="mse", metrics=["mae"])
    path = tmp_path / "m.h5"
    UPSTREAM_SAVE_H5(model, path)
    up = outcome(UPSTREAM_LOAD_H5, path)
    assert up[1] is ValueError and "keras.metrics.mse" in up[2]
    loaded = kerasave.load_model(path)
    assert loaded.loss is keras.losses.mean_squared_error
    assert_same_weights(model, loaded)


@pytest.mark.parametrize("by_name", [False, True])
@pytest.mark.parametrize("name", [n for n in KERAS2_NAMES if n in zoo.ZOO])
def test_keras2_weights_like_upstream(name, by_name):
    """`save_weights` files of Keras 2 into the zoo's Keras 3 model of the same layers."""
    path = os.path.join(KERAS2, f"{name}_weights.h5")
    # The same layer names in both (clear_session restarts the automatic names).
    keras.backend.clear_session()
    up = zoo.ZOO[name].build()[0]
    keras.backend.clear_session()
    ks = zoo.ZOO[name].build()[0]
    UPSTREAM_LOAD_WEIGHTS(up, path, by_name=by_name)
    kerasave.load_weights(ks, path, by_name=by_name)
    assert_same_weights(up, ks)
    if not by_name:
        # Keras 2 named the layers otherwise: by name, nothing matches.
        y = predict(ks, keras2_inputs(name))
        np.testing.assert_allclose(y, KERAS2_EXPECTED[f"{name}/y"], rtol=1e-5, atol=1e-6)


def test_keras2_fixtures_are_keras2():
    with h5py.File(os.path.join(KERAS2, "mlp_dropout.h5")) as f:
        assert f.attrs["keras_version"] == "2.15.0"
        assert f.attrs["backend"] == "tensorflow"


# --- h5py objects, file objects, bad input ---------------------------------------------------


def test_h5py_file_and_file_objects(zoo_models, tmp_path):
    model, x = zoo_models.get("nested_shared")
    path = tmp_path / "m.h5"
    kerasave.save_model(model, path)
    with h5py.File(path, "r") as f:
        assert_same_model(model, kerasave.load_model(f), x)
    with h5py.File(path, "r+") as f:
        assert_same_model(model, legacy.load_model_from_hdf5(f), x)
    image = path.read_bytes()
    memory = h5py.File(tmp_path / "memory.h5", "w", driver="core", backing_store=False)
    with h5py.File(io.BytesIO(image), "r") as src:
        for key, value in src.attrs.items():
            memory.attrs[key] = value
        for key in src:
            src.copy(src[key], memory, key)
    assert_same_model(model, kerasave.load_model(memory), x)
    memory.close()
    with open(path, "rb") as f:
        assert_same_model(model, legacy.load_model_from_hdf5(f), x)
    # Saving into an open h5py.File (as tf.keras allowed) goes through h5py.
    with h5py.File(tmp_path / "into.h5", "w") as f:
        kerasave.save_model(model, f)
    assert_same_h5_tree(path, tmp_path / "into.h5")


def _bad_files(tmp_path, zoo_models):
    model, _ = zoo_models.get("mlp_dropout")
    good = tmp_path / "good.h5"
    UPSTREAM_SAVE_H5(model, good)
    files = {"missing": tmp_path / "missing.h5"}
    (tmp_path / "text.h5").write_text("not hdf5")
    files["text"] = tmp_path / "text.h5"
    cut = good.read_bytes()
    (tmp_path / "cut.h5").write_bytes(cut[: len(cut) // 2])
    files["cut"] = tmp_path / "cut.h5"
    with h5py.File(tmp_path / "weights_only.h5", "w") as f:
        legacy_h5_format.save_weights_to_hdf5_group(f, model)
    files["no_config"] = tmp_path / "weights_only.h5"

    def copy_of(name, edit, weights=True):
        """`good` copied to `name` (its attributes, and its weights unless not `weights`),
        then changed by `edit(file, last layer group with weights)`."""
        with h5py.File(tmp_path / name, "w") as f, h5py.File(good) as g:
            for k, v in g.attrs.items():
                f.attrs[k] = v
            if weights:
                g.copy(g["model_weights"], f, "model_weights")
                groups = f["model_weights"]
                layer = [n for n in groups if len(groups[n].attrs.get("weight_names", []))]
                edit(f, groups[layer[-1]])
        return tmp_path / name

    files["no_weights"] = copy_of("no_weights.h5", None, weights=False)

    def drop_weight(f, group):  # a weight listed in weight_names but absent
        del group[list(group.attrs["weight_names"])[0]]

    files["missing_weight"] = copy_of("missing_weight.h5", drop_weight)

    def drop_name(f, group):  # one weight fewer than the layer has
        group.attrs["weight_names"] = list(group.attrs["weight_names"])[:-1]

    files["short"] = copy_of("short.h5", drop_name)
    return files


def test_bad_files_like_upstream(zoo_models, tmp_path):
    for label, path in _bad_files(tmp_path, zoo_models).items():
        up = outcome(UPSTREAM_LOAD_H5, str(path))
        ks = outcome(kerasave.load_model, str(path))
        assert up[1] is not None and ks[1] is up[1], (label, up[1:], ks[1:])
        if up[1] in (ValueError, KeyError):
            assert ks[2] == up[2], label


def test_unknown_layer_and_lambda_like_upstream(zoo_models, tmp_path):
    for name in ("custom_unregistered", "lambda_layer"):
        model, _ = zoo_models.get(name)
        path = tmp_path / f"{name}.h5"
        UPSTREAM_SAVE_H5(model, path)
        up = outcome(UPSTREAM_LOAD_H5, path)
        ks = outcome(kerasave.load_model, path)
        assert ks[1] is up[1] and ks[2] == up[2]
        assert up[1] is not None


def test_fixed_length_attributes_of_older_writers(zoo_models, tmp_path):
    """h5py 2 (Keras 1 and early Keras 2) stored every text attribute as fixed-length,
    NUL-padded bytes (`np.bytes_` scalars, `S` arrays)."""
    model, x = zoo_models.get("cnn_batchnorm")
    path = tmp_path / "old.h5"
    UPSTREAM_SAVE_H5(model, path)

    def fixed(obj):
        for key in list(obj.attrs):
            value = obj.attrs[key]
            if isinstance(value, str):
                obj.attrs[key] = np.bytes_(value.encode())
            elif isinstance(value, np.ndarray) and value.dtype == object:
                obj.attrs[key] = np.array([v.encode() for v in value], dtype="S")

    with h5py.File(path, "a") as f:
        fixed(f)
        f.visititems(lambda _name, obj: fixed(obj))
    with h5py.File(path) as f:
        assert f.attrs.get_id("model_config").get_type().is_variable_str() is False
        names = f["model_weights"].attrs.get_id("layer_names").get_type()
        assert not names.is_variable_str() and names.get_size() > 1
    up = UPSTREAM_LOAD_H5(path)
    ks = kerasave.load_model(path)
    assert_same_weights(up, ks)
    assert_same_model(model, ks, x)


def test_keras3_operations_in_the_graph(tmp_path, caplog):
    """Keras 3 writes the operations applied to a Functional model's tensors (masking's
    `not_equal` and `cast`, `x * mask`) into a legacy file's config without a module; its
    legacy loader looks them up among the layers. kerasave rebuilds them as operations."""
    inputs = keras.Input((5,), dtype="int32")
    mask = keras.ops.cast(keras.ops.not_equal(inputs, 0), "float32")
    x = layers.Embedding(20, 4)(inputs) * keras.ops.expand_dims(mask, -1)
    model = keras.Model(inputs, layers.Dense(2)(x))
    path = tmp_path / "ops.h5"
    UPSTREAM_SAVE_H5(model, path)
    up = outcome(UPSTREAM_LOAD_H5, path)
    assert up[1] is ValueError and "Unknown layer: 'NotEqual'" in up[2]
    with caplog.at_level(logging.DEBUG, logger="kerasave.migrate"):
        loaded = kerasave.load_model(path)
    rewrites = [r.getMessage() for r in caplog.records if r.name == "kerasave.migrate"]
    assert len(rewrites) == 4, rewrites  # NotEqual, Cast, ExpandDims, Multiply
    assert [type(op) for op in loaded.operations] == [type(op) for op in model.operations]
    assert_same_weights(model, loaded)
    x = np.array([[1, 2, 0, 3, 0], [0, 0, 4, 5, 6]], dtype="int32")
    np.testing.assert_array_equal(predict(model, x), predict(loaded, x))
