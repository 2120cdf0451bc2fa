import numpy as np
counts = np.array([[2, 1, 0, 0], [0, 1, 1, 0], [1, 0, 0, 3]])
tf = counts / counts.sum(axis=1, keepdims=True)
df = (counts > 0).sum(axis=0)
idf = np.log(counts.shape[0] / df)
tfidf = tf * idf
print(df)
print(idf)
print(tfidf)
print(tfidf.argmax(axis=1))
