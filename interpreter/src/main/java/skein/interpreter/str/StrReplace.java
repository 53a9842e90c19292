package skein.interpreter.str;

/**
 * {@code str.replace(old, new, count)}.
 */
public final class StrReplace {
    private StrReplace() {}

    /**
     * {@code s.replace(old, replacement, count)}; count is a raw Python int (saturated), negative
     * (or absent: pass -1) meaning all. An empty {@code old} matches before every code point and at
     * the end, so {@code "ab".replace("", "-")} is {@code "-a-b-"}, and with a count only the first
     * count positions.
     */
    public static String replace(String s, String old, String replacement, int count) {
        if (count == 0) return s;
        if (old.isEmpty()) {
            boolean sur = StrIndex.hasSurrogates(s);
            int len = sur ? s.codePointCount(0, s.length()) : s.length();
            long n = count < 0 ? (long) len + 1 : Math.min(count, (long) len + 1);
            StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, s.length() + n * replacement.length()));
            int i = 0;
            for (long k = 0; k < n; k++) {
                sb.append(replacement);
                if (i < s.length()) {
                    int c = sur ? Character.charCount(s.codePointAt(i)) : 1;
                    sb.append(s, i, i + c);
                    i += c;
                }
            }
            return sb.append(s, i, s.length()).toString();
        }
        boolean sur = StrIndex.hasSurrogates(s);
        int m = old.length();
        int at = StrSearch.charFind(s, old, 0, s.length(), sur);
        if (at < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        long left = count < 0 ? Long.MAX_VALUE : count;
        while (at >= 0 && left-- > 0) {
            sb.append(s, i, at).append(replacement);
            i = at + m;
            at = StrSearch.charFind(s, old, i, s.length(), sur);
        }
        return sb.append(s, i, s.length()).toString();
    }
}
