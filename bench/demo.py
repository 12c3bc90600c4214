"""Demo: save and load a ResNet50 with upstream Keras and with kerasave.

Each file is loaded by both, so the table also shows that the formats are
interchangeable; every loaded model must predict what the original does.
Run with ``make demo``; ``--upstream-only`` times the Keras half alone.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("KERAS_BACKEND", "jax")
# The test environment has TensorFlow (for the string ops of Keras's lookup layers), and
# Keras imports it whenever it is installed, at a cost of seconds and ~500 MB to upstream and
# kerasave alike. A JAX user's Keras has none: hide it, so the timings are theirs.
sys.modules.setdefault("tensorflow", None)

import keras  # noqa: E402
import numpy as np  # noqa: E402

REPEATS = 3


def timed(fn, *args):
    """Median wall time of REPEATS calls, and the last call's result."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream-only", action="store_true", help="time upstream Keras alone")
    args = parser.parse_args()

    savers = {"upstream": keras.saving.save_model}
    loaders = {"upstream": keras.saving.load_model}
    if not args.upstream_only:
        import kerasave

        savers["kerasave"] = kerasave.save_model
        loaders["kerasave"] = kerasave.load_model

    keras.utils.set_random_seed(0)
    start = time.perf_counter()
    model = keras.applications.ResNet50(weights=None)
    print(
        f"keras {keras.__version__} ({keras.backend.backend()}), "
        f"ResNet50: {model.count_params() / 1e6:.1f}M params, "
        f"built in {time.perf_counter() - start:.1f}s; median of {REPEATS} runs"
    )
    x = np.random.default_rng(0).random((4, 224, 224, 3), dtype=np.float32)
    expected = model.predict(x, verbose=0)

    rows = {}  # operation -> {implementation: seconds}
    sizes = {}
    with tempfile.TemporaryDirectory(prefix="kerasave-demo-") as tmp:
        files = {}
        for name, save in savers.items():
            files[name] = os.path.join(tmp, f"{name}.keras")
            rows.setdefault("save", {})[name], _ = timed(save, model, files[name])
            sizes[name] = os.path.getsize(files[name]) / 1e6
        for file_name, path in files.items():
            for name, load in loaders.items():
                seconds, loaded = timed(load, path)
                rows.setdefault(f"load {file_name} file", {})[name] = seconds
                np.testing.assert_allclose(
                    loaded.predict(x, verbose=0), expected, rtol=1e-5, atol=1e-6
                )

    def cell(value, unit="s"):
        return f"{value:>10.3f}{unit}" if value is not None else f"{'-':>11}"

    print(f"\n{'operation':<22}{'upstream':>11}{'kerasave':>11}{'ratio':>8}")
    for op, t in rows.items():
        up, ks = t["upstream"], t.get("kerasave")
        ratio = f"{up / ks:>7.2f}x" if ks else f"{'-':>8}"
        print(f"{op:<22}{cell(up)}{cell(ks)}{ratio}")
    up, ks = sizes["upstream"], sizes.get("kerasave")
    ratio = f"{up / ks:>7.2f}x" if ks else f"{'-':>8}"
    print(f"{'file size (MB)':<22}{cell(up, ' ')}{cell(ks, ' ')}{ratio}")
    checked = len(files) * len(loaders)
    if "kerasave" in loaders:
        save_x = rows["save"]["upstream"] / rows["save"]["kerasave"]
        load_x = rows["load upstream file"]["upstream"] / rows["load upstream file"]["kerasave"]
        print(
            f"\nResNet50 saved {save_x:.1f}x and loaded {load_x:.1f}x faster by kerasave than by "
            f"upstream Keras, files interchangeable both ways: all {checked} loaded models "
            "predict as the original."
        )
    else:
        print(f"\nupstream only: all {checked} loaded models predict as the original.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
