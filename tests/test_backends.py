"""kerasave works with a Keras backend other than JAX (NumPy, in a subprocess)."""

import os
import subprocess
import sys
import textwrap

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
