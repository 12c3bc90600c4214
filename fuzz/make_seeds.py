"""Builds the fuzzers' seed corpus (`fuzz/seeds/<target>/`) from real files.

Each seed is a file upstream Keras (or kerasave, or numpy) writes for a small model of the test
zoo, or a committed test file (the hostile files, tf.keras 2.15's legacy files), so the fuzzers
start from every structure a load meets. Run from the repository root with the test
environment (`make setup`): `python fuzz/make_seeds.py`.
"""

import io
import os
import shutil
import sys
import zipfile
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "jax")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import kerasave  # noqa: E402
import numpy as np  # noqa: E402
import zoo  # noqa: E402
from keras.src.legacy.saving import legacy_h5_format  # noqa: E402
from keras.src.saving import saving_lib  # noqa: E402

SEEDS = ROOT / "fuzz" / "seeds"
MODELS = [
    "mlp_dropout",
    "cnn_batchnorm",
    "rnn_embedding_lstm_gru",
    "nested_shared",
    "all_dtypes",
    "bfloat16",
    "custom_assets",
]


def put(target, name, data):
    path = SEEDS / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def npz_member(archive):
    return zipfile.ZipFile(io.BytesIO(archive)).read("model.weights.npz")


def put_npz(name, data):
    put("npz", f"{name}.npz", data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for member in zf.namelist()[:4]:
            put("npy", f"{name}.{member.replace('/', '_')}", zf.read(member))


def main():
    shutil.rmtree(SEEDS, ignore_errors=True)
    tmp = ROOT / "target" / "fuzz-seeds"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in MODELS:
        model, _ = zoo.ZOO[name].build()
        keras_file = tmp / f"{name}.keras"
        saving_lib.save_model(model, str(keras_file))
        for target in ("keras", "archive"):
            put(target, keras_file.name, keras_file.read_bytes())
        weights = tmp / f"{name}.weights.h5"
        saving_lib.save_weights_only(model, str(weights))
        put("weights_h5", weights.name, weights.read_bytes())
    for name in MODELS[:2]:
        model, _ = zoo.ZOO[name].build()
        legacy = tmp / f"{name}.h5"
        legacy_h5_format.save_model_to_hdf5(model, str(legacy))
        put("weights_h5", legacy.name, legacy.read_bytes())
        # npz weights: upstream's (pickled Keras variables) and kerasave's (numpy arrays).
        up, ks = tmp / f"{name}.up.keras", tmp / f"{name}.ks.keras"
        saving_lib.save_model(model, str(up), weights_format="npz")
        kerasave.api._lib_save_model(model, str(ks), weights_format="npz")
        for path in (up, ks):
            put("keras", path.name, path.read_bytes())
            put_npz(path.stem, npz_member(path.read_bytes()))
    buf = io.BytesIO()
    np.savez(buf, a=np.arange(6, dtype="float32").reshape(2, 3), b=np.array(True))
    put_npz("savez", buf.getvalue())
    keras2 = ROOT / "tests" / "legacy" / "keras2"
    for name in ("mlp_dropout.h5", "cnn_batchnorm_weights.h5"):
        put("weights_h5", f"keras2_{name}", (keras2 / name).read_bytes())
    for model in sorted((keras2 / "savedmodel").iterdir()):
        put("savedmodel", f"{model.name}.index", (model / "variables/variables.index").read_bytes())
        put("savedmodel", f"{model.name}.metadata.pb", (model / "keras_metadata.pb").read_bytes())
    for path in sorted((ROOT / "tests" / "hostile").iterdir()):
        if path.suffix == ".keras":
            put("archive", path.name, path.read_bytes())
            put("keras", path.name, path.read_bytes())
        elif path.suffix == ".h5":
            put("weights_h5", path.name, path.read_bytes())
    shutil.rmtree(tmp)
    for target in sorted(os.listdir(SEEDS)):
        files = list((SEEDS / target).iterdir())
        size = sum(f.stat().st_size for f in files)
        print(f"{target}: {len(files)} seeds, {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
