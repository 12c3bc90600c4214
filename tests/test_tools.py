"""The Keras-free tools (`kerasave.inspect`, `read_weights`, `verify`, `diff`, `convert`) and
the `kerasave` command, on files written by upstream Keras in every format.

Oracles: h5py's view of the same HDF5 bytes, upstream's loaded models, numpy's `np.load`,
and the safetensors file layout read back by hand (the format is a JSON header and bytes).
"""

import json
import os
import struct
import subprocess
import sys
import zipfile

import kerasave
import numpy as np
import pytest
import zoo
from conftest import (
    UPSTREAM_LIB_SAVE,
    UPSTREAM_LOAD,
    UPSTREAM_SAVE_WEIGHTS,
    assert_same_model,
    h5_values,
)
from keras.src.legacy.saving import legacy_h5_format

HERE = os.path.dirname(__file__)
HOSTILE = os.path.join(HERE, "hostile")
KERAS2 = os.path.join(HERE, "legacy", "keras2")
MODELS = ["mlp_dropout", "cnn_batchnorm", "nested_shared", "rnn_embedding_lstm_gru"]


def h5py_tensors(path):
    """{dataset path: array} of an HDF5 file, through h5py."""
    import h5py

    out = {}

    def visit(name, obj):
        if isinstance(obj, h5py.Dataset):
            out[name] = obj[()]

    with h5py.File(path, "r") as f:
        f.visititems(visit)
    return out


def files(tmp_path, model):
    """The model written by upstream in every format the tools read: {format: path}."""
    out = {
        "keras": tmp_path / "m.keras",
        "keras_dir": tmp_path / "dir_model",
        "weights_h5": tmp_path / "m.weights.h5",
        "weights_json": tmp_path / "m.weights.json",
        "h5": tmp_path / "m.h5",
    }
    UPSTREAM_LIB_SAVE(model, str(out["keras"]))
    UPSTREAM_LIB_SAVE(model, str(out["keras_dir"]), zipped=False)
    UPSTREAM_SAVE_WEIGHTS(model, str(out["weights_h5"]))
    UPSTREAM_SAVE_WEIGHTS(model, str(out["weights_json"]), max_shard_size=0.000001)
    legacy_h5_format.save_model_to_hdf5(model, str(out["h5"]))
    return out


def expected_tensors(fmt, path):
    """{tensor path: array} of `path` read by h5py (shards prefixed by their file name)."""
    if fmt == "keras":
        return h5_values(str(path))
    if fmt == "keras_dir":
        return h5py_tensors(os.path.join(path, "model.weights.h5"))
    if fmt == "weights_json":
        out = {}
        shards = set()
        for value in json.loads(path.read_text())["weight_map"].values():
            shards.update([value] if isinstance(value, str) else value)
        for shard in sorted(shards):
            for k, v in h5py_tensors(path.parent / shard).items():
                out[f"{shard}:{k}"] = v
        return out
    return h5py_tensors(path)


@pytest.mark.parametrize("name", MODELS)
def test_inspect_and_read_weights_every_format(name, zoo_models, tmp_path):
    model, _ = zoo_models.get(name)
    for fmt, path in files(tmp_path, model).items():
        info = kerasave.inspect(path)
        assert info["format"] == fmt
        expected = expected_tensors(fmt, path)
        tensors = {t["path"]: t for t in info["tensors"]}
        assert sorted(tensors) == sorted(expected), fmt
        for p, array in expected.items():
            t = tensors[p]
            assert (t["shape"], t["dtype"]) == (list(array.shape), str(array.dtype)), p
            assert t["nbytes"] == array.nbytes
        assert info["parameters"] == model.count_params(), fmt
        assert info["optimizer_parameters"] == 0
        assert info["bytes"] == sum(a.nbytes for a in expected.values())
        if fmt in ("keras", "keras_dir", "h5"):
            import keras

            assert info["keras_version"] == keras.__version__
            assert info["model"] == {"class_name": model.__class__.__name__, "name": model.name}
            top = [x["name"] for x in info["layers"] if "/" not in x["path"]]
            assert top == [layer.name for layer in model.layers] or top[1:] == [
                layer.name for layer in model.layers
            ]
        else:
            assert info["model"] is None and info["layers"] == []
        weights = kerasave.read_weights(path)
        assert list(weights) == list(tensors)
        for p, array in expected.items():
            np.testing.assert_array_equal(weights[p], array, err_msg=p)
            assert weights[p].dtype == array.dtype
        if fmt in ("keras", "keras_dir", "weights_h5", "weights_json", "h5"):
            # Stored members and plain files are mapped, not copied.
            assert all(isinstance(a, np.memmap) for a in weights.values() if a.size)
        copied = kerasave.read_weights(path, mmap=False)
        assert not any(isinstance(a, np.memmap) for a in copied.values())
        assert list(copied) == list(tensors)
        for p, array in expected.items():
            np.testing.assert_array_equal(copied[p], array, err_msg=p)
            assert copied[p].dtype == array.dtype and copied[p].flags.writeable


