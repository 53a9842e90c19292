package skein.interpreter.runtime;

import java.math.BigInteger;

/**
 * CPython's numeric hash: integers reduced modulo the Mersenne prime 2**61 - 1, so that equal
 * numbers of different types (1, 1.0, True) hash alike. Programs print these values, so they
 * must be CPython's exactly.
 */
public final class Hashing {
    private Hashing() {}

    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    public static long hashLong(long v) {
        if (v == -1) return -2;
        if (v > -MODULUS && v < MODULUS) return v;
        long h = Math.floorMod(Math.abs(v == Long.MIN_VALUE ? v + 1 : v), MODULUS);
        if (v == Long.MIN_VALUE) return hashBig(BigInteger.valueOf(v));
        h = v < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }
}
