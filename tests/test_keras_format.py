"""`.keras` files written and read by kerasave are interchangeable with Keras's."""

import datetime
import inspect
import io
import os
import sys
import tempfile
import warnings
import zipfile

import keras
import kerasave
import numpy as np
import pytest
import zoo
from conftest import (
    ORIGINALS,
    UPSTREAM_LIB_LOAD,
    UPSTREAM_LIB_SAVE,
    UPSTREAM_LOAD,
    UPSTREAM_SAVE,
    assert_same_h5_tree,
    assert_same_model,
    assert_same_predictions,
    assert_same_weights,
    config,
    h5_tree,
    h5_values,
    metadata,
    predict,
    zip_members,
)
from keras.src.saving import saving_lib
from keras.src.utils import io_utils

NAMES = list(zoo.ZOO)
FIXED_MEMBERS = ["metadata.json", "config.json", "model.weights.h5"]


def assert_plain_upstream():
    """kerasave is not installed: `keras.saving.*` is Keras's own code."""
    assert keras.saving.save_model is ORIGINALS[(keras.saving, "save_model")]
    assert keras.saving.load_model is ORIGINALS[(keras.saving, "load_model")]
    assert saving_lib.save_model is UPSTREAM_LIB_SAVE
    assert saving_lib.load_model is UPSTREAM_LIB_LOAD


def save_with(writer, model, path, **kwargs):
    if writer == "kerasave":
        result = kerasave.save_model(model, path, **kwargs)
    else:
        assert_plain_upstream()
        result = keras.saving.save_model(model, path, **kwargs)
    assert result is None
    return path


def load_with(reader, path, **kwargs):
    if reader == "kerasave":
        return kerasave.load_model(path, **kwargs)
    assert_plain_upstream()
    return keras.saving.load_model(path, **kwargs)


def outcome(fn, *args, **kwargs):
    """`(exception type or None, message)` of calling `fn`."""
    try:
        fn(*args, **kwargs)
    except Exception as e:  # noqa: BLE001
        return type(e), str(e)
    return None, ""


class _PairCache:
    """One kerasave file and one upstream file per zoo model, saved once."""

    def __init__(self, root):
        self.root = root
        self.pairs = {}

    def get(self, name, zoo_models):
        if name not in self.pairs:
            model, _ = zoo_models.get(name)
            ks = save_with("kerasave", model, self.root / f"{name}.ks.keras")
            up = save_with("upstream", model, self.root / f"{name}.up.keras")
            self.pairs[name] = (ks, up)
        return self.pairs[name]


@pytest.fixture(scope="module")
def pairs(tmp_path_factory):
    return _PairCache(tmp_path_factory.mktemp("pairs"))


# ---------------------------------------------------------------------------
# Round trips.
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "writer, reader",
    [("kerasave", "kerasave"), ("kerasave", "upstream"), ("upstream", "kerasave")],
    ids=["ks-to-ks", "ks-to-upstream", "upstream-to-ks"],
)
@pytest.mark.parametrize("name", NAMES)
def test_round_trip(name, writer, reader, zoo_models, tmp_path):
    entry = zoo.ZOO[name]
    model, x = zoo_models.get(name)
    path = save_with(writer, model, tmp_path / f"{name}.keras")
    loaded = load_with(reader, str(path), **entry.load_kwargs)
    assert_same_model(model, loaded, x)


# ---------------------------------------------------------------------------
# The archive itself.
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_zip_members_match_upstream(name, zoo_models, pairs):
    ks, up = pairs.get(name, zoo_models)
    members = zip_members(ks)
    assert members == zip_members(up)
    assert members[:3] == FIXED_MEMBERS
    assert all(m.startswith("assets/") for m in members[3:])
    assert len(set(members)) == len(members)
    with zipfile.ZipFile(ks) as zf:
        assert zf.testzip() is None  # every member's CRC checks out


def test_assets_are_written():
    # The zoo does exercise the `assets/` part of the archive.
    model, _ = zoo.custom_assets()
    buf = io.BytesIO()
    UPSTREAM_LIB_SAVE(model, buf)
    assert zip_members(buf.getvalue())[3:] == ["assets/layers/vocab_layer/vocab.txt"]


@pytest.mark.parametrize("name", NAMES)
def test_h5_tree_matches_upstream(name, zoo_models, pairs):
    ks, up = pairs.get(name, zoo_models)
    assert_same_h5_tree(ks, up)


