package skein.interpreter.objects;

import skein.interpreter.runtime.PyThreadState;

/** {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObj {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super();
    }

    @Override
    public PyType type() {
        return Types.ELLIPSIS;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return PyStr.intern("Ellipsis");
    }
}
