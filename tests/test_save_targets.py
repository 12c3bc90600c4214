"""Where a save writes: through symbolic links as upstream does, under names as long as
upstream takes, and over what a killed save left behind."""

import os
import signal
import subprocess
import sys

import kerasave
import pytest
import zoo
from conftest import UPSTREAM_LOAD, UPSTREAM_SAVE, assert_same_model

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and signals")

SAVES = {"upstream": UPSTREAM_SAVE, "kerasave": kerasave.save_model}


@pytest.fixture(scope="module")
def mlp():
    return zoo.mlp_dropout()


def hidden(directory):
    return sorted(n for n in os.listdir(directory) if n.startswith("."))


@pytest.mark.parametrize("impl", SAVES)
def test_a_save_to_a_link_writes_the_file_it_leads_to(impl, mlp, tmp_path):
    model, x = mlp
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "m.keras"
    real.write_bytes(b"previous")
    link = tmp_path / "link.keras"
    link.symlink_to(os.path.relpath(real, tmp_path))
    SAVES[impl](model, str(link))
    # The link is still a link, and the file it names holds the model, as upstream leaves it.
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(real, tmp_path)
    assert real.is_file() and not real.is_symlink()
    for load in (UPSTREAM_LOAD, kerasave.load_model):
        assert_same_model(model, load(str(real)), x)
    assert hidden(real_dir) == [] and hidden(tmp_path) == []


@pytest.mark.parametrize("impl", SAVES)
def test_a_save_to_a_dangling_link_creates_the_file_it_names(impl, mlp, tmp_path):
    model, x = mlp
    real = tmp_path / "real.keras"
    link = tmp_path / "link.keras"
    link.symlink_to(real)
    SAVES[impl](model, str(link))
    assert link.is_symlink() and real.is_file()
    assert_same_model(model, kerasave.load_model(str(link)), x)


def test_weights_and_sharded_saves_write_through_links(mlp, tmp_path):
    model, _ = mlp
    real = tmp_path / "real.weights.h5"
    link = tmp_path / "link.weights.h5"
    link.symlink_to(real.name)
    kerasave.save_weights(model, str(link))
    assert link.is_symlink() and real.is_file()
    other, _ = zoo.mlp_dropout()
    kerasave.load_weights(other, str(real))
    for a, b in zip(model.weights, other.weights, strict=True):
        assert (a.numpy() == b.numpy()).all()


@pytest.mark.parametrize("impl", SAVES)
def test_a_240_character_name_saves_and_loads(impl, mlp, tmp_path):
    model, x = mlp
    path = tmp_path / ("n" * 234 + ".keras")
    assert len(path.name) == 240
    SAVES[impl](model, str(path))
    SAVES[impl](model, str(path))  # over the previous file
    assert_same_model(model, kerasave.load_model(str(path)), x)
    assert hidden(tmp_path) == []


KILLED_SAVE = """
import os, signal, sys
import kerasave._native as native

saver = native.ArchiveSaver(sys.argv[1])
saver.group("layers/dense/vars", [])
print(os.getpid(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_the_next_save_removes_what_a_killed_save_left(mlp, tmp_path):
    model, x = mlp
    target = tmp_path / "m.keras"
    done = subprocess.run(
        [sys.executable, "-c", KILLED_SAVE, str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    left = hidden(tmp_path)
    assert len(left) == 1 and left[0].startswith(f".m.keras.{done.stdout.strip()}@"), left
    assert not target.exists()
    kerasave.save_model(model, str(target))
    assert hidden(tmp_path) == []
    assert_same_model(model, kerasave.load_model(str(target)), x)


FULL_DISK = """
import json, os, sys
os.environ.setdefault("KERAS_BACKEND", "jax")
sys.modules.setdefault("tensorflow", None)
import keras, kerasave
from kerasave import api

work = sys.argv[1]
model = keras.Sequential(
    [keras.Input((256,)), keras.layers.Dense(1024), keras.layers.Dense(512)]
)  # about 3 MB of weights, on a 2 MB file system
saves = {
    "m.keras": lambda p: kerasave.save_model(model, p),
    "npz.keras": lambda p: api.lib_save_model(model, p, weights_format="npz"),
    "m.weights.h5": lambda p: kerasave.save_weights(model, p),
    "m.h5": lambda p: kerasave.save_model(model, p),
}
for name in saves:
    with open(os.path.join(work, name), "wb") as f:
        f.write(b"previous")
outcomes = {}
for name, save in saves.items():
    try:
        save(os.path.join(work, name))
        outcomes[name] = ["saved"]
    except OSError as e:
        outcomes[name] = [type(e).__name__, e.errno, str(e)]
left = {n: open(os.path.join(work, n), "rb").read().decode() for n in os.listdir(work)}
print(json.dumps({"outcomes": outcomes, "left": left}))
"""


def test_a_full_disk_says_so_and_how_much_was_needed(tmp_path):
    """On a file system that fills up (a 2 MB tmpfs, mounted in a user and mount namespace
    of the test's own), each save fails with OSError ENOSPC saying what it wrote, needed and
    found free, and leaves the previous file as it was."""
    import errno
    import json
    import shlex
    import shutil

    mnt = tmp_path / "small"
    mnt.mkdir()
    child = f"{shlex.quote(sys.executable)} -c {shlex.quote(FULL_DISK)} {shlex.quote(str(mnt))}"
    script = f"mount -t tmpfs -o size=2m tmpfs {shlex.quote(str(mnt))} && exec {child}"
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) to mount a small file system")
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"user namespaces unavailable: {probe.stderr!r}")
    env = dict(os.environ, KERAS_BACKEND="jax", TF_CPP_MIN_LOG_LEVEL="3")
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for name, outcome in result["outcomes"].items():
        assert outcome[:2] == ["OSError", errno.ENOSPC], (name, outcome)
        message = outcome[2]
        assert "No space left on device" in message, (name, message)
        assert "needs at least" in message and "file system has" in message, (name, message)
        assert "room for both" in message, (name, message)
        assert name in message, (name, message)
    assert result["left"] == {name: "previous" for name in result["outcomes"]}
