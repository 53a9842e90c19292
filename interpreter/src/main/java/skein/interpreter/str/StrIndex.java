package skein.interpreter.str;

/**
 * Code point indexing of Java strings holding Python strs, and Python's index normalisation.
 *
 * <p>A Python str is a Java String read by code point: a valid surrogate pair is one code point,
 * a lone surrogate is one code point (as in Python). A consequence of the representation is that
 * a Python str holding a lone high surrogate immediately followed by a lone low surrogate cannot
 * be represented (Java reads the two chars as one supplementary code point). Operations that
 * concatenate (join, replace, slicing with a step, translate, decode with surrogateescape or
 * surrogatepass) can put such lone surrogates side by side, and the result then reads as one
 * code point where Python has two; the test vectors leave those cases out.
 *
 * <p>Fast paths: almost every str has no surrogate chars at all, and then a code point index is
 * a char index. {@link #hasSurrogates} is one linear scan with no decoding; callers check it once
 * per operation and then index by char, instead of paying {@code offsetByCodePoints} per access.
 *
 * <p><b>Python ints as indexes.</b> All index parameters are Java ints. Python ints outside the
 * int range must be <em>saturated</em> by the caller to {@link Integer#MIN_VALUE} or
 * {@link Integer#MAX_VALUE} (as CPython saturates to {@code PY_SSIZE_T_MIN/MAX} in
 * {@code _PyEval_SliceIndex}); since no string is longer than {@code Integer.MAX_VALUE - 1} this
 * gives the same results. Where an argument may be None, the method documents what to pass.
 */
public final class StrIndex {
    private StrIndex() {}

    /** Whether {@code s} contains any surrogate char (paired or not); if not, char index == code point index. */
    public static boolean hasSurrogates(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) return true;
        }
        return false;
    }

    /** {@code len(s)}: the number of code points. */
    public static int length(String s) {
        return hasSurrogates(s) ? s.codePointCount(0, s.length()) : s.length();
    }

    /** The char index of code point index {@code cpIndex} (0 &lt;= cpIndex &lt;= len(s)). */
    public static int charIndex(String s, int cpIndex) {
        return s.offsetByCodePoints(0, cpIndex);
    }

    /** The code point index of char index {@code charIndex}, which must be on a code point boundary. */
    public static int codePointIndex(String s, int charIndex) {
        return s.codePointCount(0, charIndex);
    }

    /** {@code s[start:end]} for already-normalised 0 &lt;= start &lt;= end &lt;= len(s) (code point indexes). */
    public static String substring(String s, int start, int end) {
        if (!hasSurrogates(s)) return s.substring(start, end);
        int cs = s.offsetByCodePoints(0, start);
        return s.substring(cs, s.offsetByCodePoints(cs, end - start));
    }

    /** {@code ord(s[index])} for 0 &lt;= index &lt; len(s). */
    public static int codePointAt(String s, int index) {
        if (!hasSurrogates(s)) return s.charAt(index);
        return s.codePointAt(s.offsetByCodePoints(0, index));
    }

    /**
     * {@code s[index]}: a raw Python index (negative counts from the end, saturated if huge).
     * Throws IndexError {@code string index out of range}.
     */
    public static String getItem(String s, int index) {
        boolean sur = hasSurrogates(s);
        int len = sur ? s.codePointCount(0, s.length()) : s.length();
        long i = index < 0 ? (long) index + len : index;
        if (i < 0 || i >= len) throw new StrError("IndexError", "string index out of range");
        if (!sur) return String.valueOf(s.charAt((int) i));
        int c = s.offsetByCodePoints(0, (int) i);
        return s.substring(c, c + Character.charCount(s.codePointAt(c)));
    }

    /**
     * CPython's {@code ADJUST_INDICES} for the find family: raw start/end (None start = 0,
     * None end = {@link Integer#MAX_VALUE}) become {@code 0 <= start}, {@code 0 <= end <= len}.
     * Start is not clamped to len (a start past the end makes searches fail, as in CPython).
     * Returns {@code {start, end}}.
     */
    public static int[] adjust(int start, int end, int len) {
        if (end > len) end = len;
        else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        return new int[] {start, end};
    }

    /** The normalised indices of a slice over a sequence: what CPython's {@code slice.indices()} gives, and the slice length. */
    public record Slice(int start, int stop, int step, int length) {}

    /**
     * CPython's {@code PySlice_Unpack} + {@code PySlice_AdjustIndices}. {@code null} means None;
     * non-null values are raw Python ints (saturated). Throws ValueError
     * {@code slice step cannot be zero}.
     */
    public static Slice sliceIndices(Integer start, Integer stop, Integer step, int length) {
        long st = step == null ? 1 : step;
        if (st == 0) throw StrError.valueError("slice step cannot be zero");
        if (st < -Integer.MAX_VALUE) st = -Integer.MAX_VALUE;
        long a = start == null ? (st < 0 ? Integer.MAX_VALUE : 0) : start;
        long b = stop == null ? (st < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE) : stop;
        if (a < 0) {
            a += length;
            if (a < 0) a = st < 0 ? -1 : 0;
        } else if (a >= length) {
            a = st < 0 ? length - 1 : length;
        }
        if (b < 0) {
            b += length;
            if (b < 0) b = st < 0 ? -1 : 0;
        } else if (b >= length) {
            b = st < 0 ? length - 1 : length;
        }
        long n = 0;
        if (st < 0) {
            if (b < a) n = (a - b - 1) / (-st) + 1;
        } else if (a < b) {
            n = (b - a - 1) / st + 1;
        }
        return new Slice((int) a, (int) b, (int) st, (int) n);
    }

    /** {@code s[start:stop:step]}; null means None, other values are raw Python ints (saturated). */
    public static String slice(String s, Integer start, Integer stop, Integer step) {
        boolean sur = hasSurrogates(s);
        if (!sur) {
            Slice sl = sliceIndices(start, stop, step, s.length());
            if (sl.step == 1) return s.substring(sl.start, sl.start + sl.length);
            char[] out = new char[sl.length];
            for (int k = 0, i = sl.start; k < sl.length; k++, i += sl.step) out[k] = s.charAt(i);
            return new String(out);
        }
        int[] cps = s.codePoints().toArray();
        Slice sl = sliceIndices(start, stop, step, cps.length);
        if (sl.step == 1) return new String(cps, sl.start, sl.length);
        int[] out = new int[sl.length];
        for (int k = 0, i = sl.start; k < sl.length; k++, i += sl.step) out[k] = cps[i];
        return new String(out, 0, out.length);
    }

    /**
     * Python's ordering of strs: by code point. {@link String#compareTo} orders by UTF-16 unit,
     * which puts supplementary characters (encoded D800..DBFF) before U+E000..U+FFFF.
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) return x - y;
                return Integer.compare(a.codePointAt(i), b.codePointAt(i));
            }
        }
        return a.length() - b.length();
    }

    /**
     * {@code s * n}; {@code n <= 0} gives "". Throws OverflowError
     * {@code repeated string is too long} when the result cannot be a Java String.
     */
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) return "";
        if (n > (Integer.MAX_VALUE - 8) / s.length()) throw new StrError("OverflowError", "repeated string is too long");
        return s.repeat((int) n);
    }
}
