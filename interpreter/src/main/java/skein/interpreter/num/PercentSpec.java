package skein.interpreter.num;

/**
 * One printf-style conversion specifier of {@code str % args}:
 * {@code %[(key)][flags][width][.precision][h|l|L]type}, parsed as CPython 3.11 does.
 *
 * <p>The interpreter scans the format string, and at each '%' calls {@link #parse(String, int,
 * Args)}; if {@link #literalPercent} it emits '%', otherwise it fetches the value (from the key
 * or the next positional argument) and calls one of the {@link Percent} formatters, then
 * continues at {@link #end}. Because {@code *} widths consume arguments in the middle of the
 * parse (and a key is looked up before them), the parse calls back through {@link Args}.
 */
public final class PercentSpec {
    public static final int F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

    /** The mapping key of {@code %(key)s}, or null. */
    public final String key;
    /** F_LJUST ('-'), F_SIGN ('+'), F_BLANK (' '), F_ALT ('#'), F_ZERO ('0'). */
    public final int flags;
    /** The width (a negative {@code *} width sets F_LJUST), or -1. */
    public final long width;
    /** The precision (a negative {@code *} precision becomes 0), or -1. */
    public final int precision;
    /** The conversion type code point ('%' for a literal "%%"). */
    public final int type;
    /** Index (in Java chars) of the type character in the format string. */
    public final int typeIndex;
    /** Index (in Java chars) just after this specifier. */
    public final int end;
    /** True for "%%" (nothing to convert, emit '%'). */
    public final boolean literalPercent;

    PercentSpec(String key, int flags, long width, int precision, int type, int typeIndex, int end,
                boolean literalPercent) {
        this.key = key;
        this.flags = flags;
        this.width = width;
        this.precision = precision;
        this.type = type;
        this.typeIndex = typeIndex;
        this.end = end;
        this.literalPercent = literalPercent;
    }

    public boolean has(int flag) { return (flags & flag) != 0; }

    /** What the parse needs from the interpreter, called in CPython's order. */
    public interface Args {
        /**
         * A {@code (} starts a mapping key: raise {@code TypeError: format requires a mapping}
         * ({@link Percent#REQUIRES_MAPPING}) here when the argument is not a mapping (CPython
         * checks this before it scans the key).
         */
        default void beginKey() {}

        /**
         * A {@code (key)} was parsed: look it up now (CPython raises the KeyError, or {@code
         * TypeError: format requires a mapping}, before parsing flags); later conversions of
         * this specifier use that value.
         */
        default void key(String key) {}

        /**
         * A {@code *} needs the next positional argument as a Python int (Long or BigInteger).
         * Raise {@code TypeError: not enough arguments for format string} or {@link
         * Percent#STAR_WANTS_INT} as CPython does.
         */
        Number star();
    }

    /**
     * Parses the specifier whose '%' is at {@code percentIndex} of {@code fmt}.
     *
     * @throws NumError {@code ValueError: incomplete format}, {@code incomplete format key},
     *                  {@code width too big}, {@code precision too big}, or an OverflowError for a
     *                  too-large {@code *} value
     */
    public static PercentSpec parse(String fmt, int percentIndex, Args args) {
        int n = fmt.length();
        int i = percentIndex + 1;
        int cnt = n - i;
        int ch = i < n ? fmt.charAt(i) : 0;
        if (ch == '%') return new PercentSpec(null, 0, -1, -1, '%', i, i + 1, true);
        String key = null;
        int flags = 0;
        long width = -1;
        int prec = -1;
        if (ch == '(') {
            if (args != null) args.beginKey();
            i++;
            cnt--;
            int keyStart = i, pcount = 1;
            while (pcount > 0 && cnt > 0) {
                ch = fmt.charAt(i);
                if (ch == ')') pcount--;
                else if (ch == '(') pcount++;
                i++;
                cnt--;
            }
            if (cnt < 0 || pcount > 0) throw NumError.value("incomplete format key");
            key = fmt.substring(keyStart, i - 1);
            if (args != null) args.key(key);
        }
        flagLoop:
        while (--cnt >= 0) {
            ch = fmt.charAt(i++);
            switch (ch) {
                case '-' -> flags |= F_LJUST;
                case '+' -> flags |= F_SIGN;
                case ' ' -> flags |= F_BLANK;
                case '#' -> flags |= F_ALT;
                case '0' -> flags |= F_ZERO;
                default -> { break flagLoop; }
            }
        }
        if (ch == '*') {
            Number v = star(args);
            if (!Ints.isSmall(v)) throw NumError.overflow("Python int too large to convert to C ssize_t");
            width = v.longValue();
            if (width < 0) {
                flags |= F_LJUST;
                width = width == Long.MIN_VALUE ? Long.MAX_VALUE : -width;
            }
            if (--cnt >= 0) ch = fmt.charAt(i++);
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (--cnt >= 0) {
                ch = fmt.charAt(i++);
                if (ch < '0' || ch > '9') break;
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) throw NumError.value("width too big");
                width = width * 10 + (ch - '0');
            }
        }
        if (ch == '.') {
            prec = 0;
            if (--cnt >= 0) ch = fmt.charAt(i++);
            if (ch == '*') {
                Number v = star(args);
                if (!Ints.isSmall(v) || v.longValue() > Integer.MAX_VALUE || v.longValue() < Integer.MIN_VALUE) {
                    throw NumError.overflow("Python int too large to convert to C int");
                }
                prec = (int) v.longValue();
                if (prec < 0) prec = 0;
                if (--cnt >= 0) ch = fmt.charAt(i++);
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while (--cnt >= 0) {
                    ch = fmt.charAt(i++);
                    if (ch < '0' || ch > '9') break;
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) throw NumError.value("precision too big");
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (cnt >= 0) {
            if (ch == 'h' || ch == 'l' || ch == 'L') {
                if (--cnt >= 0) ch = fmt.charAt(i++);
            }
        }
        if (cnt < 0) throw NumError.value("incomplete format");
        int typeIndex = i - 1;
        int type = ch;
        if (Character.isHighSurrogate((char) ch) && i < n && Character.isLowSurrogate(fmt.charAt(i))) {
            type = Character.toCodePoint((char) ch, fmt.charAt(i));
            i++;
        }
        return new PercentSpec(key, flags, width, prec, type, typeIndex, i, false);
    }

    private static Number star(Args args) {
        if (args == null) throw new IllegalStateException("'*' in a format without an argument source");
        return args.star();
    }

    /** True when the type is one CPython's % formatting knows (s r a c d i u o x X e E f F g G). */
    public boolean isKnownType() {
        return switch (type) {
            case 's', 'r', 'a', 'c', 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G' -> true;
            default -> false;
        };
    }

    /**
     * {@code ValueError: unsupported format character 'z' (0x7a) at index 5} for this specifier
     * in {@code fmt} (the index counts code points). CPython raises it after fetching the
     * argument.
     */
    public NumError unsupported(String fmt) {
        char shown = (type >= 31 && type <= 126) ? (char) type : '?';
        int index = fmt.codePointCount(0, typeIndex);
        return NumError.value("unsupported format character '" + shown + "' (0x"
                + Integer.toHexString(type) + ") at index " + index);
    }
}
