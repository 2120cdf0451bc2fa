"""Makes the Keras goldens the NeuralNet tests compare against.

Run with a Python that has Keras 3 (TensorFlow backend):

    /work/refenv/venv/bin/python Tests/NeuralNetTests/Goldens/make_goldens.py

It writes three files next to this script:

- summaries.json: for every model definition in CASES, the summary text exactly as Keras
  prints it when stdout is not a terminal (76 columns), `count_params()`, the names of
  `model.layers` and the output shape(s). Each case starts from
  `keras.backend.clear_session()`, so automatic names restart; SummaryGoldenTests.swift
  builds the same models.
- progbar.json: Keras's Progbar output for scripted updates and clock (ProgbarTests.swift).
- layer_outputs.json: small models' outputs for fixed weights and inputs
  (LayerOutputTests.swift).
"""
import contextlib
import io
import json
import os

os.environ["COLUMNS"] = "80"
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import warnings

warnings.filterwarnings("ignore")

import numpy as np
import keras
from keras import layers

CASES = {}


def case(function):
    CASES[function.__name__] = function
    return function


def fresh():
    keras.backend.clear_session()


@case
def seed_p1_lstm_unbuilt():
    fresh()
    return keras.Sequential([
        layers.Embedding(input_dim=5000, output_dim=64, input_length=10),
        layers.LSTM(64, return_sequences=False),
        layers.Dropout(0.5),
        layers.Dense(1, activation="sigmoid"),
    ])


