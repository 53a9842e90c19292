package skein.interpreter.builtins.sequence;

import org.junit.jupiter.api.Test;
import skein.gc.ThreadState;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.sequence.Py.*;

/** list.sort / sorted: order, stability, keys, reverse, errors and mutation during the sort. */
class SortTest {

    private static PyObj i(long v) {
        return PyInt.of(TS, v);
    }

    private static void sort(PyObj list, PyObj key, boolean reverse) {
        List<PyObj> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (key != null) {
            args.add(key);
            names.add("key");
        }
        if (reverse) {
            args.add(PyBool.TRUE);
            names.add("reverse");
        }
        drop(callKw(list, "sort", args.toArray(new PyObj[0]), names.toArray(new String[0])));
    }

    /** key=lambda p: p[0] */
    private static final PyObj FIRST = fn("first", (ts, a, k) -> Ops.getItem(ts, a[0], PyInt.small(0)));

    @Test
    void ordersIntsFloatsAndSequences() {
        PyList a = ints(5, 2, 9, 1, 5, 6, -3, 0);
        sort(a, null, false);
        assertEquals("[-3, 0, 1, 2, 5, 5, 6, 9]", repr(a));
        sort(a, null, true);
        assertEquals("[9, 6, 5, 5, 2, 1, 0, -3]", repr(a));
        PyList nested = (PyList) v(List.of(List.of(2, 1), List.of(1, 2), List.of(1, 1, 1), List.of(2)));
        sort(nested, null, false);
        assertEquals("[[1, 1, 1], [1, 2], [2], [2, 1]]", repr(nested));
        PyList floats = list(PyFloat.of(TS, 3.5), PyFloat.of(TS, -1.0), PyFloat.of(TS, 2.0), i(1));
        sort(floats, null, false);
        assertEquals(4, floats.size());
        assertSame(Types.INT, floats.get(1).type()); // 1 sorts between -1.0 and 2.0 via mixed comparison
        drop(a, nested, floats);
    }

    @Test
    void stableWithKeyAndReverse() {
        // pairs = [(2,'b'),(1,'z'),(2,'a'),(1,'a')] with the letters as ints 98, 122, 97, 97
        PyList pairs = (PyList) v(List.of(new Object[] {2, 98}, new Object[] {1, 122}, new Object[] {2, 97}, new Object[] {1, 97}));
        sort(pairs, FIRST, false);
        assertEquals("[(1, 122), (1, 97), (2, 98), (2, 97)]", repr(pairs));
        PyList pairs2 = (PyList) v(List.of(new Object[] {2, 98}, new Object[] {1, 122}, new Object[] {2, 97}, new Object[] {1, 97}));
        sort(pairs2, FIRST, true);
        assertEquals("[(2, 98), (2, 97), (1, 122), (1, 97)]", repr(pairs2));
        drop(pairs, pairs2);
    }

    @Test
    void matchesAStableSortOnRandomData() {
        Random rnd = new Random(42);
        for (int n : new int[] {0, 1, 2, 13, 100, 1000, 5000}) {
            List<long[]> ref = new ArrayList<>();
            PyObj[] items = new PyObj[n];
            for (int k = 0; k < n; k++) {
                long key = rnd.nextInt(50) - 25;
                ref.add(new long[] {key, k});
                items[k] = v(new Object[] {key, (long) k});
            }
            PyList l = PyList.steal(TS, items, n);
            boolean reverse = n % 2 == 0;
            sort(l, FIRST, reverse);
            Comparator<long[]> byKey = Comparator.comparingLong(x -> x[0]);
            ref.sort(reverse ? byKey.reversed() : byKey); // List.sort is stable, and reversed() keeps ties in order
            for (int k = 0; k < n; k++) {
                PyTuple t = (PyTuple) l.get(k);
                assertEquals(ref.get(k)[1], ((PyInt) t.get(1)).value, "n=" + n + " position " + k);
            }
            drop(l);
        }
    }

    /** An object whose {@code <} answers at random: the sort must finish without complaint. */
    static final class Chaos extends PyObj {
        static final Random RND = new Random(7);

