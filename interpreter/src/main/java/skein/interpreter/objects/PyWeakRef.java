package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * {@code weakref.ref} ({@code weakref.ReferenceType}) and instances of its subclasses made by
 * {@code class} statements ({@code WeakMethod}, {@code KeyedRef}): calling it returns the
 * referent or None; its hash is the referent's (kept once computed); two references compare
 * equal when their referents do, or by identity once either is dead.
 *
 * <p>Instances of subclasses also carry the subclass, an attribute dictionary and
 * {@code __slots__} values, like {@link PyInstance}, and may themselves be weakly referenced
 * (CPython gives heap subclasses a weak-reference list).
 */
public final class PyWeakRef extends PyWeakReference implements Weakrefable {
    public static final PyType TYPE = Types.builtin("ReferenceType", Types.OBJECT);

    static {
        TYPE.setQualname("weakref.ReferenceType");
    }

    private static final VarHandle DICT = InstanceDicts.field(MethodHandles.lookup(), PyWeakRef.class);

    private final PyType type;
    /** Heap subclasses: the attribute dictionary, made on first use ({@link InstanceDicts}). */
    private PyDict dict;
    /** Heap subclasses: the {@code __slots__} values (owned), or null. */
    public final PyObj[] slots;
    private volatile long hash;
    private volatile boolean hashed;
    private volatile PyWeakReference weakrefs;

    /** Not linked yet: {@link WeakRefs} links it under the referent's lock. */
    PyWeakRef(ThreadState ts, PyType type, PyObj referent, PyObj callback) {
        super(ts, referent, callback);
        this.type = type;
        if (type.isHeapType()) {
            PyType.increfForInstance(type, ts);
            int n = type.slotCount();
            this.slots = n == 0 ? null : new PyObj[n];
        } else {
            this.slots = null;
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    // ---- calling ----

    /**
     * {@code r()}. A subclass's own {@code __call__} wins (the call slot is reached before the
     * type's dictionary for builtin bases); {@code ref.__call__} itself is {@link #callReferent}.
     */
    @Override
    public PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        if (type.isHeapType()) {
            PyObj m = type.lookup(Ops.S_CALL);
            if (m != null && m != TYPE.lookup(Ops.S_CALL)) return Ops.callMethod(ts, m, this, args, kwnames);
        }
        return callReferent(ts, args, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code ReferenceType.__call__}: no arguments; the referent or None. */
    public PyObj callReferent(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Exceptions.typeError(ts, "weakref() takes no keyword arguments");
        if (args.length != 0) throw Exceptions.typeError(ts, "weakref expected 0 arguments, got " + args.length);
        PyObj o = get(ts);
        return o != null ? o : PyNone.NONE;
    }

    // ---- hash, equality, repr ----

    @Override
    public long hash(PyThreadState ts) {
        if (hashed) return hash;
        PyObj o = get(ts);
        if (o == null) throw Exceptions.typeError(ts, "weak object has gone away");
        try {
            long h = Ops.hash(ts, o);
            hash = h;
            hashed = true;
            return h;
        } finally {
            RefCount.decref(o, ts);
        }
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if ((op != 2 && op != 3) || !(other instanceof PyWeakReference w)) return NOT_IMPLEMENTED;
        PyObj a = get(ts);
        PyObj b = w.get(ts);
        if (a == null || b == null) {
            if (a != null) RefCount.decref(a, ts);
            if (b != null) RefCount.decref(b, ts);
            boolean same = this == other;
            return PyBool.of(op == 2 ? same : !same);
        }
        try {
            return Ops.richCompare(ts, a, b, op);
        } finally {
            RefCount.decref(a, ts);
            RefCount.decref(b, ts);
        }
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        PyObj o = get(ts);
        if (o == null) return new PyStr(ts, "<weakref at " + address(this) + "; dead>");
        try {
            PyObj name = Ops.getAttrOrNull(ts, o, Ops.S_NAME);
            String suffix = "";
            if (name != null) {
                if (name instanceof PyStr s) suffix = " (" + s.value + ")";
                RefCount.decref(name, ts);
            }
            return new PyStr(ts, "<weakref at " + address(this) + "; to '" + referentTypeName(o) + "' at " + address(o) + suffix + ">");
        } finally {
            RefCount.decref(o, ts);
        }
    }

    // ---- subclass instances: dict, slots, finalizer, own weak references ----

    @Override
    public PyDict instanceDict() {
        return InstanceDicts.get(this, DICT);
    }

    @Override
    public PyDict ensureDict(ThreadState ts) {
        if (!type.isHeapType() || !type.instancesHaveDict()) return null;
        return InstanceDicts.ensure(this, DICT, ts);
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
    public PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    public boolean weakrefSupported() {
        return type.isHeapType() && type.instancesHaveWeakref();
    }

    @Override
    protected void clearWeakRefs(ThreadState ts) {
        WeakRefs.clearOnDeath(this, ts);
    }

    @Override
    public void traverse(Visitor v) {
        super.traverse(v);
        PyDict d = dict;
        if (d != null) v.visit(d);
        if (slots != null) for (PyObj s : slots) if (s != null) v.visit(s);
    }

    @Override
    public void clearForCollector(ThreadState ts) {
        super.clearForCollector(ts);
        dropOwn(ts, false);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        super.clearReferences(ts);
        dropOwn(ts, true);
    }

    private void dropOwn(ThreadState ts, boolean dying) {
        PyDict d = (PyDict) DICT.getAndSet(this, (PyDict) null);
        if (d != null) RefCount.decref(d, ts);
        if (slots != null) {
            for (int i = 0; i < slots.length; i++) {
                PyObj v = slots[i];
                slots[i] = null;
                if (v != null) RefCount.decref(v, ts);
            }
        }
        if (dying && type.isHeapType()) PyType.decrefForInstance(type, ts);
    }
}
