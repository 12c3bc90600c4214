"""Writes tests/legacy/keras2/compat/: tf.keras models of the kinds Keras 3 (and kerasave
before them) refused: masking recurrent layers in Functional models, optimizers trained
with a learning-rate schedule and gradient clipping, and Python lambdas.

Not run by the test suite (which needs no TensorFlow). In the throwaway environments of
tests/legacy/make_keras2.py (Python 3.11):

    /tmp/tf215/bin/python tests/legacy/make_keras2_compat.py   # and tf 2.13, 2.14

tf.keras 2.15 writes every model as `.keras`, `.h5` and a SavedModel (but the masked
ones, whose SavedModels hold 4 MB of graph) into `compat/`; 2.13
and 2.14 write `.keras` and `.h5` files into `compat/tf<version>/`. A Keras 2 lambda is the
marshalled bytecode of the Python that saved it, so the lambda models are written once more
by tf.keras 2.15 under Python 3.10 (`compat/py3.10/`, the Functional one as a SavedModel
too), which Python 3.11 cannot run:

    python3.10 -m venv /tmp/tf215py310
    /tmp/tf215py310/bin/pip install "tensorflow-cpu==2.15.*" "numpy<2"
    /tmp/tf215py310/bin/python tests/legacy/make_keras2_compat.py

Each directory has `expected.npz`: `<name>/x` (or `x0`, `x1`) and `<name>/y`, tf.keras's
predictions; for trained models `<name>/iterations`, `<name>/lr` (the schedule's learning
rate at that step count), `<name>/opt<i>` (the optimizer's variables after the iteration
count, in tf.keras's order, which is Keras 3's without its learning-rate variable), and one
more training step:
its batch `<name>/xb`, `<name>/yb` and the weights it gave, `<name>/w<i>`. `producer.json`
records the versions.
"""

import importlib.metadata
import json
import os
import sys

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow import keras  # noqa: E402
from tensorflow.keras import layers  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keras2", "compat")
TF_VERSION = ".".join(tf.__version__.split(".")[:2])
PY_VERSION = f"{sys.version_info[0]}.{sys.version_info[1]}"
if PY_VERSION != "3.11":
    OUT, FULL = os.path.join(HERE, f"py{PY_VERSION}"), False
elif TF_VERSION == "2.15":
    OUT, FULL = HERE, True
else:
    OUT, FULL = os.path.join(HERE, f"tf{TF_VERSION}"), False


def _padded(rng, vocabulary, shape, lengths, leading=False):
    x = rng.integers(1, vocabulary, size=shape).astype("int32")
    for row, n in enumerate(lengths):
        if leading:
            x[row, : shape[1] - n] = 0
        else:
            x[row, n:] = 0
    return x


def masked_lstm_gru(rng):
    """The issue's model: Embedding(mask_zero=True), LSTM, GRU, integer inputs, padding."""
    tokens = keras.Input((7,), dtype="int32", name="tokens")
    x = layers.Embedding(25, 6, mask_zero=True)(tokens)
    x = layers.LSTM(5, return_sequences=True)(x)
    x = layers.GRU(4)(x)
    outputs = layers.Dense(2)(x)
    model = keras.Model(tokens, outputs, name="masked_lstm_gru")
    return model, _padded(rng, 25, (4, 7), [7, 3, 5, 1])


def masked_two_inputs(rng):
    """Two masked branches (a bidirectional GRU over tokens, a SimpleRNN over a Masking
    layer's float sequence) pooled with their masks and merged."""
    tokens = keras.Input((6,), dtype="int32", name="tokens")
    series = keras.Input((5, 3), name="series")
    a = layers.Embedding(15, 4, mask_zero=True, name="embed")(tokens)
    a = layers.Bidirectional(layers.GRU(3, return_sequences=True))(a)
    a = layers.GlobalAveragePooling1D()(a)
    b = layers.Masking(mask_value=0.0)(series)
    b = layers.SimpleRNN(4)(b)
    outputs = layers.Dense(3, activation="softmax")(layers.Concatenate()([a, b]))
    model = keras.Model([tokens, series], outputs, name="masked_two_inputs")
    s = rng.normal(size=(3, 5, 3)).astype("float32")
    s[0, 3:] = 0.0
    s[2, 1:] = 0.0
    return model, [_padded(rng, 15, (3, 6), [2, 6, 4], leading=True), s]


def adam_schedule_clipnorm(rng):
    """The issue's: a Functional model compiled with Adam and trained 2 epochs (8 steps),
    here with an ExponentialDecay schedule and clipnorm."""
    inputs = keras.Input((6,), name="features")
    x = layers.Dense(8, activation="relu")(inputs)
    outputs = layers.Dense(1)(layers.BatchNormalization()(x))
    model = keras.Model(inputs, outputs, name="adam_schedule_clipnorm")
    schedule = keras.optimizers.schedules.ExponentialDecay(0.02, decay_steps=3, decay_rate=0.8)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=schedule, clipnorm=0.5),
        loss="mse",
        metrics=["mae"],
    )
    x = rng.normal(size=(32, 6)).astype("float32")
    y = rng.normal(size=(32, 1)).astype("float32")
    model.fit(x, y, epochs=2, batch_size=8, shuffle=False, verbose=0)
    return model, rng.normal(size=(3, 6)).astype("float32")


