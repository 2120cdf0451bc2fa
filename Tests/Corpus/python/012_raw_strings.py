path = r"C:\new\table"
print(path)
print(len(path))
print(repr(path))
pattern = r"\d+\.\d*"
print(pattern)
print(r"\n" == "\\n")
print(R"\t", len(R"\t"))
print(r"raw\\", len(r"raw\\"))
