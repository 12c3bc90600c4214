"""Shared fixtures and helpers for the kerasave test-suite."""

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import io  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import zipfile  # noqa: E402

import h5py  # noqa: E402
import keras  # noqa: E402
import keras.src.saving  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
import zoo  # noqa: E402
from keras.src.legacy.saving import legacy_h5_format  # noqa: E402
from keras.src.models import model as _model_module  # noqa: E402
from keras.src.saving import saving_api, saving_lib  # noqa: E402


def pytest_sessionstart(session):
    """`make test-portable` runs the suites against the portable build: make sure they do."""
    want = os.environ.get("KERASAVE_EXPECT_TUNING")
    if want is not None:
        import kerasave._native as native

        assert native.LINUX_TUNING == (want == "1"), (native.LINUX_TUNING, native.__file__)


# Every binding of the saving entry points that `kerasave.install()` may
# replace, captured before kerasave is imported. `(owner, attribute)` -> the
# original object.
PATCH_POINTS = [
    (keras.saving, "save_model"),
    (keras.saving, "load_model"),
    (keras.models, "save_model"),
    (keras.models, "load_model"),
    (keras.src.saving, "load_model"),
    (saving_api, "save_model"),
    (saving_api, "load_model"),
    (saving_lib, "save_model"),
    (saving_lib, "load_model"),
    (keras.saving, "save_weights"),
    (keras.saving, "load_weights"),
    (saving_api, "save_weights"),
    (saving_api, "load_weights"),
    (saving_lib, "save_weights_only"),
    (saving_lib, "load_weights_only"),
    (_model_module.Model, "save"),
    (_model_module.Model, "save_weights"),
    (_model_module.Model, "load_weights"),
    (legacy_h5_format, "save_model_to_hdf5"),
    (legacy_h5_format, "load_model_from_hdf5"),
]
ORIGINALS = {(owner, attr): owner.__dict__[attr] for owner, attr in PATCH_POINTS}

# Plain upstream Keras, whatever gets installed later.
UPSTREAM_SAVE = saving_api.save_model
UPSTREAM_LOAD = saving_api.load_model
UPSTREAM_LIB_SAVE = saving_lib.save_model
UPSTREAM_LIB_LOAD = saving_lib.load_model
UPSTREAM_SAVE_WEIGHTS = saving_api.save_weights
UPSTREAM_LOAD_WEIGHTS = saving_api.load_weights

import kerasave  # noqa: E402


def pytest_configure(config):
    # Keras 3.15's `Variable.__array__` predates NumPy 2's `copy` keyword; this
    # deprecation comes from Keras itself, hundreds of times per run.
    config.addinivalue_line(
        "filterwarnings",
        "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning",
    )


def leaked_patches():
    """Names of the patch points that do not hold their original object."""
    return [
        f"{owner.__name__}.{attr}"
        for (owner, attr), original in ORIGINALS.items()
        if owner.__dict__.get(attr) is not original
    ]


@pytest.fixture(autouse=True)
def _kerasave_isolation():
    """Every test starts and ends with plain upstream Keras and a fresh session."""
    yield
    try:
        kerasave.uninstall()
    finally:
        keras.backend.clear_session()
        leaked = leaked_patches()
        for (owner, attr), original in ORIGINALS.items():
            setattr(owner, attr, original)
        if leaked:
            pytest.fail(f"kerasave.uninstall() left patched: {leaked}")


class _ZooCache:
    """Builds each zoo model once per session (none of the tests mutate them)."""

    def __init__(self):
        self._built = {}

    def get(self, name):
        if name not in self._built:
            self._built[name] = zoo.ZOO[name].build()
        return self._built[name]


@pytest.fixture(scope="session")
def zoo_models():
    return _ZooCache()


# ---------------------------------------------------------------------------
# Model comparison.
# ---------------------------------------------------------------------------


def to_numpy(x):
    if isinstance(x, keras.Variable):
        x = x.value
    return np.asarray(keras.ops.convert_to_numpy(x))


