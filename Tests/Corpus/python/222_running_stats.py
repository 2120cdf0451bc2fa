data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
std = var ** 0.5
print(mean, var, std)
sorted_data = sorted(data)
mid = n // 2
median = (sorted_data[mid - 1] + sorted_data[mid]) / 2 if n % 2 == 0 else sorted_data[mid]
print(median)
normalized = [(x - mean) / std for x in data]
print([round(z, 3) for z in normalized])
print(max(data) - min(data))
