def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print(factorial(0), factorial(5), factorial(25))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result
print(fib_memo(90))
