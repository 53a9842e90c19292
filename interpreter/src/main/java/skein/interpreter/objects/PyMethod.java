package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

/** {@code method}: a function bound to an object ({@code obj.f}); calling it prepends the object. */
public final class PyMethod extends PyObj implements Weakrefable {
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
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        WeakRefs.clearOnDeath(this, ts);
    }

    public final PyObj func;
    public final PyObj self;

    public PyMethod(ThreadState ts, PyObj func, PyObj self) {
        super(ts);
        RefCount.incref(func, ts);
        RefCount.incref(self, ts);
        this.func = func;
        this.self = self;
        ts.track(this);
    }

    /** No {@code clearForCollector} (fields are final): a cycle through a bound method breaks at its object. */
    @Override
    public void traverse(Visitor v) {
        v.visit(func);
        v.visit(self);
    }

    @Override
    public PyType type() {
        return Types.METHOD;
    }

    @Override
    public PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        PyObj[] full = new PyObj[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return Ops.call(ts, func, full, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if ((op != 2 && op != 3) || !(other instanceof PyMethod m)) return NOT_IMPLEMENTED;
        boolean eq = m.func == func && m.self == self;
        return PyBool.of(op == 2 ? eq : !eq);
    }

    @Override
    public long hash(PyThreadState ts) {
        return func.identityHash() ^ self.identityHash();
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        String fname = func instanceof PyFunction f ? f.qualname.value : func.typeName();
        PyStr r = Ops.repr(ts, self);
        PyStr out = new PyStr(ts, "<bound method " + fname + " of " + r.value + ">");
        RefCount.decref(r, ts);
        return out;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        RefCount.decref(func, ts);
        RefCount.decref(self, ts);
    }
}
