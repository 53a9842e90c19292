package skein.interpreter.builtins.sequence;

import org.junit.jupiter.api.Test;
import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.sequence.Py.*;

/** list: methods, operators, indexing and errors; expected values are CPython 3.11's (the Python line is quoted). */
class ListTest {

    private static PyInt i(long v) {
        return PyInt.of(TS, v);
    }

    @Test
    void mutatingMethods() {
        PyList a = ints(3, 1, 4);
        drop(call(a, "append", i(1)));
        assertEquals("[3, 1, 4, 1]", repr(a));
        PyList l59 = ints(5, 9);
        PyRange r2 = PyRange.of(TS, 0, 2, 1);
        drop(call(a, "extend", l59), call(a, "extend", r2));
        assertEquals("[3, 1, 4, 1, 5, 9, 0, 1]", repr(a));
        // a.insert(0,-1); a.insert(100,-2); a.insert(-1,-3); a.insert(-100,-4)
        drop(call(a, "insert", i(0), i(-1)), call(a, "insert", i(100), i(-2)),
                call(a, "insert", i(-1), i(-3)), call(a, "insert", i(-100), i(-4)));
        assertEquals("[-4, -1, 3, 1, 4, 1, 5, 9, 0, 1, -3, -2]", repr(a));
        drop(call(a, "remove", i(1)));
        assertEquals("[-4, -1, 3, 4, 1, 5, 9, 0, 1, -3, -2]", repr(a));
        // print(a.pop(), a.pop(0), a.pop(-2), a)
        assertEquals("-2", reprDrop(call(a, "pop")));
        assertEquals("-4", reprDrop(call(a, "pop", i(0))));
        assertEquals("1", reprDrop(call(a, "pop", i(-2))));
        assertEquals("[-1, 3, 4, 1, 5, 9, 0, -3]", repr(a));
        // a.index(4), a.index(1), a.count(1), a.count(77), a.index(5, 2), a.index(9, -3, 100) == 2 3 1 0 4 5
        assertEquals("2", reprDrop(call(a, "index", i(4))));
        assertEquals("3", reprDrop(call(a, "index", i(1))));
        assertEquals("1", reprDrop(call(a, "count", i(1))));
        assertEquals("0", reprDrop(call(a, "count", i(77))));
        assertEquals("4", reprDrop(call(a, "index", i(5), i(2))));
        assertEquals("5", reprDrop(call(a, "index", i(9), i(-3), i(100))));
        PyObj b = call(a, "copy");
        drop(call(b, "append", i(7)));
        drop(call(a, "reverse"));
        assertEquals("[-3, 0, 9, 5, 1, 4, 3, -1]", repr(a));
        assertEquals("[-1, 3, 4, 1, 5, 9, 0, -3, 7]", repr(b));
        drop(call(a, "clear"));
        assertEquals("[]", repr(a));
        assertEquals(1, a.refcountSnapshot());
        drop(a, b, l59, r2);
    }

    @Test
    void methodErrors() {
        PyList one = ints(1);
        PyList empty = new PyList(TS);
        assertError("IndexError: pop from empty list", () -> call(empty, "pop"));
        assertError("IndexError: pop index out of range", () -> call(one, "pop", i(5)));
        assertError("ValueError: list.remove(x): x not in list", () -> call(one, "remove", i(2)));
        assertError("ValueError: 2 is not in list", () -> call(one, "index", i(2)));
        assertError("ValueError: 1 is not in list", () -> call(one, "index", i(1), i(1)));
        assertError("OverflowError: Python int too large to convert to C ssize_t",
                () -> call(one, "pop", PyInt.of(TS, java.math.BigInteger.TWO.pow(100))));
        assertError("TypeError: 'NoneType' object cannot be interpreted as an integer", () -> call(one, "insert", PyNone.NONE, i(1)));
        assertError("TypeError: insert expected 2 arguments, got 1", () -> call(one, "insert", i(1)));
        assertError("TypeError: pop expected at most 1 argument, got 2", () -> call(one, "pop", i(1), i(2)));
        assertError("TypeError: index expected at least 1 argument, got 0", () -> call(one, "index"));
        assertError("TypeError: list.append() takes exactly one argument (0 given)", () -> call(one, "append"));
        assertError("TypeError: list.clear() takes no arguments (1 given)", () -> call(one, "clear", i(1)));
        assertError("TypeError: slice indices must be integers or have an __index__ method",
                () -> call(one, "index", i(1), PyNone.NONE));
        assertError("TypeError: 'int' object is not iterable", () -> call(one, "extend", i(5)));
        assertEquals("[1]", repr(one));
        drop(one, empty);
    }

