"""keras-hub's preset loading through kerasave, while `install()` is in effect.

keras-hub's `KerasPresetLoader` builds a backbone (or a task) from the preset's config, every
variable with its initial value, and then loads the preset's weights into it. Wrapped here,
its `load_backbone` and `load_task` do both inside `lazy.deferred_init()` when asked to load
the weights: no initial value is computed for a variable the weights assign, and the weights
go through kerasave (`Model.load_weights` and `keras.saving.load_weights` are kerasave's
while installed). With `load_weights=False` keras-hub runs as it is.

kerasave never imports keras-hub. If keras-hub's loader module is imported already,
`install()` wraps it at once; otherwise a finder on `sys.meta_path` that answers for that
module's name only wraps it when the module has run. `uninstall()` removes both.
"""

from __future__ import annotations

import functools
import sys

from kerasave import lazy

_MODULE = "keras_hub.src.utils.preset_utils"
_LOADER_CLASS = "KerasPresetLoader"
_METHODS = ("load_backbone", "load_task")

_wrapped = []  # (class, name, what the class's own __dict__ held)
_finder = None


def install():
    """Wraps keras-hub's preset loader now if it is imported, else when it is."""
    global _finder
    module = sys.modules.get(_MODULE)
    if module is not None:
        _wrap(module)
    if _finder is None:
        # Also for a module imported already: `importlib.reload` runs it again.
        _finder = _Finder()
        sys.meta_path.insert(0, _finder)


def uninstall():
    """Restores keras-hub's loader and removes the finder."""
    global _finder
    if _finder is not None:
        try:
            sys.meta_path.remove(_finder)
        except ValueError:
            pass
        _finder = None
    while _wrapped:
        cls, name, original = _wrapped.pop()
        setattr(cls, name, original)


def _wrap(module):
    cls = getattr(module, _LOADER_CLASS, None)
    if cls is None:
        return
    for name in _METHODS:
        original = cls.__dict__.get(name)
        if original is None or getattr(original, "_kerasave_original", None) is not None:
            continue
        _wrapped.append((cls, name, original))
        setattr(cls, name, _deferred(original))


def _deferred(load):
    """`load(self, cls, load_weights, ...)` building and loading the model inside
    `deferred_init()` when `load_weights` is true."""

    @functools.wraps(load)
    def wrapper(self, cls, load_weights, *args, **kwargs):
        if not load_weights:
            return load(self, cls, load_weights, *args, **kwargs)
        with lazy.deferred_init(), lazy.cached_signatures(), lazy.gc_paused():
            return load(self, cls, load_weights, *args, **kwargs)

    wrapper._kerasave_original = load
    return wrapper


class _Finder:
    """Finds nothing itself: for keras-hub's loader module it hands back the spec the other
    finders give, with the loader's `exec_module` wrapped to patch the module once run."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname != _MODULE:
            return None
        for finder in sys.meta_path:
            find_spec = getattr(finder, "find_spec", None)
            if finder is self or find_spec is None:
                continue
            spec = find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        exec_module = getattr(loader, "exec_module", None)
        if exec_module is None:
            return spec

        def exec_and_wrap(module):
            exec_module(module)
            if self is _finder and module.__name__ == _MODULE:
                _wrap(module)

        # On the loader instance of this one spec (file finders make one per module): the
        # module keeps its own loader, as `inspect` and `importlib.resources` expect.
        loader.exec_module = exec_and_wrap
        return spec