@pytest.mark.parametrize("name", NAMES)
def test_h5_values_match_upstream(name, zoo_models, pairs):
    ks, up = pairs.get(name, zoo_models)
    v_ks, v_up = h5_values(ks), h5_values(up)
    assert list(v_ks) == list(v_up)
    for key in v_up:
        a, b = np.asarray(v_ks[key]), np.asarray(v_up[key])
        assert (a.dtype, a.shape) == (b.dtype, b.shape), key
        assert a.tobytes() == b.tobytes(), key


def test_h5_tree_covers_every_dtype(zoo_models, pairs):
    ks, _ = pairs.get("all_dtypes", zoo_models)
    datasets = {k: v for k, v in h5_tree(ks).items() if v[0] == "dataset"}
    dtypes = {v[2][0] for v in datasets.values()}
    assert {"<f2", "<f4", "<f8", "|V2", "|i1", "<i2", "<i4", "<i8", "|u1", "|b1"} <= (dtypes)
    bf16 = [v for v in datasets.values() if v[2][0] == "|V2"]
    assert bf16
    for _, _, _, attrs in bf16:
        assert attrs["dtype"][0] == ("str", "bfloat16")
    # Scalar and empty datasets.
    assert any(v[1] == () for v in datasets.values())
    assert any(0 in v[1] for v in datasets.values())


@pytest.mark.parametrize("name", NAMES)
def test_vars_groups_carry_name(name, zoo_models, pairs):
    ks, _ = pairs.get(name, zoo_models)
    groups = {k: v for k, v in h5_tree(ks).items() if v[0] == "group" and k.endswith("vars")}
    assert "vars" in groups
    model, _ = zoo_models.get(name)
    assert groups["vars"][3]["name"][0] == ("str", model.name)
    for key, (_, _, _, attrs) in groups.items():
        assert attrs["name"][0][0] == "str", key


@pytest.mark.parametrize("name", NAMES)
def test_config_json_matches_upstream(name, zoo_models, pairs):
    ks, up = pairs.get(name, zoo_models)
    assert config(ks) == config(up)


@pytest.mark.parametrize("name", ["mlp_dropout", "custom_assets"])
def test_metadata(name, zoo_models, pairs):
    ks, up = pairs.get(name, zoo_models)
    meta = metadata(ks)
    assert set(meta) == set(metadata(up)) == {"keras_version", "date_saved"}
    assert meta["keras_version"] == keras.__version__
    saved = datetime.datetime.strptime(meta["date_saved"], "%Y-%m-%d@%H:%M:%S")
    assert abs(saved - datetime.datetime.now()) < datetime.timedelta(hours=1)


# ---------------------------------------------------------------------------
# Compilation and training state.
# ---------------------------------------------------------------------------


def test_compile_false_gives_uncompiled_model(zoo_models, pairs):
    model, x = zoo_models.get("adam_after_fit")
    ks, _ = pairs.get("adam_after_fit", zoo_models)

    loaded = kerasave.load_model(ks, compile=False)
    reference = load_with("upstream", ks, compile=False)
    for m in (loaded, reference):
        assert m.compiled is False
        assert getattr(m, "optimizer", None) is None
    assert_same_weights(model, loaded)
    assert_same_predictions(model, loaded, x)

    compiled = kerasave.load_model(ks)
    assert compiled.compiled is True
    assert isinstance(compiled.optimizer, keras.optimizers.Adam)
    assert compiled.loss == model.loss
    assert_same_weights(model, compiled)


def test_optimizer_state_round_trips(zoo_models, pairs):
    model, _ = zoo_models.get("adam_after_fit")
    ks, _ = pairs.get("adam_after_fit", zoo_models)
    loaded = kerasave.load_model(ks)
    iterations = int(keras.ops.convert_to_numpy(model.optimizer.iterations))
    assert iterations == 2  # one epoch of 16 samples in batches of 8
    assert int(keras.ops.convert_to_numpy(loaded.optimizer.iterations)) == iterations
    learning_rate = keras.ops.convert_to_numpy(loaded.optimizer.learning_rate)
    assert learning_rate == np.float32(0.01)
    # Slot variables are not left at their initial zeros.
    assert any(np.any(keras.ops.convert_to_numpy(v) != 0) for v in loaded.optimizer.variables[2:])


def test_training_continues_identically(tmp_path):
    model, _ = zoo.adam_after_fit()
    ks = save_with("kerasave", model, tmp_path / "ks.keras")
    up = save_with("upstream", model, tmp_path / "up.keras")
    copies = {
        "ks-to-ks": kerasave.load_model(ks),
        "ks-to-upstream": load_with("upstream", ks),
        "upstream-to-ks": kerasave.load_model(up),
    }
    x, y = zoo.adam_data()
    expected_loss = model.train_on_batch(x[:8], y[:8])
    for label, copy in copies.items():
        loss = copy.train_on_batch(x[:8], y[:8])
        assert loss == expected_loss, label
        assert_same_weights(model, copy)
        assert int(keras.ops.convert_to_numpy(copy.optimizer.iterations)) == 3


