raise RuntimeError("boom")  # why
