package skein.interpreter.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders a tree exactly as CPython 3.11's {@code ast.dump(node)} does (default arguments: field
 * names shown, no position attributes, no indentation). Being byte-for-byte identical is the point:
 * it lets the parser be tested against dumps produced once by a real CPython.
 */
public final class AstDump {
    private final StringBuilder out = new StringBuilder();
    private final boolean includeAttributes;

    private AstDump(boolean includeAttributes) {
        this.includeAttributes = includeAttributes;
    }

    /** The {@code ast.dump} text of {@code node}. */
    public static String dump(Node node) {
        return dump(node, false);
    }

    /** {@code ast.dump(node, include_attributes=...)}: optionally with line/column positions. */
    public static String dump(Node node, boolean includeAttributes) {
        AstDump d = new AstDump(includeAttributes);
        d.value(node);
        return d.out.toString();
    }

    // ---- node dispatch -------------------------------------------------------------------

    private void node(Node n) {
        switch (n) {
            case Mod.Module m -> open("Module").field("body", m.body()).field("type_ignores", m.typeIgnores()).close();
            case Mod.Expression m -> open("Expression").field("body", m.body()).close();
            case Mod.Interactive m -> open("Interactive").field("body", m.body()).close();
            case TypeIgnore t -> open("TypeIgnore").field("lineno", (long) t.lineno()).field("tag", t.tag()).close();
            case Stmt s -> {
                located = s;
                stmt(s);
            }
            case Expr e -> {
                located = e;
                expr(e);
            }
            case Arguments a -> open("arguments").field("posonlyargs", a.posonlyargs()).field("args", a.args())
                    .opt("vararg", a.vararg()).field("kwonlyargs", a.kwonlyargs())
                    .field("kw_defaults", a.kwDefaults()).opt("kwarg", a.kwarg())
                    .field("defaults", a.defaults()).close();
            case Arg a -> open("arg", a).field("arg", a.arg()).opt("annotation", a.annotation())
                    .opt("type_comment", a.typeComment()).close();
            case Keyword k -> open("keyword", k).opt("arg", k.arg()).field("value", k.value()).close();
            case Alias a -> open("alias", a).field("name", a.name()).opt("asname", a.asname()).close();
            case WithItem w -> open("withitem").field("context_expr", w.contextExpr())
                    .opt("optional_vars", w.optionalVars()).close();
            case ExceptHandler h -> open("ExceptHandler", h).opt("type", h.type()).opt("name", h.name())
                    .field("body", h.body()).close();
            case Comprehension c -> open("comprehension").field("target", c.target()).field("iter", c.iter())
                    .field("ifs", c.ifs()).field("is_async", (long) c.isAsync()).close();
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> open("FunctionDef").field("name", f.name()).field("args", f.args())
                    .field("body", f.body()).field("decorator_list", f.decoratorList())
                    .opt("returns", f.returns()).opt("type_comment", f.typeComment()).close();
            case Stmt.ClassDef c -> open("ClassDef").field("name", c.name()).field("bases", c.bases())
                    .field("keywords", c.keywords()).field("body", c.body())
                    .field("decorator_list", c.decoratorList()).close();
            case Stmt.Return r -> open("Return").opt("value", r.value()).close();
            case Stmt.Delete d -> open("Delete").field("targets", d.targets()).close();
            case Stmt.Assign a -> open("Assign").field("targets", a.targets()).field("value", a.value())
                    .opt("type_comment", a.typeComment()).close();
            case Stmt.AugAssign a -> open("AugAssign").field("target", a.target()).field("op", a.op())
                    .field("value", a.value()).close();
            case Stmt.AnnAssign a -> open("AnnAssign").field("target", a.target())
                    .field("annotation", a.annotation()).opt("value", a.value())
                    .field("simple", (long) a.simple()).close();
            case Stmt.For f -> open("For").field("target", f.target()).field("iter", f.iter())
                    .field("body", f.body()).field("orelse", f.orelse()).opt("type_comment", f.typeComment()).close();
            case Stmt.While w -> open("While").field("test", w.test()).field("body", w.body())
                    .field("orelse", w.orelse()).close();
            case Stmt.If i -> open("If").field("test", i.test()).field("body", i.body())
                    .field("orelse", i.orelse()).close();
            case Stmt.With w -> open("With").field("items", w.items()).field("body", w.body())
                    .opt("type_comment", w.typeComment()).close();
            case Stmt.Raise r -> open("Raise").opt("exc", r.exc()).opt("cause", r.cause()).close();
            case Stmt.Try t -> open("Try").field("body", t.body()).field("handlers", t.handlers())
                    .field("orelse", t.orelse()).field("finalbody", t.finalbody()).close();
            case Stmt.TryStar t -> open("TryStar").field("body", t.body()).field("handlers", t.handlers())
                    .field("orelse", t.orelse()).field("finalbody", t.finalbody()).close();
            case Stmt.Assert a -> open("Assert").field("test", a.test()).opt("msg", a.msg()).close();
            case Stmt.Import i -> open("Import").field("names", i.names()).close();
            case Stmt.ImportFrom i -> open("ImportFrom").opt("module", i.module()).field("names", i.names())
                    .field("level", (long) i.level()).close();
            case Stmt.Global g -> open("Global").field("names", g.names()).close();
            case Stmt.Nonlocal n -> open("Nonlocal").field("names", n.names()).close();
            case Stmt.ExprStmt e -> open("Expr").field("value", e.value()).close();
            case Stmt.Pass p -> open("Pass").close();
            case Stmt.Break b -> open("Break").close();
            case Stmt.Continue c -> open("Continue").close();
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> open("BoolOp").field("op", b.op()).field("values", b.values()).close();
            case Expr.NamedExpr n -> open("NamedExpr").field("target", n.target()).field("value", n.value()).close();
            case Expr.BinOp b -> open("BinOp").field("left", b.left()).field("op", b.op())
                    .field("right", b.right()).close();
            case Expr.UnaryOp u -> open("UnaryOp").field("op", u.op()).field("operand", u.operand()).close();
            case Expr.Lambda l -> open("Lambda").field("args", l.args()).field("body", l.body()).close();
            case Expr.IfExp i -> open("IfExp").field("test", i.test()).field("body", i.body())
                    .field("orelse", i.orelse()).close();
            case Expr.Dict d -> open("Dict").field("keys", d.keys()).field("values", d.values()).close();
            case Expr.SetExpr s -> open("Set").field("elts", s.elts()).close();
            case Expr.ListComp c -> open("ListComp").field("elt", c.elt()).field("generators", c.generators()).close();
            case Expr.SetComp c -> open("SetComp").field("elt", c.elt()).field("generators", c.generators()).close();
            case Expr.DictComp c -> open("DictComp").field("key", c.key()).field("value", c.value())
                    .field("generators", c.generators()).close();
            case Expr.GeneratorExp c -> open("GeneratorExp").field("elt", c.elt())
                    .field("generators", c.generators()).close();
            case Expr.Yield y -> open("Yield").opt("value", y.value()).close();
            case Expr.YieldFrom y -> open("YieldFrom").field("value", y.value()).close();
            case Expr.Compare c -> open("Compare").field("left", c.left()).field("ops", c.ops())
                    .field("comparators", c.comparators()).close();
            case Expr.Call c -> open("Call").field("func", c.func()).field("args", c.args())
                    .field("keywords", c.keywords()).close();
            case Expr.FormattedValue f -> open("FormattedValue").field("value", f.value())
                    .field("conversion", (long) f.conversion()).opt("format_spec", f.formatSpec()).close();
            case Expr.JoinedStr j -> open("JoinedStr").field("values", j.values()).close();
            case Expr.Constant c -> open("Constant").field("value", c.value()).opt("kind", c.kind()).close();
            case Expr.Attribute a -> open("Attribute").field("value", a.value()).field("attr", a.attr())
                    .field("ctx", a.ctx()).close();
            case Expr.Subscript s -> open("Subscript").field("value", s.value()).field("slice", s.slice())
                    .field("ctx", s.ctx()).close();
            case Expr.Starred s -> open("Starred").field("value", s.value()).field("ctx", s.ctx()).close();
            case Expr.Name n -> open("Name").field("id", n.id()).field("ctx", n.ctx()).close();
            case Expr.ListExpr l -> open("List").field("elts", l.elts()).field("ctx", l.ctx()).close();
            case Expr.Tuple t -> open("Tuple").field("elts", t.elts()).field("ctx", t.ctx()).close();
            case Expr.Slice s -> open("Slice").opt("lower", s.lower()).opt("upper", s.upper())
                    .opt("step", s.step()).close();
        }
    }

