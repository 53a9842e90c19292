package skein.interpreter.builtins.mapping;

import org.junit.jupiter.api.Test;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.mapping.Py.*;

/** set, frozenset, dict views and subclasses; expected values printed by CPython 3.11. */
class SetTest {
    private final PyThreadState ts = Py.ts();

    private PySet display(long... vs) {
        PyTuple t = ints(vs);
        PySet s = PySet.fromItems(ts, t.array(), 0, t.size());
        drop(t);
        return s;
    }

    @Test
    void goldenOrders() {
        // print({5, 3, 8, 1, 9, 2}) etc. (tests/golden/sets/set_int_order.py)
        PySet a = display(5, 3, 8, 1, 9, 2), b = display(100, 1, 50, 25), c = display(-1, -2, 0, 1);
        assertEquals("{1, 2, 3, 5, 8, 9} {1, 50, 100, 25} {0, 1, -1, -2}", repr(a) + " " + repr(b) + " " + repr(c));
        PyTuple r = ints(20, 17, 14, 11, 8, 5, 2);
        PyObj d = Ops.call(ts, Types.SET, r);
        assertEquals("{2, 5, 8, 11, 14, 17, 20}", repr(d));
        PySet e = PySet.newSet(ts);
        for (long v : new long[] {64, 32, 16, 8, 4, 2, 1, 0}) e.add(ts, PyInt.of(ts, v));
        assertEquals("{64, 32, 2, 1, 4, 0, 8, 16}", repr(e));
        PySet f = display(1L << 40, 7, (1L << 61) + 5);
        assertEquals("{1099511627776, 2305843009213693957, 7}", repr(f));
        drop(a, b, c, r, d, e, f);
    }

    @Test
    void reprForms() {
        PySet empty = PySet.newSet(ts);
        PyObj fe = Ops.call(ts, Types.FROZENSET);
        PySet s = display(1, 2);
        PyObj fs = Ops.call(ts, Types.FROZENSET, s);
        assertEquals("set() frozenset() {1, 2} frozenset({1, 2})", repr(empty) + " " + repr(fe) + " " + repr(s) + " " + repr(fs));
        // frozenset(f) is f; f.copy() is f
        PyObj again = Ops.call(ts, Types.FROZENSET, fs);
        assertSame(fs, again);
        PyObj copy = call(fs, "copy");
        assertSame(fs, copy);
        drop(empty, fe, s, fs, again, copy);
    }

    @Test
    void numericEquality() {
        // set([1, 1.0, True]) -> {1}; {0, False, 0.0} -> {0}
        PyTuple t = tuple(PyInt.small(1), PyFloat.of(ts, 1.0), PyBool.TRUE);
        PyObj s = Ops.call(ts, Types.SET, t);
        assertEquals("{1}", repr(s));
        PySet z = PySet.fromItems(ts, new PyObj[] {PyInt.small(0), PyBool.FALSE, PyFloat.of(ts, 0.0)}, 0, 3);
        assertEquals("{0}", repr(z));
        drop(t, s, z);
    }

