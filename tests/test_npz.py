"""npz weights (`weights_format="npz"`): archives and directories, kerasave against upstream.

Upstream writes its npz stores as pickles of Keras `Variable` objects and then cannot read
them (`allow_pickle=False`); kerasave writes the same members with numpy arrays, and reads
both without unpickling. The oracles: upstream's member layout, every tensor of upstream's
`.weights.h5` for the same model, `np.load(..., allow_pickle=True)` on kerasave's files, and
the original model's weights and predictions.
"""

import datetime
import io
import os
import zipfile

import kerasave
import numpy as np
import pytest
import zoo
from conftest import (
    UPSTREAM_LIB_LOAD,
    UPSTREAM_LIB_SAVE,
    UPSTREAM_LOAD_WEIGHTS,
    UPSTREAM_SAVE_WEIGHTS,
    assert_same_model,
    assert_same_predictions,
    assert_same_weights,
    h5_values,
)
from keras.src.saving import saving_lib
from test_weights_files import NAMES, blank

ks_save = kerasave.api.lib_save_model
ks_load = kerasave.api.lib_load_model


def npz_bytes(path):
    """The npz weights of an archive (path) or a directory."""
    if os.path.isdir(path):
        for name in ("model.weights.npz", "model.weights.h5"):
            if os.path.exists(os.path.join(path, name)):
                with open(os.path.join(path, name), "rb") as f:
                    return f.read()
    with zipfile.ZipFile(path) as zf:
        return zf.read("model.weights.npz")


def unpickled_stores(data):
    """`{member: {key: array}}` of kerasave's npz, the way numpy reads pickles."""
    with np.load(io.BytesIO(data), allow_pickle=True) as f:
        return {name: f[name].item() for name in f.files}


def _infos(zf):
    """Each member's zip fields. An asset's time is the moment its file was written during
    the save (both writers take the file's mtime), so two saves a moment apart may differ
    by a 2-second tick: it is left out here and checked by `_assert_same_infos`."""
    return [
        (i.filename, i.compress_type, i.flag_bits, i.create_version, i.extract_version)
        + (None if _is_asset(i) else i.date_time, i.external_attr, i.create_system)
        for i in zf.infolist()
    ]


def _is_asset(info):
    return info.filename.startswith("assets/")


def _assert_same_infos(a, b):
    assert _infos(a) == _infos(b)
    for x, y in zip(a.infolist(), b.infolist(), strict=True):
        if _is_asset(x):
            seconds = datetime.datetime(*x.date_time) - datetime.datetime(*y.date_time)
            assert abs(seconds.total_seconds()) <= 10, (x.date_time, y.date_time)


@pytest.mark.parametrize("name", NAMES)
def test_npz_archive_like_upstream(name, zoo_models, tmp_path):
    model, x = zoo_models.get(name)
    entry = zoo.ZOO[name]
    ks, up, h5 = tmp_path / "ks.keras", tmp_path / "up.keras", tmp_path / "up.weights.h5"
    assert ks_save(model, str(ks), weights_format="npz") is None
    UPSTREAM_LIB_SAVE(model, str(up), weights_format="npz")
    UPSTREAM_SAVE_WEIGHTS(model, h5)

    # The same members, with the same zip fields, outside and inside the npz.
    with zipfile.ZipFile(ks) as a, zipfile.ZipFile(up) as b:
        _assert_same_infos(a, b)
        assert a.read("config.json") == b.read("config.json")
    inner_ks = zipfile.ZipFile(io.BytesIO(npz_bytes(ks)))
    inner_up = zipfile.ZipFile(io.BytesIO(npz_bytes(up)))
    _assert_same_infos(inner_ks, inner_up)

    # Every tensor of upstream's HDF5 layout, and nothing else, at the npz's place for it.
    stores = unpickled_stores(npz_bytes(ks))
    expected = {}
    for path, value in h5_values(h5).items():
        group, _, key = path.rpartition("/vars/")
        if not path.startswith("vars/"):
            expected.setdefault(group, {})[key] = value
        else:
            expected.setdefault("__root__", {})[path[len("vars/") :]] = value
    flat = {(m, k): v for m, store in stores.items() for k, v in store.items()}
    assert sorted(flat) == sorted((m, k) for m, s in expected.items() for k in s)
    for (member, key), value in flat.items():
        want = expected[member][key]
        if str(value.dtype) == "bfloat16":
            # h5py reads upstream's bfloat16 datasets as opaque 2-byte values.
            assert want.dtype == np.dtype("V2"), (member, key)
            value, want = value.view(np.uint8), want.view(np.uint8)
        assert value.dtype == want.dtype and value.shape == want.shape, (member, key)
        np.testing.assert_array_equal(value, want, err_msg=f"{member}/{key}")

    # kerasave reads its own file and upstream's (which upstream itself refuses).
    for path in (ks, up):
        loaded = ks_load(str(path), **entry.load_kwargs)
        assert_same_model(model, loaded, x)
    with pytest.raises(ValueError, match="allow_pickle=False"):
        UPSTREAM_LIB_LOAD(str(up), **entry.load_kwargs)


