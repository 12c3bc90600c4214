"""conftest.py for the peer suite: Keras's saving tests, run with kerasave installed.

tests/peer/run.py copies this file, as ``conftest.py``, next to the copied Keras test
files. With ``PEER_UPSTREAM=1`` kerasave is left out, for the comparison run.
"""

import os

os.environ["KERAS_BACKEND"] = "jax"

UPSTREAM = os.environ.get("PEER_UPSTREAM") == "1"
_installed = []


def pytest_configure(config):
    """Register Keras's marker and, unless upstream, route saving through kerasave."""
    config.addinivalue_line(
        "markers", "requires_trainable_backend: mark test for trainable backend only"
    )
    if UPSTREAM:
        return
    import keras
    import kerasave

    kerasave.install()
    _installed.append(kerasave)
    from keras.src.legacy.saving import legacy_h5_format

    for fn in (keras.saving.load_model, legacy_h5_format.load_model_from_hdf5):
        assert fn.__module__.startswith("kerasave"), f"kerasave not active: {fn.__module__}"


def pytest_unconfigure(config):
    """Undo kerasave.install()."""
    while _installed:
        _installed.pop().uninstall()
