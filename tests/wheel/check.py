"""Checks the wheel `make wheel` built (`make wheel-check`; not collected by pytest).

1. `auditwheel show` reports it manylinux-compatible, and it is an abi3 wheel.
2. The source distribution beside it holds the vendored libhdf5 source, with its patches.
3. Installed into a fresh virtual environment with Keras and JAX but without h5py, run with a
   PATH holding only that environment (no Rust, no CMake), `roundtrip.py` saves and loads
   models with equal weights and predictions.

Usage: python tests/wheel/check.py WHEEL_DIR
"""

import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Keras's run-time requirements but h5py, which kerasave does not need: Keras imports it
# lazily, for its own HDF5 code only.
KERAS_DEPS = ["absl-py", "ml-dtypes", "namex", "numpy", "optree", "packaging", "rich"]


def run(*args, **kwargs):
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], check=True, **kwargs)


def main(wheel_dir):
    wheels = sorted(Path(wheel_dir).glob("kerasave-*.whl"))
    sdists = sorted(Path(wheel_dir).glob("kerasave-*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        sys.exit(f"expected one wheel and one sdist in {wheel_dir}: {wheels + sdists}")
    wheel, sdist = wheels[0], sdists[0]

    shown = run(
        sys.executable, "-m", "auditwheel", "show", wheel, capture_output=True, text=True
    ).stdout
    print(shown)
    tag = re.search(r'consistent\s+with\s+the\s+following\s+platform\s+tag:\s*"([^"]+)"', shown)
    if not tag or not tag.group(1).startswith("manylinux"):
        sys.exit(f"{wheel.name} is not manylinux-compatible")
    if "-abi3-" not in wheel.name:
        sys.exit(f"{wheel.name} is not an abi3 wheel")

    with tarfile.open(sdist) as tar:
        names = tar.getnames()
    root = names[0].split("/")[0]
    for needed in (
        "third_party/hdf5-metno-src/Cargo.toml",
        "third_party/hdf5-metno-src/build.rs",
        "third_party/hdf5-metno-src/ext/hdf5/src/H5HGcache.c",
        "third_party/hdf5-metno-src/ext/hdf5/CMakeLists.txt",
    ):
        if not any(n.endswith(needed) for n in names):
            sys.exit(f"{sdist.name} lacks {needed}")
    patched = tarfile.open(sdist).extractfile(
        next(n for n in names if n.endswith("ext/hdf5/src/H5HGcache.c"))
    )
    if b"patched by kerasave" not in patched.read():
        sys.exit(f"{sdist.name} holds libhdf5's source without kerasave's patches")
    print(f"{sdist.name}: {len(names)} files under {root}/, vendored libhdf5 patched")

    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        run(sys.executable, "-m", "venv", venv)
        py = venv / "bin" / "python"
        pip = [py, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        run(*pip, wheel, "jax[cpu]", *KERAS_DEPS)
        run(*pip, "--no-deps", "keras>=3.15,<4")
        env = {
            "PATH": str(venv / "bin"),
            "HOME": os.environ.get("HOME", tmp),
            "KERAS_BACKEND": "jax",
            "TMPDIR": tmp,
        }
        run(py, HERE / "roundtrip.py", cwd=tmp, env=env)
    print(f"wheel check ok: {wheel.name} ({tag.group(1)})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/wheels")
