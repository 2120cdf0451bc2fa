stock = {"apples": 5, "pears": 0, "plums": 12}
for fruit in stock:
    print(fruit, end=" ")
print()
for fruit, n in stock.items():
    if n == 0:
        print(fruit, "sold out")
print(sorted(stock, key=stock.get))
print({k: v for k, v in stock.items() if v})
print(sum(stock.values()), max(stock.values()))
merged = {**stock, "figs": 3, "apples": 7}
print(merged)
print(stock | {"kiwi": 1})