    @Test
    void popRemoveAndErrors() {
        // t = {1, 2, 3}; t.pop(), t -> 1 {2, 3}
        PySet t = display(1, 2, 3);
        assertEquals(PyInt.small(1), call(t, "pop"));
        assertEquals("{2, 3}", repr(t));
        PyInt k = PyInt.small(99);
        raisesKeyError(k, () -> call(t, "remove", k));
        PySet empty = PySet.newSet(ts);
        raises(Exceptions.KEY_ERROR, "pop from an empty set", () -> call(empty, "pop"));
        raises(Exceptions.TYPE_ERROR, "set.add() takes exactly one argument (0 given)", () -> call(t, "add"));
        raises(Exceptions.TYPE_ERROR, "set.pop() takes no arguments (1 given)", () -> call(t, "pop", k));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> Ops.call(ts, Types.SET, PyInt.small(1)));
        raises(Exceptions.TYPE_ERROR, "set expected at most 1 argument, got 2", () -> Ops.call(ts, Types.SET, t, t));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for +: 'set' and 'set'", () -> Ops.binaryOp(ts, t, t, 0));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for -: 'set' and 'int'", () -> Ops.binaryOp(ts, t, k, 10));
        PyTuple tup = ints(1, 2, 3);
        raises(Exceptions.TYPE_ERROR, "'<' not supported between instances of 'set' and 'tuple'", () -> Ops.richCompare(ts, t, tup, 0));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for |=: 'set' and 'tuple'", () -> Ops.inplaceOp(ts, t, tup, 7));
        assertFalse(Ops.compareBool(ts, t, tup, 2));
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'set'", () -> t.add(ts, t));
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'set'", () -> Ops.hash(ts, t));
        PyDict d = PyDict.newDict(ts);
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'dict'", () -> PySet.fromItems(ts, new PyObj[] {d}, 0, 1));
        PyObj fs = Ops.call(ts, Types.FROZENSET, t);
        raises(Exceptions.ATTRIBUTE_ERROR, "'frozenset' object has no attribute 'add'", () -> Ops.getAttr(ts, fs, PyStr.intern("add")));
        drop(t, empty, tup, d, fs);
    }

    @Test
    void setsAsKeysAndMembers() {
        // s = {frozenset({1})}; s.add(frozenset({1})); set({1}) in s -> True; len 1
        PySet one = display(1);
        PyObj f1 = Ops.call(ts, Types.FROZENSET, one), f2 = Ops.call(ts, Types.FROZENSET, one);
        PySet s = PySet.fromItems(ts, new PyObj[] {f1}, 0, 1);
        s.add(ts, f2);
        assertEquals(1, s.size());
        assertEquals("{frozenset({1})}", repr(s));
        assertTrue(Ops.contains(ts, s, one));
        run(s, "discard", one);
        assertEquals(0, s.size());
        // hash(frozenset([1, 2])), hash(frozenset()), hash(frozenset(range(100))), hash(frozenset([-1]))
        PySet e = PySet.newSet(ts);
        long[] want = {-1826646154956904602L, 133146708735736L, 4411996150312757951L, 6776983852052281967L};
        PyTuple hundred = ints(java.util.stream.LongStream.range(0, 100).toArray());
        PyObj[] sources = {display(1, 2), e, Ops.call(ts, Types.SET, hundred), display(-1)};
        drop(hundred);
        for (int n = 0; n < 4; n++) {
            PyObj f = Ops.call(ts, Types.FROZENSET, sources[n]);
            assertEquals(want[n], Ops.hash(ts, f));
            drop(f);
        }
        drop(one, f1, f2, s);
        drop(sources);
    }

    @Test
    void iterationDetectsSizeChange() {
        PySet s = display(1, 2, 3);
        PyObj it = Ops.iter(ts, s);
        assertEquals("set_iterator", it.typeName());
        drop(Ops.next(ts, it));
        s.add(ts, PyInt.small(10));
        raises(Exceptions.RUNTIME_ERROR, "Set changed size during iteration", () -> Ops.next(ts, it));
        drop(s, it);
    }

    @Test
    void mixedOperandTypes() {
        // {1,2,3} ^ {3,4}, {3,4} ^ {1,2,3}, {1,2} | frozenset([5]), frozenset([5]) | {1,2}
        PySet a = display(1, 2, 3), b = display(3, 4), c = display(1, 2), five = display(5);
        PyObj f5 = Ops.call(ts, Types.FROZENSET, five);
        PyObj r1 = Ops.binaryOp(ts, a, b, 12), r2 = Ops.binaryOp(ts, b, a, 12), r3 = Ops.binaryOp(ts, c, f5, 7), r4 = Ops.binaryOp(ts, f5, c, 7);
        assertEquals("{1, 2, 4} {1, 2, 4} {1, 2, 5} frozenset({1, 2, 5})", repr(r1) + " " + repr(r2) + " " + repr(r3) + " " + repr(r4));
        // frozenset |= set rebinds to a new frozenset
        PyObj r5 = Ops.inplaceOp(ts, f5, c, 7);
        assertNotSame(f5, r5);
        assertEquals("frozenset({1, 2, 5})", repr(r5));
        drop(a, b, c, five, f5, r1, r2, r3, r4, r5);
    }

    @Test
    void keysViews() {
        // d = {5: 0, 3: 0, 9: 0}; k = d.keys()
        PyDict d = PyDict.newDict(ts);
        for (long v : new long[] {5, 3, 9}) Ops.setItem(ts, d, PyInt.of(ts, v), PyInt.small(0));
        PyObj k = call(d, "keys");
        assertEquals("dict_keys", k.typeName());
        assertEquals("dict_keys([5, 3, 9])", repr(k));
        PySet one = display(1), s3910 = display(3, 9, 10), s3 = display(3), s311 = display(3, 11), s1005 = display(100, 5);
        PySet big = display(3, 9, 10, 11, 12, 13);
        PyObj[] results = {Ops.binaryOp(ts, k, one, 7), Ops.binaryOp(ts, k, s3910, 1), Ops.binaryOp(ts, s3910, k, 1),
            Ops.binaryOp(ts, k, s3, 10), Ops.binaryOp(ts, k, s311, 12), Ops.binaryOp(ts, s1005, k, 10),
            Ops.binaryOp(ts, one, k, 7), Ops.binaryOp(ts, k, big, 1)};
        StringBuilder sb = new StringBuilder();
        for (PyObj r : results) sb.append(sb.length() > 0 ? " " : "").append(repr(r));
        String got = sb.toString();
        drop(results);
        assertEquals("{9, 3, 5, 1} {9, 3} {9, 3} {9, 5} {11, 9, 5} {100} {1, 3, 5, 9} {9, 3}", got);
        PyObj rev = call(k, "__reversed__");
        assertEquals("dict_reversekeyiterator", rev.typeName());
        assertEquals(List.of("i:9", "i:3", "i:5"), list(rev));
        PySet same = display(5, 3, 9), sup = display(5, 3, 9, 1);
        assertTrue(Ops.compareBool(ts, k, same, 2));
        assertTrue(Ops.compareBool(ts, same, k, 2));
        assertTrue(Ops.compareBool(ts, k, sup, 0));
        PySet s12 = display(1, 2);
        PyTuple t9 = ints(9);
        assertEquals(PyBool.TRUE, call(k, "isdisjoint", s12));
        assertEquals(PyBool.FALSE, call(k, "isdisjoint", t9));
        drop(s12, t9);
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'dict_keys'", () -> Ops.hash(ts, k));
        // live: d[7] = 0 shows in k
        Ops.setItem(ts, d, PyInt.small(7), PyInt.small(0));
        assertEquals(4, Ops.len(ts, k));
        PyObj items = call(d, "items"), values = call(d, "values");
        assertEquals("dict_items([(5, 0), (3, 0), (9, 0), (7, 0)])", repr(items));
        assertEquals("dict_values([0, 0, 0, 0])", repr(values));
        PyTuple pair = ints(3, 0), wrong = ints(3, 1);
        assertTrue(Ops.contains(ts, items, pair));
        assertFalse(Ops.contains(ts, items, wrong));
        assertTrue(Ops.contains(ts, values, PyInt.small(0)));
        PyObj values2 = call(d, "values");
        assertFalse(Ops.compareBool(ts, values, values2, 2)); // d.values() == d.values() -> False
        drop(values2);
        PyObj it = Ops.iter(ts, items);
        assertEquals("dict_itemiterator", it.typeName());
        drop(d, k, one, s3910, s3, s311, s1005, big, rev, same, sup, items, values, pair, wrong, it);
    }

    private PyType heapType(String name, PyType base, String method, skein.interpreter.runtime.NativeFn fn) {
        PyDict ns = PyDict.newDict(ts);
        if (method != null) ns.putStr(PyStr.intern(method), new PyMethodDescriptor(base, method, PyMethodDescriptor.Kind.INSTANCE, fn), ts);
        PyType t = new PyType(ts, Types.TYPE, name, new PyType[] {base}, ns);
        return t;
    }

    @Test
    void dictSubclassWithMissing() {
        // class Counter(dict): def __missing__(self, key): return 0
        PyType counter = heapType("Counter", Types.DICT, "__missing__", (t, a, k) -> PyInt.small(0));
        PyObj c = Ops.call(ts, counter);
        assertEquals("Counter", c.typeName());
        PyStr m = s("m");
        PyObj v = Ops.getItem(ts, c, m);
        assertEquals(PyInt.small(0), v);
        assertFalse(Ops.contains(ts, c, m));
        PyObj one = PyInt.small(1);
        Ops.setItem(ts, c, m, one);
        assertEquals("{'m': 1}", show(c));
        assertEquals(PyNone.NONE, call(c, "get", PyStr.intern("q")));
        PyObj plain = Ops.call(ts, Types.DICT, c);
        assertEquals(Types.DICT, plain.type());
        assertEquals("{'m': 1}", show(plain));
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'Counter'", () -> Ops.hash(ts, c));
        drop(c, m, one, plain);
    }

    @Test
    void setSubclass() {
        PyType sub = heapType("S", Types.SET, null, null);
        PyTuple xs = ints(2, 1);
        PyObj s = Ops.call(ts, sub, xs);
        PyObj e = Ops.call(ts, sub);
        assertEquals("S({1, 2}) S()", repr(s) + " " + repr(e));
        PySet three = display(3);
        PyObj u = Ops.binaryOp(ts, s, three, 7);
        assertEquals(Types.SET, u.type());
        assertEquals("{1, 2, 3}", repr(u));
        PyObj c = call(s, "copy");
        assertEquals(Types.SET, c.type());
        assertTrue(Ops.compareBool(ts, s, c, 2));
        drop(xs, s, e, three, u, c);
    }

    @Test
    void dictValuesHashByIdentity() {
        assertEquals(Slots.OBJECT_HASH, Types.DICT_VALUES.dict().getStr(PyStr.intern("__hash__")));
        assertEquals(PyNone.NONE, Types.DICT_KEYS.dict().getStr(PyStr.intern("__hash__")));
        assertEquals(PyNone.NONE, Types.SET.dict().getStr(PyStr.intern("__hash__")));
        assertNotEquals(PyNone.NONE, Types.FROZENSET.dict().getStr(PyStr.intern("__hash__")));
    }
}
