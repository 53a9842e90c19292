# Checks a tokenizer plus recursive-descent parser and evaluator for arithmetic with variables.
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text!r}"

class CalcError(Exception):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r} at {start}")
            tokens.append(Token("NUM", text, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("EOF", "", len(src)))
    return tokens

class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i]

    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise CalcError(f"expected {text!r} at {t.pos}, got {t.text!r}")
        self.i += 1
        return t

    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek().kind != "EOF":
            raise CalcError(f"trailing input at {self.peek().pos}")
        return value

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif rhs == 0:
                raise CalcError("division by zero")
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek().text == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.take()
        if t.kind == "NUM":
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if t.text not in self.FUNCS:
                    raise CalcError(f"unknown function {t.text}")
                return self.FUNCS[t.text](*args)
            if t.text not in self.env:
                raise CalcError(f"undefined variable {t.text}")
            return self.env[t.text]
        if t.text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {t.text!r} at {t.pos}")

print(tokenize("x = 3.5 * (y + 2) ** 2"))
env = {}
lines = ["x = 4", "y = x ** 2 - 1", "y / 3", "2 ** 3 ** 2", "-2 ** 2", "(1 + 2) * -3", "max(x, y, 7) % 5",
         "abs(-x) + min(1, 2)", "z + 1", "1 / (x - 4)", "3 +", "1.2.3", "4 $ 4", "0.5 + .25", "foo(1)"]
for line in lines:
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<22} => {result!r}")
    except CalcError as e:
        print(f"{line:<22} !! {e}")
print(sorted(env.items()))
