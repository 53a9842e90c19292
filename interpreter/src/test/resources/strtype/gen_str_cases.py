#!/usr/bin/env python3
"""Writes cases.jsonl for skein.interpreter.builtins.str.StrTypeVectorTest with CPython 3.11.

Each line is one call on str or bytes objects and what CPython gives for it: the result's type
name and repr, or the exception's "Type: message". Values are encoded as JSON: strings are str,
numbers int/float, null None, booleans bool; {"b": [..]} is bytes, {"t": [..]} a tuple,
{"l": [..]} a list, {"d": [[k, v], ..]} a dict.

Run from this directory:  python3 gen_str_cases.py > cases.jsonl
"""
import json
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

cases = []


def enc(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return v
    if isinstance(v, bytes):
        return {"b": list(v)}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


BINOPS = {"+": lambda a, b: a + b, "*": lambda a, b: a * b, "%": lambda a, b: a % b,
          "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b,
          "!=": lambda a, b: a != b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
          "in": lambda a, b: b in a, "[]": lambda a, b: a[b]}


def run(recv, op, args, kw):
    if op.startswith("m:"):
        return getattr(recv, op[2:])(*args, **kw)
    if op == "new":
        return {"str": str, "bytes": bytes}[recv](*args, **kw)
    if op == "repr":
        return repr(recv)
    if op == "str":
        return str(recv)
    if op == "len":
        return len(recv)
    if op == "bool":
        return bool(recv)
    if op == "list":
        return list(recv)
    if op == "format":
        return format(recv, *args)
    if op == "[::]":
        return recv[slice(*args)]
    return BINOPS[op](recv, args[0])


def case(recv, op, *args, **kw):
    line = {"recv": enc(recv), "op": op, "args": [enc(a) for a in args], "kw": {k: enc(v) for k, v in kw.items()}}
    try:
        r = run(recv, op, args, kw)
        line["type"] = type(r).__name__
        line["expect"] = repr(r)
    except Exception as e:
        line["type"] = "!"
        line["expect"] = type(e).__name__ + ": " + str(e)
    cases.append(line)


def m(recv, name, *args, **kw):
    case(recv, "m:" + name, *args, **kw)


# ---- str slots ----
for s in ["", "a", "abc", "a'b", 'a"b', "a'\"b", "\t\n\r\\", "\x00\x7f\x80\xff", "é日本", "\u200b\u2028", "😀x", "\U0010ffff"]:
    case(s, "repr")
    case(s, "str")
    case(s, "len")
    case(s, "bool")
    case(s, "list")
for i in [0, 1, 2, -1, -3, 3, 10, -10, 2 ** 70, True]:
    case("abc", "[]", i)
    case("a😀b", "[]", i)
case("abc", "[]", "x")
case("abc", "[]", 1.0)
case("abc", "[]", None)
for sl in [(None, None, None), (1, None, None), (None, None, -1), (None, None, 2), (-2, None, None), (5, 1, -2),
           (1, 100, None), (-100, 2, None), (None, None, 0), (2 ** 80, None, None), ("a", None, None), (3, 0, 1)]:
    case("abcdef", "[::]", *sl)
    case("a😀b日c", "[::]", *sl)
for a, b in [("a", "b"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("\uffff", "\U00010000"), ("é", "e"), ("a", "a")]:
    for o in ["<", "<=", "==", "!=", ">", ">="]:
        case(a, o, b)
for o in ["<", "==", "!=", ">="]:
    case("a", o, 1)
    case("a", o, None)
    case("a", o, b"a")
case("ab", "+", "cd")
case("ab", "+", "")
case("", "+", "x")
case("ab", "+", 1)
case("ab", "+", None)
case("ab", "+", b"x")
case("ab", "+", ["x"])
for n in [0, 1, 3, -2, True, False, 2 ** 70, -(2 ** 70)]:
    case("ab", "*", n)
case("", "*", 5)
case("ab", "*", 2.0)
case("ab", "*", "c")
case("😀", "*", 3)
for sub in ["", "a", "bc", "abcd", "x", "😀"]:
    case("abc😀", "in", sub)
case("abc", "in", 1)
case("abc", "in", None)
case("abc", "in", b"a")

# ---- % formatting ----
case("%s", "%", 1)
case("%s %s", "%", (1, "x"))
case("%s %s", "%", (1,))
case("%s", "%", (1, 2))
case("%s", "%", ())
case("%s", "%", ((1, 2),))
case("%s", "%", [1, 2])
case("%r|%a|%s", "%", ("é", "é", "é"))
case("%d %i %u", "%", (1, -2, 3))
case("%5d|%-5d|%05d|%+d|% d", "%", (42, 42, 42, 42, 42))
case("%x %X %o %#x %#o", "%", (255, 255, 8, 255, 8))
case("%d", "%", 3.99)
case("%d", "%", -3.99)
case("%x", "%", 3.0)
case("%d", "%", "x")
case("%d", "%", None)
case("%d", "%", True)
case("%d", "%", 2 ** 100)
case("%.2f %e %g %G %F", "%", (3.14159, 12345.678, 0.00001234, 1e20, 2.5))
case("%f", "%", 3)
case("%f", "%", "x")
case("%10.3f|%-10.2f|", "%", (3.14159, 2.5))
case("%c%c", "%", (65, "é"))
case("%c", "%", "ab")
case("%c", "%", 0x110000)
case("%c", "%", 1.5)
case("%%", "%", ())
case("100%%", "%", ())
case("%", "%", 1)
case("%z", "%", 1)
case("abc", "%", 1)
case("abc", "%", ())
case("abc", "%", [])
case("abc", "%", {})
case("abc", "%", "x")
case("%(a)s-%(b)r", "%", {"a": 1, "b": "x"})
case("%(a)s", "%", {"b": 1})
case("%(a)s", "%", 1)
case("%(a)s", "%", (1,))
case("%s %(a)s", "%", {"a": 1})
case("%(a)s %s", "%", {"a": 1})
case("%s", "%", {"a": 1})
case("%*d|%-*d|%.*f", "%", (5, 1, 4, 2, 2, 3.14159))
case("%*d", "%", ("a", 1))
case("%.3s|%5s|%-5s|", "%", ("abcdef", "ab", "ab"))
case("%(a", "%", {"a": 1})
case("%s %d", "%", ("x", "y"))
case("%5.1s|", "%", "😀x")

# ---- format ----
for spec in ["", "5", "<5", ">5", "^5", "^6", "*^7", "x<4", ".2", "5.1", "s", "d", "=5", "+", " ", ",", "_", "#", "z", "05"]:
    case("abc", "format", spec)
case("😀é", "format", ">5")
case("abc", "m:__format__", 1)
case("abc", "m:__format__", "")
fm = "m:format"
case("{}-{}-{}", fm, 1, 2, 3)
case("{2}{1}{0}", fm, "a", "b", "c")
case("{x}{y}", fm, x=1, y=2)
case("{0!r:>8}|{0!s:<8}|{0!a}", fm, "hé")
case("{:,.2f}|{:>{}}|{:{}{}}", fm, 1234567.891, "w", 6, 5, "0", 4)
case("{p[x]} {p[y][1]}", fm, p={"x": 1, "y": [10, 20]})
case("{0.real} {0.imag}", fm, 3)
case("{0[0]} {0[1]}", fm, ["a", "b"])
case("{0[1]}", fm, {1: "int key"})
case("{0[-1]}", fm, {"-1": "str key"})
case("{0[a b]}", fm, {"a b": 7})
case("{{}} {{{}}} }}{{", fm, 3)
case("{} {0}", fm, 1, 2)
case("{0} {}", fm, 1, 2)
case("{", fm, 1)
case("}", fm, 1)
case("x{", fm)
case("{0}}", fm, 1)
case("{0", fm, 1)
case("{0!}", fm, 1)
case("{0!x}", fm, 1)
case("{0!rr}", fm, 1)
case("{0!r", fm, 1)
case("{0.}", fm, 1)
case("{0[}", fm, 1)
case("{0[]}", fm, 1)
case("{0[0]x}", fm, [1])
case("{0.y}", fm, 1)
case("{x}", fm, 1)
case("{0}{1}", fm, 1)
case("{}", fm)
case("{a.b}", fm)
case("{:{:{}}}", fm, 1, 2, 3)
case("{00}", fm, 7)
case("{0x}", fm, 7)
case("{-1}", fm, 7)
case("{99999999999999999999}", fm, 7)
case("{0:{1}}", fm, 7, "aa")
case("{:", fm, 1)
case("{0:{}", fm, 1)
case("{[0]}", fm, [3])
case("{0]}", fm, [1])
case("{a[0]b}", fm, a=[1])
case("{:d}", fm, "ab")
case("{:x}|{:b}|{:08.3f}|{:%}", fm, 255, 5, 3.14159, 0.5)
case("{!s:>3}", fm, None)
case("{:>5}", fm, True)
case("{}", fm, b"x")
case("{0} {1}", fm, "a", 2.5, extra=1)
case("{}", fm, "😀")
case("{a}", "m:format_map", {"a": 1})
case("{a[0]}", "m:format_map", {"a": "xyz"})
case("{0}", "m:format_map", {})
case("{}", "m:format_map", {})
case("{a}", "m:format_map", {})
case("{a}", "m:format_map", 1)
case("ab", "m:format_map")

# ---- methods ----
words = ["", "hello world", "Hello World", "HELLO", "hello", "ßtraße", "ǅungla", "ΣΑΣ ΟΔΟΣ", "ﬁx", "İstanbul",
         "  padded\t\n", "tab\tbed", "123", "١٢٣", "½", "x2", "a_b", "2x", "_", "Titled Words Here", "\x1f", "é"]
for w in words:
    for name in ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii",
                 "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
                 "istitle", "isupper", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "expandtabs"]:
        m(w, name)
for name in ["upper", "isdigit", "title"]:
    m("abc", name, 1)
    m("abc", name, zz=1)
s = "abracadabra"
for name in ["find", "rfind", "index", "rindex", "count"]:
    for args in [("a",), ("bra",), ("z",), ("",), ("a", 3), ("a", -4), ("a", 1, 4), ("a", None, None), ("a", None, -2),
                 ("", 20), ("", 11), ("a", 2 ** 70), ("a", -(2 ** 70)), (1,), ("a", "x"), ("a", 1.5), (), ("a", 1, 2, 3)]:
        m(s, name, *args)
    m(s, name, "a", start=1)
m("a😀b😀", "find", "b")
m("a😀b😀", "rfind", "😀")
m("a😀b😀", "count", "😀", 2)
for name in ["startswith", "endswith"]:
    for args in [("abr",), ("bra",), (("x", "abr"),), (("x", "y"),), ((),), ("",), ("", 11), ("", 12), ("a", 7),
                 ("ra", 0, 4), ("ra", -3, -1), (1,), ((1,),), (("a", 1),), ("a", "x"), (), ("a", 1, 2, 3)]:
        m(s, name, *args)
    m(s, name, prefix="a")
for args, kw in [((), {}), ((",",), {}), ((",", 1), {}), ((None, 1), {}), ((), {"sep": ","}), ((), {"maxsplit": 1}),
                 ((), {"sep": ",", "maxsplit": 0}), (("",), {}), ((1,), {}), ((",", 1.5), {}), ((",", "x"), {}),
                 ((",",), {"sep": ","}), ((), {"x": 1}), ((",", 1, 2), {}), ((",", -1), {}), ((",", 2 ** 70), {})]:
    m("a,b,,c", "split", *args, **kw)
    m("a,b,,c", "rsplit", *args, **kw)
    m("  a  b c  ", "split", *args, **kw)
    m("  a  b c  ", "rsplit", *args, **kw)
m("a😀b😀c", "split", "😀")
m("\x1ca\x1db\x85c\xa0d\u3000e", "split")
for t in ["a\nb\r\nc\rd", "a\n", "\n", "", "a\x0bb\x0cc\x1cd\x85e\u2028f\u2029"]:
    m(t, "splitlines")
    m(t, "splitlines", True)
    m(t, "splitlines", keepends=True)
m("a", "splitlines", 1.5)
m("a", "splitlines", "x")
m("a", "splitlines", 1, 2)
m("a", "splitlines", x=1)
for name in ["partition", "rpartition"]:
    for arg in ["=", "==", "x", "", 1, "a=b=c"]:
        m("a=b=c", name, arg)
    m("a", name)
for sep, items in [(",", ["a", "b", "c"]), ("", []), ("-", "xyz"), ("", ["only"]), ("ab", ("x", "y")), (", ", {"k": 1}),
                   (",", [1]), (",", ["a", 2]), (",", 5), (",", None), (",", [b"x"])]:
    m(sep, "join", items)
m(",", "join")
m(",", "join", ["a"], ["b"])
for name in ["center", "ljust", "rjust"]:
    for args in [(10,), (10, "*"), (2,), (-5,), (7, "é"), (6, "😀"), (), (10, "ab"), (10, ""), (10, 1), ("x",),
                 (1.5,), (10, "*", 1), (True,)]:
        m("abc", name, *args)
    m("abc", name, width=5)
for args in [(5,), (2,), (-1,), ("x",), (), (5, 1)]:
    m("42", "zfill", *args)
    m("-42", "zfill", *args)
    m("+x", "zfill", *args)
for name in ["strip", "lstrip", "rstrip"]:
    for args in [(), ("xa",), (None,), ("",), (1,), ("a", "b")]:
        m("xxaHixax", name, *args)
    m("  \u3000hi\x85 ", name)
    m("x", name, chars="x")
for args, kw in [((), {}), ((4,), {}), ((0,), {}), ((-1,), {}), ((), {"tabsize": 2}), (("x",), {}), ((1.5,), {}),
                 ((2 ** 40,), {}), ((1, 2), {}), ((), {"x": 1})]:
    m("a\tbc\td\n\te\r\tf", "expandtabs", *args, **kw)
for name in ["removeprefix", "removesuffix"]:
    for args in [("ab",), ("ef",), ("",), ("abcdefg",), (1,), ()]:
        m("abcdef", name, *args)
for args in [("a", "X"), ("a", "X", 2), ("a", "X", 0), ("a", "X", -1), ("", "-"), ("", "-", 2), ("xyz", "Q"), ("a", ""),
             ("a", 1), (1, "a"), ("a",), ("a", "b", 1.5), ("a", "b", 1, 2), ("a", "b", 2 ** 70), ("😀", "-")]:
    m("banana", "replace", *args)
m("banana", "replace", "a", "b", count=1)
m("a😀b", "replace", "😀", "!")
for args, kw in [((), {}), (("ascii",), {}), (("latin-1",), {}), (("utf8",), {}), (("ascii", "ignore"), {}),
                 (("ascii", "replace"), {}), (("ascii", "backslashreplace"), {}), (("ascii", "xmlcharrefreplace"), {}),
                 ((), {"encoding": "latin-1", "errors": "strict"}), ((1,), {}), (("ascii", 1), {}), (("nope",), {}),
                 ((), {"zz": 1}), (("a", "b", "c"), {}), (("ascii", "nohandler"), {})]:
    m("aé😀", "encode", *args, **kw)
    m("plain", "encode", *args, **kw)
m("aéb", "encode", "ascii")
m("aé😀b", "encode", "latin-1")
case("str", "m:maketrans", "abc", "xyz")
# the one-argument form, through translate (the dict repr orders keys by insertion, which the cases keep)
for table in [{"a": "1", "b": None, "c": "33"}, {97: 98}, {97: "xy", 98: None}]:
    m("abcabc", "translate", str.maketrans(table))
m("abc", "translate", {97: 0x110000})
m("abc", "translate", {97: 1.5})
m("abc", "translate", {97: -1})
m("abc", "translate", [])
m("abc", "translate", 1)
m("abc", "translate", "xyz")
m("abc", "translate", {})
m("abc", "translate")
m("abc", "translate", str.maketrans("ab", "AB", "c"))

# ---- constructor ----
for args, kw in [((), {}), ((1,), {}), (("x",), {}), ((None,), {}), ((1.5,), {}), (([1, "a"],), {}), ((b"ab",), {}),
                 ((b"ab", "ascii"), {}), ((b"\xff", "ascii"), {}), ((b"\xff", "ascii", "ignore"), {}),
                 ((b"\xff", "latin-1"), {}), ((b"ab",), {"encoding": "utf-8"}), ((b"ab",), {"errors": "strict"}),
                 ((1, "ascii"), {}), (("a", "ascii"), {}), ((), {"object": 5}), ((), {"x": 1}), ((1, 2, 3, 4), {}),
                 ((b"a", 1), {}), ((), {"encoding": "ascii"}), ((b"\xc3\xa9",), {"encoding": "utf-8"})]:
    case("str", "new", *args, **kw)

# ---- bytes ----
for b in [b"", b"abc", b"a'b", b'a"b', b"a'\"b", b"\x00\t\n\r\\\x7f\x80\xff ", bytes(range(0, 256, 17))]:
    case(b, "repr")
    case(b, "str")
    case(b, "len")
    case(b, "bool")
    case(b, "list")
for i in [0, 2, -1, 3, -4, "x"]:
    case(b"abc", "[]", i)
for sl in [(None, None, -1), (1, None, None), (None, None, 2), (5, 0, -2)]:
    case(b"abcdef", "[::]", *sl)
for a, b in [(b"a", b"b"), (b"abc", b"ab"), (b"\xff", b"a"), (b"a", b"a")]:
    for o in ["<", "==", "!=", ">="]:
        case(a, o, b)
case(b"a", "==", "a")
case(b"a", "<", "a")
case(b"ab", "+", b"cd")
case(b"ab", "+", 1)
case(b"ab", "+", "a")
case(b"ab", "*", 3)
case(b"ab", "*", -1)
case(b"ab", "*", 2.0)
for x in [b"b", b"", b"bc", b"x", 98, 300, -1, "a", None]:
    case(b"abc", "in", x)
for args, kw in [((), {}), (("ascii",), {}), (("latin-1",), {}), (("ascii", "ignore"), {}), (("ascii", "replace"), {}),
                 ((), {"errors": "replace"}), ((1,), {}), (("nope",), {}), (("ascii", 1), {})]:
    m(b"a\xc3\xa9\xff", "decode", *args, **kw)
    m(b"abc", "decode", *args, **kw)
for args, kw in [((), {}), ((":",), {}), ((":", 2), {}), ((":", -2), {}), ((b"-", 3), {}), (("ab",), {}), ((1,), {}),
                 ((), {"sep": "_"})]:
    m(b"\x01\x02\x03\x04\xff", "hex", *args, **kw)
for arg in ["61 62", "6162", " 61\n62 ", "zz", "6", "61 6", "é", 1]:
    case(b"", "m:fromhex", arg)
for name in ["find", "rfind", "index", "rindex", "count"]:
    for args in [(b"a",), (b"z",), (97,), (300,), ("a",), (b"a", 2), (b"",)]:
        m(b"abracadabra", name, *args)
for name in ["startswith", "endswith"]:
    for args in [(b"ab",), (b"ra",), ((b"x", b"ab"),), ("a",), ((b"a", "b"),)]:
        m(b"abracadabra", name, *args)
for args, kw in [((), {}), ((b",",), {}), ((b",", 1), {}), ((), {"maxsplit": 1}), ((1,), {}), ((b"",), {}), (("a",), {})]:
    m(b" a,b  c,d \x1c ", "split", *args, **kw)
    m(b" a,b  c,d \x1c ", "rsplit", *args, **kw)
for items in [[b"a", b"b"], [], [b"x"], [1], [b"a", "b"], 5, (b"p", b"q")]:
    m(b", ", "join", items)
for name in ["strip", "lstrip", "rstrip"]:
    for args in [(), (b"xa",), (None,), (1,), ("x",)]:
        m(b" \x1c\t xaHixa \n", name, *args)
for args in [(b"a", b"X"), (b"a", b"X", 1), (b"", b"-"), ("a", "b"), (b"a",)]:
    m(b"banana", "replace", *args)
for name in ["upper", "lower", "isdigit"]:
    for b in [b"aBc\xe9", b"", b"123", b"12a"]:
        m(b, name)
    m(b"a", name, 1)
for args, kw in [((), {}), ((3,), {}), ((0,), {}), ((-1,), {}), (([1, 2, 255],), {}), (([256],), {}), ((["a"],), {}),
                 (((65, 66),), {}), (("abc",), {}), (("abé", "utf-8"), {}), (("abé", "ascii"), {}),
                 (("abé", "ascii", "replace"), {}), ((1, "ascii"), {}), (("a",), {"errors": "strict"}), ((1.5,), {}),
                 ((b"xy",), {}), ((None,), {}), ((), {"x": 1}), ((), {"source": b"q"}), ((), {"encoding": "ascii"}),
                 ((True,), {})]:
    case("bytes", "new", *args, **kw)

for c in cases:
    print(json.dumps(c, ensure_ascii=True))
