package skein.interpreter.objects;

import skein.interpreter.runtime.PyThreadState;

/** {@code None}: one immortal instance. */
public final class PyNone extends PyObj {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super();
    }

    @Override
    public PyType type() {
        return Types.NONE;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return PyStr.intern("None");
    }

    @Override
    public int truth(PyThreadState ts) {
        return 0;
    }
}
