import math
docs = [["nlp", "is", "fun"], ["nlp", "is", "hard"], ["math", "is", "fun"]]
N = len(docs)
def tf(term, doc):
    return doc.count(term) / len(doc)
def idf(term):
    containing = sum(1 for d in docs if term in d)
    return math.log(N / containing)
for term in ["nlp", "is", "hard"]:
    print(term, [round(tf(term, d) * idf(term), 4) for d in docs])
