"""Benchmark: kerasave against upstream Keras, side by side, in one run.

For each model it measures, upstream and kerasave alternating:

- save and load in one warm process (median of --repeats runs each; twice as many and one
  more for models under 1 GB, four times as many under 50 MB);
- a load in a fresh interpreter (what a user's script pays; imports excluded), each run in
  its own process;
- the peak resident memory of a load and of a save, each in its own process, above the
  interpreter's own (Keras and kerasave imported): for a save this includes the model,
  loaded by kerasave before the peak is reset;
- the raw throughput of reading every tensor of the `.keras` file into numpy (each
  implementation's reads back to back);
- `save_weights` / `load_weights` (into the same model) in one warm process, to a
  `.weights.h5` file and to a sharded `.weights.json` set of about four shards;
- a `.keras` archive with npz weights (`weights_format="npz"`): save both ways, and
  kerasave loading upstream's file (upstream cannot read it back);
- a legacy `.h5` model file: save both ways, and both loading upstream's file
  (`compile=False`);
- inspecting the `.keras` file: the `kerasave inspect` command against a script running
  `keras.saving.KerasFileEditor(path).summary()`, each a fresh process timed wall-clock
  from start to exit (interpreter start and imports included), and `kerasave.inspect`
  against `KerasFileEditor(path).summary()` in one warm process.

`--backends torch tensorflow` (the default) adds a row per backend for ResNet50 on Keras's
PyTorch and TensorFlow backends: `.keras` save and load in one warm process, and a load in a
fresh interpreter, upstream on the same backend as the reference. Each backend's row runs in
a process of its own (Keras fixes its backend when it is imported).

`--models tiny_many` adds a short row (save, load, a fresh load, peak memory) for a model of
100,000 scalar variables: what each tensor costs beyond its bytes.

Files are read from the page cache (each is written or read just before). Run with
``make bench`` (or ``python bench/bench.py``); ``--models`` picks a subset, ``--json`` writes
the results to a file.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

from fresh import rss_kb, run_child

os.environ.setdefault("KERAS_BACKEND", "jax")
if os.environ["KERAS_BACKEND"] != "tensorflow":
    # The test environment has TensorFlow (a backend of the tests, and the string ops of
    # Keras's lookup layers), and Keras imports it whenever it is installed, at a cost of
    # seconds and ~500 MB to upstream and kerasave alike. A JAX or PyTorch user's Keras has
    # none: hide it, so the timings are theirs.
    sys.modules.setdefault("tensorflow", None)

MODELS = ["mlp_small", "resnet50", "resnet50_adam", "big_dense"]
# Rows run only when asked for (`--models tiny_many`): upstream takes about 100 s to load
# it, 30 s to save it, so it gets its own short row (`bench_tiny`).
EXTRA = ["tiny_many"]
# Backends other than JAX that get a ResNet50 row (`bench_backend`).
BACKENDS = ["torch", "tensorflow"]


# --- models ---------------------------------------------------------------------------------


_SCALARS = []


def scalars_layer():
    """A layer of `count` scalar variables (registered with Keras once, in each process that
    builds or loads `tiny_many`)."""
    if _SCALARS:
        return _SCALARS[0]
    import keras

    @keras.saving.register_keras_serializable(package="kerasave_bench")
    class Scalars(keras.layers.Layer):
        def __init__(self, count=1, **kwargs):
            super().__init__(**kwargs)
            self.count = count

        def build(self, input_shape):
            self.scalars = [
                self.add_weight(shape=(), initializer="zeros", name=f"s{i}")
                for i in range(self.count)
            ]

        def call(self, x):
            return x

        def get_config(self):
            return {**super().get_config(), "count": self.count}

    _SCALARS.append(Scalars)
    return Scalars


def build(name):
    import keras

    keras.utils.set_random_seed(0)
    if name == "tiny_many":
        # 100,000 scalar variables in ten layers: per-tensor costs, not bytes.
        scalars = scalars_layer()
        return keras.Sequential([keras.Input((1,))] + [scalars(10_000) for _ in range(10)])
    if name == "mlp_small":
        return keras.Sequential(
            [keras.Input((32,))]
            + [keras.layers.Dense(64, activation="relu") for _ in range(20)]
            + [keras.layers.Dense(10)]
        )
    if name in ("resnet50", "resnet50_adam"):
        model = keras.applications.ResNet50(weights=None)
        if name == "resnet50_adam":
            model.compile(optimizer="adam", loss="categorical_crossentropy")
            model.optimizer.build(model.trainable_variables)
        return model
    if name == "big_dense":
        x = inputs = keras.Input((4096,))
        for _ in range(24):
            x = keras.layers.Dense(4096)(x)
        return keras.Model(inputs, x)
    raise ValueError(name)


def weight_bytes(path):
    """Bytes of every tensor in the `.keras` file at `path`."""
    from kerasave import _native

    h5 = _native.KerasArchive.open(path).weights((1 << 62, 1), (1 << 62, 1))
    import numpy as np

    total = sum(
        int(np.prod(shape, dtype=np.int64)) * np.dtype(dtype).itemsize
        for dtype, shape in h5.datasets().values()
    )
    h5.close()
    return total


# --- measurements in this process -----------------------------------------------------------


def implementations():
    import keras
    import kerasave

    return {
        "upstream": (keras.saving.save_model, keras.saving.load_model),
        "kerasave": (kerasave.save_model, kerasave.load_model),
    }


def weights_implementations():
    import keras
    import kerasave

    return {
        "upstream": (keras.saving.save_weights, keras.saving.load_weights),
        "kerasave": (kerasave.save_weights, kerasave.load_weights),
    }


def bench_weights(model, nbytes, reps, tmp):
    """save_weights / load_weights timings: one `.weights.h5` file, then about 4 shards."""
    import numpy as np

    largest = max(np.asarray(v.value).nbytes for v in model.variables)
    shard_gb = max(nbytes / 4, largest) * 1.01 / 1024**3
    row = {}
    for kind, suffix, kwargs in [
        ("weights", ".weights.h5", {}),
        ("sharded", ".weights.json", {"max_shard_size": shard_gb}),
    ]:
        impls = weights_implementations()
        paths = {impl: os.path.join(tmp, f"{impl}-{kind}{suffix}") for impl in impls}
        row[f"{kind}_save"] = alternate(
            {
                impl: (lambda s=save, p=paths[impl], kw=kwargs: s(model, p, **kw))
                for impl, (save, _) in impls.items()
            },
            reps,
            writes=True,
        )
        # Each loads the file upstream wrote.
        row[f"{kind}_load"] = alternate(
            {
                impl: (lambda fn=load, p=paths["upstream"]: fn(model, p))
                for impl, (_, load) in impls.items()
            },
            reps,
        )
        for name in os.listdir(tmp):
            if name.endswith((".weights.h5", ".weights.json")):
                os.remove(os.path.join(tmp, name))
    return row


def bench_npz(model, reps, tmp):
    """A `.keras` archive with npz weights (`weights_format="npz"`): save both ways; load
    with kerasave only (upstream cannot read npz archives back, its own included)."""
    from keras.src.saving import saving_lib
    from kerasave import api

    paths = {impl: os.path.join(tmp, f"{impl}-npz.keras") for impl in ("upstream", "kerasave")}
    saves = {"upstream": saving_lib.save_model, "kerasave": api.lib_save_model}
    row = {
        "npz_save": alternate(
            {
                impl: (lambda s=save, p=paths[impl]: s(model, p, weights_format="npz"))
                for impl, save in saves.items()
            },
            reps,
            writes=True,
        )
    }
    # kerasave loads the file upstream wrote.
    load = alternate({"kerasave": lambda: api.lib_load_model(paths["upstream"])}, reps)
    row["npz_load"] = {"upstream": None, **load}
    for path in paths.values():
        os.remove(path)
    return row


def bench_legacy(model, reps, tmp):
    """A legacy `.h5` model file (`model.save("x.h5")`): save both ways, and each loading
    the file upstream wrote."""
    from keras.src.legacy.saving import legacy_h5_format
    from kerasave import legacy

    impls = {
        "upstream": (legacy_h5_format.save_model_to_hdf5, legacy_h5_format.load_model_from_hdf5),
        "kerasave": (legacy.save_model_to_hdf5, legacy.load_model_from_hdf5),
    }
    paths = {impl: os.path.join(tmp, f"{impl}-legacy.h5") for impl in impls}
    row = {
        "legacy_save": alternate(
            {
                impl: (lambda s=save, p=paths[impl]: s(model, p))
                for impl, (save, _) in impls.items()
            },
            reps,
            writes=True,
        ),
        "legacy_load": alternate(
            {
                impl: (lambda fn=load, p=paths["upstream"]: fn(p, compile=False))
                for impl, (_, load) in impls.items()
            },
            reps,
        ),
    }
    for path in paths.values():
        os.remove(path)
    return row


def alternate(fns, repeats, writes=False):
    """Median seconds of each function in `fns`, called in turn `repeats` times, after one
    untimed call of each: the process is warm, and so are the files they replace. (The
    first saves of a process are slower while the VM backs memory it has not touched yet:
    ResNet50's first two took 0.16 s in kerasave and later ones 0.10-0.13 s; upstream's
    first 0.50 s, later ones 0.39-0.42 s.)

    `os.sync()` (untimed) first waits for the disk writes of earlier rows, and, for calls
    that write (`writes`), again before each timed call: upstream's save writes its file
    back when closing it (ext4 does so for a file rewritten in place), kerasave's right
    after renaming it into place, on a thread. Without the wait, the second's writes ran
    into upstream's next timed save: resnet50_adam 0.89-0.90 s alone, 1.15-1.21 s with
    them. Calls that only read start no writes, so they are not made to wait."""
    os.sync()
    for fn in fns.values():
        fn()
    times = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            gc.collect()
            if writes:
                os.sync()
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def raw_read(path, repeats):
    """GB/s reading every tensor of the `.keras` file into numpy: kerasave's
    `read_weights(path, mmap=False)` (arrays of their own, not views of the file), and
    upstream's (h5py on the archive member, as `saving_lib` reads it)."""
    import h5py
    import kerasave
    import numpy as np

    def ours():
        return sum(a.nbytes for a in kerasave.read_weights(path, mmap=False).values())

    def theirs():
        n = 0
        with zipfile.ZipFile(path) as z, z.open("model.weights.h5") as member:
            with h5py.File(member, "r") as f:
                arrays = []

                def visit(_name, obj):
                    if isinstance(obj, h5py.Dataset):
                        arrays.append(np.asarray(obj[()]))

                f.visititems(visit)
                n = sum(a.nbytes for a in arrays)
        return n

    # Each implementation's reads back to back, not alternating: alternating, each read of
    # one follows the other's, and what it then measures is whether the memory its last read
    # freed is still backed by the machine. This VM's host takes back memory freed for more
    # than a second or two, and upstream's resnet50_adam read took 10-25 s: kerasave's next
    # read then wrote 300 MB into fresh memory at 0.7 GB/s, about a bare copy's speed into
    # fresh memory here (0.6-1.2 GB/s), against 3 GB/s into memory freed moments before.
    nbytes = ours()
    times = {}
    for name, fn in (("upstream", theirs), ("kerasave", ours)):
        times.update(alternate({name: fn}, repeats))
    return {name: nbytes / t / 1e9 for name, t in times.items()}


