package skein.interpreter.str;

import java.util.Arrays;

import skein.interpreter.num.Strs;

/**
 * The {@code str.isXXX()} predicates with Python's definitions, which are not Java's:
 * <ul>
 * <li>isalpha: general category Lu, Ll, Lt, Lm, Lo ({@link Character#isLetter}, not
 *     {@link Character#isAlphabetic}, which adds Nl and Other_Alphabetic).</li>
 * <li>isdecimal: category Nd. isdigit: Numeric_Type Decimal or Digit. isnumeric: Numeric_Type
 *     Decimal, Digit or Numeric. Java exposes no Numeric_Type, so the Digit characters (all No)
 *     and the Numeric characters outside Nd/Nl/No (CJK ideographs with Unihan numeric values) are
 *     tabulated from Unicode 14 as CPython 3.11 has them; every other Nl/No character is
 *     Numeric.</li>
 * <li>isspace, isprintable: {@link Strs}.</li>
 * <li>isupper/islower: Java's {@link Character#isUpperCase}/{@link Character#isLowerCase} are the
 *     derived Uppercase/Lowercase properties Python uses; istitle per CPython's loop.</li>
 * <li>isidentifier: XID_Start/XID_Continue. Java's {@code isUnicodeIdentifierStart/Part} are
 *     ID_Start/ID_Continue plus U+2E2F and (for Part) the identifier-ignorable characters; the
 *     characters where ID and XID differ (NFKC closure) are excluded explicitly.</li>
 * </ul>
 * All are false for the empty string, except isprintable and isascii.
 */
public final class StrPredicates {
    private StrPredicates() {}

    /** Ranges (inclusive pairs) of Numeric_Type=Digit characters that are not Nd (Unicode 14). */
    private static final int[] DIGIT_RANGES = {
        0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079,
        0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD,
        0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43,
        0x10E60, 0x10E68, 0x11052, 0x1105A, 0x1F100, 0x1F10A,
    };

    /** Numeric_Type=Numeric characters outside Nd/Nl/No (Unihan numerals, Unicode 14), sorted. */
    private static final int[] UNIHAN_NUMERIC = {
        0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96,
        0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341,
        0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A,
        0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E,
        0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973,
        0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983,
        0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
    };

    /** Characters in ID_Start (per Java) but not XID_Start, plus Java's extra U+2E2F. */
    private static final int[] NOT_XID_START = {
        0x037A, 0x0E33, 0x0EB3, 0x2E2F, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63,
        0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E, 0xFF9F,
    };

    /** Characters in ID_Continue (per Java) but not XID_Continue, plus Java's extra U+2E2F. */
    private static final int[] NOT_XID_CONTINUE = {
        0x037A, 0x2E2F, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB,
        0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E,
    };

    private static boolean inRanges(int[] ranges, int cp) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp < ranges[i]) return false;
            if (cp <= ranges[i + 1]) return true;
        }
        return false;
    }

    /** Python's {@code Py_UNICODE_ISALPHA}. */
    public static boolean isAlpha(int cp) {
        if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        return Character.isLetter(cp);
    }

    /** Python's {@code Py_UNICODE_ISDECIMAL}. */
    public static boolean isDecimal(int cp) {
        if (cp < 0x80) return cp >= '0' && cp <= '9';
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Python's {@code Py_UNICODE_ISDIGIT}. */
    public static boolean isDigit(int cp) {
        return isDecimal(cp) || (cp >= 0xB2 && inRanges(DIGIT_RANGES, cp));
    }

    /** Python's {@code Py_UNICODE_ISNUMERIC}. */
    public static boolean isNumeric(int cp) {
        if (cp < 0x80) return cp >= '0' && cp <= '9';
        int t = Character.getType(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) return true;
        return t == Character.OTHER_LETTER && Arrays.binarySearch(UNIHAN_NUMERIC, cp) >= 0;
    }

    /** Python's {@code Py_UNICODE_ISALNUM}. */
    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp);
    }

    /** XID_Start (Python's identifiers also allow '_' first; see {@link #isidentifier}). */
    public static boolean isXidStart(int cp) {
        if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        return Character.isUnicodeIdentifierStart(cp) && Arrays.binarySearch(NOT_XID_START, cp) < 0;
    }

    /** XID_Continue. */
    public static boolean isXidContinue(int cp) {
        if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || (cp >= '0' && cp <= '9') || cp == '_';
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && Arrays.binarySearch(NOT_XID_CONTINUE, cp) < 0;
    }

    @FunctionalInterface
    private interface CpTest {
        boolean test(int cp);
    }

    private static boolean all(String s, CpTest t) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!t.test(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isalpha(String s) { return all(s, StrPredicates::isAlpha); }

    public static boolean isdecimal(String s) { return all(s, StrPredicates::isDecimal); }

    public static boolean isdigit(String s) { return all(s, StrPredicates::isDigit); }

    public static boolean isnumeric(String s) { return all(s, StrPredicates::isNumeric); }

    public static boolean isalnum(String s) { return all(s, StrPredicates::isAlnum); }

    public static boolean isspace(String s) { return all(s, Strs::isSpace); }

    /** {@code s.isprintable()}: true for "". */
    public static boolean isprintable(String s) { return s.isEmpty() || all(s, Strs::isPrintable); }

    /** {@code s.isascii()}: true for "". */
    public static boolean isascii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** {@code s.islower()}: no Uppercase or Lt character and at least one Lowercase one. */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) return false;
            if (!cased && Character.isLowerCase(cp)) cased = true;
        }
        return cased;
    }

    /** {@code s.isupper()}: no Lowercase or Lt character and at least one Uppercase one. */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) return false;
            if (!cased && Character.isUpperCase(cp)) cased = true;
        }
        return cased;
    }

    /** {@code s.istitle()}: upper/titlecase only after uncased, lowercase only after cased, at least one cased. */
    public static boolean istitle(String s) {
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) return false;
                prevCased = cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) return false;
                prevCased = cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    /** {@code s.isidentifier()}: XID_Start or '_' then XID_Continue. Does not reject keywords. */
    public static boolean isidentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (first != '_' && !isXidStart(first)) return false;
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!isXidContinue(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }
}
