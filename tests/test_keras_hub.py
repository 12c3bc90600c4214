"""keras-hub's `from_preset` with `kerasave.install()` active: the model is built without
initial values for what the preset's weights replace, and loaded by kerasave; the result
equals plain keras-hub's, weights and outputs. Small real keras-hub models, saved with their
own `save_to_preset` (one weights file, or a sharded set)."""

import os
import sys

import jax
import keras
import kerasave
import numpy as np
import pytest
from conftest import run_child
from keras.src.backend import random as backend_random

keras_hub = pytest.importorskip("keras_hub")
from keras_hub.src.utils import preset_utils  # noqa: E402

_UPSTREAM_METHODS = {
    name: preset_utils.KerasPresetLoader.__dict__[name] for name in ("load_backbone", "load_task")
}


def _gemma():
    return keras_hub.models.GemmaBackbone(
        vocabulary_size=64,
        num_layers=2,
        num_query_heads=2,
        num_key_value_heads=1,
        hidden_dim=16,
        intermediate_dim=32,
        head_dim=8,
    )


def _bert():
    return keras_hub.models.BertBackbone(
        vocabulary_size=64,
        num_layers=2,
        num_heads=2,
        hidden_dim=16,
        intermediate_dim=32,
        max_sequence_length=32,
    )


def _gpt2_lm():
    vocabulary = {"<|endoftext|>": 0, "a": 1, "b": 2, "c": 3, "Ġ": 4, "ab": 5, "Ġa": 6, "Ġb": 7}
    tokenizer = keras_hub.models.GPT2Tokenizer(vocabulary=vocabulary, merges=["a b", "Ġ a", "Ġ b"])
    preprocessor = keras_hub.models.GPT2CausalLMPreprocessor(tokenizer=tokenizer, sequence_length=8)
    backbone = keras_hub.models.GPT2Backbone(
        vocabulary_size=8,
        num_layers=2,
        num_heads=2,
        hidden_dim=16,
        intermediate_dim=32,
        max_sequence_length=16,
    )
    return keras_hub.models.GPT2CausalLM(backbone=backbone, preprocessor=preprocessor)


def _randomize(model, seed):
    """Values unlike any initializer's, so that a variable left unloaded shows."""
    rng = np.random.default_rng(seed)
    for v in model.weights:
        v.assign(rng.normal(size=v.shape).astype(v.dtype))


@pytest.fixture(scope="module")
def presets(tmp_path_factory):
    """Preset directories written by keras-hub: name -> path."""
    root = tmp_path_factory.mktemp("presets")
    keras.utils.set_random_seed(1)
    found = {}
    gemma = _gemma()
    _randomize(gemma, 0)
    gemma.save_to_preset(root / "gemma")
    # A shard limit below the model's size: a model.weights.json and its shards.
    gemma.save_to_preset(root / "gemma_sharded", max_shard_size=0.000008)
    causal_lm = keras_hub.models.GemmaCausalLM(backbone=gemma, preprocessor=None)
    causal_lm.save_to_preset(root / "gemma_causal_lm")
    bert = _bert()
    _randomize(bert, 1)
    bert.save_to_preset(root / "bert")
    classifier = keras_hub.models.BertTextClassifier(
        backbone=bert, num_classes=3, preprocessor=None
    )
    _randomize(classifier, 2)
    classifier.save_to_preset(root / "bert_classifier")
    gpt2 = _gpt2_lm()
    _randomize(gpt2, 3)
    gpt2.save_to_preset(root / "gpt2_causal_lm")
    for name in os.listdir(root):
        found[name] = str(root / name)
    keras.backend.clear_session()
    return found


def _inputs(with_segments=False):
    rng = np.random.default_rng(5)
    inputs = {
        "token_ids": rng.integers(0, 8, size=(2, 6)).astype("int32"),
        "padding_mask": np.array([[1] * 6, [1] * 4 + [0] * 2], "int32"),
    }
    if with_segments:
        inputs["segment_ids"] = np.array([[0] * 3 + [1] * 3, [0] * 6], "int32")
    return inputs


