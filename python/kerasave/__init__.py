"""kerasave: a Rust-powered, drop-in saving backend for Keras 3.

`kerasave.save_model` / `kerasave.load_model` behave as `keras.saving.save_model` /
`keras.saving.load_model`; `kerasave.install()` makes Keras itself use them.
"""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from kerasave.api import (
    install,
    is_installed,
    load_model,
    load_weights,
    save_model,
    save_weights,
    uninstall,
)

try:
    __version__ = _version("kerasave")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "__version__",
    "install",
    "is_installed",
    "load_model",
    "load_weights",
    "save_model",
    "save_weights",
    "uninstall",
]
