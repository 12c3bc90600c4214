"""What the benchmarks that measure in a fresh interpreter share: resident memory from
/proc, the page cache warmed before each run, and a child run for its JSON line."""

from __future__ import annotations

import json
import os
import subprocess


def rss_kb(field):
    """`VmRSS` (resident now) or `VmHWM` (peak) of this process, in KiB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field)


def warm_cache(path):
    """Reads the file at `path`, or every file in the directory, so a load finds its bytes
    in the page cache."""
    names = [os.path.join(path, n) for n in os.listdir(path)] if os.path.isdir(path) else [path]
    for name in names:
        with open(name, "rb") as f:
            while f.read(1 << 24):
                pass


def run_child(cmd, what, env=None):
    """Runs `cmd`, returning the JSON its last line of output prints."""
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
