"""Damaged files: `.keras` archives (HDF5 and npz weights), `.weights.h5` files, legacy `.h5`
model files, one file of a sharded `.weights.json` set (the JSON map or a shard) and one file
of a tf.keras SavedModel directory (saved_model.pb, keras_metadata.pb, the tensor bundle's
index or its shard), cut short at many offsets and with bytes flipped at random. Every case
must end in a Python exception or a load; never a crash, an abort, a hang or output from
libhdf5.

The cases run in a child interpreter, so a segfault or abort fails the test instead of
killing pytest, and a hang hits the timeout.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from conftest import KERAS2, run_child

CHILD = textwrap.dedent(
    """
    import json, os, random, shutil, sys, zipfile
    os.environ.setdefault("KERAS_BACKEND", "jax")
    sys.modules.setdefault("tensorflow", None)
    import keras, numpy as np, kerasave
    from kerasave import api

    kind, src, work = sys.argv[1], sys.argv[2], sys.argv[3]
    # A set of files (a sharded set's directory, a SavedModel): copied whole, then the one
    # `member` damaged in each case.
    member = sys.argv[4] if len(sys.argv) > 4 else None
    if member is not None:
        root = os.path.join(work, "case")
        shutil.copytree(src, root)
        src = os.path.join(src, member)
    data = open(src, "rb").read()

    def fresh():
        model = keras.Sequential(
            [keras.Input((4,)), keras.layers.Dense(8), keras.layers.BatchNormalization(),
             keras.layers.Dense(2)]
        )
        return model

    def attempt(blob):
        if member is not None:
            with open(os.path.join(root, member), "wb") as f:
                f.write(blob)
            path = root if kind == "savedmodel" else os.path.join(root, "s.weights.json")
        else:
            suffix = {"weights": ".weights.h5", "legacy": ".h5"}.get(kind, ".keras")
            path = os.path.join(work, "case" + suffix)
            with open(path, "wb") as f:
                f.write(blob)
        try:
            if kind in ("weights", "sharded"):
                kerasave.load_weights(fresh(), path)
            elif kind in ("legacy", "savedmodel"):
                kerasave.load_model(path)
            else:
                api.lib_load_model(path)
        except Exception as e:  # the outcome being recorded
            return type(e).__name__
        return "loaded"

    rng = random.Random(0)
    n = len(data)
    cuts = sorted(set([0, 1, 4, 10, 30, 100, n - 1, n - 22, n - 23]
                      + [rng.randrange(n) for _ in range(60)]))
    outcomes = {}
    for cut in cuts:
        o = attempt(data[:cut])
        outcomes[o] = outcomes.get(o, 0) + 1
    for _ in range(120):
        blob = bytearray(data)
        for _ in range(rng.choice([1, 1, 4])):
            blob[rng.randrange(n)] ^= 1 << rng.randrange(8)
        o = attempt(bytes(blob))
        outcomes[o] = outcomes.get(o, 0) + 1
    print(json.dumps(outcomes))
    """
)

ALLOWED = {"loaded", "BadZipFile", "ValueError", "OSError", "KeyError", "FileNotFoundError"}
# A sharded set's JSON map has no checksum: what json raises on a damaged one (both are
# ValueErrors).
JSON_ERRORS = {"JSONDecodeError", "UnicodeDecodeError"}
# Of the about 190 cases of a member, at least this many are caught: every byte of a
# SavedModel's tensor bundle is under a CRC-32C but the index's footer, and most of
# saved_model.pb is the traced functions, which kerasave skips.
CAUGHT = {
    "s.weights.json": 150,
    "s_00001.weights.h5": 60,
    "saved_model.pb": 60,
    "keras_metadata.pb": 120,
    "variables/variables.index": 150,
    "variables/variables.data-00000-of-00001": 150,
}


def _run_child(script, *args):
    """Runs `script` in a child interpreter; its result and the JSON of its last line."""
    done = run_child(script, *args)
    return done, json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    import keras
    import kerasave
    from kerasave import api

    d = tmp_path_factory.mktemp("damaged")
    keras.utils.set_random_seed(1)
    model = keras.Sequential(
        [
            keras.Input((4,)),
            keras.layers.Dense(8),
            keras.layers.BatchNormalization(),
            keras.layers.Dense(2),
        ]
    )
    paths = {
        "keras": d / "m.keras",
        "npz": d / "npz.keras",
        "weights": d / "m.weights.h5",
        "legacy": d / "m.h5",
        "sharded": d / "sharded",
    }
    kerasave.save_model(model, paths["keras"])
    api.lib_save_model(model, str(paths["npz"]), weights_format="npz")
    kerasave.save_weights(model, paths["weights"])
    kerasave.save_model(model, paths["legacy"])
    # Shards of at most 214 bytes of tensors: the largest tensor (128 bytes) to a shard.
    paths["sharded"].mkdir()
    kerasave.save_weights(model, paths["sharded"] / "s.weights.json", max_shard_size=2e-7)
    return paths


@pytest.mark.parametrize("kind", ["keras", "npz", "weights", "legacy"])
def test_damaged_files_raise_python_exceptions(kind, files, tmp_path):
    done, outcomes = _run_child(CHILD, kind, files[kind], tmp_path)
    # A legacy file's config is an attribute with no checksum: a flipped byte in it reaches
    # Keras's deserializer, which raises what it raises (JSONDecodeError, TypeError, ...).
    if kind != "legacy":
        assert set(outcomes) <= ALLOWED, outcomes
    # The cases are not vacuous: archives carry CRC-32s, so nearly all damage is caught; a
    # bare HDF5 file has none, and a flip inside a tensor loads as a different value.
    caught = sum(n for o, n in outcomes.items() if o != "loaded")
    assert caught > (100 if kind in ("keras", "npz") else 60), outcomes
    # libhdf5 and the Rust core print nothing (Keras's own warnings aside).
    noise = [
        line
        for line in done.stderr.splitlines()
        if "HDF5" in line or "panicked" in line or "#0" in line
    ]
    assert not noise, noise[:10]


SAVEDMODEL = os.path.join(KERAS2, "savedmodel", "mlp_dropout")
# Keras before 2.5 kept the metadata in saved_model.pb, which is read only without
# keras_metadata.pb.
SAVEDMODEL_PRE25 = os.path.join(KERAS2, "savedmodel_pre2.5", "mlp_dropout")


@pytest.mark.parametrize(
    "kind, member",
    [
        ("sharded", "s.weights.json"),
        ("sharded", "s_00001.weights.h5"),
        ("savedmodel", "saved_model.pb"),
        ("savedmodel", "keras_metadata.pb"),
        ("savedmodel", "variables/variables.index"),
        ("savedmodel", "variables/variables.data-00000-of-00001"),
    ],
)
def test_damaged_sets_raise_python_exceptions(kind, member, files, tmp_path):
    """One file of a sharded set or of a tf.keras SavedModel damaged, the others whole."""
    if kind == "sharded":
        src = files["sharded"]
        assert len(list(src.iterdir())) > 2, list(src.iterdir())  # a map and shards
    else:
        src = SAVEDMODEL_PRE25 if member == "saved_model.pb" else SAVEDMODEL
    done, outcomes = _run_child(CHILD, kind, src, tmp_path, member)
    # The Keras metadata's JSON (in keras_metadata.pb or saved_model.pb) has no checksum: a
    # flipped byte in it reaches Keras's deserializer, which raises what it raises.
    if member not in ("saved_model.pb", "keras_metadata.pb"):
        allowed = ALLOWED | JSON_ERRORS if member.endswith(".json") else ALLOWED
        assert set(outcomes) <= allowed, outcomes
    caught = sum(n for o, n in outcomes.items() if o != "loaded")
    assert caught > CAUGHT[member], outcomes
    noise = [
        line
        for line in done.stderr.splitlines()
        if "HDF5" in line or "panicked" in line or "#0" in line
    ]
    assert not noise, noise[:10]


def test_config_bomb_refused_before_reading(files, tmp_path):
    """A config.json that deflates 256 MiB of padding into a few hundred KB (the
    CVE-2026-0897 shape) is refused without being inflated: the child's peak memory stays
    far below the declared size."""
    import zipfile

    bomb = tmp_path / "bomb.keras"
    with zipfile.ZipFile(files["keras"]) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            if info.filename != "config.json":
                dst.writestr(info, src.read(info))
                continue
            member = zipfile.ZipInfo("config.json")
            member.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(member, "w", force_zip64=True) as out:
                out.write(src.read(info)[:-1])
                chunk = b" " * (1 << 20)
                for _ in range(256):
                    out.write(chunk)
                out.write(b"}")
    with zipfile.ZipFile(bomb) as z:
        info = z.getinfo("config.json")
        assert info.file_size > 256 << 20 and info.compress_size < 2 << 20
    script = textwrap.dedent(
        """
        import os, resource, sys
        sys.modules.setdefault("tensorflow", None)
        import kerasave
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            kerasave.load_model(sys.argv[1])
        except ValueError as e:
            print("ValueError", e)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print((after - before) // 1024)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(bomb)],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, KERAS_BACKEND="jax"),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    message, grown_mb = done.stdout.strip().splitlines()[-2:]
    assert message.startswith("ValueError") and "decompression bomb" in message, message
    assert "config.json" in message
    assert int(grown_mb) < 64, grown_mb


KILLED_SAVER = textwrap.dedent(
    """
    import os, sys
    sys.modules.setdefault("tensorflow", None)
    os.environ.setdefault("KERAS_BACKEND", "jax")
    import keras, numpy as np, kerasave
    x = inputs = keras.Input((1024,))
    for _ in range(12):
        x = keras.layers.Dense(1024)(x)
    model = keras.Model(inputs, x)
    for v in model.variables:
        v.assign(np.full(v.shape, 2.0, dtype="float32"))
    print("ready", flush=True)
    while True:
        kerasave.save_model(model, sys.argv[1])
    """
)


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.5])
def test_killed_save_leaves_previous_file(delay, tmp_path):
    """A process killed (SIGKILL) while saving over a file leaves that file whole: the
    new archive is written beside it and renamed into place only when complete."""
    import signal
    import time

    import keras
    import kerasave
    import numpy as np

    x = inputs = keras.Input((1024,))
    for _ in range(12):
        x = keras.layers.Dense(1024)(x)
    model = keras.Model(inputs, x)
    for v in model.variables:
        v.assign(np.ones(v.shape, dtype="float32"))
    target = tmp_path / "m.keras"
    kerasave.save_model(model, target)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_SAVER, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ, KERAS_BACKEND="jax"),
    )
    try:
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    loaded = kerasave.load_model(target)
    values = {float(np.asarray(v.value).flat[0]) for v in loaded.variables}
    assert values in ({1.0}, {2.0}), values  # the old file, or a complete new one
    # Only the target and at most the killed save's hidden temporary file remain.
    others = [p.name for p in tmp_path.iterdir() if p.name != "m.keras"]
    assert all(n.startswith(".m.keras.") and n.endswith(".keras.tmp") for n in others), others
    # A later save to the same target removes it once it has been left unchanged an hour.
    for name in others:
        os.utime(tmp_path / name, (time.time() - 7200, time.time() - 7200))
    kerasave.save_model(model, target)
    assert [p.name for p in tmp_path.iterdir()] == ["m.keras"]


