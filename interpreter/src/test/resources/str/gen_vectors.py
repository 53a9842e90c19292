#!/usr/bin/env python3
"""Generates the test vectors of skein.interpreter.str from CPython 3.11.

Run from anywhere with CPython 3.11:  python3 gen_vectors.py
It rewrites, next to itself:

  cases.jsonl   one JSON array per line: [op, arg..., expected]. Strings are JSON strings
                (non-ASCII as \\uXXXX escapes, lone surrogates included); None is null;
                bytes are {"bytes": "<hex>"}; a dict is {"dict": [[key, value], ...]};
                an exception is {"error": "<Type>", "msg": "<str(e)>"}.
  unicode.json  exhaustive per-code-point data over U+0000..U+10FFFF: for each predicate
                the inclusive ranges where str.isX() of the one-character string is true, and
                for each case mapping the code points whose mapping is not the identity.

The tests never run Python; they only read these files.

A Python str holding a lone high surrogate directly followed by a lone low surrogate cannot be
represented by a Java String (it reads as one supplementary character), so cases whose
arguments or result contain one are not written.
"""
import json
import os
import random
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
assert unicodedata.unidata_version == '14.0.0'

HERE = os.path.dirname(os.path.abspath(__file__))

# Code points whose Python 3.11 (Unicode 14.0) properties differ from those of the JDK's tables
# (Unicode 15.1 in JDK 21/22, 16.0 in JDK 24/25). The tests skip exactly these code points in the
# exhaustive checks, and no case vector uses them. Each entry: (first, last, reason).
EXCLUDED = [
    (0x019B, 0x019B, "Unicode 16.0 added U+A7DC LATIN CAPITAL LETTER LAMBDA WITH STROKE as its uppercase"),
    (0x0264, 0x0264, "Unicode 16.0 added U+A7CB LATIN CAPITAL LETTER RAMS HORN as its uppercase"),
    (0x10FC, 0x10FC, "Other_Lowercase since Unicode 15.0 (so Lowercase and Cased): islower() differs"),
    (0x30FB, 0x30FB, "Other_ID_Continue since Unicode 15.1 (KATAKANA MIDDLE DOT): identifier continue differs"),
    (0xA7F2, 0xA7F4, "Other_Lowercase since Unicode 15.0 (MODIFIER LETTER CAPITAL C/F/Q): islower() differs"),
    (0xAB69, 0xAB69, "Other_Lowercase since Unicode 15.0 (MODIFIER LETTER SMALL TURNED W): islower() differs"),
    (0xFF65, 0xFF65, "Other_ID_Continue since Unicode 15.1 (HALFWIDTH KATAKANA MIDDLE DOT): identifier continue differs"),
    (0x1171E, 0x1171E, "general category Mn -> Mc in Unicode 16.0 (AHOM CONSONANT SIGN MEDIAL RA): no longer Case_Ignorable"),
]

