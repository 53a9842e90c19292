package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/**
 * An instance of {@code BaseException} or of any exception class: the arguments, the
 * traceback, {@code __cause__}, {@code __context__} and an attribute dictionary (exception
 * classes made by {@code class} statements store their own attributes there, and so do the
 * builtin ones with extra fields such as {@code StopIteration.value}).
 */
public class PyBaseException extends PyObj implements Weakrefable {
    /** Weak references to this object (WeakRefs), newest first; null when none. */
    private volatile PyWeakReference weakrefs;

    @Override
    public PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    public boolean weakrefSupported() {
        return type().isHeapType() && type().instancesHaveWeakref();
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        WeakRefs.clearOnDeath(this, ts);
    }

    private final PyType type;
    /** The constructor's arguments (owned). */
    public PyTuple args;
    /** The traceback chain, innermost frame last (owned), or null. */
    public PyTraceback traceback;
    public PyObj cause;
    public PyObj context;
    public boolean suppressContext;
    private PyDict dict;

    public PyBaseException(ThreadState ts, PyType type, PyTuple args) {
        super(ts);
        // counted, as every instance's class: the collector frees classes nothing refers to
        PyType.increfForInstance(type, ts);
        this.type = type;
        RefCount.incref(args, ts);
        this.args = args;
        ts.track(this);
    }

    @Override
    public void traverse(Visitor v) {
        v.visit(type);
        for (PyObj r : new PyObj[] {args, traceback, cause, context, dict}) if (r != null) v.visit(r);
    }

    /** The collector breaks a cycle through the attributes; the class stays until the exception is freed. */
    @Override
    public void clearForCollector(ThreadState ts) {
        clearAttributes(ts);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The builtin exception types define str/repr in their dictionaries (KeyError, OSError differ): look them up. */
    @Override
    public PyStr str(PyThreadState ts) {
        PyObj r = skein.interpreter.runtime.Ops.callDunder(ts, this, skein.interpreter.runtime.Ops.S_STR);
        return (PyStr) r;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        PyObj r = skein.interpreter.runtime.Ops.callDunder(ts, this, skein.interpreter.runtime.Ops.S_REPR);
        return (PyStr) r;
    }

    @Override
    protected boolean hasFinalizer() {
        return HeapFinalizer.has(type);
    }

    @Override
    protected void finalizeObject(ThreadState ts) {
        HeapFinalizer.run(ts, this);
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    /** The attribute dictionary, made on first use. */
    public PyDict dict(ThreadState ts) {
        if (dict == null) dict = new PyDict(ts);
        return dict;
    }

    @Override
    public PyDict ensureDict(ThreadState ts) {
        return dict(ts);
    }

    public void setArgs(ThreadState ts, PyTuple newArgs) {
        RefCount.incref(newArgs, ts);
        PyTuple old = args;
        args = newArgs;
        RefCount.decref(old, ts);
    }

    public void setCause(ThreadState ts, PyObj c) {
        if (c != null) RefCount.incref(c, ts);
        PyObj old = cause;
        cause = c;
        if (old != null) RefCount.decref(old, ts);
    }

    public void setContext(ThreadState ts, PyObj c) {
        if (c != null) RefCount.incref(c, ts);
        PyObj old = context;
        context = c;
        if (old != null) RefCount.decref(old, ts);
    }

    public void setTraceback(ThreadState ts, PyTraceback tb) {
        if (tb != null) RefCount.incref(tb, ts);
        PyTraceback old = traceback;
        traceback = tb;
        if (old != null) RefCount.decref(old, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        clearAttributes(ts);
        PyType.decrefForInstance(type, ts);
    }

    private void clearAttributes(ThreadState ts) {
        PyObj[] refs = {args, traceback, cause, context, dict};
        args = null;
        traceback = null;
        cause = null;
        context = null;
        dict = null;
        for (PyObj r : refs) if (r != null) RefCount.decref(r, ts);
    }

    /** The exception's attribute {@code name} from its dictionary (borrowed), or null. */
    public PyObj attr(String name) {
        return dict == null ? null : dict.getStr(PyStr.intern(name));
    }

    public void setAttr(PyThreadState ts, String name, PyObj value) {
        dict(ts).putStr(PyStr.intern(name), value, ts);
    }

    /** {@link #setAttr} taking over a new reference. */
    public void setAttrSteal(PyThreadState ts, String name, PyObj value) {
        dict(ts).putStrSteal(PyStr.intern(name), value, ts);
    }
}
