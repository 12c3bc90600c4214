"""Benchmark: loads under a Keras distribution, upstream against kerasave, each in a fresh
interpreter with 8 virtual CPU devices.

The model is bench.py's big_dense (24 Dense layers of 4096 units, 1.6 GB of float32
weights), written once (`--make`, or the first run) as a `.keras` file and as a
`.weights.h5` file. Each load runs under `keras.distribution.ModelParallel` on a (1, 8)
mesh with kernels laid out `(None, "model")` and biases `("model",)`, so each device holds
an eighth of every tensor:
- `.keras`: `load_model` (upstream's, and kerasave's).
- `.weights.h5`: the model built, then its weights loaded (upstream: `model.load_weights`;
  kerasave: `kerasave.load_weights` inside `kerasave.deferred_init()`, which skips initial
  values the file replaces).
- save: the model (loaded by kerasave under the distribution) saved as a `.keras` file
  (upstream's `save_model`, kerasave's).
Reported: the time of the load or save (imports and the distribution's setup excluded) and
the peak resident memory above the interpreter's own (for a save, above the model loaded),
medians over runs alternating upstream and kerasave. The files are read just before each
run, so they are in the page cache.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

from fresh import rss_kb, run_child, warm_cache

os.environ.setdefault("KERAS_BACKEND", "jax")
# As in bench.py: a JAX user's Keras does not have TensorFlow to import.
sys.modules.setdefault("tensorflow", None)

DEVICES = 8
FORMATS = ("keras", "weights.h5")
OPERATIONS = FORMATS + ("save",)


def build():
    import keras

    x = inputs = keras.Input((4096,))
    for _ in range(24):
        x = keras.layers.Dense(4096)(x)
    return keras.Model(inputs, x)


def make(folder):
    import kerasave

    os.makedirs(folder, exist_ok=True)
    model = build()
    kerasave.save_model(model, os.path.join(folder, "big_dense.keras"))
    kerasave.save_weights(model, os.path.join(folder, "big_dense.weights.h5"))


def distribute():
    """ModelParallel over every device on a (1, 8) mesh: kernels split by columns, biases
    split alike."""
    from keras import distribution

    mesh = distribution.DeviceMesh((1, DEVICES), ["batch", "model"])
    layouts = distribution.LayoutMap(mesh)
    layouts[".*kernel"] = (None, "model")
    layouts[".*bias"] = ("model",)
    distribution.set_distribution(
        distribution.ModelParallel(layout_map=layouts, batch_dim_name="batch")
    )


def child(impl, fmt, path):
    """One load in this fresh interpreter; JSON on the last line."""
    import jax
    import keras
    import kerasave

    if len(jax.devices()) != DEVICES:
        raise RuntimeError(f"{len(jax.devices())} devices, not {DEVICES}")
    distribute()
    if fmt == "save":
        import gc

        model = kerasave.load_model(path)
        gc.collect()
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # resets the peak (VmHWM) to the current resident size
        save = kerasave.save_model if impl == "kerasave" else keras.saving.save_model
        out = path + f".{impl}.keras"
        base = rss_kb("VmRSS")
        start = time.perf_counter()
        save(model, out)
        seconds = time.perf_counter() - start
        os.remove(out)
        peak = rss_kb("VmHWM")
        print(json.dumps({"seconds": seconds, "peak_above_base": (peak - base) * 1024}))
        return
    base = rss_kb("VmRSS")
    start = time.perf_counter()
    if fmt == "keras":
        load = kerasave.load_model if impl == "kerasave" else keras.saving.load_model
        model = load(path)
    elif impl == "kerasave":
        with kerasave.deferred_init():
            model = build()
            kerasave.load_weights(model, path)
    else:
        model = build()
        model.load_weights(path)
    seconds = time.perf_counter() - start
    peak = rss_kb("VmHWM")
    kernel = model.layers[1].kernel.value
    if kernel.sharding.shard_shape(kernel.shape) != (4096, 4096 // DEVICES):
        raise RuntimeError(f"kernel laid out as {kernel.sharding}")
    print(json.dumps({"seconds": seconds, "peak_above_base": (peak - base) * 1024}))


def in_fresh_process(impl, fmt, path):
    cmd = [sys.executable, __file__, "--child", impl, "--format", fmt, "--path", path]
    env = dict(os.environ, XLA_FLAGS=f"--xla_force_host_platform_device_count={DEVICES}")
    return run_child(cmd, f"{impl} {fmt}", env=env)


def run(folder, repeats):
    rows = []
    for fmt in OPERATIONS:
        path = os.path.join(folder, f"big_dense.{'keras' if fmt == 'save' else fmt}")
        results = {impl: [] for impl in ("upstream", "kerasave")}
        for _ in range(repeats):
            for impl in results:
                warm_cache(path)
                results[impl].append(in_fresh_process(impl, fmt, path))
        row = {"format": fmt, "file_bytes": os.path.getsize(path)}
        for key in ("seconds", "peak_above_base"):
            row[key] = {i: statistics.median(r[key] for r in rs) for i, rs in results.items()}
            row[f"{key}_runs"] = {i: [r[key] for r in rs] for i, rs in results.items()}
        rows.append(row)
    return rows


def table(rows):
    lines = [
        "| big_dense (1.6 GB) under ModelParallel, 8 devices | upstream | kerasave "
        "| upstream / kerasave |",
        "|---|---:|---:|---:|",
    ]
    for row in rows:
        w = row["file_bytes"]
        up, ks = row["seconds"]["upstream"], row["seconds"]["kerasave"]
        pu, pk = row["peak_above_base"]["upstream"], row["peak_above_base"]["kerasave"]
        what = {
            "keras": "`.keras` load_model",
            "weights.h5": "`.weights.h5` build + load_weights",
            "save": "`.keras` save_model",
        }[row["format"]]
        lines.append(f"| {what} (fresh process) | {up:.2f} s | {ks:.2f} s | **{up / ks:.2f}×** |")
        lines.append(
            f"| {what} peak RSS | {pu / 1e9:.2f} GB ({pu / w:.2f}× file) "
            f"| {pk / 1e9:.2f} GB ({pk / w:.2f}× file) | {pu / max(pk, 1):.2f}× |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", help="where the files are (default: bench/out/distributed)")
    parser.add_argument("--make", action="store_true", help="write the files first")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--child", choices=["upstream", "kerasave"], help=argparse.SUPPRESS)
    parser.add_argument("--format", choices=OPERATIONS, help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.format, args.path)
    folder = args.folder or os.path.join(os.path.dirname(__file__), "out", "distributed")
    if args.make or not all(
        os.path.exists(os.path.join(folder, f"big_dense.{fmt}")) for fmt in FORMATS
    ):
        make(folder)
    rows = run(folder, args.repeats)
    print(f"medians of {args.repeats} runs, each in a fresh process\n")
    print(table(rows))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
