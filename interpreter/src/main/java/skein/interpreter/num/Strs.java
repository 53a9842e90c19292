package skein.interpreter.num;

/**
 * String helpers with CPython 3.11 semantics that the numeric library needs for its messages
 * and parsers: {@code repr(str)}, {@code ascii()}, {@code str.isspace()} per character, and the
 * "decimal and space to ASCII" transformation that {@code int()} and {@code float()} apply to
 * their argument.
 *
 * <p>Strings are Java strings read by code point; a lone surrogate is one code point (as in
 * Python). Character properties come from the JVM's Unicode tables (Unicode 15/16), which may
 * differ from Python 3.11's Unicode 14 for characters assigned after 14.0.
 */
public final class Strs {
    private Strs() {}

    /** Python's {@code str.isspace()} for one code point (Unicode White_Space as Python defines it). */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
        }
        return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** CPython's {@code Py_ISSPACE}: the ASCII whitespace of C's {@code isspace}. */
    static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D);
    }

    /** The decimal value of a Unicode decimal digit (category Nd), or -1. */
    public static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') return cp - '0';
        if (cp < 128) return -1;
        if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) return -1;
        return Character.digit(cp, 10);
    }

    /**
     * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: ASCII kept, Unicode
     * whitespace becomes ' ', Unicode decimal digits become ASCII digits; any other character
     * becomes '?' and ends the result (the parse will then fail).
     */
    static String toAsciiDigits(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 127) { ascii = false; break; }
        }
        if (ascii) return s;
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) sb.append((char) cp);
            else if (isSpace(cp)) sb.append(' ');
            else {
                int d = decimalValue(cp);
                if (d < 0) { sb.append('?'); break; }
                sb.append((char) ('0' + d));
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        if (cp < 0x7F) return cp > 0x20;
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Python's {@code repr(s)} for a str. */
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') sb.append('\\').append((char) cp);
            else if (cp == '\t') sb.append("\\t");
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp < ' ' || cp == 0x7F) appendHex(sb, "\\x", cp, 2);
            else if (cp < 0x7F) sb.append((char) cp);
            else if (isPrintable(cp)) sb.appendCodePoint(cp);
            else if (cp <= 0xFF) appendHex(sb, "\\x", cp, 2);
            else if (cp <= 0xFFFF) appendHex(sb, "\\u", cp, 4);
            else appendHex(sb, "\\U", cp, 8);
        }
        return sb.append(quote).toString();
    }

    /**
     * Python's {@code ascii()} given the {@code repr()} of an object: every non-ASCII code point
     * escaped as {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh}.
     */
    public static String asciiOfRepr(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 128) {
                if (sb == null) sb = new StringBuilder(repr.length() + 16).append(repr, 0, i);
                if (cp <= 0xFF) appendHex(sb, "\\x", cp, 2);
                else if (cp <= 0xFFFF) appendHex(sb, "\\u", cp, 4);
                else appendHex(sb, "\\U", cp, 8);
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i = next;
        }
        return sb == null ? repr : sb.toString();
    }

    /** CPython's {@code %.Nu}-style truncation: the first {@code n} code points of {@code s}. */
    static String truncateCodePoints(String s, int n) {
        if (s.length() <= n) return s;
        if (s.codePointCount(0, s.length()) <= n) return s;
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** {@code len(s)} in code points. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static void appendHex(StringBuilder sb, String prefix, int v, int digits) {
        sb.append(prefix);
        String h = Integer.toHexString(v);
        for (int k = h.length(); k < digits; k++) sb.append('0');
        sb.append(h);
    }
}