# Code points unassigned (Cn) in Unicode 14.0 that the JDK 25 tables (Unicode 16.0) assign: all
# 10301 of them differ from Python 3.11 in at least one property (isprintable, isalpha, ...).
# Computed as {cp : unicodedata.category(chr(cp)) == 'Cn'} & {cp : Character.getType(cp) != UNASSIGNED}.
# On JDK 21 (Unicode 15.0) part of these are still unassigned there and skipping them is harmless.
NEW_SINCE_14 = [
    (0x0897, 0x0897), (0x0CF3, 0x0CF3), (0x0ECE, 0x0ECE), (0x1B4E, 0x1B4F),
    (0x1B7F, 0x1B7F), (0x1C89, 0x1C8A), (0x2427, 0x2429), (0x2FFC, 0x2FFF),
    (0x31E4, 0x31E5), (0x31EF, 0x31EF), (0xA7CB, 0xA7CD), (0xA7DA, 0xA7DC),
    (0x105C0, 0x105F3), (0x10D40, 0x10D65), (0x10D69, 0x10D85), (0x10D8E, 0x10D8F),
    (0x10EC2, 0x10EC4), (0x10EFC, 0x10EFF), (0x1123F, 0x11241), (0x11380, 0x11389),
    (0x1138B, 0x1138B), (0x1138E, 0x1138E), (0x11390, 0x113B5), (0x113B7, 0x113C0),
    (0x113C2, 0x113C2), (0x113C5, 0x113C5), (0x113C7, 0x113CA), (0x113CC, 0x113D5),
    (0x113D7, 0x113D8), (0x113E1, 0x113E2), (0x116D0, 0x116E3), (0x11B00, 0x11B09),
    (0x11BC0, 0x11BE1), (0x11BF0, 0x11BF9), (0x11F00, 0x11F10), (0x11F12, 0x11F3A),
    (0x11F3E, 0x11F5A), (0x1342F, 0x1342F), (0x13439, 0x13455), (0x13460, 0x143FA),
    (0x16100, 0x16139), (0x16D40, 0x16D79), (0x18CFF, 0x18CFF), (0x1B132, 0x1B132),
    (0x1B155, 0x1B155), (0x1CC00, 0x1CCF9), (0x1CD00, 0x1CEB3), (0x1D2C0, 0x1D2D3),
    (0x1DF25, 0x1DF2A), (0x1E030, 0x1E06D), (0x1E08F, 0x1E08F), (0x1E4D0, 0x1E4F9),
    (0x1E5D0, 0x1E5FA), (0x1E5FF, 0x1E5FF), (0x1F6DC, 0x1F6DC), (0x1F774, 0x1F776),
    (0x1F77B, 0x1F77F), (0x1F7D9, 0x1F7D9), (0x1F8B2, 0x1F8BB), (0x1F8C0, 0x1F8C1),
    (0x1FA75, 0x1FA77), (0x1FA87, 0x1FA89), (0x1FA8F, 0x1FA8F), (0x1FAAD, 0x1FAAF),
    (0x1FABB, 0x1FABF), (0x1FAC6, 0x1FAC6), (0x1FACE, 0x1FACF), (0x1FADA, 0x1FADC),
    (0x1FADF, 0x1FADF), (0x1FAE8, 0x1FAE9), (0x1FAF7, 0x1FAF8), (0x1FBCB, 0x1FBEF),
    (0x2B739, 0x2B739), (0x2EBF0, 0x2EE5D), (0x31350, 0x323AF),
]

EXCLUDED_RANGES = [(a, b) for a, b, _ in EXCLUDED] + [(a, b) for a, b in NEW_SINCE_14]


def excluded(cp):
    for a, b in EXCLUDED_RANGES:
        if a <= cp <= b:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# encoding of values

def enc(v):
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, float):
        return {"float": v}
    raise TypeError(type(v))


def unrepresentable(v):
    if isinstance(v, str):
        for a, b in zip(v, v[1:]):
            if 0xD800 <= ord(a) <= 0xDBFF and 0xDC00 <= ord(b) <= 0xDFFF:
                return True
        return any(excluded(ord(c)) for c in v)
    if isinstance(v, (list, tuple)):
        return any(unrepresentable(x) for x in v)
    if isinstance(v, dict):
        return any(unrepresentable(k) or unrepresentable(x) for k, x in v.items())
    return False


class Writer:
    def __init__(self):
        self.lines = []
        self.seen = set()
        self.skipped = 0

    def case(self, op, args, fn):
        try:
            r = fn()
        except Exception as e:  # noqa: BLE001 - every Python error is an expected result
            r = None
            err = {"error": type(e).__name__, "msg": str(e)}
        else:
            err = None
        if unrepresentable(args) or (err is None and unrepresentable(r)):
            self.skipped += 1
            return
        line = json.dumps([op] + [enc(a) for a in args] + [err if err is not None else enc(r)])
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)


# ---------------------------------------------------------------------------------------------
# sample data

