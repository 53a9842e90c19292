package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/** {@code super(type, obj)}: attribute look-up along obj's MRO, starting after {@code thisClass}. */
public final class PySuper extends PyObj {
    public final PyType thisClass;
    /** The bound instance or class (owned), or null for an unbound super. */
    public final PyObj obj;
    /** The type whose MRO is searched: type(obj), or obj itself when obj is a subclass of thisClass. */
    public final PyType objType;

    public PySuper(ThreadState ts, PyType thisClass, PyObj obj, PyType objType) {
        super(ts);
        RefCount.incref(thisClass, ts);
        this.thisClass = thisClass;
        if (obj != null) RefCount.incref(obj, ts);
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType type() {
        return Types.SUPER;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        String o = obj == null ? "NULL" : "<" + objType.name() + " object>";
        return new PyStr(ts, "<super: <class '" + thisClass.name() + "'>, " + o + ">");
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        RefCount.decref(thisClass, ts);
        if (obj != null) RefCount.decref(obj, ts);
    }
}