def _assert_same_variable(label, a, b, check_name=True):
    if check_name:
        assert a.name == b.name, f"{label}: name {a.name!r} != {b.name!r}"
    assert a.dtype == b.dtype, f"{label}: dtype {a.dtype} != {b.dtype}"
    va, vb = to_numpy(a), to_numpy(b)
    assert va.dtype == vb.dtype, f"{label}: value dtype {va.dtype} != {vb.dtype}"
    assert va.shape == vb.shape, f"{label}: shape {va.shape} != {vb.shape}"
    np.testing.assert_array_equal(va, vb, err_msg=label, strict=True)


def assert_same_weights(m1, m2):
    """Every weight (and optimizer variable) equal: name, dtype, shape, value.

    Variables are paired in order and labelled by their path. Keras itself does
    not preserve variable paths on reload (the model-name prefix is dropped,
    auto-generated sublayer names in subclassed models are renumbered), so the
    paths are labels here, not keys.
    """
    w1, w2 = m1.weights, m2.weights
    assert [v.name for v in w1] == [v.name for v in w2]
    for a, b in zip(w1, w2, strict=True):
        _assert_same_variable(f"{a.path} vs {b.path}", a, b)

    o1 = getattr(m1, "optimizer", None)
    o2 = getattr(m2, "optimizer", None)
    if o1 is not None and o2 is not None:
        assert type(o1) is type(o2)
        assert len(o1.variables) == len(o2.variables)
        for a, b in zip(o1.variables, o2.variables, strict=True):
            # Slot names embed the (not preserved) variable paths.
            _assert_same_variable(f"optimizer {a.path} vs {b.path}", a, b, check_name=False)

    r1, r2 = zoo.raw_states(m1), zoo.raw_states(m2)
    assert list(r1) == list(r2)
    for layer_path in r1:
        assert list(r1[layer_path]) == list(r2[layer_path])
        for key, value in r1[layer_path].items():
            np.testing.assert_array_equal(value, r2[layer_path][key], err_msg=key, strict=True)
    assert zoo.vocabs(m1) == zoo.vocabs(m2)


def predict(model, x):
    return to_numpy(model(x, training=False))


def assert_same_predictions(m1, m2, x):
    p1, p2 = predict(m1, x), predict(m2, x)
    assert p1.dtype == p2.dtype
    np.testing.assert_array_equal(p1, p2, strict=True)


def assert_same_model(original, loaded, x):
    """`loaded` is a faithful copy of `original`: class, weights, outputs."""
    assert type(loaded) is type(original)
    assert loaded.name == original.name
    assert getattr(loaded, "compiled", False) == getattr(original, "compiled", False)
    assert_same_weights(original, loaded)
    assert_same_predictions(original, loaded, x)


# ---------------------------------------------------------------------------
# Archive inspection.
# ---------------------------------------------------------------------------


def zip_members(path):
    """Member names of a `.keras` archive (path or bytes), in archive order."""
    src = io.BytesIO(path) if isinstance(path, bytes) else path
    with zipfile.ZipFile(src) as zf:
        return [info.filename for info in zf.infolist()]


def read_member(path, name):
    src = io.BytesIO(path) if isinstance(path, bytes) else path
    with zipfile.ZipFile(src) as zf:
        return zf.read(name)


def _open_weights(path):
    """The HDF5 weights of a `.keras` archive (path or bytes), or a bare `.h5` file."""
    if isinstance(path, (str, os.PathLike)) and str(path).endswith(".h5"):
        return h5py.File(path, "r")
    return h5py.File(io.BytesIO(read_member(path, "model.weights.h5")), "r")


def _describe_type(tid):
    """A precise, comparable description of an HDF5 datatype."""
    cls = tid.get_class()
    if cls == h5py.h5t.STRING:
        return (
            "string",
            "vlen" if tid.is_variable_str() else tid.get_size(),
            tid.get_cset(),
            tid.get_strpad(),
        )
    if cls == h5py.h5t.OPAQUE:
        return ("opaque", tid.get_size(), tid.get_tag())
    if cls == h5py.h5t.ENUM:
        members = tuple(
            (tid.get_member_name(i), tid.get_member_value(i)) for i in range(tid.get_nmembers())
        )
        return ("enum", _describe_type(tid.get_super()), members)
    if cls == h5py.h5t.INTEGER:
        return ("integer", tid.get_size(), tid.get_sign(), tid.get_order())
    if cls == h5py.h5t.FLOAT:
        return ("float", tid.get_size(), tid.get_order(), tid.get_fields())
    return (f"class{cls}", tid.get_size())


