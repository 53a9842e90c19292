package skein.interpreter.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python 3.11 {@code float} semantics over Java doubles: repr/str, parsing, floor division and
 * modulo with CPython's sign rules, power with all its special cases, rounding, hashing, and
 * {@code hex}/{@code fromhex}/{@code as_integer_ratio}. {@code + - *} are Java's own (IEEE
 * round-half-even, exactly Python's); comparisons of a float with an int are in {@link
 * Ints#compareToDouble}.
 */
public final class Floats {
    private Floats() {}

    // ------------------------------------------------------------------ text

    /** {@code repr(x)} == {@code str(x)}: shortest round-trip digits, exponent when exp < -4 or >= 16. */
    public static String repr(double x) {
        return DoubleFormat.format(x, 'r', 0, DoubleFormat.ADD_DOT_0);
    }

    /** {@code str(x)} (same as repr since Python 3.2). */
    public static String str(double x) { return repr(x); }

    /**
     * {@code float(s)} for a str: surrounding whitespace, sign, {@code inf}/{@code infinity}/
     * {@code nan} in any case, decimal digits with single underscores between digits, Unicode
     * digits and spaces. {@code ValueError: could not convert string to float: '...'}.
     */
    public static double parse(String s) {
        double r = parseOrNaN(Strs.toAsciiDigits(s));
        if (Double.doubleToRawLongBits(r) == BAD_BITS) {
            throw NumError.value("could not convert string to float: " + Strs.repr(s));
        }
        return r;
    }

    /** A NaN with a payload no valid parse produces, used as "invalid". */
    private static final long BAD_BITS = 0x7ff0dead0000beefL;
    private static final double BAD = Double.longBitsToDouble(BAD_BITS);

    private static double parseOrNaN(String t) {
        int start = 0, end = t.length();
        while (start < end && Strs.isAsciiSpace(t.charAt(start))) start++;
        if (start == end) return BAD;
        while (end - 1 > start && Strs.isAsciiSpace(t.charAt(end - 1))) end--;
        String u = t.substring(start, end);
        if (u.indexOf('_') >= 0) {
            StringBuilder sb = new StringBuilder(u.length());
            char prev = 0;
            for (int i = 0; i < u.length(); i++) {
                char c = u.charAt(i);
                if (c == '_') {
                    if (!(prev >= '0' && prev <= '9')) return BAD;
                } else {
                    if (prev == '_' && !(c >= '0' && c <= '9')) return BAD;
                    sb.append(c);
                }
                prev = c;
            }
            if (prev == '_') return BAD;
            u = sb.toString();
        }
        int n = u.length(), p = 0;
        boolean negative = false;
        if (p < n && (u.charAt(p) == '+' || u.charAt(p) == '-')) {
            negative = u.charAt(p) == '-';
            p++;
        }
        String rest = u.substring(p);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
        }
        int intDigits = 0, fracDigits = 0;
        while (p < n && isDigit(u.charAt(p))) { p++; intDigits++; }
        if (p < n && u.charAt(p) == '.') {
            p++;
            while (p < n && isDigit(u.charAt(p))) { p++; fracDigits++; }
        }
        if (intDigits + fracDigits == 0) return BAD;
        if (p < n && (u.charAt(p) == 'e' || u.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < n && (u.charAt(q) == '+' || u.charAt(q) == '-')) q++;
            int expDigits = 0;
            while (q < n && isDigit(u.charAt(q))) { q++; expDigits++; }
            if (expDigits > 0) p = q;
        }
        if (p != n) return BAD;
        return Double.parseDouble(u);
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    // ------------------------------------------------------------------ arithmetic

    /** {@code x / y}; {@code ZeroDivisionError: float division by zero}. */
    public static double trueDivide(double x, double y) {
        if (y == 0) throw NumError.zeroDivision("float division by zero");
        return x / y;
    }

