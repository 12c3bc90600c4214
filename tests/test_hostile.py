"""The files of `tests/hostile/` (built by `tests/hostile/make_hostile.py`) are refused,
each with the exception and message `manifest.json` records, nothing runs and nothing is
written outside the target."""

import json
import os
import re
import tempfile
import textwrap

import kerasave
import pytest
from conftest import run_child
from keras.src.saving import serialization_lib

HERE = os.path.join(os.path.dirname(__file__), "hostile")
MANIFEST = json.load(open(os.path.join(HERE, "manifest.json")))
PWNED = "/tmp/kerasave-hostile-pwned"


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_hostile_file_refused(name):
    spec = MANIFEST[name]
    if os.path.exists(PWNED):
        os.remove(PWNED)
    tmp = tempfile.gettempdir()
    before = set(os.listdir(tmp))
    with pytest.raises(Exception) as caught:
        kerasave.load_model(os.path.join(HERE, name), **spec["kwargs"])
    kinds = spec["error"].split("|")
    assert type(caught.value).__name__ in kinds, (type(caught.value), caught.value)
    assert re.search(spec["match"], str(caught.value), re.IGNORECASE), str(caught.value)
    assert not os.path.exists(PWNED)
    assert serialization_lib.in_safe_mode() is not False  # never switched off
    # Nothing left in the temporary directory (assets are extracted below it).
    after = set(os.listdir(tmp))
    assert not {n for n in after - before if "evil" in n or n.startswith("tmp")}, after - before
    for path in ("/tmp/evil.txt", os.path.join(tmp, "evil.txt")):
        assert not os.path.exists(path)


def test_manifest_covers_the_folder():
    files = {n for n in os.listdir(HERE) if n.endswith((".keras", ".h5"))}
    assert files == set(MANIFEST)
    assert len(files) >= 23


# Files that declare gigabytes in a few kilobytes: refusing them must not allocate it.
MEMORY_BOMBS = ["h5_vlen_length_bomb.h5", "h5_shape_bomb.h5", "npz_shape_bomb.keras"]


# Weights files the fuzzer made that had libhdf5 allocate without bound (fuzz/regressions/).
FUZZ = os.path.join(os.path.dirname(HERE), "..", "fuzz", "regressions")
FUZZED_BOMBS = ["weights_h5/local-heap-loop-d7d2427a"]


def _peak_growth_mb(call, path):
    """(first line printed, peak memory growth in MB) of `kerasave.<call>(path)` in a child
    interpreter, Keras imported beforehand."""
    script = textwrap.dedent(
        f"""
        import resource, sys
        sys.modules.setdefault("tensorflow", None)
        import keras, kerasave
        kerasave.{call}  # the API imported, as Keras is
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            kerasave.{call}(sys.argv[1])
            print("no error")
        except Exception as e:
            print(type(e).__name__, e)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print((after - before) // 1024)
        """
    )
    lines = run_child(script, path, timeout=120).stdout.strip().splitlines()
    return lines[0], int(lines[-1])


@pytest.mark.parametrize("name", MEMORY_BOMBS)
def test_memory_bomb_refused_without_the_memory(name):
    message, grown = _peak_growth_mb("load_model", os.path.join(HERE, name))
    assert message.split()[0] in MANIFEST[name]["error"].split("|"), message
    assert grown < 256, f"{name}: peak memory grew by {grown} MB"


@pytest.mark.parametrize("name", FUZZED_BOMBS)
def test_fuzzed_memory_bomb_refused_without_the_memory(name):
    message, grown = _peak_growth_mb("inspect", os.path.join(FUZZ, name))
    assert message.startswith("OSError"), message
    assert grown < 256, f"{name}: peak memory grew by {grown} MB"


MANY_MEMBERS = textwrap.dedent(
    """
    import io, json, os, sys, time, zipfile
    os.environ.setdefault("KERAS_BACKEND", "jax")
    sys.modules.setdefault("tensorflow", None)
    import keras, kerasave
    from keras.src.saving import saving_lib

    path, n = sys.argv[1], int(sys.argv[2])
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
    buf = io.BytesIO()
    saving_lib.save_model(model, buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for i in range(n):
            dst.writestr(f"assets/a{i}", b"x", compress_type=zipfile.ZIP_DEFLATED)
    times = {}
    for name, load in (("upstream", saving_lib.load_model), ("kerasave", kerasave.load_model)):
        start = time.perf_counter()
        load(path)
        times[name] = time.perf_counter() - start
    print(json.dumps(times))
    """
)


def test_many_small_members_load_in_linear_time(tmp_path):
    """20,000 one-byte deflated asset members: each is found by name and inflated without
    rescanning the central directory (which made 50,000 take ten minutes). Both loads extract
    every asset; kerasave's may not take much longer than upstream's, measured in the same
    child."""
    done = run_child(MANY_MEMBERS, tmp_path / "many.keras", 20_000, timeout=600)
    times = json.loads(done.stdout.strip().splitlines()[-1])
    assert times["kerasave"] < 2 * times["upstream"] + 5, times
