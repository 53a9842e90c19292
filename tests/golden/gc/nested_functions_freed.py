# Nested functions (closures, lambdas, comprehensions) are ordinary objects: freed when the
# last reference goes, collected when they sit in a cycle, alive while they run.
import gc


class Tracker:
    alive = 0

    def __init__(self, tag):
        self.tag = tag
        Tracker.alive += 1

    def __del__(self):
        Tracker.alive -= 1


def make_adder(n):
    held = Tracker("adder %d" % n)

    def add(x):
        return x + n + len(held.tag) * 0

    return add


adders = [make_adder(i) for i in range(5)]
print(Tracker.alive, [f(10) for f in adders])
del adders
print("after del", Tracker.alive)


def call_once(v):
    t = Tracker("once")
    return (lambda k: k * 2 + len(t.tag) * 0)(v)


print(call_once(21), Tracker.alive)


def recursive_closure():
    t = Tracker("cycle")

    def walk(n):
        return 0 if n == 0 else walk(n - 1) + 1 + len(t.tag) * 0

    return walk(10)


gc.disable()
print(recursive_closure(), "alive before collect", Tracker.alive)
found = gc.collect()
print("collected something:", found > 0, "alive", Tracker.alive)
gc.enable()


def lots():
    total = 0
    for i in range(2000):
        f = lambda a, i=i: a + i
        total += f(1)
        total += sum(j for j in range(3))
    return total


print(lots())


def runs_after_last_ref():
    cell_value = Tracker("while running")

    def inner():
        global pending
        pending = None  # drop the only other reference to this very function
        return cell_value.tag

    global pending
    pending = inner
    return pending()


print(runs_after_last_ref(), Tracker.alive)
