"""Loads and saves under a Keras distribution on 8 virtual CPU devices.

Run by `test_distribution.py` in a pytest process of its own, started with
`XLA_FLAGS=--xla_force_host_platform_device_count=8` (JAX fixes its devices when it starts).

Each file is written by upstream Keras under the distribution and loaded by upstream and by
kerasave: every variable must come back with upstream's value, dtype and sharding, and each
tensor a layout splits over devices must be read one device's part at a time
(`stores.tensors.sharded_array`), never whole.
"""

import os
import zipfile

import jax
import keras
import kerasave
import numpy as np
import pytest
from conftest import (
    UPSTREAM_LOAD,
    UPSTREAM_LOAD_WEIGHTS,
    UPSTREAM_SAVE,
    UPSTREAM_SAVE_WEIGHTS,
    assert_same_h5_tree,
)
from keras import distribution
from keras.src.legacy.saving import legacy_h5_format
from kerasave.stores import h5, tensors

DEVICES = 8


@pytest.fixture(autouse=True, scope="module")
def _eight_devices():
    flag = "XLA_FLAGS=--xla_force_host_platform_device_count=8"
    assert len(jax.devices()) == DEVICES, f"run with {flag}"


def model_parallel():
    """A (2, 4) mesh: kernels split by columns over "model" and replicated over "batch"."""
    mesh = distribution.DeviceMesh((2, 4), ["batch", "model"])
    layouts = distribution.LayoutMap(mesh)
    layouts["dense.*/kernel"] = (None, "model")
    layouts["dense.*/bias"] = ("model",)
    layouts["embedding/embeddings"] = ("model", None)
    layouts["conv/kernel"] = (None, None, None, "model")
    return distribution.ModelParallel(layout_map=layouts, batch_dim_name="batch")


def data_parallel():
    return distribution.DataParallel()


DISTRIBUTIONS = {"model_parallel": model_parallel, "data_parallel": data_parallel}


@pytest.fixture(params=sorted(DISTRIBUTIONS))
def distributed(request):
    distribution.set_distribution(DISTRIBUTIONS[request.param]())
    yield request.param
    distribution.set_distribution(None)


def build(dtype="bfloat16"):
    """Tensors of 4 KiB and more (split when their layout says so) and smaller ones (read
    ahead, handed over whole), float32 and (one layer) `dtype`: upstream's legacy `.h5`
    loader cannot read bfloat16 back."""
    tokens = keras.Input((6,), dtype="int32")
    pixels = keras.Input((8, 8, 3))
    x = keras.layers.Embedding(256, 32, name="embedding")(tokens)
    x = keras.layers.Flatten()(x)
    x = keras.layers.Dense(64, name="dense_a")(x)
    x = keras.layers.LayerNormalization(name="norm")(x)
    x = keras.layers.Dense(48, name="dense_b", dtype=dtype)(x)
    y = keras.layers.Conv2D(8, 3, name="conv")(pixels)
    y = keras.layers.GlobalAveragePooling2D()(y)
    out = keras.layers.Dense(16, name="dense_out")(keras.layers.Concatenate()([x, y]))
    return keras.Model([tokens, pixels], out)


def inputs():
    rng = np.random.default_rng(0)
    return [rng.integers(0, 256, (8, 6)), rng.random((8, 8, 8, 3), dtype=np.float32)]


def trained(dtype="bfloat16"):
    model = build(dtype)
    model.compile(optimizer="adam", loss="mse")
    model.fit(inputs(), np.ones((8, 16), np.float32), epochs=1, verbose=0)
    return model


def assert_same_variables(expected, actual):
    assert [v.path for v in actual] == [v.path for v in expected]
    for e, a in zip(expected, actual, strict=True):
        ev, av = e.value, a.value
        assert av.dtype == ev.dtype, e.path
        np.testing.assert_array_equal(np.asarray(av), np.asarray(ev), err_msg=e.path, strict=True)
        assert av.sharding.is_equivalent_to(ev.sharding, ev.ndim), (e.path, av.sharding)


def all_variables(model):
    optimizer = getattr(model, "optimizer", None)
    return list(model.variables) + (list(optimizer.variables) if optimizer else [])


