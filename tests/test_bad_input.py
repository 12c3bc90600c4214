"""Malformed `.keras` files fail with the same exception types as Keras's loader."""

import io
import json
import os
import subprocess
import sys
import textwrap
import zipfile

import h5py
import keras
import kerasave
import numpy as np
import pytest
from conftest import ORIGINALS, UPSTREAM_LOAD, UPSTREAM_SAVE

# ---------------------------------------------------------------------------
# Building bad files from a valid archive.
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def valid(tmp_path_factory):
    """A valid archive (written by upstream Keras) and its members."""
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [keras.Input((3,)), keras.layers.Dense(2), keras.layers.Dense(2)],
        name="victim",
    )
    path = tmp_path_factory.mktemp("valid") / "valid.keras"
    UPSTREAM_SAVE(model, path)
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    return path, members


def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def edit_weights(members, edit):
    """Members with `edit(h5py.File)` applied to a copy of model.weights.h5."""
    buf = io.BytesIO(members["model.weights.h5"])
    with h5py.File(buf, "a") as f:
        edit(f)
    return {**members, "model.weights.h5": buf.getvalue()}


def random_bytes(n, seed=0):
    return np.random.default_rng(seed).bytes(n)


def case_missing_file(tmp, path, members):
    return tmp / "missing.keras"


def case_missing_file_no_extension(tmp, path, members):
    return tmp / "missing"


def case_wrong_extension(tmp, path, members):
    target = tmp / "model.txt"
    target.write_bytes(path.read_bytes())
    return target


def case_archive_named_h5(tmp, path, members):
    # Legacy-H5 territory: whoever handles it must fail like Keras.
    target = tmp / "model.h5"
    target.write_bytes(path.read_bytes())
    return target


def case_empty_file(tmp, path, members):
    target = tmp / "empty.keras"
    target.write_bytes(b"")
    return target


def case_not_a_zip(tmp, path, members):
    target = tmp / "random.keras"
    target.write_bytes(random_bytes(4096))
    return target


def _truncated(fraction=None, cut=None):
    def case(tmp, path, members):
        data = path.read_bytes()
        n = cut(len(data)) if cut else int(len(data) * fraction)
        target = tmp / f"truncated_{n}.keras"
        target.write_bytes(data[:n])
        return target

    return case


def case_corrupted_config_byte(tmp, path, members):
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("config.json")
    assert info.compress_type == zipfile.ZIP_STORED
    # Local header: 30 fixed bytes, then file name and extra field.
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    offset = start + info.compress_size // 2
    assert chr(data[offset]).isprintable()
    data[offset] ^= 0x01  # still printable text, but the CRC no longer matches
    target = tmp / "corrupted.keras"
    target.write_bytes(bytes(data))
    return target


