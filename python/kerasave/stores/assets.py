"""Assets (vocabularies, a saveable's own files) of an archive being saved."""

from __future__ import annotations

import os

from kerasave import _keras


class AssetsWriter:
    """The assets store of an archive being saved: upstream's `DiskIOStore` (a temporary
    directory), created only when a saveable first asks for it. Most models have no
    assets; for them a save makes and removes no directory (on ext4 removing it right after
    a large write waited for the journal, 20-40 ms for ResNet50)."""

    def __init__(self, root_path):
        self._root_path = root_path
        self._store = None

    def _real(self):
        if self._store is None:
            saving_lib = _keras.saving_lib
            self._store = saving_lib.DiskIOStore(self._root_path, mode="w")
        return self._store

    def make(self, path):
        return self._real().make(path)

    def get(self, path):
        return self._real().get(path)

    def has_path(self, path):
        return self._store is not None and self._store.has_path(path)

    def files(self):
        """Every asset file written: (path under assets/, file on disk), upstream's order."""
        return [] if self._store is None else collect_assets(self._store.working_dir)

    def close(self):
        if self._store is not None:
            self._store.close()


def collect_assets(working_dir, prefix=""):
    """Every file under `working_dir`: (path relative to it with `/`, absolute path), in
    upstream's order (`_write_to_zip_recursively`: depth first, in `os.listdir` order)."""
    found = []
    for name in os.listdir(working_dir):
        full = os.path.join(working_dir, name)
        rel = f"{prefix}{name}"
        if os.path.isdir(full):
            found.extend(collect_assets(full, f"{rel}/"))
        else:
            found.append((rel, full))
    return found
