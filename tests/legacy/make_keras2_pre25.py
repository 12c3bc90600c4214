"""Writes tests/legacy/keras2/savedmodel_pre2.5/: tf.keras SavedModels laid out as Keras
before 2.5 wrote them, with each Keras object's metadata inside saved_model.pb's object
graph (`SavedUserObject.metadata`) and no keras_metadata.pb.

TensorFlow before 2.5 needs Python 3.8 or older, which this machine cannot run, so these are
made from the tf.keras 2.15 SavedModels of tests/legacy/keras2/savedmodel/ (written by
tests/legacy/make_keras2.py): each keras_metadata.pb node's metadata is moved into the
same node of saved_model.pb, through TensorFlow's own protobuf classes, and
keras_metadata.pb is removed. Everything else is as tf.keras 2.15 wrote it. Not run by the
test suite; run with any Python that has TensorFlow (the test environment's will do):

    python tests/legacy/make_keras2_pre25.py
"""

import os
import shutil

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

from tensorflow.core.protobuf import saved_model_pb2  # noqa: E402
from tensorflow.python.keras.protobuf import saved_metadata_pb2  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "keras2", "savedmodel")
TARGET = os.path.join(HERE, "keras2", "savedmodel_pre2.5")
NAMES = ["adam_after_fit", "cnn_batchnorm", "mlp_dropout", "nested_shared"]


def convert(name):
    src, dst = os.path.join(SOURCE, name), os.path.join(TARGET, name)
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    metadata = saved_metadata_pb2.SavedMetadata()
    with open(os.path.join(dst, "keras_metadata.pb"), "rb") as f:
        metadata.ParseFromString(f.read())
    saved = saved_model_pb2.SavedModel()
    with open(os.path.join(dst, "saved_model.pb"), "rb") as f:
        saved.ParseFromString(f.read())
    nodes = saved.meta_graphs[0].object_graph_def.nodes
    for node in metadata.nodes:
        user = nodes[node.node_id].user_object
        assert user.identifier == node.identifier, (name, node.node_path)
        user.metadata = node.metadata
    with open(os.path.join(dst, "saved_model.pb"), "wb") as f:
        f.write(saved.SerializeToString(deterministic=True))
    os.remove(os.path.join(dst, "keras_metadata.pb"))
    print(name, len(metadata.nodes), "nodes")


if __name__ == "__main__":
    os.makedirs(TARGET, exist_ok=True)
    for name in NAMES:
        convert(name)
