def bubble_sort(xs):
    xs = list(xs)
    passes = 0
    for i in range(len(xs)):
        swapped = False
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        passes += 1
        if not swapped:
            break
    return xs, passes
print(bubble_sort([5, 1, 4, 2, 8]))
print(bubble_sort([1, 2, 3]))
print(bubble_sort(["pear", "apple", "fig"]))
print(bubble_sort([]))