    // ---- formatting ----------------------------------------------------------------------

    /** Per-node state: whether a field has been written yet (for the ", " separators). */
    private boolean first;
    /** The located node being opened next by stmt()/expr() (their open() calls carry no node). */
    private Located located;
    private final java.util.ArrayDeque<Located> open = new java.util.ArrayDeque<>();

    private AstDump open(String cls) {
        Located l = located;
        located = null;
        return open(cls, l);
    }

    private AstDump open(String cls, Located l) {
        out.append(cls).append('(');
        first = true;
        open.push(l == null ? NO_POSITION : l);
        return this;
    }

    private static final Located NO_POSITION = new Located() {
        public int lineno() {
            return 0;
        }

        public int colOffset() {
            return 0;
        }

        public int endLineno() {
            return 0;
        }

        public int endColOffset() {
            return 0;
        }
    };

    private AstDump field(String name, Object value) {
        boolean wasFirst = first;
        if (!wasFirst) {
            out.append(", ");
        }
        out.append(name).append('=');
        value(value);
        first = false;
        return this;
    }

    /** An optional field ({@code expr?}, {@code identifier?}, ...): omitted when None. */
    private AstDump opt(String name, Object value) {
        return value == null ? this : field(name, value);
    }

    private void close() {
        Located l = open.pop();
        if (includeAttributes && l != NO_POSITION) {
            field("lineno", (long) l.lineno()).field("col_offset", (long) l.colOffset())
                    .field("end_lineno", (long) l.endLineno()).field("end_col_offset", (long) l.endColOffset());
        }
        out.append(')');
    }

