package skein.interpreter.objects;

import skein.interpreter.runtime.PyThreadState;

/** {@code NotImplemented}: what a binary operator returns to let the other operand try. */
public final class PyNotImplemented extends PyObj {
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super();
    }

    @Override
    public PyType type() {
        return Types.NOT_IMPLEMENTED;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return PyStr.intern("NotImplemented");
    }
}
