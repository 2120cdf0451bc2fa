class C:
    def __str__(self):
        return 5
print(C())
