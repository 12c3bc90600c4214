"""Writes the older-Keras-3 fixtures of tests/legacy/keras3/<version>/ with real Keras.

Not run by the test suite. To regenerate, in throwaway environments:

    python3 -m venv /tmp/k30 && /tmp/k30/bin/pip install "keras==3.0.5" "jax[cpu]==0.4.23" \
        "jaxlib==0.4.23" "numpy<2" h5py packaging
    python3 -m venv /tmp/k36 && /tmp/k36/bin/pip install "keras==3.6.0" "jax[cpu]==0.4.35" \
        "numpy<2.1" h5py
    /tmp/k30/bin/python tests/legacy/keras3/make_keras3.py
    /tmp/k36/bin/python tests/legacy/keras3/make_keras3.py

For each model it writes `<name>.keras`, `<name>.h5` and `<name>.weights.h5` (where that
Keras version can: 3.0.5 fails to write some, and those are left out) and records the
inputs and that Keras's predictions in `expected.npz`.
"""

import json
import os

os.environ["KERAS_BACKEND"] = "jax"

import keras  # noqa: E402
import numpy as np  # noqa: E402
from keras import layers  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), keras.__version__)
os.makedirs(OUT, exist_ok=True)


def mlp(rng):
    return keras.Sequential(
        [
            keras.Input((8,)),
            layers.Dense(16, activation="relu"),
            layers.Dropout(0.5),
            layers.Dense(4),
        ],
        name="mlp",
    ), rng.normal(size=(4, 8)).astype("float32")


def cnn(rng):
    i = keras.Input((8, 8, 3))
    x = layers.Conv2D(4, 3, padding="same")(i)
    x = layers.BatchNormalization()(x)
    x = layers.MaxPooling2D()(layers.Activation("relu")(x))
    x = layers.GlobalAveragePooling2D()(layers.Conv2D(6, 3)(x))
    return keras.Model(i, layers.Dense(3, activation="softmax")(x), name="cnn"), rng.normal(
        size=(2, 8, 8, 3)
    ).astype("float32")


def rnn(rng):
    return keras.Sequential(
        [
            keras.Input((5,), dtype="int32"),
            layers.Embedding(20, 8, mask_zero=True),
            layers.LSTM(8, return_sequences=True),
            layers.GRU(6),
            layers.Dense(2),
        ],
        name="rnn",
    ), rng.integers(0, 20, size=(3, 5)).astype("int32")


def nested(rng):
    inner = keras.Sequential(
        [keras.Input((6,)), layers.Dense(5, activation="relu"), layers.Dense(3)], name="inner"
    )
    shared = layers.Dense(6, activation="tanh", name="shared")
    a = keras.Input((6,), name="a")
    b = keras.Input((6,), name="b")
    out = layers.Dense(2)(layers.Concatenate()([inner(shared(a)), inner(shared(b))]))
    return keras.Model([a, b], out, name="nested"), [
        rng.normal(size=(3, 6)).astype("float32") for _ in range(2)
    ]


def attention(rng):
    i = keras.Input((4, 8))
    a = layers.MultiHeadAttention(num_heads=2, key_dim=4)(i, i)
    x = layers.LayerNormalization()(layers.Add()([i, a]))
    return keras.Model(
        i, layers.Dense(2)(layers.GlobalAveragePooling1D()(x)), name="attention"
    ), rng.normal(size=(2, 4, 8)).astype("float32")


def adam(rng):
    m = keras.Sequential(
        [keras.Input((6,)), layers.Dense(8, activation="relu"), layers.Dense(1)], name="adam"
    )
    m.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mean_squared_error")
    m.fit(
        rng.normal(size=(16, 6)).astype("float32"),
        rng.normal(size=(16, 1)).astype("float32"),
        epochs=1,
        batch_size=8,
        shuffle=False,
        verbose=0,
    )
    return m, rng.normal(size=(3, 6)).astype("float32")


def mixed(rng):
    return keras.Sequential(
        [
            keras.Input((6,)),
            layers.Dense(8, activation="relu", dtype="mixed_float16"),
            layers.Dense(3, dtype="float32"),
        ],
        name="mixed",
    ), rng.normal(size=(3, 6)).astype("float32")


expected = {}
for i, build in enumerate([mlp, cnn, rnn, nested, attention, adam, mixed]):
    keras.utils.set_random_seed(200 + i)
    rng = np.random.default_rng(200 + i)
    model, x = build(rng)
    if build is not adam:
        for w in model.weights:
            if np.issubdtype(np.dtype(w.dtype), np.floating):
                w.assign(
                    (rng.normal(size=w.shape) * 0.3 + 0.05).astype(w.dtype)
                    if "variance" not in w.path
                    else rng.uniform(0.5, 2, size=w.shape).astype(w.dtype)
                )
    y = np.asarray(model(x, training=False)).astype("float32")
    name = build.__name__
    for ext in ("keras", "h5"):
        try:
            model.save(os.path.join(OUT, f"{name}.{ext}"))
        except Exception as e:
            print(name, ext, "save failed:", type(e).__name__, str(e)[:80])
            if os.path.exists(os.path.join(OUT, f"{name}.{ext}")):
                os.remove(os.path.join(OUT, f"{name}.{ext}"))
    try:
        model.save_weights(os.path.join(OUT, f"{name}.weights.h5"))
    except Exception as e:
        print(name, "save_weights failed:", type(e).__name__, str(e)[:80])
    if isinstance(x, list):
        for j, xj in enumerate(x):
            expected[f"{name}/x{j}"] = xj
    else:
        expected[f"{name}/x"] = x
    expected[f"{name}/y"] = y
np.savez(os.path.join(OUT, "expected.npz"), **expected)
with open(os.path.join(OUT, "producer.json"), "w") as f:
    json.dump({"keras": keras.__version__, "backend": keras.backend.backend()}, f)
    f.write("\n")
print("keras", keras.__version__, "->", OUT)
