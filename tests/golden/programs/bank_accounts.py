# Checks a bank simulation: classes, inheritance, custom exceptions, class counters and a transaction log.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account, self.amount = account, amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = [("open", balance)]

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} ({self.owner}) is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self.balance})"

class Savings(Account):
    RATE_PERCENT = 2
    def month_end(self):
        interest = self.balance * self.RATE_PERCENT // 100
        if interest:
            self.deposit(interest)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=50):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        if self.balance < 0:
            self.balance -= 5
            self.history.append(("fee", 5))

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, kind, *args, **kw):
        acct = kind(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src_id, dst_id, amount):
        src, dst = self.accounts[src_id], self.accounts[dst_id]
        try:
            src.withdraw(amount)
            try:
                dst.deposit(amount)
            except BankError:
                src.deposit(amount)
                raise
        except BankError as e:
            self.log.append(f"FAILED {src_id}->{dst_id} {amount}: {e}")
            return False
        else:
            self.log.append(f"ok {src_id}->{dst_id} {amount}")
            return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Savings, "alice", 1000)
bob = bank.open(Checking, "bob", 100, overdraft=200)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
print(bank.transfer(1, 2, 300), bank.transfer(2, 3, 550), bank.transfer(2, 3, 100), bank.transfer(3, 1, 9999))
carol.frozen = True
print(bank.transfer(1, 3, 10), alice.balance)
carol.frozen = False
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
    print("month", month, [a.balance for a in bank.accounts.values()], bank.total())
for line in bank.log:
    print(line)
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
print(issubclass(InsufficientFunds, BankError), isinstance(bob, Account), Account._next_id)
