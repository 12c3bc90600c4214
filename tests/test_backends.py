"""kerasave works with every Keras backend, each in a process of its own (Keras fixes its
backend when it is imported): NumPy, TensorFlow and PyTorch."""

import os
import subprocess
import sys
import textwrap

import pytest

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
MARKER = "KERASAVE-NUMPY-BACKEND-OK"

_SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["KERAS_BACKEND"] = "numpy"
    tests_dir, out_dir, marker = sys.argv[1:4]
    sys.path.insert(0, tests_dir)

    import keras
    import numpy as np
    from keras.src.saving import saving_api

    import kerasave
    import zoo

    assert keras.backend.backend() == "numpy", keras.backend.backend()
    upstream_save, upstream_load = saving_api.save_model, saving_api.load_model


    def values(model):
        return [np.asarray(keras.ops.convert_to_numpy(w.value)) for w in model.weights]


    def check(name, original, loaded, x):
        assert type(loaded) is type(original), name
        a, b = values(original), values(loaded)
        assert len(a) == len(b), name
        for wa, wb in zip(a, b):
            np.testing.assert_array_equal(wa, wb, err_msg=name, strict=True)
        for key, value in zoo.raw_states(original).items():
            for k, v in value.items():
                np.testing.assert_array_equal(
                    v, zoo.raw_states(loaded)[key][k], strict=True
                )
        pa = keras.ops.convert_to_numpy(original(x, training=False))
        pb = keras.ops.convert_to_numpy(loaded(x, training=False))
        np.testing.assert_array_equal(pa, pb, err_msg=name, strict=True)


    dtypes_seen = set()
    for name in ["mlp_dropout", "cnn_batchnorm", "all_dtypes"]:
        model, x = zoo.ZOO[name].build()
        dtypes_seen |= {w.dtype for w in model.weights}
        ks_path = os.path.join(out_dir, name + ".ks.keras")
        up_path = os.path.join(out_dir, name + ".up.keras")
        assert kerasave.save_model(model, ks_path) is None
        upstream_save(model, up_path)
        check(name + " ks->ks", model, kerasave.load_model(ks_path), x)
        check(name + " ks->upstream", model, upstream_load(ks_path), x)
        check(name + " upstream->ks", model, kerasave.load_model(up_path), x)
        print("checked", name, flush=True)

    # Real 64-bit variables, which JAX (without x64) cannot hold.
    assert {"float64", "int64", "bfloat16", "bool"} <= dtypes_seen, dtypes_seen
    print(marker, flush=True)
    """
)


def test_numpy_backend_round_trips(tmp_path):
    env = {**os.environ, "KERAS_BACKEND": "numpy"}
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, TESTS_DIR, str(tmp_path), MARKER],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[-1] == MARKER, proc.stdout + proc.stderr
    assert [line for line in lines if line.startswith("checked")] == [
        "checked mlp_dropout",
        "checked cnn_batchnorm",
        "checked all_dtypes",
    ]
    assert "HDF5-DIAG" not in proc.stderr


ROUND_TRIPS = os.path.join(TESTS_DIR, "backend_round_trips.py")
ROUND_TRIP_MARKER = "KERASAVE-BACKEND-ROUND-TRIPS-OK"
# Every zoo model but those that only vary what the JAX suite already covers (custom
# objects and safe mode go through Keras's own deserializer whatever the backend).
MODELS = [
    "mlp_dropout",
    "cnn_batchnorm",
    "rnn_embedding_lstm_gru",
    "attention_layernorm",
    "nested_shared",
    "subclassed_model",
    "adam_after_fit",
    "mixed_float16",
    "bfloat16",
    "all_dtypes",
    "custom_assets",
]
# Formats each model goes through, in the order they are checked.
FORMATS = ["keras", "keras_dir", "weights_h5", "weights_sharded", "npz", "legacy_h5"]
# What a legacy `.h5` file cannot hold, with upstream as with kerasave: assets, the raw
# NumPy state of `DtypeZoo`, a subclassed model without `custom_objects`.
NO_LEGACY_H5 = {"custom_assets", "all_dtypes", "subclassed_model"}


def _expected_checks():
    """What `backend_round_trips.py` checks on each backend, in its order."""
    lines = [
        f"checked {name} {fmt}"
        for name in MODELS
        for fmt in FORMATS
        if not (fmt == "legacy_h5" and name in NO_LEGACY_H5)
    ]
    return lines + ["checked preprocessing keras", "checked preprocessing keras_dir"]


@pytest.mark.parametrize("backend", ["tensorflow", "torch"])
def test_round_trips_on_backend(backend, tmp_path):
    """Every format, kerasave->kerasave, kerasave->upstream and upstream->kerasave, on
    `backend`: weights, optimizer state, bfloat16 variables, assets and predictions equal."""
    env = {**os.environ, "KERAS_BACKEND": backend, "TF_CPP_MIN_LOG_LEVEL": "3"}
    proc = subprocess.run(
        [sys.executable, ROUND_TRIPS, backend, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-20000:]
    lines = proc.stdout.splitlines()
    assert lines[-1] == ROUND_TRIP_MARKER, proc.stdout + proc.stderr[-5000:]
    assert [line for line in lines if line.startswith("checked")] == _expected_checks()
    assert "HDF5-DIAG" not in proc.stderr
