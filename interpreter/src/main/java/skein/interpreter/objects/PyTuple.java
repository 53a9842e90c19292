package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.util.Arrays;

/**
 * {@code tuple}: an immutable array of references, each owned by the tuple. The slots below
 * follow {@code Objects/tupleobject.c}; the Python-visible methods are installed by
 * {@code skein.interpreter.builtins.TupleMethods}.
 */
public class PyTuple extends PyObj {
    public static final PyTuple EMPTY = new PyTuple();

    final PyObj[] items;

    /** Takes ownership of {@code items} (and of one reference to each). */
    protected PyTuple(ThreadState ts, PyObj[] items) {
        super(ts);
        this.items = items;
        if (items.length > 0) ts.track(this);
    }

    private PyTuple() {
        super();
        this.items = new PyObj[0];
    }

    /** An immortal tuple (constants of code objects); its items must be immortal too. */
    private PyTuple(PyObj[] items, boolean immortal) {
        super();
        this.items = items;
    }

    /** A tuple that steals the references in {@code items} (the array too). */
    public static PyTuple steal(ThreadState ts, PyObj[] items) {
        if (items.length == 0) return EMPTY;
        return new PyTuple(ts, items);
    }

    /** {@code tuple(iterable)} for the exact type: an exact tuple itself (new reference), else a tuple of its items. */
    public static PyObj fromIterable(PyThreadState ts, PyObj iterable) {
        if (iterable.type() == Types.TUPLE) {
            RefCount.incref(iterable, ts);
            return iterable;
        }
        return steal(ts, Sequences.toArray(ts, iterable));
    }

    /** A tuple of borrowed references: increfs each item. */
    public static PyTuple of(ThreadState ts, PyObj... items) {
        if (items.length == 0) return EMPTY;
        PyObj[] copy = items.clone();
        for (PyObj o : copy) RefCount.incref(o, ts);
        return new PyTuple(ts, copy);
    }

    /** A constant tuple: immortal, items immortal. */
    public static PyTuple immortal(PyObj[] items) {
        if (items.length == 0) return EMPTY;
        return new PyTuple(items, true);
    }

    @Override
    public PyType type() {
        return Types.TUPLE;
    }

    public int size() {
        return items.length;
    }

    /** Item {@code i} (borrowed). */
    public PyObj get(int i) {
        return items[i];
    }

    /** The backing array: read-only for callers. */
    public PyObj[] array() {
        return items;
    }

    // ==== slots ====

    @Override
    public long len(PyThreadState ts) {
        return items.length;
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        return new PyTupleIterator(ts, this);
    }

    @Override
    public int contains(PyThreadState ts, PyObj x) {
        return find(ts, x, 0, items.length) >= 0 ? 1 : 0;
    }

    /** Index of the first item equal to {@code x} in [start, stop) (clamped to ≥ 0), or -1. */
    public long find(PyThreadState ts, PyObj x, long start, long stop) {
        for (long i = start; i < stop && i < items.length; i++) {
            if (Ops.eq(ts, items[(int) i], x)) return i;
        }
        return -1;
    }

