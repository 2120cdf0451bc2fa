class BankAccount:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
acct = BankAccount("ann", 100)
acct.deposit(50)
try:
    acct.withdraw(500)
except ValueError as e:
    print(e)
acct.withdraw(30)
acct.add_interest()
print(acct.balance, acct.history)