def _plain(value):
    if isinstance(value, bytes):
        return ("bytes", value)
    if isinstance(value, np.ndarray):
        return ("array", str(value.dtype), value.shape, value.tolist())
    if isinstance(value, np.generic):
        return ("scalar", str(value.dtype), value.item())
    return (type(value).__name__, value)


def _attrs(obj):
    out = {}
    for key in obj.attrs:
        aid = obj.attrs.get_id(key)
        out[key] = (
            _plain(obj.attrs[key]),
            _describe_type(aid.get_type()),
            aid.shape,
        )
    return out


def h5_tree(path):
    """`{hdf5 path: (kind, shape, dtype, attrs)}` of a `.keras` file's weights (or of a
    bare HDF5 weights file).

    `kind` is "group" or "dataset"; `dtype` is NumPy's dtype string plus the
    precise HDF5 type (so e.g. bfloat16-as-opaque and bool-as-enum are pinned
    down); `attrs` maps each attribute to its value, HDF5 type and shape.
    """
    tree = {}
    with _open_weights(path) as f:
        tree["/"] = ("group", None, None, _attrs(f))

        def visit(name, link):
            if not isinstance(link, h5py.HardLink):
                tree[name] = ("link", None, type(link).__name__, {})
                return
            obj = f[name]
            if isinstance(obj, h5py.Dataset):
                dtype = (obj.dtype.str, _describe_type(obj.id.get_type()))
                tree[name] = ("dataset", obj.shape, dtype, _attrs(obj))
            else:
                tree[name] = ("group", None, None, _attrs(obj))

        # Visits links too, so soft and external links cannot hide.
        f.visititems_links(visit)
    return tree


def h5_values(path):
    """`{dataset path: raw stored array}` of a `.keras` file's weights."""
    values = {}
    with _open_weights(path) as f:

        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                values[name] = obj[()]

        f.visititems(visit)
    return values


def assert_same_h5_tree(path1, path2):
    t1, t2 = h5_tree(path1), h5_tree(path2)
    only1 = sorted(set(t1) - set(t2))
    only2 = sorted(set(t2) - set(t1))
    assert not only1 and not only2, f"only in first: {only1}; only in second: {only2}"
    for key in sorted(t1):
        assert t1[key] == t2[key], f"{key}: {t1[key]} != {t2[key]}"


def metadata(path):
    return json.loads(read_member(path, "metadata.json"))


def config(path):
    return json.loads(read_member(path, "config.json"))


def run_child(script, *args, timeout=600):
    """Runs `script` in a child interpreter (JAX backend); the completed process, which must
    have succeeded."""
    env = dict(os.environ, KERAS_BACKEND="jax", TF_CPP_MIN_LOG_LEVEL="3")
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


# Files written by tf.keras 2.15 (tests/legacy/make_keras2.py): `.h5`, `.keras`, SavedModels,
# and the inputs and tf.keras's predictions of each model.
KERAS2 = os.path.join(os.path.dirname(__file__), "legacy", "keras2")
KERAS2_EXPECTED = np.load(os.path.join(KERAS2, "expected.npz"))
KERAS2_NAMES = sorted({key.split("/")[0] for key in KERAS2_EXPECTED.files})
# Keras 2 models with float16 computations: compared within float16 precision.
KERAS2_FLOAT16 = {"mixed_precision"}


def keras2_inputs(name):
    """The inputs tf.keras predicted on for the Keras 2 model `name`."""
    keys = sorted(k for k in KERAS2_EXPECTED.files if k.startswith(f"{name}/x"))
    xs = [KERAS2_EXPECTED[k] for k in keys]
    return xs[0] if len(xs) == 1 else xs


def assert_keras2_predictions(name, model):
    """`model` predicts what tf.keras predicted for the Keras 2 model `name`."""
    y = predict(model, keras2_inputs(name))
    tol = 5e-3 if name in KERAS2_FLOAT16 else 1e-6
    np.testing.assert_allclose(y, KERAS2_EXPECTED[f"{name}/y"], rtol=tol * 10, atol=tol)
