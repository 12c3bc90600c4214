"""Writes tests/legacy/keras2/optimizers/: tf.keras 2.15 models trained with Keras 2's
legacy optimizers (`tf.keras.optimizers.legacy`, OptimizerV2: state in slot variables) and
saved as SavedModels and `.h5` files, with what tf.keras did next.

Not run by the test suite (which needs no TensorFlow). In the throwaway environment of
tests/legacy/make_keras2.py:

    /tmp/tf215/bin/python tests/legacy/make_keras2_optimizers.py

For each optimizer it trains a small model two steps, saves it (`savedmodel/<name>/`,
`<name>.h5`), then trains one step more on a recorded batch and records the weights that step
gave, in `expected.npz` (`<name>/x`, `<name>/y`, `<name>/w<i>`, `<name>/iterations`): a
model that restored the optimizer's state takes the same step.
"""

import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow import keras  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keras2", "optimizers")
legacy = keras.optimizers.legacy

OPTIMIZERS = {
    "adam": lambda: legacy.Adam(learning_rate=0.01),
    "adam_amsgrad": lambda: legacy.Adam(learning_rate=0.01, amsgrad=True),
    "sgd_momentum": lambda: legacy.SGD(learning_rate=0.05, momentum=0.9),
    "rmsprop": lambda: legacy.RMSprop(learning_rate=0.01, momentum=0.5),
    "adagrad": lambda: legacy.Adagrad(learning_rate=0.05),
    # Not mapped (a different algorithm from Keras 3's Nadam): it must start afresh.
    "nadam": lambda: legacy.Nadam(learning_rate=0.01),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    for i, (name, make) in enumerate(OPTIMIZERS.items()):
        tf.keras.utils.set_random_seed(300 + i)
        rng = np.random.default_rng(300 + i)
        model = keras.Sequential(
            [keras.Input((6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)],
            name=f"{name}_model",
        )
        model.compile(optimizer=make(), loss="mse")
        x = rng.normal(size=(16, 6)).astype("float32")
        y = rng.normal(size=(16, 1)).astype("float32")
        model.fit(x, y, epochs=1, batch_size=8, shuffle=False, verbose=0)
        model.save(os.path.join(OUT, "savedmodel", name), save_format="tf")
        model.save(os.path.join(OUT, f"{name}.h5"))
        xb = rng.normal(size=(8, 6)).astype("float32")
        yb = rng.normal(size=(8, 1)).astype("float32")
        model.train_on_batch(xb, yb)
        expected[f"{name}/x"] = xb
        expected[f"{name}/y"] = yb
        expected[f"{name}/iterations"] = np.int64(model.optimizer.iterations.numpy())
        for j, w in enumerate(model.weights):
            expected[f"{name}/w{j}"] = w.numpy()
    np.savez(os.path.join(OUT, "expected.npz"), **expected)
    with open(os.path.join(OUT, "producer.txt"), "w") as f:
        f.write(f"tensorflow {tf.__version__}\n")


if __name__ == "__main__":
    main()
