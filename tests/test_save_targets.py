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

saver = native.Saver.archive(sys.argv[1])
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