@case
def seed_p1_lstm_after_fit():
    fresh()
    model = keras.Sequential([
        layers.Embedding(input_dim=5000, output_dim=64, input_length=10),
        layers.LSTM(64, return_sequences=False),
        layers.Dropout(0.5),
        layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    x = np.array([[0] * 6 + [1, 3, 2, 4], [0] * 6 + [1, 5, 2, 4], [0] * 7 + [2, 6, 7], [0] * 7 + [2, 6, 8]])
    model.fit(x, np.array([1, 0, 1, 0]), epochs=1, batch_size=2, verbose=0)
    return model


@case
def seed_p2_simple_rnn_after_fit():
    fresh()
    model = keras.Sequential([
        layers.Embedding(input_dim=8, output_dim=10, input_length=3),
        layers.SimpleRNN(50, return_sequences=False),
        layers.Dense(8, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    x = np.array([[3, 2, 4], [2, 4, 4], [4, 4, 5], [4, 5, 0]])
    y = keras.utils.to_categorical([4, 5, 0, 7], num_classes=8)
    model.fit(x, y, epochs=1, batch_size=1, verbose=0)
    return model


@case
def seed_p3_cnn_with_input():
    fresh()
    return keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Embedding(input_dim=5000, output_dim=64),
        layers.Conv1D(filters=128, kernel_size=3, activation="relu"),
        layers.GlobalMaxPooling1D(),
        layers.Dense(1, activation="sigmoid"),
    ])


def build_generator(input_dim=100):
    return keras.Sequential([
        layers.Dense(128, activation="relu", input_dim=input_dim),
        layers.BatchNormalization(),
        layers.Dense(256, activation="relu"),
        layers.BatchNormalization(),
        layers.Dense(512, activation="relu"),
        layers.BatchNormalization(),
        layers.Dense(28 * 28, activation="tanh"),
        layers.Reshape((28, 28, 1)),
    ])


def build_discriminator(input_shape=(28, 28, 1)):
    return keras.Sequential([
        layers.Flatten(input_shape=input_shape),
        layers.Dense(256, activation="relu"),
        layers.Dropout(0.3),
        layers.Dense(128, activation="relu"),
        layers.Dropout(0.3),
        layers.Dense(1, activation="sigmoid"),
    ])


@case
def seed_gan_generator():
    fresh()
    return build_generator()


@case
def seed_gan_discriminator():
    fresh()
    return build_discriminator()


@case
def seed_gan_combined():
    fresh()
    generator = build_generator()
    discriminator = build_discriminator()
    discriminator.compile(optimizer=keras.optimizers.Adam(0.0002), loss="binary_crossentropy", metrics=["accuracy"])
    discriminator.trainable = False
    gan = keras.Sequential([generator, discriminator])
    gan.compile(optimizer=keras.optimizers.Adam(0.0002), loss="binary_crossentropy")
    return gan


@case
def seed_gan_frozen_discriminator():
    """The discriminator itself after `trainable = False` (counted with the GAN case's names)."""
    fresh()
    build_generator()
    discriminator = build_discriminator()
    discriminator.trainable = False
    return discriminator


@case
def tutorial_gan_digits():
    """Notebooks/tutorial-keras-gan-digits.nlpnb: the GAN over 8x8 digits, discriminator frozen."""
    fresh()
    generator = keras.Sequential([
        keras.Input(shape=(32,)),
        layers.Dense(128, activation="relu"),
        layers.BatchNormalization(),
        layers.Dense(256, activation="relu"),
        layers.BatchNormalization(),
        layers.Dense(64, activation="tanh"),
        layers.Reshape((8, 8, 1)),
    ], name="generator")
    discriminator = keras.Sequential([
        keras.Input(shape=(8, 8, 1)),
        layers.Flatten(),
        layers.Dense(128, activation="relu"),
        layers.Dropout(0.3),
        layers.Dense(1, activation="sigmoid"),
    ], name="discriminator")
    discriminator.compile(optimizer=keras.optimizers.Adam(0.0002), loss="binary_crossentropy", metrics=["accuracy"])
    discriminator.trainable = False
    gan = keras.Sequential([generator, discriminator], name="gan")
    gan.compile(optimizer=keras.optimizers.Adam(0.0002), loss="binary_crossentropy")
    return gan


@case
def tutorial_austen_lstm():
    """Notebooks/tutorial-keras-text-classification.nlpnb: the held-out LSTM classifier."""
    fresh()
    return keras.Sequential([
        keras.Input(shape=(40,)),
        layers.Embedding(5000, 32),
        layers.LSTM(32),
        layers.Dense(1, activation="sigmoid"),
    ])


def build_encoder(input_dim, embedding_dim, lstm_units):
    inputs = layers.Input(shape=(input_dim,))
    x = layers.Embedding(input_dim=5000, output_dim=embedding_dim)(inputs)
    _, hidden_state, _ = layers.LSTM(lstm_units, return_state=True, return_sequences=False)(x)
    return keras.Model(inputs, hidden_state, name="Encoder")


def build_decoder(lstm_units, output_dim):
    inputs = layers.Input(shape=(lstm_units,))
    x = layers.Dense(output_dim, activation="softmax")(inputs)
    return keras.Model(inputs, x, name="Decoder")


def build_encoder_decoder():
    encoder = build_encoder(100, 64, 128)
    decoder = build_decoder(128, 10)
    input_seq = layers.Input(shape=(100,))
    classifier = keras.Model(input_seq, decoder(encoder(input_seq)), name="TextClassifier")
    classifier.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return classifier, encoder, decoder


@case
def seed_encoder_decoder_classifier():
    fresh()
    return build_encoder_decoder()[0]


@case
def seed_encoder_decoder_encoder():
    fresh()
    return build_encoder_decoder()[1]


@case
def seed_encoder_decoder_decoder():
    fresh()
    return build_encoder_decoder()[2]


@case
def seed_self_attention_classifier():
    fresh()
    inputs = layers.Input(shape=(100,))
    x = layers.Embedding(input_dim=5000, output_dim=64, input_length=100)(inputs)
    attention_output = layers.MultiHeadAttention(num_heads=4, key_dim=64)(x, x)
    attention_output = layers.LayerNormalization(epsilon=1e-6)(attention_output)
    x = layers.GlobalAveragePooling1D()(attention_output)
    x = layers.Dropout(0.2)(x)
    x = layers.Dense(128, activation="relu")(x)
    x = layers.Dropout(0.2)(x)
    outputs = layers.Dense(3, activation="softmax")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


@case
def gru_stack():
    fresh()
    return keras.Sequential([
        keras.Input(shape=(7,)),
        layers.Embedding(50, 16),
        layers.GRU(32, return_sequences=True),
        layers.GRU(16),
        layers.Dense(4, activation="softmax"),
    ])


@case
def bidirectional_stack():
    fresh()
    return keras.Sequential([
        keras.Input(shape=(12,)),
        layers.Embedding(100, 8, mask_zero=True),
        layers.Bidirectional(layers.LSTM(16, return_sequences=True)),
        layers.Bidirectional(layers.GRU(4), merge_mode="sum"),
        layers.Dense(1, activation="sigmoid"),
    ])


@case
def lstm_all_outputs():
    fresh()
    inputs = keras.Input(shape=(6, 5))
    outputs = layers.LSTM(8, return_sequences=True, return_state=True)(inputs)
    return keras.Model(inputs, outputs)


@case
def conv_pool_flatten():
    fresh()
    return keras.Sequential([
        keras.Input(shape=(20, 3)),
        layers.Conv1D(16, 5, padding="same", activation="relu"),
        layers.MaxPooling1D(),
        layers.Conv1D(8, 3, strides=2),
        layers.Flatten(),
        layers.Dense(2),
    ])


@case
def normalization_layers():
    fresh()
    return keras.Sequential([
        keras.Input(shape=(12,)),
        layers.Dense(32),
        layers.BatchNormalization(),
        layers.Activation("relu"),
        layers.Dense(16),
        layers.LayerNormalization(),
        layers.Dense(1),
    ])


@case
def two_inputs_concatenate():
    fresh()
    left = keras.Input(shape=(4,), name="left")
    right = keras.Input(shape=(6,), name="right")
    merged = layers.Concatenate()([layers.Dense(8)(left), layers.Dense(8)(right)])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))


@case
def residual_add():
    fresh()
    inputs = keras.Input(shape=(16,))
    hidden = layers.Dense(16, activation="relu")(inputs)
    added = layers.Add()([inputs, hidden])
    return keras.Model(inputs, layers.Dense(3)(added), name="residual")


@case
def shared_dense():
    fresh()
    a = keras.Input(shape=(5,))
    b = keras.Input(shape=(5,))
    shared = layers.Dense(3)
    return keras.Model([a, b], layers.Concatenate()([shared(a), shared(b)]))


@case
def reshape_activation():
    fresh()
    return keras.Sequential([
        keras.Input(shape=(24,)),
        layers.Reshape((4, 6)),
        layers.Dense(5),
        layers.Activation("softmax"),
        layers.Flatten(),
    ])


@case
def attention_mask_and_scores():
    fresh()
    q, v, m = keras.Input((4, 6), name="q"), keras.Input((4, 6), name="v"), keras.Input((4, 4), name="m")
    out, scores = layers.MultiHeadAttention(num_heads=2, key_dim=3)(q, v, attention_mask=m, return_attention_scores=True)
    return keras.Model([q, v, m], [out, scores])


@case
def causal_self_attention():
    fresh()
    inputs = keras.Input((4, 6))
    x = layers.MultiHeadAttention(num_heads=2, key_dim=3)(inputs, inputs, use_causal_mask=True)
    return keras.Model(inputs, layers.Dense(2)(x))


@case
def cross_attention_three_inputs():
    fresh()
    query = keras.Input(shape=(5, 12))
    value = keras.Input(shape=(9, 7))
    key = keras.Input(shape=(9, 10))
    out = layers.MultiHeadAttention(num_heads=3, key_dim=4, value_dim=6)(query, value, key)
    return keras.Model([query, value, key], out)


@case
def dense_on_sequences():
    fresh()
    return keras.Sequential([keras.Input(shape=(10, 3)), layers.Dense(7), layers.GlobalAveragePooling1D()])


@case
def masked_lstm():
    fresh()
    return keras.Sequential([
        keras.Input(shape=(12,)),
        layers.Embedding(100, 8, mask_zero=True),
        layers.LSTM(4),
        layers.Dense(1, activation="sigmoid"),
    ])


@case
def build_by_call():
    fresh()
    model = keras.Sequential([layers.Dense(6, activation="relu"), layers.Dense(2)])
    model.build((None, 3))
    return model


@case
def built_with_add():
    fresh()
    model = keras.Sequential()
    model.add(keras.Input(shape=(8,)))
    model.add(layers.Dense(4))
    model.add(layers.Dense(2))
    return model


@case
def nested_functional():
    fresh()
    inner_in = keras.Input(shape=(6,))
    inner = keras.Model(inner_in, layers.Dense(4, activation="relu")(inner_in), name="inner_block")
    outer_in = keras.Input(shape=(6,))
    return keras.Model(outer_in, layers.Dense(1)(inner(outer_in)), name="outer")


@case
def long_names_wrap():
    fresh()
    inputs = keras.Input(shape=(3,), name="a_rather_long_input_name_for_wrapping")
    hidden = layers.Dense(2, name="an_extremely_long_dense_layer_name_that_needs_wrapping")(inputs)
    return keras.Model(inputs, hidden, name="long_names")


@case
def megabytes():
    fresh()
    return keras.Sequential([keras.Input(shape=(1024,)), layers.Dense(1024), layers.Dense(10)])


@case
def frozen_layer():
    fresh()
    frozen = layers.Dense(8)
    model = keras.Sequential([keras.Input(shape=(4,)), frozen, layers.Dense(1)])
    frozen.trainable = False
    return model


@case
def simple_rnn_sequences_pooled():
    fresh()
    return keras.Sequential([
        keras.Input(shape=(9, 4)),
        layers.SimpleRNN(6, return_sequences=True),
        layers.GlobalAveragePooling1D(),
    ])


@case
def two_heads():
    fresh()
    inputs = keras.Input(shape=(10,))
    trunk = layers.Dense(12, activation="relu")(inputs)
    return keras.Model(inputs, [layers.Dense(1, name="score")(trunk), layers.Dense(3, activation="softmax", name="kind")(trunk)])


@case
def names_continue_without_clear():
    """No clear_session between two models: the counters carry on."""
    fresh()
    keras.Sequential([keras.Input(shape=(3,)), layers.Dense(2), layers.Dropout(0.1)])
    return keras.Sequential([keras.Input(shape=(3,)), layers.Dense(2), layers.Dropout(0.1), layers.Dense(1)])


@case
def gru_not_reset_after_and_sgd_fit():
    fresh()
    model = keras.Sequential([keras.Input(shape=(4, 2)), layers.GRU(3, reset_after=False), layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.1, momentum=0.9), loss="mse")
    model.fit(np.ones((2, 4, 2)), np.ones((2, 1)), epochs=1, verbose=0)
    return model


def shapes(model):
    try:
        shape = model.output_shape
    except Exception:
        return None
    def plain(s):
        return [d for d in s]
    if isinstance(shape, list):
        return [plain(s) for s in shape]
    return [plain(shape)]


def main():
    """Summaries of every CASES model."""
    results = {}
    for name, make in CASES.items():
        model = make()
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            model.summary()
        try:
            params = model.count_params()
        except ValueError:
            params = None
        results[name] = {
            "summary": buffer.getvalue(),
            "count_params": params,
            "layer_names": [layer.name for layer in model.layers],
            "output_shapes": shapes(model),
        }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "summaries.json")
    with open(path, "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")
    print(f"wrote {len(results)} cases to {path}")


