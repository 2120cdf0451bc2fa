for i in range(1, 21):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
print(["Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0) or n for n in range(10, 16)])
