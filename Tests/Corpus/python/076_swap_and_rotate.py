nums = [1, 2, 3, 4, 5]
nums[0], nums[-1] = nums[-1], nums[0]
print(nums)
k = 2
rotated = nums[k:] + nums[:k]
print(rotated)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
fib_a, fib_b = 0, 1
for _ in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_b)