# Progress bars: Keras's Progbar driven by a scripted clock, so the Swift Progbar can be
# checked byte for byte (escape codes, backspaces and padding included).

PROGBAR_SCRIPTS = {
    # fit with two steps: the middle update comes too soon and is skipped, then the final one
    "two_steps": {"target": 2, "verbose": 1, "times": [100.0, 101.0, 101.03, 101.04], "updates": [
        [1, [["accuracy", 0.8333333], ["loss", 0.68392]], False],
        [2, [["accuracy", 0.5], ["loss", 0.6890]], False],
        [2, [["accuracy", 0.5], ["loss", 0.68901]], True],
    ]},
    # long ETA (minutes, hours), tiny values in scientific notation, µs per step
    "eta_and_small_values": {"target": 12, "verbose": 1, "times": [0.0, 400.0, 400.5, 4000.0, 4000.0001], "updates": [
        [1, [["loss", 0.0001234]], False],
        [2, [["loss", 0.0002]], False],
        [11, [["loss", -0.5]], False],
        [12, [["loss", 0.00005], ["val_loss", 2.5]], True],
    ]},
    "predict_one_batch": {"target": 1, "verbose": 1, "times": [5.0, 5.031, 5.032], "updates": [
        [1, [], False],
        [1, [], True],
    ]},
    "verbose_two": {"target": 8, "verbose": 2, "times": [0.0, 0.5, 0.6, 3.2], "updates": [
        [1, [["accuracy", 0.25], ["loss", 1.5]], False],
        [8, [["accuracy", 0.75], ["loss", 1.0]], False],
        [8, [["accuracy", 0.75], ["loss", 0.0005]], True],
    ]},
}


