"""Notebooks/tutorial-keras-text-classification.nlpnb as a Python script, for real Keras 3.

Run from Notebooks/: /work/refenv/venv/bin/python tools/keras-reference/austen_lstm.py
On 2026-12-02 Keras 3.15.1 (TensorFlow 2.21) printed held-out
accuracy 0.700 against a majority class of 0.505; nlpnb prints 0.757 for the same cells.
"""
import numpy as np
import keras
from keras import layers
from tensorflow.keras.preprocessing.text import Tokenizer
from tensorflow.keras.preprocessing.sequence import pad_sequences

keras.utils.set_random_seed(1)
books, texts = [], []
with open("data/austen.tsv", encoding="utf-8") as f:
    for line in f:
        book, text = line.rstrip("\n").split("\t")
        books.append(book)
        texts.append(text)

train_rows, test_rows = [], []
for name in ["pride", "sense"]:
    rows = [i for i, b in enumerate(books) if b == name]
    cut = len(rows) * 4 // 5
    train_rows += rows[:cut]
    test_rows += rows[cut:]

tokenizer = Tokenizer(num_words=5000, oov_token="<unk>")
tokenizer.fit_on_texts([texts[i] for i in train_rows])
x = pad_sequences(tokenizer.texts_to_sequences(texts), maxlen=40)
y = np.array([1 if b == "pride" else 0 for b in books])
x_train, y_train = x[train_rows], y[train_rows]
x_test, y_test = x[test_rows], y[test_rows]
print(x_train.shape, x_test.shape)

model = keras.Sequential([
    keras.Input(shape=(40,)),
    layers.Embedding(5000, 32),
    layers.LSTM(32),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=4, batch_size=32, verbose=2)
loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
majority = max(y_test.mean(), 1 - y_test.mean())
print(f"held-out accuracy {accuracy:.3f}, majority class {majority:.3f}")
print("beats the majority class by 0.15 or more:", accuracy >= majority + 0.15)
