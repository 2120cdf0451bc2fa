# peer: /work/refenv/venv/bin/python
# compare: form
# The seed's cell 000.P1 as a whole process (imports, tokenizer, model, summary, 5 epochs),
# verbatim but for its `!pip install tensorflow` line, which Python cannot parse. The peer
# is the reference environment's Python with TensorFlow and Keras 3
# (/work/shared/tools/refenv.sh). Outputs are compared in form: timings and numbers differ.
import numpy as np
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Embedding, LSTM, Dense, Dropout
from tensorflow.keras.preprocessing.text import Tokenizer # Changed import to tensorflow.keras
from tensorflow.keras.preprocessing.sequence import pad_sequences # Changed import to tensorflow.keras

# Sample Data
texts = ["I love this movie", "I hate this movie", "This was fantastic", "This was terrible"]
labels = [1, 0, 1, 0]

# Preprocess Data
tokenizer = Tokenizer(num_words=5000)
tokenizer.fit_on_texts(texts)
sequences = tokenizer.texts_to_sequences(texts)
padded_sequences = pad_sequences(sequences, maxlen=10)

# Model Definition
model = Sequential([
    Embedding(input_dim=5000, output_dim=64, input_length=10),
    LSTM(64, return_sequences=False),
    Dropout(0.5),
    Dense(1, activation='sigmoid')
])

model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
model.summary()

# Train Model
model.fit(padded_sequences, np.array(labels), epochs=5, batch_size=2)
