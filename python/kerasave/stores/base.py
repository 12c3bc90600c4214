"""The interface the traversal (`traversal.py`) drives every weights store through: HDF5
weights (`stores.h5`), npz weights (`stores.npz`) and sharded sets (`stores.sharded`).

A store is opened over a file of the Rust core. Loading, `WeightsSource.get(path)` gives the
tensors of the saveable at `path` as a `GroupSource`, the mapping its `load_own_variables`
reads; saving, `WeightsSink.make(path)` gives the mapping its `save_own_variables` fills.
What every source may do but need not (read ahead, check checksums) has a default here that
does nothing.
"""

from __future__ import annotations

from typing import Protocol


class GroupSource(Protocol):
    """The tensors of one saveable, by key (`"0"`, `"1"`, ...), as its `load_own_variables`
    reads them."""

    def keys(self): ...

    def __len__(self): ...

    def __contains__(self, key): ...

    def __getitem__(self, key): ...

    def on_device(self, saveable):
        """This store for `saveable`, one of Keras's loaders that only assign each tensor to
        a variable (`traversal.assigns_only`): it may hand out the backend's arrays, laid
        out as the variables are, rather than numpy arrays. By default, itself."""
        return self


class WeightsSource(Protocol):
    """The tensors of a model's weights file, by the saveables' paths."""

    def get(self, path):
        """The `GroupSource` of the saveable at `path` (empty when the file has none)."""
        ...

    def has_path(self, path):
        """Whether the file holds anything at `path`."""
        ...

    def read_ahead(self, skip=(), paths=None, small_only=False):
        """Starts reading the tensors a load will likely ask for, while Keras builds the
        model. By default nothing is read before it is asked for."""

    def verify(self):
        """Raises if the bytes read do not match the file's own checksums. By default there
        are none to check."""

    def close(self):
        """Releases the file. By default there is nothing to release."""


class WeightsSink(Protocol):
    """Where a model's tensors are saved, by the saveables' paths."""

    def make(self, path, metadata=None):
        """The mapping the saveable at `path` saves its tensors into (`metadata`: its
        group's attributes, as upstream's)."""
        ...

    def close(self):
        """Everything handed over is written: completes the weights."""
