def reg(cls):
    return cls.nothing
@reg
class C:
    pass