def sgd_two_outputs(rng):
    """Two outputs, a loss per output with weights, SGD with Nesterov momentum, a
    piecewise-constant schedule and global_clipnorm, trained 3 epochs (6 steps)."""
    inputs = keras.Input((5,), name="x")
    h = layers.Dense(6, activation="tanh")(inputs)
    reg = layers.Dense(1, name="reg")(h)
    cls = layers.Dense(3, activation="softmax", name="cls")(h)
    model = keras.Model(inputs, [reg, cls], name="sgd_two_outputs")
    schedule = keras.optimizers.schedules.PiecewiseConstantDecay([3], [0.05, 0.01])
    model.compile(
        optimizer=keras.optimizers.SGD(
            learning_rate=schedule, momentum=0.9, nesterov=True, global_clipnorm=1.0
        ),
        loss={"reg": "mse", "cls": "sparse_categorical_crossentropy"},
        loss_weights={"reg": 1.0, "cls": 0.5},
    )
    x = rng.normal(size=(12, 5)).astype("float32")
    y = {
        "reg": rng.normal(size=(12, 1)).astype("float32"),
        "cls": rng.integers(0, 3, size=(12,)).astype("int32"),
    }
    model.fit(x, y, epochs=3, batch_size=6, shuffle=False, verbose=0)
    return model, rng.normal(size=(2, 5)).astype("float32")


def lambda_sequential(rng):
    """A lambda with a default argument in a Sequential model."""
    model = keras.Sequential(
        [
            keras.Input((4,)),
            layers.Dense(3),
            layers.Lambda(lambda t, scale=2.5: t * scale + 1.0, name="affine"),
            layers.Dense(2),
        ],
        name="lambda_sequential",
    )
    return model, rng.normal(size=(3, 4)).astype("float32")


def lambda_functional(rng):
    """Lambdas in a Functional model: one over two tensors, one with `arguments` and a
    lambda `output_shape`."""
    a = keras.Input((4,), name="a")
    b = keras.Input((4,), name="b")
    diff = layers.Lambda(lambda ab: ab[0] - ab[1] ** 2, name="diff")([a, b])
    head = layers.Lambda(
        lambda t, k: t[:, :2] * k,
        output_shape=lambda s: (s[0], 2),
        arguments={"k": -1.5},
        name="head",
    )(layers.Dense(4, activation="relu")(diff))
    outputs = layers.Dense(1)(layers.Concatenate()([head, diff]))
    model = keras.Model([a, b], outputs, name="lambda_functional")
    return model, [rng.normal(size=(2, 4)).astype("float32") for _ in range(2)]


BUILDERS = [
    masked_lstm_gru,
    masked_two_inputs,
    adam_schedule_clipnorm,
    sgd_two_outputs,
    lambda_sequential,
    lambda_functional,
]
LAMBDAS = (lambda_sequential, lambda_functional)
TRAINED = (adam_schedule_clipnorm, sgd_two_outputs)
MASKED = (masked_lstm_gru, masked_two_inputs)


def _randomize(model, rng):
    for w in model.weights:
        w.assign((rng.normal(size=w.shape) * 0.4).astype(w.dtype.as_numpy_dtype))


def _record(expected, name, key, value):
    if isinstance(value, (list, tuple)):
        for j, v in enumerate(value):
            expected[f"{name}/{key}{j}"] = np.asarray(v)
    else:
        expected[f"{name}/{key}"] = np.asarray(value)


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    for i, build in enumerate(BUILDERS):
        if PY_VERSION != "3.11" and build not in LAMBDAS:
            continue
        name = build.__name__
        tf.keras.utils.set_random_seed(500 + i)
        rng = np.random.default_rng(500 + i)
        model, x = build(rng)
        if build not in TRAINED:
            _randomize(model, rng)
        _record(expected, name, "x", x)
        _record(expected, name, "y", model.predict(x, verbose=0))
        model.save(os.path.join(OUT, f"{name}.keras"))
        model.save(os.path.join(OUT, f"{name}.h5"))
        # Not the masked models': their SavedModels hold 4 MB of graph.
        if (FULL and build not in MASKED) or (PY_VERSION != "3.11" and build is lambda_functional):
            model.save(os.path.join(OUT, "savedmodel", name), save_format="tf")
        if build in TRAINED:
            opt = model.optimizer
            expected[f"{name}/iterations"] = np.int64(opt.iterations.numpy())
            # The schedule's value at the saved step count (tf.keras's `learning_rate` is
            # the value the last step used).
            expected[f"{name}/lr"] = np.float32(opt._learning_rate(opt.iterations).numpy())
            for j, v in enumerate(opt.variables[1:]):
                expected[f"{name}/opt{j}"] = v.numpy()
            xb = rng.normal(size=(4,) + tuple(model.inputs[0].shape[1:])).astype("float32")
            if len(model.outputs) == 1:
                yb = rng.normal(size=(4, 1)).astype("float32")
            else:
                yb = [rng.normal(size=(4, 1)).astype("float32"), np.array([0, 2, 1, 2], "int32")]
            model.train_on_batch(xb, yb)
            expected[f"{name}/xb"] = xb
            _record(expected, name, "yb", yb)
            for j, w in enumerate(model.weights):
                expected[f"{name}/w{j}"] = w.numpy()
    np.savez(os.path.join(OUT, "expected.npz"), **expected)
    with open(os.path.join(OUT, "producer.json"), "w") as f:
        versions = {"tensorflow": tf.__version__, "keras": importlib.metadata.version("keras")}
        json.dump({**versions, "python": sys.version.split()[0]}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
