"""What Keras's files are made of, named once for the API, the tools and the Rust core: the
members of a `.keras` archive and the HDF5 signature (the core's own), the limits that refuse
bombs, the suffixes the entry points route by, and how a file's format is told from its
bytes (`detect`)."""

from __future__ import annotations

import os

from kerasave import _keras, _native, files

# The members of a `.keras` archive (and of an unzipped model directory).
CONFIG = _native.CONFIG
METADATA = _native.METADATA
WEIGHTS_H5 = _native.WEIGHTS_H5
WEIGHTS_NPZ = _native.WEIGHTS_NPZ
ASSETS_PREFIX = _native.ASSETS_PREFIX
ASSETS = ASSETS_PREFIX.rstrip("/")

HDF5_SIGNATURE = _native.HDF5_SIGNATURE
ZIP_SIGNATURE = b"PK\x03\x04"

# The suffixes upstream's entry points route by.
KERAS = ".keras"
WEIGHTS = ".weights.h5"
SHARDED = ".weights.json"
LEGACY = (".h5", ".hdf5")

# Upstream's bomb limits (keras/src/saving/saving_lib.py), the core's defaults: (floor in
# bytes, expansion). A zip member, or an HDF5 dataset, is refused when it declares more than
# the floor and more than `expansion` times what it stores.
ZIP_LIMITS = tuple(_native.ZIP_LIMITS)
H5_LIMITS = tuple(_native.H5_LIMITS)
EXTRACT_FLOOR = 1 << 28
# config.json is parsed whole into Python objects (many times its size), so kerasave refuses
# one that declares more than 16 MiB and more than 10 times what it stores: a Keras config
# is text that compresses well, but not a thousandfold (CVE-2026-0897's 1.5 GiB config
# deflated to 1.5 MB). Upstream's limits (4 GiB, 100x) let that one through.
JSON_LIMITS = (16 << 20, 10)


def limits():
    """The limits a load applies: upstream's, read at call time so that values patched into
    `saving_lib` apply here too, and kerasave's stricter one for config.json."""

    expansion = getattr(_keras.saving_lib, "_ZIP_MEMBER_MAX_EXPANSION", ZIP_LIMITS[1])
    floor = getattr(_keras.saving_lib, "_ZIP_MEMBER_BOMB_FLOOR_BYTES", ZIP_LIMITS[0])
    return {
        "zip": (floor, expansion),
        "extract": (
            getattr(_keras.saving_lib, "_ZIP_EXTRACT_BOMB_FLOOR_BYTES", EXTRACT_FLOOR),
            expansion,
        ),
        "h5": (
            getattr(_keras.saving_lib, "_H5_DATASET_BOMB_FLOOR_BYTES", H5_LIMITS[0]),
            getattr(_keras.saving_lib, "_H5_DATASET_MAX_EXPANSION", H5_LIMITS[1]),
        ),
        "json": (min(floor, JSON_LIMITS[0]), min(expansion, JSON_LIMITS[1])),
    }


def is_zip(path):
    """Whether the file at `path` starts as a zip archive does."""
    with files.open_regular(path) as f:
        return f.read(4) == ZIP_SIGNATURE


def is_keras_dir(path):
    """Whether `path` is an unzipped Keras model: a directory with a config."""
    return os.path.isdir(path) and os.path.exists(os.path.join(path, CONFIG))


class FormatError(ValueError):
    """The file is not one of the formats the tools read."""


def detect(path):
    """The format of the file or directory at `path`: `keras` (a `.keras` archive),
    `keras_dir` (an unzipped one), `savedmodel`, `npz`, `weights_json` (a sharded set's
    map), `weights_h5`, `h5` (a legacy HDF5 model) or `h5_weights` (legacy HDF5 weights).

    Raises:
        FileNotFoundError: nothing at `path`.
        FormatError: not a format kerasave reads.
    """
    path = os.fspath(path)
    files.check(path, directory=True)  # a FIFO would block the read below
    if os.path.isdir(path):
        names = set(os.listdir(path))
        if CONFIG in names:
            return "keras_dir"
        if "saved_model.pb" in names:
            return "savedmodel"
        raise FormatError(f"{path} is a directory but not an unzipped Keras model")
    with files.open_regular(path) as f:
        head = f.read(8)
        if head.startswith(b"PK"):
            return "npz" if path.endswith(".npz") else "keras"
        if head.startswith(b"{") or path.endswith(".json"):
            return "weights_json"
        # A user block puts the signature at 512, 1024, 2048, ... bytes.
        offset = 0
        while head != HDF5_SIGNATURE:
            offset = 512 if offset == 0 else offset * 2
            f.seek(offset)
            head = f.read(8)
            if len(head) < 8:
                raise FormatError(f"{path} is not a Keras model or weights file")
    h5 = _native.H5File.open(path, H5_LIMITS)
    try:
        if h5.attr("", "model_config") is not None or "model_weights" in h5.groups():
            return "h5"
        if h5.attr("", "layer_names") is not None:
            return "h5_weights"
        return "weights_h5"
    finally:
        h5.close()
