"""kerasave: a Rust-powered, drop-in saving backend for Keras 3.

`kerasave.save_model` / `kerasave.load_model` behave as `keras.saving.save_model` /
`keras.saving.load_model`; `kerasave.install()` makes Keras itself use them.
`kerasave.inspect`, `read_weights`, `verify`, `diff` and `convert` work on the files without
Keras (also as the `kerasave` command).

Names are imported when first used, so the command and the Keras-free tools start without
importing Keras or numpy.
"""

# Public name -> the module defining it.
_API = {
    "deferred_init": "lazy",
    "install": "installer",
    "is_installed": "installer",
    "load_model": "api",
    "load_weights": "api",
    "release_memory": "memory",
    "save_model": "api",
    "save_weights": "api",
    "set_memory_retention": "memory",
    "uninstall": "installer",
}
_TOOLS = ("convert", "diff", "inspect", "read_weights", "verify")

__all__ = ["__version__", *_API, *_TOOLS]

# Modules reachable as attributes before anything imported them (`kerasave.api`, ...).
_SUBMODULES = (
    "api",
    "cli",
    "hub",
    "installer",
    "lazy",
    "legacy",
    "memory",
    "migrate",
    "savedmodel",
    "stores",
    "tools",
    "traversal",
)


def __getattr__(name):
    import importlib

    if name in _SUBMODULES:
        return importlib.import_module(f"kerasave.{name}")
    if name in _API:
        return getattr(importlib.import_module(f"kerasave.{_API[name]}"), name)
    if name in _TOOLS:
        from kerasave import tools

        return getattr(tools, name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("kerasave")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0.0.0"
    raise AttributeError(f"module 'kerasave' has no attribute '{name}'")


def __dir__():
    return sorted(set(globals()) | set(__all__))
