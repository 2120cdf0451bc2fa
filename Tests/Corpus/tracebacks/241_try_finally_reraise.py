try:
    v = [][1]
finally:
    print("cleanup")
