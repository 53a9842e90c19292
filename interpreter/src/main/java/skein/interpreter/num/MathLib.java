package skein.interpreter.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The behaviour of Python 3.11's {@code math} module over plain Java values. Ints are passed
 * as Long/BigInteger (see {@link Ints}), floats as double; where a function accepts either
 * ({@code log}, {@code log2}, {@code log10}) it takes an {@code Object} that is a Double or a
 * Long/BigInteger. The interpreter converts other argument types (bool, {@code __index__},
 * {@code __float__}) and raises their TypeErrors.
 *
 * <p>Errors: {@code ValueError: math domain error}, {@code OverflowError: math range error}, and
 * the functions' own messages. Exact functions (floor, ceil, isqrt, gcd, lcm, factorial, comb,
 * perm, fsum, hypot, dist, sqrt, fmod, remainder, modf, frexp, ldexp, copysign, fabs, nextafter,
 * ulp, isclose, gamma and lgamma at integers) give CPython's results bit for bit (hypot/dist:
 * correctly rounded, as CPython except rarely for subnormal results). Transcendental functions
 * use the JVM's {@code Math}/{@code StrictMath}: within 1 ulp of CPython's glibc results, and
 * bit-identical in the large majority of cases. erf, erfc, gamma and lgamma are computed with
 * 45-digit BigDecimal arithmetic and correctly rounded (CPython's own are a few ulps off at
 * times); they cost about 60 microseconds a call.
 */
public final class MathLib {
    private MathLib() {}

    public static final double PI = Math.PI;
    public static final double E = Math.E;
    public static final double TAU = 2 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY;
    public static final double NAN = Double.NaN;

    // ------------------------------------------------------------------ error helpers

