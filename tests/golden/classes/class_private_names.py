# Checks name mangling of __private attributes and methods, and single-underscore conventions.
class Account:
    def __init__(self):
        self.__balance = 100
        self._hint = "protected by convention"
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__balance, self.__secret()
a = Account()
print(a.reveal(), a._hint, a._Account__balance, sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "sub's own"
s = Sub()
print(sorted(vars(s)), s.reveal())