def _assert_same(a, b):
    """Equal variables, paired in order (keras-hub's layer names are fixed, so paths too)."""
    assert [v.path for v in a.weights] == [v.path for v in b.weights]
    for x, y in zip(a.weights, b.weights, strict=True):
        assert x.dtype == y.dtype, x.path
        np.testing.assert_array_equal(
            np.asarray(x.numpy()), np.asarray(y.numpy()), err_msg=x.path, strict=True
        )


def _outputs(model, inputs):
    return jax.tree.map(np.asarray, model(inputs, training=False))


class _Draws:
    """Counts the random values Keras's initializers draw outside a trace: the initial
    values actually computed (a symbolic build draws only abstract ones)."""

    def __init__(self, monkeypatch):
        self.count = 0
        for name in ("normal", "truncated_normal", "uniform"):
            monkeypatch.setattr(backend_random, name, self._counting(getattr(backend_random, name)))

    def _counting(self, draw):
        def counted(*args, **kwargs):
            out = draw(*args, **kwargs)
            if not isinstance(out, jax.core.Tracer):
                self.count += int(np.prod(out.shape))
            return out

        return counted


@pytest.mark.parametrize("name", ["gemma", "gemma_sharded"])
def test_backbone_from_preset(presets, name, monkeypatch):
    files = os.listdir(presets[name])
    assert ("model.weights.json" in files) == (name == "gemma_sharded")
    draws = _Draws(monkeypatch)
    upstream = keras_hub.models.Backbone.from_preset(presets[name])
    assert draws.count > 1000  # every initial value, then overwritten
    draws.count = 0
    kerasave.install()
    loaded = keras_hub.models.Backbone.from_preset(presets[name])
    assert draws.count == 0
    assert type(loaded) is keras_hub.models.GemmaBackbone
    _assert_same(loaded, upstream)
    for v in loaded.weights:
        assert v._value is not None and v._initializer is None, v.path
    inputs = _inputs()
    np.testing.assert_array_equal(_outputs(loaded, inputs), _outputs(upstream, inputs))
    # The preset's own values, not initial ones.
    saved = keras_hub.models.GemmaBackbone.from_preset(presets["gemma"])
    _assert_same(loaded, saved)


def test_backbone_class_from_preset(presets):
    upstream = keras_hub.models.GemmaBackbone.from_preset(presets["gemma"], dtype="bfloat16")
    kerasave.install()
    loaded = keras_hub.models.GemmaBackbone.from_preset(presets["gemma"], dtype="bfloat16")
    assert loaded.token_embedding.embeddings.dtype == "bfloat16"
    _assert_same(loaded, upstream)


def test_causal_lm_from_preset(presets):
    upstream = keras_hub.models.CausalLM.from_preset(presets["gemma_causal_lm"])
    kerasave.install()
    loaded = keras_hub.models.CausalLM.from_preset(presets["gemma_causal_lm"])
    assert type(loaded) is keras_hub.models.GemmaCausalLM
    _assert_same(loaded, upstream)
    inputs = _inputs()
    logits = _outputs(loaded, inputs)
    assert logits.shape == (2, 6, 64)
    np.testing.assert_array_equal(logits, _outputs(upstream, inputs))


def test_causal_lm_with_tokenizer_from_preset(presets):
    upstream = keras_hub.models.GPT2CausalLM.from_preset(presets["gpt2_causal_lm"])
    kerasave.install()
    loaded = keras_hub.models.GPT2CausalLM.from_preset(presets["gpt2_causal_lm"])
    _assert_same(loaded, upstream)
    x, _, _ = loaded.preprocessor(["ab a b", "c ab"])
    np.testing.assert_array_equal(
        x["token_ids"], upstream.preprocessor(["ab a b", "c ab"])[0]["token_ids"]
    )
    np.testing.assert_array_equal(_outputs(loaded, x), _outputs(upstream, x))