STRINGS = [
    "", "a", "A", "abc", "aaa", "abcabc", "hello world", "Hello World", "HELLO", "  lead and trail  ",
    "a,b,,c,", ",", "a b  c   d", "\t\n x \x0b y\x1c z\u2028 w\u3000v\x85", "1 2\xa03",
    "x\r\ny\rz\n\x85w\u2029q\x0c\x1d\x1e\x0b", "line\n", "\n\n", "\r\n\r",
    "Stra\xdfe", "caf\xe9", "\xc0\xc9\xce\xf5\xfc\xff", "\xb5\xaa\xba", "na\xefve \xbd",
    "\u0391\u0392\u0393 \u03b1\u03b2\u03b3", "\u03a3\u0391\u03a3", "\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3",
    "A\u03a3", "A\u03a3b", "A\u03a3.", "A.\u03a3'", "\u03a3", "a\u03a3\u0345 b", "\u1fb3\u1f80\u1fb2x",
    "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440", "\u4e2d\u6587\u5b57\u7b26\u4e32 \u4e00\u4e8c\u4e09",
    "\U0001f600x\U0001f600yy\U0001f600", "\U0001d400\U0001d41a\U00010400\U00010428", "\U0001f600",
    "a\ud800b", "\udc00x\udbff", "\ud800", "\udfff\ud800", "\U0001f600\udc00",
    "\u01c5ungla \u01c8 \u01cb \u01c4", "\ufb01ne \ufb02ow \ufb00", "\u0130stanbul \u0131i", "\u0149 \u01f0 \u0390",
    "\u2167 \xbd \xb2 \u2460 \u2155", "\u0661\u0662\u0663", "\uff11\uff12", "12345", "-42", "+7", "3.14",
    "mIxEd CaSe", "o'neil's \xc9COLE", "they're bill's friends", "hello\U0001f600WORLD", "_x1", "1x",
    "\u13a0\u13f8\uab70", "\u1e9e\xdf", "a\tb\tc", "\tx\n\ty\r\tz", "12\t\u4e2d\t\U0001f600\tq",
    "\x00\x7f\x80\x9f", "abc\u200bdef", "\u0300a", "\u02b0a\u0301A", "x" * 20, "ab" * 7,
]

# "\ud83d" and "\ude00" are the halves of U+1F600: as lone surrogates they must not match inside it
SUBS = ["", "a", "b", "ab", "l", "o", "\xdf", "\U0001f600", "\ud800", "\udc00", "\udbff", "\u03a3", "\u043c\u0438\u0440",
        "\u5b57", "xyz", ",", " ", "ll", "aa", "\n", "abc", "x", "\ud83d", "\ude00", "\ude00x", "y\ud83d"]

INTS = [None, 0, 1, 2, -1, -2, -3, 3, 5, 100, -100, 2**31 - 1, -2**31]


def substrings(s):
    out = set()
    if s:
        out.update([s[:1], s[:2], s[-1:], s[-2:], s[1:3], s])
    return sorted(out)


