"""Builds `tests/hostile/round2_h5/`: small model and weights files whose HDF5 weights declare
far more bytes than they store, in datasets a load never needs (or needs with the wrong
shape). Upstream Keras ignores what its traversal does not ask for, so these load with it in
a few hundred MB; a reader that reads every dataset ahead allocates gigabytes.

Run from anywhere with the test environment (`.venv/bin/python tests/hostile/make_hostile_h5.py`);
the files are committed. `hard_linked(path)` writes the one case too large to commit (a 40 MB
dataset under 50 names), which the tests make at run time.

- `junk_fill.keras`: one never-written chunked float32 dataset of shape (375, 1000, 1000)
  (1.5 GB declared, nothing stored) beside a layer's `vars`.
- `junk_fill_x3.keras`: three never-written datasets of 3.9 GB each.
- `junk_gzip.keras`: a compiled model whose optimizer group holds one dataset more than the
  optimizer has variables (upstream warns and skips the optimizer's state): 1.2 GB of zeros,
  deflated twice, stored in 10 kB.
- `junk_shape.keras`: a layer's kernel replaced by a never-written (375, 1000, 1000)
  dataset: upstream reads all of it, then refuses the shape (ValueError).
- `junk_fill.h5`, `junk_fill.weights.h5`: the first case in a legacy `.h5` model and in a
  `.weights.h5` file.
- `junk_shape.h5`: the fourth in a legacy `.h5` model (upstream's ValueError: "Shape
  mismatch").
"""

from __future__ import annotations

import io
import os
import sys
import zipfile

os.environ.setdefault("KERAS_BACKEND", "jax")
if __name__ == "__main__":
    # Run as a script: Keras need not import TensorFlow. Imported (the tests make the large
    # file with `hard_linked`), it leaves the process as it is.
    sys.modules.setdefault("tensorflow", None)

import h5py  # noqa: E402
import keras  # noqa: E402
import numpy as np  # noqa: E402
from keras.src.saving import saving_lib  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round2_h5")

# 375 x 1000 x 1000 float32: 1.5 GB, under upstream's 4 GiB floor for shape bombs.
BIG = (375, 1000, 1000)
# 975 x 1000 x 1000 float32: 3.9 GB, still under the floor.
HUGE = (975, 1000, 1000)


def victim(compiled=False):
    """The small model every file starts from."""
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [keras.Input((3,)), keras.layers.Dense(2, name="dense")], name="victim"
    )
    if compiled:
        model.compile(optimizer="adam", loss="mse")
        model.optimizer.build(model.trainable_variables)
    return model


def never_written(group, name, shape):
    """A chunked float32 dataset whose chunks are never written: h5py's `create_dataset`
    without data. Reading it gives zeros (its fill value)."""
    group.create_dataset(name, shape=shape, dtype="float32", chunks=(1, 1000, 1000))


def deflated_zeros(group, name, shape):
    """A float32 dataset of zeros, chunks of 16 MB allocated at creation and deflated twice:
    a few kB stored, whatever the shape."""
    dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
    dcpl.set_chunk((4,) + shape[1:])
    dcpl.set_deflate(9)
    dcpl.set_deflate(9)
    dcpl.set_alloc_time(h5py.h5d.ALLOC_TIME_EARLY)
    dcpl.set_fill_time(h5py.h5d.FILL_TIME_ALLOC)
    space = h5py.h5s.create_simple(shape)
    h5py.h5d.create(group.id, name.encode(), h5py.h5t.IEEE_F32LE, space, dcpl=dcpl)


def keras_file(path, edit, compiled=False):
    """Saves the model as upstream does, then edits its weights with h5py."""
    buf = io.BytesIO()
    saving_lib.save_model(victim(compiled), buf)
    with zipfile.ZipFile(buf) as zf:
        members = [(i, zf.read(i)) for i in zf.infolist()]
    out = []
    for info, data in members:
        if info.filename == "model.weights.h5":
            h5 = io.BytesIO(data)
            with h5py.File(h5, "a") as f:
                edit(f)
            data = h5.getvalue()
        out.append((info, data))
    with zipfile.ZipFile(path, "w") as zf:
        for info, data in out:
            zf.writestr(info, data)


def hard_linked(path, names=50, shape=(1000, 10000)):
    """A compiled model's `.keras` file whose optimizer group holds, after the optimizer's own
    variables, one dataset of `shape` (40 MB of float32 by default) under `names` names: hard
    links to one object. Upstream skips the optimizer's state (more datasets than
    variables) and reads none of them."""
    rng = np.random.default_rng(0)
    data = rng.standard_normal(shape, dtype=np.float32)

    def edit(f):
        group = f["optimizer/vars"]
        first = len(group)
        group[str(first)] = data
        for i in range(first + 1, first + names):
            group[str(i)] = group[str(first)]

    keras_file(path, edit, compiled=True)


def main():
    os.makedirs(HERE, exist_ok=True)
    keras_file(
        os.path.join(HERE, "junk_fill.keras"),
        lambda f: never_written(f["layers/dense"], "junk", BIG),
    )

    def three(f):
        junk = f.create_group("junk")
        for name in "abc":
            never_written(junk, name, HUGE)

    keras_file(os.path.join(HERE, "junk_fill_x3.keras"), three)

    def optimizer_junk(f):
        group = f["optimizer/vars"]
        deflated_zeros(group, str(len(group)), (300, 1000, 1000))

    keras_file(os.path.join(HERE, "junk_gzip.keras"), optimizer_junk, compiled=True)

    def wrong_kernel(f):
        del f["layers/dense/vars/0"]
        never_written(f["layers/dense/vars"], "0", BIG)

    keras_file(os.path.join(HERE, "junk_shape.keras"), wrong_kernel)

    legacy = os.path.join(HERE, "junk_fill.h5")
    victim().save(legacy)
    with h5py.File(legacy, "a") as f:
        never_written(f["model_weights/dense"], "junk", BIG)

    legacy = os.path.join(HERE, "junk_shape.h5")
    victim().save(legacy)
    with h5py.File(legacy, "a") as f:
        group = f["model_weights/dense/victim/dense"]
        del group["kernel"]
        never_written(group, "kernel", BIG)

    weights = os.path.join(HERE, "junk_fill.weights.h5")
    victim().save_weights(weights)
    with h5py.File(weights, "a") as f:
        never_written(f["layers/dense"], "junk", BIG)

    for name in sorted(os.listdir(HERE)):
        print(f"{name}: {os.path.getsize(os.path.join(HERE, name))} bytes")


if __name__ == "__main__":
    main()
