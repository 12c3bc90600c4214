"""Writes the Keras 2 fixtures of tests/legacy/keras2/ with real tf.keras 2.15.

Not run by the test suite (which needs no TensorFlow). To regenerate, in a throwaway
environment:

    python3 -m venv /tmp/tf215 && /tmp/tf215/bin/pip install "tensorflow-cpu==2.15.*" "numpy<2"
    /tmp/tf215/bin/python tests/legacy/make_keras2.py

and, for the files of tf.keras 2.13 and 2.14 (`keras2/tf2.13/`, `keras2/tf2.14/`), the same
with `"tensorflow-cpu==2.13.*"` or `"tensorflow-cpu==2.14.*"`.

For each model of the zoo that Keras 2 can express it writes `<name>.h5` (the whole model,
`model.save`), `<name>.keras` (tf.keras's own first version of the `.keras` zip format),
`savedmodel/<name>/` (a TensorFlow SavedModel, `save_format="tf"`),
`<name>_weights.h5` (`model.save_weights` to a legacy HDF5 file; Keras 3
reads a name ending in `.weights.h5` as its own format) and records the
inputs and tf.keras's predictions in `expected.npz` (`<name>/x`, `<name>/y`; several inputs
as `<name>/x0`, `<name>/x1`).
"""

import importlib.metadata
import json
import os
import sys

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

HERE = os.path.dirname(os.path.abspath(__file__))
# tf.keras 2.15 writes every format into keras2/; an older tf.keras (2.13, whose `.keras`
# weights layout differs, and 2.14) writes its `.keras` and `.h5` files and its SavedModels
# (but the 2 MB one of `wrappers`) into keras2/tf<version>/.
TF_VERSION = ".".join(tf.__version__.split(".")[:2])
FULL = TF_VERSION == "2.15"
OUT = os.path.join(HERE, "keras2") if FULL else os.path.join(HERE, "keras2", f"tf{TF_VERSION}")
PACKAGE = "kerasave_tests"


