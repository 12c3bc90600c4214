"""The files of `tests/hostile/` (built by `tests/hostile/make_hostile.py`) are refused,
each with the exception and message `manifest.json` records, nothing runs and nothing is
written outside the target."""

import json
import os
import re
import tempfile

import kerasave
import pytest
from keras.src.saving import serialization_lib

HERE = os.path.join(os.path.dirname(__file__), "hostile")
MANIFEST = json.load(open(os.path.join(HERE, "manifest.json")))
PWNED = "/tmp/kerasave-hostile-pwned"


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_hostile_file_refused(name):
    spec = MANIFEST[name]
    if os.path.exists(PWNED):
        os.remove(PWNED)
    tmp = tempfile.gettempdir()
    before = set(os.listdir(tmp))
    with pytest.raises(Exception) as caught:
        kerasave.load_model(os.path.join(HERE, name), **spec["kwargs"])
    kinds = spec["error"].split("|")
    assert type(caught.value).__name__ in kinds, (type(caught.value), caught.value)
    assert re.search(spec["match"], str(caught.value), re.IGNORECASE), str(caught.value)
    assert not os.path.exists(PWNED)
    assert serialization_lib.in_safe_mode() is not False  # never switched off
    # Nothing left in the temporary directory (assets are extracted below it).
    after = set(os.listdir(tmp))
    assert not {n for n in after - before if "evil" in n or n.startswith("tmp")}, after - before
    for path in ("/tmp/evil.txt", os.path.join(tmp, "evil.txt")):
        assert not os.path.exists(path)


def test_manifest_covers_the_folder():
    files = {n for n in os.listdir(HERE) if n.endswith((".keras", ".h5"))}
    assert files == set(MANIFEST)
    assert len(files) >= 23