def test_read_weights_match_upstream_loaded_model(zoo_models, tmp_path):
    """Every variable of the model upstream loads is the tensor at its path."""
    model, _ = zoo_models.get("cnn_batchnorm")
    path = tmp_path / "m.keras"
    UPSTREAM_LIB_SAVE(model, str(path))
    loaded = UPSTREAM_LOAD(str(path))
    weights = kerasave.read_weights(path)
    for layer in loaded.layers:
        for i, v in enumerate(layer.weights):
            np.testing.assert_array_equal(weights[f"layers/{layer.name}/vars/{i}"], v.numpy())


def test_inspect_optimizer_and_npz(tmp_path):
    model, _ = zoo.ZOO["adam_after_fit"].build()
    path = tmp_path / "adam.keras"
    UPSTREAM_LIB_SAVE(model, str(path))
    info = kerasave.inspect(path)
    assert info["parameters"] == model.count_params()
    assert info["optimizer_parameters"] == sum(
        int(np.prod(v.shape)) for v in model.optimizer.variables
    )
    npz = tmp_path / "npz.keras"
    kerasave.api.lib_save_model(model, str(npz), weights_format="npz")
    info = kerasave.inspect(npz)
    assert info["parameters"] == model.count_params()
    values = kerasave.read_weights(npz)
    for p, a in h5_values(str(path)).items():
        np.testing.assert_array_equal(values[p.replace("/vars/", "/")], a)


def test_legacy_keras2_files():
    info = kerasave.inspect(os.path.join(KERAS2, "cnn_batchnorm.h5"))
    assert (info["format"], info["keras_version"]) == ("h5", "2.15.0")
    assert info["backend"] == "tensorflow"
    weights_only = kerasave.inspect(os.path.join(KERAS2, "cnn_batchnorm_weights.h5"))
    assert weights_only["format"] == "h5_weights"
    assert weights_only["parameters"] == info["parameters"] > 0


def test_verify_valid_files(zoo_models, tmp_path):
    model, _ = zoo_models.get("cnn_batchnorm")
    for fmt, path in files(tmp_path, model).items():
        report = kerasave.verify(path)
        assert report["ok"], (fmt, report)
        assert report["problems"] == [] and report["warnings"] == []
        assert report["tensors"] == len(expected_tensors(fmt, path))
        assert report["bytes"] == kerasave.inspect(path)["bytes"]


def test_verify_finds_a_flipped_tensor_byte(zoo_models, tmp_path):
    """A byte changed inside a tensor of a stored weights member: only the CRC-32 tells."""
    model, _ = zoo_models.get("mlp_dropout")
    path = tmp_path / "m.keras"
    UPSTREAM_LIB_SAVE(model, str(path))
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("model.weights.h5")
    data = bytearray(path.read_bytes())
    h5 = kerasave.inspect(path)
    assert h5["format"] == "keras"
    offset = next(iter(kerasave.read_weights(path).values())).offset
    data[offset] ^= 0x40
    bad = tmp_path / "bad.keras"
    bad.write_bytes(bytes(data))
    assert offset > info.header_offset
    report = kerasave.verify(bad)
    assert not report["ok"]
    assert any("CRC" in p or "crc" in p for p in report["problems"]), report


def test_verify_hostile_files():
    """Every file that loading refuses is a problem for verify, but for the Lambdas (which
    load with safe_mode=False): a warning."""
    manifest = json.load(open(os.path.join(HOSTILE, "manifest.json")))
    for name in manifest:
        report = kerasave.verify(os.path.join(HOSTILE, name))
        if "lambda" in name:
            assert report["ok"] and any("Lambda" in w for w in report["warnings"]), name
        else:
            assert not report["ok"] and report["problems"], name


def test_diff(zoo_models, tmp_path):
    model, _ = zoo_models.get("mlp_dropout")
    a, b = tmp_path / "a.keras", tmp_path / "b.keras"
    UPSTREAM_LIB_SAVE(model, str(a))
    same = kerasave.diff(a, a)
    assert (same["added"], same["removed"], same["changed"], same["config"]) == ([], [], {}, [])
    assert same["same"] == len(kerasave.inspect(a)["tensors"])
    clone = zoo.ZOO["mlp_dropout"].build()[0]
    clone.set_weights(model.get_weights())
    kernel = clone.layers[0].kernel
    kernel.assign(kernel.numpy() + 0.25)
    UPSTREAM_LIB_SAVE(clone, str(b))
    d = kerasave.diff(a, b)
    path = f"layers/{clone.layers[0].name}/vars/0"
    assert d["changed"] == {path: {"max_abs_diff": pytest.approx(0.25)}}
    assert d["added"] == d["removed"] == []
    # Across formats, tensors are matched by path; the weights file has no config.
    w = tmp_path / "a.weights.h5"
    UPSTREAM_SAVE_WEIGHTS(model, str(w))
    d = kerasave.diff(a, w)
    assert d["changed"] == {} and d["same"] == same["same"]
    assert d["config"][0]["change"] == "changed" or d["config"][0]["b"] is None
    other = tmp_path / "other.keras"
    UPSTREAM_LIB_SAVE(zoo_models.get("cnn_batchnorm")[0], str(other))
    d = kerasave.diff(a, other)
    assert d["added"] and d["removed"] and d["config"]