    /** {@code x % y}: the result has the sign of y; a zero result is a zero with the sign of y. */
    public static double mod(double x, double y) {
        if (y == 0) throw NumError.zeroDivision("float modulo");
        double mod = x % y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** {@code x // y}. */
    public static double floorDiv(double x, double y) {
        if (y == 0) throw NumError.zeroDivision("float floor division by zero");
        return divmodUnchecked(x, y)[0];
    }

    /** {@code divmod(x, y)}: {@code {x // y, x % y}}. */
    public static double[] divmod(double x, double y) {
        if (y == 0) throw NumError.zeroDivision("float divmod()");
        return divmodUnchecked(x, y);
    }

    private static double[] divmodUnchecked(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static boolean isOddInteger(double y) {
        return Math.abs(y) < 0x1p53 && y == Math.rint(y) && (((long) y) & 1) != 0;
    }

    /**
     * {@code x ** y} (and {@code pow(x, y)}) for floats, as CPython's {@code float_pow}:
     * {@code 0.0 ** negative} raises {@code ZeroDivisionError: 0.0 cannot be raised to a negative
     * power}; a negative base with a non-integer exponent throws {@link ComplexResult} (or
     * {@code OverflowError: complex exponentiation} when that complex overflows); an
     * overflow raises {@code OverflowError: (34, 'Numerical result out of range')}.
     */
    public static double pow(double iv, double iw) {
        if (iw == 0) return 1.0;
        if (Double.isNaN(iv)) return iv;
        if (Double.isNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) return 1.0;
            if ((iw > 0) == (iv > 1.0)) return Math.abs(iw);
            return 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0) return odd ? iv : Math.abs(iv);
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) throw NumError.zeroDivision("0.0 cannot be raised to a negative power");
            return odd ? iv : 0.0;
        }
        boolean negateResult = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) throw ComplexResult.of(iv, iw);
            iv = -iv;
            negateResult = isOddInteger(iw);
        }
        if (iv == 1.0) return negateResult ? -1.0 : 1.0;
        double ix = powPositive(iv, iw);
        if (Double.isInfinite(ix)) throw NumError.overflow("(34, 'Numerical result out of range')");
        return negateResult ? -ix : ix;
    }

    /**
     * {@code x ** y} for finite x > 0, x != 1 and finite y != 0, without error checks:
     * correctly rounded when y is an integer (|y| <= 4096), else the JVM's {@code Math.pow}.
     */
    static double powPositive(double x, double y) {
        if (y == 1) return x;
        if (y == 2) return x * x;
        if (y == -1) return 1 / x;
        if (y == 0.5) return Math.sqrt(x);
        if (y == Math.rint(y) && Math.abs(y) <= 4096) return exactIntPow(x, (int) y);
        return Math.pow(x, y);
    }

    /** The correctly rounded x ** n (x > 0 finite): infinity on overflow, 0 on underflow. */
    static double exactIntPow(double x, int n) {
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (be == 0) { e = -1074; } else { m |= 1L << 52; e = be - 1075; }
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;                       // x == m * 2**e, m odd
        long an = Math.abs((long) n);
        double log2 = (63 - Long.numberOfLeadingZeros(m) + e) * (double) n; // rough log2(x**n)
        if (log2 > 1100 + an) return Double.POSITIVE_INFINITY;
        if (log2 < -1200 - an) return 0.0;
        BigInteger mp = BigInteger.valueOf(m).pow((int) an);
        long exp = (long) e * n;
        if (n > 0) return Ints.roundScaled(mp, false, exp);
        // 2**exp / mp with >= 55 quotient bits
        int shift = mp.bitLength() + 55;
        BigInteger[] qr = BigInteger.ONE.shiftLeft(shift).divideAndRemainder(mp);
        return Ints.roundScaled(qr[0], qr[1].signum() != 0, exp - shift);
    }

    // ------------------------------------------------------------------ rounding

    /** {@code round(x)}: round-half-even to an int. */
    public static Number round(double x) {
        return Ints.fromDouble(Math.rint(x));
    }

    /** The largest ndigits for which round(x, ndigits) can differ from x. */
    static final int NDIGITS_MAX = (int) ((53 + 1021) * 0.30103);
    /** The smallest ndigits for which round(x, ndigits) can differ from +-0.0. */
    static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    /**
     * {@code round(x, ndigits)}: the exact value of x rounded half-even to ndigits decimal
     * places (negative allowed), then correctly rounded back to a float.
     */
    public static double round(double x, Number ndigits) {
        if (!Double.isFinite(x)) return x;
        long nd;
        if (ndigits instanceof BigInteger b) nd = b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        else nd = ndigits.longValue();
        if (nd > NDIGITS_MAX) return x;
        if (nd < NDIGITS_MIN) return 0.0 * x;
        if (x == 0) return x;
        BigDecimal r = new BigDecimal(x).setScale((int) nd, RoundingMode.HALF_EVEN);
        double d = Double.parseDouble(r.toString());
        if (Double.isInfinite(d)) throw NumError.overflow("rounded value too large to represent");
        if (d == 0) return Math.copySign(0.0, x);
        return d;
    }

    /** {@code float.is_integer()}. */
    public static boolean isInteger(double x) {
        return Double.isFinite(x) && Math.floor(x) == x;
    }

    /** {@code math.trunc(x)} / {@code int(x)}. */
    public static Number trunc(double x) { return Ints.fromDouble(x); }

    // ------------------------------------------------------------------ hash

    /**
     * {@code hash(x)} as CPython: the value modulo 2**61 - 1 (so equal ints and floats hash
     * alike), {@code hash(inf) == 314159}, -1 becomes -2. For a NaN, Python 3.10+ hashes the
     * object's identity: this returns 0 (the numeric part) and the interpreter should use
     * {@code identityHash(obj)} for NaNs instead.
     */
    public static long hash(double x) {
        if (Double.isNaN(x)) return 0;
        if (Double.isInfinite(x)) return x > 0 ? Ints.HASH_INF : -Ints.HASH_INF;
        if (x == 0) return 0;
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (be == 0) { e = -1074; } else { m |= 1L << 52; e = be - 1075; }
        // x = m * 2**e; 2**61 == 1 (mod P), so multiplying by 2**k is a rotation of 61 bits.
        int k = Math.floorMod(e, 61);
        long P = Ints.HASH_MODULUS;
        long h = m % P;
        if (k != 0) h = ((h << k) & P) | (h >>> (61 - k));
        if (h >= P) h -= P;
        if (x < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    // ------------------------------------------------------------------ exact forms

    /** {@code x.as_integer_ratio()}: {@code {numerator, denominator}} in lowest terms, denominator > 0. */
    public static Number[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) throw NumError.overflow("cannot convert Infinity to integer ratio");
        if (Double.isNaN(x)) throw NumError.value("cannot convert NaN to integer ratio");
        if (x == 0) return new Number[] {0L, 1L};
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (be == 0) { e = -1074; } else { m |= 1L << 52; e = be - 1075; }
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        if (x < 0) m = -m;
        if (e >= 0) return new Number[] {Ints.normalize(BigInteger.valueOf(m).shiftLeft(e)), 1L};
        return new Number[] {m, Ints.normalize(BigInteger.ONE.shiftLeft(-e))};
    }

    /** {@code x.hex()}: {@code '0x1.8000000000000p+0'}, {@code '-0x0.0p+0'}, {@code 'inf'}. */
    public static String hex(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        int be = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        String lead;
        int e;
        if (be == 0) {
            e = -1022;          // subnormals keep a leading 0, as CPython
            lead = "0";
        } else {
            e = be - 1023;
            lead = "1";
        }
        String frac = String.format("%013x", m);
        return sign + "0x" + lead + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** {@code float.fromhex(s)}. */
    public static double fromHex(String s) {
        String t = s;
        int n = t.length(), p = 0;
        while (p < n && Strs.isAsciiSpace(t.charAt(p))) p++;
        boolean negative = false;
        if (p < n && (t.charAt(p) == '+' || t.charAt(p) == '-')) { negative = t.charAt(p) == '-'; p++; }
        int end = n;
        while (end > p && Strs.isAsciiSpace(t.charAt(end - 1))) end--;
        String body = t.substring(p, end);
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equalsIgnoreCase("nan")) return negative ? -Double.NaN : Double.NaN;
        if (body.length() >= 2 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X')) {
            body = body.substring(2);
        }
        int i = 0, m = body.length();
        StringBuilder digits = new StringBuilder();
        int fracDigits = 0, intDigits = 0;
        while (i < m && Character.digit(body.charAt(i), 16) >= 0 && body.charAt(i) < 128) { digits.append(body.charAt(i++)); intDigits++; }
        if (i < m && body.charAt(i) == '.') {
            i++;
            while (i < m && Character.digit(body.charAt(i), 16) >= 0 && body.charAt(i) < 128) { digits.append(body.charAt(i++)); fracDigits++; }
        }
        if (intDigits + fracDigits == 0) throw NumError.value("invalid hexadecimal floating-point string");
        BigInteger exp = BigInteger.ZERO;
        if (i < m && (body.charAt(i) == 'p' || body.charAt(i) == 'P')) {
            i++;
            int st = i;
            if (i < m && (body.charAt(i) == '+' || body.charAt(i) == '-')) i++;
            int ds = i;
            while (i < m && body.charAt(i) >= '0' && body.charAt(i) <= '9') i++;
            if (i == ds) throw NumError.value("invalid hexadecimal floating-point string");
            exp = new BigInteger(body.substring(st, i));
        }
        if (i != m) throw NumError.value("invalid hexadecimal floating-point string");
        BigInteger mant = new BigInteger(digits.toString(), 16);
        double r;
        if (mant.signum() == 0) {
            r = 0.0;
        } else {
            BigInteger e2 = exp.subtract(BigInteger.valueOf(4L * fracDigits));
            long top = e2.longValue() + mant.bitLength();
            if (e2.compareTo(BigInteger.valueOf(1L << 40)) > 0 || top > 1025) {
                throw NumError.overflow("hexadecimal value too large to represent as a float");
            }
            if (e2.compareTo(BigInteger.valueOf(-(1L << 40))) < 0 || top < -1100) {
                r = 0.0;
            } else {
                r = Ints.roundScaled(mant, false, e2.longValue());
                if (Double.isInfinite(r)) {
                    throw NumError.overflow("hexadecimal value too large to represent as a float");
                }
            }
        }
        return negative ? -r : r;
    }
}