    @Test
    void indexing() {
        PyList a = ints(10, 20, 30, 40);
        assertEquals("40", reprDrop(Ops.getItem(TS, a, i(-1))));
        assertEquals("10", reprDrop(Ops.getItem(TS, a, i(-4))));
        assertEquals("20", reprDrop(Ops.getItem(TS, a, PyBool.TRUE)));
        Ops.setItem(TS, a, i(-1), i(99));
        Ops.delItem(TS, a, i(0));
        assertEquals("[20, 30, 99]", repr(a));
        assertError("IndexError: list index out of range", () -> Ops.getItem(TS, a, i(3)));
        assertError("IndexError: list index out of range", () -> Ops.getItem(TS, a, i(-4)));
        assertError("IndexError: list assignment index out of range", () -> Ops.setItem(TS, a, i(-5), i(1)));
        assertError("IndexError: list assignment index out of range", () -> Ops.delItem(TS, a, i(3)));
        assertError("IndexError: cannot fit 'int' into an index-sized integer",
                () -> Ops.getItem(TS, a, PyInt.of(TS, java.math.BigInteger.TWO.pow(100))));
        PyObj f = PyFloat.of(TS, 1.0);
        assertError("TypeError: list indices must be integers or slices, not float", () -> Ops.getItem(TS, a, f));
        assertError("TypeError: list indices must be integers or slices, not NoneType", () -> Ops.setItem(TS, a, PyNone.NONE, i(1)));
        PySlice s = new PySlice(TS, f, null, null);
        assertError("TypeError: slice indices must be integers or None or have an __index__ method", () -> Ops.getItem(TS, a, s));
        PySlice s2 = new PySlice(TS, i(1), i(3), null);
        assertError("TypeError: can only assign an iterable", () -> Ops.setItem(TS, a, s2, i(5)));
        PySlice s3 = new PySlice(TS, null, null, i(2));
        assertError("TypeError: must assign iterable to extended slice", () -> Ops.setItem(TS, a, s3, i(5)));
        drop(a, f, s, s2, s3);
    }

    @Test
    void sliceAssignmentOfItself() {
        // c = list(range(5)); c[1:4] = c  ->  [0, 0, 1, 2, 3, 4, 4]
        PyList c = ints(0, 1, 2, 3, 4);
        PySlice s = new PySlice(TS, i(1), i(4), null);
        Ops.setItem(TS, c, s, c);
        assertEquals("[0, 0, 1, 2, 3, 4, 4]", repr(c));
        // d = list(range(6)); d[::2] = d[1::2]; d[::-1] = d  ->  reversed in place
        PyList d = ints(0, 1, 2, 3, 4, 5);
        PySlice all = new PySlice(TS, null, null, i(-1));
        Ops.setItem(TS, d, all, d);
        assertEquals("[5, 4, 3, 2, 1, 0]", repr(d));
        assertEquals(1, c.refcountSnapshot());
        drop(c, s, d, all);
    }

