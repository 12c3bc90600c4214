"""A save/load round trip with an installed kerasave wheel, on a machine path with no Rust, no
CMake and no h5py (run by `check.py` inside a fresh virtual environment, not by pytest).

Exits non-zero, naming what failed, unless kerasave comes from the environment's
site-packages, needs none of the build tools nor h5py, and every round trip gives back
exactly the weights and predictions it saved.
"""

import importlib.util
import os
import shutil
import sys
import sysconfig
import tempfile

os.environ.setdefault("KERAS_BACKEND", "jax")

for tool in ("cargo", "rustc", "cmake"):
    assert shutil.which(tool) is None, f"{tool} is on PATH: {shutil.which(tool)}"
assert importlib.util.find_spec("h5py") is None, "h5py is installed"

import keras  # noqa: E402
import kerasave  # noqa: E402
import kerasave._native  # noqa: E402
import numpy as np  # noqa: E402

site = sysconfig.get_paths()["purelib"]
native = kerasave._native.__file__
assert native.startswith(site), f"kerasave._native comes from {native}, not {site}"


def build():
    inputs = keras.Input((8,))
    x = keras.layers.Dense(16, activation="relu")(inputs)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.Dense(4, dtype="bfloat16")(x)
    model = keras.Model(inputs, x)
    model.compile(optimizer="adam", loss="mse")
    model.fit(np.ones((8, 8)), np.ones((8, 4)), epochs=1, verbose=0)
    return model


def same(a, b, what):
    wa, wb = a.get_weights(), b.get_weights()
    assert len(wa) == len(wb), what
    for x, y in zip(wa, wb, strict=True):
        assert x.dtype == y.dtype and x.shape == y.shape, what
        np.testing.assert_array_equal(x, y, err_msg=what)
    sample = np.linspace(-1, 1, 16, dtype="float32").reshape(2, 8)
    np.testing.assert_array_equal(a.predict(sample, verbose=0), b.predict(sample, verbose=0))


model = build()
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "m.keras")
    kerasave.save_model(model, path)
    loaded = kerasave.load_model(path)
    same(model, loaded, ".keras")
    for x, y in zip(model.optimizer.variables, loaded.optimizer.variables, strict=True):
        np.testing.assert_array_equal(np.asarray(x), np.asarray(y), err_msg=x.path)

    weights = os.path.join(tmp, "m.weights.h5")
    kerasave.save_weights(model, weights)
    other = build()
    kerasave.load_weights(other, weights)
    same(model, other, ".weights.h5")

    kerasave.install()
    try:
        model.save(os.path.join(tmp, "i.keras"))
        same(model, keras.saving.load_model(os.path.join(tmp, "i.keras")), "install()")
    finally:
        kerasave.uninstall()

    info = kerasave.inspect(path)
    assert info["format"] == "keras", info["format"]

assert "h5py" not in sys.modules
print(f"wheel round trip ok: kerasave {kerasave.__version__} from {native}")
