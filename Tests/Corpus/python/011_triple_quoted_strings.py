text = """first line
second line
    indented line"""
print(text)
print(len(text.splitlines()))
doc = '''It's "quoted"
inside'''
print(doc)
print(repr(doc))
empty = """"""
print(repr(empty))
joined = """a\
b"""
print(joined)
