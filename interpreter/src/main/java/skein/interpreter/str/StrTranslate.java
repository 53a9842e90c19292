package skein.interpreter.str;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code str.translate} and the two- and three-argument forms of {@code str.maketrans}.
 *
 * <p>The translation table is a Python object the interpreter owns (usually a dict), so the
 * library only asks it one question per code point through {@link Table}: the interpreter calls
 * {@code table[cp]} and converts the result.
 */
public final class StrTranslate {
    private StrTranslate() {}

    /** Returned by {@link Table#lookup} when {@code table[cp]} raised LookupError: the character is kept. */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "StrTranslate.MISSING";
        }
    };

    /** One lookup in a translation table. */
    @FunctionalInterface
    public interface Table {
        /**
         * The value of {@code table[codePoint]}: a {@link String} (replacement), an {@link Integer}
         * or {@link Long} (replacement code point; a Python int too large for a long may be passed
         * as {@code Long.MAX_VALUE}), {@code null} for None (delete), or {@link #MISSING} if the
         * lookup raised LookupError. Any other object makes translate raise CPython's TypeError;
         * other exceptions from the lookup should propagate from here as the interpreter's own.
         */
        Object lookup(int codePoint);
    }

    /**
     * {@code s.translate(table)}. Throws ValueError {@code character mapping must be in
     * range(0x110000)} and TypeError {@code character mapping must return integer, None or str}.
     */
    public static String translate(String s, Table table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r = table.lookup(cp);
            if (r == MISSING) sb.appendCodePoint(cp);
            else if (r == null) continue;
            else if (r instanceof String str) sb.append(str);
            else if (r instanceof Integer || r instanceof Long) {
                long v = ((Number) r).longValue();
                if (v < 0 || v > 0x10FFFF) throw StrError.valueError("character mapping must be in range(0x110000)");
                sb.appendCodePoint((int) v);
            } else {
                throw StrError.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    /**
     * {@code str.maketrans(x, y)} / {@code str.maketrans(x, y, z)} (z null when absent): a map
     * from code point to Integer code point, or to null (None) for the characters of z, in
     * insertion order as CPython builds the dict. Throws ValueError {@code the first two
     * maketrans arguments must have equal length}.
     */
    public static Map<Integer, Object> maketrans(String x, String y, String z) {
        int[] xs = x.codePoints().toArray(), ys = y.codePoints().toArray();
        if (xs.length != ys.length) throw StrError.valueError("the first two maketrans arguments must have equal length");
        Map<Integer, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < xs.length; k++) out.put(xs[k], ys[k]);
        if (z != null) z.codePoints().forEach(cp -> out.put(cp, null));
        return out;
    }

    /**
     * The key for a str key of the one-argument (dict) form of maketrans: its code point. Throws
     * ValueError {@code string keys in translate table must be of length 1}. (Int keys are kept
     * as they are; other key types are the caller's TypeError {@code keys in translate table must
     * be strings or integers}.)
     */
    public static int maketransKey(String key) {
        if (key.isEmpty() || StrIndex.length(key) != 1) throw StrError.valueError("string keys in translate table must be of length 1");
        return key.codePointAt(0);
    }
}
