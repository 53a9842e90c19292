package skein.interpreter.num;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The float-to-text core shared by {@code repr()}, {@code format()} and {@code %}: CPython's
 * {@code PyOS_double_to_string} with codes {@code 'e' 'f' 'g' 'r'} (and upper case {@code E F
 * G}), a precision, and the flags below. Digits are correctly rounded (round-half-even on the
 * exact binary value); {@code 'r'} gives the shortest string that round-trips.
 */
public final class DoubleFormat {
    private DoubleFormat() {}

    /** Alternate form ({@code #}): keep the decimal point and trailing zeros. */
    public static final int ALT = 1;
    /** Add ".0" to a result that looks like an integer (repr, and format's no-type code). */
    public static final int ADD_DOT_0 = 2;
    /** Always write a sign ('+' for non-negative numbers, and for nan). */
    public static final int SIGN = 4;
    /** Coerce a negative zero result (after rounding) to positive ({@code z}, 3.11). */
    public static final int NO_NEG_0 = 8;

    /** Digits d1 d2 ... (no trailing zeros but "0" for zero) of the value 0.d1d2... * 10**decpt. */
    record Digits(String digits, int decpt) {}

    /** The shortest round-tripping digits of a finite positive or zero |x| (dtoa mode 0). */
    static Digits shortest(double x) {
        x = Math.abs(x);
        if (x == 0) return new Digits("0", 1);
        String s = Double.toString(x);
        int ePos = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (ePos >= 0) {
            exp = Integer.parseInt(s.substring(ePos + 1));
            mant = s.substring(0, ePos);
        }
        int dot = mant.indexOf('.');
        String raw = mant.substring(0, dot) + mant.substring(dot + 1);
        int decpt = dot + exp;
        int lead = 0;
        while (lead < raw.length() - 1 && raw.charAt(lead) == '0') lead++;
        raw = raw.substring(lead);
        decpt -= lead;
        int end = raw.length();
        while (end > 1 && raw.charAt(end - 1) == '0') end--;
        raw = raw.substring(0, end);
        if (raw.length() == 2) {
            // Java picks among decimals of length 2 when one digit would do; Python wants 1.
            Digits one = oneDigit(x, raw, decpt);
            if (one != null) return one;
        }
        return new Digits(raw, decpt);
    }

    private static Digits oneDigit(double x, String two, int decpt) {
        int d = two.charAt(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(x), bestDist = null;
        for (int cand = d; cand <= d + 1; cand++) {
            String digits = cand == 10 ? "1" : Integer.toString(cand);
            int dp = cand == 10 ? decpt + 1 : decpt;
            BigDecimal v = new BigDecimal(digits).scaleByPowerOfTen(dp - 1);
            if (v.signum() == 0 || Double.parseDouble(digits + "e" + (dp - 1)) != x) continue;
            BigDecimal dist = v.subtract(exact).abs();
            if (bestDist == null || dist.compareTo(bestDist) < 0) {
                best = new Digits(digits, dp);
                bestDist = dist;
            }
        }
        return best;
    }

    /** |x| rounded to n >= 1 significant digits (dtoa mode 2). */
    static Digits significant(double x, int n) {
        x = Math.abs(x);
        if (x == 0) return new Digits("0", 1);
        BigDecimal r = new BigDecimal(x).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBigDecimal(r);
    }

    /** |x| rounded to n digits after the decimal point (dtoa mode 3; n may be negative). */
    static Digits fixed(double x, int n) {
        x = Math.abs(x);
        if (x == 0) return new Digits("0", 1);
        BigDecimal r = new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) return new Digits("0", 1);
        return fromBigDecimal(r);
    }

    private static Digits fromBigDecimal(BigDecimal r) {
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') end--;
        return new Digits(u.substring(0, end), decpt);
    }

    /**
     * {@code PyOS_double_to_string(x, code, precision, flags)}. For {@code 'e'} the precision is
     * the number of digits after the point; for {@code 'g'} the number of significant digits (0
     * means 1); {@code 'r'} ignores it.
     */
    public static String format(double x, char code, int precision, int flags) {
        boolean upper = Character.isUpperCase(code);
        char lc = Character.toLowerCase(code);
        boolean negative = (Double.doubleToRawLongBits(x) < 0);
        boolean alt = (flags & ALT) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        StringBuilder sb = new StringBuilder(24);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (Double.isNaN(x)) negative = false;
            if (negative) sb.append('-');
            else if ((flags & SIGN) != 0) sb.append('+');
            sb.append(Double.isNaN(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.toString();
        }
        Digits d;
        switch (lc) {
            case 'e' -> { precision = precision + 1; d = significant(x, precision); }
            case 'f' -> d = fixed(x, precision);
            case 'g' -> { if (precision == 0) precision = 1; d = significant(x, precision); }
            case 'r' -> d = shortest(x);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        String digits = d.digits();
        int decpt = d.decpt();
        if ((flags & NO_NEG_0) != 0 && negative && isAllZero(digits)) negative = false;

        boolean useExp = false;
        int vEnd = digits.length();
        switch (lc) {
            case 'e' -> { useExp = true; vEnd = precision; }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vEnd = precision;
            }
            default -> { if (decpt <= -4 || decpt > 16) useExp = true; }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vEnd = Math.max(vEnd, decpt + 1);
        else vEnd = Math.max(vEnd, decpt);

        if (negative) sb.append('-');
        else if ((flags & SIGN) != 0) sb.append('+');
        for (int i = vStart; i < decpt; i++) sb.append(i >= 0 && i < digits.length() ? digits.charAt(i) : '0');
        sb.append('.');
        for (int i = decpt; i < vEnd; i++) sb.append(i >= 0 && i < digits.length() ? digits.charAt(i) : '0');
        if (sb.charAt(sb.length() - 1) == '.' && !alt) sb.setLength(sb.length() - 1);
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        }
        return sb.toString();
    }

    private static boolean isAllZero(String digits) {
        for (int i = 0; i < digits.length(); i++) if (digits.charAt(i) != '0') return false;
        return true;
    }
}
