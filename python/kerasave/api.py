"""Drop-in replacements for `keras.saving.save_model` / `load_model`, and `install()`.

kerasave handles local `.keras` archives (paths and file objects) with HDF5 weights; it hands
everything else (remote paths, `hf://`, unzipped directories, npz weights, legacy `.h5`,
Orbax checkpoints) to upstream Keras unchanged, so nothing that works upstream fails here.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import warnings
import zipfile

from kerasave import _native, lazy, state

_CONFIG = "config.json"
_WEIGHTS_H5 = "model.weights.h5"
_WEIGHTS_NPZ = "model.weights.npz"
_ASSETS = "assets"


def _upstream():
    """Upstream's functions, captured before `install()` replaces them."""
    global _UPSTREAM
    if _UPSTREAM is None:
        from keras.src.saving import saving_api, saving_lib

        _UPSTREAM = {
            "api_save": saving_api.save_model,
            "api_load": saving_api.load_model,
            "lib_save": saving_lib.save_model,
            "lib_load": saving_lib.load_model,
        }
    return _UPSTREAM


_UPSTREAM = None


def _limits():
    """Upstream's bomb limits, read at call time so patched values apply here too."""
    from keras.src.saving import saving_lib as lib

    expansion = getattr(lib, "_ZIP_MEMBER_MAX_EXPANSION", 100)
    return {
        "zip": (getattr(lib, "_ZIP_MEMBER_BOMB_FLOOR_BYTES", 1 << 32), expansion),
        "extract": (getattr(lib, "_ZIP_EXTRACT_BOMB_FLOOR_BYTES", 1 << 28), expansion),
        "h5": (
            getattr(lib, "_H5_DATASET_BOMB_FLOOR_BYTES", 1 << 32),
            getattr(lib, "_H5_DATASET_MAX_EXPANSION", 1000),
        ),
    }


def _is_remote(path):
    from keras.src.utils import file_utils

    return file_utils.is_remote_path(path)


def _local_keras_path(filepath):
    """`filepath` as a string when it names a local `.keras` file, else None."""
    if not isinstance(filepath, (str, os.PathLike)):
        return None
    path = os.fspath(filepath)
    if not isinstance(path, str) or not path.endswith(".keras") or _is_remote(path):
        return None
    return path


# --- saving -------------------------------------------------------------------------------


def save_model(model, filepath, overwrite=True, zipped=None, **kwargs):
    """Saves a model as a `.keras` file, as `keras.saving.save_model` does.

    Args:
        model: Keras model instance to be saved.
        filepath: `str` or `pathlib.Path` object. Path where to save the model.
        overwrite: Whether we should overwrite any existing model at the target
            location, or instead ask the user via an interactive prompt.
        zipped: Whether to save the model as a zipped `.keras`
            archive (default when saving locally), or as an unzipped directory
            (default when saving on the Hugging Face Hub).

    Raises:
        ValueError: for an unsupported extension or argument, as upstream.
        OSError: when the file cannot be written.
    """
    path = _local_keras_path(filepath)
    if path is None or zipped is False or set(kwargs) - {"include_optimizer"}:
        return _upstream()["api_save"](
            model, filepath, overwrite=overwrite, zipped=zipped, **kwargs
        )
    if os.path.exists(path) and not overwrite:
        from keras.src.utils import io_utils

        if not io_utils.ask_to_proceed_with_overwrite(filepath):
            return
    _save_archive(model, path)


def _lib_save_model(model, filepath, weights_format="h5", zipped=True):
    """Stands in for `keras.src.saving.saving_lib.save_model` once installed."""
    path = _local_keras_path(filepath)
    if weights_format == "h5" and zipped and isinstance(filepath, io.IOBase):
        return _save_archive(model, filepath)
    if weights_format == "h5" and zipped and path is not None:
        return _save_archive(model, path)
    return _upstream()["lib_save"](model, filepath, weights_format=weights_format, zipped=zipped)


def _save_archive(model, target):
    """Writes `model` to `target`, a path or a binary file object."""
    from keras.src.saving import saving_lib

    if not model.built:
        warnings.warn(
            "You are saving a model that has not yet been built. "
            "It might not contain any weights yet. "
            "Consider building the model first by calling it "
            "on some data.",
            stacklevel=3,
        )
    config_json, metadata_json = saving_lib._serialize_model_as_json(model)
    if isinstance(target, io.IOBase):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "model.keras")
            _write_archive(model, path, config_json, metadata_json)
            with open(path, "rb") as f:
                shutil.copyfileobj(f, target, 1 << 20)
    else:
        _write_archive(model, target, config_json, metadata_json)


def _write_archive(model, path, config_json, metadata_json):
    from keras.src.saving import saving_lib

    saver = _native.Saver.archive(path)
    assets = saving_lib.DiskIOStore(_ASSETS, mode="w")
    try:
        state.save_state(model, state.WeightsWriter(saver), assets, "", set())
        files = state.collect_assets(assets.working_dir)
        saver.finish(metadata_json, config_json, files)
    finally:
        saver.abort()  # after `finish`, nothing left to abandon
        assets.close()


# --- loading ------------------------------------------------------------------------------


