package skein.interpreter.num;

/**
 * A parsed standard format specifier (PEP 3101 mini-language, Python 3.11):
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 *
 * <p>Parse with {@link #parse(String, int, char, String)}; {@link Formatter} applies a spec to an
 * int, a float or a str. Character fields hold code points; absent ones are 0, absent numbers -1.
 */
public final class FormatSpec {
    /** The fill code point (' ' by default). */
    public final int fill;
    /** '<', '>', '^' or '=' (the type's default when not given). */
    public final char align;
    /** '+', '-', ' ' or 0. */
    public final char sign;
    /** The 3.11 {@code z} option: coerce negative zero to positive. */
    public final boolean noNegZero;
    /** The {@code #} option. */
    public final boolean alternate;
    /** The minimum width, or -1. */
    public final long width;
    /** ',' or '_' or 0 (for b/o/x/X an '_' groups by four). */
    public final char grouping;
    /** The precision, or -1. */
    public final long precision;
    /** The presentation type code point, or 0 for none (after the default type applied). */
    public final int type;

    FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
               char grouping, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

    /**
     * Parses {@code spec} as CPython's {@code parse_internal_render_format_spec}.
     *
     * @param defaultType  'd' for int, 0 for float, 's' for str
     * @param defaultAlign '>' for numbers, '<' for str
     * @param typeName     the object's type name, for the "Invalid format specifier" message
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] cps = spec.codePoints().toArray();
        int end = cps.length, pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false, alignSpecified = false;
        if (end - pos >= 2 && isAlign(cps[pos + 1])) {
            align = (char) cps[pos + 1];
            fill = cps[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cps[pos])) {
            align = (char) cps[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-')) {
            sign = (char) cps[pos];
            pos++;
        }
        boolean noNeg0 = false;
        if (end - pos >= 1 && cps[pos] == 'z') {
            noNeg0 = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && cps[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') align = '=';
            pos++;
        }
        long[] acc = new long[1];
        int consumed = getInteger(cps, pos, end, acc);
        pos += consumed;
        long width = consumed == 0 ? -1 : acc[0];

        char grouping = 0;
        if (end - pos >= 1 && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == '_') {
            if (grouping != 0) throw NumError.value("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == ',') {
            if (grouping == '_') throw NumError.value("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (end - pos >= 1 && cps[pos] == '.') {
            pos++;
            consumed = getInteger(cps, pos, end, acc);
            if (consumed == 0) throw NumError.value("Format specifier missing precision");
            pos += consumed;
            precision = acc[0];
        }
        if (end - pos > 1) {
            throw NumError.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) type = cps[pos];
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') throw invalidGrouping(grouping, type);
                }
                default -> throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNeg0, alternate, width, grouping, precision, type);
    }

    private static NumError invalidGrouping(char grouping, int type) {
        if (type > 32 && type < 128) {
            return NumError.value("Cannot specify '" + grouping + "' with '" + (char) type + "'.");
        }
        return NumError.value("Cannot specify '" + grouping + "' with '\\x" + Integer.toHexString(type) + "'.");
    }

    /** Reads Unicode decimal digits; returns how many; the value goes to acc[0]. */
    private static int getInteger(int[] cps, int pos, int end, long[] acc) {
        long accumulator = 0;
        int n = 0;
        for (; pos < end; pos++, n++) {
            int d = Strs.decimalValue(cps[pos]);
            if (d < 0) break;
            if (accumulator > (Long.MAX_VALUE - d) / 10) {
                throw NumError.value("Too many decimal digits in format string");
            }
            accumulator = accumulator * 10 + d;
        }
        acc[0] = accumulator;
        return n;
    }

    /** CPython's "Unknown format code" error for this spec's type and a type name. */
    NumError unknownType(String typeName) {
        return unknownType(type, typeName);
    }

    static NumError unknownType(int type, String typeName) {
        if (type > 32 && type < 128) {
            return NumError.value("Unknown format code '" + (char) type + "' for object of type '"
                    + Strs.truncateCodePoints(typeName, 200) + "'");
        }
        return NumError.value("Unknown format code '\\x" + Integer.toHexString(type)
                + "' for object of type '" + Strs.truncateCodePoints(typeName, 200) + "'");
    }
}