FULL_DISK = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    os.environ.setdefault("KERAS_BACKEND", "jax")
    sys.modules.setdefault("tensorflow", None)
    import keras, kerasave
    from kerasave import api

    work = sys.argv[1]
    model = keras.Sequential(
        [keras.Input((256,)), keras.layers.Dense(512), keras.layers.Dense(512)]
    )  # about 1.5 MB of weights
    saves = {
        "m.keras": lambda p: kerasave.save_model(model, p),
        "npz.keras": lambda p: api.lib_save_model(model, p, weights_format="npz"),
        "m.weights.h5": lambda p: kerasave.save_weights(model, p),
        "s.weights.json": lambda p: kerasave.save_weights(model, p, max_shard_size=0.0005),
        "m.h5": lambda p: kerasave.save_model(model, p),
    }
    for name in saves:
        with open(os.path.join(work, name), "wb") as f:
            f.write(b"previous")
    # The file size limit stands in for a full disk: writes past it fail with EFBIG.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 10, resource.RLIM_INFINITY))
    outcomes = {}
    for name, save in saves.items():
        try:
            save(os.path.join(work, name))
            outcomes[name] = "saved"
        except Exception as e:  # the outcome being recorded
            outcomes[name] = type(e).__name__
    print(json.dumps(outcomes))
    """
)


def test_full_disk_leaves_the_previous_file(tmp_path):
    """A save that runs out of space fails with OSError and leaves the previous file, and
    nothing else, behind (every format)."""
    done, outcomes = _run_child(FULL_DISK, tmp_path)
    assert set(outcomes.values()) == {"OSError"}, outcomes
    assert sorted(os.listdir(tmp_path)) == sorted(outcomes)
    for name in outcomes:
        assert (tmp_path / name).read_bytes() == b"previous", name
    noise = [
        line
        for line in done.stderr.splitlines()
        if ("HDF5" in line or "panicked" in line) and not line.startswith("WARNING:absl")
    ]
    assert not noise, noise[:10]
