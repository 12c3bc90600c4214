"""A zoo of small Keras models covering what a `.keras` file can hold.

Every builder seeds all random state and returns `(model, sample_input)`. The
models are tiny so the whole suite runs quickly on a couple of CPU cores.

`ZOO` maps a name to a `ZooEntry` telling how to build the model and how it
must be loaded (`custom_objects`, `safe_mode`).

This module is also imported by the subprocess in `test_backends.py`, with a
backend other than JAX, so nothing here may run a backend-specific operation
at import time.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from typing import Any

import keras
import numpy as np
from keras import layers, ops

PACKAGE = "kerasave_tests"


def _rng(seed):
    keras.utils.set_random_seed(seed)
    return np.random.default_rng(seed)


def _normal(rng, shape, dtype="float32"):
    return rng.normal(size=shape).astype(dtype)


def _randomize(model, rng):
    """Gives every floating-point weight a distinctive value (not its init)."""
    for w in model.weights:
        if "float" in str(w.dtype):
            w.assign(
                (rng.normal(size=w.shape) * 0.3 + 0.05).astype("float32"),
            )


# ---------------------------------------------------------------------------
# Custom objects.
# ---------------------------------------------------------------------------


@keras.saving.register_keras_serializable(package=PACKAGE)
class ScaleShift(layers.Layer):
    """A registered custom layer with its own weights and config."""

    def __init__(self, factor=1.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def build(self, input_shape):
        self.scale = self.add_weight(shape=(input_shape[-1],), initializer="ones", name="scale")
        self.shift = self.add_weight(shape=(input_shape[-1],), initializer="zeros", name="shift")

    def call(self, x):
        return x * self.scale * self.factor + self.shift

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


class UnregisteredScale(layers.Layer):
    """A custom layer that is NOT registered: loading needs `custom_objects`."""

    def __init__(self, power=2, **kwargs):
        super().__init__(**kwargs)
        self.power = power

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1],), initializer="ones", name="w")

    def call(self, x):
        return ops.tanh(x) ** self.power * self.w

    def get_config(self):
        return {**super().get_config(), "power": self.power}


@keras.saving.register_keras_serializable(package=PACKAGE)
class TinySubclassed(keras.Model):
    """A registered subclassed model with sublayers held in a list."""

    def __init__(self, hidden=8, outputs=3, **kwargs):
        super().__init__(**kwargs)
        self.hidden = hidden
        self.outputs_dim = outputs
        self.encoder = layers.Dense(hidden, activation="tanh")
        self.blocks = [layers.Dense(hidden), layers.Dense(hidden)]
        self.head = layers.Dense(outputs)

    def call(self, x):
        h = self.encoder(x)
        for block in self.blocks:
            h = h + ops.relu(block(h))
        return self.head(h)

    def get_config(self):
        return {
            "name": self.name,
            "hidden": self.hidden,
            "outputs": self.outputs_dim,
        }

    @classmethod
    def from_config(cls, config):
        return cls(**config)


def _supports_x64():
    if keras.backend.backend() != "jax":
        return True
    import jax

    return bool(jax.config.read("jax_enable_x64"))


# (dtype, shape, values): distinctive, non-zero, including the extremes.
_VAR_SPECS = [
    ("float16", (3,), [1.5, -65504.0, 6.1035e-05]),
    ("float32", (2, 2), [[3.25, -1e30], [1e-30, 7.0]]),
    ("bfloat16", (3,), [3.140625, -2.5, 1e30]),
    ("int8", (3,), [-128, 127, 7]),
    ("int16", (3,), [-32768, 32767, -9]),
    ("int32", (), 2147483647),
    ("uint8", (2, 2), [[0, 255], [128, 3]]),
    ("bool", (4,), [True, False, True, True]),
]
_X64_VAR_SPECS = [
    ("float64", (2,), [np.pi, -1e300]),
    ("int64", (2,), [-(2**63), 2**63 - 1]),
]

# State that `DtypeZoo` saves as plain NumPy arrays through
# `save_own_variables`, so that 64-bit datasets are covered even on backends
# (JAX without x64) whose variables cannot hold them.
RAW_STATE = {
    "raw_float64": np.array([[np.e, -1e-300], [1e300, -0.0]], dtype="float64"),
    "raw_int64": np.array([-(2**63), 2**63 - 1, 42], dtype="int64"),
    "raw_float64_scalar": np.array(-2.75, dtype="float64"),
    "raw_empty_float32": np.zeros((0, 3), dtype="float32"),
}


def var_specs():
    return _VAR_SPECS + (_X64_VAR_SPECS if _supports_x64() else [])


@keras.saving.register_keras_serializable(package=PACKAGE)
class DtypeZoo(layers.Layer):
    """Non-trainable state of every dtype, plus raw NumPy state (64-bit)."""

    def build(self, input_shape):
        self.typed = []
        for dtype, shape, _ in var_specs():
            self.typed.append(
                self.add_weight(
                    shape=shape,
                    dtype=dtype,
                    trainable=False,
                    initializer="zeros",
                    name=f"w_{dtype}",
                )
            )
        self.raw_state = {k: np.zeros_like(v) for k, v in RAW_STATE.items()}

    def set_distinctive_values(self):
        for (dtype, _, values), w in zip(var_specs(), self.typed, strict=True):
            w.assign(np.asarray(values, dtype=dtype))
        self.raw_state = {k: v.copy() for k, v in RAW_STATE.items()}

    def call(self, x):
        total = 0.0
        for w in self.typed:
            # Keep it finite: squash every value into [-1, 1] first.
            total = total + ops.sum(ops.tanh(ops.cast(w, "float32") * 1e-3))
        return x + total

    def save_own_variables(self, store):
        super().save_own_variables(store)
        for key, value in self.raw_state.items():
            store[key] = value

    def load_own_variables(self, store):
        for i, w in enumerate(self.typed):
            w.assign(store[str(i)])
        for key in RAW_STATE:
            self.raw_state[key] = np.asarray(store[key])


@keras.saving.register_keras_serializable(package=PACKAGE)
class VocabLayer(layers.Layer):
    """Keeps a vocabulary in the archive's `assets/` directory only."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.vocab = []

    def call(self, x):
        return x * float(len(self.vocab)) + float(sum(map(len, self.vocab)))

    def save_assets(self, dir_path):
        with open(os.path.join(dir_path, "vocab.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(self.vocab))

    def load_assets(self, dir_path):
        with open(os.path.join(dir_path, "vocab.txt"), encoding="utf-8") as f:
            self.vocab = f.read().split("\n")


def raw_states(model):
    """`{layer name: raw_state}` of every `DtypeZoo` layer in the model."""
    return {
        layer.name: layer.raw_state
        for layer in model._flatten_layers(include_self=False, recursive=True)
        if isinstance(layer, DtypeZoo)
    }


def vocabs(model):
    return {
        layer.name: layer.vocab
        for layer in model._flatten_layers(include_self=False, recursive=True)
        if isinstance(layer, VocabLayer)
    }


# ---------------------------------------------------------------------------
# Builders.
# ---------------------------------------------------------------------------


def mlp_dropout():
    rng = _rng(1)
    model = keras.Sequential(
        [
            keras.Input((8,)),
            layers.Dense(16, activation="relu"),
            layers.Dropout(0.5),
            layers.Dense(4),
        ],
        name="mlp",
    )
    _randomize(model, rng)
    return model, _normal(rng, (4, 8))


def cnn_batchnorm():
    rng = _rng(2)
    inputs = keras.Input((8, 8, 3))
    x = layers.Conv2D(4, 3, padding="same")(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(6, 3)(x)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(3, activation="softmax")(x)
    model = keras.Model(inputs, outputs, name="cnn")
    _randomize(model, rng)
    bn = next(la for la in model.layers if isinstance(la, layers.BatchNormalization))
    # Non-trainable moving statistics far from their defaults (0 and 1).
    bn.moving_mean.assign(rng.normal(size=(4,)).astype("float32"))
    bn.moving_variance.assign(rng.uniform(0.5, 2.0, size=(4,)).astype("float32"))
    return model, _normal(rng, (2, 8, 8, 3))


def rnn_embedding_lstm_gru():
    rng = _rng(3)
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
    _randomize(model, rng)
    return model, rng.integers(0, 20, size=(3, 5)).astype("int32")


def attention_layernorm():
    rng = _rng(4)
    inputs = keras.Input((4, 8))
    attn = layers.MultiHeadAttention(num_heads=2, key_dim=4)(inputs, inputs)
    x = layers.LayerNormalization()(layers.Add()([inputs, attn]))
    ff = layers.Dense(8, activation="gelu")(x)
    x = layers.LayerNormalization()(layers.Add()([x, ff]))
    outputs = layers.Dense(2)(layers.GlobalAveragePooling1D()(x))
    model = keras.Model(inputs, outputs, name="attention")
    _randomize(model, rng)
    return model, _normal(rng, (2, 4, 8))


def nested_shared():
    rng = _rng(5)
    inner = keras.Sequential(
        [keras.Input((6,)), layers.Dense(5, activation="relu"), layers.Dense(3)],
        name="inner",
    )
    shared = layers.Dense(6, activation="tanh", name="shared")
    a = keras.Input((6,), name="a")
    b = keras.Input((6,), name="b")
    # `shared` is used twice (on both inputs); `inner` is a nested model.
    merged = layers.Concatenate()([inner(shared(a)), inner(shared(b))])
    outputs = layers.Dense(2)(merged)
    model = keras.Model([a, b], outputs, name="nested_shared")
    _randomize(model, rng)
    return model, [_normal(rng, (3, 6)), _normal(rng, (3, 6))]


def subclassed_model():
    rng = _rng(6)
    model = TinySubclassed(hidden=8, outputs=3, name="tiny_subclassed")
    x = _normal(rng, (2, 5))
    model(x)
    _randomize(model, rng)
    return model, x


def custom_registered():
    rng = _rng(7)
    model = keras.Sequential(
        [
            keras.Input((4,)),
            layers.Dense(4),
            ScaleShift(factor=0.5, name="scale_shift"),
            layers.Dense(2),
        ],
        name="custom_registered",
    )
    _randomize(model, rng)
    return model, _normal(rng, (3, 4))


def custom_unregistered():
    rng = _rng(8)
    model = keras.Sequential(
        [
            keras.Input((4,)),
            layers.Dense(4),
            UnregisteredScale(power=3, name="unregistered_scale"),
            layers.Dense(2),
        ],
        name="custom_unregistered",
    )
    _randomize(model, rng)
    return model, _normal(rng, (3, 4))


def lambda_layer():
    rng = _rng(9)
    model = keras.Sequential(
        [
            keras.Input((4,)),
            layers.Dense(3),
            layers.Lambda(lambda t: t * 2.0 + 1.0, name="affine_lambda"),
        ],
        name="lambda_model",
    )
    _randomize(model, rng)
    return model, _normal(rng, (2, 4))


def adam_data():
    rng = np.random.default_rng(100)
    x = _normal(rng, (16, 6))
    y = _normal(rng, (16, 1))
    return x, y


def adam_after_fit():
    rng = _rng(10)
    model = keras.Sequential(
        [keras.Input((6,)), layers.Dense(8, activation="relu"), layers.Dense(1)],
        name="adam_model",
    )
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    x, y = adam_data()
    model.fit(x, y, epochs=1, batch_size=8, shuffle=False, verbose=0)
    return model, _normal(rng, (3, 6))


def mixed_float16():
    rng = _rng(11)
    policy = keras.DTypePolicy("mixed_float16")
    model = keras.Sequential(
        [
            keras.Input((6,)),
            layers.Dense(8, activation="relu", dtype=policy),
            layers.LayerNormalization(dtype=policy),
            layers.Dense(4, dtype=policy),
            layers.Dense(2, dtype="float32"),
        ],
        name="mixed_float16_model",
    )
    _randomize(model, rng)
    return model, _normal(rng, (3, 6))


def bfloat16():
    rng = _rng(12)
    policy = keras.DTypePolicy("bfloat16")
    model = keras.Sequential(
        [
            keras.Input((6,)),
            layers.Dense(8, activation="relu", dtype=policy),
            layers.LayerNormalization(dtype=policy),
            layers.Dense(2, dtype=policy),
        ],
        name="bfloat16_model",
    )
    for w in model.weights:
        w.assign(rng.normal(size=w.shape).astype("float32"))
    return model, _normal(rng, (3, 6))


def all_dtypes():
    rng = _rng(13)
    zoo_layer = DtypeZoo(name="dtype_zoo")
    model = keras.Sequential([keras.Input((3,)), layers.Dense(3), zoo_layer], name="all_dtypes")
    _randomize(model, rng)
    zoo_layer.set_distinctive_values()
    return model, _normal(rng, (2, 3))


def custom_assets():
    rng = _rng(14)
    vocab_layer = VocabLayer(name="vocab")
    model = keras.Sequential(
        [keras.Input((3,)), layers.Dense(3), vocab_layer], name="custom_assets"
    )
    _randomize(model, rng)
    vocab_layer.vocab = ["alpha", "beta", "gamma", "δέλτα"]
    return model, _normal(rng, (2, 3))


@dataclasses.dataclass(frozen=True)
class ZooEntry:
    name: str
    build: Callable[[], tuple[Any, Any]]
    custom_objects: dict | None = None
    safe_mode: bool = True
    compiled: bool = False

    @property
    def needs_custom_objects(self):
        return self.custom_objects is not None

    @property
    def load_kwargs(self):
        """Keyword arguments `load_model` needs for this model."""
        kwargs = {}
        if self.custom_objects is not None:
            kwargs["custom_objects"] = dict(self.custom_objects)
        if not self.safe_mode:
            kwargs["safe_mode"] = False
        return kwargs


ZOO = {
    e.name: e
    for e in [
        ZooEntry("mlp_dropout", mlp_dropout),
        ZooEntry("cnn_batchnorm", cnn_batchnorm),
        ZooEntry("rnn_embedding_lstm_gru", rnn_embedding_lstm_gru),
        ZooEntry("attention_layernorm", attention_layernorm),
        ZooEntry("nested_shared", nested_shared),
        ZooEntry("subclassed_model", subclassed_model),
        ZooEntry("custom_registered", custom_registered),
        ZooEntry(
            "custom_unregistered",
            custom_unregistered,
            custom_objects={"UnregisteredScale": UnregisteredScale},
        ),
        ZooEntry("lambda_layer", lambda_layer, safe_mode=False),
        ZooEntry("adam_after_fit", adam_after_fit, compiled=True),
        ZooEntry("mixed_float16", mixed_float16),
        ZooEntry("bfloat16", bfloat16),
        ZooEntry("all_dtypes", all_dtypes),
        ZooEntry("custom_assets", custom_assets),
    ]
}
