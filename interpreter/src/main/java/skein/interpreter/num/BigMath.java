package skein.interpreter.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * High-precision (45 significant digits) real functions on BigDecimal, used where Java has no
 * double implementation and a correctly rounded double result is wanted: {@code erf},
 * {@code erfc}, {@code gamma}, {@code lgamma}. Slow (tens to hundreds of microseconds per call)
 * but accurate far beyond double precision, so the final rounding is correct.
 */
final class BigMath {
    private BigMath() {}

    static final MathContext MC = new MathContext(45, RoundingMode.HALF_EVEN);
    static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798");
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final BigDecimal HALF = new BigDecimal("0.5");
    static final BigDecimal LN2 = lnSeries(BigDecimal.valueOf(2));
    static final BigDecimal SQRT_PI = PI.sqrt(MC);
    static final BigDecimal LN_PI = ln(PI);
    static final BigDecimal HALF_LN_2PI = ln(PI.multiply(TWO)).multiply(HALF, MC);
    /** B2, B4, ..., B(2*K) as {numerator, denominator}. */
    private static final int STIRLING_TERMS = 22;
    private static final BigDecimal[] STIRLING = stirlingCoefficients(STIRLING_TERMS);

    static double toDouble(BigDecimal x) {
        return Double.parseDouble(x.toString());
    }

    static BigDecimal exact(double x) {
        return new BigDecimal(x);
    }

    // ------------------------------------------------------------------ exp, ln

