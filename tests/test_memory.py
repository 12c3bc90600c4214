"""The memory pool weights are loaded and read into (`src/io/memory.rs`): freed blocks are kept and
reused, and what is reused holds the new file's values, never the old ones."""

import gc

import keras
import kerasave
import numpy as np
import pytest
from kerasave import _native, memory

MiB = 1 << 20


@pytest.fixture
def retention():
    """Keeps freed memory for a minute during the test, and none of it after."""
    before = kerasave.set_memory_retention(60)
    kerasave.release_memory()
    yield
    kerasave.set_memory_retention(before)
    kerasave.release_memory()


def test_large_arrays_come_from_the_pool_and_small_ones_do_not(retention):
    big = memory.aligned_empty((3, 1024, 1024), np.float32)
    assert big.ctypes.data % (2 * MiB) == 0
    assert big.flags.writeable and big.flags.c_contiguous
    assert type(big.base.base).__name__ == "Memory"
    big[...] = 1.5
    assert float(big.sum()) == 1.5 * big.size
    small = memory.aligned_empty((1000,), np.float64)
    assert small.ctypes.data % 64 == 0
    assert small.base.base is None  # numpy's own memory
    del big
    gc.collect()
    assert kerasave.release_memory() == 12 * MiB
    assert kerasave.release_memory() == 0


def test_a_freed_block_is_handed_to_the_next_array_of_its_size(retention):
    first = _native.empty_bytes(5 * MiB)
    address = first.ctypes.data
    view = first[MiB:]
    del first
    gc.collect()
    # A view keeps the block.
    assert _native.empty_bytes(5 * MiB).ctypes.data != address
    del view
    gc.collect()
    assert _native.empty_bytes(5 * MiB + 1).ctypes.data == address


def test_no_retention_keeps_nothing(retention):
    kerasave.set_memory_retention(0)
    _native.empty_bytes(8 * MiB)
    gc.collect()
    assert kerasave.release_memory() == 0


@pytest.mark.parametrize("seconds", [-1, float("nan"), float("inf")])
def test_a_bad_retention_is_a_value_error(seconds, retention):
    with pytest.raises(ValueError, match="retention"):
        kerasave.set_memory_retention(seconds)
    assert kerasave.set_memory_retention(60) == 60


def test_memory_that_cannot_be_mapped_is_a_memory_error():
    with pytest.raises(MemoryError, match="cannot map"):
        _native.empty_bytes(1 << 62)


def _model(seed):
    keras.utils.set_random_seed(seed)
    inputs = keras.Input((2048,))
    outputs = keras.layers.Dense(1024)(inputs)  # an 8 MiB kernel: pooled
    return keras.Model(inputs, outputs)


def _saved(tmp_path, seeds):
    """Paths of `.keras` files of `_model(seed)` for each seed, saved by upstream."""
    paths = []
    for seed in seeds:
        path = str(tmp_path / f"m{seed}.keras")
        keras.saving.save_model(_model(seed), path)
        paths.append(path)
    return paths


def test_a_load_into_reused_memory_holds_the_new_file_values(retention, tmp_path):
    paths = _saved(tmp_path, (1, 2))
    first = kerasave.load_model(paths[0])
    address = first.layers[1].kernel.value.unsafe_buffer_pointer()
    del first
    gc.collect()
    second = kerasave.load_model(paths[1])
    # The kernel landed in the block the first model's kernel was freed from...
    assert second.layers[1].kernel.value.unsafe_buffer_pointer() == address
    # ...and holds the second file's values, as upstream loads them.
    expected = keras.saving.load_model(paths[1])
    for ours, theirs in zip(second.weights, expected.weights, strict=True):
        np.testing.assert_array_equal(np.asarray(ours), np.asarray(theirs))
    x = np.random.default_rng(0).standard_normal((4, 2048)).astype("float32")
    np.testing.assert_array_equal(second.predict(x, verbose=0), expected.predict(x, verbose=0))


def test_read_weights_into_reused_memory_holds_the_new_file_values(retention, tmp_path):
    paths = _saved(tmp_path, (3, 4))
    key = next(k for k, v in kerasave.read_weights(paths[0]).items() if v.ndim == 2)
    first = kerasave.read_weights(paths[0], mmap=False)[key]
    address = first.ctypes.data
    del first
    gc.collect()
    second = kerasave.read_weights(paths[1], mmap=False)[key]
    assert second.ctypes.data == address
    np.testing.assert_array_equal(second, kerasave.read_weights(paths[1])[key])
    assert not np.array_equal(second, kerasave.read_weights(paths[0])[key])


def _weights_file(path, kernel):
    """A `.weights.h5` file of `_model`'s shape whose kernel is chunked, with fill values
    never written (HDF5's FILL_TIME_NEVER), and written from `kernel` unless it is None."""
    import h5py

    with h5py.File(path, "w") as f:
        group = f.create_group("layers/dense/vars")
        dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
        dcpl.set_chunk((256, 1024))
        dcpl.set_fill_time(h5py.h5d.FILL_TIME_NEVER)
        space = h5py.h5s.create_simple((2048, 1024))
        dataset = h5py.h5d.create(group.id, b"0", h5py.h5t.IEEE_F32LE, space, dcpl=dcpl)
        if kernel is not None:
            dataset.write(h5py.h5s.ALL, h5py.h5s.ALL, kernel)
        group["1"] = np.zeros(1024, np.float32)
    return str(path)


def test_storage_never_written_reads_as_zeros_not_the_reused_memory(retention, tmp_path):
    # libhdf5 leaves the buffer as it was for such a dataset: it would show the bytes of the
    # array read before it into the same memory.
    written = _weights_file(tmp_path / "w.weights.h5", np.full((2048, 1024), 7, np.float32))
    unwritten = _weights_file(tmp_path / "u.weights.h5", None)
    key = "layers/dense/vars/0"
    first = kerasave.read_weights(written, mmap=False)[key]
    assert float(first[0, 0]) == 7
    address = first.ctypes.data
    del first
    gc.collect()
    second = kerasave.read_weights(unwritten, mmap=False)[key]
    assert second.ctypes.data == address
    assert not second.any()
    model = _model(5)
    kerasave.load_weights(model, unwritten)
    assert not np.asarray(model.layers[1].kernel).any()
