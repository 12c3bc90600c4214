"""Loads and saves under a Keras distribution (`distributed_loads.py`), in a pytest process
of its own with 8 virtual CPU devices: JAX fixes its devices when it starts, and this
process has one."""

import os
import re
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))


def test_loads_and_saves_under_a_distribution_on_eight_devices():
    env = dict(
        os.environ,
        KERAS_BACKEND="jax",
        XLA_FLAGS="--xla_force_host_platform_device_count=8",
        TF_CPP_MIN_LOG_LEVEL="3",
    )
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "distributed_loads.py"]
    done = subprocess.run(
        cmd, cwd=TESTS_DIR, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    passed = re.search(r"(\d+) passed", summary)
    assert passed and int(passed.group(1)) == 19, summary
    assert not re.search(r"skipped|xfail|deselected", summary), summary
