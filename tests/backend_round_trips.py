"""Round trips of every format on one Keras backend, in a process of its own (Keras fixes
its backend when it is imported): `python backend_round_trips.py BACKEND OUT_DIR`, run by
`test_backends.py`.

Each model goes through each format kerasave->kerasave, kerasave->upstream and
upstream->kerasave, and the model loaded must equal the original: every weight and
optimizer variable (name, dtype, shape, value), the raw state and assets of the zoo's
custom layers, and the predictions. One line `checked <model> <format>` is printed per
model and format that passed, then `ROUND_TRIP_MARKER`.
"""

import os
import sys
import traceback

BACKEND, OUT_DIR = sys.argv[1:3]
os.environ["KERAS_BACKEND"] = BACKEND
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import keras  # noqa: E402
import kerasave  # noqa: E402
import numpy as np  # noqa: E402
import zoo  # noqa: E402
from conftest import (  # noqa: E402
    UPSTREAM_LIB_LOAD,
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
    to_numpy,
)
from keras.src.legacy.saving import legacy_h5_format  # noqa: E402
from test_backends import FORMATS, MODELS, NO_LEGACY_H5, ROUND_TRIP_MARKER  # noqa: E402
from test_weights_files import (  # noqa: E402
    _assert_same_preprocessing,
    _preprocessing_model,
    blank,
)


def outcome(fn, *args, **kwargs):
    """(result, exception type or None, message) of calling fn."""
    try:
        return fn(*args, **kwargs), None, ""
    except Exception as e:  # noqa: BLE001 - comparing failures with upstream's
        return None, type(e), str(e)


def check_model_files(name, model, x, ks, up, save_ks, save_up, load_ks, load_up):
    """Saves `model` to `ks` with kerasave and to `up` with upstream, then loads
    kerasave->kerasave, kerasave->upstream and upstream->kerasave, each equal to `model`."""
    kwargs = zoo.ZOO[name].load_kwargs
    assert save_ks(model, ks) is None
    save_up(model, up)
    for reader, path in ((load_ks, ks), (load_up, ks), (load_ks, up)):
        loaded = reader(path, **kwargs)
        assert_same_model(model, loaded, x)
        if BACKEND == "torch":
            # torch.nn.Module sees the variables' own Parameters.
            assert {id(p) for p in loaded.parameters()} == {id(v.value) for v in loaded.variables}
    if zoo.ZOO[name].compiled:
        # Training goes on from the file alike, upstream's load of its own file the reference.
        reference, ours = load_up(up, **kwargs), load_ks(ks, **kwargs)
        data = zoo.adam_data()
        for m in (reference, ours):
            m.fit(*data, epochs=2, batch_size=8, shuffle=False, verbose=0)
        assert_same_weights(reference, ours)
        assert_same_predictions(reference, ours, x)


def check_weights(name, model, x, ks, up, **save_kwargs):
    """`save_weights` with kerasave and upstream, and loads into a model whose variables
    are all zero, in the three directions."""
    assert kerasave.save_weights(model, ks, **save_kwargs) is None
    UPSTREAM_SAVE_WEIGHTS(model, up, **save_kwargs)
    for loader, path in (
        (kerasave.load_weights, ks),
        (UPSTREAM_LOAD_WEIGHTS, ks),
        (kerasave.load_weights, up),
    ):
        fresh, _ = blank(name)
        assert loader(fresh, path) is None
        assert_same_weights(model, fresh)
        assert_same_predictions(model, fresh, x)


def check_legacy_h5(name, model, x, ks, up):
    """Legacy `.h5` models. kerasave loads both files with the original's weights and
    predictions (and, compiled, its optimizer's iteration count, all the format restores of
    a Keras 3 optimizer); upstream loads kerasave's file as it loads its own, or fails alike
    (a compile config naming the loss "mse", bfloat16 weights)."""
    kwargs = zoo.ZOO[name].load_kwargs
    kerasave.legacy.save_model_to_hdf5(model, ks)
    legacy_h5_format.save_model_to_hdf5(model, up)
    for path in (ks, up):
        loaded = kerasave.load_model(path, **kwargs)
        assert [v.name for v in loaded.weights] == [v.name for v in model.weights]
        for a, b in zip(model.weights, loaded.weights, strict=True):
            assert a.dtype == b.dtype, (a.path, a.dtype, b.dtype)
            np.testing.assert_array_equal(to_numpy(a), to_numpy(b), err_msg=a.path, strict=True)
        assert_same_predictions(model, loaded, x)
        if zoo.ZOO[name].compiled:
            assert int(to_numpy(loaded.optimizer.iterations)) == int(
                to_numpy(model.optimizer.iterations)
            )
    theirs = outcome(legacy_h5_format.load_model_from_hdf5, up, **kwargs)
    ours = outcome(legacy_h5_format.load_model_from_hdf5, ks, **kwargs)
    assert ours[1:] == theirs[1:], (ours[1:], theirs[1:])
    if ours[0] is not None:
        assert_same_weights(theirs[0], ours[0])
        assert_same_predictions(theirs[0], ours[0], x)