def gen_cases(w, rnd):
    # search family
    for s in STRINGS:
        subs = sorted(set(rnd.sample(SUBS, 8) + ["", "\U0001f600", "\ud800", "\ud83d", "\ude00"] + substrings(s)))
        for sub in subs:
            for op in ("find", "rfind", "index", "rindex", "count"):
                w.case(op, [s, sub, None, None], lambda: getattr(s, op)(sub))
            w.case("contains", [s, sub], lambda: sub in s)
            w.case("startswith", [s, sub, None, None], lambda: s.startswith(sub))
            w.case("endswith", [s, sub, None, None], lambda: s.endswith(sub))
            for _ in range(1):
                a, b = rnd.choice(INTS), rnd.choice(INTS)
                for op in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
                    w.case(op, [s, sub, a, b], lambda: getattr(s, op)(sub, a, b))
        for _ in range(4):
            tup = rnd.sample(subs, min(3, len(subs)))
            a, b = rnd.choice(INTS), rnd.choice(INTS)
            w.case("startswith", [s, tup, a, b], lambda: s.startswith(tuple(tup), a, b))
            w.case("endswith", [s, tup, a, b], lambda: s.endswith(tuple(tup), a, b))

    # split family
    for s in STRINGS:
        seps = [None, "", " ", ",", "a", "ab", "\n", "\U0001f600", "\ud800", "\ud83d", "\ude00", "\u03a3", "x"] + substrings(s)[:3]
        for sep in seps:
            for m in (-1, 0, 1, rnd.choice([2, 5, -5])):
                w.case("split", [s, sep, m], lambda: s.split(sep, m))
                w.case("rsplit", [s, sep, m], lambda: s.rsplit(sep, m))
            if sep is not None:
                w.case("partition", [s, sep], lambda: s.partition(sep))
                w.case("rpartition", [s, sep], lambda: s.rpartition(sep))
        for keep in (False, True):
            w.case("splitlines", [s, keep], lambda: s.splitlines(keep))

    # case, predicates, misc unary
    unary = ["lower", "upper", "casefold", "capitalize", "title", "swapcase",
             "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isupper", "islower",
             "istitle", "isidentifier", "isprintable", "isascii"]
    extra = ["AB\u03a3", "\u03a3\u03a3", "\u1f88\u1f80", "\u01c6\u01c5", "\u2163a", "1\u00b2", "\u4e00\u5341",
             "a b", " ", "\u3000", "Ab Cd", "ABC DEF", "Abc Def", "\u01c5a", "a\u01c5", "\u02b0", "\u2160\u2170",
             "if", "\u00e9t\u00e9", "\u0e33", "\u2e2f", "_", "a\u200c", "x\u00b7y", "\u1885"]
    for s in STRINGS + extra:
        for op in unary:
            w.case(op, [s], lambda: getattr(s, op)())
        w.case("len", [s], lambda: len(s))

    # strip, pad, zfill, expandtabs, prefix/suffix
    for s in STRINGS:
        for chars in [None, "", " ", "a", "ab", "\xdf", "\U0001f600", "\ud800", "\ude00", "\t\n", "x\u03a3", "lo"] + substrings(s)[:2]:
            for op in ("strip", "lstrip", "rstrip"):
                w.case(op, [s, chars], lambda: getattr(s, op)(chars))
        for width in (-5, 0, 1, 3, 4, 10, 11, 25):
            fills = [None, "*", "\U0001f600"] + (["\xdf", "", "ab", "\ud800"] if width == 10 else [])
            for fill in fills:
                for op in ("center", "ljust", "rjust"):
                    w.case(op, [s, width, fill], lambda: getattr(s, op)(width) if fill is None else getattr(s, op)(width, fill))
            w.case("zfill", [s, width], lambda: s.zfill(width))
        for ts in (None, 0, 1, 2, 4, 8, -1):
            w.case("expandtabs", [s, ts], lambda: s.expandtabs() if ts is None else s.expandtabs(ts))
        for p in SUBS + substrings(s):
            w.case("removeprefix", [s, p], lambda: s.removeprefix(p))
            w.case("removesuffix", [s, p], lambda: s.removesuffix(p))

    # replace
    for s in STRINGS:
        for old in SUBS[:9] + ["\ud83d", "\ude00"] + substrings(s)[:2]:
            for new in ["", "-", "\U0001f600"]:
                for count in (None, 0, rnd.choice([-1, 1, 2, 3, 100])):
                    w.case("replace", [s, old, new, count],
                           lambda: s.replace(old, new) if count is None else s.replace(old, new, count))

    # join
    for sep in ["", ",", " - ", "\U0001f600", "\xdf"]:
        for items in [[], ["a"], ["a", "b"], ["", ""], ["x", "\u4e2d", "\U0001f600"], ["\udc00", "\ud800"]]:
            w.case("join", [sep, items], lambda: sep.join(items))

    # indexing and slicing
    for s in STRINGS:
        for i in [0, 1, 2, -1, -2, 3, 5, -100, 100]:
            w.case("getitem", [s, i], lambda: s[i])
        for _ in range(30):
            a, b = rnd.choice(INTS), rnd.choice(INTS)
            c = rnd.choice([None, 1, 2, 3, -1, -2, -3, 0, 100, -100, -2**31])
            w.case("slice", [s, a, b, c], lambda: s[a:b:c])
        for m in (-1, 0, 1, 3):
            w.case("repeat", [s, m], lambda: s * m)

    # comparison (code point order)
    cmp_strings = ["", "a", "b", "ab", "\uffff", "\U00010000", "\ue000", "\ud800", "\udfff", "\U0001f600", "a\U0001f600",
                   "a\uffff", "\xe9", "z"]
    for a in cmp_strings:
        for b in cmp_strings:
            w.case("compare", [a, b], lambda: (a > b) - (a < b))

    # translate and maketrans
    tables = [
        {ord("a"): "A", ord("b"): None, ord("c"): 0x1F600, ord("\xdf"): "ss"},
        {0x1F600: "<smile>", ord("\u03a3"): ord("s"), ord(" "): ""},
        {ord("a"): -1},
        {ord("a"): 0x110000},
        {ord("a"): 1.5},
        {ord("l"): 0x10FFFF, ord("o"): "\ud800x"},
    ]
    for s in STRINGS:
        for t in tables:
            w.case("translate", [s, t], lambda: s.translate(t))
    for x, y, z in [("abc", "xyz", None), ("abc", "xy", None), ("a\U0001f600", "\xdf\u4e2d", "q\ud800"), ("", "", "abc"),
                    ("aa", "bc", "a")]:
        w.case("maketrans", [x, y, z], lambda: str.maketrans(x, y) if z is None else str.maketrans(x, y, z))
    for k in ["a", "", "ab", "\U0001f600"]:
        w.case("maketrans_key", [k], lambda: list(str.maketrans({k: 1}).keys())[0])

    # codecs
    enc_strings = ["", "abc", "caf\xe9", "\xe9\xe8\xea!", "a\u20acb", "\u4e2d\u6587", "x\U0001f600y", "a\ud800b",
                   "\udc80\udcffz", "\ud800\ud801", "\udcff\udc7f", "\x7f\x80\xff\u0100", "\U0010ffff", "ab\xe9\u4e2d\U0001f600"]
    encodings = ["utf-8", "UTF8", "ascii", "latin-1", "latin1", "iso-8859-1", "us-ascii", "Latin_1", "utf_8", "u8", "bogus"]
    errorss = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass",
               "bogus"]
    for s in enc_strings:
        for e in encodings:
            for err in errorss:
                w.case("encode", [s, e, err], lambda: s.encode(e, err))
    dec_bytes = [b"", b"abc", b"caf\xc3\xa9", b"\xff", b"a\x80b", b"\xe2\x82", b"\xe2\x82\xac", b"\xe2\x82A", b"\xe2A",
                 b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"\xf0\x9f", b"\xf0\x9fA", b"\xf0\x9f\x98A", b"\xed\xa0\x80",
                 b"\xed\xa0\x80x", b"\xed\xb2\x80", b"\xc0\x80", b"\xc1\xbf", b"\xe0\x80\x80", b"\xe0\xa0\x80",
                 b"\xf4\x90\x80\x80", b"\xf4\x8f\xbf\xbf", b"\xf5\x80", b"\x80\x81\x82", b"ab\xe9\xff", b"\xc3",
                 b"\xc3\xa9\xc3", b"\xee\x80\x80", b"\xef\xbf\xbf"]
    for b in dec_bytes:
        for e in encodings:
            for err in errorss:
                w.case("decode", [b, e, err], lambda: b.decode(e, err))


