"""The shortcuts a load or a save takes must not change what it returns.

- Initial values are not computed for variables the file assigns (`kerasave.lazy`); those
  it does not assign still get exactly upstream's initial values.
- Weights stored as h5py stores them are copied straight out of the file; any other storage
  (chunked, compressed, big-endian, never written) goes through libhdf5, with equal results.
"""

import gc
import io
import threading
import zipfile

import h5py
import keras
import kerasave
import numpy as np
import pytest
from conftest import (
    UPSTREAM_LOAD,
    UPSTREAM_LOAD_WEIGHTS,
    UPSTREAM_SAVE,
    UPSTREAM_SAVE_WEIGHTS,
    assert_same_weights,
    read_member,
    zip_members,
)
from keras import layers
from kerasave import lazy

# --- deferred initial values ----------------------------------------------------------------


@keras.saving.register_keras_serializable(package="kerasave_fast")
class HalfSaved(layers.Layer):
    """Saves only its first variable; the second must come back with its initializer.

    One more variable draws from a shared SeedGenerator (kept eager), and `build` reads the
    first variable's value before any weights are loaded.
    """

    def __init__(self, units=3, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.seed_gen = keras.random.SeedGenerator(5)

    def build(self, input_shape):
        self.saved = self.add_weight(shape=(input_shape[-1], self.units), name="saved")
        self.fresh = self.add_weight(shape=(self.units,), initializer="random_normal", name="fresh")
        self.seeded = self.add_weight(
            shape=(self.units,),
            initializer=keras.initializers.RandomUniform(seed=self.seed_gen),
            name="seeded",
        )
        self.fresh_zero = self.add_weight(shape=(2,), initializer="ones", name="fresh_zero")
        # Read during build, before the file's values arrive.
        self.sum_at_build = float(np.sum(keras.ops.convert_to_numpy(self.saved)))

    def call(self, x):
        return x @ self.saved + self.fresh + self.seeded

    def save_own_variables(self, store):
        store["0"] = self.saved.numpy()

    def load_own_variables(self, store):
        self.saved.assign(store["0"])

    def get_config(self):
        return {**super().get_config(), "units": self.units}


def _half_saved_model():
    keras.utils.set_random_seed(3)
    inputs = keras.Input((4,))
    model = keras.Model(inputs, HalfSaved(name="half")(layers.Dense(4)(inputs)))
    for v in model.weights:
        v.assign(np.full(v.shape, 0.25, dtype=v.dtype))
    return model


def _values(model):
    return {v.path: np.asarray(v.numpy()) for v in model.weights}


def test_unassigned_variables_get_upstreams_initial_values(tmp_path):
    path = tmp_path / "half.keras"
    UPSTREAM_SAVE(_half_saved_model(), path)
    keras.utils.set_random_seed(11)
    expected = UPSTREAM_LOAD(path)
    keras.utils.set_random_seed(11)
    loaded = kerasave.load_model(path)
    want, got = _values(expected), _values(loaded)
    assert want.keys() == got.keys()
    for name in want:
        np.testing.assert_array_equal(got[name], want[name], err_msg=name)
    # The saved variable holds the file's values, the others their (non-trivial) inits.
    half = loaded.get_layer("half")
    np.testing.assert_array_equal(half.saved.numpy(), np.full((4, 3), 0.25, "float32"))
    assert not np.allclose(half.fresh.numpy(), 0.25)
    np.testing.assert_array_equal(half.fresh_zero.numpy(), np.ones(2, "float32"))
    # A read during build saw the initial value upstream saw.
    assert half.sum_at_build == expected.get_layer("half").sum_at_build


def test_no_variable_is_left_without_a_value(tmp_path):
    path = tmp_path / "half.keras"
    kerasave.save_model(_half_saved_model(), path)
    loaded = kerasave.load_model(path)
    for v in loaded.weights + [loaded.get_layer("half").seed_gen.state]:
        assert v._value is not None, v.path
        assert v._initializer is None, v.path


@keras.saving.register_keras_serializable(package="kerasave_fast")
class TwoDense(keras.Model):
    """A subclassed model inside a Functional one: its variables are created in the
    stateless scope of a symbolic build and initialized by Keras when the scope ends."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.first = layers.Dense(3)
        self.second = layers.Dense(1)

    def call(self, x):
        return self.second(self.first(x))


def test_variables_initialized_when_a_stateless_scope_ends(tmp_path):
    with lazy.deferred_init():
        variable = keras.Variable(initializer="ones", shape=(2,))
        assert variable._value is None
        with keras.StatelessScope():
            late = keras.Variable(initializer="ones", shape=(2,))
        assert late._value is not None and late._initializer is None
    keras.utils.set_random_seed(1)
    inputs = keras.Input((4,))
    model = keras.Model(inputs, TwoDense()(layers.Dense(4)(inputs)))
    x = np.random.default_rng(0).normal(size=(2, 4)).astype("float32")
    for suffix in (".keras", ".h5"):
        path = tmp_path / f"m{suffix}"
        model.save(path)
        loaded = kerasave.load_model(path)
        np.testing.assert_allclose(loaded(x), model(x), rtol=1e-6)
        for v in loaded.weights:
            assert v._value is not None and v._initializer is None, v.path


def test_other_threads_create_variables_eagerly():
    made = []

    def other():
        made.append(keras.Variable(initializer="ones", shape=(3,)))

    with lazy.deferred_init():
        inside = keras.Variable(initializer="ones", shape=(3,))
        assert inside._value is None
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        assert made[0]._value is not None
    np.testing.assert_array_equal(inside.numpy(), np.ones(3, "float32"))


def test_variable_created_outside_a_load_is_eager():
    assert keras.Variable(initializer="zeros", shape=(2,))._value is not None


def test_failed_load_leaves_nothing_deferred(tmp_path):
    path = tmp_path / "half.keras"
    kerasave.save_model(_half_saved_model(), path)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    broken = tmp_path / "broken.keras"
    with zipfile.ZipFile(broken, "w") as z:
        for name, data in members.items():
            z.writestr(name, data if name != "model.weights.h5" else b"not hdf5")
    with pytest.raises(OSError):
        kerasave.load_model(broken)
    assert lazy._local.pending is None
    assert keras.Variable(initializer="zeros", shape=(2,))._value is not None


# --- how weights are stored -----------------------------------------------------------------


def _dense_model():
    keras.utils.set_random_seed(1)
    model = keras.Sequential([keras.Input((40,)), layers.Dense(300), layers.Dense(5)])
    rng = np.random.default_rng(0)
    for v in model.weights:
        v.assign(rng.normal(size=v.shape).astype("float32"))
    return model


def _rewrite_weights(src, dst, **create_kwargs):
    """Copies the archive at `src` to `dst`, rewriting every dataset of its weights file
    with h5py's `create_dataset(**create_kwargs)`."""
    with zipfile.ZipFile(src) as z:
        members = {n: z.read(n) for n in z.namelist()}
    h5_in = tmp_h5 = dst.with_suffix(".in.h5")
    h5_in.write_bytes(members["model.weights.h5"])
    h5_out = dst.with_suffix(".out.h5")
    with h5py.File(h5_in, "r") as fin, h5py.File(h5_out, "w") as fout:

        def copy(name, obj):
            if isinstance(obj, h5py.Group):
                group = fout.require_group(name)
                group.attrs.update(obj.attrs)
            else:
                data = obj[()]
                dtype = create_kwargs.get("dtype_fn", lambda d: d)(data.dtype)
                kwargs = {k: v for k, v in create_kwargs.items() if k != "dtype_fn"}
                if kwargs.get("chunks") == "small":
                    kwargs["chunks"] = tuple(min(7, d) for d in data.shape) or None
                fout.create_dataset(name, data=data.astype(dtype), dtype=dtype, **kwargs)

        fin.visititems(copy)
    members["model.weights.h5"] = h5_out.read_bytes()
    tmp_h5.unlink()
    with zipfile.ZipFile(dst, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


@pytest.mark.parametrize(
    "storage",
    [
        {"chunks": "small"},
        {"compression": "gzip", "chunks": True},
        {"dtype_fn": lambda d: d.newbyteorder(">")},
    ],
    ids=["chunked", "gzip", "big-endian"],
)
def test_any_hdf5_storage_loads_like_upstream(storage, tmp_path):
    model = _dense_model()
    plain = tmp_path / "plain.keras"
    UPSTREAM_SAVE(model, plain)
    odd = tmp_path / "odd.keras"
    _rewrite_weights(plain, odd, **storage)
    expected = UPSTREAM_LOAD(odd).weights
    got = kerasave.load_model(odd).weights
    assert len(got) == len(expected) == len(model.weights)
    for g, e, original in zip(got, expected, model.weights, strict=True):
        np.testing.assert_array_equal(g.numpy(), e.numpy(), err_msg=g.path)
        np.testing.assert_array_equal(g.numpy(), original.numpy(), err_msg=g.path)


def test_loaded_weights_do_not_share_the_files_bytes(tmp_path):
    model = _dense_model()
    path = tmp_path / "m.keras"
    kerasave.save_model(model, path)
    loaded = kerasave.load_model(path)
    path.unlink()
    kerasave.save_model(_dense_model(), path)
    for a, b in zip(loaded.weights, model.weights, strict=True):
        np.testing.assert_array_equal(a.numpy(), b.numpy())


# --- tensors handed to the variables -------------------------------------------------------


def _recording_assign(monkeypatch, variable):
    """Records, by variable path, the type of each value `Variable.assign` is handed."""
    handed = {}
    variable_class = type(variable)
    original = variable_class.assign

    def assign(self, value):
        handed[self.path] = type(value)
        return original(self, value)

    monkeypatch.setattr(variable_class, "assign", assign)
    return handed


def _with_float64_bias(path, out):
    """A copy of the `.keras` file at `path` whose `dense` bias is stored as float64."""
    members = {name: read_member(path, name) for name in zip_members(path)}
    image = io.BytesIO(members["model.weights.h5"])
    with h5py.File(image, "r+") as f:
        bias = f["layers/dense/vars/1"][()]
        del f["layers/dense/vars/1"]
        f["layers/dense/vars/1"] = bias.astype("float64") + 1 / 3
    members["model.weights.h5"] = image.getvalue()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_keras_own_loaders_are_handed_jax_arrays_others_numpy(tmp_path, monkeypatch):
    """Keras's own `load_own_variables`, which only assign, are handed JAX arrays (put on
    the device in one batch) for tensors of 4 KiB and more; a layer's own
    `load_own_variables` gets numpy arrays, and so do smaller tensors (a JAX array over a
    numpy buffer costs more than a copy of a few bytes) and tensors whose dtype JAX would
    convert (float64 without x64). Either way the model is upstream's."""
    import jax

    keras.utils.set_random_seed(1)
    inputs = keras.Input((40,))
    x = layers.Dense(32, name="dense")(inputs)
    x = layers.BatchNormalization(name="bn")(x)
    model = keras.Model(inputs, StoreUser(name="user")(x))
    model.compile(optimizer="adam", loss="mse")
    model.optimizer.build(model.trainable_variables)
    saved = tmp_path / "m.keras"
    kerasave.save_model(model, saved)
    edited = tmp_path / "float64.keras"
    _with_float64_bias(saved, edited)

    handed = _recording_assign(monkeypatch, model.weights[0])
    loaded = kerasave.load_model(saved)
    on_device = {p for p, t in handed.items() if issubclass(t, jax.Array)}
    as_numpy = {p for p, t in handed.items() if issubclass(t, np.ndarray)}
    every = model.variables + model.optimizer.variables
    small = {v.path for v in every if np.asarray(v).nbytes < 4096}
    assert {"dense/bias", "bn/moving_variance", "adam/iteration"} <= small
    assert as_numpy == {"user/w", "user/b"} | small
    assert {"dense/kernel", "adam/dense_kernel_momentum"} <= on_device
    assert on_device | as_numpy == set(handed)
    assert_same_weights(loaded, model)
    for a, b in zip(loaded.optimizer.variables, model.optimizer.variables, strict=True):
        np.testing.assert_array_equal(a.numpy(), b.numpy(), strict=True)

    handed.clear()
    loaded = kerasave.load_model(edited)
    assert issubclass(handed["dense/bias"], np.ndarray)
    assert issubclass(handed["dense/kernel"], jax.Array)
    monkeypatch.undo()
    assert_same_weights(loaded, UPSTREAM_LOAD(edited))
    assert loaded.get_layer("dense").bias.dtype == "float32"


def _three_layers(seed):
    keras.utils.set_random_seed(seed)
    inputs = keras.Input((40,))
    x = layers.Dense(32, name="dense")(inputs)
    x = layers.Dense(600, name="dense2")(x)
    return keras.Model(inputs, StoreUser(name="user")(x))


@pytest.mark.parametrize("how", ["sharded", "objects_to_skip"])
def test_tensors_not_read_ahead_are_handed_jax_arrays_too(tmp_path, monkeypatch, how):
    """A sharded set's tensors, and those of a load that skips objects, are not read
    ahead: each tensor of 4 KiB or more for Keras's own assigning loaders is put on the
    device alone and handed as a JAX array (as numpy, `assign` would have JAX copy it);
    a layer's own loader and smaller tensors get numpy arrays."""
    import jax

    source = _three_layers(1)
    rng = np.random.default_rng(0)
    for v in source.weights:
        v.assign(rng.normal(size=v.shape).astype(v.dtype))
    if how == "sharded":
        path = tmp_path / "m.weights.json"
        kerasave.save_weights(source, path, max_shard_size=0.00008)
        assert len(list(tmp_path.glob("m_*.weights.h5"))) >= 2
    else:
        path = tmp_path / "m.weights.h5"
        kerasave.save_weights(source, path)
    model, expected = _three_layers(2), _three_layers(2)
    kwargs = {} if how == "sharded" else {"objects_to_skip": [model.get_layer("dense2")]}
    handed = _recording_assign(monkeypatch, model.weights[0])
    kerasave.load_weights(model, path, **kwargs)
    monkeypatch.undo()
    on_device = {p for p, t in handed.items() if issubclass(t, jax.Array)}
    as_numpy = {p for p, t in handed.items() if issubclass(t, np.ndarray)}
    if how == "sharded":
        assert on_device == {"dense/kernel", "dense2/kernel"}
        assert as_numpy == {"dense/bias", "dense2/bias", "user/w", "user/b"}
        assert_same_weights(model, source)
    else:
        assert on_device == {"dense/kernel"}
        assert as_numpy == {"dense/bias", "user/w", "user/b"}
        kwargs = {"objects_to_skip": [expected.get_layer("dense2")]}
        UPSTREAM_LOAD_WEIGHTS(expected, path, **kwargs)
        assert_same_weights(model, expected)


def test_under_a_distribution_variables_are_handed_numpy(tmp_path, monkeypatch):
    """A Keras distribution places each variable itself: its values come as numpy arrays,
    as upstream hands them, and land where upstream's do."""
    import jax

    model = _dense_model()
    path = tmp_path / "m.keras"
    kerasave.save_model(model, path)
    keras.distribution.set_distribution(keras.distribution.DataParallel(devices=jax.devices()))
    try:
        handed = _recording_assign(monkeypatch, model.weights[0])
        loaded = kerasave.load_model(path)
        monkeypatch.undo()
        theirs = UPSTREAM_LOAD(path)
    finally:
        keras.distribution.set_distribution(None)
    assert handed and all(issubclass(t, np.ndarray) for t in handed.values())
    assert_same_weights(loaded, model)
    for a, b in zip(loaded.weights, theirs.weights, strict=True):
        assert a.value.sharding == b.value.sharding


# --- saving tensor by tensor ----------------------------------------------------------------


@keras.saving.register_keras_serializable(package="kerasave_fast")
class StoreUser(layers.Layer):
    """Uses the store as a dict while saving: writes, reads back, deletes, counts."""

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], 2), name="w")
        self.b = self.add_weight(shape=(2,), initializer="ones", name="b", dtype="bfloat16")

    def call(self, x):
        return x @ self.w + keras.ops.cast(self.b, x.dtype)

    def save_own_variables(self, store):
        store["0"] = self.w
        store["1"] = self.b
        store["scratch"] = np.arange(5)
        # Read back what was written, as upstream's store allows.
        np.testing.assert_array_equal(store["0"], self.w.numpy())
        assert store["1"].dtype == self.b.numpy().dtype
        assert "scratch" in store and len(store) == 3
        del store["scratch"]
        assert "scratch" not in store and sorted(store.keys()) == ["0", "1"]

    def load_own_variables(self, store):
        assert sorted(store.keys()) == ["0", "1"]
        self.w.assign(store["0"])
        self.b.assign(store["1"])


