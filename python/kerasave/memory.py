"""Memory for loaded tensors: aligned arrays (from the core's pool when large) and slabs
that small ones are carved from; how long the pool keeps freed memory (public as
`kerasave.release_memory` and `kerasave.set_memory_retention`)."""

from __future__ import annotations

import math

import numpy as np

from kerasave import _native

_ALIGNMENT = 64


def aligned_empty(shape, dtype):
    """An uninitialized C-ordered array whose data starts on a 64-byte boundary.

    JAX on CPU adopts such a buffer without copying when a variable is assigned from it.
    Arrays of a few MiB and more come from the core's memory pool (`src/io/memory.rs`), which keeps
    the memory of freed arrays for a few seconds: a load or read that follows one whose
    arrays were freed writes into memory the machine still backs (on the benchmark's VM,
    ResNet50's weights are read at 3 GB/s into it and 1 GB/s into memory freed seconds
    before).
    """
    dtype = np.dtype(dtype)
    nbytes = math.prod(shape) * dtype.itemsize
    if nbytes >= _POOLED:
        return np.ndarray(shape, dtype, _native.empty_bytes(nbytes), 0)
    raw = np.empty(nbytes + _ALIGNMENT, dtype=np.uint8)
    return np.ndarray(shape, dtype, raw, -raw.ctypes.data % _ALIGNMENT)


_POOLED = 4 << 20  # smaller arrays, rounded up to whole 2 MiB pages, would waste too much


class Arena:
    """Hands out aligned arrays carved from 64 MiB slabs.

    Most weights are small, and a fresh small allocation costs a page fault per 4 KiB when
    first written, more than copying the bytes in; a slab is one allocation from the core's
    pool (`src/io/memory.rs`), reused once freed, with huge pages where they pay. A slab is freed
    when the last array carved from it is.
    """

    SLAB = 64 << 20
    OWN = 8 << 20  # arrays at least this large get their own allocation

    def __init__(self):
        self._slab = None
        self._used = 0

    def empty(self, shape, dtype):
        dtype = np.dtype(dtype)
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes >= self.OWN:
            return aligned_empty(shape, dtype)
        if self._slab is None or self._used + nbytes > self.SLAB:
            self._slab = aligned_empty((self.SLAB,), np.uint8)
            self._used = 0
        start = self._used
        self._used += -(-nbytes // _ALIGNMENT) * _ALIGNMENT
        # One constructor call on the slab's buffer: a tenth of the time of slicing, viewing
        # and reshaping it (1.2 us against 12 us, a few ms for ResNet50's 320 arrays).
        return np.ndarray(shape, dtype, self._slab, start)


def release_memory():
    """Gives back to the system the memory kerasave keeps for reuse.

    The weights kerasave loads or reads live in memory of its own: large arrays each in a
    block of their own, smaller ones carved from shared 64 MiB blocks. When the last array
    over a block is freed (the model is deleted, say), the block is kept for a few seconds,
    10 by default, so that the next load or read can write into memory the machine still
    backs instead of fresh memory; then it is given back. The kernel can take kept memory
    back sooner when it runs short: it is marked free to reclaim (`MADV_FREE`), although it
    counts in the process's resident size until then. A thread of kerasave's gives the
    blocks back; it ends when none is kept.

    Returns:
        The number of bytes given back.
    """
    return _native.release_memory()


def set_memory_retention(seconds):
    """Sets how long kerasave keeps the memory of freed weights for reuse (see
    `release_memory`).

    Args:
        seconds: how long a freed block is kept, 10 by default; 0 keeps none, and gives
            back what is kept now.

    Returns:
        The previous setting, in seconds.

    Raises:
        ValueError: if `seconds` is negative or not a finite number.
    """
    return _native.set_memory_retention(float(seconds))
