package skein.interpreter.num;

/**
 * Formats ONE value for a {@link PercentSpec} as {@code str % args} does in CPython 3.11. The
 * interpreter drives the loop over the format string and the arguments, converts objects with
 * {@code str()}/{@code repr()}/{@code ascii()} for {@code %s %r %a}, and raises the TypeErrors
 * whose messages are given here.
 *
 * <p>Dispatch by {@code spec.type}:
 * <ul>
 *   <li>{@code s r a}: {@link #formatStr} with str(v), repr(v) or ascii(v)
 *       ({@link Strs#asciiOfRepr} turns a repr into the ascii form);</li>
 *   <li>{@code d i u}: {@link #formatInt} for an int, {@link #formatIntOfFloat} for a float
 *       (truncated, as {@code int(x)}); other non-numbers: {@link #wrongType};</li>
 *   <li>{@code o x X}: {@link #formatInt} for an int (or an object with {@code __index__});
 *       floats and others: {@link #wrongType};</li>
 *   <li>{@code e E f F g G}: {@link #formatFloat} (an int argument first goes through {@link
 *       Ints#toDouble}); non-numbers raise {@code TypeError: must be real number, not str};</li>
 *   <li>{@code c}: {@link #charOf(Number)} / {@link #charOf(String)} then {@link #formatChar};</li>
 *   <li>anything else: {@link PercentSpec#unsupported}.</li>
 * </ul>
 */
public final class Percent {
    private Percent() {}

    public static final String NOT_ENOUGH_ARGUMENTS = "not enough arguments for format string";
    public static final String NOT_ALL_CONVERTED = "not all arguments converted during string formatting";
    public static final String STAR_WANTS_INT = "* wants int";
    public static final String REQUIRES_MAPPING = "format requires a mapping";
    public static final String CHAR_REQUIRED = "%c requires int or char";

    /**
     * {@code TypeError} for a value of the wrong type: {@code "%d format: a real number is
     * required, not str"} or {@code "%x format: an integer is required, not float"}.
     */
    public static NumError wrongType(int type, String typeName) {
        String what = (type == 'o' || type == 'x' || type == 'X') ? "an integer" : "a real number";
        return NumError.type("%" + new String(Character.toChars(type)) + " format: " + what
                + " is required, not " + Strs.truncateCodePoints(typeName, 200));
    }

    /** {@code TypeError: must be real number, not str} for e/f/g conversions of a non-number. */
    public static NumError realNumberRequired(String typeName) {
        return NumError.type("must be real number, not " + typeName);
    }

    /** {@code %d %i %u %o %x %X} of an int. */
    public static String formatInt(PercentSpec s, Number v) {
        if (s.precision > Integer.MAX_VALUE - 3) throw NumError.overflow("precision too large");
        int base = switch (s.type) {
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean negative = Ints.signum(v) < 0;
        String digits = Ints.toString(Ints.abs(v), base);
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (negative) sb.append('-');
        if (s.has(PercentSpec.F_ALT) && base != 10) sb.append(base == 8 ? "0o" : "0x");
        for (int k = digits.length(); k < s.precision; k++) sb.append('0');
        sb.append(digits);
        String str = s.type == 'X' ? sb.toString().toUpperCase() : sb.toString();
        return output(s, str, true);
    }

    /** {@code %d %i %u} of a float: {@code int(x)} then formatted (NaN/inf raise as int()). */
    public static String formatIntOfFloat(PercentSpec s, double x) {
        return formatInt(s, Ints.fromDouble(x));
    }

    /** {@code %e %E %f %F %g %G} of a float (default precision 6). */
    public static String formatFloat(PercentSpec s, double x) {
        int prec = s.precision < 0 ? 6 : s.precision;
        int flags = s.has(PercentSpec.F_ALT) ? DoubleFormat.ALT : 0;
        return output(s, DoubleFormat.format(x, (char) s.type, prec, flags), true);
    }

    /** The code point for {@code %c} of an int: {@code OverflowError: %c arg not in range(0x110000)}. */
    public static int charOf(Number v) {
        if (!Ints.isSmall(v) || v.longValue() < 0 || v.longValue() > 0x10FFFF) {
            throw NumError.overflow("%c arg not in range(0x110000)");
        }
        return (int) v.longValue();
    }

    /** The code point for {@code %c} of a str: it must hold exactly one character. */
    public static int charOf(String v) {
        if (v.isEmpty() || v.codePointCount(0, v.length()) != 1) throw NumError.type(CHAR_REQUIRED);
        return v.codePointAt(0);
    }

    /** {@code %c}: one character, padded. */
    public static String formatChar(PercentSpec s, int cp) {
        return output(s, new String(Character.toChars(cp)), false);
    }

    /** {@code %s %r %a} given str(), repr() or ascii() of the value: truncated to the precision and padded. */
    public static String formatStr(PercentSpec s, String str) {
        return output(s, str, false);
    }

    /** CPython's unicode_format_arg_output: sign, prefix, padding. */
    static String output(PercentSpec s, String str, boolean numeric) {
        int fill = (numeric && s.has(PercentSpec.F_ZERO)) ? '0' : ' ';
        int len = Strs.length(str);
        if (s.type == 's' || s.type == 'r' || s.type == 'a') {
            if (s.precision >= 0 && len > s.precision) len = s.precision;
        }
        // work in code points
        int[] cps = str.codePoints().toArray();
        int pindex = 0;
        boolean sign = numeric;
        int signChar = 0;
        if (sign) {
            int c = cps.length > 0 ? cps[0] : 0;
            if (c == '-' || c == '+') {
                signChar = c;
                len--;
                pindex++;
            } else if (s.has(PercentSpec.F_SIGN)) {
                signChar = '+';
            } else if (s.has(PercentSpec.F_BLANK)) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        long width = s.width;
        if (width < len) width = len;
        Formatter.checkSize(width + 2);
        StringBuilder sb = new StringBuilder((int) Math.min(width + 2, Integer.MAX_VALUE - 16));
        if (sign) {
            if (fill != ' ') sb.appendCodePoint(signChar);
            if (width > len) width--;
        }
        boolean prefix = s.has(PercentSpec.F_ALT) && (s.type == 'x' || s.type == 'X' || s.type == 'o');
        if (prefix) {
            if (fill != ' ') {
                sb.appendCodePoint(cps[pindex]).appendCodePoint(cps[pindex + 1]);
                pindex += 2;
            }
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && !s.has(PercentSpec.F_LJUST)) {
            Formatter.fill(sb, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) sb.appendCodePoint(signChar);
            if (prefix) {
                sb.appendCodePoint(cps[pindex]).appendCodePoint(cps[pindex + 1]);
                pindex += 2;
            }
        }
        for (int k = 0; k < len; k++) sb.appendCodePoint(cps[pindex + k]);
        if (width > len) Formatter.fill(sb, ' ', width - len);
        return sb.toString();
    }
}
