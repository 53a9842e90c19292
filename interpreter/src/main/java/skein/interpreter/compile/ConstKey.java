package skein.interpreter.compile;

import java.math.BigInteger;
import java.util.Arrays;

import skein.interpreter.bytecode.ConstTuple;

/**
 * Identity of a constant for de-duplication in co_consts, as CPython's {@code _PyCode_ConstantKey}:
 * equal values of different types ({@code 1}, {@code 1.0}, {@code True}) stay distinct, and so do
 * {@code 0.0} and {@code -0.0}; tuples compare item by item with the same rule. Code objects are
 * compared by identity.
 */
final class ConstKey {
    private final Object value;

    ConstKey(Object value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstKey k && same(value, k.value);
    }

    @Override
    public int hashCode() {
        return hash(value);
    }

    static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null || a.getClass() != b.getClass()) return false;
        if (a instanceof Double x) return Double.doubleToLongBits(x) == Double.doubleToLongBits((Double) b);
        if (a instanceof byte[] x) return Arrays.equals(x, (byte[]) b);
        if (a instanceof ConstTuple x) {
            Object[] p = x.items(), q = ((ConstTuple) b).items();
            if (p.length != q.length) return false;
            for (int i = 0; i < p.length; i++) if (!same(p[i], q[i])) return false;
            return true;
        }
        if (a instanceof skein.interpreter.bytecode.Code) return false;
        if (a instanceof skein.interpreter.ast.ComplexLiteral x) {
            return Double.doubleToLongBits(x.imag()) == Double.doubleToLongBits(((skein.interpreter.ast.ComplexLiteral) b).imag());
        }
        return a.equals(b);
    }

    static int hash(Object v) {
        if (v instanceof byte[] x) return Arrays.hashCode(x);
        if (v instanceof ConstTuple t) {
            int h = 7;
            for (Object o : t.items()) h = h * 31 + hash(o);
            return h;
        }
        if (v instanceof skein.interpreter.bytecode.Code) return System.identityHashCode(v);
        if (v instanceof BigInteger b) return b.hashCode();
        return v.getClass().hashCode() * 31 + v.hashCode();
    }
}
