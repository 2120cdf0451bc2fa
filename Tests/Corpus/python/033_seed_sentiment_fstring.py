sample_text = "He is bad"
results = [
    {"label": "NEGATIVE", "score": 0.5123},
    {"label": "POSITIVE", "score": 0.98765},
]
for result in results:
    label = result['label']
    score = result['score']
    if label == "POSITIVE":
        print(f"The sentiment of the text is POSITIVE with {score:.2f} confidence.")
    else:
        print(f"The sentiment of the text is NEGATIVE with {score:.2f} confidence.")
print(f"Input was: {sample_text!r} ({len(sample_text)} chars)")
