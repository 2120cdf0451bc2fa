d = {}
print(d[
  "k"])