_EDITOR = """
import contextlib, io, sys
sys.modules["tensorflow"] = None  # as in this benchmark's own process: a JAX user's Keras
import keras
with contextlib.redirect_stdout(io.StringIO()):
    keras.saving.KerasFileEditor(sys.argv[1]).summary()
"""


def bench_inspect(path, repeats):
    """Seconds to inspect the `.keras` file: as commands (fresh processes, wall-clock), and
    in a warm process."""
    import contextlib

    import keras
    import kerasave

    def run(cmd):
        done = subprocess.run(cmd, capture_output=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{cmd} failed:\n{done.stderr[-3000:]!r}")

    commands = {
        "upstream": lambda: run([sys.executable, "-c", _EDITOR, path]),
        "kerasave": lambda: run([sys.executable, "-m", "kerasave", "inspect", "--json", path]),
    }

    def editor():
        with contextlib.redirect_stdout(io.StringIO()):
            keras.saving.KerasFileEditor(path).summary()

    warm = {"upstream": editor, "kerasave": lambda: kerasave.inspect(path)}
    return {"inspect_command": alternate(commands, repeats), "inspect": alternate(warm, repeats)}


# --- measurements in a fresh process --------------------------------------------------------


def child(args):
    """Runs in a fresh interpreter: one load or save, printing JSON on the last line."""
    import keras  # noqa: F401
    import kerasave

    scalars_layer()  # for tiny_many
    load = kerasave.load_model if args.impl == "kerasave" else keras.saving.load_model
    save = kerasave.save_model if args.impl == "kerasave" else keras.saving.save_model
    base = rss_kb("VmRSS")  # the interpreter with Keras and kerasave imported
    if args.child == "save":
        model = kerasave.load_model(args.path)
        gc.collect()
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # resets the peak (VmHWM) to the current resident size
        start = time.perf_counter()
        save(model, args.out)
        seconds = time.perf_counter() - start
    else:
        start = time.perf_counter()
        load(args.path)
        seconds = time.perf_counter() - start
    peak = rss_kb("VmHWM")
    print(json.dumps({"seconds": seconds, "peak_above_base": (peak - base) * 1024}))
    return 0


def in_fresh_process(op, impl, path, out=None):
    cmd = [sys.executable, __file__, "--child", op, "--impl", impl, "--path", path]
    if out:
        cmd += ["--out", out]
    return run_child(cmd, f"{op} with {impl}")


# --- the run --------------------------------------------------------------------------------


def warm_repeats(repeats, nbytes):
    """How many times each warm-process row is timed, for weights of `nbytes` bytes."""
    if nbytes < (50 << 20):
        return repeats * 4
    if nbytes < (1 << 30):
        return repeats * 2 + 1
    return repeats


def warm_save_and_load(model, impls, files, ref, repeats):
    """`model` saved to `files[impl]`, and `ref` loaded, in this process: each timing the
    implementations in turn (`alternate`)."""
    save = alternate(
        {
            impl: (lambda s=save, p=files[impl], m=model: s(m, p))
            for impl, (save, _) in impls.items()
        },
        repeats,
        writes=True,
    )
    load = alternate(
        {impl: (lambda fn=load: fn(ref)) for impl, (_, load) in impls.items()}, repeats
    )
    return save, load


def bench_model(name, repeats, tmp):
    import keras

    start = time.perf_counter()
    model = build(name)
    built = time.perf_counter() - start
    impls = implementations()
    files = {impl: os.path.join(tmp, f"{name}.{impl}.keras") for impl in impls}
    ref = os.path.join(tmp, f"{name}.keras")
    keras.saving.save_model(model, ref)
    nbytes = weight_bytes(ref)
    # Warm-process rows repeat more below 1 GB: a run's median of 3 moved by up to 40% with
    # this VM's memory (ResNet50's load: 0.265 s in one run, 0.183 s over 9 calls).
    reps = warm_repeats(repeats, nbytes)
    row = {"model": name, "params": model.count_params(), "weights_bytes": nbytes}
    row["file_bytes"] = os.path.getsize(ref)
    row["build_seconds"] = built

    row["save"], row["load"] = warm_save_and_load(model, impls, files, ref, reps)
    row.update(bench_weights(model, nbytes, reps, tmp))
    row.update(bench_npz(model, reps, tmp))
    row.update(bench_legacy(model, reps, tmp))
    del model
    gc.collect()

    fresh = {impl: [] for impl in impls}
    load_rss = {impl: [] for impl in impls}
    for _ in range(repeats):
        for impl in impls:
            result = in_fresh_process("load", impl, ref)
            fresh[impl].append(result["seconds"])
            load_rss[impl].append(result["peak_above_base"])
    row["fresh_load"] = {impl: statistics.median(t) for impl, t in fresh.items()}
    row["load_peak_rss"] = {impl: statistics.median(m) for impl, m in load_rss.items()}
    row["save_peak_rss"] = {
        impl: in_fresh_process("save", impl, ref, out=files[impl])["peak_above_base"]
        for impl in impls
    }
    row["raw_read_gbps"] = raw_read(ref, reps)
    row.update(bench_inspect(ref, repeats))
    for path in files.values():
        os.remove(path)
    os.remove(ref)
    return row


def bench_tiny(name, repeats, tmp):
    """A short row for a model of many tiny tensors: save and load in one warm process
    (`repeats` times each), a load in a fresh interpreter, and the peak memory of a load
    and a save."""
    import keras

    start = time.perf_counter()
    model = build(name)
    built = time.perf_counter() - start
    impls = implementations()
    files = {impl: os.path.join(tmp, f"{name}.{impl}.keras") for impl in impls}
    ref = os.path.join(tmp, f"{name}.keras")
    keras.saving.save_model(model, ref)
    nbytes = weight_bytes(ref)
    row = {"model": name, "params": model.count_params(), "weights_bytes": nbytes}
    row["tensors"] = len(model.weights)
    row["file_bytes"] = os.path.getsize(ref)
    row["build_seconds"] = built
    row["save"], row["load"] = warm_save_and_load(model, impls, files, ref, repeats)
    del model
    gc.collect()
    loads = {impl: in_fresh_process("load", impl, ref) for impl in impls}
    row["fresh_load"] = {impl: r["seconds"] for impl, r in loads.items()}
    row["load_peak_rss"] = {impl: r["peak_above_base"] for impl, r in loads.items()}
    row["save_peak_rss"] = {
        impl: in_fresh_process("save", impl, ref, out=files[impl])["peak_above_base"]
        for impl in impls
    }
    for path in [*files.values(), ref]:
        os.remove(path)
    return row


def bench_backend(backend, repeats, tmp):
    """ResNet50's row on `backend`, measured by `backend_row` in a process of its own."""
    cmd = [sys.executable, __file__, "--backend-row", "--repeats", str(repeats), "--out", tmp]
    env = dict(os.environ, KERAS_BACKEND=backend, TF_CPP_MIN_LOG_LEVEL="3")
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the {backend} row failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def backend_row(repeats, tmp):
    """Runs on the backend of `KERAS_BACKEND`: ResNet50's `.keras` save and load in this
    process (medians of twice `repeats` and one), and a load in a fresh interpreter (median
    of `repeats`), upstream and kerasave alternating."""
    import keras

    backend = keras.backend.backend()
    name = "resnet50"
    model = build(name)
    impls = implementations()
    files = {impl: os.path.join(tmp, f"{name}.{backend}.{impl}.keras") for impl in impls}
    ref = os.path.join(tmp, f"{name}.{backend}.keras")
    keras.saving.save_model(model, ref)
    nbytes = weight_bytes(ref)
    reps = warm_repeats(repeats, nbytes)
    row = {"model": f"{name} on {backend}", "params": model.count_params()}
    row["weights_bytes"] = nbytes
    row["save"], row["load"] = warm_save_and_load(model, impls, files, ref, reps)
    del model
    gc.collect()
    fresh = {impl: [] for impl in impls}
    for _ in range(repeats):
        for impl in impls:
            fresh[impl].append(in_fresh_process("load", impl, ref)["seconds"])
    row["fresh_load"] = {impl: statistics.median(t) for impl, t in fresh.items()}
    for path in [*files.values(), ref]:
        os.remove(path)
    print(json.dumps(row))
    return 0


def machine():
    import jax
    import keras
    import numpy

    cpus = os.cpu_count()
    with open("/proc/meminfo") as f:
        mem_gb = int(f.readline().split()[1]) / 1e6
    model_name = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model_name = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (
        f"{cpus} cores ({model_name}), {mem_gb:.0f} GB RAM, {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}, keras {keras.__version__}, "
        f"jax {jax.__version__}, numpy {numpy.__version__}"
    )


def table(rows):
    out = io.StringIO()
    ops = [
        ("save", "save (warm process)", "s"),
        ("load", "load (warm process)", "s"),
        ("weights_save", "save_weights .weights.h5", "s"),
        ("weights_load", "load_weights .weights.h5", "s"),
        ("sharded_save", "save_weights sharded (~4)", "s"),
        ("sharded_load", "load_weights sharded (~4)", "s"),
        ("npz_save", "save .keras, npz weights", "s"),
        ("npz_load", "load .keras, npz weights", "s"),
        ("legacy_save", "save legacy .h5", "s"),
        ("legacy_load", "load legacy .h5", "s"),
        ("fresh_load", "load (fresh process)", "s"),
        ("load_peak_rss", "load peak RSS", "x"),
        ("save_peak_rss", "save peak RSS", "x"),
        ("raw_read_gbps", "raw tensor read", "GB/s"),
        ("inspect_command", "inspect, command (fresh process)", "s"),
        ("inspect", "inspect (warm process)", "s"),
    ]
    out.write("| model | operation | upstream | kerasave | upstream / kerasave |\n")
    out.write("|---|---|---:|---:|---:|\n")
    for row in rows:
        label = f"{row['model']} ({row['weights_bytes'] / 1e6:,.0f} MB)"
        if "tensors" in row:  # sizes say little of a model of tiny tensors
            label = f"{row['model']} ({row['tensors']:,} tensors)"
        for key, name, unit in ops:
            if key not in row:  # results from before the operation was measured
                continue
            up, ks = row[key]["upstream"], row[key]["kerasave"]
            if up is None:
                cells = f"cannot read it | {ks:.3f} s | —"
            elif unit == "s":
                cells = f"{up:.3f} s | {ks:.3f} s | **{up / ks:.2f}×**"
            elif unit == "x" and "tensors" in row:
                n = row["tensors"]
                cells = (
                    f"{up / 1e6:,.0f} MB ({up / n / 1e3:.1f} kB a tensor) | "
                    f"{ks / 1e6:,.0f} MB ({ks / n / 1e3:.1f} kB a tensor) | {up / max(ks, 1):.2f}×"
                )
            elif unit == "x":
                w = row["weights_bytes"]
                cells = (
                    f"{up / 1e6:,.0f} MB ({up / w:.2f}× weights) | "
                    f"{ks / 1e6:,.0f} MB ({ks / w:.2f}× weights) | {up / max(ks, 1):.2f}×"
                )
            else:
                cells = f"{up:.2f} GB/s | {ks:.2f} GB/s | {ks / up:.2f}× (kerasave / upstream)"
            out.write(f"| {label} | {name} | {cells} |\n")
            label = ""
    return out.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="*", default=MODELS, choices=MODELS + EXTRA)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--backends", nargs="*", default=BACKENDS, choices=BACKENDS, help="ResNet50 rows on these"
    )
    parser.add_argument("--backend-row", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--child", choices=["load", "save"], help=argparse.SUPPRESS)
    parser.add_argument("--impl", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    if args.backend_row:
        return backend_row(args.repeats, args.out)

    print(machine(), flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="kerasave-bench-") as tmp:
        for name in args.models:
            start = time.perf_counter()
            bench = bench_tiny if name in EXTRA else bench_model
            rows.append(bench(name, args.repeats, tmp))
            print(f"  {name}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        for backend in args.backends:
            start = time.perf_counter()
            rows.append(bench_backend(backend, args.repeats, tmp))
            seconds = time.perf_counter() - start
            print(f"  resnet50 on {backend}: {seconds:.0f} s", file=sys.stderr, flush=True)
    print(
        f"medians of {args.repeats} runs; in one warm process {warm_repeats(args.repeats, 1 << 30)}"
        f", {warm_repeats(args.repeats, 50 << 20)} for models under 1 GB and"
        f" {warm_repeats(args.repeats, 0)} under 50 MB\n"
    )
    print(table(rows))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": machine(), "rows": rows}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
