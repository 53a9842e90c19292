#!/usr/bin/env python3
"""Generates set_vectors.jsonl: random programs of set operations, run by CPython 3.11,
with the iteration order of every result. SetOrderTest replays them on PySet.

Run from this directory:  python3 gen_set_vectors.py > set_vectors.jsonl
Values are encoded as "i:<int>", "f:<float repr>" or "b:True"/"b:False" (their hashes are
deterministic, unlike str/None hashes)."""
import json
import random
import sys

assert sys.version_info[:2] == (3, 11), "vectors must come from CPython 3.11"

POOL = (list(range(-5, 41)) + [64, 72, 80, 96, 128, 256, 512, 1024, 1032, 4096, 8192, 65536,
        2 ** 40, 2 ** 61 + 5, 2 ** 61 - 1, 2 ** 62, -2 ** 62, 2 ** 33 + 1, -1000, 777, 100000]
        + [0.5, 1.5, -2.25, 1e20, 3.0, 7.0, 2.5e-3, -0.0] + [True, False])


def enc(v):
    if isinstance(v, bool):
        return "b:" + repr(v)
    if isinstance(v, int):
        return "i:" + str(v)
    return "f:" + repr(v)


def rand_list(rng, lo=0, hi=14):
    n = rng.randint(lo, hi)
    if rng.random() < 0.5:  # mostly small ints, the common case
        return [rng.choice(POOL[:46]) for _ in range(n)]
    return [rng.choice(POOL) for _ in range(n)]


def program(rng):
    regs = {}
    ops, expect = [], []

    def observe(x):
        expect.append([enc(v) for v in x] if isinstance(x, (set, frozenset)) else x)

    def reg():
        return rng.choice(sorted(regs))

    for r in range(3):
        xs = rand_list(rng, 0, 30 if rng.random() < 0.2 else 12)
        frozen = rng.random() < 0.25
        regs[r] = (frozenset if frozen else set)(xs)
        ops.append(["frozen" if frozen else "set", r, [enc(v) for v in xs]])
        observe(regs[r])
    for _ in range(rng.randint(3, 14)):
        kind = rng.choice(["add", "add", "add", "discard", "remove", "pop", "clear", "copy", "bin", "bin",
                           "inplace", "union", "intersection", "difference", "symdiff", "update",
                           "intersection_update", "difference_update", "symdiff_update", "fromdict",
                           "hash", "cmp", "many_adds", "many_discards", "init"])
        r = reg()
        s = regs[r]
        mutable = isinstance(s, set)
        arg_list = lambda: rand_list(rng, 0, 10)
        if kind in ("add", "discard", "remove", "pop", "clear", "update", "intersection_update",
                    "difference_update", "symdiff_update", "many_adds", "many_discards", "init") and not mutable:
            kind = "copy"
        if kind == "add":
            v = rng.choice(POOL)
            s.add(v)
            ops.append(["add", r, enc(v)])
        elif kind == "many_adds":
            vs = rand_list(rng, 5, 40)
            for v in vs:
                s.add(v)
            ops.append(["adds", r, [enc(v) for v in vs]])
        elif kind == "discard":
            v = rng.choice(list(s)) if s and rng.random() < 0.7 else rng.choice(POOL)
            s.discard(v)
            ops.append(["discard", r, enc(v)])
        elif kind == "many_discards":
            vs = [rng.choice(list(s)) for _ in range(rng.randint(1, 6))] if s else []
            for v in vs:
                s.discard(v)
            ops.append(["discards", r, [enc(v) for v in vs]])
        elif kind == "remove":
            if not s:
                continue
            v = rng.choice(list(s))
            s.remove(v)
            ops.append(["remove", r, enc(v)])
        elif kind == "pop":
            if not s:
                continue
            v = s.pop()
            ops.append(["pop", r])
            expect.append(enc(v))
        elif kind == "clear":
            s.clear()
            ops.append(["clear", r])
        elif kind == "init":
            xs = arg_list()
            s.__init__(xs)
            ops.append(["init", r, [enc(v) for v in xs]])
        elif kind == "copy":
            d = max(regs) + 1
            regs[d] = s.copy()
            ops.append(["copy", d, r])
            r = d
        elif kind in ("bin", "inplace"):
            o = reg()
            op = rng.choice(["|", "&", "-", "^"])
            if kind == "inplace" and mutable:
                if op == "|": s |= regs[o]
                elif op == "&": s &= regs[o]
                elif op == "-": s -= regs[o]
                else: s ^= regs[o]
                ops.append(["inplace", r, op, o])
            else:
                a, b = s, regs[o]
                res = a | b if op == "|" else a & b if op == "&" else a - b if op == "-" else a ^ b
                d = max(regs) + 1
                regs[d] = res
                ops.append(["bin", d, r, op, o])
                r = d
        elif kind in ("union", "intersection", "difference", "update", "intersection_update", "difference_update"):
            args, enc_args = [], []
            for _ in range(rng.randint(0, 3)):
                if rng.random() < 0.5:
                    o = reg()
                    args.append(regs[o])
                    enc_args.append({"reg": o})
                else:
                    xs = arg_list()
                    args.append(xs)
                    enc_args.append({"list": [enc(v) for v in xs]})
            res = getattr(s, kind)(*args)
            if res is not None:
                d = max(regs) + 1
                regs[d] = res
                ops.append([kind, d, r, enc_args])
                r = d
            else:
                ops.append([kind, r, r, enc_args])
        elif kind in ("symdiff", "symdiff_update"):
            if rng.random() < 0.5:
                o = reg()
                arg, enc_arg = regs[o], {"reg": o}
            else:
                xs = arg_list()
                arg, enc_arg = xs, {"list": [enc(v) for v in xs]}
            if kind == "symdiff":
                d = max(regs) + 1
                regs[d] = s.symmetric_difference(arg)
                ops.append(["symdiff", d, r, enc_arg])
                r = d
            else:
                s.symmetric_difference_update(arg)
                ops.append(["symdiff_update", r, r, enc_arg])
        elif kind == "fromdict":
            xs = arg_list()
            d = max(regs) + 1
            regs[d] = set(dict.fromkeys(xs))
            ops.append(["fromdict", d, [enc(v) for v in xs]])
            r = d
        elif kind == "hash":
            f = frozenset(s)
            ops.append(["hash", r])
            expect.append(hash(f))
            continue
        elif kind == "cmp":
            o = reg()
            b = regs[o]
            res = [s == b, s != b, s < b, s <= b, s > b, s >= b, s.isdisjoint(b)]
            ops.append(["cmp", r, o])
            expect.append(res)
            continue
        observe(regs[r])
    return {"ops": ops, "expect": expect}


def main():
    rng = random.Random(20240611)
    for _ in range(600):
        print(json.dumps(program(rng)))


main()