# ---------------------------------------------------------------------------------------------
# exhaustive per-code-point data

def ranges(pred):
    out = []
    start = None
    for cp in range(0x110000):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out += [start, cp - 1]
            start = None
    if start is not None:
        out += [start, 0x10FFFF]
    return out


def is_cased(cp):
    return (chr(cp) + "a").title()[-1] == "a"


def is_case_ignorable(cp):
    c = chr(cp)
    if is_cased(cp):
        return ("A\u03a3" + c).lower()[1] == "\u03c2"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


def gen_unicode():
    preds = {}
    for name in ("isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isupper", "islower",
                 "istitle", "isprintable", "isidentifier"):
        preds[name] = ranges(lambda cp: getattr(chr(cp), name)())
    preds["xid_continue"] = ranges(lambda cp: ("a" + chr(cp)).isidentifier())
    preds["cased"] = ranges(is_cased)
    preds["case_ignorable"] = ranges(is_case_ignorable)
    maps = {}
    for name in ("lower", "upper", "title", "casefold", "swapcase", "capitalize"):
        m = {}
        for cp in range(0x110000):
            r = getattr(chr(cp), name)()
            if r != chr(cp):
                m[str(cp)] = r
        maps[name] = m
    return {
        "unidata_version": unicodedata.unidata_version,
        "excluded": [[a, b] for a, b in EXCLUDED_RANGES],
        "predicates": preds,
        "mappings": maps,
    }


def main():
    w = Writer()
    gen_cases(w, random.Random(20240611))
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="ascii") as f:
        for line in w.lines:
            f.write(line + "\n")
    with open(os.path.join(HERE, "unicode.json"), "w", encoding="ascii") as f:
        json.dump(gen_unicode(), f, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print("%d cases (%d unrepresentable or excluded skipped)" % (len(w.lines), w.skipped))


if __name__ == "__main__":
    main()
