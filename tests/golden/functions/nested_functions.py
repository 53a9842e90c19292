# Checks nested function definitions, deep closure chains and redefinition.
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2
print(level1(1)(2)(3)(4), level1("a")("b")("c")("d"))
def f():
    return "first"
first_f = f
def f():
    return "second"
print(first_f(), f())
def counter_factory():
    counts = {"n": 0}
    def tick():
        counts["n"] += 1
        return counts["n"]
    return tick
t = counter_factory()
print(t(), t(), t())
