"""Makes the golden for `model.save_weights` / `model.load_weights` (safetensors).

Run with a Python that has Keras 3 and safetensors:

    /work/refenv/venv/bin/python Tests/NeuralNetTests/Goldens/make_weights_golden.py

It builds MODEL_SOURCE in real Keras, gives every variable known values, and writes next to
this script:

- weights_model.safetensors: those values written by the real `safetensors` library
  (`safetensors.numpy.save_file`), under the names nlpnb gives them (NLPNB_NAMES, in
  `model.weights` order; see Sources/NeuralNet/Models/WeightPaths.swift).
- weights_model.json: the names, the model's source, an input and Keras's prediction for it.

KerasBindingTests builds the same model from MODEL_SOURCE, loads the file, predicts the same
input (so the weights went to the right variables), saves the weights again and compares the
bytes with the real library's file.
"""
import json
import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import keras
from keras import layers  # noqa: F401  (used by MODEL_SOURCE)
from safetensors.numpy import save_file

MODEL_SOURCE = """\
inp = keras.Input(shape=(6,))
x = layers.Embedding(20, 4)(inp)
x = layers.LSTM(5, return_sequences=True)(x)
a = layers.MultiHeadAttention(num_heads=2, key_dim=3)(x, x)
x = layers.Add()([x, a])
x = layers.BatchNormalization()(x)
head = keras.Sequential([keras.Input((6, 5)), layers.Bidirectional(layers.GRU(3)), layers.Dense(4, activation="relu")], name="head")
x = head(x)
out = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inp, out)
"""

NLPNB_NAMES = [
    "embedding/embeddings",
    "lstm/kernel", "lstm/recurrent_kernel", "lstm/bias",
    "multi_head_attention/query/kernel", "multi_head_attention/query/bias",
    "multi_head_attention/key/kernel", "multi_head_attention/key/bias",
    "multi_head_attention/value/kernel", "multi_head_attention/value/bias",
    "multi_head_attention/attention_output/kernel", "multi_head_attention/attention_output/bias",
    "batch_normalization/gamma", "batch_normalization/beta",
    "batch_normalization/moving_mean", "batch_normalization/moving_variance",
    "sequential/bidirectional/forward_layer/kernel", "sequential/bidirectional/forward_layer/recurrent_kernel",
    "sequential/bidirectional/forward_layer/bias",
    "sequential/bidirectional/backward_layer/kernel", "sequential/bidirectional/backward_layer/recurrent_kernel",
    "sequential/bidirectional/backward_layer/bias",
    "sequential/dense/kernel", "sequential/dense/bias",
    "dense/kernel", "dense/bias",
]


def main():
    keras.backend.clear_session()
    scope = {"keras": keras, "layers": layers}
    exec(MODEL_SOURCE, scope)
    model = scope["model"]
    variables = model.weights
    assert len(variables) == len(NLPNB_NAMES), (len(variables), len(NLPNB_NAMES))
    values = {}
    for index, (variable, name) in enumerate(zip(variables, NLPNB_NAMES)):
        assert name.split("/")[-1] == variable.name, (name, variable.path)
        value = 0.3 * np.sin(np.arange(np.prod(variable.shape)) + index).reshape(variable.shape)
        if variable.name == "moving_variance":
            value = value + 1.0
        values[name] = value.astype("float32")
    model.set_weights([values[name] for name in NLPNB_NAMES])
    x = np.array([[0, 3, 7, 19, 1, 5], [2, 2, 8, 0, 11, 4]], dtype="float32")
    prediction = np.asarray(model.predict(x, verbose=0))
    folder = os.path.dirname(os.path.abspath(__file__))
    save_file(values, os.path.join(folder, "weights_model.safetensors"), metadata={"format": "keras"})
    with open(os.path.join(folder, "weights_model.json"), "w") as f:
        json.dump({"model_source": MODEL_SOURCE, "names": NLPNB_NAMES,
                   "keras_paths": [v.path for v in variables],
                   "input": x.tolist(), "prediction": prediction.ravel().tolist()}, f, indent=1)
        f.write("\n")
    print("wrote weights_model.safetensors and weights_model.json")


if __name__ == "__main__":
    main()
