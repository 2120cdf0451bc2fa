def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
calls = []
def track(func):
    def wrapper(n):
        calls.append(n)
        return func(n)
    return wrapper
@track
def square(n):
    return n * n
print(square(3), square(4), calls)
