package skein.interpreter.builtins;

import skein.gc.ThreadState;
import skein.metrics.ThreadCounters;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

/**
 * {@code _thread.RLock}: a re-entrant lock owned by the thread that holds it. The owner and
 * the count are written only by the owner while it holds {@link #lock} (and read racily by
 * others only to learn they are not the owner: a stale value never equals their own id).
 */
public final class PyRLock extends PyObj implements skein.interpreter.objects.Weakrefable {
    /** Weak references to this object (skein.interpreter.objects.WeakRefs), newest first; null when none. */
    private volatile skein.interpreter.objects.PyWeakReference weakrefs;

    @Override
    public skein.interpreter.objects.PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(skein.interpreter.objects.PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        skein.interpreter.objects.WeakRefs.clearOnDeath(this, ts);
    }

    public static final PyType TYPE = Types.builtin("RLock", Types.OBJECT);

    static {
        TYPE.setQualname("_thread.RLock");
    }

    private final PyLock lock;
    private volatile int owner;
    private long count;
    private final PyType type;

    PyRLock(ThreadState ts, PyType type) {
        super(ts);
        this.type = type;
        this.lock = new PyLock(ts, this);
        PyType.increfForInstance(type, ts);
    }

    @Override
    public PyType type() {
        return type;
    }

    public boolean acquire(PyThreadState ts, boolean blocking, long timeoutNanos) {
        if (owner == ts.id) {
            if (count == Long.MAX_VALUE) throw Exceptions.overflowError(ts, "Internal lock count overflowed");
            count++;
            if (ThreadCounters.ENABLED) ts.counters.rlockFast++; // a re-entry: an uncontended acquisition
            return true;
        }
        if (!lock.acquire(ts, blocking, timeoutNanos)) return false;
        owner = ts.id;
        count = 1;
        return true;
    }

    public void release(PyThreadState ts) {
        if (owner != ts.id || count == 0) throw Exceptions.runtimeError(ts, "cannot release un-acquired lock");
        if (--count == 0) {
            owner = 0;
            lock.release();
        }
    }

    public boolean isOwned(PyThreadState ts) {
        return owner == ts.id && count > 0;
    }

    public long recursionCount(PyThreadState ts) {
        return owner == ts.id ? count : 0;
    }

    /** {@code _release_save()}: releases completely; the (count, owner) state for {@link #acquireRestore}. */
    public long[] releaseSave(PyThreadState ts) {
        if (count == 0 || owner != ts.id) throw Exceptions.runtimeError(ts, "cannot release un-acquired lock");
        long[] state = {count, owner};
        count = 0;
        owner = 0;
        lock.release();
        return state;
    }

    public void acquireRestore(PyThreadState ts, long c, long o) {
        lock.acquire(ts, true, -1);
        owner = (int) o;
        count = c;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        int o = owner;
        return new PyStr(ts, "<" + (lock.isLocked() ? "locked" : "unlocked") + " " + type.qualname() + " object owner=" + o
                + " count=" + (o == 0 ? 0 : count) + " at 0x" + String.format("%012x", identityHash()) + ">");
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        skein.gc.RefCount.decref(lock, ts);
        PyType.decrefForInstance(type, ts);
    }
}