@pytest.mark.parametrize("name", ["adam_after_fit", "all_dtypes", "custom_assets"])
def test_npz_directory(name, zoo_models, tmp_path):
    model, x = zoo_models.get(name)
    entry = zoo.ZOO[name]
    ks, up = tmp_path / "ks", tmp_path / "up"
    ks_save(model, str(ks), weights_format="npz", zipped=False)
    UPSTREAM_LIB_SAVE(model, str(up), weights_format="npz", zipped=False)
    # kerasave names the weights as upstream's loader expects; upstream's saver does not.
    assert "model.weights.npz" in os.listdir(ks) and "model.weights.h5" not in os.listdir(ks)
    assert "model.weights.h5" in os.listdir(up)
    assert sorted(os.listdir(ks)) == sorted(n.replace(".h5", ".npz") for n in os.listdir(up))
    for path in (ks, up):
        assert_same_model(model, ks_load(str(path), **entry.load_kwargs), x)
        assert_same_model(model, kerasave.load_model(str(path), **entry.load_kwargs), x)


def test_load_weights_from_npz_archive(zoo_models, tmp_path):
    """`load_weights` from an npz archive: upstream raises KeyError (it looks for HDF5
    weights only); kerasave loads them."""
    model, x = zoo_models.get("adam_after_fit")
    for writer in (ks_save, UPSTREAM_LIB_SAVE):
        path = tmp_path / f"{writer.__name__}.keras"
        writer(model, str(path), weights_format="npz")
        fresh, _ = blank("adam_after_fit")
        with pytest.raises(KeyError):
            UPSTREAM_LOAD_WEIGHTS(fresh, path)
        fresh, _ = blank("adam_after_fit")
        assert kerasave.load_weights(fresh, path) is None
        assert_same_weights(model, fresh)
        assert_same_predictions(model, fresh, x)


def test_npz_file_objects(zoo_models):
    model, x = zoo_models.get("cnn_batchnorm")
    buf = io.BytesIO()
    ks_save(model, buf, weights_format="npz")
    buf.seek(0)
    assert "model.weights.npz" in zipfile.ZipFile(buf).namelist()
    buf.seek(0)
    assert_same_model(model, ks_load(buf), x)


def test_npz_through_install(zoo_models, tmp_path, monkeypatch):
    """With install() active, upstream's entry points save and load npz through kerasave:
    upstream's own npz store is never used."""
    model, x = zoo_models.get("mlp_dropout")

    def refuse(*args, **kwargs):
        raise AssertionError("upstream's NpzIOStore was used")

    monkeypatch.setattr(saving_lib, "NpzIOStore", refuse)
    path = tmp_path / "m.keras"
    kerasave.install()
    try:
        saving_lib.save_model(model, str(path), weights_format="npz")
        loaded = saving_lib.load_model(str(path))
    finally:
        kerasave.uninstall()
    assert "model.weights.npz" in zipfile.ZipFile(path).namelist()
    assert_same_model(model, loaded, x)


def test_npz_compressed_and_numpy_written(zoo_models, tmp_path):
    """Stores written by numpy itself, deflated (`savez_compressed`), load the same."""
    model, x = zoo_models.get("nested_shared")
    path = tmp_path / "m.keras"
    ks_save(model, str(path), weights_format="npz")
    stores = unpickled_stores(npz_bytes(path))
    npz = io.BytesIO()
    np.savez_compressed(npz, **stores)
    out = tmp_path / "numpy.keras"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = npz.getvalue() if info.filename == "model.weights.npz" else src.read(info)
            dst.writestr(info.filename, data)
    fresh = ks_load(str(out))
    assert_same_model(model, fresh, x)


