"""Run Keras's own test modules that save or load, unmodified, with kerasave installed.

The test files (`peer_files`) are copied out of the installed Keras wheel, under their own
folders, into a temporary directory (inside ``keras/src`` they would shadow stdlib modules)
beside ``peer_conftest.py``, which becomes their ``conftest.py``. ``PEER_UPSTREAM=1`` runs
them without kerasave; ``--both`` runs both ways at once, each in a directory of its own, and
fails if a test that passes upstream does not pass with kerasave. Arguments run.py does not
know are passed on to pytest.
"""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# A test module belongs to the suite when it calls one of these (the saving entry points and
# the callbacks that save), apart from the export ones (export/: other formats, not kerasave's)
# and those for a backend other than the one running.
ENTRY_POINTS = re.compile(
    r"\.save\(|save_model|load_model|save_weights|load_weights|saving_lib|saving_api"
    r"|legacy_h5_format|ModelCheckpoint|OrbaxCheckpoint"
)
BACKENDS = ("jax", "tensorflow", "torch", "numpy", "openvino")
# The packages of backends whose own tests import them at their top (`torch_utils_test.py`).
# TensorFlow is left out: Keras's tests import it on every backend, for `tf.data`.
BACKEND_PACKAGES = {"torch": "torch", "openvino": "openvino"}
OUTCOMES = ("passed", "failed", "error", "skipped")

# Tests that pass upstream and fail with kerasave on purpose, each with the reason. They are
# reported on every run, never hidden.
INTENDED = {
    f"saving.saving_lib_test.SavingTest::test_save_model_exception_raised_{cfg}_memory_config": (
        "asserts that a save whose save_own_variables raises leaves a partial .keras file; "
        "kerasave saves atomically and leaves no partial file (README, 'Differences')"
    )
    for cfg in ("high", "low")
}


def keras_src() -> Path:
    """The ``keras/src`` directory of the installed Keras (imported in a subprocess,
    so that this process does not load a backend)."""
    out = subprocess.run(
        [sys.executable, "-c", "import keras; print(keras.__file__)"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "KERAS_BACKEND": "jax"},
    ).stdout
    return Path(out.strip().splitlines()[-1]).parent / "src"


def peer_files(src: Path, backend: str) -> list[str]:
    """The test modules of ``src`` (Keras's ``keras/src``) that save or load, relative to it."""
    found = []
    for path in sorted(src.rglob("*_test.py")):
        rel = path.relative_to(src)
        if rel.parts[0] == "export":
            continue
        if rel.parts[0] == "backend" and rel.parts[1] in BACKENDS and rel.parts[1] != backend:
            continue
        text = path.read_text(encoding="utf-8")
        if not ENTRY_POINTS.search(text):
            continue
        if any(
            name != backend and re.search(rf"^(import|from) {package}\b", text, re.M)
            for name, package in BACKEND_PACKAGES.items()
        ):
            continue  # another backend's own tests
        found.append(rel.as_posix())
    return found


def prepare(workdir: Path) -> list[str]:
    """Copy the Keras test files that save or load, under their own folders, and the
    conftest into ``workdir``; their paths there."""
    src = keras_src()
    files = peer_files(src, os.environ.get("KERAS_BACKEND", "jax"))
    for rel in files:
        (workdir / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src / rel, workdir / rel)
    shutil.copy2(HERE / "peer_conftest.py", workdir / "conftest.py")
    # An ini file pins the rootdir here, so no config file above it is picked up.
    (workdir / "pytest.ini").write_text("[pytest]\n")
    return files


def start(workdir: Path, files: list[str], upstream: bool, pytest_args: list[str]):
    """Starts pytest over ``files`` in ``workdir``, its output going to a log file there."""
    label = "upstream" if upstream else "kerasave"
    junit = workdir / f"junit-{label}.xml"
    env = {**os.environ, "KERAS_BACKEND": "jax", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PEER_UPSTREAM", None)
    if upstream:
        env["PEER_UPSTREAM"] = "1"
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        "-rfE",
        "--tb=short",
        "--disable-warnings",
        "--import-mode=importlib",
        f"--junitxml={junit}",
        *pytest_args,
        *files,
    ]
    print(f"== peer suite ({label}) in {workdir}: {shlex.join(cmd)}", flush=True)
    log = open(workdir / f"pytest-{label}.log", "w")
    proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    return label, junit, log, proc, time.perf_counter()


