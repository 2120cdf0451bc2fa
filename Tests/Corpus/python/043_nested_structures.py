people = [
    {"name": "Ann", "langs": ["py", "c"]},
    {"name": "Bo", "langs": []},
    {"name": "Cy", "langs": ["swift"]},
]
print(people[0]["langs"][1])
print(people)
for p in people:
    print(p["name"], len(p["langs"]), p["langs"])
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][2], matrix[-1][-1])
print([row[0] for row in matrix])