    private void value(Object v) {
        boolean saved = first;
        if (v == null) {
            out.append("None");
        } else if (v instanceof Node n) {
            node(n);
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(list.get(i));
            }
            out.append(']');
        } else if (v instanceof Enum<?> en && !(v instanceof NoneConstant) && !(v instanceof EllipsisConstant)) {
            out.append(en.name()).append("()");
        } else {
            out.append(repr(v));
        }
        first = saved;
    }

    // ---- Python repr() of constant values ------------------------------------------------

    /** Python's {@code repr()} of a constant value as the parser produces them. */
    public static String repr(Object v) {
        if (v == null || v == NoneConstant.NONE) {
            return "None";
        }
        if (v == EllipsisConstant.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return reprStr(s);
        }
        if (v instanceof byte[] b) {
            return reprBytes(b);
        }
        if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return reprFloat(d, true);
        }
        if (v instanceof ComplexLiteral c) {
            return reprFloat(c.imag(), false) + "j";
        }
        return String.valueOf(v);
    }

    static String reprStr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        }
        return b.append(quote).toString();
    }

    /** CPython's {@code Py_UNICODE_ISPRINTABLE}: everything except C* and Z* categories (but ' '). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static String reprBytes(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : bytes) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(quote).toString();
    }

    /**
     * The shortest decimal that reads back as {@code a} and, among those, the closest (what
     * Python's repr uses). {@code Double.toString} is shortest except that it never uses fewer
     * than two significant digits (4.9E-324 where Python prints 5e-324), so shorter roundings of
     * the exact value are tried first.
     */
    private static BigDecimal shortest(double a) {
        BigDecimal javas = new BigDecimal(Double.toString(a)).stripTrailingZeros();
        int n = javas.precision();
        if (n > 1) {
            BigDecimal exact = new BigDecimal(a);
            for (int k = 1; k < n; k++) {
                BigDecimal r = exact.round(new java.math.MathContext(k, java.math.RoundingMode.HALF_EVEN));
                if (r.doubleValue() == a) {
                    return r.stripTrailingZeros();
                }
            }
        }
        return javas;
    }

    /**
     * Python's shortest round-trip float repr ({@code float_repr_style='short'}): exponent form
     * when the decimal point position is at most -4 or beyond 16 digits. {@code addDotZero} is
     * false for the parts of a complex repr, which print {@code 2j} rather than {@code 2.0j}.
     */
    static String reprFloat(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        BigDecimal bd = shortest(a);
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        StringBuilder b = new StringBuilder(sign);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                b.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                b.append(digits).append("0".repeat(decpt - digits.length()));
                if (addDotZero) {
                    b.append(".0");
                }
            } else {
                b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        }
        return b.toString();
    }
}