def _saved_like_upstream(layer, tmp_path):
    """A model of `layer` on a (3,) input, saved by kerasave and by upstream, whose weights
    files hold the same HDF5 tree: (model, kerasave's path, upstream's path)."""
    from conftest import h5_tree

    inputs = keras.Input((3,))
    model = keras.Model(inputs, layer(inputs))
    ours, theirs = tmp_path / "ours.keras", tmp_path / "theirs.keras"
    kerasave.save_model(model, ours)
    UPSTREAM_SAVE(model, theirs)
    assert h5_tree(ours) == h5_tree(theirs)
    return model, ours, theirs


def test_store_reads_back_and_deletes_like_upstream(tmp_path):
    keras.utils.set_random_seed(4)
    model, ours, theirs = _saved_like_upstream(StoreUser(name="user"), tmp_path)
    for path in (ours, theirs):
        for load in (kerasave.load_model, UPSTREAM_LOAD):
            loaded = load(path)
            for a, b in zip(loaded.weights, model.weights, strict=True):
                np.testing.assert_array_equal(a.numpy(), b.numpy())


def test_failed_save_leaves_the_previous_file(tmp_path):
    @keras.saving.register_keras_serializable(package="kerasave_fast")
    class Breaks(layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(input_shape[-1], 2), name="w")

        def call(self, x):
            return x @ self.w

        def save_own_variables(self, store):
            store["0"] = self.w
            raise RuntimeError("disk on fire")

    target = tmp_path / "m.keras"
    kerasave.save_model(_dense_model(), target)
    before = target.read_bytes()
    inputs = keras.Input((3,))
    broken = keras.Model(inputs, Breaks()(inputs))
    with pytest.raises(RuntimeError, match="disk on fire"):
        kerasave.save_model(broken, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.keras"]


@keras.saving.register_keras_serializable(package="kerasave_fast")
class FailsTwice(layers.Layer):
    """Its config, its weights, or both fail to save."""

    def __init__(self, config_fails=True, weights_fail=True, **kwargs):
        super().__init__(**kwargs)
        self.config_fails = config_fails
        self.weights_fail = weights_fail

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], 2), name="w")

    def call(self, x):
        return x @ self.w

    def get_config(self):
        if self.config_fails:
            raise NotImplementedError("no config")
        return {**super().get_config(), "config_fails": False, "weights_fail": self.weights_fail}

    def save_own_variables(self, store):
        store["0"] = self.w
        if self.weights_fail:
            raise KeyError("no weights")


