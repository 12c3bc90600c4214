"""Threads: several threads saving and loading different models at once get correct results,
and the Rust core releases the GIL while bytes move."""

import os
import sys
import threading

import kerasave
import numpy as np
import pytest
import zoo
from conftest import assert_same_model
from kerasave import _native

FORMATS = [".keras", ".weights.h5", ".h5"]
MODELS = ["mlp_dropout", "cnn_batchnorm", "attention_layernorm", "nested_shared"]


def _round_trips(name, tmp_path, rounds, errors):
    """Builds zoo model `name` in this thread and saves and loads it in every format."""
    try:
        model, x = zoo.ZOO[name].build()
        for i in range(rounds):
            for suffix in FORMATS:
                path = tmp_path / f"{name}-{i}{suffix}"
                if suffix == ".weights.h5":
                    kerasave.save_weights(model, path)
                    fresh, _ = zoo.ZOO[name].build()
                    for v in fresh.weights:
                        v.assign(np.zeros(v.shape, v.dtype))
                    kerasave.load_weights(fresh, path)
                    loaded = fresh
                else:
                    kerasave.save_model(model, path)
                    loaded = kerasave.load_model(path)
                assert_same_model(model, loaded, x)
    except BaseException as e:  # noqa: BLE001 - reported by the main thread
        errors.append((name, e))


def test_threads_save_and_load_different_models(tmp_path):
    errors = []
    threads = [
        threading.Thread(target=_round_trips, args=(name, tmp_path, 2, errors)) for name in MODELS
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not any(t.is_alive() for t in threads)
    assert not errors, errors
    # Nothing half-written or temporary is left.
    assert all(not n.startswith(".") for n in os.listdir(tmp_path)), os.listdir(tmp_path)


def test_threads_share_one_open_file(tmp_path):
    """Many threads reading tensors of one open weights file at once."""
    model, _ = zoo.ZOO["cnn_batchnorm"].build()
    path = tmp_path / "m.weights.h5"
    kerasave.save_weights(model, path)
    h5 = _native.H5File.open(path, (1 << 32, 1000))
    datasets = h5.datasets()
    expected = {}
    for p, (dtype, shape) in datasets.items():
        out = np.empty(shape, dtype)
        h5.read_into(p, out)
        expected[p] = out
    errors = []

    def reader():
        try:
            for _ in range(20):
                for p, (dtype, shape) in datasets.items():
                    out = np.empty(shape, dtype)
                    h5.read_into(p, out)
                    np.testing.assert_array_equal(out, expected[p])
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=reader) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    h5.close()
    assert not errors, errors
    with pytest.raises(ValueError, match="closed"):
        h5.read_into(next(iter(datasets)), np.empty(1))


def test_read_many_reads_every_tensor_on_threads(tmp_path):
    """`read_many` fills the arrays as `read_into` does, over 20 MiB (two threads here)."""
    import keras

    model = keras.Sequential([keras.Input((1024,)), keras.layers.Dense(2048)])
    model.add(keras.layers.Dense(1024))
    path = tmp_path / "m.keras"
    kerasave.save_model(model, path)
    h5 = _native.KerasArchive.open(path).weights((1 << 32, 1000), (1 << 32, 1000))
    datasets = h5.datasets()
    assert sum(np.prod(s) * 4 for _d, s in datasets.values()) > 16 << 20
    jobs = [(p, np.full(shape, np.nan, dtype)) for p, (dtype, shape) in datasets.items()]
    h5.read_many(jobs)
    for p, out in jobs:
        expected = np.empty_like(out)
        h5.read_into(p, expected)
        np.testing.assert_array_equal(out, expected, err_msg=p)
    np.testing.assert_array_equal(jobs[0][1], model.weights[0].numpy())
    first, (dtype, shape) = next(iter(datasets.items()))
    both = np.empty(2 * int(np.prod(shape)), dtype)
    with pytest.raises(ValueError, match="overlap"):
        h5.read_many(
            [
                (first, both[: both.size // 2].reshape(shape)),
                (first, both[1:][: both.size // 2].reshape(shape)),
            ]
        )
    frozen = np.empty(shape, dtype)
    frozen.flags.writeable = False
    with pytest.raises(ValueError, match="writeable"):
        h5.read_many([(first, frozen)])
    with pytest.raises(ValueError, match="bytes"):
        h5.read_many([(first, np.empty(3, dtype))])
    h5.close()
    with pytest.raises(ValueError, match="closed"):
        h5.read_many([(first, np.empty(shape, dtype))])


def _progress_during(call):
    """How many times another thread ran a loop iteration while `call()` ran in this one.

    With a long switch interval, the other thread only runs when this one releases the GIL.
    """
    count = [0]
    stop = threading.Event()
    started = threading.Event()

    def spin():
        started.set()
        while not stop.is_set():
            count[0] += 1

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1.0)
    thread = threading.Thread(target=spin)
    try:
        thread.start()
        started.wait()
        before = count[0]
        call()
        during = count[0] - before
    finally:
        stop.set()
        sys.setswitchinterval(interval)
        thread.join()
    return during


def test_the_gil_is_released_while_bytes_move(tmp_path):
    big = np.random.default_rng(0).random((8192, 4096), dtype=np.float32)  # 128 MiB
    path = tmp_path / "big.weights.h5"
    saver = _native.WeightsSaver(path)
    saver.group("vars", [])
    # The write is queued to the saver's thread; `check` waits for it, releasing the GIL too.
    wrote = _progress_during(lambda: (saver.dataset("vars", "0", "float32", big), saver.check()))
    saver.finish()
    h5 = _native.H5File.open(path, (1 << 32, 1000))
    out = np.empty_like(big)
    read = _progress_during(lambda: h5.read_into("vars/0", out))
    h5.close()
    np.testing.assert_array_equal(out, big)
    # Holding the GIL, the other thread would not have run at all.
    assert wrote > 1000 and read > 1000, (wrote, read)
    # The control: pure Python work of about the same length never lets the other in.
    held = _progress_during(lambda: sum(range(2_000_000)))
    assert held < wrote and held < read, (held, wrote, read)
