# Checks list mutation methods: append, extend, insert, remove, pop, clear, index, count, copy.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before-last"); a.insert(-100, "very-first"); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1), a.count(1), a.count("zz"), a.index(5, 2))
b = a.copy(); b.append("only b"); print(len(a), len(b))
a.clear(); print(a, b[:3])
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
