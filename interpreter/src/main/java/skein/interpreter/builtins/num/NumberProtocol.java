package skein.interpreter.builtins.num;

import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

/**
 * The number operations that are not BINARY_OP operators: {@code divmod} (binary, through
 * {@code __divmod__}/{@code __rdivmod__}) and three-argument {@code pow} (CPython's
 * {@code ternary_op}). Builtin operand types take a direct path; classes are reached through
 * their dunders.
 */
public final class NumberProtocol {
    private NumberProtocol() {}

    static final PyStr S_DIVMOD = PyStr.intern("__divmod__");
    static final PyStr S_RDIVMOD = PyStr.intern("__rdivmod__");
    static final PyStr S_POW = PyStr.intern("__pow__");

    /** {@code divmod(a, b)}, a new reference. */
    public static PyObj divmod(PyThreadState ts, PyObj a, PyObj b) {
        PyType ta = a.type(), tb = b.type();
        if (!ta.isHeapType() && !tb.isHeapType()) {
            PyObj r = builtinDivmod(ts, ta, a, b);
            if (r == PyObj.NOT_IMPLEMENTED && ta != tb) r = builtinDivmod(ts, tb, a, b);
            if (r != PyObj.NOT_IMPLEMENTED) return r;
        } else {
            boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta)
                    && tb.lookup(S_RDIVMOD) != ta.lookup(S_RDIVMOD);
            PyObj r;
            if (reflectedFirst) {
                r = callOrNull(ts, b, S_RDIVMOD, a);
                if (r != null) return r;
            }
            r = callOrNull(ts, a, S_DIVMOD, b);
            if (r != null) return r;
            if (ta != tb && !reflectedFirst) {
                r = callOrNull(ts, b, S_RDIVMOD, a);
                if (r != null) return r;
            }
        }
        throw Exceptions.typeError(ts, "unsupported operand type(s) for divmod(): '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    /** The divmod slot of builtin type {@code t} applied to (a, b). */
    private static PyObj builtinDivmod(PyThreadState ts, PyType t, PyObj a, PyObj b) {
        if (t == Types.INT || t == Types.BOOL) return IntType.divmod(ts, a, b);
        if (t == Types.FLOAT) return FloatType.divmod(ts, a, b);
        return PyObj.NOT_IMPLEMENTED;
    }

    /** {@code self.name(arg)}, or null when the type lacks it or it returned NotImplemented. */
    private static PyObj callOrNull(PyThreadState ts, PyObj self, PyStr name, PyObj... args) {
        PyObj r = Ops.callDunder(ts, self, name, args);
        if (r == PyObj.NOT_IMPLEMENTED) return null;
        return r;
    }

    /** {@code pow(a, b, mod)}; mod None is the binary operator. New reference. */
    public static PyObj pow3(PyThreadState ts, PyObj a, PyObj b, PyObj mod) {
        if (mod == PyNone.NONE) return Ops.binaryOp(ts, a, b, 8);
        PyType ta = a.type(), tb = b.type(), tm = mod.type();
        PyObj r = ternarySlot(ts, ta, a, b, mod);
        if (r == PyObj.NOT_IMPLEMENTED && tb != ta) r = ternarySlot(ts, tb, a, b, mod);
        if (r == PyObj.NOT_IMPLEMENTED && tm != ta && tm != tb) r = ternarySlot(ts, tm, a, b, mod);
        if (r != PyObj.NOT_IMPLEMENTED) return r;
        throw Exceptions.typeError(ts, "unsupported operand type(s) for ** or pow(): '" + a.typeName() + "', '"
                + b.typeName() + "', '" + mod.typeName() + "'");
    }

    /**
     * The power slot of type {@code t} applied to (a, b, mod). A class's slot calls
     * {@code a.__pow__(b, mod)} only when a is the class's instance: three-argument power never
     * uses {@code __rpow__} (CPython's {@code slot_nb_power}).
     */
    private static PyObj ternarySlot(PyThreadState ts, PyType t, PyObj a, PyObj b, PyObj mod) {
        if (t.isHeapType()) {
            if (!a.type().isHeapType()) return PyObj.NOT_IMPLEMENTED;
            PyObj r = Ops.callDunder(ts, a, S_POW, b, mod);
            return r == null ? PyObj.NOT_IMPLEMENTED : r;
        }
        if (t == Types.INT || t == Types.BOOL) return IntType.pow(ts, a, b, mod);
        if (t == Types.FLOAT) return FloatType.pow(ts, a, b, mod);
        if (t == Types.COMPLEX) return ComplexType.pow(ts, a, b, mod);
        return PyObj.NOT_IMPLEMENTED;
    }
}
