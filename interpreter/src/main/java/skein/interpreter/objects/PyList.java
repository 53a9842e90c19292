package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.util.Arrays;

/**
 * {@code list}: a growable array of references, each owned by the list.
 *
 * <p>Any comparison or repr of an item may run Python code that mutates this very list, so
 * loops re-read {@link #size} on every step and hold their own reference to the item they
 * are looking at (CPython's discipline in {@code listobject.c}). Old items are dropped only
 * after the list is consistent again, since dropping one may run arbitrary code too.
 *
 * <p>Methods with Python-visible signatures (argument parsing and messages) are in
 * {@code skein.interpreter.builtins.ListMethods}; this class holds the operations.
 */
public class PyList extends PyObj {
    private static final PyObj[] NO_ITEMS = new PyObj[0];

    PyObj[] items;
    int size;

    public PyList(ThreadState ts) {
        super(ts);
        items = NO_ITEMS;
    }

    private PyList(ThreadState ts, PyObj[] items, int size) {
        super(ts);
        this.items = items;
        this.size = size;
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

    public int size() {
        return size;
    }

    /** Item {@code i} (borrowed; valid until the list changes). */
    public PyObj get(int i) {
        return items[i];
    }

    /** A copy of the items as new references. */
    public PyObj[] snapshot(ThreadState ts) {
        PyObj[] a = Arrays.copyOf(items, size);
        for (PyObj o : a) RefCount.incref(o, ts);
        return a;
    }

    /** The current items as a new tuple. */
    public PyTuple toTuple(ThreadState ts) {
        return PyTuple.steal(ts, snapshot(ts));
    }

    private void ensureCapacity(int needed) {
        if (needed > items.length) {
            // CPython's growth pattern: about 1/8 over-allocation, never less than 4 spare
            int cap = Math.max(needed + (needed >> 3) + (needed < 9 ? 3 : 6), 4);
            items = Arrays.copyOf(items, cap);
        }
    }

    // ==== mutation ====

    /** {@code list.append(v)}; v borrowed. */
    public void append(ThreadState ts, PyObj v) {
        RefCount.incref(v, ts);
        appendSteal(v);
    }

    /** Appends taking over the caller's reference to {@code v} (LIST_APPEND of comprehensions). */
    public void appendSteal(PyObj v) {
        int n = size;
        ensureCapacity(n + 1);
        items[n] = v;
        size = n + 1;
    }

    /** {@code list.extend(iterable)}. */
    public void extend(PyThreadState ts, PyObj iterable) {
        PyType t = iterable.type();
        if (t == Types.LIST || t == Types.TUPLE || iterable == this) {
            PyObj[] add = iterable == this ? snapshot(ts) : Sequences.toArray(ts, iterable);
            ensureCapacity(size + add.length);
            System.arraycopy(add, 0, items, size, add.length);
            size += add.length;
            return;
        }
        PyObj it = Ops.iter(ts, iterable);
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) appendSteal(x);
        } finally {
            RefCount.decref(it, ts);
        }
    }

    /** {@code list.insert(i, v)}: i clamped to the list as CPython does; v borrowed. */
    public void insert(ThreadState ts, long where, PyObj v) {
        int n = size;
        if (where < 0) {
            where += n;
            if (where < 0) where = 0;
        }
        if (where > n) where = n;
        int w = (int) where;
        ensureCapacity(n + 1);
        System.arraycopy(items, w, items, w + 1, n - w);
        RefCount.incref(v, ts);
        items[w] = v;
        size = n + 1;
    }

    /** {@code list.pop(i)}: the removed item (the list's reference passes to the caller). */
    public PyObj pop(PyThreadState ts, long i) {
        int n = size;
        if (n == 0) throw Exceptions.indexError(ts, "pop from empty list");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Exceptions.indexError(ts, "pop index out of range");
        int k = (int) i;
        PyObj v = items[k];
        System.arraycopy(items, k + 1, items, k, n - k - 1);
        items[n - 1] = null;
        size = n - 1;
        return v;
    }

    /** {@code list.clear()}. */
    public void clear(ThreadState ts) {
        int n = size;
        if (n == 0) return;
        PyObj[] old = items;
        items = NO_ITEMS;
        size = 0;
        for (int i = 0; i < n; i++) RefCount.decref(old[i], ts);
    }

    /** {@code list.reverse()}. */
    public void reverse() {
        reverseRange(items, 0, size);
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
    }

    /** {@code list.remove(x)}. */
    public void remove(PyThreadState ts, PyObj x) {
        long i = find(ts, x, 0, size);
        if (i < 0) throw Exceptions.valueError(ts, "list.remove(x): x not in list");
        if (i < size) RefCount.decref(pop(ts, i), ts);
    }

    /** {@code list.sort(key=, reverse=)}: see {@link Sorting}. */
    public void sort(PyThreadState ts, PyObj key, boolean reverse) {
        Sorting.sortList(ts, this, key, reverse);
    }

    // ==== subscripts ====

    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        if (key instanceof PyInt || Sequences.isIndex(key)) {
            long i = Sequences.subscriptIndex(ts, key);
            int n = size;
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Exceptions.indexError(ts, "list index out of range");
            PyObj v = items[(int) i];
            RefCount.incref(v, ts);
            return v;
        }
        if (key instanceof PySlice s) return slice(ts, s.bounds(ts, size));
        throw Exceptions.typeError(ts, "list indices must be integers or slices, not " + key.typeName());
    }

    /** The items selected by resolved slice bounds, as a new list. */
    public PyList slice(PyThreadState ts, PySlice.Bounds b) {
        int n = (int) b.count();
        PyObj[] out = new PyObj[n];
        long idx = b.start();
        for (int k = 0; k < n; k++, idx += b.step()) {
            PyObj v = items[(int) idx];
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

    /** {@code self[key] = value}, or {@code del self[key]} when value is null (list_ass_subscript). */
    private void assign(PyThreadState ts, PyObj key, PyObj value) {
        if (key instanceof PyInt || Sequences.isIndex(key)) {
            long i = Sequences.subscriptIndex(ts, key);
            int n = size;
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Exceptions.indexError(ts, "list assignment index out of range");
            if (value == null) {
                RefCount.decref(pop(ts, i), ts);
            } else {
                RefCount.incref(value, ts);
                PyObj old = items[(int) i];
                items[(int) i] = value;
                RefCount.decref(old, ts);
            }
            return;
        }
        if (!(key instanceof PySlice s)) {
            throw Exceptions.typeError(ts, "list indices must be integers or slices, not " + key.typeName());
        }
        PySlice.Bounds b = s.bounds(ts, size);
        if (b.step() == 1) {
            PyObj[] v = value == null ? null
                    : value == this ? snapshot(ts) : Sequences.toArray(ts, value, "can only assign an iterable");
            replaceRange(ts, b.start(), b.stop(), v);
            return;
        }
        if (value == null) {
            deleteExtended(ts, b);
            return;
        }
        PyObj[] v = value == this ? snapshot(ts) : Sequences.toArray(ts, value, "must assign iterable to extended slice");
        if (v.length != b.count()) {
            Sequences.decrefAll(ts, v, 0, v.length);
            throw Exceptions.valueError(ts, "attempt to assign sequence of size " + v.length
                    + " to extended slice of size " + b.count());
        }
        PyObj[] garbage = new PyObj[v.length];
        long idx = b.start();
        for (int k = 0; k < v.length; k++, idx += b.step()) {
            garbage[k] = items[(int) idx];
            items[(int) idx] = v[k];
        }
        Sequences.decrefAll(ts, garbage, 0, garbage.length);
    }

    /**
     * {@code list_ass_slice}: replaces items [lo, hi) (clamped) by {@code v} (new references,
     * taken over), or deletes them when v is null.
     */
    public void replaceRange(PyThreadState ts, long lo, long hi, PyObj[] v) {
        int n = size;
        if (lo < 0) lo = 0;
        else if (lo > n) lo = n;
        if (hi < lo) hi = lo;
        else if (hi > n) hi = n;
        int ilo = (int) lo, ihi = (int) hi;
        int add = v == null ? 0 : v.length;
        PyObj[] garbage = Arrays.copyOfRange(items, ilo, ihi);
        int newSize = n - (ihi - ilo) + add;
        ensureCapacity(newSize);
        System.arraycopy(items, ihi, items, ilo + add, n - ihi);
        if (add > 0) System.arraycopy(v, 0, items, ilo, add);
        for (int i = newSize; i < n; i++) items[i] = null;
        size = newSize;
        Sequences.decrefAll(ts, garbage, 0, garbage.length);
    }

    private void deleteExtended(PyThreadState ts, PySlice.Bounds b) {
        long count = b.count();
        if (count <= 0) return;
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
        Sequences.decrefAll(ts, garbage, 0, g);
    }

    // ==== other slots ====

    @Override
    public long len(PyThreadState ts) {
        return size;
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
        return find(ts, x, 0, size) >= 0 ? 1 : 0;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        if (size == 0) return PyStr.intern("[]");
        if (!ReprGuard.enter(this)) return PyStr.intern("[...]");
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
            ReprGuard.leave(this);
        }
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!(other instanceof PyList w)) return NOT_IMPLEMENTED;
        return compareItems(ts, this, w, op);
    }

    /** Lexicographic comparison of two lists or two tuples (items via {@code ==}, then op on the first difference). */
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
                PyObj[] a = Arrays.copyOf(items, size + w.size);
                System.arraycopy(w.items, 0, a, size, w.size);
                for (PyObj o : a) RefCount.incref(o, ts);
                return new PyList(ts, a, a.length);
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
        int s = size;
        if (n <= 0 || s == 0) return new PyList(ts);
        long total = s * n;
        if (n > Integer.MAX_VALUE || total > Integer.MAX_VALUE - 8) throw Sequences.memoryError(ts);
        PyObj[] a = new PyObj[(int) total];
        for (int k = 0; k < n; k++) System.arraycopy(items, 0, a, k * s, s);
        for (PyObj o : a) RefCount.incref(o, ts);
        return new PyList(ts, a, a.length);
    }

    private void repeatInPlace(PyThreadState ts, long n) {
        int s = size;
        if (n <= 0) {
            clear(ts);
            return;
        }
        if (n == 1 || s == 0) return;
        long total = s * n;
        if (n > Integer.MAX_VALUE || total > Integer.MAX_VALUE - 8) throw Sequences.memoryError(ts);
        ensureCapacity((int) total);
        for (int k = 1; k < n; k++) System.arraycopy(items, 0, items, k * s, s);
        for (int i = s; i < total; i++) RefCount.incref(items[i], ts);
        size = (int) total;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj[] a = items;
        int n = size;
        items = NO_ITEMS;
        size = 0;
        for (int i = 0; i < n; i++) {
            PyObj o = a[i];
            if (o != null) RefCount.decref(o, ts);
        }
    }

    /** An instance of a subclass of list made by a {@code class} statement. */
    public static final class Sub extends PyList {
        private final PyType type;
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
            return dict;
        }

        @Override
        public PyDict ensureDict(ThreadState ts) {
            if (dict == null) dict = new PyDict(ts);
            return dict;
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
