# Checks a hand-written JSON-like serializer, pretty printer and parser that round-trip nested data.
def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
                else:
                    out.append("\\u%04x" % code)
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = (pad + dumps(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in obj.items())
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

class ParseError(Exception):
    pass

def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        if pos >= len(text):
            raise ParseError("unexpected end")
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                k = value()
                ws()
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                pos += 1
                result[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return result
                else:
                    raise ParseError(f"expected ',' or '}}' at {pos}")
        if ch == "[":
            pos += 1
            result = []
            ws()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]":
                    pos += 1
                    return result
                else:
                    raise ParseError(f"expected ',' or ']' at {pos}")
        if ch == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    esc = text[pos + 1]
                    if esc == "u":
                        code = int(text[pos + 2:pos + 6], 16)
                        pos += 6
                        if 0xD800 <= code < 0xDC00:
                            low = int(text[pos + 2:pos + 6], 16)
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            pos += 6
                        out.append(chr(code))
                        continue
                    out.append({"n": "\n", '"': '"', "\\": "\\"}[esc])
                    pos += 2
                else:
                    out.append(text[pos])
                    pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError(f"unexpected {ch!r} at {pos}")
        return float(num) if any(c in num for c in ".eE") else int(num)
    result = value()
    ws()
    if pos != len(text):
        raise ParseError(f"extra data at {pos}")
    return result

data = {"name": "Skein", "version": [0, 1], "tags": ["java", "python"], "ok": True, "none": None,
        "nested": {"pi": 3.14159, "big": 2 ** 70, "neg": -1.5e-7, "empty": {}, "list": []},
        "text": 'quote " backslash \\ newline \n café 😀'}
compact = dumps(data)
print(compact)
print(dumps(data, indent=2))
back = loads(compact)
print(back == data, loads(dumps(data, indent=4)) == data)
print(loads(' [1, 2.5, "x", {"a": [true, false, null]}] '))
for bad in ['{"a" 1}', "[1, 2", "[1,]", "nope", '{"a": 1} x']:
    try:
        loads(bad)
    except (ParseError, IndexError) as e:
        print(type(e).__name__, e)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
