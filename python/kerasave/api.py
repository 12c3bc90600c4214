"""Drop-in replacements for `keras.saving`'s entry points.

kerasave handles local `.keras` archives (paths and file objects) and unzipped model
directories, with HDF5 or npz weights, `.weights.h5` files, sharded `.weights.json` sets and
legacy `.h5` / `.hdf5` files; it hands everything else (remote paths, `hf://`, Orbax
checkpoints) to upstream Keras unchanged, so nothing that works upstream fails here.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
import threading
import warnings
import zipfile

from kerasave import _keras, _native, files, formats, lazy, legacy, migrate, savedmodel, traversal
from kerasave.stores import h5, npz, sharded, tensors
from kerasave.stores.assets import AssetsWriter


def _is_remote(path):
    return _keras.file_utils.is_remote_path(path)


def _local_path(filepath):
    """`filepath` as a string when it names a local file or directory, else None."""
    if not isinstance(filepath, (str, os.PathLike)):
        return None
    path = os.fspath(filepath)
    if not isinstance(path, str) or path.startswith("hf://") or _is_remote(path):
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
    if legacy._h5py_file(filepath):
        # tf.keras took an open h5py.File; Keras 3 refuses it. It is written through h5py.
        include_optimizer = kwargs.get("include_optimizer", True)
        return legacy.save_model_to_hdf5(model, filepath, overwrite, include_optimizer)
    path = _local_path(filepath)
    if zipped is None:
        zipped = True
    if (
        path is not None
        and zipped
        and path.endswith(formats.LEGACY)
        and not set(kwargs) - {"include_optimizer", "save_format"}
    ):
        return _save_legacy(model, path, overwrite, **kwargs)
    if (
        path is None
        or set(kwargs) - {"include_optimizer"}
        or (zipped and not path.endswith(formats.KERAS))
    ):
        # Remote and Hugging Face targets, and upstream's errors.
        return _keras.upstream()["api_save"](
            model, filepath, overwrite=overwrite, zipped=zipped, **kwargs
        )
    if os.path.exists(path) and not overwrite:
        if not _keras.io_utils.ask_to_proceed_with_overwrite(filepath):
            return
    lib_save_model(model, path, zipped=zipped)


def _save_legacy(model, path, overwrite, include_optimizer=True, save_format=False):
    """`save_model` to a legacy `.h5` / `.hdf5` path, with upstream's warnings."""
    from absl import logging

    if save_format:
        logging.warning(
            "The `save_format` argument is deprecated in Keras 3. "
            "We recommend removing this argument as it can be inferred "
            "from the file path. "
            f"Received: save_format={save_format}"
        )
    logging.warning(
        "You are saving your model as an HDF5 file via "
        "`model.save()` or `keras.saving.save_model(model)`. "
        "This file format is considered legacy. "
        "We recommend using instead the native Keras format, "
        "e.g. `model.save('my_model.keras')` or "
        "`keras.saving.save_model(model, 'my_model.keras')`. "
    )
    if os.path.exists(path) and not overwrite:
        if not _keras.io_utils.ask_to_proceed_with_overwrite(path):
            return
    legacy.save_model_to_hdf5(model, path, overwrite, include_optimizer)


def lib_save_model(model, filepath, weights_format="h5", zipped=True):
    """Stands in for `keras.src.saving.saving_lib.save_model` once installed."""
    path = _local_path(filepath)
    is_file = isinstance(filepath, io.IOBase)
    if (
        weights_format not in ("h5", "npz")
        or (not is_file and path is None)
        or (path is not None and path.endswith(formats.KERAS) != zipped)
    ):
        # Remote targets, and upstream's errors.
        upstream = _keras.upstream()["lib_save"]
        return upstream(model, filepath, weights_format=weights_format, zipped=zipped)
    if not model.built:
        warnings.warn(
            "You are saving a model that has not yet been built. "
            "It might not contain any weights yet. "
            "Consider building the model first by calling it "
            "on some data.",
            stacklevel=3,
        )
    if is_file:
        return _save_archive(model, filepath, weights_format)
    if zipped:
        return _save_archive(model, path, weights_format)
    return _save_dir(model, path, weights_format)


