# Checks the traceback's last line for an uncaught user-defined exception with a custom __str__.
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(need, have)
        self.need, self.have = need, have
    def __str__(self):
        return f"need {self.need}, have {self.have}"
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
b = 100
for amt in [30, 50, 40]:
    b = withdraw(b, amt)
    print("balance", b)
