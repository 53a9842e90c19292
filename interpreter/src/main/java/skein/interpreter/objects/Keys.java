package skein.interpreter.objects;

import skein.gc.ThreadState;
import skein.interpreter.num.Floats;
import skein.interpreter.num.Ints;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

/**
 * The {@link PyDict.KeyProtocol} of a running thread: {@code hash()} and {@code ==} as
 * Python defines them ({@link Ops#hash}, {@link Ops#eq}), so user {@code __hash__} and
 * {@code __eq__} run. Exact ints, floats and strings take a direct path (CPython's dict and
 * set special-case them too): it is the common case, and it keeps containers of numbers
 * independent of the order in which the numeric types' slots are installed.
 *
 * <p>Also the one place where dicts and sets agree on how a key hashes, so that
 * {@code set(d)} can reuse the hashes a dict stored.
 */
public final class Keys implements PyDict.KeyProtocol {
    private final PyThreadState ts;

    private Keys(PyThreadState ts) {
        this.ts = ts;
    }

    /** The key protocol for {@code ts} (cheap: one small object, usually scalar-replaced). */
    public static Keys of(PyThreadState ts) {
        return new Keys(ts);
    }

    @Override
    public long hash(PyObj key) {
        return hash(ts, key);
    }

    @Override
    public boolean eq(PyObj a, PyObj b) {
        return eq(ts, a, b);
    }

    @Override
    public ThreadState ts() {
        return ts;
    }

    public PyThreadState pyts() {
        return ts;
    }

    /** {@code hash(key)}: TypeError "unhashable type" for mutable containers. */
    public static long hash(PyThreadState ts, PyObj key) {
        PyType t = key.type();
        if (t == Types.STR) return ((PyStr) key).hash();
        if (t == Types.INT || t == Types.BOOL) return ((PyInt) key).hash(ts); // its fast path boxes nothing
        if (t == Types.FLOAT) {
            double d = ((PyFloat) key).value;
            if (!Double.isNaN(d)) return Floats.hash(d);
        }
        return Ops.hash(ts, key);
    }

    /** {@code a == b} for two keys with equal hashes, identity first. */
    public static boolean eq(PyThreadState ts, PyObj a, PyObj b) {
        if (a == b) return true;
        PyType ta = a.type(), tb = b.type();
        if (ta == Types.STR && tb == Types.STR) return ((PyStr) a).equalsStr((PyStr) b);
        boolean ia = ta == Types.INT || ta == Types.BOOL, ib = tb == Types.INT || tb == Types.BOOL;
        if (ia && ib) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            return !x.isBig() && !y.isBig() ? x.value == y.value : Ints.equal(x.toNumber(), y.toNumber());
        }
        if (ta == Types.FLOAT && tb == Types.FLOAT) return ((PyFloat) a).value == ((PyFloat) b).value;
        if (ia && tb == Types.FLOAT) return intEqFloat((PyInt) a, ((PyFloat) b).value);
        if (ib && ta == Types.FLOAT) return intEqFloat((PyInt) b, ((PyFloat) a).value);
        return Ops.eq(ts, a, b);
    }

    private static boolean intEqFloat(PyInt i, double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d) && Ints.compareToDouble(i.toNumber(), d) == 0;
    }
}
