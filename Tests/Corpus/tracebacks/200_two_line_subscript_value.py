matrix = [[1, 2],
          [3, 4]]
v = matrix[2][0]
