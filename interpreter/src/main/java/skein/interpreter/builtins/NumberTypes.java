package skein.interpreter.builtins;

import skein.interpreter.builtins.num.ComplexType;
import skein.interpreter.builtins.num.FloatType;
import skein.interpreter.builtins.num.IntType;
import skein.interpreter.builtins.num.NumberProtocol;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.PyThreadState;

/**
 * Installs the number types ({@code int}, {@code bool}, {@code float}, {@code complex}; see
 * {@link skein.interpreter.builtins.num}) and offers the two number operations that are not
 * BINARY_OP operators, for the builtins {@code divmod} and {@code pow}.
 */
public final class NumberTypes {
    private NumberTypes() {}

    public static void install(PyThreadState ts) {
        IntType.install();
        FloatType.install();
        ComplexType.install();
    }

    /**
     * {@code divmod(a, b)}: {@code a.__divmod__(b)}, then {@code b.__rdivmod__(a)} (the
     * reflected one first when b's class is a subclass of a's overriding it); a TypeError
     * "unsupported operand type(s) for divmod()" when both decline. New reference.
     */
    public static PyObj divmod(PyThreadState ts, PyObj a, PyObj b) {
        return NumberProtocol.divmod(ts, a, b);
    }

    /**
     * {@code pow(a, b, mod)} (CPython's {@code ternary_op}): with {@code mod} None it is
     * {@code a ** b}; otherwise the slot of a's type, then b's, then mod's; TypeError
     * "unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'" when all decline.
     */
    public static PyObj pow3(PyThreadState ts, PyObj a, PyObj b, PyObj mod) {
        return NumberProtocol.pow3(ts, a, b, mod);
    }
}
