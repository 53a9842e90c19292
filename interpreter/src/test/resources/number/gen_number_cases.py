#!/usr/bin/env python3
"""Writes cases.jsonl for NumberVectorTest: CPython 3.11's results for the number types.

Each line is a JSON array [kind, operands..., expected]. An operand is a typed literal:
{"t": "int", "v": "123"} / {"t": "bool", "v": true} / {"t": "float", "v": "<float.hex()>"} /
{"t": "complex", "v": ["<hex re>", "<hex im>"]} / {"t": "str", "v": "..."} / {"t": "none"}.
The expected value is {"type": name, "repr": repr(result)} or {"error": type, "msg": str(e)}.
Run: python3 gen_number_cases.py > cases.jsonl
"""
import json, math, sys

INF, NAN = float("inf"), float("nan")
INTS = [0, 1, -1, 2, -3, 7, -7, 256, 257, -6, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64, -(2**70) + 3, 10**30]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, 1.5, -2.5, 3.0, 0.1, 1e16, 1e-7, 1e308, INF, -INF, NAN, 2.0**53, 5e-324]
COMPLEXES = [complex(1, 2), 0j, complex(-1.5, 0.5), complex(0, -1), complex(-0.0, 0.0)]
VALUES = INTS + BOOLS + FLOATS + COMPLEXES
OPS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
CMPS = ["<", "<=", "==", "!=", ">", ">="]


def enc(x):
    if isinstance(x, bool): return {"t": "bool", "v": x}
    if isinstance(x, int): return {"t": "int", "v": str(x)}
    if isinstance(x, float): return {"t": "float", "v": x.hex()}
    if isinstance(x, complex): return {"t": "complex", "v": [x.real.hex(), x.imag.hex()]}
    if isinstance(x, str): return {"t": "str", "v": x}
    if x is None: return {"t": "none"}
    raise TypeError(x)


def describe(r):
    if isinstance(r, tuple):
        return {"type": "tuple", "repr": "(" + ", ".join(repr(e) + ":" + type(e).__name__ for e in r) + ")"}
    return {"type": type(r).__name__, "repr": repr(r)}


def run(f):
    try:
        return describe(f())
    except Exception as e:
        return {"error": type(e).__name__, "msg": str(e)}


def too_big(op, a, b):
    if isinstance(a, complex) or isinstance(b, complex):
        return False
    if op == "**" and isinstance(b, int) and not isinstance(a, float) and abs(b) > 300 and a not in (0, 1, -1):
        return True
    if op == "<<" and isinstance(b, int) and b > 300 and a != 0:
        return True
    return False


out = []
for a in VALUES:
    for b in VALUES:
        for i, op in enumerate(OPS):
            if too_big(op, a, b):
                continue
            out.append(["binary", i, enc(a), enc(b), run(lambda: eval("a " + op + " b"))])
        for i, op in enumerate(CMPS):
            out.append(["compare", i, enc(a), enc(b), run(lambda: eval("a " + op + " b"))])
        out.append(["divmod", enc(a), enc(b), run(lambda: divmod(a, b))])
for a in VALUES:
    for i, f in enumerate([lambda x: -x, lambda x: +x, lambda x: ~x, abs]):
        out.append(["unary", i, enc(a), run(lambda: f(a))])
    if not (isinstance(a, float) and math.isnan(a)) and not (isinstance(a, complex) and a != a):
        out.append(["hash", enc(a), run(lambda: hash(a))])
    out.append(["truth", enc(a), run(lambda: bool(a))])
    out.append(["repr", enc(a), run(lambda: repr(a))])
    out.append(["str", enc(a), run(lambda: str(a))])
    for name in ["int", "float", "complex", "bool"]:
        out.append(["call", name, enc(a), run(lambda: eval(name)(a))])
    for meth in ["__int__", "__float__", "__trunc__", "__floor__", "__ceil__", "__round__", "__index__",
                 "bit_length", "bit_count", "conjugate", "as_integer_ratio", "is_integer", "hex", "__complex__"]:
        if hasattr(a, meth):
            out.append(["method", meth, enc(a), run(lambda: getattr(a, meth)())])
    for attr in ["real", "imag", "numerator", "denominator"]:
        if hasattr(a, attr):
            out.append(["attr", attr, enc(a), run(lambda: getattr(a, attr))])
    for nd in [-2, 0, 1, 3]:
        if not isinstance(a, complex):
            out.append(["method1", "__round__", enc(a), enc(nd), run(lambda: round(a, nd))])
    for spec in ["", "d", "5", "<6", "+", ",", "x", "#b", ".2f", "e", "%", ".3g", "08.2f", "^10", "s"]:
        if not isinstance(a, complex):
            out.append(["method1", "__format__", enc(a), enc(spec), run(lambda: format(a, spec))])

STRS = ["0", "12", " 42\n", "-000123", "+7", "1_000", "1__0", "_1", "1_", "abc", "", " ", "0x1f", "0o17", "0b101",
        "010", "00", "1.5", "1e5", "inf", "-Infinity", "nan", "NaN", " -inf ", "1_000.5", "1e500", "-1e-400", ".5", "5.",
        "1+2j", "(1+2j)", " ( -1.5e3-2.5J ) ", "j", "-j", "+J", "1j", "nanj", "inf-infj", "1_0j", "1+j", "1+", "(1",
        "z", "Z", "١٢", "0x", "9" * 30, "-" + "9" * 25, "١٢.٥", "1e", "e1", "in", "infinit", "1 2", "0.0", "-0"]
for s in STRS:
    for name in ["int", "float", "complex"]:
        out.append(["call", name, enc(s), run(lambda: eval(name)(s))])
    for base in [0, 2, 8, 16, 36, 10, 1, 37]:
        out.append(["call2", "int", enc(s), enc(base), run(lambda: int(s, base))])
for x in [None, 1.5, 2j, 3]:
    out.append(["call2", "int", enc(x), enc(10), run(lambda: int(x, 10))])
for name in ["int", "float", "complex", "bool"]:
    out.append(["call", name, enc(None), run(lambda: eval(name)(None))])
    out.append(["call0", name, run(lambda: eval(name)())])
for r in [1, 1.5, 2j, complex(1, 2), "x", None, True]:
    for i in [2, 2.5, 3j, "y", None]:
        out.append(["call2", "complex", enc(r), enc(i), run(lambda: complex(r, i))])
POW3 = [(2, 10, 1000), (2, -1, 5), (2, -1, 4), (3, 4, -5), (2**70, 3, 97), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5),
        (2, 3, 5.0), (1j, 2, 3), (2, 3, "a"), (True, 3, 2), (-3, 3, 7), (5, 0, 1), (2, 3, None), (2.0, 0.5, None)]
for a, b, m in POW3:
    out.append(["pow3", enc(a), enc(b), enc(m), run(lambda: pow(a, b, m))])
for s in ["0x1.8p1", "-0x1p-2", "zz", "inf", "0x1p2000", " 0X1.FFFFFFFFFFFFFp1023 "]:
    out.append(["fromhex", enc(s), run(lambda: float.fromhex(s))])

for c in out:
    sys.stdout.write(json.dumps(c, ensure_ascii=True, separators=(",", ":")) + "\n")
