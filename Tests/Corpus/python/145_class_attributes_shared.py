class Counter:
    instances = 0
    shared_list = []
    def __init__(self):
        Counter.instances += 1
        self.own_list = []
a = Counter()
b = Counter()
a.shared_list.append("a")
a.own_list.append("a")
print(Counter.instances, b.shared_list, b.own_list)
a.instances = 100
print(a.instances, b.instances, Counter.instances)
del a.instances
print(a.instances)
