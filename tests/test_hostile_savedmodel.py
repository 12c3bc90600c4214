"""Hostile tf.keras SavedModel directories (tests/hostile/make_hostile_savedmodel.py) are
refused with ValueError by every entry point that reads one, quickly and in bounded memory.

Before kerasave bounded its SavedModel readers by the file's size, a 700 kB index or
saved_model.pb made them rebuild gigabytes of keys or object paths, or parse one data block
tens of thousands of times: the process aborted on a failed allocation (SIGABRT). Each case
runs in a child interpreter, so that an abort fails the test instead of killing pytest, with
its address space capped 2 GiB above what it had after importing Keras.
"""

import importlib.util
import json
import os
import re
import textwrap

import keras
import kerasave
import pytest
from conftest import run_child

HERE = os.path.join(os.path.dirname(__file__), "hostile")
_spec = importlib.util.spec_from_file_location(
    "make_hostile_savedmodel", os.path.join(HERE, "make_hostile_savedmodel.py")
)
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)

# What each case is refused with (a pattern of the ValueError's message).
REFUSED = {
    "index_blocks_repeated": r"index blocks overlap \(a data block listed twice\)",
    "index_keys_repeated": r"index keys out of order or repeated",
    "tensors_overlap": r"'a' and 'b' overlap in shard 0",
    "index_key_chain": r"the index's keys total more than \d+ bytes, from a file of 700\d+ bytes",
    "tensors_share_bytes": r"'t00000' and 't00001' overlap in shard 0",
    "graph_chain": r"saved_model\.pb: the object graph nests deeper than 1000 levels",
    "graph_deep_fan": r"saved_model\.pb's object paths total more than \d+ bytes",
}
assert set(REFUSED) == set(make.COMMITTED) | set(make.GENERATED)

CHILD = textwrap.dedent(
    """
    import json, os, resource, sys, time
    os.environ.setdefault("KERAS_BACKEND", "jax")
    sys.modules.setdefault("tensorflow", None)
    import keras, kerasave
    from keras.src.legacy.saving import saving_utils  # what load_model imports

    path = sys.argv[1]
    with open("/proc/self/status") as f:
        vm = next(int(line.split()[1]) for line in f if line.startswith("VmSize")) << 10
    # A regression aborts here (the test fails) rather than taking the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (vm + (2 << 30), resource.RLIM_INFINITY))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    calls = {
        "load_model": kerasave.load_model,
        "inspect": kerasave.inspect,
        "verify": kerasave.verify,
        "read_weights": lambda p: kerasave.read_weights(p, mmap=False),
    }
    out = {}
    for name, call in calls.items():
        start = time.monotonic()
        try:
            result = call(path)
            if name == "verify":
                outcome = ["verify", result["ok"], "; ".join(result["problems"])]
            else:
                outcome = ["returned", type(result).__name__, ""]
        except Exception as e:  # the outcome being recorded
            outcome = ["raised", type(e).__name__, str(e)]
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base
        out[name] = [*outcome, time.monotonic() - start, grown >> 10]
    print(json.dumps(out))
    """
)


def _case(name, tmp_path):
    if name in make.COMMITTED:
        return os.path.join(make.HERE, name)
    path = str(tmp_path / name)
    make.GENERATED[name](path)
    return path


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_savedmodel_refused(name, tmp_path):
    path = _case(name, tmp_path)
    done = run_child(CHILD, path, timeout=300)
    results = json.loads(done.stdout.strip().splitlines()[-1])
    for call, (kind, what, message, seconds, grown_mb) in results.items():
        if call == "verify":
            # verify reports what it cannot read rather than raising.
            assert (kind, what) == ("verify", False), results
            assert message.startswith("unreadable: "), message
        else:
            assert (kind, what) == ("raised", "ValueError"), (call, results[call])
        assert "Unable to read the SavedModel" in message, (call, message)
        assert re.search(REFUSED[name], message), (call, message)
        assert seconds < 10, (call, seconds)
        assert grown_mb < 200, (call, grown_mb)
    assert "panicked" not in done.stderr


def test_hostile_cases_are_as_built(tmp_path):
    """The committed cases are what the generator writes, and the generated ones are
    hostile by size: hundreds of kB of index or saved_model.pb (or a sparse shard)."""
    for name, build in make.COMMITTED.items():
        build(str(tmp_path / name))
        for parent, _, files in os.walk(tmp_path / name):
            for file in files:
                rel = os.path.relpath(os.path.join(parent, file), tmp_path)
                with open(os.path.join(parent, file), "rb") as a:
                    with open(os.path.join(make.HERE, rel), "rb") as b:
                        assert a.read() == b.read(), rel
        assert os.path.getsize(tmp_path / name / "variables" / "variables.index") < 100_000
    sizes = {}
    for name, build in make.GENERATED.items():
        build(str(tmp_path / name))
        sizes[name] = max(
            os.path.getsize(tmp_path / name / f)
            for f in ("saved_model.pb", "variables/variables.index")
        )
    assert sizes["index_key_chain"] > 650_000 and sizes["graph_chain"] > 600_000, sizes


def test_a_well_formed_bundle_of_the_generator_opens(tmp_path):
    """The generator's encoders make bundles kerasave reads: the refusals above are each
    case's hostile part, not a malformed encoding."""
    make.valid(str(tmp_path / "valid"))
    info = kerasave.inspect(tmp_path / "valid")
    assert [(t["path"], t["shape"]) for t in info["tensors"]] == [
        ("a/.ATTRIBUTES/VARIABLE_VALUE", [2]),
        ("b", [1]),
    ]
    weights = kerasave.read_weights(tmp_path / "valid")
    assert weights["a/.ATTRIBUTES/VARIABLE_VALUE"].tolist() == [1.0, 2.0]
    assert kerasave.verify(tmp_path / "valid")["ok"]


def test_upstream_refuses_every_savedmodel():
    """Upstream Keras 3 loads no SavedModel, hostile or not: a ValueError pointing to the
    inference-only TFSMLayer, before reading a byte of it."""
    path = os.path.join(make.HERE, "index_blocks_repeated")
    with pytest.raises(ValueError, match="legacy SavedModel format is not supported") as e:
        keras.saving.load_model(path)
    assert "TFSMLayer" in str(e.value)
