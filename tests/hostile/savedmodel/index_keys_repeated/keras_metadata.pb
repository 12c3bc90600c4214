
Eroot"_tf_keras_network**{"class_name": "Sequential", "config": {}}