# ---------------------------------------------------------------------------
# Safe mode and custom objects.
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("writer", ["kerasave", "upstream"])
def test_lambda_needs_safe_mode_false(writer, zoo_models, tmp_path):
    model, x = zoo_models.get("lambda_layer")
    path = save_with(writer, model, tmp_path / "lambda.keras")

    with pytest.raises(ValueError, match="arbitrary code execution") as ks_err:
        kerasave.load_model(path)
    assert "safe_mode=False" in str(ks_err.value)
    up_type, up_msg = outcome(load_with, "upstream", path)
    assert up_type is ValueError
    assert str(ks_err.value) == up_msg

    with pytest.raises(ValueError, match="arbitrary code execution"):
        kerasave.load_model(path, safe_mode=True)

    loaded = kerasave.load_model(path, safe_mode=False)
    assert_same_model(model, loaded, x)


@pytest.mark.parametrize("writer", ["kerasave", "upstream"])
def test_unregistered_custom_layer_needs_custom_objects(writer, zoo_models, tmp_path):
    model, x = zoo_models.get("custom_unregistered")
    path = save_with(writer, model, tmp_path / "custom.keras")

    up_type, up_msg = outcome(load_with, "upstream", path)
    assert up_type is TypeError and "UnregisteredScale" in up_msg
    ks_type, ks_msg = outcome(kerasave.load_model, path)
    assert ks_type is up_type
    assert "UnregisteredScale" in ks_msg

    loaded = kerasave.load_model(path, custom_objects={"UnregisteredScale": zoo.UnregisteredScale})
    assert_same_model(model, loaded, x)
    with keras.saving.custom_object_scope({"UnregisteredScale": zoo.UnregisteredScale}):
        scoped = kerasave.load_model(path)
    assert_same_model(model, scoped, x)


# ---------------------------------------------------------------------------
# The Python API: signatures, warnings, arguments.
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("fn", ["save_model", "load_model"])
def test_signature_matches_upstream(fn):
    ours = getattr(kerasave, fn)
    theirs = getattr(keras.saving, fn)
    assert inspect.signature(ours) == inspect.signature(theirs)
    assert callable(ours)


def _warnings_of(fn):
    """User-facing warnings raised by `fn` (not Python/NumPy deprecations)."""
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        fn()
    return [(w.category, str(w.message)) for w in record if issubclass(w.category, UserWarning)]


def test_unbuilt_model_warns_like_upstream(tmp_path):
    def unbuilt():
        return keras.Sequential([keras.layers.Dense(2)], name="unbuilt")

    up_path, ks_path = tmp_path / "up.keras", tmp_path / "ks.keras"
    up_warnings = _warnings_of(lambda: save_with("upstream", unbuilt(), up_path))
    ks_warnings = _warnings_of(lambda: save_with("kerasave", unbuilt(), ks_path))
    assert any("has not yet been built" in msg for _, msg in up_warnings)
    assert ks_warnings == up_warnings
    assert zip_members(ks_path) == zip_members(up_path)

    loaded = kerasave.load_model(ks_path)
    assert loaded.built is False
    assert load_with("upstream", ks_path).built is False


def test_built_model_saves_without_warnings(zoo_models, tmp_path):
    model, _ = zoo_models.get("mlp_dropout")
    assert _warnings_of(lambda: save_with("kerasave", model, tmp_path / "m.keras")) == []


@pytest.mark.parametrize("writer", ["kerasave", "upstream"])
def test_overwrite_false_asks_before_overwriting(writer, zoo_models, tmp_path, monkeypatch):
    model, x = zoo_models.get("mlp_dropout")
    path = tmp_path / "m.keras"
    path.write_bytes(b"precious")
    asked = []
    answer = [False]

    def ask(filepath):
        asked.append(str(filepath))
        return answer[0]

    monkeypatch.setattr(io_utils, "ask_to_proceed_with_overwrite", ask)

    assert save_with(writer, model, path, overwrite=False) == path
    assert asked == [str(path)]
    assert path.read_bytes() == b"precious"

    answer[0] = True
    save_with(writer, model, path, overwrite=False)
    assert asked == [str(path)] * 2
    assert zip_members(path)[:3] == FIXED_MEMBERS
    assert_same_predictions(model, kerasave.load_model(path), x)

    # No question when the file does not exist, nor with overwrite=True.
    fresh = tmp_path / "fresh.keras"
    save_with(writer, model, fresh, overwrite=False)
    save_with(writer, model, path, overwrite=True)
    assert asked == [str(path)] * 2
    assert zip_members(fresh)[:3] == FIXED_MEMBERS


