package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Frame;
import skein.interpreter.runtime.Generators;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code generator}: a frame that suspends at {@code yield} and resumes on {@code next()} /
 * {@code send()}. The frame leaves the thread's frame stack when it suspends and is pushed
 * back when resumed; its locals and stack stay in the frame meanwhile.
 */
public final class PyGenerator extends PyObj implements Weakrefable {
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

    public final Frame frame;
    public final PyStr name;
    public final PyStr qualname;
    /**
     * Running now: resuming it again — re-entrantly, or from another thread at the same time —
     * is a ValueError. Taken with {@link #claim} (a CAS, so two threads cannot both resume it).
     */
    public boolean running;

    private static final java.lang.invoke.VarHandle RUNNING;

    static {
        try {
            RUNNING = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyGenerator.class, "running", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Marks it running; false if it already is (in this thread or another). */
    public boolean claim() {
        return RUNNING.compareAndSet(this, false, true);
    }

    /** Ends a {@link #claim}: its frame's writes are published to the next thread that claims it. */
    public void release() {
        RUNNING.setRelease(this, false);
    }
    /** Returned or raised: every resume from now on raises StopIteration. */
    public boolean finished;
    /** Has started running (a first send must be None). */
    public boolean started;
    /** The value of the generator's return statement, kept for {@code yield from} (owned). */
    public PyObj returnValue;
    /** The generator's own "exception being handled" chain node while it runs. */
    public final PyThreadState.ExcInfo excState = new PyThreadState.ExcInfo(null);

    public PyGenerator(ThreadState ts, Frame frame) {
        super(ts);
        this.frame = frame;
        frame.generator = this;
        this.name = frame.function != null ? frame.function.name : frame.code.name;
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.qualname;
        // a candidate of the collector: a generator whose frame refers back to it is a cycle, and
        // the functions its suspended frame holds are counted nowhere else (see traverse)
        ts.track(this);
    }

    @Override
    public PyType type() {
        return Types.GENERATOR;
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        RefCount.incref(this, ts);
        return this;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        // the return value stays for whoever asks (yield from, __next__'s StopIteration); freed with the generator
        return Generators.send(ts, this, PyNone.NONE);
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, "<generator object " + qualname.value + " at 0x" + String.format("%012x", identityHash()) + ">");
    }

    /**
     * The suspended frame's references, the way the frame holds them: its locals and stack as
     * stack references (not counted for functions), its function borrowed (never counted).
     * Nothing while the generator runs: its frame is then on a thread's frame stack, which the
     * collector scans as a root (and the eval loop's registers are not written back).
     */
    @Override
    public void traverse(Visitor v) {
        if (running) return;
        Frame f = frame;
        if (f.ip >= 0) {
            if (f.function != null) v.visitStackRef(f.function);
            PyObj[] slots = f.slots;
            int n = Math.max(f.sp, f.code.nlocalsplus);
            for (int i = 0; i < n; i++) {
                PyObj o = slots[i];
                if (o != null) v.visitStackRef(o);
            }
        }
        PyObj rv = returnValue;
        if (rv != null) v.visit(rv);
    }

    /** A suspended generator is closed before it goes (CPython's {@code tp_finalize}: finally blocks run). */
    @Override
    protected boolean hasFinalizer() {
        return started && !finished;
    }

    @Override
    protected void finalizeObject(ThreadState ts) {
        Generators.closeOnDealloc((PyThreadState) ts, this);
    }

    /** The collector breaks a cycle through a generator by dropping its frame's references. */
    @Override
    public void clearForCollector(ThreadState ts) {
        Generators.clearFrame((PyThreadState) ts, this);
        PyObj rv = returnValue;
        returnValue = null;
        if (rv != null) RefCount.decref(rv, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyThreadState pts = (PyThreadState) ts;
        if (!finished && started) Generators.closeOnDealloc(pts, this);
        Generators.clearFrame(pts, this);
        PyObj rv = returnValue;
        returnValue = null;
        if (rv != null) RefCount.decref(rv, ts);
    }
}
