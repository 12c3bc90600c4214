"""A file truncated or rewritten in place by another process while kerasave reads it: the
read ends in a Python exception (OSError, or BadZipFile / ValueError for what the damage
looks like), never in the process dying of SIGBUS.

kerasave memory-maps the files it reads; reading a mapped page past a file's new end raises
SIGBUS, which kerasave answers (`sys::FaultGuard`) so that the read fails cleanly. The
cases run in child interpreters, so a death by signal fails the test instead of pytest.
"""

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from conftest import run_child

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGBUS and truncation")

# Opens each kind of file, cuts it short under the open map, then reads it.
CUT_UNDER_THE_MAP = textwrap.dedent(
    """
    import json, os, sys
    os.environ.setdefault("KERAS_BACKEND", "jax")
    sys.modules.setdefault("tensorflow", None)
    import keras, numpy as np, kerasave
    from kerasave import _native

    work = sys.argv[1]
    model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(512)])
    keras_path = os.path.join(work, "m.keras")
    h5_path = os.path.join(work, "m.weights.h5")
    kerasave.save_model(model, keras_path)
    kerasave.save_weights(model, h5_path)
    limits = (1 << 32, 100)
    shape = (1 << 40, 1 << 40)

    def cut(path):
        with open(path, "r+b") as f:
            f.truncate(200)

    outcomes = {}

    def record(name, fn):
        try:
            fn()
            outcomes[name] = "read"
        except Exception as e:  # the outcome being recorded
            outcomes[name] = f"{type(e).__name__}: {e}"

    archive = _native.KerasArchive.open(keras_path)
    cut(keras_path)
    record("archive config", lambda: archive.read("config.json", limits))
    kerasave.save_model(model, keras_path)

    archive = _native.KerasArchive.open(keras_path)
    weights = archive.weights(limits, shape)
    cut(keras_path)
    record("archive weights", lambda: weights.read_into(
        "layers/dense/vars/0", np.empty((64, 512), "float32")))
    record("archive verify", weights.verify)

    h5 = _native.H5File.open(h5_path, shape)
    cut(h5_path)
    record("weights file", lambda: h5.read_into(
        "layers/dense/vars/0", np.empty((64, 512), "float32")))
    print(json.dumps(outcomes))
    """
)


def test_a_file_cut_short_under_an_open_map_raises(tmp_path):
    done = run_child(CUT_UNDER_THE_MAP, tmp_path)
    outcomes = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(outcomes) == {"archive config", "archive weights", "archive verify", "weights file"}
    for name, outcome in outcomes.items():
        # verify hashes the member: a zip member that cannot be read whole is BadZipFile.
        kinds = ("OSError: ", "BadZipFile: ") if name == "archive verify" else ("OSError: ",)
        assert outcome.startswith(kinds), (name, outcome)
        assert "changed while it was being read" in outcome, (name, outcome)


# Loads `m.keras` (and its weights as a `.weights.h5` file) over and over while the parent
# rewrites them in place, as `cp a.keras m.keras` does: truncate, then write.
LOAD_LOOP = textwrap.dedent(
    """
    import json, os, sys, time, zipfile
    os.environ.setdefault("KERAS_BACKEND", "jax")
    sys.modules.setdefault("tensorflow", None)
    import keras, kerasave

    work, seconds = sys.argv[1], float(sys.argv[2])
    model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(2048)])
    outcomes = {}
    end = time.monotonic() + seconds
    print("ready", flush=True)
    while time.monotonic() < end:
        for path, load in (
            ("m.keras", kerasave.load_model),
            ("m.weights.h5", lambda p: kerasave.load_weights(model, p)),
            ("m.weights.h5", lambda p: kerasave.read_weights(p, mmap=False)),
        ):
            try:
                load(os.path.join(work, path))
                o = "loaded"
            except Exception as e:  # the outcome being recorded
                kinds = (OSError, zipfile.BadZipFile, ValueError)
                o = next((k.__name__ for k in kinds if isinstance(e, k)), type(e).__name__)
            outcomes[o] = outcomes.get(o, 0) + 1
    print(json.dumps(outcomes))
    """
)


def test_loads_survive_a_file_rewritten_in_place_meanwhile(tmp_path):
    import keras
    import kerasave

    model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(2048)])
    sources = {}
    for name in ("m.keras", "m.weights.h5"):
        source = tmp_path / f"source-{name}"
        save = kerasave.save_model if name.endswith(".keras") else kerasave.save_weights
        save(model, str(source))
        sources[name] = source.read_bytes()
        (tmp_path / name).write_bytes(sources[name])
    env = dict(os.environ, KERAS_BACKEND="jax", TF_CPP_MIN_LOG_LEVEL="3")
    child = subprocess.Popen(
        [sys.executable, "-c", LOAD_LOOP, str(tmp_path), "8"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        rewrites = 0
        while child.poll() is None:
            for name, data in sources.items():
                # In place, as `cp` does: the same inode truncated, then written.
                with open(tmp_path / name, "r+b") as f:
                    f.truncate(0)
                    f.write(data[: len(data) // 2])
                    f.flush()
                    f.write(data[len(data) // 2 :])
                rewrites += 1
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode != -signal.SIGBUS, err[-3000:]
    assert child.returncode == 0, (child.returncode, err[-3000:])
    outcomes = json.loads(out.strip().splitlines()[-1])
    assert set(outcomes) <= {"loaded", "OSError", "BadZipFile", "ValueError"}, outcomes
    assert rewrites > 10 and sum(outcomes.values()) > 10, (rewrites, outcomes)
