x = None
s = f"""a
 b {x + 1}"""
