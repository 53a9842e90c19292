# Checks eval/exec/compile: expressions, statements, namespaces, closures over globals, syntax errors.
x = 10
print(eval("x * 2 + 1"))
print(eval("[i * i for i in range(4)]"))
exec("y = x + 5\nprint('in exec', y)")
print(y)
ns = {}
exec("def f(a):\n    return a * 3\nz = f(4)", ns)
print(ns["z"], sorted(k for k in ns if not k.startswith("__")))
def g():
    q = 7
    return eval("q + 1")
print(g())
c = compile("1 + 2", "<expr>", "eval")
print(eval(c), type(c).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("lambda v: v + x")(1))