def read_safetensors(path):
    data = open(path, "rb").read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    meta = header.pop("__metadata__", None)
    out = {}
    for name, t in header.items():
        start, end = t["data_offsets"]
        dtype = {"F32": "float32", "F16": "float16", "I64": "int64", "BOOL": "bool"}[t["dtype"]]
        out[name] = np.frombuffer(data[8 + n + start : 8 + n + end], dtype).reshape(t["shape"])
    return out, meta


@pytest.mark.parametrize("fmt", ["keras", "h5", "weights_json"])
def test_convert_weights(fmt, zoo_models, tmp_path):
    model, _ = zoo_models.get("cnn_batchnorm")
    src = files(tmp_path, model)[fmt]
    weights = kerasave.read_weights(src)
    st = tmp_path / "w.safetensors"
    assert kerasave.convert(src, st) == str(st)
    got, meta = read_safetensors(st)
    assert meta == {"format": "kerasave", "source_format": fmt}
    assert sorted(got) == sorted(weights)
    for k, v in weights.items():
        np.testing.assert_array_equal(got[k], v)
    npz = tmp_path / "w.npz"
    kerasave.convert(src, npz)
    with np.load(npz, allow_pickle=False) as z:
        assert sorted(z.files) == sorted(weights)
        for k, v in weights.items():
            np.testing.assert_array_equal(z[k], v)
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


def test_convert_is_atomic(zoo_models, tmp_path, monkeypatch):
    model, _ = zoo_models.get("cnn_batchnorm")
    src = files(tmp_path, model)["keras"]
    npz = tmp_path / "w.npz"
    npz.write_bytes(b"previous")

    def write_array(f, array, **kwargs):
        f.write(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np.lib.format, "write_array", write_array)
    with pytest.raises(OSError, match="No space left"):
        kerasave.convert(src, npz)
    assert npz.read_bytes() == b"previous"
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


def test_convert_models(zoo_models, tmp_path):
    """Legacy `.h5` to `.keras` and back, loaded by upstream with the same predictions."""
    model, x = zoo_models.get("cnn_batchnorm")
    h5 = tmp_path / "m.h5"
    legacy_h5_format.save_model_to_hdf5(model, str(h5))
    keras_file = tmp_path / "m.keras"
    kerasave.convert(h5, keras_file)
    assert_same_model(model, UPSTREAM_LOAD(str(keras_file)), x)
    back = tmp_path / "back.h5"
    kerasave.convert(keras_file, back)
    assert_same_model(model, UPSTREAM_LOAD(str(back)), x)
    with pytest.raises(kerasave.tools.FormatError, match="Cannot convert"):
        kerasave.convert(keras_file, tmp_path / "m.onnx")


def run_cli(*args):
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    return subprocess.run(
        [sys.executable, "-m", "kerasave", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_cli(zoo_models, tmp_path):
    model, _ = zoo_models.get("cnn_batchnorm")
    paths = files(tmp_path, model)
    for path in paths.values():
        r = run_cli("inspect", path, "--json")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout) == json.loads(json.dumps(kerasave.inspect(path)))
        r = run_cli("verify", path, "--json")
        assert r.returncode == 0 and json.loads(r.stdout)["ok"], r.stdout
    r = run_cli("inspect", paths["keras"])
    assert r.returncode == 0 and "parameters:" in r.stdout and "layers/dense/vars/0" in r.stdout
    r = run_cli("verify", os.path.join(HOSTILE, "config_os_system.keras"))
    assert r.returncode == 1 and "os.system" in r.stdout
    r = run_cli("diff", paths["keras"], paths["keras_dir"], "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["changed"] == {}
    r = run_cli(
        "diff", paths["keras"], os.path.join(HOSTILE, "..", "legacy", "keras2", "cnn_batchnorm.h5")
    )
    assert r.returncode == 1
    r = run_cli("convert", paths["keras"], tmp_path / "w.safetensors")
    assert r.returncode == 0 and (tmp_path / "w.safetensors").exists()
    r = run_cli("inspect", tmp_path / "missing.keras")
    assert r.returncode == 2 and "No such file" in r.stderr
    r = run_cli("inspect", os.path.join(HOSTILE, "duplicate_config.keras"))
    assert r.returncode == 2 and "duplicate" in r.stderr
    assert run_cli("frobnicate").returncode == 2


def test_cli_imports_neither_keras_nor_numpy(zoo_models, tmp_path):
    model, _ = zoo_models.get("mlp_dropout")
    path = tmp_path / "m.keras"
    UPSTREAM_LIB_SAVE(model, str(path))
    code = (
        "import sys; from kerasave import cli; cli.main(['inspect', sys.argv[1]]); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('keras', 'numpy', 'jax')))"
    )
    r = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"