def _weights_writer(saver, weights_format):
    if weights_format == "npz":
        return npz.NpzWriter(saver)
    return h5.WeightsWriter(saver)


def _save_archive(model, target, weights_format="h5"):
    """Writes `model` to `target`, a path or a binary file object."""
    if isinstance(target, io.IOBase):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "model.keras")
            _write_archive(model, path, weights_format)
            with open(path, "rb") as f:
                shutil.copyfileobj(f, target, 1 << 20)
    else:
        _write_archive(model, target, weights_format)


@lazy.gc_paused()
def _save_dir(model, dirpath, weights_format="h5"):
    """Writes `model` as an unzipped directory: upstream's files, the weights by the Rust
    core. The assets go into `<dirpath>/assets` whatever the form of `dirpath` (upstream
    loses them when `dirpath` is relative). npz weights go into `model.weights.npz`, the
    name upstream's loader looks for (upstream's saver writes them as `model.weights.h5`)."""

    os.makedirs(dirpath, exist_ok=True)
    for name in (formats.METADATA, formats.CONFIG, formats.WEIGHTS_H5, formats.WEIGHTS_NPZ):
        # What is there is replaced (the weights) or written over (the JSON files, by
        # `open(..., "w")` as upstream): a FIFO there would block either.
        files.check(os.path.join(dirpath, name))
    if os.path.isdir(os.path.join(dirpath, formats.ASSETS)):
        files.check_tree(os.path.join(dirpath, formats.ASSETS))  # layers write into it in place
    config_json, metadata_json = _keras.saving_lib._serialize_model_as_json(model)
    with open(os.path.join(dirpath, formats.METADATA), "w") as f:
        f.write(metadata_json)
    with open(os.path.join(dirpath, formats.CONFIG), "w") as f:
        f.write(config_json)
    if weights_format == "npz":
        saver = _native.NpzSaver(os.path.join(dirpath, formats.WEIGHTS_NPZ))
    else:
        saver = _native.WeightsSaver(os.path.join(dirpath, formats.WEIGHTS_H5))
    assets_dir = os.path.abspath(os.path.join(dirpath, formats.ASSETS))
    assets_store = _keras.saving_lib.DiskIOStore(assets_dir, mode="w")
    with files.saving(saver), contextlib.closing(assets_store):
        writer = _weights_writer(saver, weights_format)
        traversal.save_state(model, writer, assets_store, "", set())
        writer.close()
        saver.finish()
        stale = os.path.join(dirpath, formats.WEIGHTS_H5)
        if weights_format == "npz" and os.path.exists(stale):
            # Loading prefers model.weights.h5: older HDF5 weights must not shadow these.
            os.remove(stale)


@lazy.gc_paused()
def _write_archive(model, path, weights_format="h5"):
    """Writes the archive of `model` to `path`. The config is serialized once every tensor
    is handed over, while the Rust core's writer thread writes them; an error serializing
    it is raised first all the same, as upstream (which serializes first) raises it."""

    files.check(path)  # a FIFO there would block the save
    if weights_format == "npz":
        saver = _native.NpzArchiveSaver(path)
    else:
        saver = _native.ArchiveSaver(path)
    assets_writer = AssetsWriter(formats.ASSETS)
    with files.saving(saver), contextlib.closing(assets_writer):
        try:
            writer = _weights_writer(saver, weights_format)
            traversal.save_state(model, writer, assets_writer, "", set())
            writer.close()
        except Exception:
            # Upstream serializes first, then writes as it goes: an error serializing the
            # config came before either (`files.saving` raises a failed write's error next).
            _keras.saving_lib._serialize_model_as_json(model)
            raise
        config_json, metadata_json = _keras.saving_lib._serialize_model_as_json(model)
        saver.finish(metadata_json, config_json, assets_writer.files())


# --- loading ------------------------------------------------------------------------------


