sequences = [[1, 2, 3], [4, 5], [6, 7, 8, 9, 10], []]
maxlen = 4
def pad(seq, maxlen, value=0, padding="pre", truncating="pre"):
    if len(seq) > maxlen:
        seq = seq[-maxlen:] if truncating == "pre" else seq[:maxlen]
    fill = [value] * (maxlen - len(seq))
    return fill + seq if padding == "pre" else seq + fill
for s in sequences:
    print(pad(s, maxlen), pad(s, maxlen, padding="post", truncating="post"))
