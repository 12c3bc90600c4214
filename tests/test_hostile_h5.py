"""Weights files whose HDF5 datasets declare far more than they store, where a load does not
need them or needs them with another shape (`tests/hostile/make_hostile_h5.py`): loads
read only what the model asks for, as upstream does, and a tensor asked for with the wrong
shape is refused before it is read; the tools, which have no model to ask, refuse what
declares too much for the file. Each load runs in a child interpreter whose peak memory is
measured."""

import json
import os
import sys
import textwrap
import warnings

import h5py
import keras
import kerasave
import numpy as np
import pytest
from conftest import run_child

HERE = os.path.join(os.path.dirname(__file__), "hostile", "round2_h5")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "hostile"))
import make_hostile_h5  # noqa: E402

# What a load may add to the interpreter's peak memory: the fixtures' models are tiny, and
# their junk declares 1.2-11.7 GB (upstream's loads grow by 65-110 MB).
BOUND_MB = 200

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time, warnings
    sys.modules.setdefault("tensorflow", None)
    import keras, kerasave
    import numpy as np
    warnings.simplefilter("ignore")
    call, path = sys.argv[1], sys.argv[2]
    if call == "load_weights":
        model = keras.Sequential(
            [keras.Input((3,)), keras.layers.Dense(2, name="dense")], name="victim"
        )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    out = {}
    try:
        if call == "load_model":
            model = kerasave.load_model(path)
        elif call == "load_weights":
            kerasave.load_weights(model, path)
        else:
            out["result"] = repr(getattr(kerasave, call)(*sys.argv[2:]))[:2000]
        if call.startswith("load"):
            out["weights"] = [np.asarray(w).tolist() for w in model.weights]
    except Exception as e:
        out["error"] = [type(e).__name__, str(e)]
    out["seconds"] = time.perf_counter() - start
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    out["grown_mb"] = grown // 1024
    print(json.dumps(out))
    """
)


def in_child(call, *args):
    """`kerasave.<call>(*args)` in a fresh interpreter: {weights | result | error, seconds,
    grown_mb (growth of the peak resident memory)}."""
    done = run_child(_CHILD, call, *args, timeout=300)
    return json.loads(done.stdout.strip().splitlines()[-1])


def upstream_weights(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the optimizer's state skipped, as in the child
        if path.endswith(".weights.h5"):
            model = keras.Sequential(
                [keras.Input((3,)), keras.layers.Dense(2, name="dense")], name="victim"
            )
            model.load_weights(path)
        else:
            model = keras.saving.load_model(path)
    return [np.asarray(w).tolist() for w in model.weights]


@pytest.mark.parametrize(
    "name",
    [
        "junk_fill.keras",
        "junk_fill_x3.keras",
        "junk_gzip.keras",
        "junk_fill.h5",
        "junk_fill.weights.h5",
    ],
)
def test_junk_is_never_read(name):
    path = os.path.join(HERE, name)
    call = "load_weights" if name.endswith(".weights.h5") else "load_model"
    got = in_child(call, path)
    assert "error" not in got, got["error"]
    assert got["weights"] == upstream_weights(path)
    assert got["grown_mb"] < BOUND_MB, got
    assert got["seconds"] < 30, got


def test_a_hard_linked_dataset_is_read_once(tmp_path):
    path = str(tmp_path / "hard_linked.keras")
    make_hostile_h5.hard_linked(path)  # 40 MB under 50 names, in the optimizer's group
    got = in_child("load_model", path)
    assert "error" not in got, got["error"]
    assert got["weights"] == upstream_weights(path)
    assert got["grown_mb"] < BOUND_MB, got

    read = kerasave.read_weights(path, mmap=False)
    first = read["optimizer/vars/6"]
    assert first.shape == (1000, 10000)
    assert all(read[f"optimizer/vars/{i}"] is first for i in range(7, 56))
    report = kerasave.verify(path)
    assert report["ok"], report
    assert report["bytes"] < 50 << 20, report  # the 40 MB tensor checked once


@pytest.mark.parametrize("name", ["junk_shape.keras", "junk_shape.h5"])
def test_a_wrong_shape_is_refused_before_reading(name):
    # Upstream reads the 1.5 GB kernel (1.5-4.4 GB peak), then raises the same ValueError.
    got = in_child("load_model", os.path.join(HERE, name))
    assert got["error"][0] == "ValueError", got
    assert "(375, 1000, 1000)" in got["error"][1]
    assert "must match" in got["error"][1] or "Shape mismatch" in got["error"][1]
    assert got["grown_mb"] < BOUND_MB, got


def test_legacy_by_name_skips_what_no_layer_takes(tmp_path):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="dense")])
    with pytest.raises(ValueError, match="Shape mismatch"):
        kerasave.load_weights(model, os.path.join(HERE, "junk_shape.h5"), by_name=True)
    with pytest.warns(UserWarning, match="mismatch in shape"):
        kerasave.load_weights(
            model, os.path.join(HERE, "junk_shape.h5"), by_name=True, skip_mismatch=True
        )


@pytest.mark.parametrize("name", ["junk_fill.keras", "junk_fill_x3.keras", "junk_fill.h5"])
def test_tools_refuse_what_the_file_cannot_back(name, tmp_path):
    path = os.path.join(HERE, name)
    out = str(tmp_path / "out.safetensors")
    for call, args in [
        ("read_weights", (path,)),
        ("convert", (path, out)),
        ("diff", (path, path)),
    ]:
        got = in_child(call, *args)
        assert got.get("error", [None])[0] == "ValueError", (call, got)
        assert "junk" in got["error"][1] and "stores 0" in got["error"][1], got
        assert got["grown_mb"] < BOUND_MB, (call, got)
    assert not os.path.exists(out)
    got = in_child("verify", path)
    report = got["result"]
    assert "'ok': False" in report and "junk" in report, report
    assert got["grown_mb"] < BOUND_MB, got


def test_convert_output_is_bounded_by_its_input(tmp_path):
    # Each name's tensor is written: 200 names of one 1 MB tensor would make 200 MB of a
    # 1 MB file, past the 64 MiB + 64 x 1 MB allowed.
    path = str(tmp_path / "links.weights.h5")
    with h5py.File(path, "w") as f:
        f["vars/0"] = np.ones((256, 1024), np.float32)
        for i in range(1, 200):
            f[f"vars/{i}"] = f["vars/0"]
    with pytest.raises(ValueError, match="more than 64 times"):
        kerasave.convert(path, str(tmp_path / "out.npz"))
    assert not os.path.exists(tmp_path / "out.npz")
    # Fewer names fit, each written as its own tensor.
    with h5py.File(path, "a") as f:
        for i in range(50, 200):
            del f[f"vars/{i}"]
    kerasave.convert(path, str(tmp_path / "out.npz"))
    assert len(np.load(tmp_path / "out.npz").files) == 50


def test_compressed_and_never_written_tensors_load_when_asked_for(tmp_path):
    """h5py users may compress weights, or create a dataset without writing it (zeros):
    such tensors are not read ahead, but read when the model asks for them."""
    keras.utils.set_random_seed(1)
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(300), keras.layers.Dense(4)])
    path = str(tmp_path / "model.weights.h5")
    kerasave.save_weights(model, path)
    with h5py.File(path, "a") as f:
        kernel = f["layers/dense/vars/0"][()]
        del f["layers/dense/vars/0"]
        f.create_dataset("layers/dense/vars/0", data=kernel, compression="gzip")
        del f["layers/dense_1/vars/1"]
        f.create_dataset("layers/dense_1/vars/1", shape=(4,), dtype="float32", chunks=(4,))
    expected = [np.asarray(w) for w in model.weights]
    expected[3] = np.zeros(4, np.float32)
    other = keras.models.clone_model(model)
    kerasave.load_weights(other, path)
    for got, want in zip(other.weights, expected, strict=True):
        np.testing.assert_array_equal(np.asarray(got), want)
    assert kerasave.read_weights(path)["layers/dense/vars/0"].shape == (8, 300)
    assert kerasave.verify(path)["ok"]


@keras.saving.register_keras_serializable(package="kerasave_tests")
class Scalars(keras.layers.Layer):
    """A layer of `count` scalar variables."""

    def __init__(self, count=1, **kwargs):
        super().__init__(**kwargs)
        self.count = count

    def build(self, input_shape):
        self.scalars = [
            self.add_weight(shape=(), initializer="zeros", name=f"s{i}") for i in range(self.count)
        ]

    def call(self, x):
        return x

    def get_config(self):
        return {**super().get_config(), "count": self.count}


def _rss_kb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field)


def test_many_tiny_tensors(tmp_path):
    """20,000 scalar variables round-trip, each costing a few kB to load (the model's own
    variables included); the benchmark (`tiny_many`) times 100,000 against upstream."""
    model = keras.Sequential([keras.Input((1,))] + [Scalars(5000) for _ in range(4)])
    for i, v in enumerate(model.weights):
        v.assign(float(i))
    path = str(tmp_path / "tiny.keras")
    kerasave.save_model(model, path)
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # the peak (VmHWM) from here
    before = _rss_kb("VmRSS")
    loaded = kerasave.load_model(path)
    grown_kb = _rss_kb("VmHWM") - before
    values = np.array([float(np.asarray(v)) for v in loaded.weights])
    np.testing.assert_array_equal(values, np.arange(20000, dtype=np.float32))
    assert grown_kb < 20000 * 8, f"{grown_kb / 20000:.1f} kB a variable"