def load_model(filepath, custom_objects=None, compile=True, safe_mode=True):
    """Loads a model saved via `model.save()`, as `keras.saving.load_model` does.

    Args:
        filepath: `str` or `pathlib.Path` object, path to the saved model file
            (or unzipped model directory).
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
    if legacy._h5py_file(filepath):
        # tf.keras took an open h5py.File; Keras 3 refuses it.
        return legacy.load_model_from_hdf5(filepath, custom_objects, compile, safe_mode)
    path = _local_path(filepath)
    if path is not None:
        _refuse_special(path)
    if path is not None and path.endswith(formats.KERAS) and os.path.isfile(path):
        archive = _open_or_none(path)
        if archive is None:
            # Upstream's refusal of a `.keras` file that is no zip, said here rather than
            # by upstream looking again at a file that may be changing meanwhile.
            raise ValueError(
                f"File not found: filepath={filepath}. "
                "Please ensure the file is an accessible `.keras` zip file."
            )
        return _load_archive(archive, custom_objects, compile, safe_mode, path)
    elif path is not None and not path.endswith(formats.KERAS) and formats.is_keras_dir(path):
        return _load_dir(path, custom_objects, compile, safe_mode)
    elif path is not None and path.endswith(formats.LEGACY):
        return legacy.load_model_from_hdf5(path, custom_objects, compile, safe_mode)
    elif path is not None and savedmodel.is_savedmodel(path):
        # Upstream refuses a SavedModel and points to TFSMLayer; kerasave rebuilds it.
        return savedmodel.load_model(path, custom_objects, compile, safe_mode)
    return _keras.upstream()["api_load"](
        filepath, custom_objects=custom_objects, compile=compile, safe_mode=safe_mode
    )


def lib_load_model(filepath, custom_objects=None, compile=True, safe_mode=True):
    """Stands in for `keras.src.saving.saving_lib.load_model` once installed."""
    if isinstance(filepath, io.IOBase):
        data = filepath.read()
        archive = _native.KerasArchive.from_bytes(data)
        return _load_archive(archive, custom_objects, compile, safe_mode, io.BytesIO(data))
    path = _local_path(filepath)
    if path is not None:
        _refuse_special(path)
    if path is not None and path.endswith(formats.KERAS):
        # Upstream opens the path whatever it is: a missing file raises the same way.
        archive = _open_or_none(path) if os.path.isfile(path) else None
        if archive is not None:
            return _load_archive(archive, custom_objects, compile, safe_mode, path)
    elif path is not None and formats.is_keras_dir(path):
        return _load_dir(path, custom_objects, compile, safe_mode)
    return _keras.upstream()["lib_load"](
        filepath, custom_objects=custom_objects, compile=compile, safe_mode=safe_mode
    )


def _refuse_special(path):
    """Refuses a FIFO, socket or device at the path of a model to load, which upstream
    opens and waits on forever: with ValueError, upstream's error for any `.keras` path it
    cannot read as a zip ("File not found ... accessible `.keras` zip file") and for a path
    of no format it reads; with OSError, h5py's, for a legacy `.h5` path."""
    files.check(path, OSError if path.endswith(formats.LEGACY) else ValueError, True)


def _open_or_none(path):
    """The archive at `path`; None for a file that is no zip at all, which upstream
    reports in its own words."""
    try:
        return _native.KerasArchive.open(path)
    except zipfile.BadZipFile:
        if zipfile.is_zipfile(path):
            # A zip whose records kerasave refuses (sizes that lie, members past the
            # end): refused here, never handed to a laxer reader.
            raise
        return None


