def shout(text):
    return text.upper() + "!"
def whisper(text):
    return text.lower() + "..."
for fn in (shout, whisper):
    print(fn.__name__, fn("Hello"))
actions = {"up": shout, "down": whisper}
print(actions["up"]("go"))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2))
print((lambda: 0).__name__)
