package skein.interpreter.builtins.sequence;

import org.junit.jupiter.api.Test;
import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.sequence.Py.*;

/** enumerate, zip, map, filter, reversed and iter(callable, sentinel), against CPython 3.11. */
class IteratorTest {

    private static PyObj i(long v) {
        return PyInt.of(TS, v);
    }

    @Test
    void enumerate() {
        PyList abc = ints(7, 8, 9);
        PyObj e = make(Types.ENUMERATE, new PyObj[] {abc});
        assertSame(Types.ENUMERATE, e.type());
        assertSame(e, Ops.iter(TS, e));
        RefCount.decref(e, TS);
        assertEquals("[(0, 7), (1, 8), (2, 9)]", drain(e));
        assertEquals("[(10, 7), (11, 8), (12, 9)]", drain(make(Types.ENUMERATE, new PyObj[] {abc, i(10)}, "start")));
        PyObj nearMax = PyInt.of(TS, Long.MAX_VALUE);
        assertEquals("[(9223372036854775807, 7), (9223372036854775808, 8), (9223372036854775809, 9)]",
                drain(make(Types.ENUMERATE, new PyObj[] {abc, nearMax})));
        assertError("TypeError: enumerate() missing required argument 'iterable'", () -> make(Types.ENUMERATE, new PyObj[0]));
        assertError("TypeError: 'x' is an invalid keyword argument for enumerate()",
                () -> make(Types.ENUMERATE, new PyObj[] {abc, i(1)}, "x"));
        assertError("TypeError: 'NoneType' object cannot be interpreted as an integer",
                () -> make(Types.ENUMERATE, new PyObj[] {abc, PyNone.NONE}));
        assertError("TypeError: 'int' object is not iterable", () -> make(Types.ENUMERATE, new PyObj[] {i(5)}));
        drop(e, abc, nearMax);
    }

    @Test
    void zip() {
        PyList a = ints(1, 2, 3), b = ints(4, 5), c = ints(6);
        assertEquals("[(1, 4), (2, 5)]", drain(make(Types.ZIP, new PyObj[] {a, b})));
        assertEquals("[]", drain(make(Types.ZIP, new PyObj[0])));
        assertEquals("[(6,)]", drain(make(Types.ZIP, new PyObj[] {c})));
        assertEquals("zip", make(Types.ZIP, new PyObj[0]).type().name());
        // list(zip([1, 2], [1], strict=True)) etc.
        PyList l12 = ints(1, 2), l1 = ints(1), l0 = new PyList(TS);
        assertError("ValueError: zip() argument 2 is shorter than argument 1",
                () -> drain(make(Types.ZIP, new PyObj[] {l12, l1, PyBool.TRUE}, "strict")));
        assertError("ValueError: zip() argument 2 is longer than argument 1",
                () -> drain(make(Types.ZIP, new PyObj[] {l1, l12, PyBool.TRUE}, "strict")));
        assertError("ValueError: zip() argument 3 is shorter than arguments 1-2",
                () -> drain(make(Types.ZIP, new PyObj[] {l1, l1, l0, PyBool.TRUE}, "strict")));
        assertError("ValueError: zip() argument 3 is longer than arguments 1-2",
                () -> drain(make(Types.ZIP, new PyObj[] {l1, l1, l12, PyBool.TRUE}, "strict")));
        assertEquals("[(1, 1)]", drain(make(Types.ZIP, new PyObj[] {l1, l1, PyBool.TRUE}, "strict")));
        assertError("TypeError: 'x' is an invalid keyword argument for zip()", () -> make(Types.ZIP, new PyObj[] {l1, i(1)}, "x"));
        assertError("TypeError: zip() takes at most 1 keyword argument (2 given)",
                () -> make(Types.ZIP, new PyObj[] {l1, i(1), i(1)}, "strict", "x"));
        assertError("TypeError: 'int' object is not iterable", () -> make(Types.ZIP, new PyObj[] {l1, i(1)}));
        drop(a, b, c, l12, l1, l0);
    }