    /** e**x. */
    static BigDecimal exp(BigDecimal x) {
        if (x.signum() == 0) return BigDecimal.ONE;
        // x = n*ln2 + r, |r| <= ln2/2
        BigInteger n = x.divide(LN2, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        BigDecimal r = x.subtract(LN2.multiply(new BigDecimal(n)), MC);
        // exp(r) = exp(r / 2**8) ** (2**8)
        int halvings = 8;
        BigDecimal s = r.divide(BigDecimal.valueOf(1L << halvings), MC);
        BigDecimal sum = BigDecimal.ONE, term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 5);
        for (int k = 1; k < 200; k++) {
            term = term.multiply(s, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(eps) < 0) break;
        }
        for (int k = 0; k < halvings; k++) sum = sum.multiply(sum, MC);
        int ni = n.intValueExact();
        BigDecimal p2 = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(ni)));
        return ni >= 0 ? sum.multiply(p2, MC) : sum.divide(p2, MC);
    }

    /** ln(x) for x > 0. */
    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) throw new ArithmeticException("ln of non-positive");
        // x = m * 2**e with m in [0.75, 1.5)
        int e = 0;
        BigDecimal m = x;
        double d = x.doubleValue();
        if (d != 0 && Double.isFinite(d)) {
            e = Math.getExponent(d);
            if (e < -1022) e = -1022;
        } else if (Double.isInfinite(d)) {
            e = (int) (x.precision() - x.scale()) * 3; // rough; corrected below
        } else {
            e = -(x.scale() - x.precision()) * 3;
        }
        m = scale2(x, -e);
        while (m.compareTo(new BigDecimal("1.5")) >= 0) { m = m.divide(TWO, MC); e++; }
        while (m.compareTo(new BigDecimal("0.75")) < 0) { m = m.multiply(TWO, MC); e--; }
        BigDecimal r = lnSeries(m);
        if (e != 0) r = r.add(LN2.multiply(BigDecimal.valueOf(e), MC), MC);
        return r;
    }

    private static BigDecimal scale2(BigDecimal x, int e) {
        BigDecimal p = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(e)));
        return e >= 0 ? x.multiply(p, MC) : x.divide(p, MC);
    }

    /** ln(m) = 2 atanh((m-1)/(m+1)), for m near 1. */
    private static BigDecimal lnSeries(BigDecimal m) {
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal sum = z, power = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 5);
        for (int k = 1; k < 2000; k++) {
            power = power.multiply(z2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(eps) < 0) break;
        }
        return sum.multiply(TWO, MC);
    }

    /** sin(pi * f) for f in [0, 1). */
    static BigDecimal sinPi(BigDecimal f) {
        if (f.compareTo(HALF) > 0) f = BigDecimal.ONE.subtract(f);
        boolean useCos = false;
        BigDecimal quarter = new BigDecimal("0.25");
        if (f.compareTo(quarter) > 0) {
            f = HALF.subtract(f);
            useCos = true;
        }
        BigDecimal a = PI.multiply(f, MC);
        BigDecimal a2 = a.multiply(a, MC);
        BigDecimal term = useCos ? BigDecimal.ONE : a;
        BigDecimal sum = term;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 5);
        int k = useCos ? 0 : 1;
        for (int it = 0; it < 200; it++) {
            term = term.multiply(a2, MC).divide(BigDecimal.valueOf((long) (k + 1) * (k + 2)), MC).negate();
            k += 2;
            sum = sum.add(term, MC);
            if (term.abs().compareTo(eps.multiply(sum.abs())) < 0) break;
        }
        return sum;
    }

    // ------------------------------------------------------------------ gamma

    private static BigDecimal[] stirlingCoefficients(int terms) {
        // Bernoulli numbers as fractions via sum_{j=0}^{m} C(m+1, j) B_j = 0
        int max = 2 * terms;
        BigInteger[] num = new BigInteger[max + 1], den = new BigInteger[max + 1];
        num[0] = BigInteger.ONE;
        den[0] = BigInteger.ONE;
        for (int m = 1; m <= max; m++) {
            BigInteger sn = BigInteger.ZERO, sd = BigInteger.ONE;
            BigInteger c = BigInteger.ONE; // C(m+1, j)
            for (int j = 0; j < m; j++) {
                // sn/sd += c * num[j]/den[j]
                BigInteger tn = c.multiply(num[j]), td = den[j];
                sn = sn.multiply(td).add(tn.multiply(sd));
                sd = sd.multiply(td);
                BigInteger g = sn.gcd(sd);
                if (g.signum() != 0) { sn = sn.divide(g); sd = sd.divide(g); }
                c = c.multiply(BigInteger.valueOf(m + 1 - j)).divide(BigInteger.valueOf(j + 1));
            }
            // B_m = -sn/sd / (m+1)
            num[m] = sn.negate();
            den[m] = sd.multiply(BigInteger.valueOf(m + 1));
            BigInteger g = num[m].gcd(den[m]);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) { num[m] = num[m].divide(g); den[m] = den[m].divide(g); }
        }
        BigDecimal[] out = new BigDecimal[terms];
        for (int k = 1; k <= terms; k++) {
            int n2 = 2 * k;
            BigDecimal b = new BigDecimal(num[n2]).divide(new BigDecimal(den[n2]), MC);
            out[k - 1] = b.divide(BigDecimal.valueOf((long) n2 * (n2 - 1)), MC);
        }
        return out;
    }

    private static final BigDecimal STIRLING_MIN = BigDecimal.valueOf(40);

    /** ln Gamma(z) for z >= 40 by Stirling's series. */
    private static BigDecimal lnGammaLarge(BigDecimal z) {
        BigDecimal r = z.subtract(HALF).multiply(ln(z), MC).subtract(z, MC).add(HALF_LN_2PI, MC);
        BigDecimal zinv = BigDecimal.ONE.divide(z, MC);
        BigDecimal zinv2 = zinv.multiply(zinv, MC);
        BigDecimal p = zinv;
        for (BigDecimal c : STIRLING) {
            r = r.add(c.multiply(p, MC), MC);
            p = p.multiply(zinv2, MC);
        }
        return r;
    }

    /** {ln|Gamma(x)|} for x > 0, as (lnGamma(x + n), product x(x+1)...(x+n-1)). */
    static BigDecimal lnGammaPositive(BigDecimal x) {
        if (x.compareTo(STIRLING_MIN) >= 0) return lnGammaLarge(x);
        BigDecimal prod = BigDecimal.ONE, z = x;
        while (z.compareTo(STIRLING_MIN) < 0) {
            prod = prod.multiply(z, MC);
            z = z.add(BigDecimal.ONE);
        }
        return lnGammaLarge(z).subtract(ln(prod), MC);
    }

    /** Gamma(x) for x > 0 (x < 200). */
    static BigDecimal gammaPositive(BigDecimal x) {
        if (x.compareTo(STIRLING_MIN) >= 0) return exp(lnGammaLarge(x));
        BigDecimal prod = BigDecimal.ONE, z = x;
        while (z.compareTo(STIRLING_MIN) < 0) {
            prod = prod.multiply(z, MC);
            z = z.add(BigDecimal.ONE);
        }
        return exp(lnGammaLarge(z)).divide(prod, MC);
    }

    /** sin(pi x) for any x (exact reduction). */
    static BigDecimal sinPiAny(BigDecimal x) {
        BigDecimal n = x.setScale(0, RoundingMode.FLOOR);
        BigDecimal f = x.subtract(n);
        BigDecimal s = sinPi(f);
        return n.toBigIntegerExact().testBit(0) ? s.negate() : s;
    }

    // ------------------------------------------------------------------ erf

    /** erf(x) for |x| < 7. */
    static BigDecimal erf(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal twoX2 = x2.multiply(TWO, MC);
        BigDecimal term = x, sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 5);
        for (int n = 1; n < 5000; n++) {
            term = term.multiply(twoX2, MC).divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(eps.multiply(sum.abs())) < 0) break;
        }
        return sum.multiply(exp(x2.negate()), MC).multiply(TWO, MC).divide(SQRT_PI, MC);
    }

    /** erfc(x) for x >= 6 by the continued fraction. */
    static BigDecimal erfcLarge(BigDecimal x) {
        BigDecimal f = x;
        for (int k = 120; k >= 1; k--) {
            f = x.add(BigDecimal.valueOf(k).multiply(HALF).divide(f, MC), MC);
        }
        BigDecimal x2 = x.multiply(x, MC);
        return exp(x2.negate()).divide(SQRT_PI.multiply(f, MC), MC);
    }
}
