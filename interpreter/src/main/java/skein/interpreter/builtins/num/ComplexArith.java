package skein.interpreter.builtins.num;

import skein.interpreter.objects.PyComplex;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

/**
 * Complex arithmetic as CPython 3.11's {@code Objects/complexobject.c}: the same formulas in
 * the same order (so results agree to the last bit where Java's libm agrees), Smith's
 * algorithm for division, repeated squaring for small integral powers and the polar form
 * otherwise, and the same error messages.
 */
public final class ComplexArith {
    private ComplexArith() {}

    /** {@code (ar + ai j) op (br + bi j)}: only + - * / ** exist for complex. */
    public static PyObj binary(PyThreadState ts, int op, double ar, double ai, double br, double bi) {
        switch (op) {
            case 0: return PyComplex.of(ts, ar + br, ai + bi);
            case 10: return PyComplex.of(ts, ar - br, ai - bi);
            case 5: return PyComplex.of(ts, ar * br - ai * bi, ar * bi + ai * br);
            case 11: {
                double[] q = quot(ar, ai, br, bi);
                if (q == null) throw Exceptions.zeroDivision(ts, "complex division by zero");
                return PyComplex.of(ts, q[0], q[1]);
            }
            case 8: return pow(ts, ar, ai, br, bi);
            default: return PyObj.NOT_IMPLEMENTED;
        }
    }

    /** Smith's division ({@code _Py_c_quot}); null when the divisor is zero. */
    static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br), absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) return null;
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN}; // a NaN in the divisor
    }

    /** {@code complex_pow} without a modulus. */
    static PyObj pow(PyThreadState ts, double ar, double ai, double br, double bi) {
        double[] r;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            r = powi(ar, ai, (long) br);
        } else {
            r = cpow(ar, ai, br, bi);
        }
        if (r == null) throw Exceptions.zeroDivision(ts, "0.0 to a negative or complex power");
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) throw Exceptions.overflowError(ts, "complex exponentiation");
        return PyComplex.of(ts, r[0], r[1]);
    }

    /**
     * {@code _Py_c_pow}; null where CPython sees EDOM: zero to a negative or complex power, or
     * an infinite phase (which CPython also reports as "0.0 to a negative or complex power").
     */
    private static double[] cpow(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) return new double[] {1.0, 0.0};
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) return null;
            return new double[] {0.0, 0.0};
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        // C's cos/sin of an infinity set errno to EDOM, which complex_pow reports as this error
        if (Double.isInfinite(phase)) return null;
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    /** {@code c_powi}: x**n for |n| <= 100 by squaring; null for 0 to a negative power. */
    private static double[] powi(double ar, double ai, long n) {
        if (n > 0) return powu(ar, ai, n);
        double[] p = powu(ar, ai, -n);
        return quot(1.0, 0.0, p[0], p[1]);
    }

    private static double[] powu(double xr, double xi, long n) {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    /** {@code abs(z)}: hypot, with OverflowError when finite parts overflow. */
    public static double abs(PyThreadState ts, double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(re) || Double.isNaN(im)) return Double.NaN;
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) throw Exceptions.overflowError(ts, "absolute value too large");
        return r;
    }
}
