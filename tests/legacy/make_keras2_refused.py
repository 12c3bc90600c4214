"""Writes tests/legacy/keras2/savedmodel_refused/: a tf.keras 2.15 SavedModel that cannot be
rebuilt as a Keras model, for the error that names TFSMLayer.

Not run by the test suite (which needs no TensorFlow). In the throwaway environment of
tests/legacy/make_keras2.py:

    /tmp/tf215/bin/python tests/legacy/make_keras2_refused.py

`no_config/`: a subclassed model whose `__init__` takes an object Keras cannot serialize and
that has no `get_config`; tf.keras saves it with an empty config.
"""

import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow import keras  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "keras2", "savedmodel_refused")


class NoConfig(keras.Model):
    def __init__(self, table):
        super().__init__(name="no_config")
        self.table = table
        self.dense = keras.layers.Dense(3)

    def call(self, x):
        return self.dense(x)


def main():
    tf.keras.utils.set_random_seed(400)
    model = NoConfig(object())
    model(np.zeros((1, 4), "float32"))
    model.save(os.path.join(OUT, "no_config"), save_format="tf")


if __name__ == "__main__":
    main()