@pytest.fixture
def reads(monkeypatch):
    """The paths read one device's part at a time, and those read whole."""
    seen = {"split": [], "whole": []}
    sharded_array, read = tensors.sharded_array, h5.WeightsReader.read

    def spy_split(h5, path, *args):
        seen["split"].append(path)
        return sharded_array(h5, path, *args)

    def spy_read(self, path):
        seen["whole"].append(path)
        return read(self, path)

    monkeypatch.setattr(tensors, "sharded_array", spy_split)
    monkeypatch.setattr(h5.WeightsReader, "read", spy_read)
    return seen


def split_variables(model):
    """The variables whose layout splits them over devices, of 4 KiB and more."""
    return [
        v
        for v in all_variables(model)
        if not v.value.sharding.is_fully_replicated and v.value.nbytes >= 4096
    ]


def save(model, path):
    if path.endswith(".weights.json"):
        UPSTREAM_SAVE_WEIGHTS(model, path, max_shard_size=0.00005)
    elif path.endswith(".weights.h5"):
        UPSTREAM_SAVE_WEIGHTS(model, path)
    elif path.endswith(".h5"):
        legacy_h5_format.save_model_to_hdf5(model, path)
    else:
        UPSTREAM_SAVE(model, path)


@pytest.mark.parametrize("suffix", [".keras", ".h5"])
def test_whole_models_load_as_upstream_does(distributed, suffix, tmp_path, reads):
    model = trained("float32" if suffix == ".h5" else "bfloat16")
    path = str(tmp_path / f"m{suffix}")
    save(model, path)
    # Upstream cannot compile a legacy `.h5` model whose loss is a string ("mse").
    compile = suffix == ".keras"
    expected = UPSTREAM_LOAD(path, compile=compile)
    reads["split"].clear()
    reads["whole"].clear()
    loaded = kerasave.load_model(path, compile=compile)
    assert_same_variables(all_variables(expected), all_variables(loaded))
    x = inputs()
    np.testing.assert_array_equal(loaded.predict(x, verbose=0), expected.predict(x, verbose=0))
    split = split_variables(loaded)
    if distributed == "model_parallel":
        # The embeddings, the kernels but the smallest, and (`.keras`) Adam's moments of each.
        assert len(split) == (9 if compile else 3), [v.path for v in split]
    else:
        assert split == []
    assert len(reads["split"]) == len(split)
    assert not set(reads["split"]) & set(reads["whole"])


@pytest.mark.parametrize("suffix", [".weights.h5", ".weights.json", ".h5"])
def test_weights_load_as_upstream_does(distributed, suffix, tmp_path, reads):
    dtype = "float32" if suffix == ".h5" else "bfloat16"
    model = trained(dtype)
    path = str(tmp_path / f"m{suffix}")
    save(model, path)
    expected = build(dtype)
    UPSTREAM_LOAD_WEIGHTS(expected, path)
    with kerasave.deferred_init():
        loaded = build(dtype)
        kerasave.load_weights(loaded, path)
    assert_same_variables(expected.variables, loaded.variables)
    split = [v.path for v in split_variables(loaded)]
    if suffix == ".weights.json":
        # Sets of shards are not read ahead: smaller split tensors come in parts too.
        assert len(reads["split"]) >= len(split)
    else:
        assert len(reads["split"]) == len(split)
    assert not set(reads["split"]) & set(reads["whole"])


def test_loaded_variables_compute_no_initial_value(distributed, tmp_path, monkeypatch):
    model = trained()
    path = str(tmp_path / "m.keras")
    UPSTREAM_SAVE(model, path)
    calls = []
    glorot = keras.initializers.GlorotUniform.__call__

    def spy(self, *args, **kwargs):
        calls.append(args)
        return glorot(self, *args, **kwargs)

    monkeypatch.setattr(keras.initializers.GlorotUniform, "__call__", spy)
    UPSTREAM_LOAD(path)
    assert calls  # upstream computes every kernel's initial value, then replaces it
    calls.clear()
    kerasave.load_model(path)
    assert calls == []


def test_variables_no_load_assigns_get_kerass_initial_values_in_their_layout(distributed):
    keras.utils.set_random_seed(7)
    expected = build()
    keras.utils.set_random_seed(7)
    with kerasave.deferred_init():
        deferred = build()
    assert_same_variables(expected.variables, deferred.variables)


