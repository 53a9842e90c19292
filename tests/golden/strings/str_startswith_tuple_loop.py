# Checks a classification loop using startswith/endswith/in/strip on many strings.
lines = ["# comment", "  indented code", "def f():", "class C:", "", "   ", "x = 1  # trailing", "return x", "'''doc'''"]
for ln in lines:
    st = ln.strip()
    if not st:
        kind = "blank"
    elif st.startswith("#"):
        kind = "comment"
    elif st.startswith(("def ", "class ")):
        kind = "definition"
    elif st.startswith(("'''", '"""')) and st.endswith(("'''", '"""')):
        kind = "docstring"
    elif "=" in st:
        kind = "assignment"
    else:
        kind = "other"
    print(repr(ln), "->", kind, ln.startswith(" "), len(ln) - len(ln.lstrip()))