@lazy.gc_paused()
def _load_archive(archive, custom_objects, compile, safe_mode, source):
    """Loads the model in `archive`; `source` (its path or a file object over its bytes)
    is what upstream reads for the layouts kerasave hands over."""
    names = archive.names()
    limits = formats.limits()

    def open_weights():
        if formats.WEIGHTS_H5 in names:
            return h5.WeightsReader(archive.weights(limits["zip"], limits["h5"]))
        if formats.WEIGHTS_NPZ in names:
            return npz.NpzReader(archive.npz_weights(limits["zip"]))
        raise ValueError(f"Expected a {formats.WEIGHTS_H5} or {formats.WEIGHTS_NPZ} file.")

    @contextlib.contextmanager
    def assets():
        if len(names) <= 3:
            yield None
            return

        for name in names:
            archive.check_bomb(name, limits["extract"])
        assets_dir = tempfile.mkdtemp()
        try:
            archive.extract_assets(assets_dir, limits["zip"])
            yield _keras.saving_lib.DiskIOStore(assets_dir, mode="r")
        finally:
            shutil.rmtree(assets_dir, ignore_errors=True)

    config_json = archive.read(formats.CONFIG, limits["json"])
    metadata = archive.read(formats.METADATA, limits["json"]) if formats.METADATA in names else None
    config_json, keras2 = _migrated(config_json, metadata, custom_objects, safe_mode)
    return _build_and_load(
        config_json, open_weights, assets, custom_objects, compile, safe_mode, keras2
    )


def _migrated(config_json, metadata_json, custom_objects, safe_mode):
    """(config, whether Keras 2 wrote it): the config of a `.keras` file written by Keras 2
    (tf.keras 2.13-2.15) as Keras 3 reads it (`kerasave.migrate`); any other as it is."""
    try:
        version = json.loads(metadata_json or "{}").get("keras_version")
    except (ValueError, AttributeError):
        return config_json, False
    if not str(version or "").startswith("2."):
        return config_json, False
    config = migrate.model_config(json.loads(config_json), version, custom_objects or {}, safe_mode)
    return json.dumps(config), True


@lazy.gc_paused()
def _load_dir(dirpath, custom_objects, compile, safe_mode):
    """Loads the model in an unzipped model directory, as upstream's `_load_model_from_dir`."""
    filenames = os.listdir(dirpath)
    if formats.WEIGHTS_H5 not in filenames and formats.WEIGHTS_NPZ not in filenames:
        # Upstream's error for none.
        return _keras.upstream()["lib_load"](
            dirpath, custom_objects=custom_objects, compile=compile, safe_mode=safe_mode
        )
    limits = formats.limits()
    # Every file read from the directory is a regular file, the assets' too (a layer's
    # `load_assets` opens them itself): a FIFO would block the load forever.
    for name in (formats.CONFIG, formats.METADATA, formats.WEIGHTS_H5, formats.WEIGHTS_NPZ):
        if name in filenames:
            files.check(os.path.join(dirpath, name))
    if formats.ASSETS in filenames:
        files.check_tree(os.path.join(dirpath, formats.ASSETS))

    def open_weights():
        path = os.path.join(dirpath, formats.WEIGHTS_H5)
        if formats.WEIGHTS_H5 in filenames and not formats.is_zip(path):
            return h5.WeightsReader(_native.H5File.open(path, limits["h5"]))
        if formats.WEIGHTS_H5 not in filenames:
            path = os.path.join(dirpath, formats.WEIGHTS_NPZ)
        # npz weights; also what upstream's `weights_format="npz"` writes as model.weights.h5.
        return npz.NpzReader(_native.NpzStore.open(path, limits["zip"]))

    @contextlib.contextmanager
    def assets():
        if len(filenames) <= 3:
            yield None
            return

        store = _keras.saving_lib.DiskIOStore(os.path.join(dirpath, formats.ASSETS), mode="r")
        try:
            yield store
        finally:
            store.close()

    with files.open_regular(os.path.join(dirpath, formats.CONFIG), "r") as f:
        config_json = f.read()
    keras2 = False
    if formats.METADATA in filenames:
        with files.open_regular(os.path.join(dirpath, formats.METADATA), "r") as f:
            config_json, keras2 = _migrated(config_json, f.read(), custom_objects, safe_mode)
    return _build_and_load(
        config_json, open_weights, assets, custom_objects, compile, safe_mode, keras2
    )


