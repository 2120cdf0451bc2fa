# peer: /work/refenv/venv/bin/python
# Training throughput of Embedding(20000, 128) + LSTM(128) + Dense(1) on 20,000 sequences
# of length 100 (random token ids, random binary labels: the work, not the accuracy, is
# measured), one epoch of batch 32 after a warm-up epoch on 640 samples (TensorFlow traces
# its graph then). Prints samples per second of the timed epoch.
import time
import numpy as np
import keras
from keras import layers

keras.utils.set_random_seed(0)
samples, length, vocabulary = 20000, 100, 20000
x = np.random.randint(1, vocabulary, (samples, length))
y = np.random.randint(0, 2, (samples,))

model = keras.Sequential([
    keras.Input(shape=(length,)),
    layers.Embedding(vocabulary, 128),
    layers.LSTM(128),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(x[:640], y[:640], epochs=1, batch_size=32, verbose=0)

start = time.perf_counter()
model.fit(x, y, epochs=1, batch_size=32, verbose=0)
elapsed = time.perf_counter() - start
print(f"metric lstm_train_samples_per_s {samples / elapsed:.1f} samples/s")