    /** {@code tuple.count(x)}. */
    public long count(PyThreadState ts, PyObj x) {
        long c = 0;
        for (PyObj o : items) if (Ops.eq(ts, o, x)) c++;
        return c;
    }

    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        if (key instanceof PyInt || Sequences.isIndex(key)) {
            long i = Sequences.subscriptIndex(ts, key);
            if (i < 0) i += items.length;
            if (i < 0 || i >= items.length) throw Exceptions.indexError(ts, "tuple index out of range");
            PyObj v = items[(int) i];
            RefCount.incref(v, ts);
            return v;
        }
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(ts, items.length);
            if (b.step() == 1 && b.count() == items.length && type() == Types.TUPLE) {
                RefCount.incref(this, ts);
                return this;
            }
            PyObj[] out = new PyObj[(int) b.count()];
            long idx = b.start();
            for (int k = 0; k < out.length; k++, idx += b.step()) {
                out[k] = items[(int) idx];
                RefCount.incref(out[k], ts);
            }
            return steal(ts, out);
        }
        throw Exceptions.typeError(ts, "tuple indices must be integers or slices, not " + key.typeName());
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** CPython 3.8+'s tuple hash, a variant of xxHash over the items' hashes (programs print it). */
    @Override
    public long hash(PyThreadState ts) {
        return hashOfHashes(itemHashes(ts));
    }

    private long[] itemHashes(PyThreadState ts) {
        long[] h = new long[items.length];
        for (int i = 0; i < h.length; i++) h[i] = Ops.hash(ts, items[i]);
        return h;
    }

    /** The tuple hash of items with the given hashes (also range's hash, which hashes a 3-tuple). */
    public static long hashOfHashes(long[] lanes) {
        long acc = XXPRIME_5;
        for (long lane : lanes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += lanes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        int n = items.length;
        if (n == 0) return PyStr.intern("()");
        if (!ReprGuard.enter(this)) return PyStr.intern("(...)");
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.reprString(ts, items[i]));
            }
            if (n == 1) sb.append(',');
            return new PyStr(ts, sb.append(')').toString());
        } finally {
            ReprGuard.leave(this);
        }
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!(other instanceof PyTuple)) return NOT_IMPLEMENTED;
        return PyList.compareItems(ts, this, other, op);
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (op == 0) {
            if (other instanceof PyTuple w) {
                if (w.items.length == 0 && type() == Types.TUPLE) {
                    RefCount.incref(this, ts);
                    return this;
                }
                if (items.length == 0 && w.type() == Types.TUPLE) {
                    RefCount.incref(w, ts);
                    return w;
                }
                PyObj[] a = Arrays.copyOf(items, items.length + w.items.length);
                System.arraycopy(w.items, 0, a, items.length, w.items.length);
                for (PyObj o : a) RefCount.incref(o, ts);
                return steal(ts, a);
            }
            if (Sequences.hasReflected(other, 0)) return NOT_IMPLEMENTED;
            throw Exceptions.typeError(ts, "can only concatenate tuple (not \"" + other.typeName() + "\") to tuple");
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

    private PyTuple repeat(PyThreadState ts, long n) {
        int s = items.length;
        if (n <= 0 || s == 0) return EMPTY;
        if (n == 1 && type() == Types.TUPLE) {
            RefCount.incref(this, ts);
            return this;
        }
        long total = s * n;
        if (n > Integer.MAX_VALUE || total > Integer.MAX_VALUE - 8) throw Sequences.memoryError(ts);
        PyObj[] a = new PyObj[(int) total];
        for (int k = 0; k < n; k++) System.arraycopy(items, 0, a, k * s, s);
        for (PyObj o : a) RefCount.incref(o, ts);
        return steal(ts, a);
    }

    /** An instance of a subclass of tuple made by a {@code class} statement. */
    public static final class Sub extends PyTuple {
        private final PyType type;
        private PyDict dict;

        /** Takes over the references in {@code items}; type borrowed. */
        public Sub(ThreadState ts, PyType type, PyObj[] items) {
            super(ts, items);
            if (items.length == 0) ts.track(this); // its attribute dictionary can make a cycle
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
        public void traverse(Visitor v) {
            super.traverse(v);
            PyDict d = dict;
            if (d != null) v.visit(d);
            v.visit(type); // its class, counted per thread: a class can be garbage with its instances
        }

        @Override
        public void clearForCollector(ThreadState ts) {
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

    /** No {@code clearForCollector}: like CPython's tuples, a cycle through a tuple breaks at another member. */
    @Override
    public void traverse(Visitor v) {
        // last to first, as CPython's tupletraverse
        for (int i = items.length - 1; i >= 0; i--) if (items[i] != null) v.visit(items[i]);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj[] a = items;
        for (int i = 0; i < a.length; i++) {
            PyObj o = a[i];
            if (o != null) {
                a[i] = null;
                RefCount.decref(o, ts);
            }
        }
    }
}
