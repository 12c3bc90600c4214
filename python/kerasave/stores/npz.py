"""npz weights (`weights_format="npz"`): upstream's `NpzIOStore` layout through the Rust core.

Upstream saves one `.npy` member per saveable (`<inner path>.npy`, `__root__.npy` for the
model), each a pickled dict of key → tensor, and pickles its Keras `Variable` objects whole,
which its own reader (`np.load(..., allow_pickle=False)`) then refuses. kerasave writes the
same members with numpy arrays in the dicts (what `np.load(..., allow_pickle=True)` reads
back as numpy's own), and reads both its files and upstream's without unpickling anything:
the Rust core walks the pickle's opcodes and takes only the tensors out.
"""

from __future__ import annotations

from kerasave.memory import Arena
from kerasave.stores import tensors
from kerasave.stores.base import GroupSource, WeightsSink, WeightsSource

ROOT = "__root__"


class NpzWriter(WeightsSink):
    """Collects each saveable's store as upstream's `NpzIOStore.make` does (one dict per
    inner path, the last one made for a path winning), and hands them to the Rust core,
    in that order, on `close`. The arrays are the variables' own buffers: nothing is
    copied before the bytes go to the file."""

    def __init__(self, saver):
        self.saver = saver
        self.contents = {}

    def make(self, path, metadata=None):
        store = self.contents[path or ROOT] = _Store()
        return store

    def close(self):
        for name, store in self.contents.items():
            self.saver.store(name, [(key, dtype, array) for key, (array, dtype) in store.items()])


class _Store(dict):
    """A saveable's npz store: keys are strings, values numpy arrays with their dtype."""

    def __setitem__(self, key, value):
        super().__setitem__(str(key), tensors.prepare(value))

    def __getitem__(self, key):
        return super().__getitem__(str(key))[0]


class NpzReader(WeightsSource):
    """Hands out the stores of npz weights opened by the Rust core (`_native.NpzStore`),
    with upstream `NpzIOStore`'s lookup rules: a missing store is empty."""

    def __init__(self, npz):
        self._npz = npz
        self._names = set(npz.names())
        # Every path with a store at or below it, as an HDF5 file has a group for it.
        self._paths = set()
        for name in self._names:
            parts = name.split("/")
            self._paths.update("/".join(parts[:i]) for i in range(1, len(parts) + 1))
        self._arena = Arena()

    def has_path(self, path):
        return path in self._paths

    def get(self, path):
        name = path or ROOT
        if name not in self._names:
            return _Loaded()
        items = self._npz.get(name, self._arena.empty)
        if len(items) == 1 and items[0][0] == "":
            raise ValueError(f"npz member '{name}.npy' holds a plain array, not a Keras store")
        return _Loaded(items)


class _Loaded(dict, GroupSource):
    """A saveable's tensors read from npz weights: key -> numpy array."""
