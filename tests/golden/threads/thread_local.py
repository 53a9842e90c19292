# threading.local: per-thread attribute values, a subclass whose __init__ runs once per thread
import threading

data = threading.local()
data.x = 'main'
seen = {}
lock = threading.Lock()


def worker(k):
    before = hasattr(data, 'x')
    data.x = k
    data.items = [k] * k
    for _ in range(100):
        assert data.x == k
    with lock:
        seen[k] = (before, data.x, data.items)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, hasattr(data, 'items'))
print(type(data).__name__, type(data) is threading.local)
try:
    data.missing
except AttributeError:
    print('AttributeError for a missing attribute')
del data.x
print(hasattr(data, 'x'))


class Account(threading.local):
    created = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        with lock:
            Account.created += 1

    def deposit(self, n):
        self.balance += n
        return self.balance


acct = Account('alice', balance=10)
print(acct.owner, acct.balance, Account.created)
results = []


def use(n):
    # __init__ ran again, with the constructor's arguments, the first time this thread looked
    start = (acct.owner, acct.balance)
    for _ in range(n):
        acct.deposit(1)
    with lock:
        results.append((n, start, acct.balance))


ts = [threading.Thread(target=use, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print(acct.balance, Account.created)
print(acct.deposit(5))


class Slotless(threading.local):
    kind = 'class attribute'


s = Slotless()
out = []
t = threading.Thread(target=lambda: out.append((s.kind, hasattr(s, 'y'))))
s.y = 1
t.start()
t.join()
print(out, s.y)