def _build_and_load(
    config_json, open_weights, assets, custom_objects, compile, safe_mode, keras2=False
):
    """Builds the model from its config and loads its weights and assets.

    `open_weights()` gives the weights reader (`h5.WeightsReader`, whose file is read
    ahead while Keras builds the model, or `npz.NpzReader`); a failure to open it is raised
    where upstream meets it: after the model is built.
    `assets()` is a context manager giving the assets store, or None.

    The weights are opened, and their reading started, on a thread of their own while
    Keras builds the model: opening indexes every group and dataset of the file through
    libhdf5 (10 ms for ResNet50's 677), and the core runs it without the GIL.
    """

    opened = {}
    # Keras keeps the distribution per thread: asked here, not on the opening thread.
    small_only = tensors.jax_distributed()

    def open_and_read_ahead():
        try:
            opened["weights"] = open_weights()
            skip = () if compile else ("optimizer/",)
            opened["weights"].read_ahead(skip=skip, small_only=small_only)
        except Exception as e:
            opened["error"] = e

    opener = threading.Thread(target=open_and_read_ahead, name="kerasave-open", daemon=True)
    opener.start()
    try:
        with lazy.deferred_init(), lazy.cached_signatures():
            model = _keras.saving_lib._model_from_config(
                config_json, custom_objects, compile, safe_mode
            )
            opener.join()
            weights = opened.get("weights")
            if "error" in opened:
                raise opened["error"]
            load = traversal.LoadState(keras2=keras2)
            with assets() as assets_store:
                traversal.load_state(model, weights, assets_store, "", load)
            weights.verify()
            load.raise_failures()
    finally:
        opener.join()
        if "weights" in opened:
            opened["weights"].close()
    return model


# --- weights only -----------------------------------------------------------------------------


def save_weights(model, filepath, overwrite=True, max_shard_size=None, **kwargs):
    """Saves the weights of a model, as `keras.saving.save_weights` / `Model.save_weights`.

    Args:
        model: a built Keras model.
        filepath: `str` or `pathlib.Path` ending in `.weights.h5`, or in `.weights.json`
            when sharding.
        overwrite: Whether to overwrite an existing file, or ask the user.
        max_shard_size: `int` or `float`, the maximum size in GB of each shard; `None`
            saves one file.
        objects_to_skip: Optional list of saveables whose state is not saved.

    Raises:
        ValueError: for a bad file name, an unbuilt model or a tensor larger than a shard,
            as upstream.
    """
    filepath_str = str(filepath)
    _check_weights_name(filepath_str, max_shard_size)
    try:
        exists = os.path.exists(filepath)
    except TypeError:
        exists = False
    if exists and not overwrite:
        if not _keras.io_utils.ask_to_proceed_with_overwrite(filepath_str):
            return
    lib_save_weights_only(model, filepath, max_shard_size, **kwargs)


def _skipped(objects_to_skip):
    """The ids a traversal treats as visited: the objects to skip."""
    return set() if objects_to_skip is None else {id(o) for o in objects_to_skip}


def _check_weights_name(filepath_str, max_shard_size):
    if max_shard_size is None and not filepath_str.endswith(formats.WEIGHTS):
        raise ValueError(
            f"The filename must end in `.weights.h5`. Received: filepath={filepath_str}"
        )
    elif max_shard_size is not None and not filepath_str.endswith(("weights.h5", "weights.json")):
        raise ValueError(
            "The filename must end in `.weights.json` when `max_shard_size` is "
            f"specified. Received: filepath={filepath_str}"
        )


def lib_save_weights_only(model, filepath, max_shard_size=None, objects_to_skip=None):
    """Stands in for `keras.src.saving.saving_lib.save_weights_only` once installed."""
    path = _local_path(filepath)
    if path is None:
        upstream = _keras.upstream()["lib_save_weights"]
        return upstream(model, filepath, max_shard_size, objects_to_skip)
    if not model.built:
        raise ValueError(
            "You are saving a model that has not yet been built. "
            "Try building the model first by calling it on some data or "
            "by using `build()`."
        )
    _check_weights_name(path, max_shard_size)
    visited = _skipped(objects_to_skip)
    if max_shard_size is not None:
        with files.saving(sharded.ShardedWriter(path, max_shard_size)) as writer:
            traversal.save_state(model, writer, None, "", visited)
            writer.finish()
        return
    files.check(path)  # a FIFO there would block the save
    with files.saving(_native.WeightsSaver(path)) as saver:
        traversal.save_state(model, h5.WeightsWriter(saver), None, "", visited)
        saver.finish()


