package skein.interpreter.objects;

import skein.interpreter.runtime.PyThreadState;

/**
 * {@code bool}: the two immortal instances, a subclass of int (True == 1). Everything is int's
 * behaviour except repr and {@code & | ^}, which give a bool when both operands are bools.
 */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return Types.BOOL;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return PyStr.intern(value != 0 ? "True" : "False");
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (other instanceof PyBool b && (op == 1 || op == 7 || op == 12)) return logical(op, value != 0, b.value != 0);
        return super.binaryOp(ts, op, other);
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (other instanceof PyBool b && (op == 1 || op == 7 || op == 12)) return logical(op, b.value != 0, value != 0);
        return super.reflectedOp(ts, op, other);
    }

    private static PyBool logical(int op, boolean a, boolean b) {
        return of(op == 1 ? a & b : op == 7 ? a | b : a ^ b);
    }
}