def check_format(name, fmt, model, x):
    root = os.path.join(OUT_DIR, name, fmt)
    os.makedirs(os.path.join(root, "ks"))
    os.makedirs(os.path.join(root, "up"))
    ks, up = os.path.join(root, "ks", "m"), os.path.join(root, "up", "m")
    if fmt == "keras":
        check_model_files(
            name,
            model,
            x,
            ks + ".keras",
            up + ".keras",
            kerasave.save_model,
            UPSTREAM_SAVE,
            kerasave.load_model,
            UPSTREAM_LOAD,
        )
        same_h5(ks + ".keras", up + ".keras")
    elif fmt == "keras_dir":
        check_model_files(
            name,
            model,
            x,
            ks,
            up,
            lambda m, p: kerasave.save_model(m, p, zipped=False),
            lambda m, p: UPSTREAM_SAVE(m, p, zipped=False),
            kerasave.load_model,
            UPSTREAM_LOAD,
        )
        same_h5(os.path.join(ks, "model.weights.h5"), os.path.join(up, "model.weights.h5"))
    elif fmt == "weights_h5":
        check_weights(name, model, x, ks + ".weights.h5", up + ".weights.h5")
        same_h5(ks + ".weights.h5", up + ".weights.h5")
    elif fmt == "weights_sharded":
        # Shards a little larger than the largest tensor: every model spans several.
        largest = max(to_numpy(v).nbytes for v in all_variables(model))
        shard = 1.1 * largest / 1024**3
        check_weights(
            name, model, x, ks + ".weights.json", up + ".weights.json", max_shard_size=shard
        )
        shards = sorted(os.listdir(os.path.dirname(up)))
        assert sorted(os.listdir(os.path.dirname(ks))) == shards
        assert len(shards) > 2, shards
        for shard_name in shards:
            if shard_name.endswith(".h5"):
                same_h5(os.path.join(root, "ks", shard_name), os.path.join(root, "up", shard_name))
    elif fmt == "npz":
        # Upstream writes npz weights it cannot read itself (pickles of the backend's own
        # variables): kerasave reads both, without unpickling.
        ks, up = ks + ".keras", up + ".keras"
        kwargs = zoo.ZOO[name].load_kwargs
        assert kerasave.api.lib_save_model(model, ks, weights_format="npz") is None
        UPSTREAM_LIB_SAVE(model, up, weights_format="npz")
        for path in (ks, up):
            assert_same_model(model, kerasave.api.lib_load_model(path, **kwargs), x)
        for path in (ks, up):
            _, error, message = outcome(UPSTREAM_LIB_LOAD, path, **kwargs)
            assert error is ValueError and "allow_pickle=False" in message, (error, message)
    elif fmt == "legacy_h5":
        check_legacy_h5(name, model, x, ks + ".h5", up + ".h5")
    else:
        raise AssertionError(fmt)


def same_h5(ks, up):
    """kerasave's HDF5 weights are upstream's: tree, types, attributes and values."""
    assert_same_h5_tree(ks, up)
    a, b = h5_values(ks), h5_values(up)
    assert list(a) == list(b)
    for key in a:
        np.testing.assert_array_equal(a[key], b[key], err_msg=key, strict=True)


def all_variables(model):
    optimizer = getattr(model, "optimizer", None)
    return list(model.variables) + (list(optimizer.variables) if optimizer is not None else [])


def check_preprocessing():
    """Lookup layers and TextVectorization keep their vocabularies in assets."""
    model = _preprocessing_model()
    for zipped in (True, False):
        suffix = ".keras" if zipped else ""
        ks = os.path.join(OUT_DIR, f"preprocessing.ks{suffix}")
        up = os.path.join(OUT_DIR, f"preprocessing.up{suffix}")
        assert kerasave.save_model(model, ks, zipped=zipped) is None
        UPSTREAM_SAVE(model, up, zipped=zipped)
        for reader, path in (
            (kerasave.load_model, ks),
            (UPSTREAM_LOAD, ks),
            (kerasave.load_model, up),
        ):
            _assert_same_preprocessing(model, reader(path))
        print("checked preprocessing", "keras" if zipped else "keras_dir", flush=True)


def main():
    assert keras.backend.backend() == BACKEND, keras.backend.backend()
    dtypes = set()
    failed = []
    for name in MODELS:
        for fmt in FORMATS:
            if fmt == "legacy_h5" and name in NO_LEGACY_H5:
                continue
            # Built afresh for each format: upstream's legacy save rewrites a compiled
            # model's compile config, and a failed check must not leak into the next.
            model, x = zoo.ZOO[name].build()
            dtypes |= {v.dtype for v in model.weights}
            try:
                check_format(name, fmt, model, x)
            except Exception:
                # The other checks still run, so that one run shows every failure.
                failed.append((name, fmt))
                print(f"FAILED {name} {fmt}", flush=True)
                traceback.print_exc()
            else:
                print("checked", name, fmt, flush=True)
            keras.backend.clear_session()
    # Variables of these dtypes really went through the files.
    assert {"bfloat16", "float16", "float64", "int64", "bool", "uint8"} <= dtypes, dtypes
    assert np.dtype("bfloat16")
    check_preprocessing()
    assert not failed, failed
    print(ROUND_TRIP_MARKER, flush=True)


if __name__ == "__main__":
    main()