@pytest.mark.parametrize(
    ("config_fails", "weights_fail"), [(True, True), (True, False), (False, True)]
)
def test_save_errors_come_in_upstreams_order(config_fails, weights_fail, tmp_path):
    """kerasave serializes the config while its writer thread writes the tensors it was
    handed; upstream serializes first. Whichever fails, the same error is raised as upstream
    raises (the config's when both fail), and kerasave leaves nothing behind."""
    inputs = keras.Input((3,))
    model = keras.Model(inputs, FailsTwice(config_fails, weights_fail)(inputs))
    errors = []
    for save, name in ((UPSTREAM_SAVE, "theirs"), (kerasave.save_model, "ours")):
        with pytest.raises(Exception) as caught:  # noqa: PT011 - compared below
            save(model, tmp_path / f"{name}.keras")
        errors.append((type(caught.value), str(caught.value)))
    assert errors[0] == errors[1]
    assert errors[0][0] is (NotImplementedError if config_fails else KeyError)
    # Upstream leaves its partial file; kerasave nothing.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.keras"]


class _TaggedAdam(keras.optimizers.Adam):
    """An optimizer that overrides `save_own_variables`: its own method must run."""

    def save_own_variables(self, store):
        super().save_own_variables(store)
        store["tag"] = np.array([7], dtype="int32")