def load_model(filepath, custom_objects=None, compile=True, safe_mode=True):
    """Loads a model saved via `model.save()`, as `keras.saving.load_model` does.

    Args:
        filepath: `str` or `pathlib.Path` object, path to the saved model file.
        custom_objects: Optional dictionary mapping names
            (strings) to custom classes or functions to be
            considered during deserialization.
        compile: Boolean, whether to compile the model after loading.
        safe_mode: Boolean, whether to disallow unsafe `lambda` deserialization.
            When `safe_mode=False`, loading an object has the potential to
            trigger arbitrary code execution. Defaults to `True`.

    Returns:
        A Keras model instance, compiled if it was saved compiled and `compile=True`.

    Raises:
        ValueError: for a missing or unsupported file, a refused object or
            weights that do not fit the model, as upstream.
        zipfile.BadZipFile, KeyError, OSError: for a damaged archive, as upstream.
    """
    path = _local_keras_path(filepath)
    if path is not None and os.path.isfile(path):
        archive = _open_or_none(path)
        if archive is not None:
            return _load_archive(archive, custom_objects, compile, safe_mode, path)
    return _upstream()["api_load"](
        filepath, custom_objects=custom_objects, compile=compile, safe_mode=safe_mode
    )


def _lib_load_model(filepath, custom_objects=None, compile=True, safe_mode=True):
    """Stands in for `keras.src.saving.saving_lib.load_model` once installed."""
    if isinstance(filepath, io.IOBase):
        data = filepath.read()
        archive = _native.KerasArchive.from_bytes(data)
        return _load_archive(archive, custom_objects, compile, safe_mode, io.BytesIO(data))
    path = _local_keras_path(filepath)
    if path is not None:
        # Upstream opens the path whatever it is: a missing file raises the same way.
        archive = _open_or_none(path) if os.path.isfile(path) else None
        if archive is not None:
            return _load_archive(archive, custom_objects, compile, safe_mode, path)
    return _upstream()["lib_load"](
        filepath, custom_objects=custom_objects, compile=compile, safe_mode=safe_mode
    )


def _open_or_none(path):
    """The archive at `path`, or None where Python's zipfile may still read it."""
    try:
        return _native.KerasArchive.open(path)
    except zipfile.BadZipFile:
        # Not a zip to us: upstream decides (its own error for a non-zip, or a load
        # for an archive layout only Python's zipfile accepts).
        return None


def _load_archive(archive, custom_objects, compile, safe_mode, source):
    """Loads the model in `archive`; `source` (its path or a file object over its bytes)
    is what upstream reads for the layouts kerasave hands over."""
    from keras.src.saving import saving_lib

    names = archive.names()
    if _WEIGHTS_H5 not in names and _WEIGHTS_NPZ in names:
        # npz weights are not handled by the Rust core yet.
        return _upstream()["lib_load"](
            source, custom_objects=custom_objects, compile=compile, safe_mode=safe_mode
        )
    limits = _limits()
    config_json = archive.read(_CONFIG, limits["zip"])
    # The weights are opened and read ahead while Keras builds the model. A failure to
    # open them is raised where upstream meets it: after the model is built.
    weights = weights_error = None
    if _WEIGHTS_H5 in names:
        try:
            weights = state.WeightsReader(archive.weights(limits["zip"], limits["h5"]))
            weights.read_ahead(skip=() if compile else ("optimizer/",))
        except Exception as e:
            weights_error = e
    try:
        with lazy.deferred_init():
            model = saving_lib._model_from_config(config_json, custom_objects, compile, safe_mode)
            if _WEIGHTS_H5 not in names:
                raise ValueError(f"Expected a {_WEIGHTS_H5} or {_WEIGHTS_NPZ} file.")
            if weights_error is not None:
                raise weights_error
            _load_weights_and_assets(model, archive, names, limits, weights)
    finally:
        if weights is not None:
            weights.close()
    return model


def _load_weights_and_assets(model, archive, names, limits, weights):
    from keras.src.saving import saving_lib

    assets_dir = None
    try:
        assets = None
        if len(names) > 3:
            for name in names:
                archive.check_bomb(name, limits["extract"])
            assets_dir = tempfile.mkdtemp()
            archive.extract_assets(assets_dir, limits["zip"])
            assets = saving_lib.DiskIOStore(assets_dir, mode="r")
        load = state.LoadState()
        state.load_state(model, weights, assets, "", load)
        weights.verify()
    finally:
        if assets_dir is not None:
            shutil.rmtree(assets_dir, ignore_errors=True)
    load.raise_failures()


# --- install ------------------------------------------------------------------------------

_INSTALLED = []


def _replacements():
    up = _upstream()
    return {
        id(up["api_save"]): save_model,
        id(up["api_load"]): load_model,
        id(up["lib_save"]): _lib_save_model,
        id(up["lib_load"]): _lib_load_model,
    }


def install():
    """Routes Keras's saving through kerasave.

    Afterwards `model.save(...)`, `keras.saving.save_model` / `load_model`,
    `keras.models.save_model` / `load_model` and `keras.src.saving.saving_lib`'s
    functions use kerasave for local `.keras` files and upstream for the rest.
    Calling it again does nothing; `uninstall()` restores upstream.
    """
    import keras  # noqa: F401  (loads the modules to patch)

    if _INSTALLED:
        return
    replacements = _replacements()
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "") or ""
        if not name.startswith("keras"):
            continue
        for attr in ("save_model", "load_model"):
            current = getattr(module, attr, None)
            if current is not None and id(current) in replacements:
                _INSTALLED.append((module, attr, current))
                setattr(module, attr, replacements[id(current)])


def uninstall():
    """Restores upstream Keras's saving functions replaced by `install()`."""
    while _INSTALLED:
        module, attr, original = _INSTALLED.pop()
        setattr(module, attr, original)


def is_installed():
    """True while `install()` is in effect."""
    return bool(_INSTALLED)