    @Test
    void operators() {
        PyList a = ints(1, 2), b = ints(1, 2, 0), n2 = ints(2), n19 = ints(1, 9);
        assertEquals("[1, 2, 1, 2, 0]", reprDrop(Ops.binaryOp(TS, a, b, 0)));
        assertEquals("[1, 2, 1, 2, 1, 2]", reprDrop(Ops.binaryOp(TS, a, i(3), 5)));
        assertEquals("[2, 2]", reprDrop(Ops.binaryOp(TS, i(2), n2, 5)));
        assertEquals("[]", reprDrop(Ops.binaryOp(TS, a, i(-1), 5)));
        assertTrue(Ops.compareBool(TS, a, b, 0));          // [1,2] < [1,2,0]
        assertTrue(Ops.compareBool(TS, n2, n19, 4));       // [2] > [1,9]
        assertFalse(Ops.compareBool(TS, a, b, 2));
        assertTrue(Ops.compareBool(TS, a, a, 1));
        PyTuple t = tuple(4);
        assertError("TypeError: can only concatenate list (not \"tuple\") to list", () -> Ops.binaryOp(TS, a, t, 0));
        assertError("TypeError: '<' not supported between instances of 'list' and 'tuple'", () -> Ops.richCompare(TS, a, t, 0));
        assertEquals("False", reprDrop(Ops.richCompare(TS, a, t, 2)));
        PyObj f = PyFloat.of(TS, 2.0);
        assertError("TypeError: can't multiply sequence by non-int of type 'float'", () -> Ops.binaryOp(TS, a, f, 5));
        assertError("TypeError: can't multiply sequence by non-int of type 'float'", () -> Ops.binaryOp(TS, f, a, 5));
        PyList mixed = list(1, t);
        assertError("TypeError: '<' not supported between instances of 'int' and 'tuple'", () -> {
            PyList ones = ints(1, 1);
            try {
                Ops.richCompare(TS, ones, mixed, 0);
            } finally {
                drop(ones);
            }
        });
        // x = [1,2,3]; x += range(2); x *= 2; then x *= 0
        PyList x = ints(1, 2, 3);
        PyRange r = PyRange.of(TS, 0, 2, 1);
        PyObj same = Ops.inplaceOp(TS, x, r, 0);
        assertSame(x, same);
        drop(same);
        same = Ops.inplaceOp(TS, x, i(2), 5);
        assertEquals("[1, 2, 3, 0, 1, 1, 2, 3, 0, 1]", repr(x));
        drop(same);
        drop(Ops.inplaceOp(TS, x, i(0), 5));
        assertEquals("[]", repr(x));
        assertTrue(Ops.contains(TS, b, i(0)));
        assertFalse(Ops.contains(TS, b, i(7)));
        assertEquals(3, Ops.len(TS, b));
        assertFalse(Ops.isTrue(TS, x));
        assertError("TypeError: unhashable type: 'list'", () -> Ops.hash(TS, a));
        drop(a, b, n2, n19, t, f, mixed, x, r);
    }

    @Test
    void recursiveRepr() {
        // b=[1,2]; b.append(b); repr([b, [b]]) == '[[1, 2, [...]], [[1, 2, [...]]]]'
        PyList b = ints(1, 2);
        b.append(TS, b);
        PyList inner = list(b);
        PyList outer = list(b, inner);
        assertEquals("[1, 2, [...]]", repr(b));
        assertEquals("[[1, 2, [...]], [[1, 2, [...]]]]", repr(outer));
        drop(outer, inner);
        b.clear(TS); // break the cycle so the list can be freed
        assertEquals(1, b.refcountSnapshot());
        drop(b);
    }