@pytest.mark.parametrize("optimizer", ["adam", "tagged"])
def test_optimizer_state_like_upstream(optimizer, tmp_path):
    """Optimizer variables are read in place rather than through `variable.numpy()`
    copies, unless the optimizer overrides `save_own_variables`; the file is upstream's."""
    model = keras.Sequential([keras.Input((3,)), layers.Dense(2)])
    opt = keras.optimizers.Adam() if optimizer == "adam" else _TaggedAdam()
    model.compile(optimizer=opt, loss="mse")
    model.fit(np.ones((4, 3)), np.ones((4, 2)), verbose=0)
    ks, up = tmp_path / "ks.weights.h5", tmp_path / "up.weights.h5"
    kerasave.save_weights(model, ks)
    UPSTREAM_SAVE_WEIGHTS(model, up)
    with h5py.File(ks) as a, h5py.File(up) as b:
        names_a, names_b = [], []
        a["optimizer/vars"].visit(names_a.append)
        b["optimizer/vars"].visit(names_b.append)
        assert names_a == names_b
        assert ("tag" in names_a) == (optimizer == "tagged")
        for name in names_a:
            np.testing.assert_array_equal(
                a["optimizer/vars"][name][()], b["optimizer/vars"][name][()], strict=True
            )


# --- blocks reserved ahead of a save -----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".keras", ".weights.h5"])
def test_save_leaves_no_reserved_blocks_past_the_end(suffix, tmp_path):
    """A save reserves disk blocks ahead of its writes; none stay past the file's end, and
    upstream reads the file back."""
    x = keras.Input((512,))
    model = keras.Model(x, layers.Dense(1024)(layers.Dense(1024)(x)))  # about 6 MB
    ours = tmp_path / f"ours{suffix}"
    for _ in range(2):  # the second save replaces the first
        if suffix == ".keras":
            kerasave.save_model(model, ours)
        else:
            kerasave.save_weights(model, ours)
    st = ours.stat()
    assert st.st_size > 6 << 20
    assert st.st_blocks * 512 < st.st_size + (64 << 10)
    back = UPSTREAM_LOAD(ours) if suffix == ".keras" else keras.models.clone_model(model)
    if suffix != ".keras":
        UPSTREAM_LOAD_WEIGHTS(back, ours)
    for a, b in zip(model.weights, back.weights, strict=True):
        np.testing.assert_array_equal(a.numpy(), b.numpy())


