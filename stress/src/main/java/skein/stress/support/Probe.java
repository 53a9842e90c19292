package skein.stress.support;

import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The object the harnesses count: a {@link PyObject} that records how many times it was
 * deallocated and on which thread state, and that may hold one counted reference to a child
 * (dropped when it is deallocated, as a container's {@code clearReferences} would).
 *
 * <p>The free count is an atomic add, not {@code frees++}: two racing deallocations (the bug
 * the harnesses look for) would otherwise lose an update and look like one.
 */
public class Probe extends PyObject {
    private static final VarHandle FREES, FREED_BY;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            FREES = l.findVarHandle(Probe.class, "frees", int.class);
            FREED_BY = l.findVarHandle(Probe.class, "freedBy", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // through FREES
    private volatile int frees;
    @SuppressWarnings("unused") // through FREED_BY
    private volatile int freedBy;
    /** A counted reference this object owns, or null; written before the object is shared. */
    private PyObject child;

    /** A new object holding one reference, owned by {@code ts}. */
    public Probe(ThreadState ts) {
        super(ts);
    }

    /** A new object owned by {@code ts} that takes over one counted reference to {@code child}. */
    public Probe(ThreadState ts, PyObject child) {
        super(ts);
        this.child = child;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        if ((int) FREES.getAndAdd(this, 1) == 0) FREED_BY.setVolatile(this, ts.id);
        PyObject c = child;
        child = null;
        if (c != null) RefCount.decref(c, ts);
    }

    /** How many times the object was deallocated (0 while alive, 1 after; 2 is a double free). */
    public final int frees() {
        return (int) FREES.getVolatile(this);
    }

    /** The id of the thread state that deallocated it first, or 0. */
    public final int freedBy() {
        return (int) FREED_BY.getVolatile(this);
    }

    /**
     * 1 if the object is dead: for an actor that still holds a reference, that is the
     * use-after-free the harnesses forbid. Reads the header's freed bit (set before
     * {@code clearReferences} runs) and the free count.
     */
    public final int deadWhileHeld() {
        return isFreed() || frees() != 0 ? 1 : 0;
    }

    /**
     * Which of the given thread states freed the object: 1 for {@code a}, 2 for {@code b},
     * 0 if it is not freed, 9 for anything else (a helper state, e.g. one an exiting thread
     * creates to drain stragglers).
     */
    public final int freedByCode(ThreadState a, ThreadState b) {
        int id = freedBy();
        if (frees() == 0) return 0;
        if (id == a.id) return 1;
        if (id == b.id) return 2;
        return 9;
    }
}