def test_classifier_with_task_weights(presets):
    files = os.listdir(presets["bert_classifier"])
    assert "task.weights.h5" in files
    upstream = keras_hub.models.TextClassifier.from_preset(presets["bert_classifier"])
    kerasave.install()
    loaded = keras_hub.models.TextClassifier.from_preset(presets["bert_classifier"])
    assert type(loaded) is keras_hub.models.BertTextClassifier
    _assert_same(loaded, upstream)
    inputs = _inputs(with_segments=True)
    np.testing.assert_array_equal(_outputs(loaded, inputs), _outputs(upstream, inputs))


def test_task_head_not_in_the_preset_gets_kerass_initial_values(presets):
    """A classifier on a backbone-only preset: the backbone is loaded, the head starts from
    its initializers, with the values upstream gives it under the same seed."""

    def load():
        keras.utils.set_random_seed(8)
        return keras_hub.models.BertTextClassifier.from_preset(
            presets["bert"], num_classes=4, preprocessor=None
        )

    upstream = load()
    kerasave.install()
    loaded = load()
    _assert_same(loaded, upstream)
    head = loaded.output_dense.kernel.numpy()
    assert head.shape == (16, 4) and np.abs(head).sum() > 0
    inputs = _inputs(with_segments=True)
    np.testing.assert_array_equal(_outputs(loaded, inputs), _outputs(upstream, inputs))


@pytest.mark.parametrize("cls", ["Backbone", "CausalLM"])
def test_load_weights_false_is_upstreams_random_init(presets, cls, monkeypatch):
    preset = presets["gemma" if cls == "Backbone" else "gemma_causal_lm"]
    from_preset = getattr(keras_hub.models, cls).from_preset

    def load():
        keras.utils.set_random_seed(3)
        return from_preset(preset, load_weights=False)

    upstream = load()
    kerasave.install()
    draws = _Draws(monkeypatch)
    loaded = load()
    assert draws.count > 1000  # built eagerly, as upstream
    _assert_same(loaded, upstream)
    saved = keras_hub.models.GemmaBackbone.from_preset(presets["gemma"])
    assert not np.array_equal(
        loaded.weights[0].numpy() if cls == "Backbone" else loaded.backbone.weights[0].numpy(),
        saved.weights[0].numpy(),
    )


def test_uninstall_restores_keras_hub():
    loader = preset_utils.KerasPresetLoader
    kerasave.install()
    for name, original in _UPSTREAM_METHODS.items():
        assert loader.__dict__[name]._kerasave_original is original
    assert any(type(f).__module__ == "kerasave.hub" for f in sys.meta_path)
    kerasave.install()  # again: nothing more
    assert loader.load_backbone._kerasave_original is _UPSTREAM_METHODS["load_backbone"]
    kerasave.uninstall()
    for name, original in _UPSTREAM_METHODS.items():
        assert loader.__dict__[name] is original
    assert not any(type(f).__module__ == "kerasave.hub" for f in sys.meta_path)


_CHILD = """
import sys
import kerasave
kerasave.install()
assert "keras_hub" not in sys.modules, "install() imported keras-hub"
import keras_hub
from keras_hub.src.utils import preset_utils
from kerasave import lazy
loader = preset_utils.KerasPresetLoader
assert loader.load_backbone._kerasave_original is not None
seen = []
deferred_init = lazy.deferred_init
def spy():
    seen.append(True)
    return deferred_init()
lazy.deferred_init = spy
backbone = keras_hub.models.Backbone.from_preset(sys.argv[1])
assert seen, "the preset was not loaded under deferred_init"
assert all(v._value is not None for v in backbone.weights)
kerasave.uninstall()
assert not hasattr(loader.load_backbone, "_kerasave_original")
print(len(backbone.weights))
"""


def test_keras_hub_imported_after_install(presets):
    done = run_child(_CHILD, presets["gemma"])
    assert done.stdout.split()[-1] == "20"


def test_install_alone_does_not_import_keras_hub():
    done = run_child(
        "import sys, kerasave\n"
        "kerasave.install()\n"
        "kerasave.uninstall()\n"
        "kerasave.install()\n"
        "print(sorted(m for m in sys.modules if m.startswith('keras_hub')))\n"
    )
    assert done.stdout.strip() == "[]"
