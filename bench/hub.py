"""Benchmark: keras-hub's `Backbone.from_preset` on a local preset, upstream against
`kerasave.install()`, each load in a fresh interpreter.

The preset is a GemmaBackbone with random bfloat16 weights, written by keras-hub's own
`save_to_preset` (`--make`, once; the `bench-hub` make target does both steps). Each load
runs in a process of its own, upstream and kerasave alternating: the time of `from_preset`
(imports excluded) and the peak resident memory above the interpreter's own (Keras,
keras-hub and kerasave imported). The preset's files are read just before, so they are in
the page cache.

keras-hub builds the model in Keras's default dtype (float32) unless `from_preset` is given
one, converting the bfloat16 weights as it loads them; `--dtype bfloat16` keeps them as
stored.

Sizes: `medium` (153 M parameters, 306 MB) and `1b` (1.18 B parameters, 2.3 GB in two
shards; upstream peaks near 10 GB).
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

SIZES = {
    "medium": dict(
        vocabulary_size=32000,
        num_layers=8,
        num_query_heads=8,
        num_key_value_heads=1,
        hidden_dim=1024,
        intermediate_dim=8192,
        head_dim=128,
    ),
    # A Gemma-architecture model of 1.18 B parameters: 2.3 GB of bfloat16 weights.
    "1b": dict(
        vocabulary_size=256000,
        num_layers=6,
        num_query_heads=8,
        num_key_value_heads=1,
        hidden_dim=2048,
        intermediate_dim=32768,
        head_dim=256,
    ),
}
# save_to_preset's shard limit in GB: the 1b preset in two shards.
SHARD_GB = {"medium": None, "1b": 1.2}


def make(size, preset):
    """Writes the preset: random weights, built the way keras-hub builds them."""
    import keras_hub

    start = time.perf_counter()
    backbone = keras_hub.models.GemmaBackbone(**SIZES[size], dtype="bfloat16")
    built = time.perf_counter() - start
    if SHARD_GB[size] is None:
        backbone.save_to_preset(preset)
    else:
        backbone.save_to_preset(preset, max_shard_size=SHARD_GB[size])
    print(f"{preset}: {backbone.count_params():,} parameters, built in {built:.1f} s")


def child(impl, preset, dtype):
    """One `from_preset` in this fresh interpreter; JSON on the last line."""
    import keras_hub
    import kerasave

    if impl == "kerasave":
        kerasave.install()
    base = rss_kb("VmRSS")
    start = time.perf_counter()
    backbone = keras_hub.models.Backbone.from_preset(preset, dtype=dtype)
    seconds = time.perf_counter() - start
    peak = rss_kb("VmHWM")
    result = {"seconds": seconds, "peak_above_base": (peak - base) * 1024}
    result.update(params=backbone.count_params(), dtype=backbone.weights[0].dtype)
    print(json.dumps(result))


def _weights_bytes(preset):
    return sum(
        os.path.getsize(os.path.join(preset, name))
        for name in os.listdir(preset)
        if name.endswith(".weights.h5")
    )


def in_fresh_process(impl, preset, dtype):
    cmd = [sys.executable, __file__, "--child", impl, "--preset", preset]
    if dtype:
        cmd += ["--dtype", dtype]
    return run_child(cmd, impl)


def run(preset, repeats, dtype):
    nbytes = _weights_bytes(preset)
    results = {impl: [] for impl in ("upstream", "kerasave")}
    for _ in range(repeats):
        for impl in results:
            warm_cache(preset)
            results[impl].append(in_fresh_process(impl, preset, dtype))
    row = {"preset": preset, "weights_bytes": nbytes, "params": results["kerasave"][0]["params"]}
    row["dtype"] = results["kerasave"][0]["dtype"]
    for key in ("seconds", "peak_above_base"):
        row[key] = {impl: statistics.median(r[key] for r in runs) for impl, runs in results.items()}
        row[f"{key}_runs"] = {impl: [r[key] for r in runs] for impl, runs in results.items()}
    return row


def table(row):
    w = row["weights_bytes"]
    up, ks = row["seconds"]["upstream"], row["seconds"]["kerasave"]
    pu, pk = row["peak_above_base"]["upstream"], row["peak_above_base"]["kerasave"]
    label = (
        f"GemmaBackbone {row['params'] / 1e6:,.0f} M, bfloat16 file ({w / 1e6:,.0f} MB), "
        f"{row['dtype']} variables"
    )
    return (
        "| preset | operation | upstream | kerasave | upstream / kerasave |\n"
        "|---|---|---:|---:|---:|\n"
        f"| {label} | from_preset (fresh process) | {up:.3f} s | {ks:.3f} s "
        f"| **{up / ks:.2f}×** |\n"
        f"|  | from_preset peak RSS | {pu / 1e6:,.0f} MB ({pu / w:.2f}× weights) | "
        f"{pk / 1e6:,.0f} MB ({pk / w:.2f}× weights) | {pu / max(pk, 1):.2f}× |\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="medium")
    parser.add_argument("--preset", help="the preset directory (default: bench/out/presets/SIZE)")
    parser.add_argument("--make", action="store_true", help="write the preset first")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--dtype", help="passed to from_preset (default: keras-hub's)")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--child", choices=["upstream", "kerasave"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    preset = args.preset or os.path.join(os.path.dirname(__file__), "out", "presets", args.size)
    if args.child:
        return child(args.child, preset, args.dtype)
    if args.make or not os.path.exists(os.path.join(preset, "config.json")):
        make(args.size, preset)
    row = run(preset, args.repeats, args.dtype)
    print(f"medians of {args.repeats} runs, each in a fresh process\n")
    print(table(row))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(row, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
