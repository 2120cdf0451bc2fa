def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  except: cannot divide", a, "by zero")
        return None
    else:
        print("  else: ok")
        return result
    finally:
        print("  finally runs for", a, b)
print(divide(6, 3))
print(divide(1, 0))
