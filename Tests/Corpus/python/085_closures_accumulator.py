def running_average():
    values = []
    def add(x):
        values.append(x)
        return sum(values) / len(values)
    return add
avg = running_average()
for v in [10, 20, 60]:
    print(avg(v))
def adder(start):
    def add(n):
        nonlocal start
        start += n
        return start
    return add
acc = adder(100)
print(acc(1), acc(10), acc(-50))
