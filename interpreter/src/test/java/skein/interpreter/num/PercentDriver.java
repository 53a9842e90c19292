package skein.interpreter.num;

import java.util.List;

/**
 * A reference driver of {@code fmt % args} for a tuple of plain Java values (Long/BigInteger,
 * Double, String, Boolean), written the way the interpreter is expected to use {@link
 * PercentSpec} and {@link Percent}: scan, parse each specifier (fetching '*' arguments through
 * the callback), fetch the value, dispatch on the type, and check that all arguments were used.
 */
final class PercentDriver {
    private PercentDriver() {}

    static String format(String fmt, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int[] next = {0};
        PercentSpec.Args source = new PercentSpec.Args() {
            @Override public void beginKey() {
                throw NumError.type(Percent.REQUIRES_MAPPING);
            }

            @Override public Number star() {
                Object v = fetch(args, next);
                if (v instanceof Boolean b) return b ? 1L : 0L;
                if (!(v instanceof Number) || v instanceof Double) throw NumError.type(Percent.STAR_WANTS_INT);
                return (Number) v;
            }
        };
        int i = 0, n = fmt.length();
        while (i < n) {
            int p = fmt.indexOf('%', i);
            if (p < 0) {
                out.append(fmt, i, n);
                break;
            }
            out.append(fmt, i, p);
            PercentSpec spec = PercentSpec.parse(fmt, p, source);
            i = spec.end;
            if (spec.literalPercent) {
                out.append('%');
                continue;
            }
            Object v = fetch(args, next);
            out.append(convert(fmt, spec, v));
        }
        if (next[0] < args.size()) throw NumError.type(Percent.NOT_ALL_CONVERTED);
        return out.toString();
    }

    private static Object fetch(List<Object> args, int[] next) {
        if (next[0] >= args.size()) throw NumError.type(Percent.NOT_ENOUGH_ARGUMENTS);
        return args.get(next[0]++);
    }

    static String typeName(Object v) {
        if (v instanceof Boolean) return "bool";
        if (v instanceof Double) return "float";
        if (v instanceof String) return "str";
        if (v instanceof Number) return "int";
        return "NoneType";
    }

    static String str(Object v) {
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double d) return Floats.repr(d);
        if (v instanceof Number num) return Ints.toString(num);
        if (v instanceof String s) return s;
        return "None";
    }

    static String repr(Object v) {
        return v instanceof String s ? Strs.repr(s) : str(v);
    }

    static String convert(String fmt, PercentSpec spec, Object v) {
        Number asInt = v instanceof Boolean b ? (Number) (b ? 1L : 0L)
                : (v instanceof Number num && !(v instanceof Double)) ? num : null;
        switch (spec.type) {
            case 's': return Percent.formatStr(spec, str(v));
            case 'r': return Percent.formatStr(spec, repr(v));
            case 'a': return Percent.formatStr(spec, Strs.asciiOfRepr(repr(v)));
            case 'd': case 'i': case 'u':
                if (asInt != null) return Percent.formatInt(spec, asInt);
                if (v instanceof Double d) return Percent.formatIntOfFloat(spec, d);
                throw Percent.wrongType(spec.type, typeName(v));
            case 'o': case 'x': case 'X':
                if (asInt != null) return Percent.formatInt(spec, asInt);
                throw Percent.wrongType(spec.type, typeName(v));
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                if (asInt != null) return Percent.formatFloat(spec, Ints.toDouble(asInt));
                if (v instanceof Double d) return Percent.formatFloat(spec, d);
                throw Percent.realNumberRequired(typeName(v));
            case 'c':
                if (asInt != null) return Percent.formatChar(spec, Percent.charOf(asInt));
                if (v instanceof String s) return Percent.formatChar(spec, Percent.charOf(s));
                throw NumError.type(Percent.CHAR_REQUIRED);
            default:
                throw spec.unsupported(fmt);
        }
    }
}
