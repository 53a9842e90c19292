package skein.interpreter.str;

import skein.interpreter.num.Strs;

/**
 * {@code strip}/{@code lstrip}/{@code rstrip}, {@code center}/{@code ljust}/{@code rjust},
 * {@code zfill}, {@code expandtabs}, {@code removeprefix}/{@code removesuffix}.
 *
 * <p>Widths are raw Python ints (saturated). A None {@code chars} for the strips is passed as
 * {@code null} (strip {@code str.isspace()} characters). The fill character is passed as the str
 * the caller received (" " when absent) so this class can reject one that is not exactly one
 * code point with CPython's TypeError; the caller reports a fill character of the wrong type
 * ({@code "center() argument 2 must be str, not int"}).
 */
public final class StrPad {
    private StrPad() {}

    private static final int LEFT = 1, RIGHT = 2;

    public static String strip(String s, String chars) { return doStrip(s, chars, LEFT | RIGHT); }

    public static String lstrip(String s, String chars) { return doStrip(s, chars, LEFT); }

    public static String rstrip(String s, String chars) { return doStrip(s, chars, RIGHT); }

    /** Whether cp is stripped: whitespace when {@code set} is null, else one of its code points. */
    private static boolean stripped(int[] set, int cp) {
        if (set == null) return Strs.isSpace(cp);
        for (int c : set) if (c == cp) return true;
        return false;
    }

    private static String doStrip(String s, String chars, int sides) {
        // code points, not chars: a lone surrogate in chars must not strip half of a pair
        int[] set = chars == null ? null : chars.codePoints().toArray();
        int i = 0, j = s.length();
        if ((sides & LEFT) != 0) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!stripped(set, cp)) break;
                i += Character.charCount(cp);
            }
        }
        if ((sides & RIGHT) != 0) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!stripped(set, cp)) break;
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    private static int fillChar(String fill) {
        if (fill.isEmpty() || fill.length() > 2 || Character.charCount(fill.codePointAt(0)) != fill.length()) {
            throw StrError.typeError("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    private static String pad(String s, int left, int right, int fill) {
        StringBuilder sb = new StringBuilder(s.length() + left + right);
        for (int k = 0; k < left; k++) sb.appendCodePoint(fill);
        sb.append(s);
        for (int k = 0; k < right; k++) sb.appendCodePoint(fill);
        return sb.toString();
    }

    /** {@code s.center(width, fillchar)}; CPython puts the odd extra fill on the left when the width is odd. */
    public static String center(String s, int width, String fillchar) {
        int fill = fillChar(fillchar);
        int len = StrIndex.length(s);
        if (len >= width) return s;
        int marg = width - len;
        int left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }

    /** {@code s.ljust(width, fillchar)}. */
    public static String ljust(String s, int width, String fillchar) {
        int fill = fillChar(fillchar);
        int len = StrIndex.length(s);
        return len >= width ? s : pad(s, 0, width - len, fill);
    }

    /** {@code s.rjust(width, fillchar)}. */
    public static String rjust(String s, int width, String fillchar) {
        int fill = fillChar(fillchar);
        int len = StrIndex.length(s);
        return len >= width ? s : pad(s, width - len, 0, fill);
    }

    /** {@code s.zfill(width)}: zeros on the left, after a leading '+' or '-'. */
    public static String zfill(String s, int width) {
        int len = StrIndex.length(s);
        if (len >= width) return s;
        int fill = width - len;
        StringBuilder sb = new StringBuilder(width);
        int from = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            from = 1;
        }
        for (int k = 0; k < fill; k++) sb.append('0');
        return sb.append(s, from, s.length()).toString();
    }

    /**
     * {@code s.expandtabs(tabsize)}: columns count code points and restart after \n and \r; a
     * tabsize &lt;= 0 removes tabs. Throws OverflowError {@code new string is too long}.
     */
    public static String expandtabs(String s, int tabsize) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - col % tabsize;
                    col += incr;
                    if (sb.length() + incr > Integer.MAX_VALUE - 8) throw new StrError("OverflowError", "new string is too long");
                    for (long k = 0; k < incr; k++) sb.append(' ');
                }
            } else {
                col++;
                sb.appendCodePoint(cp);
                if (cp == '\n' || cp == '\r') col = 0;
            }
        }
        return sb.toString();
    }

    /** {@code s.removeprefix(prefix)}. */
    public static String removeprefix(String s, String prefix) {
        return !prefix.isEmpty() && s.startsWith(prefix) && StrSearch.aligned(s, prefix.length(), 0)
                ? s.substring(prefix.length()) : s;
    }

    /** {@code s.removesuffix(suffix)}. */
    public static String removesuffix(String s, String suffix) {
        int at = s.length() - suffix.length();
        return !suffix.isEmpty() && s.endsWith(suffix) && StrSearch.aligned(s, at, 0) ? s.substring(0, at) : s;
    }
}