def test_overwrite_true_replaces_file(zoo_models, tmp_path):
    mlp, x_mlp = zoo_models.get("mlp_dropout")
    cnn, x_cnn = zoo_models.get("cnn_batchnorm")
    path = tmp_path / "m.keras"
    kerasave.save_model(cnn, path)
    kerasave.save_model(mlp, path)
    assert_same_model(mlp, kerasave.load_model(path), x_mlp)
    kerasave.save_model(cnn, path)
    assert_same_model(cnn, kerasave.load_model(path), x_cnn)


def _listing(root):
    return sorted((str(p.relative_to(root)), p.stat().st_mtime_ns) for p in root.rglob("*"))


def test_a_load_writes_nothing(zoo_models, tmp_path, monkeypatch):
    """Upstream 3.4 extracted the weights next to the file and broke on read-only mounts
    (keras #19921). A load writes no file: not beside the model, not in the temporary
    directory, and it opens none for writing (Python's own opens, through an audit hook)."""
    model, x = zoo_models.get("cnn_batchnorm")
    here, temp = tmp_path / "models", tmp_path / "tmp"
    here.mkdir()
    temp.mkdir()
    path = here / "m.keras"
    kerasave.save_model(model, path)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    before = (_listing(here), _listing(temp))
    writes = []
    watching = [True]

    def audit(event, args):
        if not watching[0] or event != "open":
            return
        _path, mode, flags = args
        writing = isinstance(mode, str) and any(c in mode for c in "wax+")
        if writing or (isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)):
            writes.append(args)

    sys.addaudithook(audit)
    if os.geteuid() != 0:  # root writes into read-only directories anyway
        here.chmod(0o555)
    try:
        loaded = kerasave.load_model(path)
    finally:
        watching[0] = False
        here.chmod(0o755)
    assert writes == []
    assert (_listing(here), _listing(temp)) == before
    assert_same_model(model, loaded, x)


def test_pathlib_and_str_paths(zoo_models, tmp_path):
    model, x = zoo_models.get("cnn_batchnorm")
    as_path = tmp_path / "path.keras"
    as_str = str(tmp_path / "str.keras")
    assert kerasave.save_model(model, as_path) is None
    assert kerasave.save_model(model, as_str) is None
    assert_same_model(model, kerasave.load_model(as_path), x)
    assert_same_model(model, kerasave.load_model(as_str), x)
    assert_same_model(model, kerasave.load_model(str(as_path)), x)
    assert_same_h5_tree(as_path, as_str)


def test_bytesio_like_upstream(zoo_models):
    """`keras.saving.*_model` refuse file objects; `saving_lib` accepts them."""
    model, x = zoo_models.get("mlp_dropout")

    up_type, _ = outcome(UPSTREAM_SAVE, model, io.BytesIO())
    ks_type, ks_msg = outcome(kerasave.save_model, model, io.BytesIO())
    assert ks_type is up_type
    assert ks_msg

    buf = io.BytesIO()
    UPSTREAM_LIB_SAVE(model, buf)
    data = buf.getvalue()
    up_type, _ = outcome(UPSTREAM_LOAD, io.BytesIO(data))
    ks_type, ks_msg = outcome(kerasave.load_model, io.BytesIO(data))
    assert ks_type is up_type
    if up_type is not None:
        assert ks_msg


def test_bytesio_through_installed_saving_lib(zoo_models):
    model, x = zoo_models.get("cnn_batchnorm")
    up_buf = io.BytesIO()
    UPSTREAM_LIB_SAVE(model, up_buf)

    kerasave.install()
    try:
        assert saving_lib.save_model is not UPSTREAM_LIB_SAVE
        ks_buf = io.BytesIO()
        assert saving_lib.save_model(model, ks_buf) is None
        from_upstream = saving_lib.load_model(io.BytesIO(up_buf.getvalue()))
        from_kerasave = saving_lib.load_model(io.BytesIO(ks_buf.getvalue()))
    finally:
        kerasave.uninstall()

    assert zip_members(ks_buf.getvalue()) == zip_members(up_buf.getvalue())
    assert_same_h5_tree(ks_buf.getvalue(), up_buf.getvalue())
    assert_same_model(model, from_upstream, x)
    assert_same_model(model, from_kerasave, x)
    assert_same_model(model, UPSTREAM_LIB_LOAD(io.BytesIO(ks_buf.getvalue())), x)


