package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code list.sort} and {@code sorted}: a stable merge sort that compares with {@code <} only
 * (CPython's contract), so any {@code __lt__} works and an inconsistent one merely gives an
 * odd order, never an exception from the sort itself (Java's TimSort would throw
 * "Comparison method violates its general contract").
 *
 * <p>CPython's semantics kept here: keys are computed once per item before sorting; while
 * the sort runs the list looks empty, and if anything modified it meanwhile the sorted items
 * are still restored and ValueError "list modified during sort" is raised; an exception from
 * a key function or a comparison propagates and leaves the list a permutation of its items;
 * {@code reverse=True} reverses before and after a stable sort so equal items keep their order.
 *
 * <p>Lists of exact ints (fitting a long), floats or strs compare without calls, as CPython's
 * "unsafe" pre-checked comparisons do.
 */
public final class Sorting {
    private Sorting() {}

    /** Items below this size are sorted by binary insertion. */
    private static final int INSERTION_LIMIT = 12;

    /** Marks a list whose items are out being sorted (CPython sets {@code allocated} to -1). */
    private static final PyObj[] SORTING = new PyObj[0];

    /**
     * {@code list.sort(key=key, reverse=reverse)}; key null or None for none. The caller holds the
     * list's critical section (or owns a list no other thread sees); key functions and
     * comparisons may suspend it, and then other threads find the list empty, as in CPython.
     */
    public static void sortList(PyThreadState ts, PyList list, PyObj key, boolean reverse) {
        PyObj[] saved = list.items;
        int n = list.size;
        list.setStorage(SORTING, 0);
        PyObj[] keys = null;
        PyException failure = null;
        try {
            if (key != null && key != PyNone.NONE) {
                keys = new PyObj[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.call(ts, key, saved[i]);
            }
            PyObj[] k = keys != null ? keys : saved;
            PyObj[] v = keys != null ? saved : null;
            if (reverse) reverseBoth(k, v, n);
            try {
                new Sorter(ts, k, v, n).sort();
            } finally {
                if (reverse) reverseBoth(k, v, n);
            }
        } catch (PyException e) {
            failure = e;
        } finally {
            if (keys != null) Sequences.decrefAll(ts, keys, 0, n);
            PyObj[] during = list.items;
            int duringSize = list.size;
            list.setStorage(saved, n);
            if (during != SORTING) {
                Sequences.decrefAll(ts, during, 0, duringSize);
                if (failure == null) failure = Exceptions.valueError(ts, "list modified during sort");
            }
        }
        if (failure != null) throw failure;
    }

    private static void reverseBoth(PyObj[] k, PyObj[] v, int n) {
        PyList.reverseRange(k, 0, n);
        if (v != null) PyList.reverseRange(v, 0, n);
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new sorted list. */
    public static PyList sorted(PyThreadState ts, PyObj iterable, PyObj key, boolean reverse) {
        PyObj[] items = Sequences.toArray(ts, iterable);
        PyList list = PyList.steal(ts, items, items.length);
        try {
            sortList(ts, list, key, reverse);
        } catch (PyException e) {
            RefCount.decref(list, ts);
            throw e;
        }
        return list;
    }

    /** One sort of keys {@code k} (and, in lockstep, values {@code v} when a key function was given). */
    private static final class Sorter {
        private final PyThreadState ts;
        private final PyObj[] k, v;
        private final int n;
        private final int kind;
        private PyObj[] tmpK, tmpV;

        private static final int GENERIC = 0, LONGS = 1, FLOATS = 2, STRS = 3;

        Sorter(PyThreadState ts, PyObj[] k, PyObj[] v, int n) {
            this.ts = ts;
            this.k = k;
            this.v = v;
            this.n = n;
            this.kind = kindOf(k, n);
        }

        private static int kindOf(PyObj[] k, int n) {
            if (n == 0) return GENERIC;
            PyType t = k[0].type();
            int kind = t == Types.INT ? LONGS : t == Types.FLOAT ? FLOATS : t == Types.STR ? STRS : GENERIC;
            if (kind == GENERIC) return GENERIC;
            for (int i = 0; i < n; i++) {
                if (k[i].type() != t) return GENERIC;
                if (kind == LONGS && ((PyInt) k[i]).isBig()) return GENERIC;
            }
            return kind;
        }

        private boolean lt(PyObj a, PyObj b) {
            switch (kind) {
                case LONGS: return ((PyInt) a).value < ((PyInt) b).value;
                case FLOATS: return ((PyFloat) a).value < ((PyFloat) b).value;
                case STRS: return compareCodePoints(((PyStr) a).value, ((PyStr) b).value) < 0;
                default: return Ops.compareBool(ts, a, b, 0);
            }
        }

        void sort() {
            if (n < 2) return;
            tmpK = new PyObj[(n + 1) / 2];
            if (v != null) tmpV = new PyObj[(n + 1) / 2];
            mergeSort(0, n);
        }

        private void mergeSort(int lo, int hi) {
            if (hi - lo <= INSERTION_LIMIT) {
                insertionSort(lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            mergeSort(lo, mid);
            mergeSort(mid, hi);
            if (!lt(k[mid], k[mid - 1])) return; // already in order
            merge(lo, mid, hi);
        }

        /** Binary insertion: the comparisons happen before any move, so an exception leaves a permutation. */
        private void insertionSort(int lo, int hi) {
            for (int i = lo + 1; i < hi; i++) {
                PyObj pivot = k[i];
                int l = lo, r = i;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (lt(pivot, k[m])) r = m;
                    else l = m + 1;
                }
                if (l == i) continue;
                System.arraycopy(k, l, k, l + 1, i - l);
                k[l] = pivot;
                if (v != null) {
                    PyObj pv = v[i];
                    System.arraycopy(v, l, v, l + 1, i - l);
                    v[l] = pv;
                }
            }
        }

        /**
         * Merges sorted runs [lo, mid) and [mid, hi), taking from the right only when strictly
         * smaller (stability). The left run waits in tmp; if a comparison throws, its rest is
         * copied back into the gap, which is exactly its size.
         */
        private void merge(int lo, int mid, int hi) {
            int n1 = mid - lo;
            System.arraycopy(k, lo, tmpK, 0, n1);
            if (v != null) System.arraycopy(v, lo, tmpV, 0, n1);
            int i = 0, j = mid, d = lo;
            try {
                while (i < n1 && j < hi) {
                    if (lt(k[j], tmpK[i])) {
                        k[d] = k[j];
                        if (v != null) v[d] = v[j];
                        j++;
                    } else {
                        k[d] = tmpK[i];
                        if (v != null) v[d] = tmpV[i];
                        i++;
                    }
                    d++;
                }
            } finally {
                System.arraycopy(tmpK, i, k, d, n1 - i);
                if (v != null) System.arraycopy(tmpV, i, v, d, n1 - i);
            }
        }
    }

    /** Orders strings by code point, as Python does (Java's compareTo orders UTF-16 units). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) return Integer.compare(a.codePointAt(i), b.codePointAt(i));
        }
        return a.length() - b.length();
    }
}