    @Test
    void constructorAndSubclass() {
        PyTuple t = tuple(1, 2);
        assertEquals("[1, 2]", reprDrop(make(Types.LIST, new PyObj[] {t})));
        assertEquals("[]", reprDrop(make(Types.LIST, new PyObj[0])));
        assertError("TypeError: list expected at most 1 argument, got 2", () -> make(Types.LIST, new PyObj[] {t, t}));
        assertError("TypeError: list() takes no keyword arguments", () -> make(Types.LIST, new PyObj[] {t}, "x"));
        assertError("TypeError: 'int' object is not iterable", () -> make(Types.LIST, new PyObj[] {i(5)}));
        // list.__init__ clears first: a = [9]; a.__init__((1, 2)) -> [1, 2]
        PyList a = ints(9);
        drop(call(a, "__init__", t));
        assertEquals("[1, 2]", repr(a));

        // class Stack(list): pass; s = Stack((1, 2)); s.append(3); s + [5] is a plain list
        PyThreadState ts = TS;
        PyDict ns = new PyDict(ts);
        PyType stack = new PyType(ts, Types.TYPE, "Stack", new PyType[] {Types.LIST}, ns);
        PyObj s = Ops.call(ts, stack, t);
        assertTrue(s instanceof PyList.Sub);
        assertSame(stack, s.type());
        drop(call(s, "append", i(3)));
        assertEquals("[1, 2, 3]", repr(s));
        assertEquals(3, Ops.len(ts, s));
        PyList five = ints(5);
        PyObj sum = Ops.binaryOp(ts, s, five, 0);
        assertSame(Types.LIST, sum.type());
        assertEquals("[1, 2, 3, 5]", repr(sum));
        PyObj same = Ops.inplaceOp(ts, s, five, 0);
        assertSame(s, same);
        assertEquals("[1, 2, 3, 5]", repr(s));
        Ops.setAttr(ts, s, PyStr.intern("tag"), i(7));
        assertEquals("7", reprDrop(Ops.getAttr(ts, s, PyStr.intern("tag"))));
        drop(same, sum, five, s, t, a);
    }

    @Test
    void iteratorSeesAppendsAndStaysExhausted() {
        // b=[1,2,3]; for x in b: seen.append(x); if len(b)<6: b.append(x*10)
        PyList b = ints(1, 2, 3);
        PyObj it = Ops.iter(TS, b);
        assertEquals("list_iterator", it.type().name());
        PyList seen = new PyList(TS);
        PyObj x;
        while ((x = Ops.next(TS, it)) != null) {
            seen.append(TS, x);
            if (b.size() < 6) {
                PyObj y = Ops.binaryOp(TS, x, i(10), 5);
                b.append(TS, y);
                drop(y);
            }
            drop(x);
        }
        assertEquals("[1, 2, 3, 10, 20, 30]", repr(seen));
        drop(call(b, "append", i(4)));
        assertNull(Ops.next(TS, it));
        PyObj rit = call(b, "__reversed__");
        assertEquals("list_reverseiterator", rit.type().name());
        assertEquals("[4, 30, 20, 10, 3, 2, 1]", drain(rit));
        drop(it, rit, b, seen);
    }

    @Test
    void listEqualityUsesIdentityFirst() {
        PyObj nan = PyFloat.of(TS, Double.NaN);
        PyList a = list(nan), b = list(nan);
        // [nan] == [nan] is True (identity), nan in [nan] is True, [nan].index(nan) == 0
        assertEquals("True", reprDrop(Ops.richCompare(TS, a, b, 2)));
        assertTrue(Ops.contains(TS, a, nan));
        assertEquals("0", reprDrop(call(a, "index", nan)));
        drop(a, b, nan);
    }

    @Test
    void refcountsOfStoredItems() {
        PyObj big = PyInt.of(TS, 1_000_000);
        PyList a = new PyList(TS);
        a.append(TS, big);
        a.append(TS, big);
        assertEquals(3, big.refcountSnapshot());
        PySlice all = new PySlice(TS, null, null, null);
        Ops.delItem(TS, a, all);
        assertEquals(1, big.refcountSnapshot());
        RefCount.incref(big, TS);
        a.appendSteal(big);
        drop(a);
        assertEquals(1, big.refcountSnapshot());
        drop(big, all);
    }
}
