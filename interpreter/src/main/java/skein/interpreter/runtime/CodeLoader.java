package skein.interpreter.runtime;

import skein.interpreter.ast.ComplexLiteral;
import skein.interpreter.ast.EllipsisConstant;
import skein.interpreter.ast.NoneConstant;
import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.ConstTuple;
import skein.interpreter.objects.*;

import java.math.BigInteger;

/** Turns the compiler's {@link Code} into a runnable {@link PyCode}: constants become immortal Python objects. */
public final class CodeLoader {
    private CodeLoader() {}

    public static PyCode load(Code code) {
        PyObj[] consts = new PyObj[code.consts.length];
        for (int i = 0; i < consts.length; i++) consts[i] = constant(code.consts[i]);
        return new PyCode(code, consts);
    }

    static PyObj constant(Object c) {
        if (c instanceof Long l) return PyInt.immortal(l);
        if (c instanceof BigInteger b) return PyInt.immortal(b);
        if (c instanceof Double d) return PyFloat.immortal(d);
        if (c instanceof String s) return PyStr.intern(s);
        if (c instanceof Boolean b) return PyBool.of(b);
        if (c == NoneConstant.NONE) return PyNone.NONE;
        if (c == EllipsisConstant.ELLIPSIS) return PyEllipsis.ELLIPSIS;
        if (c instanceof ConstTuple t) {
            PyObj[] items = new PyObj[t.items().length];
            for (int i = 0; i < items.length; i++) items[i] = constant(t.items()[i]);
            return PyTuple.immortal(items);
        }
        if (c instanceof Code nested) return load(nested);
        if (c instanceof ComplexLiteral cl) return Constants.complex(cl.imag());
        if (c instanceof byte[] bytes) return Constants.bytes(bytes);
        throw new IllegalArgumentException("unknown constant " + c);
    }
}
