package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

/** {@code property}: a data descriptor calling fget/fset/fdel. */
public final class PyProperty extends PyObj {
    public PyObj fget, fset, fdel, doc;
    /** The attribute name it was assigned to in a class body (set by the class statement), or null. */
    public String name;

    public PyProperty(ThreadState ts, PyObj fget, PyObj fset, PyObj fdel, PyObj doc) {
        super(ts);
        this.fget = hold(ts, fget);
        this.fset = hold(ts, fset);
        this.fdel = hold(ts, fdel);
        this.doc = hold(ts, doc);
    }

    private static PyObj hold(ThreadState ts, PyObj o) {
        if (o == null || o == PyNone.NONE) return null;
        RefCount.incref(o, ts);
        return o;
    }

    @Override
    public PyType type() {
        return Types.PROPERTY;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj[] refs = {fget, fset, fdel, doc};
        fget = fset = fdel = doc = null;
        for (PyObj r : refs) if (r != null) RefCount.decref(r, ts);
    }
}