def _archive_with_npz(tmp_path, model, data):
    """A copy of `model`'s npz archive whose first store with tensors holds `data`."""
    path = tmp_path / "ok.keras"
    ks_save(model, str(path), weights_format="npz")
    stores = unpickled_stores(npz_bytes(path))
    victim = next(name for name, store in stores.items() if store)
    npz = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(npz_bytes(path))) as src, zipfile.ZipFile(npz, "w") as z:
        for info in src.infolist():
            z.writestr(info.filename, data if info.filename == f"{victim}.npy" else src.read(info))
    out = tmp_path / "bad.keras"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = npz.getvalue() if info.filename == "model.weights.npz" else src.read(info)
            dst.writestr(info.filename, data)
    return out


class _Evil:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _object_member(value):
    buf = io.BytesIO()
    arr = np.empty((), dtype=object)
    arr[()] = value
    np.lib.format.write_array(buf, arr, allow_pickle=True)
    return buf.getvalue()


def test_npz_never_unpickles(tmp_path):
    """A store whose pickle calls os.system is refused, naming the call; nothing runs."""
    model = kerasave_model()
    marker = tmp_path / "pwned"
    data = _object_member({"0": _Evil(marker)})
    bad = _archive_with_npz(tmp_path, model, data)
    with pytest.raises(ValueError, match=r"os\.system|posix\.system"):
        ks_load(str(bad))
    assert not marker.exists()


@pytest.mark.parametrize(
    "member, match",
    [
        # Upstream's own shape-bomb case: a header declaring 8 PiB and storing nothing.
        ("bomb", "needs|npz"),
        ("plain", "plain array"),
        ("truncated", "truncated|pickle"),
    ],
)
def test_npz_bad_members(member, match, tmp_path):
    model = kerasave_model()
    if member == "bomb":
        header = io.BytesIO()
        np.lib.format.write_array_header_1_0(
            header, {"descr": "<f8", "fortran_order": False, "shape": (2**50,)}
        )
        data = header.getvalue()
    elif member == "plain":
        buf = io.BytesIO()
        np.save(buf, np.zeros(3, dtype="float32"))
        data = buf.getvalue()
    else:
        good = _object_member({"0": np.zeros((3, 2), dtype="float32")})
        data = good[: len(good) - 30]
    bad = _archive_with_npz(tmp_path, model, data)
    with pytest.raises(ValueError, match=match):
        ks_load(str(bad))


def test_npz_damaged_archive(tmp_path):
    model = kerasave_model()
    path = tmp_path / "m.keras"
    ks_save(model, str(path), weights_format="npz")
    data = path.read_bytes()
    start = data.index(b"PK\x03\x04", 10)  # the npz's first member, inside the archive
    cut = tmp_path / "cut.keras"
    cut.write_bytes(data[: start + 200])
    with pytest.raises(zipfile.BadZipFile):
        ks_load(str(cut))
    flipped = bytearray(data)
    flipped[start + 400] ^= 0xFF
    (tmp_path / "flip.keras").write_bytes(bytes(flipped))
    with pytest.raises((zipfile.BadZipFile, ValueError)):
        ks_load(str(tmp_path / "flip.keras"))


def test_npz_failed_save_keeps_previous(tmp_path):
    model = kerasave_model()
    path = tmp_path / "m.keras"
    ks_save(model, str(path), weights_format="npz")
    before = path.read_bytes()

    class Boom(Exception):
        pass

    def boom(store):
        raise Boom

    layer = model.layers[0]
    layer.save_own_variables = boom
    try:
        with pytest.raises(Boom):
            ks_save(model, str(path), weights_format="npz")
    finally:
        del layer.save_own_variables
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["m.keras"]


def kerasave_model():
    model, _ = blank("mlp_dropout")
    return model


def test_npz_directory_replaces_hdf5_weights(zoo_models, tmp_path):
    """Saving npz weights into a directory that held HDF5 weights leaves no stale
    model.weights.h5 behind (loading prefers it): upstream overwrites that very file."""
    model, x = zoo_models.get("cnn_batchnorm")
    old, _ = blank("cnn_batchnorm")
    path = tmp_path / "d"
    ks_save(old, str(path), zipped=False)
    # (A second save into a directory whose assets/ exists fails, upstream and kerasave.)
    os.rmdir(path / "assets")
    ks_save(model, str(path), weights_format="npz", zipped=False)
    assert "model.weights.h5" not in os.listdir(path)
    assert_same_model(model, ks_load(str(path)), x)