# --- signatures computed once per function during a load ---------------------------------------


def test_cached_signatures_answer_as_inspect():
    import functools
    import inspect

    layer = layers.Dense(2)
    cached = lazy._CachedInspect()
    subjects = [
        layers.Dense.__init__,
        layer.call,
        layers.Conv2D(1, 1).call,
        functools.partial(layers.Dense, 3),
        len,
        HalfSaved.__init__,
    ]
    for subject in subjects:
        for _ in range(2):  # computed, then cached
            assert cached.signature(subject) == inspect.signature(subject)
    spec = cached.getfullargspec(layers.Dense.__init__)
    assert spec == inspect.getfullargspec(layers.Dense.__init__)
    spec.args.append("mutated")
    assert cached.getfullargspec(layers.Dense.__init__) == inspect.getfullargspec(
        layers.Dense.__init__
    )
    # A bound method's answer does not depend on its instance.
    assert cached.signature(layers.Dense(5).call) == inspect.signature(layer.call)
    assert cached.Parameter is inspect.Parameter


def test_cached_signatures_only_during_a_load(tmp_path):
    import inspect

    from keras.src.layers import layer as layer_module
    from keras.src.ops import operation as operation_module

    seen = []
    fail = False

    @keras.saving.register_keras_serializable(package="kerasave_fast")
    class Spy(layers.Layer):
        def __init__(self, **kwargs):
            seen.append((layer_module.inspect, operation_module.inspect))
            if fail:
                raise RuntimeError("no")
            super().__init__(**kwargs)

    path = tmp_path / "m.keras"
    UPSTREAM_SAVE(keras.Sequential([keras.Input((2,)), Spy()]), path)
    seen.clear()
    with lazy.cached_signatures():
        with lazy.cached_signatures():  # nested: restored only when the outer one ends
            pass
        assert isinstance(layer_module.inspect, lazy._CachedInspect)
    assert layer_module.inspect is inspect and operation_module.inspect is inspect
    kerasave.load_model(path)
    assert seen and all(isinstance(m, lazy._CachedInspect) for pair in seen for m in pair)
    assert layer_module.inspect is inspect and operation_module.inspect is inspect
    # A failed load restores them too.
    fail = True
    with pytest.raises(TypeError, match="could not be deserialized"):
        kerasave.load_model(path)
    assert layer_module.inspect is inspect and operation_module.inspect is inspect


