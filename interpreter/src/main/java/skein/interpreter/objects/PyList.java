package skein.interpreter.objects;

import skein.gc.BiasGroup;
import skein.gc.BiasedSections;
import skein.gc.CriticalSection;
import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * {@code list}: a growable array of references, each owned by the list.
 *
 * <p>Any comparison or repr of an item may run Python code that mutates this very list, so
 * loops re-read {@link #size} on every step and hold their own reference to the item they
 * are looking at (CPython's discipline in {@code listobject.c}). Old items are dropped only
 * after the list is consistent again, since dropping one may run arbitrary code too.
 *
 * <h2>Threads</h2>
 * As in free-threaded CPython, every operation runs in a critical section on the list
 * ({@link CriticalSection}; two-list operations lock both with {@code begin2}), so each one is
 * atomic against the others: no lost append, no item popped twice. Python code run inside an
 * operation ({@code __eq__}, {@code __repr__}, a sort key) may suspend the section, which is why
 * the loops re-validate after every call, exactly as they must against the Python code itself.
 * Items that leave the list are released after the section ends.
 *
 * <p>Two reads take no lock: {@code list[i]} and iteration ({@link #item}, {@link #itemOrNull}).
 * For them the writers publish: the storage array is replaced (never shrunk or grown in place)
 * and the new one stored with a release store ({@link #publishItems}); a reference stored into
 * a live array is stored with a release store, and a bulk move inside a live array is preceded
 * by a release fence, so a reader that sees an item also sees the item's own fields. Slots at
 * or beyond {@code size} hold null once the operation that emptied them ends. The
 * protocol itself is described at {@link #tryLoad}.
 *
 * <p>Methods with Python-visible signatures (argument parsing and messages) are in
 * {@code skein.interpreter.builtins.ListMethods}; this class holds the operations.
 */
public class PyList extends PyObj {
    private static final PyObj[] NO_ITEMS = new PyObj[0];
    private static final VarHandle ITEMS, SIZE;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(PyObj[].class);

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            ITEMS = l.findVarHandle(PyList.class, "items", PyObj[].class);
            SIZE = l.findVarHandle(PyList.class, "size", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The storage: written only in a section (with {@link #publishItems}), read by lock-free readers with an acquire load. */
    PyObj[] items;
    /** Items in use: written only in a section; lock-free readers read it once, opaque. */
    int size;

    /** The switch this list's bias depends on ({@link ListBias}), or null if it is not biased. */
    private BiasGroup bias;

    public PyList(ThreadState ts) {
        super(ts);
        items = NO_ITEMS;
        ts.track(this);
        biasTo(ListBias.LISTS.forNewList());
    }

    private PyList(ThreadState ts, PyObj[] items, int size) {
        super(ts);
        this.items = items;
        this.size = size;
        ts.track(this);
        biasTo(ListBias.LISTS.forNewList());
    }

    /**
     * Makes this new list, which no other thread can reach yet, biased to its owner in
     * {@code group} ({@link BiasedSections}); nothing if {@code group} is null. Public for the
     * jcstress harnesses, which give each list a group of its own.
     */
    public void biasTo(BiasGroup group) {
        if (group == null) return;
        bias = group;
        BiasedSections.bias(this);
    }

    @Override
    public BiasGroup biasGroup() {
        return bias;
    }

    /**
     * Whether {@code ts} may run a section on this list without its mutex now: it owns the list
     * and the list's group is still on ({@link BiasedSections#canElide}). For the two-list
     * section of a slice assignment; one-list sections use {@link #beginPlain}.
     */
    private boolean mayElide(ThreadState ts) {
        BiasGroup g = bias;
        return g != null && BiasedSections.canElide(this, g, ts);
    }

    /**
     * Begins a section on this list whose body runs no Python code, cannot block and takes no
     * other lock (a store, an append, a pop, a slice): without the mutex while the bias allows
     * ({@link BiasedSections#begin}). Returns whether it did, for {@link BiasedSections#end}.
     */
    private boolean beginPlain(ThreadState ts) {
        return BiasedSections.begin(ts, this, bias);
    }

    /** A list that takes over {@code items[0..n)} and the references in it. */
    public static PyList steal(ThreadState ts, PyObj[] items, int n) {
        return new PyList(ts, items, n);
    }

    /** A list of borrowed items (each is incref'd). */
    public static PyList of(ThreadState ts, PyObj... items) {
        PyObj[] a = items.clone();
        for (PyObj o : a) RefCount.incref(o, ts);
        return new PyList(ts, a, a.length);
    }

    @Override
    public PyType type() {
        return Types.LIST;
    }

    /** The number of items: a racy snapshot when other threads use the list (CPython's {@code Py_SIZE}). */
    public int size() {
        return (int) SIZE.getOpaque(this);
    }

    /**
     * Item {@code i}, borrowed: valid only until the list changes, so only for a list no other
     * thread can change (one this thread is building). Shared lists use {@link #item}.
     */
    public PyObj get(int i) {
        return items[i];
    }

    // ==== publication (see the class comment) ====

    private void publishItems(PyObj[] a) {
        ITEMS.setRelease(this, a);
    }

    private static void storeSlot(PyObj[] a, int i, PyObj v) {
        SLOT.setRelease(a, i, v);
    }

    /** Storage and size in one go, for {@link Sorting}, which takes the items out while it sorts. */
    void setStorage(PyObj[] a, int n) {
        publishItems(a);
        size = n;
    }

    /** The storage with room for {@code needed} items: the current array, or a bigger copy, published. */
    private PyObj[] ensureCapacity(int needed) {
        PyObj[] a = items;
        if (needed <= a.length) return a;
        // CPython's growth pattern: about 1/8 over-allocation, never less than 4 spare
        int cap = Math.max(needed + (needed >> 3) + (needed < 9 ? 3 : 6), 4);
        PyObj[] b = Arrays.copyOf(a, cap);
        publishItems(b);
        return b;
    }

    // ==== lock-free reads ====

    /**
     * {@code self[i]} for an index {@code i} (negative counts from the end): a new reference, or
     * IndexError. Lock-free in the common case (see {@link #tryLoad}); the fast path of
     * {@code BINARY_SUBSCR} on an exact list and int.
     */
    public PyObj item(PyThreadState ts, long i) {
        int n = size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Exceptions.indexError(ts, "list index out of range");
        PyObj v = tryLoad(ts, (int) i);
        if (v == null) {
            v = itemLocked(ts, (int) i);
            if (v == null) throw Exceptions.indexError(ts, "list index out of range");
        }
        return v;
    }

    /** Item {@code i} (0-based, no wrap-around) as a new reference, or null when it is out of range: what iterators step with. */
    public PyObj itemOrNull(ThreadState ts, int i) {
        if (i < 0 || i >= size()) return null;
        PyObj v = tryLoad(ts, i);
        return v != null ? v : itemLocked(ts, i);
    }

    /**
     * The lock-free read of slot {@code i} (CPython's {@code list_get_item_ref}): a new
     * reference to the item, or null when this attempt cannot be sure of it, and the caller then
     * reads under the lock. Why it exists: {@code list[i]} and {@code for x in lst} on a list
     * shared by many threads would otherwise all serialise on its mutex.
     *
     * <ol>
     *   <li>Read the storage array once (acquire) and bounds-check against that array's own
     *       length, so a concurrent growth or clear cannot make the index invalid under us.</li>
     *   <li>Load the slot (acquire); null means being emptied or not yet filled: give up.</li>
     *   <li>{@link RefCount#tryIncref}: fails if the item was freed meanwhile (a writer popped it
     *       and dropped the last reference).</li>
     *   <li>Re-check that the slot still holds the item <em>and</em> that the array is still the
     *       list's storage (in that order: the storage check, made last, proves the slot check
     *       read the live array). Otherwise drop the reference and give up.</li>
     * </ol>
     *
     * <p>The re-check is what makes the answer right even if the item was freed and a freelist
     * handed the same Java object out again between our load and our increment: then the
     * increment counted the new incarnation, and it passes the re-check only if that
     * incarnation is in the list now. So the read relies on no QSBR guarantee for safety. With
     * QSBR delaying freelist reuse (an object freed after a thread's last quiescent state is not
     * handed out again before that thread passes its next one, and this read spans no quiescent
     * state) a successful increment is always on the object we loaded, and the re-check only
     * keeps the answer an item the list holds after it was counted. The storage array itself
     * needs nothing: the JVM keeps an array alive while we hold it, which is what CPython's
     * shared-bit plus QSBR-delayed free of {@code ob_item} provide there.
     */
    private PyObj tryLoad(ThreadState ts, int i) {
        PyObj[] a = (PyObj[]) ITEMS.getAcquire(this);
        if (i >= a.length) return null;
        PyObj v = (PyObj) SLOT.getAcquire(a, i);
        if (v == null || !RefCount.tryIncref(v, ts)) return null;
        if (SLOT.getAcquire(a, i) == v && ITEMS.getAcquire(this) == a) return v;
        RefCount.decref(v, ts);
        return null;
    }

    /**
     * The fallback of {@link #tryLoad}: slot {@code i} under the lock, or null if out of range now.
     * Public for the JMH comparison of the two paths ({@code skein.bench.ListReadBenchmark}).
     */
    public PyObj itemLocked(ThreadState ts, int i) {
        CriticalSection.begin(ts, this);
        try {
            if (i >= size) return null;
            PyObj v = items[i];
            // flags a non-owner's reference so that the next lock-free read of v can succeed
            RefCount.increfShareable(v, ts);
            return v;
        } finally {
            CriticalSection.end(ts);
        }
    }

    /** A copy of the items as new references. */
    public PyObj[] snapshot(ThreadState ts) {
        boolean elided = beginPlain(ts);
        try {
            return copyLocked(ts);
        } finally {
            BiasedSections.end(ts, elided);
        }
    }

    private PyObj[] copyLocked(ThreadState ts) {
        PyObj[] a = Arrays.copyOf(items, size);
        for (PyObj o : a) RefCount.incref(o, ts);
        return a;
    }

    /** The current items as a new tuple. */
    public PyTuple toTuple(ThreadState ts) {
        return PyTuple.steal(ts, snapshot(ts));
    }

    /**
     * {@code UNPACK_SEQUENCE n} on this list: if it has exactly {@code n} items, stores them as
     * new stack references ({@link RefCount#increfStack}) into {@code stack[at .. at+n)} in
     * reverse order (the last item lowest, as the eval loop wants them) and returns true; else
     * stores nothing and returns false. One section, so the items are one consistent state.
     */
    public boolean unpackOnto(ThreadState ts, int n, PyObj[] stack, int at) {
        boolean elided = beginPlain(ts);
        try {
            if (size != n) return false;
            PyObj[] a = items;
            for (int i = n - 1; i >= 0; i--) {
                PyObj x = a[i];
                RefCount.increfStack(x, ts);
                stack[at++] = x;
            }
            return true;
        } finally {
            BiasedSections.end(ts, elided);
        }
    }

    // ==== mutation ====

    /** {@code list.append(v)}; v borrowed. */
    public void append(ThreadState ts, PyObj v) {
        RefCount.incref(v, ts);
        boolean elided = beginPlain(ts);
        try {
            appendLocked(v);
        } finally {
            BiasedSections.end(ts, elided);
        }
    }

    /**
     * {@code LIST_APPEND} of a comprehension or display: appends to a list no other thread can
     * reach yet (it lives only on this thread's evaluation stack), so no section; v borrowed.
     */
    public void appendUnshared(ThreadState ts, PyObj v) {
        RefCount.incref(v, ts);
        appendLocked(v);
    }

    /** Appends taking over the caller's reference to {@code v}, to a list no other thread can reach yet (no section). */
    public void appendSteal(PyObj v) {
        appendLocked(v);
    }

    private void appendLocked(PyObj v) {
        int n = size;
        PyObj[] a = ensureCapacity(n + 1);
        storeSlot(a, n, v);
        size = n + 1;
    }

    /** Appends {@code add[0..m)} (new references, taken over). */
    private void appendAllLocked(PyObj[] add, int m) {
        int n = size;
        PyObj[] a = ensureCapacity(n + m);
        VarHandle.releaseFence();
        System.arraycopy(add, 0, a, n, m);
        size = n + m;
    }

    /**
     * {@code list.extend(iterable)}: a list, tuple, dict, dict view, set or the list itself is
     * copied in one section (with the source's: both locked); any other iterable is drained in
     * this list's section, its {@code __next__} running inside it.
     */
    public void extend(PyThreadState ts, PyObj iterable) {
        PyType t = iterable.type();
        if (iterable == this) {
            CriticalSection.begin(ts, this);
            try {
                PyObj[] add = copyLocked(ts);
                appendAllLocked(add, add.length);
            } finally {
                CriticalSection.end(ts);
            }
            return;
        }
        if (t == Types.LIST) {
            PyList other = (PyList) iterable;
            CriticalSection.begin2(ts, this, other);
            try {
                PyObj[] add = other.copyLocked(ts);
                appendAllLocked(add, add.length);
            } finally {
                CriticalSection.end2(ts);
            }
            return;
        }
        if (t == Types.DICT || t == Types.SET || t == Types.FROZENSET || iterable instanceof PyDictView) {
            // list(d), list(d.items()), list(s): one copy with both locked, as CPython's list_extend
            // does, so a concurrent change cannot make it raise "changed size during iteration"
            PyObj src = iterable instanceof PyDictView v ? v.dict() : iterable;
            CriticalSection.begin2(ts, this, src);
            try {
                PyObj[] add = src instanceof PyDict d
                        ? d.snapshot(ts, iterable instanceof PyDictView v ? v.kind() : PyDictIter.KEYS)
                        : ((PySet) src).snapshot(ts);
                appendAllLocked(add, add.length);
            } finally {
                CriticalSection.end2(ts);
            }
            return;
        }
        if (t == Types.TUPLE) {
            PyObj[] add = Sequences.toArray(ts, iterable);
            CriticalSection.begin(ts, this);
            try {
                appendAllLocked(add, add.length);
            } finally {
                CriticalSection.end(ts);
            }
            return;
        }
        PyObj it = Ops.iter(ts, iterable);
        CriticalSection.begin(ts, this);
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) appendLocked(x);
        } finally {
            CriticalSection.end(ts);
            RefCount.decref(it, ts);
        }
    }

    /** {@code list.insert(i, v)}: i clamped to the list as CPython does; v borrowed. */
    public void insert(ThreadState ts, long where, PyObj v) {
        RefCount.incref(v, ts);
        boolean elided = beginPlain(ts);
        try {
            int n = size;
            if (where < 0) {
                where += n;
                if (where < 0) where = 0;
            }
            if (where > n) where = n;
            int w = (int) where;
            PyObj[] a = ensureCapacity(n + 1);
            System.arraycopy(a, w, a, w + 1, n - w);
            storeSlot(a, w, v);
            size = n + 1;
        } finally {
            BiasedSections.end(ts, elided);
        }
    }

    /** {@code list.pop(i)}: the removed item (the list's reference passes to the caller). */
    public PyObj pop(PyThreadState ts, long i) {
        boolean elided = beginPlain(ts);
        try {
            return popLocked(ts, i);
        } finally {
            BiasedSections.end(ts, elided);
        }
    }

    private PyObj popLocked(PyThreadState ts, long i) {
        int n = size;
        if (n == 0) throw Exceptions.indexError(ts, "pop from empty list");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Exceptions.indexError(ts, "pop index out of range");
        int k = (int) i;
        PyObj[] a = items;
        PyObj v = a[k];
        System.arraycopy(a, k + 1, a, k, n - k - 1);
        a[n - 1] = null;
        size = n - 1;
        return v;
    }

    /** {@code list.clear()}: the items are released after the list is already empty. */
    public void clear(ThreadState ts) {
        PyObj[] old;
        int n;
        boolean elided = beginPlain(ts);
        try {
            n = size;
            old = items;
            if (n == 0) return;
            publishItems(NO_ITEMS);
            size = 0;
        } finally {
            BiasedSections.end(ts, elided);
        }
        for (int i = 0; i < n; i++) RefCount.decref(old[i], ts);
    }

    /** {@code list.reverse()}. */
    public void reverse(ThreadState ts) {
        boolean elided = beginPlain(ts);
        try {
            reverseRange(items, 0, size);
        } finally {
            BiasedSections.end(ts, elided);
        }
    }

    static void reverseRange(PyObj[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObj t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    /** Index of the first item equal to {@code x} in [start, stop) (already clamped to ≥ 0), or -1. */
    public long find(PyThreadState ts, PyObj x, long start, long stop) {
        CriticalSection.begin(ts, this);
        try {
            return findLocked(ts, x, start, stop);
        } finally {
            CriticalSection.end(ts);
        }
    }

    private long findLocked(PyThreadState ts, PyObj x, long start, long stop) {
        for (long i = start; i < stop && i < size; i++) {
            PyObj item = items[(int) i];
            RefCount.incref(item, ts);
            boolean eq;
            try {
                eq = Ops.eq(ts, item, x);
            } finally {
                RefCount.decref(item, ts);
            }
            if (eq) return i;
        }
        return -1;
    }

    /** {@code list.count(x)}. */
    public long count(PyThreadState ts, PyObj x) {
        CriticalSection.begin(ts, this);
        try {
            long c = 0;
            for (int i = 0; i < size; i++) {
                PyObj item = items[i];
                RefCount.incref(item, ts);
                try {
                    if (Ops.eq(ts, item, x)) c++;
                } finally {
                    RefCount.decref(item, ts);
                }
            }
            return c;
        } finally {
            CriticalSection.end(ts);
        }
    }

    /** {@code list.remove(x)}. */
    public void remove(PyThreadState ts, PyObj x) {
        PyObj gone = null;
        CriticalSection.begin(ts, this);
        try {
            long i = findLocked(ts, x, 0, size);
            if (i < 0) throw Exceptions.valueError(ts, "list.remove(x): x not in list");
            if (i < size) gone = popLocked(ts, i);
        } finally {
            CriticalSection.end(ts);
        }
        if (gone != null) RefCount.decref(gone, ts);
    }

    /** {@code list.sort(key=, reverse=)}: see {@link Sorting}. */
    public void sort(PyThreadState ts, PyObj key, boolean reverse) {
        CriticalSection.begin(ts, this);
        try {
            Sorting.sortList(ts, this, key, reverse);
        } finally {
            CriticalSection.end(ts);
        }
    }

    // ==== subscripts ====

    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        if (key instanceof PyInt || Sequences.isIndex(key)) return item(ts, Sequences.subscriptIndex(ts, key));
        if (key instanceof PySlice s) {
            long[] raw = unpackSlice(ts, s); // may run __index__: before the section
            boolean elided = beginPlain(ts);
            try {
                return sliceLocked(ts, PySlice.adjust(size, raw[0], raw[1], raw[2]));
            } finally {
                BiasedSections.end(ts, elided);
            }
        }
        throw Exceptions.typeError(ts, "list indices must be integers or slices, not " + key.typeName());
    }

    /** A slice's start, stop and step as {@code PySlice_Unpack} reads them (any {@code __index__} runs here). */
    private static long[] unpackSlice(PyThreadState ts, PySlice s) {
        long st = PySlice.unpackStep(ts, s.step);
        long lo = PySlice.sliceIndex(ts, s.start, st < 0 ? Long.MAX_VALUE : 0);
        long hi = PySlice.sliceIndex(ts, s.stop, st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new long[] {lo, hi, st};
    }

    /** The items selected by resolved slice bounds, as a new list. */
    public PyList slice(PyThreadState ts, PySlice.Bounds b) {
        boolean elided = beginPlain(ts);
        try {
            return sliceLocked(ts, PySlice.adjust(size, b.start(), b.stop(), b.step()));
        } finally {
            BiasedSections.end(ts, elided);
        }
    }

    private PyList sliceLocked(PyThreadState ts, PySlice.Bounds b) {
        int n = (int) b.count();
        PyObj[] out = new PyObj[n];
        PyObj[] a = items;
        long idx = b.start();
        for (int k = 0; k < n; k++, idx += b.step()) {
            PyObj v = a[(int) idx];
            RefCount.incref(v, ts);
            out[k] = v;
        }
        return new PyList(ts, out, n);
    }

    @Override
    public boolean setItem(PyThreadState ts, PyObj key, PyObj value) {
        assign(ts, key, value);
        return true;
    }

    @Override
    public boolean delItem(PyThreadState ts, PyObj key) {
        assign(ts, key, null);
        return true;
    }

    /**
     * {@code self[key] = value}, or {@code del self[key]} when value is null (list_ass_subscript).
     * Index and slice conversion ({@code __index__}) and iterating a non-list value happen before
     * the section; the bounds are resolved against the size inside it; the replaced items are
     * released after it.
     */
    private void assign(PyThreadState ts, PyObj key, PyObj value) {
        if (key instanceof PyInt || Sequences.isIndex(key)) {
            long i = Sequences.subscriptIndex(ts, key);
            PyObj old;
            boolean elided = beginPlain(ts);
            try {
                int n = size;
                if (i < 0) i += n;
                if (i < 0 || i >= n) throw Exceptions.indexError(ts, "list assignment index out of range");
                if (value == null) {
                    old = popLocked(ts, i);
                } else {
                    RefCount.incref(value, ts);
                    old = items[(int) i];
                    storeSlot(items, (int) i, value);
                }
            } finally {
                BiasedSections.end(ts, elided);
            }
            RefCount.decref(old, ts);
            return;
        }
        if (!(key instanceof PySlice s)) {
            throw Exceptions.typeError(ts, "list indices must be integers or slices, not " + key.typeName());
        }
        long[] raw = unpackSlice(ts, s);
        // lst[a:b] = lst and lst[a:b] = other_list copy the source inside the section (both locked)
        PyList other = value != this && value instanceof PyList l && value.type() == Types.LIST ? l : null;
        PyObj[] v = null;
        if (value != null && value != this && other == null) {
            v = Sequences.toArray(ts, value, raw[2] == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        PyObj[] garbage;
        PyException failure = null;
        // no Python code in the body: the owner of both lists (or of this one) may skip the mutexes
        boolean elided = mayElide(ts) && (other == null || other.mayElide(ts));
        if (elided) BiasedSections.countElided(ts);
        else if (other != null) CriticalSection.begin2(ts, this, other);
        else CriticalSection.begin(ts, this);
        try {
            if (value == this) v = copyLocked(ts);
            else if (other != null) v = other.copyLocked(ts);
            PySlice.Bounds b = PySlice.adjust(size, raw[0], raw[1], raw[2]);
            if (b.step() == 1) {
                garbage = replaceRangeLocked(b.start(), b.stop(), v);
            } else if (value == null) {
                garbage = deleteExtendedLocked(b);
            } else if (v.length != b.count()) {
                failure = Exceptions.valueError(ts, "attempt to assign sequence of size " + v.length
                        + " to extended slice of size " + b.count());
                garbage = v;
            } else {
                garbage = new PyObj[v.length];
                PyObj[] a = items;
                long idx = b.start();
                for (int k = 0; k < v.length; k++, idx += b.step()) {
                    garbage[k] = a[(int) idx];
                    storeSlot(a, (int) idx, v[k]);
                }
            }
        } finally {
            if (!elided) {
                if (other != null) CriticalSection.end2(ts);
                else CriticalSection.end(ts);
            }
        }
        Sequences.decrefAll(ts, garbage, 0, garbage.length);
        if (failure != null) throw failure;
    }

    /**
     * {@code list_ass_slice}: replaces items [lo, hi) (clamped) by {@code v} (new references,
     * taken over), or deletes them when v is null; returns the replaced items, which the caller
     * releases after the section.
     */
    private PyObj[] replaceRangeLocked(long lo, long hi, PyObj[] v) {
        int n = size;
        if (lo < 0) lo = 0;
        else if (lo > n) lo = n;
        if (hi < lo) hi = lo;
        else if (hi > n) hi = n;
        int ilo = (int) lo, ihi = (int) hi;
        int add = v == null ? 0 : v.length;
        PyObj[] garbage = Arrays.copyOfRange(items, ilo, ihi);
        int newSize = n - (ihi - ilo) + add;
        PyObj[] a = ensureCapacity(newSize);
        VarHandle.releaseFence();
        System.arraycopy(a, ihi, a, ilo + add, n - ihi);
        if (add > 0) System.arraycopy(v, 0, a, ilo, add);
        for (int i = newSize; i < n; i++) a[i] = null;
        size = newSize;
        return garbage;
    }

    private PyObj[] deleteExtendedLocked(PySlice.Bounds b) {
        long count = b.count();
        if (count <= 0) return NO_ITEMS;
        long start = b.start(), step = b.step();
        if (step < 0) {
            // walk the same items upwards
            start = start + step * (count - 1);
            step = -step;
        }
        int n = size;
        PyObj[] garbage = new PyObj[(int) count];
        PyObj[] a = items;
        int w = (int) start, g = 0;
        for (int r = (int) start; r < n; r++) {
            if (g < count && r == start + g * step) garbage[g++] = a[r];
            else a[w++] = a[r];
        }
        for (int i = w; i < n; i++) a[i] = null;
        size = w;
        return g == garbage.length ? garbage : Arrays.copyOf(garbage, g);
    }

    // ==== other slots ====

    @Override
    public long len(PyThreadState ts) {
        return size();
    }

    @Override
    public boolean isHashable() {
        return false;
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        return new PyListIterator(ts, this, false);
    }

    @Override
    public int contains(PyThreadState ts, PyObj x) {
        return find(ts, x, 0, Long.MAX_VALUE) >= 0 ? 1 : 0;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        if (size() == 0) return PyStr.intern("[]");
        if (!ReprGuard.enter(this)) return PyStr.intern("[...]");
        CriticalSection.begin(ts, this);
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                PyObj item = items[i];
                RefCount.incref(item, ts);
                try {
                    sb.append(Ops.reprString(ts, item));
                } finally {
                    RefCount.decref(item, ts);
                }
            }
            return new PyStr(ts, sb.append(']').toString());
        } finally {
            CriticalSection.end(ts);
            ReprGuard.leave(this);
        }
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!(other instanceof PyList w)) return NOT_IMPLEMENTED;
        CriticalSection.begin2(ts, this, w);
        try {
            return compareItems(ts, this, w, op);
        } finally {
            CriticalSection.end2(ts);
        }
    }

    /**
     * Lexicographic comparison of two lists or two tuples (items via {@code ==}, then op on the
     * first difference). Lists must be locked by the caller; sizes and items are re-read after
     * every comparison, which may have run Python code that changed them.
     */
    static PyObj compareItems(PyThreadState ts, PyObj self, PyObj other, int op) {
        int n1 = seqSize(self), n2 = seqSize(other);
        if (n1 != n2 && (op == 2 || op == 3)) return PyBool.of(op == 3);
        int i = 0;
        for (; i < seqSize(self) && i < seqSize(other); i++) {
            PyObj a = seqItem(self, i), b = seqItem(other, i);
            if (a == b) continue;
            RefCount.incref(a, ts);
            RefCount.incref(b, ts);
            boolean eq;
            try {
                eq = Ops.eq(ts, a, b);
            } finally {
                RefCount.decref(a, ts);
                RefCount.decref(b, ts);
            }
            if (!eq) break;
        }
        n1 = seqSize(self);
        n2 = seqSize(other);
        if (i >= n1 || i >= n2) return PyBool.of(compareSizes(n1, n2, op));
        if (op == 2) return PyBool.FALSE;
        if (op == 3) return PyBool.TRUE;
        PyObj a = seqItem(self, i), b = seqItem(other, i);
        RefCount.incref(a, ts);
        RefCount.incref(b, ts);
        try {
            return Ops.richCompare(ts, a, b, op);
        } finally {
            RefCount.decref(a, ts);
            RefCount.decref(b, ts);
        }
    }

    private static int seqSize(PyObj o) {
        return o instanceof PyList l ? l.size : ((PyTuple) o).items.length;
    }

    private static PyObj seqItem(PyObj o, int i) {
        return o instanceof PyList l ? l.items[i] : ((PyTuple) o).items[i];
    }

    static boolean compareSizes(long a, long b, int op) {
        return switch (op) {
            case 0 -> a < b;
            case 1 -> a <= b;
            case 2 -> a == b;
            case 3 -> a != b;
            case 4 -> a > b;
            default -> a >= b;
        };
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (op == 0) {
            if (other instanceof PyList w) {
                CriticalSection.begin2(ts, this, w);
                try {
                    PyObj[] a = Arrays.copyOf(items, size + w.size);
                    System.arraycopy(w.items, 0, a, size, w.size);
                    for (PyObj o : a) RefCount.incref(o, ts);
                    return new PyList(ts, a, a.length);
                } finally {
                    CriticalSection.end2(ts);
                }
            }
            if (Sequences.hasReflected(other, 0)) return NOT_IMPLEMENTED;
            throw Exceptions.typeError(ts, "can only concatenate list (not \"" + other.typeName() + "\") to list");
        }
        if (op == 5) {
            long n = Sequences.repeatCount(ts, other, true);
            return n == Long.MIN_VALUE ? NOT_IMPLEMENTED : repeat(ts, n);
        }
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (op == 5) return repeat(ts, Sequences.repeatCount(ts, other, false));
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj inplaceOp(PyThreadState ts, int op, PyObj other) {
        if (op == 0) {
            extend(ts, other);
        } else if (op == 5) {
            long n = Sequences.repeatCount(ts, other, true);
            if (n == Long.MIN_VALUE) return NOT_IMPLEMENTED;
            repeatInPlace(ts, n);
        } else {
            return NOT_IMPLEMENTED;
        }
        RefCount.incref(this, ts);
        return this;
    }

    private PyList repeat(PyThreadState ts, long n) {
        CriticalSection.begin(ts, this);
        try {
            int s = size;
            if (n <= 0 || s == 0) return new PyList(ts);
            long total = s * n;
            if (n > Integer.MAX_VALUE || total > Integer.MAX_VALUE - 8) throw Sequences.memoryError(ts);
            PyObj[] a = new PyObj[(int) total];
            for (int k = 0; k < n; k++) System.arraycopy(items, 0, a, k * s, s);
            for (PyObj o : a) RefCount.incref(o, ts);
            return new PyList(ts, a, a.length);
        } finally {
            CriticalSection.end(ts);
        }
    }

    private void repeatInPlace(PyThreadState ts, long n) {
        if (n <= 0) {
            clear(ts);
            return;
        }
        CriticalSection.begin(ts, this);
        try {
            int s = size;
            if (n == 1 || s == 0) return;
            long total = s * n;
            if (n > Integer.MAX_VALUE || total > Integer.MAX_VALUE - 8) throw Sequences.memoryError(ts);
            PyObj[] a = ensureCapacity((int) total);
            for (int i = 0; i < s; i++) {
                for (int k = 1; k < n; k++) RefCount.incref(a[i], ts);
            }
            VarHandle.releaseFence();
            for (int k = 1; k < n; k++) System.arraycopy(a, 0, a, k * s, s);
            size = (int) total;
        } finally {
            CriticalSection.end(ts);
        }
    }

    @Override
    public void traverse(Visitor v) {
        PyObj[] a = items;
        // last to first, as CPython's list_traverse (the order gc.get_referents shows)
        for (int i = Math.min(size, a.length) - 1; i >= 0; i--) {
            PyObj o = a[i];
            if (o != null) v.visit(o);
        }
    }

    /** The collector breaks a cycle through a list by emptying it (CPython's {@code list_clear}). */
    @Override
    public void clearForCollector(ThreadState ts) {
        clearItems(ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        clearItems(ts);
    }

    private void clearItems(ThreadState ts) {
        PyObj[] a = items;
        int n = size;
        publishItems(NO_ITEMS);
        size = 0;
        for (int i = 0; i < n; i++) {
            PyObj o = a[i];
            if (o != null) RefCount.decref(o, ts);
        }
    }

    /** An instance of a subclass of list made by a {@code class} statement. */
    public static final class Sub extends PyList implements Weakrefable {
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

        private final PyType type;
        private static final java.lang.invoke.VarHandle DICT =
                InstanceDicts.field(java.lang.invoke.MethodHandles.lookup(), Sub.class);
        /** The attribute dictionary, made on first use ({@link InstanceDicts}). */
        private PyDict dict;

        public Sub(ThreadState ts, PyType type) {
            super(ts);
            PyType.increfForInstance(type, ts);
            this.type = type;
        }

        @Override
        protected boolean hasFinalizer() {
            return HeapFinalizer.has(type);
        }

        @Override
        protected void finalizeObject(skein.gc.ThreadState ts) {
            HeapFinalizer.run(ts, this);
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
            return InstanceDicts.ensure(this, DICT, ts);
        }

        @Override
        public void traverse(Visitor v) {
            super.traverse(v);
            PyDict d = dict;
            if (d != null) v.visit(d);
            v.visit(type); // its class, counted per thread: a class can be garbage with its instances
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
            PyType.decrefForInstance(type, ts);
        }
    }
}