def case_corrupted_weight_byte(tmp, path, members):
    """One byte of a tensor flipped: the HDF5 structure is intact, only the CRC tells."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("model.weights.h5")
        with h5py.File(io.BytesIO(zf.read("model.weights.h5")), "r") as f:
            tensor = f["layers/dense/vars/0"].id.get_offset()
    name_len, extra_len = np.frombuffer(
        data[info.header_offset + 26 : info.header_offset + 30], "<u2"
    )
    data[info.header_offset + 30 + name_len + extra_len + tensor + 1] ^= 0xFF
    target = tmp / "corrupted_weight.keras"
    target.write_bytes(bytes(data))
    return target


def case_no_config(tmp, path, members):
    kept = {k: v for k, v in members.items() if k != "config.json"}
    return write_zip(tmp / "no_config.keras", kept)


def case_no_weights(tmp, path, members):
    kept = {k: v for k, v in members.items() if k != "model.weights.h5"}
    return write_zip(tmp / "no_weights.keras", kept)


def case_config_not_json(tmp, path, members):
    bad = {**members, "config.json": b'{"class_name": "Sequential", "config": '}
    return write_zip(tmp / "config_not_json.keras", bad)


def case_config_unknown_class(tmp, path, members):
    config = json.dumps({"class_name": "NoSuchModel", "config": {}}).encode()
    return write_zip(tmp / "unknown_class.keras", {**members, "config.json": config})


def case_weights_not_hdf5(tmp, path, members):
    bad = {**members, "model.weights.h5": random_bytes(8192, seed=1)}
    return write_zip(tmp / "weights_not_hdf5.keras", bad)


def case_weights_empty(tmp, path, members):
    return write_zip(tmp / "weights_empty.keras", {**members, "model.weights.h5": b""})


def case_weights_truncated_hdf5(tmp, path, members):
    h5 = members["model.weights.h5"]
    bad = {**members, "model.weights.h5": h5[: len(h5) // 2]}
    return write_zip(tmp / "weights_truncated.keras", bad)


def case_wrong_shape(tmp, path, members):
    def edit(f):
        assert f["layers/dense/vars/0"].shape == (3, 2)
        del f["layers/dense/vars/0"]
        f["layers/dense/vars/0"] = np.ones((4, 2), dtype="float32")

    return write_zip(tmp / "wrong_shape.keras", edit_weights(members, edit))


def case_missing_dataset(tmp, path, members):
    def edit(f):
        del f["layers/dense_1/vars/1"]

    return write_zip(tmp / "missing_dataset.keras", edit_weights(members, edit))


def case_string_dataset(tmp, path, members):
    def edit(f):
        del f["layers/dense/vars/1"]
        f["layers/dense/vars/1"] = np.array([b"ab", b"cd"])

    return write_zip(tmp / "string_dataset.keras", edit_weights(members, edit))


def case_soft_link(tmp, path, members):
    def edit(f):
        f["elsewhere"] = np.ones((2,), dtype="float32")
        del f["layers/dense/vars/1"]
        f["layers/dense/vars/1"] = h5py.SoftLink("/elsewhere")

    return write_zip(tmp / "soft_link.keras", edit_weights(members, edit))


def case_external_link(tmp, path, members):
    outside = tmp / "outside.h5"
    with h5py.File(outside, "w") as f:
        f["bias"] = np.ones((2,), dtype="float32")

    def edit(f):
        del f["layers/dense/vars/1"]
        f["layers/dense/vars/1"] = h5py.ExternalLink(str(outside), "/bias")

    return write_zip(tmp / "external_link.keras", edit_weights(members, edit))


CASES = {
    "missing-file": case_missing_file,
    "missing-file-no-extension": case_missing_file_no_extension,
    "wrong-extension": case_wrong_extension,
    "archive-named-h5": case_archive_named_h5,
    "empty-file": case_empty_file,
    "not-a-zip": case_not_a_zip,
    "truncated-10": _truncated(cut=lambda n: 10),
    "truncated-half": _truncated(fraction=0.5),
    "truncated-len-10": _truncated(cut=lambda n: n - 10),
    "truncated-len-1": _truncated(cut=lambda n: n - 1),
    "corrupted-config-byte": case_corrupted_config_byte,
    "corrupted-weight-byte": case_corrupted_weight_byte,
    "no-config-json": case_no_config,
    "no-weights-h5": case_no_weights,
    "config-not-json": case_config_not_json,
    "config-unknown-class": case_config_unknown_class,
    "weights-not-hdf5": case_weights_not_hdf5,
    "weights-empty": case_weights_empty,
    "weights-truncated-hdf5": case_weights_truncated_hdf5,
    "wrong-shape": case_wrong_shape,
    "missing-dataset": case_missing_dataset,
    "string-dataset": case_string_dataset,
    "soft-link": case_soft_link,
    "external-link": case_external_link,
}

# Cases that reach the HDF5 library (or stop right before it).
HDF5_CASES = [
    "weights-not-hdf5",
    "weights-empty",
    "weights-truncated-hdf5",
    "truncated-10",
    "truncated-half",
    "truncated-len-10",
    "wrong-shape",
    "soft-link",
    "external-link",
]


def upstream_error(path):
    assert keras.saving.load_model is ORIGINALS[(keras.saving, "load_model")]
    try:
        UPSTREAM_LOAD(path)
    except Exception as e:  # noqa: BLE001
        return e
    pytest.fail(f"upstream Keras loaded the bad file {path}")


def error_of(load, path):
    try:
        load(path)
    except BaseException as e:  # noqa: BLE001 - a Rust panic is a BaseException
        return e
    pytest.fail(f"{load} loaded the bad file {path}")


# ---------------------------------------------------------------------------
# Tests.
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("via", ["kerasave", "installed"])
@pytest.mark.parametrize("case", list(CASES))
def test_same_exception_type_as_upstream(case, via, valid, tmp_path):
    path = CASES[case](tmp_path, *valid)
    expected = upstream_error(path)

    if via == "kerasave":
        error = error_of(kerasave.load_model, path)
    else:
        kerasave.install()
        try:
            assert keras.saving.load_model is not ORIGINALS[(keras.saving, "load_model")]
            error = error_of(keras.saving.load_model, path)
        finally:
            kerasave.uninstall()

    assert type(error) is type(expected), (
        f"kerasave raised {type(error).__name__}: {error!r}; "
        f"Keras raises {type(expected).__name__}: {expected!r}"
    )
    assert str(error).strip(), "empty exception message"


@pytest.mark.parametrize("case", ["empty-file", "not-a-zip"])
def test_a_keras_file_that_is_no_zip_is_refused_in_upstreams_words(case, valid, tmp_path):
    path = CASES[case](tmp_path, *valid)
    expected = upstream_error(path)
    error = error_of(kerasave.load_model, path)
    assert type(error) is ValueError and str(error) == str(expected)


def test_cases_are_not_vacuous(valid, tmp_path):
    # The valid archive loads; the bad ones really do differ from it.
    path, members = valid
    assert list(members) == ["metadata.json", "config.json", "model.weights.h5"]
    model = kerasave.load_model(path)
    assert [w.shape for w in model.weights] == [(3, 2), (2,), (2, 2), (2,)]
    upstream = {name: type(upstream_error(CASES[name](tmp_path, *valid))) for name in CASES}
    assert upstream["corrupted-config-byte"] is zipfile.BadZipFile
    assert upstream["no-config-json"] is KeyError
    assert upstream["config-not-json"] is json.JSONDecodeError
    assert upstream["weights-not-hdf5"] is OSError
    assert upstream["wrong-shape"] is ValueError


def test_bad_files_leave_no_open_handles(valid, tmp_path):
    # A failed load must not keep the file open (it can be replaced / deleted).
    path = CASES["wrong-shape"](tmp_path, *valid)
    error_of(kerasave.load_model, path)
    path.write_bytes(valid[0].read_bytes())
    assert len(kerasave.load_model(path).weights) == 4
    os.remove(path)
    assert not path.exists()


_HDF5_SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["KERAS_BACKEND"] = "jax"
    import kerasave
    for path in sys.argv[1:]:
        try:
            kerasave.load_model(path)
        except BaseException as e:
            print("RAISED", os.path.basename(path), type(e).__name__, flush=True)
        else:
            print("LOADED", os.path.basename(path), flush=True)
    # A save that fails inside the HDF5 writer (no such directory).
    import keras
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    try:
        kerasave.save_model(model, os.path.join(sys.argv[1], "no", "such", "dir.keras"))
    except BaseException as e:
        print("SAVE-RAISED", flush=True)
    print("SCRIPT-DONE", flush=True)
    """
)


def test_libhdf5_prints_nothing_to_stderr(valid, tmp_path):
    paths = [CASES[name](tmp_path, *valid) for name in HDF5_CASES]
    expected = [type(upstream_error(p)).__name__ for p in paths]
    env = {**os.environ, "KERAS_BACKEND": "jax"}
    proc = subprocess.run(
        [sys.executable, "-c", _HDF5_SCRIPT, *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "HDF5-DIAG" not in proc.stderr, proc.stderr
    assert "HDF5-DIAG" not in proc.stdout, proc.stdout
    lines = [line.split() for line in proc.stdout.splitlines()]
    assert lines[-2:] == [["SAVE-RAISED"], ["SCRIPT-DONE"]], proc.stdout
    results = [line for line in lines if line[0] in ("RAISED", "LOADED")]
    assert results == [["RAISED", p.name, name] for p, name in zip(paths, expected, strict=True)]
