package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An instance of a class made by a {@code class} statement whose solid base is
 * {@code object}: its type and its attribute dictionary ({@code __dict__}). Every behaviour
 * comes from the class's dunder methods, which {@code Ops} looks up for heap types.
 */
public class PyInstance extends PyObj implements Weakrefable {
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
        return type.instancesHaveWeakref();
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        WeakRefs.clearOnDeath(this, ts);
    }

    private static final VarHandle DICT = InstanceDicts.field(MethodHandles.lookup(), PyInstance.class);

    private final PyType type;
    /**
     * The attribute dictionary, made on first use: installed with a CAS so that two threads
     * setting the first attribute at once share one ({@link InstanceDicts}); read with an acquire
     * load. Its own operations are the dict's (critical sections for writes, lock-free reads of
     * str keys), which is what makes attribute access from many threads safe.
     */
    private PyDict dict;
    /** Values of the {@code __slots__} attributes (owned), or null when the class has none. */
    public final PyObj[] slots;

    public PyInstance(ThreadState ts, PyType type) {
        super(ts);
        PyType.increfForInstance(type, ts);
        this.type = type;
        int n = type.slotCount();
        this.slots = n == 0 ? null : new PyObj[n];
        ts.track(this);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return InstanceDicts.get(this, DICT);
    }

    @Override
    public PyDict ensureDict(ThreadState ts) {
        if (type == Types.OBJECT || !type.instancesHaveDict()) return null;
        return InstanceDicts.ensure(this, DICT, ts);
    }

    /** Replaces the dictionary ({@code obj.__dict__ = d}); d borrowed. */
    public void setDict(ThreadState ts, PyDict d) {
        PyDict old = InstanceDicts.swap(this, DICT, ts, d);
        if (old != null) RefCount.decref(old, ts);
    }

    @Override
    protected boolean hasFinalizer() {
        return HeapFinalizer.has(type);
    }

    /** {@code __del__}, at the moment the last reference goes (see {@link HeapFinalizer}). */
    @Override
    protected void finalizeObject(ThreadState ts) {
        HeapFinalizer.run(ts, this);
    }

    @Override
    public void traverse(Visitor v) {
        v.visit(type); // counted per thread (PyType.increfForInstance): a class can be garbage with its instances
        PyDict d = dict;
        if (d != null) v.visit(d);
        if (slots != null) for (PyObj o : slots) if (o != null) v.visit(o);
    }

    /** The collector breaks a cycle through an instance by dropping its attributes (CPython's {@code subtype_clear}). */
    @Override
    public void clearForCollector(ThreadState ts) {
        PyDict d = dict;
        dict = null;
        if (d != null) RefCount.decref(d, ts);
        if (slots != null) {
            for (int i = 0; i < slots.length; i++) {
                PyObj v = slots[i];
                slots[i] = null;
                if (v != null) RefCount.decref(v, ts);
            }
        }
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyDict d = dict;
        dict = null;
        if (d != null) RefCount.decref(d, ts);
        if (slots != null) {
            for (int i = 0; i < slots.length; i++) {
                PyObj v = slots[i];
                slots[i] = null;
                if (v != null) RefCount.decref(v, ts);
            }
        }
        PyType.decrefForInstance(type, ts);
    }
}
