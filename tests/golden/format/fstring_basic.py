# Checks f-string interpolation of expressions, nested quotes, braces and = debugging.
name = "Ada"
n = 3
items = ["x", "y"]
print(f"Hello {name}!", f"{n + 1}", f"{n * 2 = }", f"{name!r}", f"{name = }", f"{{braces}} {n}")
print(f"{items[0]} {items[-1]} {len(items)} {items}")
print(f"{'single'} {'ok'}", f'{"double"}', f"""{'tri' + "ple"}""")
d = {"k": 5}
print(f"{d['k']} {d}")
print(f"{n:>4}|{n:<4}|{n:^5}|{n:04}")
print(f"{3.14159:.2f} {1 / 3:.3} {10 ** 6:,}")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}]", f"[{'x':{'*'}^{w}}]")
print(f"{'nested ' + f'{n}'}", f"{n!s:>3}", f"{'abc'!a}", f"{'é'!a}")
print(f"{n}" f" and {name}" "-plain")
x = 5
print(f"{x if x > 3 else 0}", f"{(lambda v: v * 2)(x)}", f"{[i for i in range(x)]}")