def progbar_goldens():
    import time as time_module
    from keras.src.utils import progbar as progbar_module

    results = {}
    for name, script in PROGBAR_SCRIPTS.items():
        clock = iter(script["times"])
        real_time = time_module.time
        progbar_module.time.time = lambda: next(clock)
        buffer = io.StringIO()
        try:
            with contextlib.redirect_stdout(buffer):
                bar = progbar_module.Progbar(target=script["target"], verbose=script["verbose"])
                for current, values, finalize in script["updates"]:
                    bar.update(current, [tuple(v) for v in values], finalize=finalize)
        finally:
            progbar_module.time.time = real_time
        results[name] = dict(script, output=buffer.getvalue())
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "progbar.json")
    with open(path, "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(results)} progress-bar scripts to {path}")


# Layer numerics: small models with weights drawn from a fixed numpy generator, run on a
# fixed input in inference mode. The Swift tests load the same weights (get_weights order)
# and must reproduce the outputs: this pins gate orders, weight layouts, padding and masks.

def numeric_model(name):
    fresh()
    if name == "dense_activations":
        inputs = keras.Input(shape=(4,))
        heads = [layers.Dense(3, activation=a)(inputs) for a in
                 ["relu", "sigmoid", "tanh", "softmax", "gelu", "elu", "selu", "softplus", "leaky_relu", "linear"]]
        return keras.Model(inputs, layers.Concatenate()(heads)), (2, 4), None
    if name == "lstm_sequences":
        return keras.Sequential([keras.Input(shape=(5, 3)), layers.LSTM(4, return_sequences=True)]), (2, 5, 3), None
    if name == "lstm_states":
        inputs = keras.Input(shape=(5, 3))
        return keras.Model(inputs, layers.LSTM(4, return_state=True)(inputs)), (2, 5, 3), None
    if name == "bidirectional_sequences":
        return keras.Sequential([keras.Input(shape=(5, 3)), layers.Bidirectional(layers.LSTM(4, return_sequences=True)),
                                 layers.Bidirectional(layers.SimpleRNN(2), merge_mode="ave")]), (2, 5, 3), None
    if name == "masked_bidirectional":
        return keras.Sequential([keras.Input(shape=(6,)), layers.Embedding(10, 3, mask_zero=True),
                                 layers.Bidirectional(layers.GRU(2, return_sequences=True), merge_mode="mul")]), (3, 6), "ids"
    if name == "gru_reset_after":
        return keras.Sequential([keras.Input(shape=(5, 3)), layers.GRU(4, return_sequences=True)]), (2, 5, 3), None
    if name == "gru_reset_before":
        return keras.Sequential([keras.Input(shape=(5, 3)), layers.GRU(3, reset_after=False)]), (2, 5, 3), None
    if name == "simple_rnn_backwards":
        return keras.Sequential([keras.Input(shape=(5, 3)), layers.SimpleRNN(4, go_backwards=True)]), (2, 5, 3), None
    if name == "conv_same_strided_pool":
        return keras.Sequential([keras.Input(shape=(7, 2)), layers.Conv1D(3, 3, strides=2, padding="same"),
                                 layers.MaxPooling1D(2, padding="same"), layers.GlobalMaxPooling1D()]), (2, 7, 2), None
    if name == "conv_valid_relu":
        return keras.Sequential([keras.Input(shape=(6, 2)), layers.Conv1D(4, 2, activation="relu"), layers.Flatten()]), (2, 6, 2), None
    if name == "conv_causal":
        return keras.Sequential([keras.Input(shape=(5, 2)), layers.Conv1D(2, 3, padding="causal")]), (2, 5, 2), None
    if name == "batch_norm_inference":
        return keras.Sequential([keras.Input(shape=(4,)), layers.BatchNormalization()]), (3, 4), None
    if name == "layer_norm":
        return keras.Sequential([keras.Input(shape=(3, 4)), layers.LayerNormalization()]), (2, 3, 4), None
    if name == "self_attention":
        inputs = keras.Input(shape=(4, 5))
        return keras.Model(inputs, layers.MultiHeadAttention(num_heads=2, key_dim=3)(inputs, inputs)), (2, 4, 5), None
    if name == "cross_attention":
        q, v, k = keras.Input(shape=(3, 4)), keras.Input(shape=(5, 2)), keras.Input(shape=(5, 6))
        out = layers.MultiHeadAttention(num_heads=2, key_dim=3, value_dim=2)(q, v, k)
        return keras.Model([q, v, k], out), [(2, 3, 4), (2, 5, 2), (2, 5, 6)], None
    if name == "masked_lstm":
        return keras.Sequential([keras.Input(shape=(6,)), layers.Embedding(10, 3, mask_zero=True), layers.LSTM(4)]), (3, 6), "ids"
    if name == "masked_gru_sequences":
        return keras.Sequential([keras.Input(shape=(6,)), layers.Embedding(10, 3, mask_zero=True),
                                 layers.GRU(2, return_sequences=True)]), (3, 6), "ids"
    if name == "masked_self_attention":
        inputs = keras.Input(shape=(6,))
        x = layers.Embedding(10, 4, mask_zero=True)(inputs)
        x = layers.MultiHeadAttention(num_heads=2, key_dim=2)(x, x)
        return keras.Model(inputs, [x, layers.GlobalAveragePooling1D()(x)]), (3, 6), "ids"
    if name == "attention_mask_scores":
        q, v, m = keras.Input(shape=(3, 4)), keras.Input(shape=(5, 4)), keras.Input(shape=(3, 5))
        out, scores = layers.MultiHeadAttention(num_heads=2, key_dim=3)(q, v, attention_mask=m, return_attention_scores=True)
        return keras.Model([q, v, m], [out, scores]), [(2, 3, 4), (2, 5, 4), (2, 3, 5)], "mask_last"
    if name == "causal_attention_scores":
        inputs = keras.Input(shape=(4, 5))
        out, scores = layers.MultiHeadAttention(num_heads=2, key_dim=3)(inputs, inputs, use_causal_mask=True,
                                                                        return_attention_scores=True)
        return keras.Model(inputs, [out, scores]), (2, 4, 5), None
    if name == "causal_masked_cross_attention":
        ids, m = keras.Input(shape=(6,)), keras.Input(shape=(6, 6))
        x = layers.Embedding(10, 4, mask_zero=True)(ids)
        k = keras.Input(shape=(6, 3))
        out = layers.MultiHeadAttention(num_heads=2, key_dim=2)(x, x, k, attention_mask=m, use_causal_mask=True)
        return keras.Model([ids, k, m], out), [(3, 6), (3, 6, 3), (3, 6, 6)], "ids_mask_last"
    if name == "masked_average":
        return keras.Sequential([keras.Input(shape=(6,)), layers.Embedding(10, 3, mask_zero=True),
                                 layers.GlobalAveragePooling1D()]), (3, 6), "ids"
    raise KeyError(name)


