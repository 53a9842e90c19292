package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.builtins.num.FloatArith;
import skein.interpreter.builtins.num.IntArith;
import skein.interpreter.objects.*;

/**
 * Fast paths of the eval loop for operands of exact builtin types, answering before
 * {@link Ops} runs its general protocol. Each returns null when it does not apply, and then
 * the caller takes the general path; when it does apply, its answer is exactly what the
 * general path would give.
 *
 * <p>Why that holds: the operand classes are tested with {@code getClass() ==}, so bools,
 * int and float subclasses (Java classes {@link PyBool}, {@link PyIntSub},
 * {@link PyFloatSub}) never take these paths. For exact {@code int} and {@code float}
 * operands {@link Ops#binaryOrNull} would try no reflected method first (the types are equal,
 * or neither is a subtype of the other), then call the left operand's slot
 * ({@link PyInt#binaryOp} = {@link IntArith#binary}, {@link PyFloat#binaryOp} =
 * {@link FloatArith#binary}) and, for int op float, int's NotImplemented sends it to float's
 * reflected slot, which is {@link FloatArith#binary} with the int converted. Neither type
 * has in-place slots, so {@code a op= b} is {@code a op b}. What skipping saves: the type
 * and subtype checks, the megamorphic slot call and the reflected-operand logic.
 */
final class Fast {
    private Fast() {}

    /** {@code a op b} (op 0..12, in-place forms already mapped) for exact ints and floats; null otherwise. */
    static PyObj binaryOp(PyThreadState ts, PyObj a, PyObj b, int op) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        PyObj r;
        if (ca == PyInt.class) {
            if (cb == PyInt.class) {
                r = IntArith.binary(ts, op, (PyInt) a, (PyInt) b);
            } else if (cb == PyFloat.class) {
                PyInt i = (PyInt) a;
                if (i.big != null) return null; // the overflow check of the conversion: general path
                r = FloatArith.binary(ts, op, (double) i.value, ((PyFloat) b).value);
            } else {
                return null;
            }
        } else if (ca == PyFloat.class) {
            double x = ((PyFloat) a).value;
            if (cb == PyFloat.class) {
                r = FloatArith.binary(ts, op, x, ((PyFloat) b).value);
            } else if (cb == PyInt.class && ((PyInt) b).big == null) {
                r = FloatArith.binary(ts, op, x, (double) ((PyInt) b).value);
            } else {
                return null;
            }
        } else {
            return null;
        }
        // operators the types lack (int @ int, float & float, ...): the general path raises
        return r == PyObj.NOT_IMPLEMENTED ? null : r;
    }

    /**
     * {@code a op b} for two exact floats and {@code + - *} or {@code /} by a non-zero divisor
     * (op already mapped from its in-place form): the result, as a stack reference, is
     * {@code a} or {@code b} overwritten when the evaluation stack holds the only reference to it
     * (a temporary such as {@code dx * dx} in {@code dx * dx + dy * dy}), else a new float; null
     * for other operators. The caller drops its references to the operands the result is not.
     *
     * <p>Why: float arithmetic allocates and frees an object per operation; reusing the dying
     * operand (free-threaded CPython 3.13 does the same) saves both, and the deallocation, which
     * is most of the cost. An operand with any other reference (a variable, a list item, the other
     * operand: {@code x * x} holds two) is never touched.
     */
    static PyObj floatArithmetic(PyThreadState ts, PyFloat a, PyFloat b, int op, int borrowed) {
        double x = a.value, y = b.value, r;
        switch (op) {
            case 0 -> r = x + y;
            case 10 -> r = x - y;
            case 5 -> r = x * y;
            case 11 -> {
                if (y == 0) return null;
                r = x / y;
            }
            default -> {
                return null;
            }
        }
        // a borrowed operand's one reference is its local variable's: never overwrite it
        if ((borrowed & 2) == 0 && RefCount.isUniquelyReferenced(a, ts)) {
            a.value = r;
            return a;
        }
        if ((borrowed & 1) == 0 && RefCount.isUniquelyReferenced(b, ts)) {
            b.value = r;
            return b;
        }
        return PyFloat.of(ts, r);
    }

    /**
     * {@code a op b} for COMPARE_OP (op 0..5) on two exact ints or two exact floats: an
     * immortal bool; null otherwise. Same reasoning as {@link #binaryOp}: these are the
     * left operand's {@code richCompare} slots, which always answer for these operands.
     */
    static PyObj compareOp(PyObj a, PyObj b, int op) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long p = x.value, q = y.value;
                return PyBool.of(PyInt.compareResult(p < q ? -1 : p == q ? 0 : 1, op));
            }
            return null;
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyBool.of(PyFloat.compareDoubles(((PyFloat) a).value, ((PyFloat) b).value, op));
        }
        return null;
    }

    /** Whether UNPACK_SEQUENCE can push the items of {@code seq} directly: an exact tuple or list of {@code n} items. */
    static boolean unpackable(PyObj seq, int n) {
        Class<?> c = seq.getClass();
        if (c == PyTuple.class) return ((PyTuple) seq).size() == n;
        if (c == PyList.class) return ((PyList) seq).size() == n;
        return false;
    }
}
