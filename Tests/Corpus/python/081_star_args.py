def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
values = [4, 5, 6]
print(total(*values))
print(total(*values, 7, *range(2)))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest("a", "b", "c"))