NUMERIC_CASES = ["dense_activations", "lstm_sequences", "lstm_states", "gru_reset_after", "gru_reset_before",
                 "simple_rnn_backwards", "conv_same_strided_pool", "conv_valid_relu", "conv_causal", "batch_norm_inference",
                 "layer_norm", "self_attention", "cross_attention", "masked_lstm", "masked_gru_sequences", "masked_self_attention", "masked_average",
                 "bidirectional_sequences", "masked_bidirectional", "attention_mask_scores", "causal_attention_scores",
                 "causal_masked_cross_attention"]


def numeric_goldens():
    results = {}
    for name in NUMERIC_CASES:
        model, input_shapes, kind = numeric_model(name)
        weights_rng = np.random.RandomState(0)
        weights = [weights_rng.uniform(0.1, 0.9, w.shape).astype("float32") for w in model.get_weights()]
        model.set_weights(weights)
        data_rng = np.random.RandomState(1)
        shapes_list = input_shapes if isinstance(input_shapes, list) else [input_shapes]
        if kind == "ids":
            ids = data_rng.randint(1, 10, shapes_list[0])
            ids[:, :2] = 0  # leading padding
            ids[1, :4] = 0
            inputs = [ids.astype("float32")]
        elif kind in ("mask_last", "ids_mask_last"):
            # An explicit attention mask last: random 0s and 1s with one query row fully blocked.
            mask = data_rng.randint(0, 2, shapes_list[-1])
            mask[0, 1, :] = 0
            inputs = [data_rng.uniform(-1, 1, s).astype("float32") for s in shapes_list[:-1]] + [mask.astype("float32")]
            if kind == "ids_mask_last":
                ids = data_rng.randint(1, 10, shapes_list[0])
                ids[:, :1] = 0
                ids[2, :3] = 0
                inputs[0] = ids.astype("float32")
        else:
            inputs = [data_rng.uniform(-1, 1, s).astype("float32") for s in shapes_list]
        outputs = model(inputs if len(inputs) > 1 else inputs[0], training=False)
        outputs = outputs if isinstance(outputs, (list, tuple)) else [outputs]
        results[name] = {
            "weights": [{"shape": list(w.shape), "values": w.ravel().tolist()} for w in weights],
            "inputs": [{"shape": list(x.shape), "values": x.ravel().tolist()} for x in inputs],
            "outputs": [{"shape": list(np.shape(o)), "values": np.asarray(o).ravel().tolist()} for o in outputs],
        }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "layer_outputs.json")
    with open(path, "w") as f:
        json.dump(results, f)
        f.write("\n")
    print(f"wrote {len(results)} layer-output cases to {path}")


if __name__ == "__main__":
    main()
    progbar_goldens()
    numeric_goldens()
