package skein.interpreter.objects;

import skein.gc.CriticalSection;
import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code set} and {@code frozenset}: CPython's set table, reproduced slot for slot, because
 * the iteration order of a set is the order of its table and programs print sets. Open
 * addressing on the hash: each probe looks at {@value #LINEAR_PROBES} + 1 neighbouring
 * slots, then jumps by CPython's perturbed recurrence; a removed key leaves a dummy slot
 * (key null, hash -1) so that probe chains stay intact; unused slots have key null and
 * hash 0. {@code fill} counts active plus dummy slots, {@code used} active ones; the table
 * grows when fill reaches 3/5 of it. Every bulk operation follows the algorithm of
 * {@code Objects/setobject.c} (which operand is iterated, when the table is resized first),
 * since each choice shows in the order of the result.
 *
 * <p>The methods of the types are installed by {@code skein.interpreter.builtins.SetMethods};
 * {@code class S(set)} makes {@link Instance}s. The set owns a reference to each key.
 *
 * <h2>Threads</h2>
 * Every public operation on a mutable set runs in a critical section on it, and operations
 * between two containers (set and set, set and dict) lock both ({@code begin2}), as in
 * free-threaded CPython; a frozenset is immutable once built and is never locked. Hashes are
 * computed before the section; {@code __eq__} of a key runs inside it and may suspend it, which
 * the probe loops already survive (they restart when the table or the slot changed). The
 * private methods below ({@link #lookKey}, {@link #addEntry}, ...) expect the caller to hold the
 * sections. Sets have no lock-free reads.
 */
public class PySet extends PyObj implements Weakrefable {
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

    static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;

    private final boolean frozen;
    private PyObj[] table;
    private long[] hashes;
    private int mask;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots: the size of the set. */
    private int used;
    /** Where {@code pop} starts looking. */
    private int finger;
    /** The frozenset's hash once computed, else -1. */
    private long cachedHash = -1;

    protected PySet(ThreadState ts, boolean frozen) {
        super(ts);
        this.frozen = frozen;
        emptyToMinsize();
        ts.track(this);
    }

    private void emptyToMinsize() {
        table = new PyObj[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        cachedHash = -1;
    }

    // ==== critical sections ====

    /** Frozensets are immutable (and a frozenset being built is private): they need no lock. */
    private static boolean lockable(PyObj o) {
        return !(o instanceof PySet s && s.frozen);
    }

    /** Begins a section on those of {@code a} and {@code b} (b may be null or a dict) that need one; pass the result to {@link #end}. */
    private static int begin(PyThreadState ts, PyObj a, PyObj b) {
        boolean la = lockable(a), lb = b != null && b != a && lockable(b);
        if (la && lb) {
            CriticalSection.begin2(ts, a, b);
            return 2;
        }
        if (la || lb) {
            CriticalSection.begin(ts, la ? a : b);
            return 1;
        }
        return 0;
    }

    private static void end(PyThreadState ts, int how) {
        if (how == 2) CriticalSection.end2(ts);
        else if (how == 1) CriticalSection.end(ts);
    }

    /** A new empty {@code set} ({@code BUILD_SET 0}). */
    public static PySet newSet(ThreadState ts) {
        return new PySet(ts, false);
    }

    /** {@code set(iterable)} or {@code frozenset(iterable)} (CPython's {@code make_new_set}); iterable may be null. */
    public static PySet make(PyThreadState ts, boolean frozen, PyObj iterable) {
        PySet s = new PySet(ts, frozen);
        if (iterable != null) {
            try {
                s.updateFresh(ts, iterable);
            } catch (PyException e) {
                RefCount.decref(s, ts);
                throw e;
            }
        }
        return s;
    }

    /** {@code BUILD_SET n}: adds {@code items[start .. start+n)} in order (borrowed). */
    public static PySet fromItems(PyThreadState ts, PyObj[] items, int start, int n) {
        PySet s = new PySet(ts, false);
        try {
            for (int i = start; i < start + n; i++) s.addEntry(ts, items[i], Keys.hash(ts, items[i]));
        } catch (PyException e) {
            RefCount.decref(s, ts);
            throw e;
        }
        return s;
    }

    @Override
    public PyType type() {
        return frozen ? Types.FROZENSET : Types.SET;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** The number of keys: a racy snapshot when other threads use the set. */
    public int size() {
        return used;
    }

    /** A new empty set of this set's base kind (CPython's {@code make_new_set_basetype}). */
    private PySet newOfBaseType(PyThreadState ts) {
        return new PySet(ts, frozen);
    }

    // ==== the table ====

    /** The slot holding {@code key}, or -1; may run {@code __eq__}, restarting if it mutates the set. */
    private int lookKey(PyThreadState ts, PyObj key, long hash) {
        restart:
        while (true) {
            PyObj[] t = table;
            long[] hs = hashes;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObj k = t[j];
                    long h = hs[j];
                    if (k == null) {
                        if (h == 0) return -1;
                    } else if (h == hash) {
                        if (k == key) return j;
                        boolean eq = keyEq(ts, k, key);
                        if (t != table || t[j] != k) continue restart;
                        if (eq) return j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** {@code stored == key} with the stored key kept alive across a Python {@code __eq__}. */
    private static boolean keyEq(PyThreadState ts, PyObj stored, PyObj key) {
        RefCount.incref(stored, ts);
        try {
            return Keys.eq(ts, stored, key);
        } finally {
            RefCount.decref(stored, ts);
        }
    }

    /** CPython's {@code set_add_entry}: a new key goes to the last dummy passed on its probe path, else the first unused slot. */
    private void addEntry(PyThreadState ts, PyObj key, long hash) {
        restart:
        while (true) {
            PyObj[] t = table;
            long[] hs = hashes;
            int m = mask;
            int freeslot = -1;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObj k = t[j];
                    long h = hs[j];
                    if (k == null) {
                        if (h == 0) {
                            insertAt(ts, freeslot >= 0 ? freeslot : j, freeslot < 0, key, hash);
                            return;
                        }
                        freeslot = j;
                    } else if (h == hash) {
                        if (k == key) return;
                        boolean eq = keyEq(ts, k, key);
                        if (eq) return;
                        if (t != table || t[j] != k) continue restart;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private void insertAt(PyThreadState ts, int slot, boolean unused, PyObj key, long hash) {
        RefCount.incref(key, ts);
        table[slot] = key;
        hashes[slot] = hash;
        used++;
        if (!unused) return;
        fill++;
        if ((long) fill * 5 < (long) mask * 3) return;
        resize(used > 50000 ? used * 2 : used * 4);
    }

    /** Removes the key if present (its slot becomes a dummy); whether it was there. */
    private boolean discardEntry(PyThreadState ts, PyObj key, long hash) {
        int j = lookKey(ts, key, hash);
        if (j < 0) return false;
        PyObj old = table[j];
        table[j] = null;
        hashes[j] = -1;
        used--;
        RefCount.decref(old, ts);
        return true;
    }

    /** Rebuilds the table at the smallest power of two above {@code minused}, dropping dummies. */
    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObj[] ot = table;
        long[] oh = hashes;
        if (newsize == MINSIZE && ot.length == MINSIZE && fill == used) return; // no dummies: nothing to do
        table = new PyObj[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < ot.length; i++) {
            if (ot[i] != null) insertClean(table, hashes, mask, ot[i], oh[i]);
        }
    }

    /** Places a key known to be absent: the first free slot of its probe sequence. */
    private static void insertClean(PyObj[] t, long[] hs, int m, PyObj key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (t[i] == null) {
                t[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (t[j] == null) {
                        t[j] = key;
                        hs[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** The first active slot at or after {@code pos}, or -1 (table order: the iteration order). */
    public int nextEntry(int pos) {
        PyObj[] t = table;
        for (int i = pos; i < t.length; i++) if (t[i] != null) return i;
        return -1;
    }

    /** The key in an active slot (borrowed). */
    public PyObj keyAt(int slot) {
        return table[slot];
    }

    private long hashAt(int slot) {
        return hashes[slot];
    }

    // ==== bulk operations (setobject.c's algorithms) ====

    /** {@code set_merge}: adds every key of another set, copying its table when this one is empty. Both locked by the caller. */
    private void merge(PyThreadState ts, PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= mask; i++) {
                PyObj k = other.table[i];
                if (k != null) {
                    RefCount.incref(k, ts);
                    table[i] = k;
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObj k = other.table[i];
                if (k != null) {
                    RefCount.incref(k, ts);
                    insertClean(table, hashes, mask, k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = other.nextEntry(0); i >= 0; i = other.nextEntry(i + 1)) {
            PyObj k = other.keyAt(i);
            RefCount.incref(k, ts); // a Python __eq__ may remove it from other
            try {
                addEntry(ts, k, other.hashAt(i));
            } finally {
                RefCount.decref(k, ts);
            }
        }
    }

    /** {@code set_update_internal}: from a set, an exact dict (with its stored hashes), or any iterable. */
    public void updateInternal(PyThreadState ts, PyObj other) {
        if (other instanceof PySet || other.type() == Types.DICT) {
            int how = begin(ts, this, other);
            try {
                if (other instanceof PySet os) {
                    merge(ts, os);
                    return;
                }
                PyDict d = (PyDict) other;
                int n = d.size();
                if ((long) (fill + n) * 5 >= (long) mask * 3) resize((used + n) * 2);
                for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                    PyObj k = d.keyAt(e);
                    RefCount.incref(k, ts);
                    try {
                        addEntry(ts, k, d.hashAt(e));
                    } finally {
                        RefCount.decref(k, ts);
                    }
                }
            } finally {
                end(ts, how);
            }
            return;
        }
        addAll(ts, other, true);
    }

    /** Adds every item of a general iterable: each key in a section of its own, or none if {@code locked} is false (a set nobody else sees). */
    private void addAll(PyThreadState ts, PyObj iterable, boolean locked) {
        PyObj it = Ops.iter(ts, iterable);
        try {
            PyObj k;
            while ((k = Ops.next(ts, it)) != null) {
                try {
                    if (locked) add(ts, k);
                    else addEntry(ts, k, Keys.hash(ts, k));
                } finally {
                    RefCount.decref(k, ts);
                }
            }
        } finally {
            RefCount.decref(it, ts);
        }
    }

    /**
     * {@link #updateInternal} on a set this thread has just made and not yet handed to anyone
     * ({@code set(iterable)}, CPython's {@code set_update_local}): no other thread can reach it,
     * so its keys go in without a section each. Why: {@code set(x for x in ...)} took and
     * released the set's mutex once per key, two CASes a key, 5% of nqueens.
     */
    private void updateFresh(PyThreadState ts, PyObj other) {
        if (other instanceof PySet || other.type() == Types.DICT) {
            updateInternal(ts, other); // one section on the source for the whole copy
            return;
        }
        addAll(ts, other, false);
    }

    /** {@code set.__init__}: a set that ever held keys starts again from an empty small table. */
    public void reinit(PyThreadState ts) {
        clearInternal(ts);
    }

    /** Empties the set; the keys are released after the set is already empty (and after the section). */
    public void clearInternal(PyThreadState ts) {
        PyObj[] t;
        int how = begin(ts, this, null);
        try {
            t = table;
            if (fill == 0) return;
            emptyToMinsize();
        } finally {
            end(ts, how);
        }
        for (PyObj k : t) if (k != null) RefCount.decref(k, ts);
    }

    private void swapBodies(PySet o) {
        PyObj[] t = table;
        long[] h = hashes;
        int m = mask, f = fill, u = used;
        long ch = cachedHash;
        table = o.table;
        hashes = o.hashes;
        mask = o.mask;
        fill = o.fill;
        used = o.used;
        cachedHash = o.cachedHash;
        o.table = t;
        o.hashes = h;
        o.mask = m;
        o.fill = f;
        o.used = u;
        o.cachedHash = ch;
    }

    // ==== the Python-level operations ====

    /** {@code set.add(key)}: TypeError for an unhashable key. */
    public void add(PyThreadState ts, PyObj key) {
        long h = Keys.hash(ts, key);
        int how = begin(ts, this, null);
        try {
            addEntry(ts, key, h);
        } finally {
            end(ts, how);
        }
    }

    /**
     * The hash of a key looked up with {@code in}, {@code remove} or {@code discard}: an
     * unhashable {@code set} is looked up as the equal frozenset (CPython does the same).
     * Returns the key to use (a new reference) in {@code keyOut[0]}.
     */
    private long lookupHash(PyThreadState ts, PyObj key, PyObj[] keyOut) {
        try {
            long h = Keys.hash(ts, key);
            RefCount.incref(key, ts);
            keyOut[0] = key;
            return h;
        } catch (PyException e) {
            if (!e.matches(Exceptions.TYPE_ERROR) || !(key instanceof PySet ks) || ks.frozen) throw e;
            e.release(ts);
            PySet tmp = make(ts, true, key);
            keyOut[0] = tmp;
            return tmp.hash(ts);
        }
    }

    /** {@code key in self}. */
    public boolean containsKey(PyThreadState ts, PyObj key) {
        PyObj[] k = new PyObj[1];
        long h = lookupHash(ts, key, k);
        int how = begin(ts, this, null);
        try {
            return lookKey(ts, k[0], h) >= 0;
        } finally {
            end(ts, how);
            RefCount.decref(k[0], ts);
        }
    }

    /** {@code set.discard(key)}: whether it was present. */
    public boolean discardKey(PyThreadState ts, PyObj key) {
        PyObj[] k = new PyObj[1];
        long h = lookupHash(ts, key, k);
        int how = begin(ts, this, null);
        try {
            return discardEntry(ts, k[0], h);
        } finally {
            end(ts, how);
            RefCount.decref(k[0], ts);
        }
    }

    /** {@code set.remove(key)}: KeyError(key) when absent. */
    public void remove(PyThreadState ts, PyObj key) {
        if (!discardKey(ts, key)) throw Exceptions.keyError(ts, key);
    }

    /** {@code set.pop()}: the first key at or after the finger (the reference passes to the caller). */
    public PyObj pop(PyThreadState ts) {
        int how = begin(ts, this, null);
        try {
            if (used == 0) throw Exceptions.of(ts, Exceptions.KEY_ERROR, "pop from an empty set");
            int i = finger & mask;
            while (table[i] == null) {
                i++;
                if (i > mask) i = 0;
            }
            PyObj k = table[i];
            table[i] = null;
            hashes[i] = -1;
            used--;
            finger = i + 1;
            return k;
        } finally {
            end(ts, how);
        }
    }

    /** {@code set.copy()} (a frozenset's copy of itself is itself: see the method table). */
    public PySet copy(PyThreadState ts) {
        return make(ts, frozen, this);
    }

    /** {@code self.union(*others)}: a copy, then each other merged in. */
    public PySet union(PyThreadState ts, PyObj... others) {
        PySet r = copy(ts);
        try {
            for (PyObj o : others) if (o != this) r.updateInternal(ts, o);
        } catch (PyException e) {
            RefCount.decref(r, ts);
            throw e;
        }
        return r;
    }

    /** {@code set_intersection}: iterates the smaller set (or the iterable) and keeps what the other holds. */
    public PySet intersection(PyThreadState ts, PyObj other) {
        if (other == this) return copy(ts);
        PySet result = newOfBaseType(ts);
        // the result is private; this set (and another set) are locked while they are read
        int how = begin(ts, this, other instanceof PySet ? other : null);
        try {
            if (other instanceof PySet os) {
                PySet big = this, small = os;
                if (os.used > used) {
                    big = os;
                    small = this;
                }
                for (int i = small.nextEntry(0); i >= 0; i = small.nextEntry(i + 1)) {
                    PyObj k = small.keyAt(i);
                    long h = small.hashAt(i);
                    RefCount.incref(k, ts);
                    try {
                        if (big.lookKey(ts, k, h) >= 0) result.addEntry(ts, k, h);
                    } finally {
                        RefCount.decref(k, ts);
                    }
                }
                return result;
            }
            PyObj it = Ops.iter(ts, other);
            try {
                PyObj k;
                while ((k = Ops.next(ts, it)) != null) {
                    try {
                        long h = Keys.hash(ts, k);
                        if (lookKey(ts, k, h) >= 0) result.addEntry(ts, k, h);
                    } finally {
                        RefCount.decref(k, ts);
                    }
                }
            } finally {
                RefCount.decref(it, ts);
            }
            return result;
        } catch (PyException e) {
            RefCount.decref(result, ts);
            throw e;
        } finally {
            end(ts, how);
        }
    }

    /** {@code self.intersection(*others)}: pairwise, left to right. */
    public PySet intersectionMulti(PyThreadState ts, PyObj... others) {
        if (others.length == 0) return copy(ts);
        PySet result = this;
        RefCount.incref(result, ts);
        for (PyObj o : others) {
            PySet next;
            try {
                next = result.intersection(ts, o);
            } finally {
                RefCount.decref(result, ts);
            }
            result = next;
        }
        return result;
    }

    /** {@code self.intersection_update(*others)}. */
    public void intersectionUpdate(PyThreadState ts, PyObj... others) {
        PySet tmp = intersectionMulti(ts, others);
        int how = begin(ts, this, null);
        try {
            swapBodies(tmp);
        } finally {
            end(ts, how);
        }
        RefCount.decref(tmp, ts);
    }

    /** {@code set_difference_update_internal}: removes the keys of other, then squeezes out dummies if many. */
    public void differenceUpdate(PyThreadState ts, PyObj other) {
        if (other == this) {
            clearInternal(ts);
            return;
        }
        int how = begin(ts, this, other instanceof PySet ? other : null);
        try {
            differenceUpdateLocked(ts, other);
        } finally {
            end(ts, how);
        }
    }

    private void differenceUpdateLocked(PyThreadState ts, PyObj other) {
        if (other instanceof PySet os) {
            PySet src = (os.used >> 3) > used ? intersection(ts, os) : os;
            if (src == os) RefCount.incref(src, ts);
            try {
                for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
                    PyObj k = src.keyAt(i);
                    RefCount.incref(k, ts);
                    try {
                        discardEntry(ts, k, src.hashAt(i));
                    } finally {
                        RefCount.decref(k, ts);
                    }
                }
            } finally {
                RefCount.decref(src, ts);
            }
        } else {
            PyObj it = Ops.iter(ts, other);
            try {
                PyObj k;
                while ((k = Ops.next(ts, it)) != null) {
                    try {
                        discardKey(ts, k);
                    } finally {
                        RefCount.decref(k, ts);
                    }
                }
            } finally {
                RefCount.decref(it, ts);
            }
        }
        if (fill - used <= mask / 4) return;
        resize(used > 50000 ? used * 2 : used * 4);
    }

    /** {@code set_difference}: builds the result from this set's keys the other lacks. */
    public PySet difference(PyThreadState ts, PyObj other) {
        int otherSize;
        if (other instanceof PySet os) otherSize = os.used;
        else if (other.type() == Types.DICT) otherSize = ((PyDict) other).size();
        else return copyAndDifference(ts, other);
        if ((used >> 2) > otherSize) return copyAndDifference(ts, other);
        PySet result = newOfBaseType(ts);
        Keys kp = Keys.of(ts);
        int how = begin(ts, this, other);
        try {
            for (int i = nextEntry(0); i >= 0; i = nextEntry(i + 1)) {
                PyObj k = keyAt(i);
                long h = hashAt(i);
                RefCount.incref(k, ts);
                try {
                    boolean in = other instanceof PySet os
                            ? os.lookKey(ts, k, h) >= 0
                            : ((PyDict) other).getKnownHash(k, h, kp) != null;
                    if (!in) result.addEntry(ts, k, h);
                } finally {
                    RefCount.decref(k, ts);
                }
            }
        } catch (PyException e) {
            RefCount.decref(result, ts);
            throw e;
        } finally {
            end(ts, how);
        }
        return result;
    }

    private PySet copyAndDifference(PyThreadState ts, PyObj other) {
        PySet r = copy(ts);
        try {
            r.differenceUpdate(ts, other);
        } catch (PyException e) {
            RefCount.decref(r, ts);
            throw e;
        }
        return r;
    }

    /** {@code self.difference(*others)}. */
    public PySet differenceMulti(PyThreadState ts, PyObj... others) {
        if (others.length == 0) return copy(ts);
        PySet r = difference(ts, others[0]);
        try {
            for (int i = 1; i < others.length; i++) r.differenceUpdate(ts, others[i]);
        } catch (PyException e) {
            RefCount.decref(r, ts);
            throw e;
        }
        return r;
    }

    /** {@code set_symmetric_difference_update}: each key of other is removed if present, else added. */
    public void symmetricDifferenceUpdate(PyThreadState ts, PyObj other) {
        if (other == this) {
            clearInternal(ts);
            return;
        }
        if (other.type() == Types.DICT) {
            PyDict d = (PyDict) other;
            int how = begin(ts, this, d);
            try {
                for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                    PyObj k = d.keyAt(e);
                    long h = d.hashAt(e);
                    RefCount.incref(k, ts);
                    try {
                        if (!discardEntry(ts, k, h)) addEntry(ts, k, h);
                    } finally {
                        RefCount.decref(k, ts);
                    }
                }
            } finally {
                end(ts, how);
            }
            return;
        }
        PySet os;
        if (other instanceof PySet s) {
            os = s;
            RefCount.incref(os, ts);
        } else {
            os = make(ts, frozen, other);
        }
        int how = begin(ts, this, os);
        try {
            for (int i = os.nextEntry(0); i >= 0; i = os.nextEntry(i + 1)) {
                PyObj k = os.keyAt(i);
                long h = os.hashAt(i);
                RefCount.incref(k, ts);
                try {
                    if (!discardEntry(ts, k, h)) addEntry(ts, k, h);
                } finally {
                    RefCount.decref(k, ts);
                }
            }
        } finally {
            end(ts, how);
            RefCount.decref(os, ts);
        }
    }

    /** {@code set_symmetric_difference}: a copy of the OTHER operand, updated with this one. */
    public PySet symmetricDifference(PyThreadState ts, PyObj other) {
        PySet r = make(ts, frozen, other);
        try {
            r.symmetricDifferenceUpdate(ts, this);
        } catch (PyException e) {
            RefCount.decref(r, ts);
            throw e;
        }
        return r;
    }

    /** {@code self <= other} for any iterable other. */
    public boolean isSubset(PyThreadState ts, PyObj other) {
        if (!(other instanceof PySet os)) {
            PySet tmp = make(ts, false, other);
            try {
                return isSubset(ts, tmp);
            } finally {
                RefCount.decref(tmp, ts);
            }
        }
        int how = begin(ts, this, os);
        try {
            return isSubsetLocked(ts, os);
        } finally {
            end(ts, how);
        }
    }

    private boolean isSubsetLocked(PyThreadState ts, PySet os) {
        if (used > os.used) return false;
        for (int i = nextEntry(0); i >= 0; i = nextEntry(i + 1)) {
            PyObj k = keyAt(i);
            RefCount.incref(k, ts);
            try {
                if (os.lookKey(ts, k, hashAt(i)) < 0) return false;
            } finally {
                RefCount.decref(k, ts);
            }
        }
        return true;
    }

    /** {@code self >= other} for any iterable other. */
    public boolean isSuperset(PyThreadState ts, PyObj other) {
        if (other instanceof PySet os) return os.isSubset(ts, this);
        PySet tmp = make(ts, false, other);
        try {
            return tmp.isSubset(ts, this);
        } finally {
            RefCount.decref(tmp, ts);
        }
    }

    /** {@code self.isdisjoint(other)}. */
    public boolean isDisjoint(PyThreadState ts, PyObj other) {
        if (other == this) return used == 0;
        if (other instanceof PySet os && (os.type() == Types.SET || os.type() == Types.FROZENSET)) {
            int how = begin(ts, this, os);
            try {
                PySet big = this, small = os;
                if (os.used > used) {
                    big = os;
                    small = this;
                }
                for (int i = small.nextEntry(0); i >= 0; i = small.nextEntry(i + 1)) {
                    PyObj k = small.keyAt(i);
                    RefCount.incref(k, ts);
                    try {
                        if (big.lookKey(ts, k, small.hashAt(i)) >= 0) return false;
                    } finally {
                        RefCount.decref(k, ts);
                    }
                }
                return true;
            } finally {
                end(ts, how);
            }
        }
        PyObj it = Ops.iter(ts, other);
        try {
            PyObj k;
            while ((k = Ops.next(ts, it)) != null) {
                try {
                    if (containsKey(ts, k)) return false;
                } finally {
                    RefCount.decref(k, ts);
                }
            }
            return true;
        } finally {
            RefCount.decref(it, ts);
        }
    }

    // ==== type slots ====

    @Override
    public long len(PyThreadState ts) {
        return used;
    }

    @Override
    public int contains(PyThreadState ts, PyObj item) {
        return containsKey(ts, item) ? 1 : 0;
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        return new PySetIter(ts, this);
    }

    @Override
    public boolean isHashable() {
        return frozen;
    }

    /** The frozenset hash: order-independent, CPython's exact arithmetic (programs print it). */
    @Override
    public long hash(PyThreadState ts) {
        if (cachedHash != -1) return cachedHash;
        long h = 0;
        for (int i = 0; i <= mask; i++) h ^= shuffleBits(hashes[i]);
        if (((mask + 1 - fill) & 1) != 0) h ^= shuffleBits(0);
        if (((fill - used) & 1) != 0) h ^= shuffleBits(-1);
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) h = 590923713L;
        if (frozen) cachedHash = h;
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        PyType t = type();
        if (!ReprGuard.enter(this)) return new PyStr(ts, t.name() + "(...)");
        try {
            if (used == 0) return new PyStr(ts, t.name() + "()");
            StringBuilder sb = new StringBuilder();
            if (t != Types.SET) sb.append(t.name()).append('(');
            sb.append('{');
            PyObj[] keys = snapshot(ts);
            try {
                for (int i = 0; i < keys.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(Ops.reprString(ts, keys[i]));
                }
            } finally {
                for (PyObj k : keys) RefCount.decref(k, ts);
            }
            sb.append('}');
            if (t != Types.SET) sb.append(')');
            return new PyStr(ts, sb.toString());
        } finally {
            ReprGuard.leave(this);
        }
    }

    /** The keys in table order, each with a new reference (safe against mutation by the caller's Python code). */
    public PyObj[] snapshot(PyThreadState ts) {
        int how = begin(ts, this, null);
        try {
            PyObj[] out = new PyObj[used];
            int n = 0;
            for (int i = nextEntry(0); i >= 0 && n < out.length; i = nextEntry(i + 1)) {
                RefCount.incref(table[i], ts);
                out[n++] = table[i];
            }
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        } finally {
            end(ts, how);
        }
    }

    /** Comparisons with another set or frozenset: equality and the subset order. */
    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!(other instanceof PySet o)) return NOT_IMPLEMENTED;
        int how = begin(ts, this, o); // the size test and the containment walk see one state
        try {
            return compareLocked(ts, o, op);
        } finally {
            end(ts, how);
        }
    }

    private PyObj compareLocked(PyThreadState ts, PySet o, int op) {
        switch (op) {
            case 2:
                return PyBool.of(setEqualsLocked(ts, o));
            case 3:
                return PyBool.of(!setEqualsLocked(ts, o));
            case 1:
                return PyBool.of(isSubsetLocked(ts, o));
            case 5:
                return PyBool.of(o.isSubsetLocked(ts, this));
            case 0:
                return PyBool.of(used < o.used && isSubsetLocked(ts, o));
            default:
                return PyBool.of(used > o.used && o.isSubsetLocked(ts, this));
        }
    }

    private boolean setEqualsLocked(PyThreadState ts, PySet o) {
        if (used != o.used) return false;
        if (cachedHash != -1 && o.cachedHash != -1 && cachedHash != o.cachedHash) return false;
        return isSubsetLocked(ts, o);
    }

    /** {@code & | - ^} between two sets; the result has the left operand's base type. */
    public static PyObj setOp(PyThreadState ts, int op, PySet left, PySet right) {
        switch (op) {
            case 1: return left.intersection(ts, right);
            case 7: return left.union(ts, right);
            case 10: return left.difference(ts, right);
            case 12: return left.symmetricDifference(ts, right);
            default: return NOT_IMPLEMENTED;
        }
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (!(other instanceof PySet o)) return NOT_IMPLEMENTED;
        return setOp(ts, op, this, o);
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (!(other instanceof PySet o)) return NOT_IMPLEMENTED;
        return setOp(ts, op, o, this);
    }

    /** {@code |= &= -= ^=} on a mutable set with another set; a frozenset falls back to the binary form. */
    @Override
    public PyObj inplaceOp(PyThreadState ts, int op, PyObj other) {
        if (frozen || !(other instanceof PySet)) return NOT_IMPLEMENTED;
        switch (op) {
            case 1 -> intersectionUpdate(ts, other);
            case 7 -> updateInternal(ts, other);
            case 10 -> differenceUpdate(ts, other);
            case 12 -> symmetricDifferenceUpdate(ts, other);
            default -> {
                return NOT_IMPLEMENTED;
            }
        }
        RefCount.incref(this, ts);
        return this;
    }

    @Override
    public void traverse(Visitor v) {
        for (PyObj k : table) if (k != null) v.visit(k);
    }

    /** The collector breaks a cycle through a set by emptying it (as CPython's {@code set_clear}). */
    @Override
    public void clearForCollector(ThreadState ts) {
        // other objects of the cycle still see this set, and a key's __del__ may add to it:
        // empty it first, release the keys after
        PyObj[] t = table;
        emptyToMinsize();
        for (PyObj k : t) if (k != null) RefCount.decref(k, ts);
    }

    /**
     * Nobody else holds a reference: no section, and no new table either (dealloc of every small
     * set made two arrays, 1.4% of nqueens). Each slot is emptied before its key is released.
     */
    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj[] t = table;
        long[] hs = hashes;
        fill = 0;
        used = 0;
        for (int i = 0; i < t.length; i++) {
            PyObj k = t[i];
            t[i] = null;
            hs[i] = 0;
            if (k != null) RefCount.decref(k, ts);
        }
    }

    /**
     * An instance of a class made by a {@code class} statement whose solid base is
     * {@code set} or {@code frozenset}: the set itself, its class, and an attribute dictionary.
     */
    public static final class Instance extends PySet {
        private final PyType cls;
        private static final java.lang.invoke.VarHandle DICT =
                InstanceDicts.field(java.lang.invoke.MethodHandles.lookup(), Instance.class);
        /** The attribute dictionary, made on first use ({@link InstanceDicts}). */
        private PyDict dict;

        public Instance(ThreadState ts, PyType cls, boolean frozen) {
            super(ts, frozen);
            PyType.increfForInstance(cls, ts);
            this.cls = cls;
        }

        @Override
        protected boolean hasFinalizer() {
            return HeapFinalizer.has(cls);
        }

        @Override
        protected void finalizeObject(skein.gc.ThreadState ts) {
            HeapFinalizer.run(ts, this);
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict instanceDict() {
            return InstanceDicts.get(this, DICT);
        }

        @Override
        public PyDict ensureDict(ThreadState ts) {
            return InstanceDicts.ensure(this, DICT, ts);
        }

        @Override
        public void traverse(Visitor v) {
            super.traverse(v);
            PyDict d = dict;
            if (d != null) v.visit(d);
            v.visit(cls); // its class, counted per thread: a class can be garbage with its instances
        }

        @Override
        public void clearForCollector(ThreadState ts) {
            super.clearForCollector(ts);
            PyDict d = dict;
            dict = null;
            if (d != null) RefCount.decref(d, ts);
        }

        @Override
        protected void clearReferences(ThreadState ts) {
            super.clearReferences(ts);
            PyDict d = dict;
            dict = null;
            if (d != null) RefCount.decref(d, ts);
            PyType.decrefForInstance(cls, ts);
        }
    }
}