@keras.saving.register_keras_serializable(package="kerasave_fast")
class GcProbe(layers.Layer):
    """Records whether the garbage collector runs while it is saved and loaded."""

    seen = []
    fail = False

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1],), name="w")

    def call(self, x):
        return x * self.w

    def save_own_variables(self, store):
        GcProbe.seen.append(("save", gc.isenabled()))
        super().save_own_variables(store)

    def load_own_variables(self, store):
        GcProbe.seen.append(("load", gc.isenabled()))
        if GcProbe.fail:
            raise RuntimeError("probe failed")
        super().load_own_variables(store)


@pytest.mark.parametrize("suffix", [".keras", ".h5"])
@pytest.mark.parametrize("enabled", [True, False])
def test_gc_paused_during_a_load_or_save_then_as_before(enabled, suffix, tmp_path):
    """The cyclic collector is paused while kerasave saves or loads a model
    (`lazy.gc_paused`), and left as it was: enabled, or disabled by the caller."""
    inputs = keras.Input((3,))
    model = keras.Model(inputs, GcProbe()(inputs))
    path = tmp_path / f"m{suffix}"
    GcProbe.seen.clear()
    (gc.enable if enabled else gc.disable)()
    try:
        kerasave.save_model(model, path)
        assert gc.isenabled() is enabled
        kerasave.load_model(path)
        assert gc.isenabled() is enabled
        if suffix == ".keras":  # legacy `.h5` files go through Keras's own layer weights
            GcProbe.fail = True
            with pytest.raises(ValueError, match="probe failed"):
                kerasave.load_model(path)
            assert gc.isenabled() is enabled
            assert GcProbe.seen[:2] == [("save", False), ("load", False)]
            assert {enabled for _, enabled in GcProbe.seen} == {False}
    finally:
        GcProbe.fail = False
        gc.enable()


@keras.saving.register_keras_serializable(package="kerasave_fast")
class ReusedBuffer(layers.Layer):
    """Hands over one writeable buffer twice, changing it in between."""

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1],), name="w")

    def call(self, x):
        return x * self.w

    def save_own_variables(self, store):
        buffer = np.full((1024, 1024), 1.0, "float32")
        store["0"] = buffer
        buffer[:] = 2.0
        store["1"] = buffer
        buffer[:] = 3.0

    def load_own_variables(self, store):
        self.seen = (np.asarray(store["0"]).copy(), np.asarray(store["1"]).copy())


def test_writeable_arrays_are_written_as_handed_over(tmp_path):
    """Only read-only arrays (JAX buffers) wait in the writer thread's queue: a writeable
    one the caller changes after handing it over is saved as it was, as upstream saves it."""
    _model, ours, _theirs = _saved_like_upstream(ReusedBuffer(name="reused"), tmp_path)
    loaded = kerasave.load_model(ours)
    first, second = loaded.get_layer("reused").seen
    assert (first == 1.0).all() and (second == 2.0).all()
