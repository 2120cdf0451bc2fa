def announce(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@announce
def add(a, b):
    return a + b
add(2, 3)
@announce
def greet(name="x"):
    return "hi " + name
greet(name="ann")