    @Test
    void mapIsLazyAndTakesManyIterables() {
        List<Long> calls = new ArrayList<>();
        PyObj twice = fn("twice", (ts, a, k) -> {
            calls.add(((PyInt) a[0]).value);
            return Ops.binaryOp(ts, a[0], PyInt.small(2), 5);
        });
        PyList l = ints(1, 2, 3);
        PyObj m = make(Types.MAP, new PyObj[] {twice, l});
        assertEquals(List.of(), calls);
        PyObj first = Ops.next(TS, m);
        assertEquals("2", reprDrop(first));
        assertEquals(List.of(1L), calls);
        assertEquals("[4, 6]", drain(m));
        PyObj add = fn("add", (ts, a, k) -> Ops.binaryOp(ts, a[0], a[1], 0));
        PyList l2 = ints(10, 20);
        assertEquals("[11, 22]", drain(make(Types.MAP, new PyObj[] {add, l, l2})));
        assertError("TypeError: map() must have at least two arguments.", () -> make(Types.MAP, new PyObj[] {add}));
        assertError("TypeError: map() takes no keyword arguments", () -> make(Types.MAP, new PyObj[] {add, l}, "x"));
        assertEquals("map", m.type().name());
        drop(m, l, l2);
    }

    @Test
    void filter() {
        PyList l = list(0, 3, null, 4, false, 5);
        assertEquals("[3, 4, 5]", drain(make(Types.FILTER, new PyObj[] {PyNone.NONE, l})));
        PyObj odd = fn("odd", (ts, a, k) -> Ops.binaryOp(ts, a[0], PyInt.small(2), 6));
        PyList n = ints(1, 2, 3, 4, 5);
        assertEquals("[1, 3, 5]", drain(make(Types.FILTER, new PyObj[] {odd, n})));
        assertError("TypeError: filter expected 2 arguments, got 1", () -> make(Types.FILTER, new PyObj[] {odd}));
        assertError("TypeError: filter() takes no keyword arguments", () -> make(Types.FILTER, new PyObj[] {odd, n}, "x"));
        drop(l, n);
    }

    @Test
    void reversed() {
        PyList l = ints(1, 2, 3);
        PyObj r = make(Types.REVERSED, new PyObj[] {l});
        assertEquals("list_reverseiterator", r.type().name());
        assertEquals("[3, 2, 1]", drain(r));
        PyTuple t = tuple(1, 2, 3);
        PyObj rt = make(Types.REVERSED, new PyObj[] {t});
        assertSame(Types.REVERSED, rt.type());
        assertEquals("3", reprDrop(call(rt, "__length_hint__")));
        assertEquals("[3, 2, 1]", drain(rt));
        PyObj rr = make(Types.REVERSED, new PyObj[] {PyRange.of(TS, 0, 5, 1)});
        assertEquals("range_iterator", rr.type().name());
        assertEquals("[4, 3, 2, 1, 0]", drain(rr));
        assertError("TypeError: 'int' object is not reversible", () -> make(Types.REVERSED, new PyObj[] {i(5)}));
        assertError("TypeError: reversed expected 1 argument, got 0", () -> make(Types.REVERSED, new PyObj[0]));
        assertError("TypeError: reversed expected 1 argument, got 2", () -> make(Types.REVERSED, new PyObj[] {l, l}));
        assertEquals("[]", drain(make(Types.REVERSED, new PyObj[] {PyTuple.EMPTY})));
        drop(r, rt, rr, l, t);
    }

    @Test
    void callableIterator() {
        // values = [3, 2, 1, 0, 9]; list(iter(lambda: values.pop(0), 0)) == [3, 2, 1]; values == [9]
        PyList values = ints(3, 2, 1, 0, 9);
        PyObj popFront = fn("pop_front", (ts, a, k) -> values.pop(ts, 0));
        PyObj it = new PyCallableIterator(TS, popFront, PyInt.small(0));
        assertEquals("callable_iterator", it.type().name());
        assertEquals("[3, 2, 1]", drain(it));
        assertEquals("[9]", repr(values));
        assertNull(Ops.next(TS, it));
        PyObj stopper = fn("stop", (ts, a, k) -> {
            throw Exceptions.stopIteration(ts, null);
        });
        assertEquals("[]", drain(new PyCallableIterator(TS, stopper, PyNone.NONE)));
        drop(it, values);
    }

    @Test
    void iteratorsInstallDunders() {
        PyList l = ints(1, 2);
        PyObj it = Ops.iter(TS, l);
        assertEquals("2", reprDrop(call(it, "__length_hint__")));
        assertEquals("1", reprDrop(call(it, "__next__")));
        PyObj self = call(it, "__iter__");
        assertSame(it, self);
        drop(self);
        assertEquals("2", reprDrop(call(it, "__next__")));
        assertError("StopIteration: ", () -> call(it, "__next__"));
        PyObj big = PyInt.of(TS, BigInteger.TWO.pow(70));
        drop(it, l, big);
    }
}