def finish(started) -> dict[str, str]:
    """Waits for a run of ``start``, prints its output; ``{test id: outcome}`` from its
    junit xml."""
    label, junit, log, proc, began = started
    rc = proc.wait()
    elapsed = time.perf_counter() - began
    log.close()
    print(f"== peer suite ({label}) output:")
    print(Path(log.name).read_text()[-20000:], flush=True)
    # 0: all passed, 1: some failed, 5: nothing collected; anything else is a crash.
    if rc not in (0, 1, 5) or not junit.exists():
        sys.exit(f"pytest ({label}) did not complete (exit code {rc})")
    results = parse_junit(junit)
    print(f"{label:>8}: {summary(results)} in {elapsed:.1f}s (pytest exit {rc})")
    return results


def parse_junit(path: Path) -> dict[str, str]:
    """Per-test outcomes; a test reported twice (e.g. a teardown error) keeps the
    worse one."""
    rank = {"passed": 0, "skipped": 1, "failed": 2, "error": 3}
    results: dict[str, str] = {}
    for case in ET.parse(path).getroot().iter("testcase"):
        test_id = f"{case.get('classname')}::{case.get('name')}"
        tags = {child.tag for child in case}
        if "error" in tags:
            outcome = "error"
        elif "failure" in tags:
            outcome = "failed"
        elif "skipped" in tags:
            outcome = "skipped"
        else:
            outcome = "passed"
        if rank[outcome] >= rank[results.get(test_id, "passed")]:
            results[test_id] = outcome
    return results


def summary(results: dict[str, str]) -> str:
    """``N passed, N failed, N error, N skipped``."""
    values = list(results.values())
    return ", ".join(f"{values.count(o)} {o}" for o in OUTCOMES)


def compare(upstream: dict[str, str], kerasave: dict[str, str]) -> int:
    """Print the tests whose outcome differs; 1 if any upstream pass does not pass."""
    differ = sorted(
        t for t in upstream.keys() | kerasave.keys() if upstream.get(t) != kerasave.get(t)
    )
    print(f"\n{len(differ)} test(s) with a different outcome (upstream -> kerasave):")
    for t in differ:
        print(f"  {t}: {upstream.get(t, 'absent')} -> {kerasave.get(t, 'absent')}")
    lost = [t for t, o in upstream.items() if o == "passed" and kerasave.get(t) != "passed"]
    intended = sorted(t for t in lost if t in INTENDED)
    if intended:
        print(f"\n{len(intended)} intended difference(s):")
        for t in intended:
            print(f"  {t}: {INTENDED[t]}")
    regressions = [t for t in lost if t not in INTENDED]
    if regressions:
        n = len(regressions)
        print(f"\nFAIL: {n} test(s) pass upstream but not with kerasave:")
        for t in sorted(regressions):
            print(f"  {t}: {kerasave.get(t, 'absent')}")
        return 1
    print(
        "\nOK: every test that passes upstream passes with kerasave,"
        " apart from the intended differences above."
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--both", action="store_true", help="run upstream and kerasave, and compare"
    )
    args, pytest_args = parser.parse_known_args()
    with tempfile.TemporaryDirectory(prefix="kerasave-peer-") as tmp:
        if not args.both:
            workdir = Path(tmp)
            files = prepare(workdir)
            print(f"{len(files)} Keras test modules save or load: {' '.join(files)}")
            upstream = os.environ.get("PEER_UPSTREAM") == "1"
            results = finish(start(workdir, files, upstream, pytest_args))
            return int(any(o in ("failed", "error") for o in results.values()))
        # Both runs at once, each in a folder of its own (some tests save to relative paths).
        runs = []
        for upstream in (True, False):
            workdir = Path(tmp) / ("upstream" if upstream else "kerasave")
            workdir.mkdir()
            files = prepare(workdir)
            runs.append(start(workdir, files, upstream, pytest_args))
        print(f"{len(files)} Keras test modules save or load: {' '.join(files)}")
        upstream, kerasave = (finish(r) for r in runs)
    print(f"\nupstream: {summary(upstream)}")
    print(f"kerasave: {summary(kerasave)}")
    return compare(upstream, kerasave)


if __name__ == "__main__":
    sys.exit(main())
