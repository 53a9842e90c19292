# Checks a tiny stack-based VM with an assembler; the last program hits a VM error that is not caught.
class VMError(Exception):
    pass

def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *arg = line.split()
        code.append((op, arg[0] if arg else None))
    return [(op, labels.get(a, int(a) if a and a.lstrip("-").isdigit() else a)) for op, a in code]

def run(code, trace=False, limit=10000):
    stack, pc, out, steps = [], 0, [], 0
    env = {}
    def pop():
        if not stack:
            raise VMError(f"stack underflow at pc={pc}")
        return stack.pop()
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, arg = code[pc]
        if trace:
            print(f"  {pc:>2} {op:<5} {'' if arg is None else arg!s:<6} {stack}")
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            pop()
        elif op == "dup":
            v = pop(); stack += [v, v]
        elif op == "swap":
            b, a = pop(), pop(); stack += [b, a]
        elif op in ("add", "sub", "mul", "div", "mod", "lt", "eq"):
            b, a = pop(), pop()
            if op in ("div", "mod") and b == 0:
                raise VMError(f"division by zero at pc={pc - 1}")
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // b if op == "div" else 0,
                          "mod": a % b if op == "mod" else 0, "lt": int(a < b), "eq": int(a == b)}[op])
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if pop() == 0:
                pc = arg
        elif op == "store":
            env[arg] = pop()
        elif op == "load":
            if arg not in env:
                raise VMError(f"unknown variable {arg}")
            stack.append(env[arg])
        elif op == "print":
            out.append(pop())
        elif op == "halt":
            break
        else:
            raise VMError(f"bad opcode {op!r}")
    return out, steps

FACT = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
GCD = """
    push 1071
    push 462
top:
    dup
    jz end     ; b == 0 -> a is the gcd
    dup
    store b
    mod
    load b
    swap
    jmp top
end:
    pop
    print
"""
print(run(assemble(FACT)))
print(run(assemble(GCD), trace=True))
for bad in ["push 1\nadd", "push 1\npush 0\ndiv", "load x", "frob", "l:\njmp l"]:
    try:
        run(assemble(bad), limit=50)
    except VMError as e:
        print("VMError:", e)
print(run(assemble("push 7\npush 0\nmod\nprint")))
