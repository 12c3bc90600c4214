"""Only regular files are read from a model directory, a sharded set or a command line,
and only regular files are replaced by a save.

A FIFO where a file is expected blocks the first `open()` until something writes to it (or,
for a save, reads from it): forever, when nothing will (upstream Keras too). A character
device reads without end, a socket cannot be opened at all. So every path kerasave opens is
checked first: `open_regular` opens without blocking and checks what it opened; `check`
looks before a path is handed to the Rust core, which opens it itself.

A symbolic link is followed: one leading to a regular file is that file. Nothing there, or a
link leading nowhere, is left to the open that follows, which reports it as before (a save
creates the file).

What is refused raises OSError (IsADirectoryError for a directory), as `open()` and h5py do
for a path they cannot read or write; callers standing in for an upstream function that
reports unreadable files otherwise pass their own exception type (`load_model` on a
`.keras` path: ValueError, as upstream's "File not found ... accessible `.keras` zip file").
"""

from __future__ import annotations

import collections
import contextlib
import os
import stat

# Files of a set (a sharded set's shards) open at once, at most: each holds a descriptor, a
# memory map and libhdf5's state for it (a 5,000-shard set opened whole ran out of the
# default 1,024 descriptors, and without that limit took 2.7 GB).
OPEN_AT_ONCE = 16

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _refusal(path, mode, error):
    kind = next((name for test, name in _KINDS if test(mode)), "a file of another kind")
    message = f"Refusing '{os.fspath(path)}': it is {kind}, not a regular file"
    if error is OSError and stat.S_ISDIR(mode):
        return IsADirectoryError(message)
    return error(message)


def check(path, error=OSError, directory=False):
    """Raises `error` naming `path` when what is at `path` is not a regular file (a
    directory passes when `directory`).

    Args:
        path: the path about to be opened (symbolic links are followed).
        error: the exception type to raise.
        directory: whether a directory is acceptable there.

    Raises:
        `error` (IsADirectoryError for a directory when `error` is OSError).
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return  # nothing there: the open that follows says so
    if stat.S_ISREG(mode) or (directory and stat.S_ISDIR(mode)):
        return
    raise _refusal(path, mode, error)


def check_tree(directory, error=OSError):
    """`check` on everything under `directory`: regular files and directories only.
    Directories reached through symbolic links are walked too (once each), since what is
    read from them is read through the link.
    """
    seen = set()
    pending = [os.fspath(directory)]
    while pending:
        current = pending.pop()
        try:
            st = os.stat(current)
            entries = os.listdir(current)
        except OSError:
            continue  # left to whoever reads it
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        for name in entries:
            full = os.path.join(current, name)
            check(full, error, directory=True)
            if os.path.isdir(full):
                pending.append(full)


def open_regular(path, mode="rb", error=OSError):
    """`open(path, mode)` for reading, refusing (with `error`) anything but a regular file.

    The file is opened non-blocking, so a FIFO opens at once rather than waiting for a
    writer, checked with `fstat` (what was opened, not what a name pointed to a moment
    before), then set blocking again.
    """
    if "r" not in mode or any(c in mode for c in "wax+"):
        raise ValueError(f"open_regular reads only; mode {mode!r}")
    nonblock = getattr(os, "O_NONBLOCK", 0)
    if not nonblock:
        check(path, error)  # no non-blocking open here (Windows, which has no FIFOs)
    fd = os.open(path, os.O_RDONLY | nonblock | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _refusal(path, st.st_mode, error)
        if nonblock:
            os.set_blocking(fd, True)
        return open(fd, mode)
    except BaseException:
        os.close(fd)
        raise


class OpenFiles:
    """The files of a set in one directory, each opened when asked for and closed when
    `limit` others were asked for since it last was (least recently used first).

    Args:
        directory: the directory of the set.
        opener: `opener(path)` opens the file at `path`; what it returns has `close()`.
        limit: how many files may be open at once.
    """

    def __init__(self, directory, opener, limit=OPEN_AT_ONCE):
        self.directory = os.fspath(directory)
        self._opener = opener
        self._limit = max(1, limit)
        self._open = collections.OrderedDict()  # name -> opened file, the last used last

    def path(self, name):
        """The path of the file `name`: ValueError for a name that is not a plain file name
        in the directory."""
        if not isinstance(name, str) or os.path.basename(name) != name or name in ("", ".", ".."):
            raise ValueError(f"Not allowed: file name '{name}' leaves the directory")
        return os.path.join(self.directory, name)

    def get(self, name):
        """The file `name`, open."""
        opened = self._open.pop(name, None)
        if opened is None:
            path = self.path(name)
            check(path)
            while len(self._open) >= self._limit:
                self._open.popitem(last=False)[1].close()
            opened = self._opener(path)
        self._open[name] = opened
        return opened

    def opened(self):
        """The files open now: [(name, file)]."""
        return list(self._open.items())

    def close(self):
        while self._open:
            self._open.popitem(last=False)[1].close()


@contextlib.contextmanager
def saving(saver):
    """Hands `saver` (one of `_native`'s savers, or a `stores.sharded.ShardedWriter`) to the block
    that fills and finishes it. Should the block fail, the error of a queued write that
    failed is raised instead, as it came first (upstream, writing as it goes, raises it);
    however the block ends, what it left unfinished is abandoned: temporary files removed,
    the target as it was.
    """
    try:
        yield saver
    except Exception:
        saver.check()
        raise
    finally:
        saver.abort()  # after a finish, nothing left to abandon
