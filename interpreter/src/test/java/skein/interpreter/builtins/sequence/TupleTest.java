package skein.interpreter.builtins.sequence;

import org.junit.jupiter.api.Test;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.sequence.Py.*;

/** tuple: repr, hash (CPython's xxHash variant), methods, operators and subclassing, against CPython 3.11. */
class TupleTest {

    private static PyObj i(long v) {
        return PyInt.of(TS, v);
    }

    @Test
    void reprs() {
        assertEquals("(1,)", reprDrop(tuple(1)));
        assertEquals("((1,),)", reprDrop(tuple((Object) new Object[] {1})));
        assertEquals("()", repr(PyTuple.EMPTY));
        assertEquals("(1, (2, [3]))", reprDrop(tuple(1, new Object[] {2, java.util.List.of(3)})));
        // a = []; t = (a,); a.append(t); repr(t) == '([(...)],)'
        PyList a = new PyList(TS);
        PyTuple t = tuple(a);
        a.append(TS, t);
        assertEquals("([(...)],)", repr(t));
        a.clear(TS);
        drop(t, a);
    }

    @Test
    void hashesAreCPythons() {
        assertEquals(-3550055125485641917L, Ops.hash(TS, tuple(1, 2)));
        assertEquals(5740354900026072187L, Ops.hash(TS, PyTuple.EMPTY));
        assertEquals(7267574591690527098L, Ops.hash(TS, tuple(1, new Object[] {2, 3})));
        assertEquals(8078679518589016365L, Ops.hash(TS, tuple(-1)));
        assertEquals(-6644214454873602895L, Ops.hash(TS, tuple(true)));
        assertEquals(-5958276054745175636L, Ops.hash(TS, tuple(BigInteger.TWO.pow(70), BigInteger.TWO.pow(65).negate())));
        PyTuple withList = tuple(1, java.util.List.of(2));
        assertError("TypeError: unhashable type: 'list'", () -> Ops.hash(TS, withList));
        drop(withList);
    }

    @Test
    void methodsAndOperators() {
        PyTuple t = tuple(1, 2, 3, 2);
        assertEquals("2", reprDrop(call(t, "count", i(2))));
        assertEquals("2", reprDrop(call(t, "index", i(3))));
        assertEquals("3", reprDrop(call(t, "index", i(2), i(2))));
        assertError("ValueError: tuple.index(x): x not in tuple", () -> call(t, "index", i(99)));
        assertError("IndexError: tuple index out of range", () -> Ops.getItem(TS, t, i(10)));
        assertError("TypeError: 'tuple' object does not support item assignment", () -> Ops.setItem(TS, t, i(0), i(9)));
        PyTuple five = tuple(5);
        assertEquals("(1, 2, 3, 2, 5)", reprDrop(Ops.binaryOp(TS, t, five, 0)));
        assertEquals("(5, 5, 5)", reprDrop(Ops.binaryOp(TS, five, i(3), 5)));
        assertEquals("(5, 5, 5)", reprDrop(Ops.binaryOp(TS, i(3), five, 5)));
        PyList l = ints(1);
        assertError("TypeError: can only concatenate tuple (not \"list\") to tuple", () -> Ops.binaryOp(TS, t, l, 0));
        PyTuple a = tuple(1, 2), b = tuple(1, 3), c = tuple(1, 2, 0), d = tuple(2), e = tuple(1, 99);
        assertTrue(Ops.compareBool(TS, a, b, 0));
        assertTrue(Ops.compareBool(TS, a, c, 0));
        assertTrue(Ops.compareBool(TS, d, e, 4));
        assertTrue(Ops.eq(TS, a, tuple(1, 2)));
        PyTuple s = tuple(1, PyStr.intern("a")), n = tuple(1, 2);
        assertError("TypeError: '<' not supported between instances of 'str' and 'int'", () -> Ops.richCompare(TS, s, n, 0));
        // the whole slice of an exact tuple is the tuple itself
        PySlice all = new PySlice(TS, null, null, null);
        PyObj same = Ops.getItem(TS, t, all);
        assertSame(t, same);
        assertEquals("(2, 3, 2, 1)", reprDrop(Ops.getItem(TS, t, new PySlice(TS, null, null, i(-1)))));
        assertTrue(Ops.contains(TS, t, i(3)));
        assertEquals("[1, 2, 3, 2]", drain(Ops.iter(TS, t)));
        assertEquals("tuple_iterator", Ops.iter(TS, t).type().name());
        drop(same, all, t, five, l, a, b, c, d, e, s, n);
    }

    @Test
    void constructorAndSubclass() {
        PyList l = ints(1, 2);
        assertEquals("(1, 2)", reprDrop(make(Types.TUPLE, new PyObj[] {l})));
        assertSame(PyTuple.EMPTY, make(Types.TUPLE, new PyObj[0]));
        PyTuple t = tuple(1);
        assertSame(t, make(Types.TUPLE, new PyObj[] {t}));
        drop(t);
        assertError("TypeError: tuple expected at most 1 argument, got 2", () -> make(Types.TUPLE, new PyObj[] {l, l}));
        assertError("TypeError: tuple() takes no keyword arguments", () -> make(Types.TUPLE, new PyObj[] {l}, "x"));
        assertError("TypeError: 'int' object is not iterable", () -> make(Types.TUPLE, new PyObj[] {i(5)}));
        // class Pos(tuple): pass; p = tuple.__new__(Pos, [1, 2]) -- what super().__new__(cls, (x, y)) does
        PyType pos = new PyType(TS, Types.TYPE, "Pos", new PyType[] {Types.TUPLE}, new PyDict(TS));
        PyObj newFn = Ops.getAttr(TS, Types.TUPLE, PyStr.intern("__new__"));
        PyObj p = Ops.call(TS, newFn, pos, l);
        assertSame(pos, p.type());
        assertTrue(p instanceof PyTuple);
        assertEquals("(1, 2)", repr(p));
        assertEquals("2", reprDrop(Ops.getItem(TS, p, i(1))));
        assertEquals(2, Ops.len(TS, p));
        PyObj viaCall = Ops.call(TS, pos, l);
        assertSame(pos, viaCall.type());
        drop(p, viaCall, newFn, l);
    }
}
