class Query:
    def __init__(self):
        self.parts = []
    def where(self, cond):
        self.parts.append(f"WHERE {cond}")
        return self
    def order(self, col):
        self.parts.append(f"ORDER BY {col}")
        return self
    def __str__(self):
        return " ".join(["SELECT *"] + self.parts)
q = Query().where("x > 1").order("y")
print(q)
print(str(Query()))
