class B:
    def __repr__(self):
        return 1
s = f"{B()!r}"
