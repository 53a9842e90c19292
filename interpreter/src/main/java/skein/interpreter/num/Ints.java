package skein.interpreter.num;

import java.math.BigInteger;

/**
 * Python 3.11 {@code int} semantics over plain Java values.
 *
 * <h2>Representation rule</h2>
 * A Python int is a {@link Number} that is either a {@link Long} (every value in the range of
 * {@code long}) or a {@link BigInteger} (only values outside that range). Every method here
 * returns values in that <em>normalised</em> form and accepts any {@code Long}, {@code Integer},
 * {@code Short}, {@code Byte} or {@code BigInteger} (a BigInteger in long range is accepted too;
 * never a Double: floats are doubles and go through {@link #toDouble}/{@link #fromDouble}).
 * The interpreter can keep a {@code long} field in its int object and fall back to a BigInteger
 * field; the {@code (long, long)} overloads are the fast paths it can call directly (or inline:
 * {@code Math.addExact} and friends, calling {@code add(Number, Number)} on overflow).
 *
 * <p>Errors are {@link NumError}s with CPython's type and message.
 */
public final class Ints {
    private Ints() {}

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);
    /** The modulus of numeric hashes: {@code sys.hash_info.modulus}, 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    /** {@code sys.hash_info.inf}. */
    public static final long HASH_INF = 314159;
    /** {@code sys.int_info.default_max_str_digits}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** {@code sys.int_info.str_digits_check_threshold}: the smallest non-zero limit allowed. */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    private static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    /** {@code sys.get_int_max_str_digits()}. */
    public static int getMaxStrDigits() { return maxStrDigits; }

    /**
     * {@code sys.set_int_max_str_digits(n)}: 0 disables the limit; otherwise n must be at least
     * 640 ({@code ValueError: maxdigits must be 0 or larger than 640}).
     */
    public static void setMaxStrDigits(int n) {
        if (n != 0 && n < MAX_STR_DIGITS_THRESHOLD) {
            throw NumError.value("maxdigits must be 0 or larger than " + MAX_STR_DIGITS_THRESHOLD);
        }
        maxStrDigits = n;
    }

    // ------------------------------------------------------------------ representation

    /** The normalised form of {@code b}: a Long when it fits, else {@code b}. */
    public static Number normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Number) b.longValue() : b;
    }

    /** Normalises any accepted Number (an Integer becomes a Long, a small BigInteger a Long). */
    public static Number normalize(Number n) {
        if (n instanceof Long) return n;
        if (n instanceof BigInteger b) return normalize(b);
        return n.longValue();
    }

    /** {@code n} as a BigInteger. */
    public static BigInteger big(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    /** True when {@code n} is held in a long (not a BigInteger). */
    static boolean isSmall(Number n) {
        return !(n instanceof BigInteger);
    }

    /** -1, 0 or 1. */
    public static int signum(Number n) {
        return n instanceof BigInteger b ? b.signum() : Long.signum(n.longValue());
    }

    public static boolean isZero(Number n) { return signum(n) == 0; }

    // ------------------------------------------------------------------ + - *

    public static Number add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        return r;
    }

    public static Number add(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return add(a.longValue(), b.longValue());
        return normalize(big(a).add(big(b)));
    }

    public static Number sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        return r;
    }

    public static Number sub(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return sub(a.longValue(), b.longValue());
        return normalize(big(a).subtract(big(b)));
    }

    public static Number mul(long a, long b) {
        long lo = a * b;
        long hi = Math.multiplyHigh(a, b);
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    }

    public static Number mul(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return mul(a.longValue(), b.longValue());
        return normalize(big(a).multiply(big(b)));
    }

    // ------------------------------------------------------------------ // % divmod

    /** {@code a // b} (floor). */
    public static Number floorDiv(long a, long b) {
        if (b == 0) throw NumError.zeroDivision("integer division or modulo by zero");
        if (a == Long.MIN_VALUE && b == -1) return TWO_63;
        return Math.floorDiv(a, b);
    }

    public static Number floorDiv(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return floorDiv(a.longValue(), b.longValue());
        BigInteger bb = big(b);
        if (bb.signum() == 0) throw NumError.zeroDivision("integer division or modulo by zero");
        return normalize(bigDivmod(big(a), bb)[0]);
    }

    /** {@code a % b} (the result has the sign of b). */
    public static Number mod(long a, long b) {
        if (b == 0) throw NumError.zeroDivision("integer modulo by zero");
        return Math.floorMod(a, b);
    }

    public static Number mod(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return mod(a.longValue(), b.longValue());
        BigInteger bb = big(b);
        if (bb.signum() == 0) throw NumError.zeroDivision("integer modulo by zero");
        return normalize(bigMod(big(a), bb));
    }

    /** {@code divmod(a, b)}: {@code {a // b, a % b}}. */
    public static Number[] divmod(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) {
            long x = a.longValue(), y = b.longValue();
            if (y == 0) throw NumError.zeroDivision("integer division or modulo by zero");
            if (x == Long.MIN_VALUE && y == -1) return new Number[] {TWO_63, 0L};
            return new Number[] {Math.floorDiv(x, y), Math.floorMod(x, y)};
        }
        BigInteger bb = big(b);
        if (bb.signum() == 0) throw NumError.zeroDivision("integer division or modulo by zero");
        BigInteger[] qr = bigDivmod(big(a), bb);
        return new Number[] {normalize(qr[0]), normalize(qr[1])};
    }

    static BigInteger[] bigDivmod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    static BigInteger bigMod(BigInteger a, BigInteger b) {
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) r = r.add(b);
        return r;
    }

    // ------------------------------------------------------------------ true division

    /** {@code a / b}: the correctly rounded quotient (round-half-even), as CPython. */
    public static double trueDivide(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) {
            long x = a.longValue(), y = b.longValue();
            if (y == 0) throw NumError.zeroDivision("division by zero");
            final long lim = 1L << 53;
            if (-lim <= x && x <= lim && -lim <= y && y <= lim) return (double) x / (double) y;
        }
        BigInteger x = big(a), y = big(b);
        if (y.signum() == 0) throw NumError.zeroDivision("division by zero");
        boolean negate = (x.signum() < 0) != (y.signum() < 0);
        if (x.signum() == 0) return negate ? -0.0 : 0.0;
        x = x.abs();
        y = y.abs();
        // Scale so the integer quotient has at least 55 significant bits.
        int shift = 55 - (x.bitLength() - y.bitLength());
        BigInteger num = shift > 0 ? x.shiftLeft(shift) : x;
        BigInteger den = shift < 0 ? y.shiftLeft(-shift) : y;
        BigInteger[] qr = num.divideAndRemainder(den);
        double r = roundScaled(qr[0], qr[1].signum() != 0, -shift);
        if (Double.isInfinite(r)) throw NumError.overflow("integer division result too large for a float");
        return negate ? -r : r;
    }

    /**
     * The double nearest to {@code (q + (sticky ? epsilon : 0)) * 2**exp} for q > 0
     * (round-half-even; the sticky bit says the true value is a little above q * 2**exp).
     * Returns infinity on overflow.
     */
    static double roundScaled(BigInteger q, boolean sticky, long exp) {
        int qbits = q.bitLength();
        long top = qbits + exp;               // value in [2**(top-1), 2**top)
        if (top > 1025) return Double.POSITIVE_INFINITY;
        long lsb = Math.max(top - 53, -1074); // exponent of the result's last bit
        long drop = lsb - exp;                // bits of q below the result's last bit
        if (drop <= 0) {
            // exact (no bits dropped): q fits in 53 bits
            return Math.scalb(q.doubleValue(), (int) exp);
        }
        if (drop > qbits + 1) return 0.0; // far below half of the smallest subnormal
        BigInteger m = q.shiftRight((int) drop);
        // compare the dropped part with half an ulp
        boolean roundUp;
        boolean halfBit = q.testBit((int) drop - 1);
        if (!halfBit) {
            roundUp = false;
        } else {
            boolean belowHalfNonZero = sticky || q.getLowestSetBit() < drop - 1;
            roundUp = belowHalfNonZero || m.testBit(0);
        }
        long ml = m.longValue();
        if (roundUp) ml++;
        return Math.scalb((double) ml, (int) lsb);
    }

    // ------------------------------------------------------------------ power

    /**
     * {@code base ** exp}. A non-negative exponent gives an int (a Number); a negative exponent
     * gives a {@link Double} computed as CPython does, by float power of both operands converted
     * to float ({@link Floats#pow}), e.g. {@code 0 ** -1} raises {@code ZeroDivisionError: 0.0
     * cannot be raised to a negative power}.
     */
    public static Object pow(Number base, Number exp) {
        if (signum(exp) < 0) {
            double b = toDouble(base);
            double e = toDouble(exp);
            return Floats.pow(b, e);
        }
        return powNonNegative(base, exp);
    }

    /** {@code base ** exp} for {@code exp >= 0}. */
    public static Number powNonNegative(Number base, Number exp) {
        if (signum(exp) < 0) throw new IllegalArgumentException("negative exponent");
        if (isSmall(base)) {
            long b = base.longValue();
            if (b == 0) return isZero(exp) ? 1L : 0L;
            if (b == 1) return 1L;
            if (b == -1) return big(exp).testBit(0) ? -1L : 1L;
        }
        if (!isSmall(exp) || exp.longValue() > Integer.MAX_VALUE) throw NumError.memory();
        int e = (int) exp.longValue();
        if (isSmall(base)) {
            long b = base.longValue();
            long result = 1, x = b;
            int n = e;
            boolean ok = true;
            while (true) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(result, x), lo = result * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    result = lo;
                }
                n >>>= 1;
                if (n == 0) break;
                long hi = Math.multiplyHigh(x, x), lo = x * x;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                x = lo;
            }
            if (ok) return result;
        }
        BigInteger bb = big(base);
        if ((long) bb.abs().bitLength() * e > Integer.MAX_VALUE) throw NumError.memory();
        return normalize(bb.pow(e));
    }

    /** Three-argument {@code pow(base, exp, mod)}, including negative exponents (3.8+). */
    public static Number pow(Number base, Number exp, Number mod) {
        BigInteger m = big(mod);
        if (m.signum() == 0) throw NumError.value("pow() 3rd argument cannot be 0");
        boolean negativeOutput = m.signum() < 0;
        m = m.abs();
        if (m.equals(BigInteger.ONE)) return 0L;
        BigInteger b = big(base), e = big(exp);
        if (e.signum() < 0) {
            try {
                b = b.modInverse(m);
            } catch (ArithmeticException ex) {
                throw NumError.value("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger z = b.modPow(e, m);
        if (negativeOutput && z.signum() != 0) z = z.subtract(m);
        return normalize(z);
    }

    // ------------------------------------------------------------------ unary

    public static Number negate(Number a) {
        if (isSmall(a)) {
            long x = a.longValue();
            return x == Long.MIN_VALUE ? TWO_63 : (Number) (-x);
        }
        return normalize(((BigInteger) a).negate());
    }

    public static Number abs(Number a) {
        return signum(a) < 0 ? negate(a) : normalize(a);
    }

    /** {@code ~a == -a - 1}. */
    public static Number invert(Number a) {
        if (isSmall(a)) return ~a.longValue();
        return normalize(((BigInteger) a).not());
    }

    // ------------------------------------------------------------------ shifts and bits

    public static Number shiftLeft(Number a, Number n) {
        if (signum(n) < 0) throw NumError.value("negative shift count");
        if (isZero(a)) return 0L;
        if (!isSmall(n)) throw NumError.overflow("too many digits in integer");
        long s = n.longValue();
        if (isSmall(a)) {
            long x = a.longValue();
            if (s < 63) {
                long r = x << s;
                if ((r >> s) == x) return r;
            }
        }
        BigInteger b = big(a);
        if (s + b.bitLength() >= Integer.MAX_VALUE) throw NumError.memory();
        return normalize(b.shiftLeft((int) s));
    }

    public static Number shiftRight(Number a, Number n) {
        if (signum(n) < 0) throw NumError.value("negative shift count");
        if (isSmall(a)) {
            long x = a.longValue();
            if (!isSmall(n) || n.longValue() >= 64) return x < 0 ? -1L : 0L;
            return x >> n.longValue();
        }
        BigInteger b = (BigInteger) a;
        if (!isSmall(n) || n.longValue() >= b.bitLength()) return b.signum() < 0 ? -1L : 0L;
        return normalize(b.shiftRight((int) n.longValue()));
    }

    public static Number and(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return a.longValue() & b.longValue();
        return normalize(big(a).and(big(b)));
    }

    public static Number or(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return a.longValue() | b.longValue();
        return normalize(big(a).or(big(b)));
    }

    public static Number xor(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return a.longValue() ^ b.longValue();
        return normalize(big(a).xor(big(b)));
    }

    /** {@code int.bit_length()}. */
    public static long bitLength(Number a) {
        if (isSmall(a)) {
            long x = a.longValue();
            if (x < 0) x = -x; // MIN_VALUE stays, read as unsigned 2**63
            return 64 - Long.numberOfLeadingZeros(x);
        }
        return ((BigInteger) a).abs().bitLength();
    }

    /** {@code int.bit_count()}: the number of ones in {@code abs(a)}. */
    public static long bitCount(Number a) {
        if (isSmall(a)) {
            long x = a.longValue();
            if (x < 0) x = -x;
            return Long.bitCount(x);
        }
        return ((BigInteger) a).abs().bitCount();
    }

    // ------------------------------------------------------------------ comparisons

    public static int compare(Number a, Number b) {
        if (isSmall(a) && isSmall(b)) return Long.compare(a.longValue(), b.longValue());
        return big(a).compareTo(big(b));
    }

    public static boolean equal(Number a, Number b) { return compare(a, b) == 0; }

    /** Result of {@link #compareToDouble} when the float is a NaN: every comparison is False except {@code !=}. */
    public static final int UNORDERED = 2;

    /**
     * The exact comparison of an int with a float, as CPython's {@code float_richcompare}:
     * -1, 0 or 1 for {@code a < b}, {@code a == b}, {@code a > b}; {@link #UNORDERED} when b is
     * a NaN. Exact: {@code 2**53 + 1 == 9007199254740992.0} is False.
     */
    public static int compareToDouble(Number a, double b) {
        if (b != b) return UNORDERED;
        if (Double.isInfinite(b)) return b > 0 ? -1 : 1;
        if (isSmall(a)) {
            long x = a.longValue();
            if (x >= -(1L << 53) && x <= (1L << 53)) {
                double dx = x;
                return dx < b ? -1 : dx > b ? 1 : 0;
            }
            double fl = Math.floor(b);
            if (Math.abs(fl) < 0x1p63) {
                long lf = (long) fl;
                if (x != lf) return x < lf ? -1 : 1;
                return b > fl ? -1 : 0;
            }
        }
        double fl = Math.floor(b);
        int c = big(a).compareTo(big(fromDouble(fl)));
        if (c != 0) return c;
        return b > fl ? -1 : 0;
    }

    /** Applies a comparison result to an operator: op is one of "<", "<=", "==", "!=", ">", ">=". */
    public static boolean compareResult(int cmp, String op) {
        if (cmp == UNORDERED) return op.equals("!=");
        return switch (op) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            default -> throw new IllegalArgumentException(op);
        };
    }

    // ------------------------------------------------------------------ float conversions

    /** {@code float(a)}: correctly rounded; {@code OverflowError: int too large to convert to float}. */
    public static double toDouble(Number a) {
        if (isSmall(a)) return (double) a.longValue();
        double d = ((BigInteger) a).doubleValue();
        if (Double.isInfinite(d)) throw NumError.overflow("int too large to convert to float");
        return d;
    }

    /** {@code int(d)}: truncation toward zero. */
    public static Number fromDouble(double d) {
        if (d != d) throw NumError.value("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw NumError.overflow("cannot convert float infinity to integer");
        if (Math.abs(d) < 0x1p63) return (long) d;
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7FF) - 1075;
        long mant = (bits & ((1L << 52) - 1)) | (1L << 52);
        BigInteger r = BigInteger.valueOf(mant).shiftLeft(exp); // exp >= 11 here
        return d < 0 ? r.negate() : r;
    }

    // ------------------------------------------------------------------ round, hash

    /** {@code round(a, ndigits)}: a itself for ndigits >= 0, else round-half-even to 10**-ndigits. */
    public static Number round(Number a, Number ndigits) {
        if (signum(ndigits) >= 0) return normalize(a);
        BigInteger x = big(a);
        // |a| < 10**(n-1) * 5 rounds to 0; bound the decimal size of a from its bit length.
        long nd = isSmall(ndigits) ? ndigits.longValue() : Long.MIN_VALUE;
        if (nd < -1_000_000_000L || -nd > (long) (x.abs().bitLength() * 0.30103) + 2) {
            return 0L;
        }
        int n = (int) -nd;
        BigInteger p = BigInteger.TEN.pow(n);
        BigInteger[] qr = bigDivmod(x, p);
        BigInteger result = x.subtract(qr[1]);
        int c = qr[1].shiftLeft(1).compareTo(p);
        if (c > 0 || (c == 0 && qr[0].testBit(0))) result = result.add(p);
        return normalize(result);
    }

    /** {@code hash(a)} as CPython (64-bit): reduction modulo 2**61 - 1, and -1 becomes -2. */
    public static long hash(Number a) {
        long h;
        if (isSmall(a) && a.longValue() != Long.MIN_VALUE) {
            long x = a.longValue();
            h = x >= 0 ? x % HASH_MODULUS : -((-x) % HASH_MODULUS);
        } else {
            BigInteger x = big(a);
            long r = x.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            h = x.signum() < 0 ? -r : r;
        }
        return h == -1 ? -2 : h;
    }

    // ------------------------------------------------------------------ to string

    private static final String TO_STR_LIMIT =
            "Exceeds the limit (%d digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit";

    /** {@code str(a)} / {@code repr(a)}, honouring the int max str digits limit. */
    public static String toString(Number a) {
        if (isSmall(a)) return Long.toString(a.longValue());
        BigInteger b = (BigInteger) a;
        int limit = maxStrDigits;
        if (limit > 0) {
            // b >= 2**(bits-1) has at least floor((bits-1)*log10(2)) + 1 digits
            long minDigits = (long) ((b.abs().bitLength() - 1) * 0.30102999566) + 1;
            if (minDigits > limit) throw NumError.value(String.format(TO_STR_LIMIT, limit));
        }
        String s = b.toString();
        if (limit > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
            throw NumError.value(String.format(TO_STR_LIMIT, limit));
        }
        return s;
    }

    /** Digits in base 2, 8, 10 or 16 (lower case) with a '-' sign and no prefix. */
    public static String toString(Number a, int radix) {
        if (radix == 10) return toString(a);
        if (isSmall(a)) return Long.toString(a.longValue(), radix);
        return ((BigInteger) a).toString(radix);
    }

    /** {@code hex(a)}: {@code '-0xff'}. */
    public static String hex(Number a) { return prefixed(a, 16, "0x"); }

    /** {@code oct(a)}: {@code '0o17'}. */
    public static String oct(Number a) { return prefixed(a, 8, "0o"); }

    /** {@code bin(a)}: {@code '-0b101'}. */
    public static String bin(Number a) { return prefixed(a, 2, "0b"); }

    private static String prefixed(Number a, int radix, String prefix) {
        String digits = toString(abs(a), radix);
        return (signum(a) < 0 ? "-" : "") + prefix + digits;
    }

    // ------------------------------------------------------------------ parse

    private static final String FROM_STR_LIMIT =
            "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
            + "use sys.set_int_max_str_digits() to increase the limit";

    /** {@code int(s)}: base 10. */
    public static Number parse(String s) { return parse(s, 10); }

    /**
     * {@code int(s, base)} for a str {@code s}: base 0 or 2..36, surrounding whitespace, a sign,
     * the 0x/0o/0b prefixes (base 0, or the matching base), single underscores between digits
     * (and after a prefix), Unicode decimal digits and whitespace, and the digit limit of
     * non-power-of-two bases.
     */
    public static Number parse(String s, int base) {
        if ((base != 0 && base < 2) || base > 36) {
            throw NumError.value("int() base must be >= 2 and <= 36, or 0");
        }
        String t = Strs.toAsciiDigits(s);
        Number r = parseAscii(t, base);
        if (r == null) {
            throw NumError.value("invalid literal for int() with base " + base + ": "
                    + Strs.truncateCodePoints(Strs.repr(s), 200));
        }
        return r;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 99;
    }

    /** Returns null for an invalid literal; throws for the digit limit. */
    private static Number parseAscii(String t, int base) {
        int n = t.length(), p = 0;
        while (p < n && Strs.isAsciiSpace(t.charAt(p))) p++;
        boolean negative = false;
        if (p < n && t.charAt(p) == '+') p++;
        else if (p < n && t.charAt(p) == '-') { p++; negative = true; }
        boolean errorIfNonzero = false;
        char c0 = p < n ? t.charAt(p) : 0, c1 = p + 1 < n ? t.charAt(p + 1) : 0;
        if (base == 0) {
            if (c0 != '0') base = 10;
            else if (c1 == 'x' || c1 == 'X') base = 16;
            else if (c1 == 'o' || c1 == 'O') base = 8;
            else if (c1 == 'b' || c1 == 'B') base = 2;
            else { errorIfNonzero = true; base = 10; }
        }
        if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X'))
                || (base == 8 && (c1 == 'o' || c1 == 'O'))
                || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
            p += 2;
            if (p < n && t.charAt(p) == '_') p++;
        }
        if (p < n && t.charAt(p) == '_') return null;
        int start = p;
        StringBuilder digits = new StringBuilder(n - p);
        char prev = 0;
        while (p < n) {
            char c = t.charAt(p);
            if (c == '_') {
                if (prev == '_') return null;
            } else if (digitValue(c) < base) {
                digits.append(c);
            } else {
                break;
            }
            prev = c;
            p++;
        }
        if (prev == '_') return null;
        if ((base & (base - 1)) != 0) {
            int limit = maxStrDigits;
            if (limit > 0 && digits.length() > limit) {
                throw NumError.value(String.format(FROM_STR_LIMIT, limit, digits.length()));
            }
        }
        if (p == start) return null;
        while (p < n && Strs.isAsciiSpace(t.charAt(p))) p++;
        if (p != n) return null;
        Number v;
        if (digits.length() <= 12) {
            v = Long.parseLong(digits, 0, digits.length(), base);
        } else {
            v = normalize(new BigInteger(digits.toString(), base));
        }
        if (errorIfNonzero && !isZero(v)) return null;
        return negative ? negate(v) : v;
    }
}