@keras.saving.register_keras_serializable(package=PACKAGE)
class ScaleShift(layers.Layer):
    """The zoo's registered custom layer, as written for Keras 2."""

    def __init__(self, factor=1.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def build(self, input_shape):
        self.scale = self.add_weight(shape=(input_shape[-1],), initializer="ones", name="scale")
        self.shift = self.add_weight(shape=(input_shape[-1],), initializer="zeros", name="shift")
        super().build(input_shape)

    def call(self, x):
        return x * self.scale * self.factor + self.shift

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


def _randomize(model, rng):
    for w in model.weights:
        if "moving_variance" in w.name:
            w.assign(rng.uniform(0.5, 2.0, size=w.shape).astype(w.dtype.as_numpy_dtype))
        elif w.dtype.is_floating:
            w.assign((rng.normal(size=w.shape) * 0.3 + 0.05).astype(w.dtype.as_numpy_dtype))


def mlp_dropout(rng):
    model = keras.Sequential(
        [
            keras.Input((8,)),
            layers.Dense(16, activation="relu"),
            layers.Dropout(0.5),
            layers.Dense(4),
        ],
        name="mlp",
    )
    return model, rng.normal(size=(4, 8)).astype("float32")


def cnn_batchnorm(rng):
    inputs = keras.Input((8, 8, 3))
    x = layers.Conv2D(4, 3, padding="same")(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(6, 3)(x)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(3, activation="softmax")(x)
    model = keras.Model(inputs, outputs, name="cnn")
    return model, rng.normal(size=(2, 8, 8, 3)).astype("float32")


def rnn_embedding_lstm_gru(rng):
    model = keras.Sequential(
        [
            keras.Input((5,), dtype="int32"),
            layers.Embedding(20, 8),
            layers.LSTM(8, return_sequences=True),
            layers.GRU(6),
            layers.Dense(2),
        ],
        name="rnn",
    )
    return model, rng.integers(0, 20, size=(3, 5)).astype("int32")


def nested_shared(rng):
    inner = keras.Sequential(
        [keras.Input((6,)), layers.Dense(5, activation="relu"), layers.Dense(3)],
        name="inner",
    )
    shared = layers.Dense(6, activation="tanh", name="shared")
    a = keras.Input((6,), name="a")
    b = keras.Input((6,), name="b")
    merged = layers.Concatenate()([inner(shared(a)), inner(shared(b))])
    outputs = layers.Dense(2)(merged)
    model = keras.Model([a, b], outputs, name="nested_shared")
    x = [rng.normal(size=(3, 6)).astype("float32") for _ in range(2)]
    return model, x


def custom_registered(rng):
    model = keras.Sequential(
        [
            keras.Input((4,)),
            layers.Dense(4),
            ScaleShift(factor=0.5, name="scale_shift"),
            layers.Dense(2),
        ],
        name="custom_registered",
    )
    return model, rng.normal(size=(3, 4)).astype("float32")


def adam_after_fit(rng):
    model = keras.Sequential(
        [keras.Input((6,)), layers.Dense(8, activation="relu"), layers.Dense(1)],
        name="adam_model",
    )
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    x = rng.normal(size=(16, 6)).astype("float32")
    y = rng.normal(size=(16, 1)).astype("float32")
    model.fit(x, y, epochs=1, batch_size=8, shuffle=False, verbose=0)
    return model, rng.normal(size=(3, 6)).astype("float32")


def attention_layernorm(rng):
    inputs = keras.Input((4, 8))
    attn = layers.MultiHeadAttention(num_heads=2, key_dim=4)(inputs, inputs)
    x = layers.LayerNormalization()(layers.Add()([inputs, attn]))
    ff = layers.Dense(8, activation="gelu")(x)
    x = layers.LayerNormalization()(layers.Add()([x, ff]))
    outputs = layers.Dense(2)(layers.GlobalAveragePooling1D()(x))
    model = keras.Model(inputs, outputs, name="attention")
    return model, rng.normal(size=(2, 4, 8)).astype("float32")


def mixed_precision(rng):
    policy = keras.mixed_precision.Policy("mixed_float16")
    model = keras.Sequential(
        [
            keras.Input((6,)),
            layers.Dense(8, activation="relu", dtype=policy),
            layers.BatchNormalization(dtype=policy),
            layers.Dense(3, dtype="float32"),
        ],
        name="mixed",
    )
    return model, rng.normal(size=(3, 6)).astype("float32")


def wrappers(rng):
    model = keras.Sequential(
        [
            keras.Input((5, 4)),
            layers.Bidirectional(layers.LSTM(3, return_sequences=True)),
            layers.TimeDistributed(layers.Dense(2)),
            layers.GlobalAveragePooling1D(),
        ],
        name="wrappers",
    )
    return model, rng.normal(size=(2, 5, 4)).astype("float32")


BUILDERS = [
    mlp_dropout,
    cnn_batchnorm,
    rnn_embedding_lstm_gru,
    nested_shared,
    custom_registered,
    adam_after_fit,
    attention_layernorm,
    mixed_precision,
    wrappers,
]


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    for i, build in enumerate(BUILDERS):
        name = build.__name__
        tf.keras.utils.set_random_seed(100 + i)
        rng = np.random.default_rng(100 + i)
        model, x = build(rng)
        if build is not adam_after_fit:
            _randomize(model, rng)
        y = model.predict(x, verbose=0)
        model.save(os.path.join(OUT, f"{name}.keras"))
        model.save(os.path.join(OUT, f"{name}.h5"))
        if FULL or build is not wrappers:
            model.save(os.path.join(OUT, "savedmodel", name), save_format="tf")
        if FULL:
            model.save_weights(os.path.join(OUT, f"{name}_weights.h5"))
        if isinstance(x, list):
            for j, xj in enumerate(x):
                expected[f"{name}/x{j}"] = xj
        else:
            expected[f"{name}/x"] = x
        expected[f"{name}/y"] = y
    np.savez(os.path.join(OUT, "expected.npz"), **expected)
    with open(os.path.join(OUT, "producer.json"), "w") as f:
        versions = {"tensorflow": tf.__version__, "keras": importlib.metadata.version("keras")}
        json.dump({**versions, "python": sys.version.split()[0]}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
