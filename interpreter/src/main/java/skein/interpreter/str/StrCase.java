package skein.interpreter.str;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code lower}, {@code upper}, {@code casefold}, {@code capitalize}, {@code title} and
 * {@code swapcase} with CPython 3.11's full (SpecialCasing) mappings, plus the Cased and
 * Case_Ignorable properties they depend on.
 *
 * <p>Where the JDK agrees with Python it is used; where it differs the difference is handled here:
 * <ul>
 * <li>upper: {@link String#toUpperCase(Locale)} with {@link Locale#ROOT} applies exactly the
 *     unconditional SpecialCasing mappings Python uses ('ß' → "SS", 'ŉ' → "ʼN", 'ﬁ' → "FI",
 *     'ᾳ' → "ΑΙ") and has no context rules, so it is used per string.</li>
 * <li>lower: the JDK's {@code toLowerCase} has its own final-sigma rule; Python's
 *     ({@code handle_capital_sigma}: Σ after a cased letter, skipping Case_Ignorable, and not
 *     before one) is implemented here, and the one unconditional special lowercase mapping
 *     ('İ' → "i̇") is applied explicitly.</li>
 * <li>title/capitalize: Java has no full titlecase mapping. Characters with a multi-character
 *     uppercase take their simple titlecase if they have one ('ᾳ' → 'ᾼ'), otherwise the first
 *     character of the uppercase followed by the lowercase of the rest ('ß' → "Ss",
 *     'ﬁ' → "Fi"); the ten SpecialCasing entries that follow neither rule ('ŉ' → "ʼN" and nine
 *     Greek letters with ypogegrammeni) are tabulated.</li>
 * <li>casefold: Java has no case folding. Python's full folding equals lower(upper(c)) for every
 *     character except 'ı' (folds to itself), 'ẞ' (→ "ss") and Cherokee, whose folding goes to
 *     the uppercase letters (13A0..13F5 fold to themselves, 13F8..13FD and AB70..ABBF to their
 *     uppercase). Verified against every code point of CPython 3.11.</li>
 * </ul>
 * Characters whose properties differ between Unicode 14 (Python 3.11) and the JDK's tables are
 * listed in the test vector generator.
 */
public final class StrCase {
    private StrCase() {}

    /** Full uppercase mappings of more than one code point (about a hundred), taken from the JDK. */
    private static final Map<Integer, String> SPECIAL_UPPER = new HashMap<>();
    /** Full titlecase mappings that the rule described in the class comment does not give. */
    private static final Map<Integer, String> TITLE_EXCEPTIONS = Map.of(
            0x0149, "\u02BC\u004E",
            0x1FB2, "\u1FBA\u0345", 0x1FB4, "\u0386\u0345", 0x1FB7, "\u0391\u0342\u0345",
            0x1FC2, "\u1FCA\u0345", 0x1FC4, "\u0389\u0345", 0x1FC7, "\u0397\u0342\u0345",
            0x1FF2, "\u1FFA\u0345", 0x1FF4, "\u038F\u0345", 0x1FF7, "\u03A9\u0342\u0345");

    static {
        // SpecialCasing's multi-character uppercase mappings all lie in these blocks
        // (Latin/Greek/Armenian up to U+1FFF and the Latin/Armenian ligatures at U+FB00).
        for (int cp = 0x80; cp < 0x2000; cp++) addSpecialUpper(cp);
        for (int cp = 0xFB00; cp < 0xFB50; cp++) addSpecialUpper(cp);
    }

    private static void addSpecialUpper(int cp) {
        String u = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        if (u.codePointCount(0, u.length()) > 1) SPECIAL_UPPER.put(cp, u);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** Python's Cased property: Lowercase, Uppercase or Lt. */
    public static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Python's Case_Ignorable property: Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter/MidNumLet/Single_Quote. */
    public static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027,
                 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                break;
        }
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                 Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Python's full uppercase of one code point. */
    public static String upperOf(int cp) {
        String sp = SPECIAL_UPPER.get(cp);
        return sp != null ? sp : Character.toString(Character.toUpperCase(cp));
    }

    /** Python's full lowercase of one code point out of context (Σ → σ). */
    public static String lowerOf(int cp) {
        if (cp == 0x130) return "i\u0307";
        return Character.toString(Character.toLowerCase(cp));
    }

    /** Python's full titlecase of one code point. */
    public static String titleOf(int cp) {
        String sp = SPECIAL_UPPER.get(cp);
        if (sp == null) return Character.toString(Character.toTitleCase(cp));
        String ex = TITLE_EXCEPTIONS.get(cp);
        if (ex != null) return ex;
        int t = Character.toTitleCase(cp);
        if (t != cp || Character.isTitleCase(cp)) return Character.toString(t);
        int first = sp.codePointAt(0);
        StringBuilder sb = new StringBuilder().appendCodePoint(first);
        for (int i = Character.charCount(first); i < sp.length(); ) {
            int c = sp.codePointAt(i);
            i += Character.charCount(c);
            sb.append(lowerOf(c));
        }
        return sb.toString();
    }

    /** Python's full case folding of one code point. */
    public static String foldOf(int cp) {
        if (cp < 0x80) return Character.toString(Character.toLowerCase(cp));
        if (cp == 0x131) return "\u0131";
        if (cp == 0x1E9E) return "ss";
        if (cp >= 0x13A0 && cp <= 0x13F5) return Character.toString(cp);
        if ((cp >= 0x13F8 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) return Character.toString(Character.toUpperCase(cp));
        String u = upperOf(cp);
        if (u.length() == Character.charCount(cp) && u.codePointAt(0) == cp) return lowerOf(cp);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < u.length(); ) {
            int c = u.codePointAt(i);
            i += Character.charCount(c);
            sb.append(lowerOf(c));
        }
        return sb.toString();
    }

    /**
     * Appends Python's {@code lower_ucs4}: the full lowercase of the code point at char index i
     * of s, with the Final_Sigma context for U+03A3.
     */
    private static void appendLower(StringBuilder sb, String s, int i, int cp) {
        if (cp == 0x3A3) sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        else if (cp == 0x130) sb.append("i\u0307");
        else sb.appendCodePoint(Character.toLowerCase(cp));
    }

    /** CPython's {@code handle_capital_sigma} for the Σ at char index i. */
    private static boolean finalSigma(String s, int i) {
        int j = i, c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) { found = true; break; }
        }
        if (!found || !isCased(c)) return false;
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) return !isCased(c);
        }
        return true;
    }

    /** {@code s.lower()}. */
    public static String lower(String s) {
        if (isAscii(s)) return s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.upper()}. */
    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** {@code s.casefold()}. */
    public static String casefold(String s) {
        if (isAscii(s)) return s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(foldOf(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.capitalize()} (3.8+: the first character is titlecased, the rest lowercased). */
    public static String capitalize(String s) {
        if (s.isEmpty()) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        sb.append(titleOf(first));
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.title()}: a character after a cased character is lowercased, any other titlecased. */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (prevCased) appendLower(sb, s, i, cp);
            else sb.append(titleOf(cp));
            prevCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.swapcase()}: Uppercase characters lowercased (with final sigma), Lowercase ones uppercased. */
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) appendLower(sb, s, i, cp);
            else if (Character.isLowerCase(cp)) sb.append(upperOf(cp));
            else sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
