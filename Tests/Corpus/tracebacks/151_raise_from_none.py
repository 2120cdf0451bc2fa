try:
    {}["k"]
except KeyError:
    raise ValueError("missing") from None
