"""`kerasave.deferred_init()`: a model built inside computes no initial value that a load
inside then overwrites, and every variable ends with the value Keras would have given it."""

import jax
import keras
import kerasave
import numpy as np
import pytest
from keras import layers


def _build(seed=7):
    """A functional model whose variables use Keras's initializers, seeded."""
    keras.utils.set_random_seed(seed)
    inputs = keras.Input((8,))
    x = layers.Dense(16, name="d1")(inputs)
    x = layers.LayerNormalization(name="ln")(x)
    x = layers.Embedding(10, 3, name="emb")(keras.ops.cast(x[:, :2] > 0, "int32"))
    x = layers.Flatten()(x)
    x = layers.Dense(
        4, kernel_initializer="orthogonal", bias_initializer="random_uniform", name="d2"
    )(x)
    return keras.Model(inputs, x)


def _values(model):
    return {v.path: np.asarray(v.numpy()) for v in model.weights}


def _assert_values(got, want):
    assert got.keys() == want.keys()
    for name in want:
        np.testing.assert_array_equal(got[name], want[name], err_msg=name, strict=True)


@pytest.fixture
def weights_file(tmp_path):
    """A weights file for `_build()`'s model with values no initializer gives."""
    model = _build(seed=1)
    for i, v in enumerate(model.weights):
        v.assign(np.arange(np.prod(v.shape), dtype=v.dtype).reshape(v.shape) / 100 + i)
    path = tmp_path / "m.weights.h5"
    kerasave.save_weights(model, path)
    return path, _values(model)


def test_is_public():
    assert "deferred_init" in kerasave.__all__
    assert kerasave.deferred_init is kerasave.lazy.deferred_init


@pytest.mark.parametrize("load", ["kerasave", "upstream"])
def test_loaded_variables_never_get_initial_values(weights_file, load):
    path, saved = weights_file
    with kerasave.deferred_init():
        model = _build()
        assert model.weights and all(v._value is None for v in model.weights)
        if load == "kerasave":
            kerasave.load_weights(model, path)
        else:
            model.load_weights(path)  # upstream's loader assigns the variables as well
    _assert_values(_values(model), saved)
    for v in model.weights:
        assert v._initializer is None and not v._kerasave_deferred, v.path
    x = np.random.default_rng(0).normal(size=(3, 8)).astype("float32")
    plain = _build(seed=99)
    plain.load_weights(path)
    np.testing.assert_array_equal(model.predict(x, verbose=0), plain.predict(x, verbose=0))


def test_variables_not_loaded_get_kerass_initial_values(weights_file):
    path, saved = weights_file
    expected = _values(_build())
    with kerasave.deferred_init():
        model = _build()
        kerasave.load_weights(model, path, objects_to_skip=[model.get_layer("d2")])
    got = _values(model)
    for name in got:
        want = expected[name] if "/d2/" in f"/{name}" else saved[name]
        np.testing.assert_array_equal(got[name], want, err_msg=name, strict=True)
    # d2's kernel is orthogonal and its bias random: real draws, not zeros.
    assert np.abs(got[model.get_layer("d2").bias.path]).sum() > 0


def test_without_a_load_every_variable_is_kerass(tmp_path):
    expected = _values(_build())
    with kerasave.deferred_init():
        model = _build()
    _assert_values(_values(model), expected)


def test_a_read_before_the_load_gives_the_initial_value_and_keeps_it(weights_file):
    path, saved = weights_file
    reference = _build()
    x = np.random.default_rng(1).normal(size=(2, 8)).astype("float32")
    with kerasave.deferred_init():
        model = _build()
        kernel = model.get_layer("d1").kernel
        first = kernel.numpy()
        np.testing.assert_array_equal(first, reference.get_layer("d1").kernel.numpy())
        assert kernel._value is not None  # kept: a second read does not compute it again
        assert kernel._value is kernel.value
        # A call reads every variable: the outputs of a model built as usual.
        np.testing.assert_array_equal(model(x), reference(x))
        assert all(v._value is not None for v in model.weights)
        kerasave.load_weights(model, path)
    _assert_values(_values(model), saved)


def test_a_read_under_a_jax_trace_keeps_no_traced_value():
    reference = _build()
    x = np.random.default_rng(2).normal(size=(2, 8)).astype("float32")
    with kerasave.deferred_init():
        model = _build()
        out = jax.jit(lambda inputs: model(inputs))(x)
        np.testing.assert_allclose(out, reference(x), rtol=1e-6)
        assert all(v._value is None for v in model.weights)
    _assert_values(_values(model), _values(reference))


def _custom_initializer(shape, dtype=None):
    # Draws from NumPy's global state: deferring it would change which draws it gets.
    return np.random.uniform(size=shape).astype(dtype)


def test_order_dependent_initializers_stay_eager():
    def build():
        keras.utils.set_random_seed(5)
        generator = keras.random.SeedGenerator(3)
        return [
            keras.Variable(initializer=keras.initializers.RandomNormal(seed=generator), shape=(2,)),
            keras.Variable(initializer=_custom_initializer, shape=(3,)),
            keras.Variable(initializer=keras.initializers.GlorotUniform(), shape=(3, 2)),
        ]

    expected = [v.numpy() for v in build()]
    with kerasave.deferred_init():
        seeded, custom, glorot = build()
        assert seeded._value is not None and custom._value is not None
        assert glorot._value is None
    for got, want in zip((seeded, custom, glorot), expected, strict=True):
        np.testing.assert_array_equal(got.numpy(), want, strict=True)


def test_an_error_in_the_block_propagates_and_leaves_values():
    expected = _values(_build())
    with pytest.raises(RuntimeError, match="in the block"):
        with kerasave.deferred_init():
            model = _build()
            raise RuntimeError("in the block")
    _assert_values(_values(model), expected)
    assert keras.Variable(initializer="zeros", shape=(2,))._value is not None


def test_nested_blocks_initialize_when_the_outer_one_ends():
    with kerasave.deferred_init():
        with kerasave.deferred_init():
            variable = keras.Variable(initializer="ones", shape=(2,))
        assert variable._value is None
    np.testing.assert_array_equal(variable.numpy(), np.ones(2, "float32"))


def test_subclassed_model_built_and_loaded_inside(tmp_path):
    def build():
        keras.utils.set_random_seed(4)
        model = keras.Sequential([layers.Dense(5), layers.Dense(2)])
        model.build((None, 3))
        model.compile(optimizer="adam", loss="mse")
        return model

    source = build()
    x = np.ones((4, 3), "float32")
    source.fit(x, np.zeros((4, 2), "float32"), epochs=1, verbose=0)
    path = tmp_path / "seq.weights.h5"
    source.save_weights(path)
    with kerasave.deferred_init():
        model = build()
        model.optimizer.build(model.trainable_variables)
        kerasave.load_weights(model, path)
    # Auto-named layers: paired in order.
    pairs = [*zip(model.weights, source.weights, strict=True)]
    pairs += zip(model.optimizer.variables, source.optimizer.variables, strict=True)
    assert len(pairs) == 4 + 2 + 2 * 4
    for a, b in pairs:
        np.testing.assert_array_equal(a.numpy(), b.numpy(), strict=True)
