package skein.interpreter.num;

/**
 * {@code format(value, spec)} for int, float and str ({@code int.__format__},
 * {@code float.__format__}, {@code str.__format__}) with Python 3.11's results and error
 * messages. An empty spec gives {@code str(value)}; for subclasses such as bool the interpreter
 * should handle the empty spec itself (it is {@code str(obj)}) and pass the subclass name as
 * {@code typeName} for messages.
 */
public final class Formatter {
    private Formatter() {}

    /** {@code format(v, spec)} for an int. */
    public static String formatInt(Number v, String spec) { return formatInt(v, spec, "int"); }

    /** {@code format(v, spec)} for an int (or int subclass named {@code typeName}). */
    public static String formatInt(Number v, String spec, String typeName) {
        if (spec.isEmpty()) return Ints.toString(v);
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', typeName);
        return switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> formatLong(v, f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatDouble(Ints.toDouble(v), f);
            default -> throw f.unknownType(typeName);
        };
    }

    /** {@code format(x, spec)} for a float. */
    public static String formatFloat(double x, String spec) { return formatFloat(x, spec, "float"); }

    /** {@code format(x, spec)} for a float (or float subclass named {@code typeName}). */
    public static String formatFloat(double x, String spec, String typeName) {
        if (spec.isEmpty()) return Floats.repr(x);
        FormatSpec f = FormatSpec.parse(spec, 0, '>', typeName);
        return switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> formatDouble(x, f);
            default -> throw f.unknownType(typeName);
        };
    }

    /** {@code format(s, spec)} for a str. */
    public static String formatStr(String s, String spec) { return formatStr(s, spec, "str"); }

    /** {@code format(s, spec)} for a str (or str subclass named {@code typeName}). */
    public static String formatStr(String s, String spec, String typeName) {
        if (spec.isEmpty()) return s;
        FormatSpec f = FormatSpec.parse(spec, 's', '<', typeName);
        if (f.type != 's') throw f.unknownType(typeName);
        if (f.sign != 0) {
            throw NumError.value(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) throw NumError.value("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alternate) throw NumError.value("Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw NumError.value("'=' alignment not allowed in string format specifier");
        int len = Strs.length(s);
        if (f.precision >= 0 && len > f.precision) {
            s = Strs.truncateCodePoints(s, (int) f.precision);
            len = (int) f.precision;
        }
        long total = Math.max(f.width, len);
        long lpad = switch (f.align) {
            case '>' -> total - len;
            case '^' -> (total - len) / 2;
            default -> 0;
        };
        long rpad = total - len - lpad;
        StringBuilder sb = builder(total + s.length() - len, lpad + rpad, f.fill);
        fill(sb, f.fill, lpad);
        sb.append(s);
        fill(sb, f.fill, rpad);
        return sb.toString();
    }

    // ------------------------------------------------------------------ ints

    private static String formatLong(Number v, FormatSpec f) {
        if (f.precision != -1) throw NumError.value("Precision not allowed in integer format specifier");
        if (f.noNegZero) throw NumError.value("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.type == 'c') {
            if (f.sign != 0) throw NumError.value("Sign not allowed with integer format specifier 'c'");
            if (f.alternate) throw NumError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!Ints.isSmall(v)) throw NumError.overflow("Python int too large to convert to C long");
            long x = v.longValue();
            if (x < 0 || x > 0x10FFFF) throw NumError.overflow("%c arg not in range(0x110000)");
            String ch = new String(Character.toChars((int) x));
            return layout(f, (char) 0, "", "", false, ch, 1, (char) 0, 0, false);
        }
        int base;
        String prefix = "";
        switch (f.type) {
            case 'b' -> { base = 2; prefix = "0b"; }
            case 'o' -> { base = 8; prefix = "0o"; }
            case 'x', 'X' -> { base = 16; prefix = "0x"; }
            default -> base = 10;
        }
        if (!f.alternate) prefix = "";
        boolean negative = Ints.signum(v) < 0;
        String digits = Ints.toString(Ints.abs(v), base);
        char sep = 0;
        int group = 0;
        if (f.type != 'n' && f.grouping != 0) {
            sep = f.grouping;
            group = (f.grouping == '_' && base != 10) ? 4 : 3;
        }
        return layout(f, negative ? '-' : 0, prefix, digits, false, "", 0, sep, group, f.type == 'X');
    }

    // ------------------------------------------------------------------ floats

    private static String formatDouble(double x, FormatSpec f) {
        if (f.precision > Integer.MAX_VALUE) throw NumError.value("precision too big");
        int type = f.type;
        int flags = 0;
        int defaultPrecision = 6;
        if (f.alternate) flags |= DoubleFormat.ALT;
        if (f.noNegZero) flags |= DoubleFormat.NO_NEG_0;
        if (type == 0) {
            flags |= DoubleFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        boolean addPct = false;
        if (type == '%') {
            type = 'f';
            x *= 100;
            addPct = true;
        }
        int precision;
        if (f.precision < 0) {
            precision = defaultPrecision;
        } else {
            precision = (int) f.precision;
            if (type == 'r') type = 'g';
        }
        String s = DoubleFormat.format(x, (char) type, precision, flags);
        if (addPct) s = s + "%";
        char signChar = 0;
        int i = 0;
        if (s.charAt(0) == '-') {
            signChar = '-';
            i = 1;
        }
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        String digits = s.substring(i, j);
        boolean hasDecimal = j < s.length() && s.charAt(j) == '.';
        String remainder = s.substring(hasDecimal ? j + 1 : j);
        char sep = 0;
        int group = 0;
        if (f.type != 'n' && f.grouping != 0) {
            sep = f.grouping;
            group = 3;
        }
        return layout(f, signChar, "", digits, hasDecimal, remainder, remainder.length(), sep, group, false);
    }

    // ------------------------------------------------------------------ number layout

    /**
     * CPython's calc_number_widths + fill_number:
     * {@code <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>}.
     */
    private static String layout(FormatSpec f, char signChar, String prefix, String digits,
                                 boolean hasDecimal, String remainder, int remainderLen,
                                 char sep, int group, boolean upper) {
        char sign = 0;
        switch (f.sign) {
            case '+' -> sign = signChar == '-' ? '-' : '+';
            case ' ' -> sign = signChar == '-' ? '-' : ' ';
            default -> { if (signChar == '-') sign = '-'; }
        }
        long nonDigit = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0) + remainderLen;
        long minWidth = (f.fill == '0' && f.align == '=') ? f.width - nonDigit : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, sep, group);
        long padding = f.width - (nonDigit + grouped.length());
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<' -> rpad = padding;
                case '^' -> { lpad = padding / 2; rpad = padding - lpad; }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder sb = builder(nonDigit + grouped.length() + remainder.length(), lpad + spad + rpad, f.fill);
        fill(sb, f.fill, lpad);
        if (sign != 0) sb.append(sign);
        sb.append(upper ? prefix.toUpperCase() : prefix);
        fill(sb, f.fill, spad);
        sb.append(upper ? grouped.toUpperCase() : grouped);
        if (hasDecimal) sb.append('.');
        sb.append(remainder);
        fill(sb, f.fill, rpad);
        return sb.toString();
    }

    /**
     * Inserts a separator every {@code group} digits from the right and zero-pads on the left so
     * that the result is at least {@code minWidth} long (CPython's
     * {@code _PyUnicode_InsertThousandsGrouping}); {@code group == 0} means no separators.
     */
    static String group(String digits, long minWidth, char sep, int group) {
        checkSize(Math.max(minWidth, 0) + digits.length());
        StringBuilder rev = new StringBuilder(digits.length() + digits.length() / 3 + 8);
        int remaining = digits.length();
        int pos = digits.length();
        long mw = minWidth;
        boolean useSep = false;
        boolean done = false;
        if (group > 0) {
            while (true) {
                long len = Math.min(group, Math.max(Math.max(remaining, mw), 1));
                long zeros = Math.max(0, len - remaining);
                int chars = (int) Math.max(0, Math.min(remaining, len));
                if (useSep) rev.append(sep);
                for (int k = 0; k < chars; k++) rev.append(digits.charAt(--pos));
                for (long k = 0; k < zeros; k++) rev.append('0');
                useSep = true;
                remaining -= chars;
                mw -= len;
                if (remaining <= 0 && mw <= 0) { done = true; break; }
                mw -= 1;
            }
        }
        if (!done) {
            long len = Math.max(Math.max(remaining, mw), 1);
            long zeros = Math.max(0, len - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, len));
            if (useSep) rev.append(sep);
            checkSize(rev.length() + chars + zeros);
            for (int k = 0; k < chars; k++) rev.append(digits.charAt(--pos));
            for (long k = 0; k < zeros; k++) rev.append('0');
        }
        return rev.reverse().toString();
    }

    // ------------------------------------------------------------------ helpers

    static void checkSize(long n) {
        if (n > Integer.MAX_VALUE - 16) throw NumError.memory();
    }

    static StringBuilder builder(long contentChars, long padCount, int fill) {
        long total = contentChars + padCount * Character.charCount(fill);
        checkSize(total);
        return new StringBuilder((int) total);
    }

    static void fill(StringBuilder sb, int cp, long n) {
        if (n <= 0) return;
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            char c = (char) cp;
            for (long k = 0; k < n; k++) sb.append(c);
        } else {
            for (long k = 0; k < n; k++) sb.appendCodePoint(cp);
        }
    }
}