    /** CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite is overflow or domain. */
    private static double check1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw NumError.domain();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? NumError.range() : NumError.domain();
        return r;
    }

    /** CPython's math_2. */
    private static double check2(double x, double y, double r) {
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y)) throw NumError.domain();
        } else if (Double.isInfinite(r)) {
            if (Double.isFinite(x) && Double.isFinite(y)) throw NumError.range();
        }
        return r;
    }

    // ------------------------------------------------------------------ to int

    /** {@code math.floor(x)} of a float. */
    public static Number floor(double x) { return Ints.fromDouble(Math.floor(x)); }

    /** {@code math.ceil(x)} of a float. */
    public static Number ceil(double x) { return Ints.fromDouble(Math.ceil(x)); }

    /** {@code math.trunc(x)} of a float. */
    public static Number trunc(double x) { return Ints.fromDouble(x); }

    // ------------------------------------------------------------------ integer functions

    /** {@code math.isqrt(n)}. */
    public static Number isqrt(Number n) {
        if (Ints.signum(n) < 0) throw NumError.value("isqrt() argument must be nonnegative");
        if (Ints.isSmall(n) && n.longValue() < (1L << 52)) {
            long x = n.longValue();
            long r = (long) Math.sqrt((double) x);
            while (r * r > x) r--;
            while ((r + 1) * (r + 1) <= x) r++;
            return r;
        }
        return Ints.normalize(Ints.big(n).sqrt());
    }

    /** {@code math.gcd(*integers)}; {@code gcd()} is 0. */
    public static Number gcd(Number... xs) {
        BigInteger g = BigInteger.ZERO;
        boolean allSmall = true;
        long gl = 0;
        for (Number x : xs) {
            if (allSmall && Ints.isSmall(x) && x.longValue() != Long.MIN_VALUE) {
                long a = Math.abs(x.longValue()), b = gl;
                while (b != 0) { long t = a % b; a = b; b = t; }
                gl = a;
            } else {
                if (allSmall) { g = BigInteger.valueOf(gl); allSmall = false; }
                g = g.gcd(Ints.big(x));
            }
        }
        return allSmall ? (Number) gl : Ints.normalize(g);
    }

    /** {@code math.lcm(*integers)}; {@code lcm()} is 1. */
    public static Number lcm(Number... xs) {
        BigInteger l = BigInteger.ONE;
        for (Number x : xs) {
            BigInteger b = Ints.big(x).abs();
            if (b.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            if (l.signum() == 0) continue;
            l = l.divide(l.gcd(b)).multiply(b);
        }
        return Ints.normalize(l);
    }

    private static final long[] SMALL_FACTORIALS = new long[21];
    static {
        SMALL_FACTORIALS[0] = 1;
        for (int i = 1; i <= 20; i++) SMALL_FACTORIALS[i] = SMALL_FACTORIALS[i - 1] * i;
    }

    /** {@code math.factorial(n)}. */
    public static Number factorial(Number n) {
        if (Ints.signum(n) < 0) throw NumError.value("factorial() not defined for negative values");
        if (!Ints.isSmall(n)) throw NumError.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        long x = n.longValue();
        if (x <= 20) return SMALL_FACTORIALS[(int) x];
        if (x > Integer.MAX_VALUE) throw NumError.memory();
        return Ints.normalize(product(1, x));
    }

    /** The product lo * (lo+1) * ... * hi by binary splitting (1 for an empty range). */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / i) { r = r.multiply(BigInteger.valueOf(acc)); acc = 1; }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** {@code math.comb(n, k)}. */
    public static Number comb(Number n, Number k) {
        if (Ints.signum(n) < 0) throw NumError.value("n must be a non-negative integer");
        if (Ints.signum(k) < 0) throw NumError.value("k must be a non-negative integer");
        BigInteger bn = Ints.big(n), bk = Ints.big(k);
        BigInteger rest = bn.subtract(bk);
        if (rest.signum() < 0) return 0L;
        if (bk.compareTo(rest) > 0) bk = rest;
        if (bk.bitLength() > 63) throw NumError.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        long kk = bk.longValue();
        if (kk == 0) return 1L;
        if (kk > Integer.MAX_VALUE) throw NumError.memory();
        BigInteger num = fallingProduct(bn, kk);
        return Ints.normalize(num.divide(product(1, kk)));
    }

    /** {@code math.perm(n)} (k None): {@code factorial(n)}. */
    public static Number perm(Number n) { return factorial(n); }

    /** {@code math.perm(n, k)}. */
    public static Number perm(Number n, Number k) {
        if (Ints.signum(n) < 0) throw NumError.value("n must be a non-negative integer");
        if (Ints.signum(k) < 0) throw NumError.value("k must be a non-negative integer");
        BigInteger bn = Ints.big(n), bk = Ints.big(k);
        if (bn.compareTo(bk) < 0) return 0L;
        if (bk.bitLength() > 63) throw NumError.overflow("k must not exceed " + Long.MAX_VALUE);
        long kk = bk.longValue();
        if (kk == 0) return 1L;
        if (kk > Integer.MAX_VALUE) throw NumError.memory();
        return Ints.normalize(fallingProduct(bn, kk));
    }

    /** n * (n-1) * ... * (n-k+1). */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (n.bitLength() < 62) {
            long nl = n.longValue();
            return product(nl - k + 1, nl);
        }
        return fallingBig(n, 0, k);
    }

    private static BigInteger fallingBig(BigInteger n, long from, long to) { // prod_{i=from}^{to-1} (n - i)
        if (to - from <= 8) {
            BigInteger r = BigInteger.ONE;
            for (long i = from; i < to; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return r;
        }
        long mid = from + (to - from) / 2;
        return fallingBig(n, from, mid).multiply(fallingBig(n, mid, to));
    }

    /** {@code math.prod(values, start=1)} for ints (Long/BigInteger) and floats (Double). */
    public static Object prod(List<?> values, Object start) {
        Object acc = start;
        for (Object v : values) {
            if (acc instanceof Double a) {
                acc = a * asDouble(v);
            } else if (v instanceof Double b) {
                acc = asDouble(acc) * b;
            } else {
                acc = Ints.mul((Number) acc, (Number) v);
            }
        }
        return acc;
    }

    private static double asDouble(Object v) {
        return v instanceof Double d ? d : Ints.toDouble((Number) v);
    }

    // ------------------------------------------------------------------ fsum

    /**
     * {@code math.fsum}: an accumulator (feed it the iterable's floats with {@link #add}, then
     * take {@link #result}). Exact (Shewchuk's partials) and correctly rounded; the intermediate
     * overflow and {@code -inf + inf} errors are CPython's.
     */
    public static final class Fsum {
        private double[] p = new double[32];
        private int n = 0;
        private double specialSum = 0.0, infSum = 0.0;

        public void add(double x) {
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) { double t = x; x = y; y = t; }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) throw NumError.overflow("intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                    p[n++] = x;
                }
            }
        }

        public double result() {
            if (specialSum != 0.0) {
                if (Double.isNaN(infSum)) throw NumError.value("-inf + inf in fsum");
                return specialSum;
            }
            if (n == 0) return 0.0;
            // exact sum of the partials, correctly rounded
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < n; j++) s = s.add(scaled(p[j]));
            if (s.signum() == 0) return 0.0;
            double r = Ints.roundScaled(s.abs(), false, -1074);
            return s.signum() < 0 ? -r : r;
        }
    }

    /** x * 2**1074 as an exact integer (x finite). */
    static BigInteger scaled(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        int shift;
        if (be == 0) shift = 0;
        else { m |= 1L << 52; shift = be - 1; }
        BigInteger r = BigInteger.valueOf(m).shiftLeft(shift);
        return bits < 0 ? r.negate() : r;
    }

    /** {@code math.fsum(values)}. */
    public static double fsum(double... values) {
        Fsum f = new Fsum();
        for (double v : values) f.add(v);
        return f.result();
    }

    // ------------------------------------------------------------------ hypot, dist

    /** {@code math.hypot(*coordinates)}: correctly rounded sqrt of the exact sum of squares. */
    public static double hypot(double... xs) {
        double max = 0.0;
        boolean foundNan = false;
        for (double x : xs) {
            double a = Math.abs(x);
            if (Double.isNaN(a)) foundNan = true;
            else if (a > max) max = a;
        }
        return vectorNorm(xs, max, foundNan);
    }

    /** {@code math.dist(p, q)}. */
    public static double dist(double[] p, double[] q) {
        if (p.length != q.length) throw NumError.value("both points must have the same number of dimensions");
        double[] d = new double[p.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < p.length; i++) {
            d[i] = Math.abs(p[i] - q[i]);
            if (Double.isNaN(d[i])) foundNan = true;
            else if (d[i] > max) max = d[i];
        }
        return vectorNorm(d, max, foundNan);
    }

    private static double vectorNorm(double[] xs, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0 || xs.length <= 1) return max;
        BigInteger sum = BigInteger.ZERO;
        for (double x : xs) {
            BigInteger s = scaled(Math.abs(x));
            sum = sum.add(s.multiply(s));
        }
        // sqrt(sum) * 2**-1074, correctly rounded: take >= 56 bits of the root plus a sticky bit
        int k = Math.max(0, 60 - sum.bitLength() / 2);
        BigInteger v = sum.shiftLeft(2 * k);
        BigInteger[] sr = v.sqrtAndRemainder();
        boolean sticky = sr[1].signum() != 0;
        double r = Ints.roundScaled(sr[0], sticky, -1074L - k);
        if (r < Double.MIN_NORMAL) {
            // CPython computes the norm of the scaled vector (a normal number, correctly rounded
            // to 53 bits) and then scales it down into the subnormal range: a second rounding.
            double h = Ints.roundScaled(sr[0], sticky, -1074L - k + 1100);
            r = Ints.roundScaled(scaled(h), false, -1074L - 1100);
        }
        return r;
    }

    // ------------------------------------------------------------------ logarithms

    private static double mLog(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return Math.log(x);
            throw NumError.domain();
        }
        if (Double.isNaN(x)) return x;
        if (x > 0.0) return x;
        throw NumError.domain();
    }

    private static double mLog10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return StrictMath.log10(x);
            throw NumError.domain();
        }
        if (Double.isNaN(x)) return x;
        if (x > 0.0) return x;
        throw NumError.domain();
    }

    private static final double INV_LN2 = 1.4426950408889634; // 1/ln(2)

    private static double mLog2(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return log2Positive(x);
            throw NumError.domain();
        }
        if (Double.isNaN(x)) return x;
        if (x > 0.0) return x;
        throw NumError.domain();
    }

    private static double log2Positive(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        if (be == 0) { // subnormal: normalise
            int shift = Long.numberOfLeadingZeros(m) - 11;
            m <<= shift;
            be = 1 - shift;
            m &= (1L << 52) - 1;
        }
        int e = be - 1023;
        if (m == 0) return e;
        double mant = Double.longBitsToDouble((1023L << 52) | m); // [1, 2)
        if (mant > Math.sqrt(2)) { mant /= 2; e++; }
        double lm = Math.log(mant) * INV_LN2;
        return e + lm;
    }

    private interface DoubleFn { double apply(double x); }

    /** CPython's loghelper: ints of any size, floats through the libm function. */
    private static double logHelper(Object x, DoubleFn fn) {
        if (x instanceof Double d) return fn.apply(d);
        Number n = (Number) x;
        if (Ints.signum(n) <= 0) throw NumError.domain();
        if (Ints.isSmall(n)) return fn.apply((double) n.longValue());
        BigInteger b = (BigInteger) n;
        double d = b.doubleValue();
        if (!Double.isInfinite(d)) return fn.apply(d);
        // x ~= m * 2**e with m in [0.5, 1), correctly rounded (_PyLong_Frexp)
        long e = b.bitLength();
        double m = Ints.roundScaled(b, false, -e);
        if (m == 1.0) { m = 0.5; e++; }
        return fn.apply(m) + fn.apply(2.0) * e;
    }

    /** {@code math.log(x)}: x is a Double or an int of any size. */
    public static double log(Object x) { return logHelper(x, MathLib::mLog); }

    /** {@code math.log(x, base)}. */
    public static double log(Object x, Object base) {
        double num = log(x);
        double den = log(base);
        return Floats.trueDivide(num, den);
    }

    /** {@code math.log2(x)}. */
    public static double log2(Object x) { return logHelper(x, MathLib::mLog2); }

    /** {@code math.log10(x)}. */
    public static double log10(Object x) { return logHelper(x, MathLib::mLog10); }

    public static double log(double x) { return mLog(x); }
    public static double log2(double x) { return mLog2(x); }
    public static double log10(double x) { return mLog10(x); }

    /** {@code math.log1p(x)}. */
    public static double log1p(double x) {
        if (x == 0.0) return x;
        return check1(x, Math.log1p(x), false);
    }

    // ------------------------------------------------------------------ powers and roots

    public static double sqrt(double x) { return check1(x, Math.sqrt(x), false); }

    public static double cbrt(double x) { return check1(x, Math.cbrt(x), false); }

    public static double exp(double x) { return check1(x, Math.exp(x), true); }

    /** {@code math.exp2(x)} (3.11). */
    public static double exp2(double x) {
        double r;
        if (Double.isNaN(x)) r = x;
        else if (x == Math.rint(x) && Math.abs(x) < 2000) r = Math.scalb(1.0, (int) x);
        else r = Math.pow(2.0, x);
        return check1(x, r, true);
    }

    public static double expm1(double x) { return check1(x, Math.expm1(x), true); }

    /** {@code math.pow(x, y)}: never complex; {@code 0.0 ** -1} is a domain error here. */
    public static double pow(double x, double y) {
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) r = y == 0 ? 1.0 : x;
            else if (Double.isNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) r = oddY ? x : Math.abs(x);
                else if (y == 0) r = 1.0;
                else r = oddY ? Math.copySign(0.0, x) : 0.0;
            } else {
                if (Math.abs(x) == 1.0) r = 1.0;
                else if (y > 0 && Math.abs(x) > 1.0) r = y;
                else if (y < 0 && Math.abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return r;
        }
        if (y == 0) return 1.0;
        if (x == 0) {
            if (y < 0) throw NumError.domain();
            return Floats.isOddInteger(y) ? x : 0.0;
        }
        boolean negate = false;
        double ax = x;
        if (x < 0) {
            if (y != Math.rint(y)) throw NumError.domain();
            ax = -x;
            negate = Floats.isOddInteger(y);
        }
        r = ax == 1.0 ? 1.0 : Floats.powPositive(ax, y);
        if (Double.isInfinite(r)) throw NumError.range();
        return negate ? -r : r;
    }

    // ------------------------------------------------------------------ trigonometry

    public static double sin(double x) { return check1(x, Math.sin(x), false); }
    public static double cos(double x) { return check1(x, Math.cos(x), false); }
    public static double tan(double x) { return check1(x, Math.tan(x), false); }
    public static double asin(double x) { return check1(x, Math.asin(x), false); }
    public static double acos(double x) { return check1(x, Math.acos(x), false); }
    public static double atan(double x) { return check1(x, Math.atan(x), false); }

    /** {@code math.atan2(y, x)}. */
    public static double atan2(double y, double x) { return check2(y, x, Math.atan2(y, x)); }

    public static double sinh(double x) { return check1(x, Math.sinh(x), true); }
    public static double cosh(double x) { return check1(x, Math.cosh(x), true); }
    public static double tanh(double x) { return check1(x, StrictMath.tanh(x), false); }

    private static final double LN2 = 0.6931471805599453;

    public static double asinh(double x) {
        double a = Math.abs(x), r;
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        if (a < 0x1p-28) return x;
        if (a > 0x1p28) r = Math.log(a) + LN2;
        else if (a > 2.0) r = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        else {
            double t = x * x;
            r = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    public static double acosh(double x) {
        double r;
        if (Double.isNaN(x)) return x;
        if (x < 1.0) throw NumError.domain();
        if (Double.isInfinite(x)) return x;
        if (x >= 0x1p28) r = Math.log(x) + LN2;
        else if (x == 1.0) r = 0.0;
        else if (x > 2.0) r = Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        else {
            double t = x - 1.0;
            r = Math.log1p(t + Math.sqrt(2.0 * t + t * t));
        }
        return r;
    }

    public static double atanh(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a >= 1.0) throw NumError.domain(); // 1 -> inf (singularity), > 1 -> nan
        if (a < 0x1p-28) return x;
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }

    /** {@code math.degrees(x)}. */
    public static double degrees(double x) { return x * (180.0 / Math.PI); }

    /** {@code math.radians(x)}. */
    public static double radians(double x) { return x * (Math.PI / 180.0); }

    // ------------------------------------------------------------------ special functions

    /** {@code math.erf(x)}, correctly rounded. */
    public static double erf(double x) {
        if (Double.isNaN(x)) return x;
        if (x == 0) return x;
        if (Math.abs(x) >= 6.5) return Math.copySign(1.0, x);
        return BigMath.toDouble(BigMath.erf(BigMath.exact(x)));
    }

    /** {@code math.erfc(x)}, correctly rounded. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        if (x <= -6.5) return 2.0;
        if (x >= 28) return 0.0;
        BigDecimal bx = BigMath.exact(x);
        BigDecimal r = x < 6 ? BigDecimal.ONE.subtract(BigMath.erf(bx), BigMath.MC) : BigMath.erfcLarge(bx);
        return BigMath.toDouble(r);
    }

    /** {@code math.gamma(x)}. */
    public static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) return x;
            throw NumError.domain();
        }
        if (x == 0) throw NumError.domain();
        if (x == Math.floor(x)) {
            if (x < 0) throw NumError.domain();
            if (x <= 23) return (double) factorialDouble((int) x - 1);
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) throw NumError.range();
            return r;
        }
        if (ax > 200.0) {
            if (x < 0) {
                // 0.0 / sin(pi x): the sign of sin(pi x) is (-1)**floor(x)
                long fl = (long) Math.floor(x);
                return (fl & 1) == 0 ? 0.0 : -0.0;
            }
            throw NumError.range();
        }
        BigDecimal bx = BigMath.exact(x);
        BigDecimal r;
        if (x > 0) {
            r = BigMath.gammaPositive(bx);
        } else {
            BigDecimal oneMinus = BigDecimal.ONE.subtract(bx);
            r = BigMath.PI.divide(BigMath.sinPiAny(bx).multiply(BigMath.gammaPositive(oneMinus), BigMath.MC), BigMath.MC);
        }
        double d = BigMath.toDouble(r);
        if (Double.isInfinite(d)) throw NumError.range();
        return d;
    }

    private static double factorialDouble(int n) {
        double r = 1;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }

    /** {@code math.lgamma(x)}: log(abs(gamma(x))). */
    public static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x)) return x;
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) throw NumError.domain();
            return 0.0;
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) return -Math.log(ax);
        BigDecimal bx = BigMath.exact(x);
        BigDecimal r;
        if (x > 0) {
            r = BigMath.lnGammaPositive(bx);
        } else {
            BigDecimal s = BigMath.sinPiAny(bx).abs();
            r = BigMath.LN_PI.subtract(BigMath.ln(s), BigMath.MC)
                    .subtract(BigMath.lnGammaPositive(BigDecimal.ONE.subtract(bx)), BigMath.MC);
        }
        double d = BigMath.toDouble(r);
        if (Double.isInfinite(d)) throw NumError.range();
        return d;
    }

    // ------------------------------------------------------------------ float manipulation

    public static double fabs(double x) { return Math.abs(x); }

    public static double copysign(double x, double y) {
        return Math.copySign(x, y); // also copies the sign bit of a NaN y, as C
    }

    /** {@code math.fmod(x, y)}: the C fmod (sign of x). */
    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) return x;
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw NumError.domain();
        return r;
    }

    /** {@code math.remainder(x, y)}: IEEE 754 remainder (round-half-even quotient). */
    public static double remainder(double x, double y) {
        double r;
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) throw NumError.domain();
            r = Math.IEEEremainder(x, y);
            if (r == 0) r = Math.copySign(0.0, x);
            return r;
        }
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x)) throw NumError.domain();
        return x;
    }

    /** {@code math.modf(x)}: {@code {fractional part, integer part}}, both with the sign of x. */
    public static double[] modf(double x) {
        if (Double.isInfinite(x)) return new double[] {Math.copySign(0.0, x), x};
        if (Double.isNaN(x)) return new double[] {x, x};
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new double[] {Math.copySign(x - ip, x), ip};
    }

    /** The result of {@code math.frexp}: {@code x == mantissa * 2**exponent}, 0.5 <= |mantissa| < 1. */
    public record Frexp(double mantissa, int exponent) {}

    /** {@code math.frexp(x)}. */
    public static Frexp frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) return new Frexp(x, 0);
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) ((bits >>> 52) & 0x7FF);
        int adjust = 0;
        if (be == 0) { // subnormal: scale up exactly
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            be = (int) ((bits >>> 52) & 0x7FF);
            adjust = -54;
        }
        int e = be - 1022;
        double m = Double.longBitsToDouble((bits & ~(0x7FFL << 52)) | (1022L << 52));
        return new Frexp(m, e + adjust);
    }

    /** {@code math.ldexp(x, i)}: x * 2**i, correctly rounded; overflow is a range error. */
    public static double ldexp(double x, Number i) {
        if (x == 0 || !Double.isFinite(x)) return x;
        if (!Ints.isSmall(i) || i.longValue() > Integer.MAX_VALUE) {
            if (Ints.signum(i) > 0) throw NumError.range();
            return Math.copySign(0.0, x);
        }
        long e = i.longValue();
        if (e < Integer.MIN_VALUE) return Math.copySign(0.0, x);
        BigInteger s = scaled(Math.abs(x)); // |x| * 2**1074
        double r = Ints.roundScaled(s, false, e - 1074);
        if (Double.isInfinite(r)) throw NumError.range();
        return Math.copySign(r, x);
    }

    /** {@code math.nextafter(x, y)}. */
    public static double nextafter(double x, double y) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (x == y) return y;
        return Math.nextAfter(x, y);
    }

    /** {@code math.ulp(x)}. */
    public static double ulp(double x) {
        if (Double.isNaN(x)) return x;
        x = Math.abs(x);
        if (Double.isInfinite(x)) return x;
        double up = Math.nextUp(x);
        if (Double.isInfinite(up)) return x - Math.nextDown(x);
        return up - x;
    }

    /** {@code math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)}. */
    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) throw NumError.value("tolerances must be non-negative");
        if (a == b) return true;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    public static boolean isclose(double a, double b) { return isclose(a, b, 1e-09, 0.0); }

    public static boolean isfinite(double x) { return Double.isFinite(x); }
    public static boolean isinf(double x) { return Double.isInfinite(x); }
    public static boolean isnan(double x) { return Double.isNaN(x); }
}