def load_weights(model, filepath, skip_mismatch=False, **kwargs):
    """Loads weights into a model, as `keras.saving.load_weights` / `Model.load_weights`.

    `.keras`, `.weights.h5`, sharded `.weights.json` and legacy `.h5` / `.hdf5` files are
    read by kerasave; Orbax checkpoints by upstream Keras.

    Args:
        model: a built Keras model.
        filepath: `str` or `pathlib.Path` of the file to load.
        skip_mismatch: Whether to skip (with a warning) the objects whose weights do not
            match, instead of raising.
        objects_to_skip: Optional list of saveables whose state is not loaded (not for
            `.keras` files).
        by_name: Legacy `.h5` files only: load the layers by name rather than in order.

    Raises:
        ValueError: for an unsupported file, an unbuilt model or weights that do not fit
            the model, as upstream.
    """
    filepath_str = str(filepath)
    local = _local_path(filepath) is not None
    extra = dict(kwargs)
    objects_to_skip = extra.pop("objects_to_skip", None)
    by_name = extra.pop("by_name", None)
    if (
        local
        and not extra
        and objects_to_skip is None
        and filepath_str.endswith(formats.LEGACY)
        and not filepath_str.endswith((formats.WEIGHTS, formats.KERAS))
    ):
        return legacy.load_weights(model, filepath, skip_mismatch, by_name)
    if local and not extra and by_name is None:
        if filepath_str.endswith(formats.KERAS) and objects_to_skip is None:
            return lib_load_weights_only(model, filepath, skip_mismatch=skip_mismatch)
        if filepath_str.endswith((formats.WEIGHTS, formats.SHARDED)):
            return lib_load_weights_only(
                model, filepath, skip_mismatch=skip_mismatch, objects_to_skip=objects_to_skip
            )
    # Orbax, remote paths and upstream's errors.
    upstream = _keras.upstream()["api_load_weights"]
    return upstream(model, filepath, skip_mismatch=skip_mismatch, **kwargs)


def lib_load_weights_only(model, filepath, skip_mismatch=False, objects_to_skip=None):
    """Stands in for `keras.src.saving.saving_lib.load_weights_only` once installed."""
    path = _local_path(filepath)
    if path is None or not path.endswith(("weights.h5", "weights.json", ".keras")):
        return _keras.upstream()["lib_load_weights"](
            model, filepath, skip_mismatch=skip_mismatch, objects_to_skip=objects_to_skip
        )
    if not model.built:
        raise ValueError(
            "You are loading weights into a model that has not yet been built. "
            "Try building the model first by calling it on some data or "
            "by using `build()`."
        )
    limits = formats.limits()
    if not path.endswith("weights.json"):  # the sharded reader checks its own files
        files.check(path)
    if path.endswith("weights.h5"):
        weights = h5.WeightsReader(_native.H5File.open(path, limits["h5"]))
    elif path.endswith("weights.json"):
        weights = sharded.ShardedReader(path, limits["h5"])
    else:
        archive = _native.KerasArchive.open(path)
        names = archive.names()
        if formats.WEIGHTS_H5 not in names and formats.WEIGHTS_NPZ in names:
            # Upstream reads only HDF5 weights here (KeyError); kerasave reads npz too.
            weights = npz.NpzReader(archive.npz_weights(limits["zip"]))
        else:
            weights = h5.WeightsReader(archive.weights(limits["zip"], limits["h5"]))
    try:
        if objects_to_skip is None:
            # The tensors arrive on a Rust thread while Python walks and assigns.
            weights.read_ahead(small_only=tensors.jax_distributed())
        load = traversal.LoadState(skip_mismatch=skip_mismatch, visited=_skipped(objects_to_skip))
        traversal.load_state(model, weights, None, "", load)
        weights.verify()
    finally:
        weights.close()
    load.raise_failures(warn_only=skip_mismatch)