def test_saves_equal_upstreams_and_load_in_upstream(distributed, tmp_path, monkeypatch):
    model = trained()
    written = []  # the tensors written in parts, each device's part in place
    device_parts = tensors.device_parts

    def spy(value):
        parts = device_parts(value)
        written.append(parts is not None)
        return parts

    monkeypatch.setattr(tensors, "device_parts", spy)
    ours, theirs = str(tmp_path / "ours.keras"), str(tmp_path / "theirs.keras")
    kerasave.save_model(model, ours)
    split = [v for v in all_variables(model) if not v.value.sharding.is_fully_replicated]
    assert sum(written) == len(split)
    assert sum(written) > 10 if distributed == "model_parallel" else sum(written) == 0
    UPSTREAM_SAVE(model, theirs)
    assert_same_h5_tree(ours, theirs)
    assert_same_variables(all_variables(model), all_variables(UPSTREAM_LOAD(ours)))
    ours, theirs = str(tmp_path / "ours.weights.h5"), str(tmp_path / "theirs.weights.h5")
    kerasave.save_weights(model, ours)
    UPSTREAM_SAVE_WEIGHTS(model, theirs)
    assert_same_h5_tree(ours, theirs)


def test_a_damaged_tensor_read_in_parts_fails_the_archives_check(tmp_path):
    distribution.set_distribution(model_parallel())
    try:
        model = build()
        path = str(tmp_path / "m.keras")
        UPSTREAM_SAVE(model, path)
        kernel = np.asarray(model.get_layer("dense_a").kernel.value).tobytes()
        data = bytearray(open(path, "rb").read())
        at = data.find(kernel[:64])
        assert at > 0 and zipfile.ZipFile(path).getinfo("model.weights.h5").compress_type == 0
        data[at + len(kernel) // 2] ^= 0xFF
        damaged = str(tmp_path / "damaged.keras")
        with open(damaged, "wb") as f:
            f.write(data)
        with pytest.raises(zipfile.BadZipFile):
            kerasave.load_model(damaged)
    finally:
        distribution.set_distribution(None)


def test_files_differing_in_a_shape_raise_upstreams_error(tmp_path):
    distribution.set_distribution(model_parallel())
    try:
        path = str(tmp_path / "m.weights.h5")
        UPSTREAM_SAVE_WEIGHTS(build(), path)
        inputs_ = keras.Input((6,), dtype="int32")
        x = keras.layers.Embedding(128, 32, name="embedding")(inputs_)
        other = keras.Model(inputs_, x)
        with pytest.raises(ValueError) as theirs:
            UPSTREAM_LOAD_WEIGHTS(other, path)
        with pytest.raises(ValueError) as ours:
            kerasave.load_weights(other, path)
        assert type(ours.value) is type(theirs.value)
    finally:
        distribution.set_distribution(None)


def test_keras_hub_presets_load_under_their_own_layout_map(tmp_path, reads):
    """keras-hub's `from_preset` with `install()` under Gemma's own layout map, which splits
    tensors over both axes of the mesh."""
    keras_hub = pytest.importorskip("keras_hub")
    mesh = distribution.DeviceMesh((2, 4), ["batch", "model"])
    layouts = keras_hub.models.GemmaBackbone.get_layout_map(mesh)
    distribution.set_distribution(
        distribution.ModelParallel(layout_map=layouts, batch_dim_name="batch")
    )
    try:
        keras.utils.set_random_seed(3)
        backbone = keras_hub.models.GemmaBackbone(
            vocabulary_size=256,
            num_layers=2,
            num_query_heads=4,
            num_key_value_heads=4,
            hidden_dim=32,
            intermediate_dim=64,
            head_dim=8,
        )
        for preset, limit in (("single", None), ("sharded", 0.00005)):
            path = str(tmp_path / preset)
            if limit is None:
                backbone.save_to_preset(path)
            else:
                backbone.save_to_preset(path, max_shard_size=limit)
            expected = keras_hub.models.Backbone.from_preset(path)
            reads["split"].clear()
            kerasave.install()
            try:
                loaded = keras_hub.models.Backbone.from_preset(path)
            finally:
                kerasave.uninstall()
            assert_same_variables(expected.variables, loaded.variables)
            assert_same_variables(backbone.variables, loaded.variables)
            split = split_variables(loaded)
            assert len(split) >= 9, [v.path for v in split]
            assert len(reads["split"]) >= len(split)
    finally:
        distribution.set_distribution(None)


if __name__ == "__main__":
    raise SystemExit(pytest.main([os.path.abspath(__file__), "-q"]))