        Chaos(ThreadState ts) {
            super(ts);
        }

        @Override
        public PyType type() {
            return Types.OBJECT;
        }

        @Override
        public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
            return PyBool.of(RND.nextBoolean());
        }
    }

    @Test
    void inconsistentComparisonsNeverBreakTheSort() {
        PyObj[] items = new PyObj[3000];
        for (int k = 0; k < items.length; k++) items[k] = new Chaos(TS);
        List<PyObj> before = List.of(items.clone());
        PyList l = PyList.steal(TS, items, items.length);
        sort(l, null, false);
        assertEquals(before.size(), l.size());
        java.util.Set<PyObj> after = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int k = 0; k < l.size(); k++) after.add(l.get(k));
        assertEquals(before.size(), after.size(), "the sorted list is a permutation");
        for (PyObj o : before) assertEquals(1, o.refcountSnapshot(), "each item owned once, by the list");
        drop(l);
    }

    @Test
    void comparisonErrorsPropagateAndKeepTheItems() {
        PyList a = list(1, null, 2);
        assertError("TypeError: '<' not supported between instances of 'NoneType' and 'int'", () -> sort(a, null, false));
        assertEquals(3, a.size());
        PyList b = list(null, 1);
        assertError("TypeError: '<' not supported between instances of 'int' and 'NoneType'",
                () -> Sorting.sorted(TS, b, null, false));
        drop(a, b);
    }

    @Test
    void keyErrorsLeaveTheListUnchanged() {
        // def k3(x): raise KeyError(x) if x == 1 else x; [3,1,2].sort(key=k3) -> KeyError(1), list unchanged
        PyObj k3 = fn("k3", (ts, a, k) -> {
            if (a[0] instanceof PyInt n && n.value == 1) throw Exceptions.keyError(ts, a[0]);
            skein.gc.RefCount.incref(a[0], ts);
            return a[0];
        });
        PyList c = ints(3, 1, 2);
        assertKeyError(() -> sort(c, k3, false));
        assertEquals("[3, 1, 2]", repr(c));
        assertKeyError(() -> sort(c, k3, true));
        assertEquals("[3, 1, 2]", repr(c));
        drop(c);
    }

    private static void assertKeyError(Runnable r) {
        try {
            r.run();
            fail("no exception");
        } catch (skein.interpreter.runtime.PyException e) {
            assertTrue(e.matches(Exceptions.KEY_ERROR), e.getMessage());
            e.release(TS);
        }
    }

    @Test
    void mutationDuringSortIsDetected() {
        // a=[3,1,2]; a.sort(key=lambda x: (a.append(x), x)[1]) -> ValueError, a == [1, 2, 3]
        PyList a = ints(3, 1, 2);
        List<Long> seenSizes = new ArrayList<>();
        PyObj k = fn("k", (ts, args, kw) -> {
            seenSizes.add((long) a.size());
            a.append(ts, args[0]);
            skein.gc.RefCount.incref(args[0], ts);
            return args[0];
        });
        assertError("ValueError: list modified during sort", () -> sort(a, k, false));
        assertEquals("[1, 2, 3]", repr(a));
        assertEquals(List.of(0L, 1L, 2L), seenSizes); // the list looks empty (then holds the appends) while sorting
        drop(a);
    }

    @Test
    void keywordErrors() {
        PyList a = ints(3, 1);
        assertError("TypeError: sort() takes no positional arguments", () -> call(a, "sort", i(1)));
        assertError("TypeError: 'foo' is an invalid keyword argument for sort()",
                () -> callKw(a, "sort", new PyObj[] {i(1)}, "foo"));
        assertError("TypeError: 'NoneType' object cannot be interpreted as an integer",
                () -> callKw(a, "sort", new PyObj[] {PyNone.NONE}, "reverse"));
        drop(callKw(a, "sort", new PyObj[] {i(5)}, "reverse"));
        assertEquals("[3, 1]", repr(a));
        drop(a);
    }
}
