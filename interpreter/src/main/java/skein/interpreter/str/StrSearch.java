package skein.interpreter.str;

/**
 * {@code find}, {@code rfind}, {@code index}, {@code rindex}, {@code count}, {@code startswith},
 * {@code endswith} and {@code in}, with CPython 3.11's handling of start/end and empty needles.
 *
 * <p>{@code start}/{@code end} are raw Python ints, saturated to the int range by the caller;
 * pass {@code 0} for a None (or absent) start and {@link Integer#MAX_VALUE} for a None end. The
 * tuple forms of startswith/endswith take a {@code String[]} (the caller unpacks the tuple and
 * reports non-str items: {@code "tuple for startswith must only contain str, not int"}).
 *
 * <p>Searching runs on chars. When the haystack has no surrogates, code point indexes are char
 * indexes and {@link String#indexOf(String, int, int)} does all the work. Otherwise a char-level
 * match is only a Python match if it does not split a surrogate pair (a needle beginning with a
 * lone low surrogate must not match the second half of a pair), so matches are checked and
 * indexes converted.
 */
public final class StrSearch {
    private StrSearch() {}

    /** Whether a match at chars [i, i+m) of s lies on code point boundaries. */
    static boolean aligned(String s, int i, int m) {
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) return false;
        int j = i + m;
        return !(j > 0 && j < s.length() && Character.isLowSurrogate(s.charAt(j)) && Character.isHighSurrogate(s.charAt(j - 1)));
    }

    /**
     * First char index in [from, to) where sub (non-empty) matches on code point boundaries, or -1.
     * {@code checked} is whether s may contain surrogates.
     */
    static int charFind(String s, String sub, int from, int to, boolean checked) {
        int m = sub.length();
        while (true) {
            int r = s.indexOf(sub, from, to);
            if (r < 0 || !checked || aligned(s, r, m)) return r;
            from = r + 1;
        }
    }

    /** Last char index in [from, to) where sub (non-empty) matches wholly inside, on code point boundaries, or -1. */
    static int charRfind(String s, String sub, int from, int to, boolean checked) {
        int m = sub.length();
        int at = to - m;
        while (at >= from) {
            int r = s.lastIndexOf(sub, at);
            if (r < from) return -1;
            if (!checked || aligned(s, r, m)) return r;
            at = r - 1;
        }
        return -1;
    }

    /** {@code s.find(sub, start, end)}. */
    public static int find(String s, String sub, int start, int end) {
        return search(s, sub, start, end, true);
    }

    /** {@code s.find(sub)}. */
    public static int find(String s, String sub) {
        return find(s, sub, 0, Integer.MAX_VALUE);
    }

    /** {@code s.rfind(sub, start, end)}. */
    public static int rfind(String s, String sub, int start, int end) {
        return search(s, sub, start, end, false);
    }

    /** {@code s.rfind(sub)}. */
    public static int rfind(String s, String sub) {
        return rfind(s, sub, 0, Integer.MAX_VALUE);
    }

    /** {@code s.index(sub, start, end)}: throws ValueError {@code substring not found}. */
    public static int index(String s, String sub, int start, int end) {
        int r = find(s, sub, start, end);
        if (r < 0) throw StrError.valueError("substring not found");
        return r;
    }

    /** {@code s.rindex(sub, start, end)}: throws ValueError {@code substring not found}. */
    public static int rindex(String s, String sub, int start, int end) {
        int r = rfind(s, sub, start, end);
        if (r < 0) throw StrError.valueError("substring not found");
        return r;
    }

    /** {@code sub in s}. */
    public static boolean contains(String s, String sub) {
        if (sub.isEmpty()) return true;
        boolean sur = StrIndex.hasSurrogates(s);
        if (!sur) return s.contains(sub);
        return charFind(s, sub, 0, s.length(), true) >= 0;
    }

    private static int search(String s, String sub, int start, int end, boolean forward) {
        boolean sur = StrIndex.hasSurrogates(s);
        if (!sur) {
            int[] a = StrIndex.adjust(start, end, s.length());
            start = a[0];
            end = a[1];
            // a needle with surrogates cannot occur in a haystack without any
            if ((long) end - start < sub.length() || StrIndex.hasSurrogates(sub)) return -1;
            if (sub.isEmpty()) return forward ? start : end;
            return forward ? s.indexOf(sub, start, end) : charRfind(s, sub, start, end, false);
        }
        int len = s.codePointCount(0, s.length());
        int[] a = StrIndex.adjust(start, end, len);
        start = a[0];
        end = a[1];
        int subLen = StrIndex.length(sub);
        if ((long) end - start < subLen) return -1;
        if (subLen == 0) return forward ? start : end;
        int cs = s.offsetByCodePoints(0, start);
        int ce = s.offsetByCodePoints(cs, end - start);
        int r = forward ? charFind(s, sub, cs, ce, true) : charRfind(s, sub, cs, ce, true);
        return r < 0 ? -1 : start + s.codePointCount(cs, r);
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences; an empty sub counts every position. */
    public static int count(String s, String sub, int start, int end) {
        boolean sur = StrIndex.hasSurrogates(s);
        int len = sur ? s.codePointCount(0, s.length()) : s.length();
        int[] a = StrIndex.adjust(start, end, len);
        start = a[0];
        end = a[1];
        int subLen = StrIndex.length(sub);
        if ((long) end - start < subLen) return 0;
        if (subLen == 0) return end - start + 1;
        if (!sur && StrIndex.hasSurrogates(sub)) return 0;
        int cs = sur ? s.offsetByCodePoints(0, start) : start;
        int ce = sur ? s.offsetByCodePoints(cs, end - start) : end;
        int n = 0;
        int m = sub.length();
        for (int i = charFind(s, sub, cs, ce, sur); i >= 0; i = charFind(s, sub, i + m, ce, sur)) n++;
        return n;
    }

    /** {@code s.count(sub)}. */
    public static int count(String s, String sub) {
        return count(s, sub, 0, Integer.MAX_VALUE);
    }

    /** {@code s.startswith(prefix, start, end)}. */
    public static boolean startswith(String s, String prefix, int start, int end) {
        return tailmatch(s, prefix, start, end, false);
    }

    /** {@code s.startswith(prefixes, start, end)} for a tuple: true if any matches. */
    public static boolean startswith(String s, String[] prefixes, int start, int end) {
        for (String p : prefixes) if (tailmatch(s, p, start, end, false)) return true;
        return false;
    }

    /** {@code s.endswith(suffix, start, end)}. */
    public static boolean endswith(String s, String suffix, int start, int end) {
        return tailmatch(s, suffix, start, end, true);
    }

    /** {@code s.endswith(suffixes, start, end)} for a tuple: true if any matches. */
    public static boolean endswith(String s, String[] suffixes, int start, int end) {
        for (String p : suffixes) if (tailmatch(s, p, start, end, true)) return true;
        return false;
    }

    /** CPython's {@code tailmatch}: note an empty affix still fails when start is past the (adjusted) end. */
    private static boolean tailmatch(String s, String sub, int start, int end, boolean atEnd) {
        boolean sur = StrIndex.hasSurrogates(s);
        int len = sur ? s.codePointCount(0, s.length()) : s.length();
        int[] a = StrIndex.adjust(start, end, len);
        start = a[0];
        end = a[1];
        int subLen = StrIndex.length(sub);
        long last = (long) end - subLen;
        if (last < start) return false;
        if (subLen == 0) return true;
        int from = atEnd ? (int) last : start;
        if (!sur) return s.startsWith(sub, from);
        int cs = s.offsetByCodePoints(0, from);
        int ce = s.offsetByCodePoints(cs, subLen);
        return ce - cs == sub.length() && s.startsWith(sub, cs);
    }
}