def test_legacy_h5_falls_back_to_upstream(zoo_models, tmp_path):
    model, x = zoo_models.get("cnn_batchnorm")
    path = tmp_path / "legacy.h5"
    assert kerasave.save_model(model, path) is None
    assert not zipfile.is_zipfile(path)
    assert_same_predictions(model, load_with("upstream", path), x)
    assert_same_predictions(model, kerasave.load_model(path), x)


def test_unzipped_directory_like_upstream(zoo_models, tmp_path):
    model, x = zoo_models.get("custom_assets")
    ks_dir, up_dir = tmp_path / "ks_dir", tmp_path / "up_dir"
    kerasave.save_model(model, ks_dir, zipped=False)
    save_with("upstream", model, up_dir, zipped=False)
    assert sorted(os.listdir(ks_dir)) == sorted(os.listdir(up_dir))
    assert_same_model(model, kerasave.load_model(ks_dir), x)
    assert_same_model(model, load_with("upstream", ks_dir), x)
    assert_same_model(model, kerasave.load_model(up_dir), x)


def test_upstream_npz_archive_loads_where_upstream_refuses(tmp_path):
    # Upstream 3.15 cannot read back its own npz archives (its pickled Variables need
    # allow_pickle); kerasave reads them without unpickling, by path and by file object.
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)])
    x = np.arange(6, dtype="float32").reshape(2, 3)
    path = tmp_path / "npz.keras"
    UPSTREAM_LIB_SAVE(model, path, weights_format="npz")
    assert "model.weights.npz" in zip_members(path)
    with pytest.raises(ValueError, match="allow_pickle"):
        UPSTREAM_LIB_LOAD(path)
    assert_same_model(model, kerasave.load_model(path), x)
    kerasave.install()
    try:
        with open(path, "rb") as f:
            loaded = saving_lib.load_model(f)
    finally:
        kerasave.uninstall()
    assert_same_model(model, loaded, x)


@pytest.mark.parametrize(
    "filename, kwargs",
    [
        ("model.txt", {}),
        ("model", {}),
        ("model.keras", {"unknown_argument": 1}),
        ("model.keras", {"zipped": False}),
        ("model.txt", {"save_format": "keras"}),
        ("no_such_dir/model.keras", {}),
    ],
    ids=[
        "txt",
        "no-extension",
        "unknown-kwarg",
        "zipped-false-keras",
        "save-format",
        "missing-directory",
    ],
)
def test_save_errors_like_upstream(filename, kwargs, zoo_models, tmp_path):
    model, _ = zoo_models.get("mlp_dropout")
    (tmp_path / "up").mkdir()
    (tmp_path / "ks").mkdir()
    assert_plain_upstream()
    up_type, _ = outcome(UPSTREAM_SAVE, model, tmp_path / "up" / filename, **kwargs)
    ks_type, ks_msg = outcome(kerasave.save_model, model, tmp_path / "ks" / filename, **kwargs)
    assert up_type is not None
    assert ks_type is up_type
    assert ks_msg
    assert os.listdir(tmp_path / "ks") == os.listdir(tmp_path / "up")


def test_save_onto_a_directory_like_upstream(zoo_models, tmp_path):
    model, _ = zoo_models.get("mlp_dropout")
    (tmp_path / "up.keras").mkdir()
    (tmp_path / "ks.keras").mkdir()
    up_type, _ = outcome(UPSTREAM_SAVE, model, tmp_path / "up.keras")
    ks_type, ks_msg = outcome(kerasave.save_model, model, tmp_path / "ks.keras")
    assert up_type is not None and issubclass(up_type, OSError)
    assert ks_type is up_type
    assert ks_msg
    assert os.listdir(tmp_path / "ks.keras") == []


def test_accepts_upstream_keyword_arguments(zoo_models, tmp_path):
    model, x = zoo_models.get("adam_after_fit")
    path = tmp_path / "m.keras"
    # `include_optimizer` only matters for legacy .h5 files; Keras ignores it.
    assert kerasave.save_model(model, path, include_optimizer=False) is None
    assert_same_model(model, kerasave.load_model(path), x)
    assert kerasave.save_model(model, path, zipped=True) is None
    assert_same_model(model, kerasave.load_model(path), x)


def test_predictions_are_meaningful(zoo_models):
    # Guard against a vacuous zoo: outputs are finite and not all equal.
    for name in NAMES:
        model, x = zoo_models.get(name)
        out = predict(model, x).astype("float32")
        assert np.all(np.isfinite(out)), name
        assert np.ptp(out) > 0, name
