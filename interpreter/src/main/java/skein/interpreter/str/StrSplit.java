package skein.interpreter.str;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import skein.interpreter.num.Strs;

/**
 * {@code split}, {@code rsplit}, {@code splitlines}, {@code partition} and {@code rpartition}.
 *
 * <p>{@code maxsplit} is a raw Python int (saturated): negative means no limit, as in CPython.
 * A None separator is passed as {@code null} and splits on runs of {@code str.isspace()}
 * characters. Whitespace and line-break characters are all BMP non-surrogates, so those splits
 * work on chars directly; separator splits use {@link StrSearch}'s pair-aware char search, so
 * every piece boundary is a code point boundary.
 */
public final class StrSplit {
    private StrSplit() {}

    /** {@code s.split(sep, maxsplit)}; sep null = None. Throws ValueError {@code empty separator}. */
    public static List<String> split(String s, String sep, int maxsplit) {
        int max = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        int n = s.length();
        if (sep == null) {
            int i = 0;
            while (max-- > 0) {
                while (i < n && Strs.isSpace(s.charAt(i))) i++;
                if (i == n) break;
                int j = i++;
                while (i < n && !Strs.isSpace(s.charAt(i))) i++;
                out.add(s.substring(j, i));
            }
            if (i < n) {
                while (i < n && Strs.isSpace(s.charAt(i))) i++;
                if (i != n) out.add(s.substring(i));
            }
            return out;
        }
        if (sep.isEmpty()) throw StrError.valueError("empty separator");
        boolean sur = StrIndex.hasSurrogates(s);
        int m = sep.length();
        int i = 0;
        while (max-- > 0) {
            int j = StrSearch.charFind(s, sep, i, n, sur);
            if (j < 0) break;
            out.add(s.substring(i, j));
            i = j + m;
        }
        out.add(s.substring(i));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)}; sep null = None. Throws ValueError {@code empty separator}. */
    public static List<String> rsplit(String s, String sep, int maxsplit) {
        int max = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = s.length() - 1;
            while (max-- > 0) {
                while (i >= 0 && Strs.isSpace(s.charAt(i))) i--;
                if (i < 0) break;
                int j = i--;
                while (i >= 0 && !Strs.isSpace(s.charAt(i))) i--;
                out.add(s.substring(i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && Strs.isSpace(s.charAt(i))) i--;
                if (i >= 0) out.add(s.substring(0, i + 1));
            }
            Collections.reverse(out);
            return out;
        }
        if (sep.isEmpty()) throw StrError.valueError("empty separator");
        boolean sur = StrIndex.hasSurrogates(s);
        int m = sep.length();
        int j = s.length();
        while (max-- > 0) {
            int pos = StrSearch.charRfind(s, sep, 0, j, sur);
            if (pos < 0) break;
            out.add(s.substring(pos + m, j));
            j = pos;
        }
        out.add(s.substring(0, j));
        Collections.reverse(out);
        return out;
    }

    /** Python's line boundaries for {@code splitlines}: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 (\r\n is one). */
    public static boolean isLineBreak(int c) {
        return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** {@code s.splitlines(keepends)}. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(s.charAt(i))) i++;
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    /** {@code s.partition(sep)} as {before, sep, after}. Throws ValueError {@code empty separator}. */
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) throw StrError.valueError("empty separator");
        int i = StrSearch.charFind(s, sep, 0, s.length(), StrIndex.hasSurrogates(s));
        if (i < 0) return new String[] {s, "", ""};
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    /** {@code s.rpartition(sep)} as {before, sep, after}. Throws ValueError {@code empty separator}. */
    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) throw StrError.valueError("empty separator");
        int i = StrSearch.charRfind(s, sep, 0, s.length(), StrIndex.hasSurrogates(s));
        if (i < 0) return new String[] {"", "", s};
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }
}
