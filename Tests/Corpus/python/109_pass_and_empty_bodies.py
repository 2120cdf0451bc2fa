def todo():
    pass
class Empty:
    pass
for _ in range(3):
    pass
print(todo())
print(type(Empty()).__name__)
if True:
    pass
else:
    print("no")
e = Empty()
e.value = 5
print(e.value)
