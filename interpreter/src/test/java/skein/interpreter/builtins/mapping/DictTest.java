package skein.interpreter.builtins.mapping;

import org.junit.jupiter.api.Test;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.mapping.Py.*;

/** dict through the protocol and its methods; expected values from CPython 3.11 (see comments). */
class DictTest {
    private final PyThreadState ts = Py.ts();

    private PyDict dict(Object... kv) {
        PyDict d = PyDict.newDict(ts);
        for (int k = 0; k < kv.length; k += 2) {
            PyObj key = kv[k] instanceof String str ? s(str) : i(((Number) kv[k]).longValue());
            PyObj val = kv[k + 1] instanceof String str ? s(str) : i(((Number) kv[k + 1]).longValue());
            Ops.setItem(ts, d, key, val);
            drop(key, val);
        }
        return d;
    }

    @Test
    void reprAndOrder() {
        PyDict d = dict("b", 1, "a", 2);
        PyStr c = s("c");
        Ops.setItem(ts, d, c, PyInt.small(3));
        assertEquals("{'b': 1, 'a': 2, 'c': 3}", show(d));
        assertEquals(3, Ops.len(ts, d));
        assertEquals(List.of("s:b", "s:a", "s:c"), list(d));
        PyObj v = Ops.getItem(ts, d, s("a"));
        assertEquals(PyInt.small(2), v);
        assertTrue(Ops.contains(ts, d, c));
        assertFalse(Ops.contains(ts, d, PyInt.small(1)));
        PyDict empty = PyDict.newDict(ts);
        assertEquals("{}", repr(empty));
        drop(d, c, empty);
    }

    @Test
    void missingKeyAndDelete() {
        PyDict d = dict("a", 1);
        PyStr z = s("zz");
        raisesKeyError(z, () -> Ops.getItem(ts, d, z));
        raisesKeyError(z, () -> Ops.delItem(ts, d, z));
        PyTuple list = ints(1);
        PyObj unhashable = PyDict.newDict(ts);
        // {1: 1}[{}] -> TypeError: unhashable type: 'dict'
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'dict'", () -> Ops.getItem(ts, d, unhashable));
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'dict'", () -> Ops.hash(ts, d));
        Ops.delItem(ts, d, s("a"));
        assertEquals("{}", repr(d));
        drop(d, z, list, unhashable);
    }

    @Test
    void numericKeysUnify() {
        // d[1] = "int"; d[1.0] = "float"; d[True] = "bool" -> {1: 'bool'}
        PyDict d = PyDict.newDict(ts);
        PyFloat one = PyFloat.of(ts, 1.0);
        PyStr a = s("int"), b = s("float"), c = s("bool");
        Ops.setItem(ts, d, PyInt.small(1), a);
        Ops.setItem(ts, d, one, b);
        Ops.setItem(ts, d, PyBool.TRUE, c);
        assertEquals(1, d.size());
        assertEquals(List.of("i:1"), list(d));
        PyObj big1 = PyInt.of(ts, 1L << 40), big2 = PyInt.of(ts, 1L << 40);
        Ops.setItem(ts, d, big1, a);
        assertTrue(Ops.contains(ts, d, big2));
        drop(d, one, a, b, c, big1, big2);
    }

    @Test
    void methods() {
        PyDict d = dict("a", 1);
        PyStr a = s("a"), z = s("z");
        assertEquals(PyNone.NONE, call(d, "get", z));
        assertEquals(PyInt.small(0), call(d, "get", z, PyInt.small(0)));
        assertEquals(PyInt.small(1), call(d, "get", a));
        raises(Exceptions.TYPE_ERROR, "get expected at least 1 argument, got 0", () -> call(d, "get"));
        raises(Exceptions.TYPE_ERROR, "get expected at most 2 arguments, got 3", () -> call(d, "get", a, a, a));
        // d.setdefault("a", 99) -> 1 ; d.setdefault("new", 7) -> 7
        assertEquals(PyInt.small(1), call(d, "setdefault", a, PyInt.small(99)));
        PyStr nw = s("new");
        assertEquals(PyInt.small(7), call(d, "setdefault", nw, PyInt.small(7)));
        assertEquals(PyNone.NONE, call(d, "setdefault", z));
        assertEquals("{'a': 1, 'new': 7, 'z': None}", show(d));
        assertEquals(PyInt.small(7), call(d, "pop", nw));
        assertEquals(PyInt.small(5), call(d, "pop", nw, PyInt.small(5)));
        raisesKeyError(nw, () -> call(d, "pop", nw));
        raises(Exceptions.TYPE_ERROR, "pop expected at least 1 argument, got 0", () -> call(d, "pop"));
        PyObj item = call(d, "popitem");
        assertEquals("('z', None)", show(item));
        drop(item);
        run(d, "clear");
        raises(Exceptions.KEY_ERROR, "popitem(): dictionary is empty", () -> call(d, "popitem"));
        raises(Exceptions.TYPE_ERROR, "dict.popitem() takes no arguments (1 given)", () -> call(d, "popitem", a));
        raises(Exceptions.TYPE_ERROR, "dict.keys() takes no arguments (1 given)", () -> call(d, "keys", a));
        raises(Exceptions.TYPE_ERROR, "dict.get() takes no keyword arguments",
                () -> Ops.call(ts, Ops.getAttr(ts, d, PyStr.intern("get")), new PyObj[] {a}, new PyStr[] {PyStr.intern("k")}));
        drop(d, a, z, nw);
    }

    @Test
    void popitemIsLifoAndReusesTheSlot() {
        // d = {"a": 1, "b": 2, "c": 3, "d": 4}; d.pop("b"); d.popitem(), d.popitem(), d -> ('d', 4) ('c', 3) {'a': 1}
        PyDict d = dict("a", 1, "b", 2, "c", 3, "d", 4);
        drop(call(d, "pop", PyStr.intern("b")));
        PyObj p1 = call(d, "popitem"), p2 = call(d, "popitem");
        assertEquals("('d', 4) ('c', 3) {'a': 1}", show(p1) + " " + show(p2) + " " + show(d));
        PyStr e = s("e");
        Ops.setItem(ts, d, e, PyInt.small(5));
        assertEquals("{'a': 1, 'e': 5}", show(d));
        drop(p1, p2, d, e);
    }

    @Test
    void construction() {
        // dict(x=1, y=2), dict([("k", "v")]), dict({"m": 1}, n=2)
        PyObj d1 = Ops.call(ts, Types.DICT, new PyObj[] {PyInt.small(1), PyInt.small(2)},
                new PyStr[] {PyStr.intern("x"), PyStr.intern("y")});
        assertEquals("{'x': 1, 'y': 2}", show(d1));
        PyStr k = s("k"), v = s("v");
        PyTuple pairs = tuple(PyTuple.of(ts, k, v));
        PyObj d2 = Ops.call(ts, Types.DICT, pairs);
        assertEquals("{'k': 'v'}", show(d2));
        PyDict m = dict("m", 1);
        PyObj d3 = Ops.call(ts, Types.DICT, new PyObj[] {m, PyInt.small(2)}, new PyStr[] {PyStr.intern("n")});
        assertEquals("{'m': 1, 'n': 2}", show(d3));
        // strings of length 2 are pairs too: dict(["ab"]) -> {'a': 'b'}
        PyStr ab = s("ab");
        PyTuple strs = tuple(ab);
        PyObj d4 = Ops.call(ts, Types.DICT, strs);
        assertEquals("{'a': 'b'}", show(d4));
        drop(d1, k, v, pairs, d2, m, d3, strs, d4);
    }

    @Test
    void constructionErrors() {
        PyTuple notSeq = tuple(PyInt.small(1), PyInt.small(2));
        raises(Exceptions.TYPE_ERROR, "cannot convert dictionary update sequence element #0 to a sequence",
                () -> Ops.call(ts, Types.DICT, notSeq));
        PyTuple three = tuple(ints(1, 2, 3));
        raises(Exceptions.VALUE_ERROR, "dictionary update sequence element #0 has length 3; 2 is required",
                () -> Ops.call(ts, Types.DICT, three));
        PyTuple later = tuple(ints(1, 2), ints(3));
        raises(Exceptions.VALUE_ERROR, "dictionary update sequence element #1 has length 1; 2 is required",
                () -> Ops.call(ts, Types.DICT, later));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> Ops.call(ts, Types.DICT, PyInt.small(1)));
        raises(Exceptions.TYPE_ERROR, "dict expected at most 1 argument, got 2",
                () -> Ops.call(ts, Types.DICT, PyTuple.EMPTY, PyTuple.EMPTY));
        PyDict d = PyDict.newDict(ts);
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call(d, "update", PyInt.small(1)));
        raises(Exceptions.TYPE_ERROR, "update expected at most 1 argument, got 2", () -> call(d, "update", d, d));
        drop(notSeq, three, later, d);
    }

    @Test
    void updateAndOrOperators() {
        // d = {'b': 1, 'a': 2}; d.update({'b': 10, 'z': 26}); d.update(w=23); d.update([('v', 22)])
        PyDict d = dict("b", 1, "a", 2);
        PyDict u = dict("b", 10, "z", 26);
        run(d, "update", u);
        drop(Ops.call(ts, Ops.getAttr(ts, d, PyStr.intern("update")), new PyObj[] {PyInt.small(23)}, new PyStr[] {PyStr.intern("w")}));
        PyStr vk = s("v");
        PyTuple pairs = tuple(PyTuple.of(ts, vk, PyInt.small(22)));
        run(d, "update", pairs);
        assertEquals("{'b': 10, 'a': 2, 'z': 26, 'w': 23, 'v': 22}", show(d));
        // d | {"new": 1}, {"w": 9} | d
        PyDict n = dict("new", 1), w = dict("w", 9);
        PyObj r1 = Ops.binaryOp(ts, d, n, 7), r2 = Ops.binaryOp(ts, w, d, 7);
        assertEquals("{'b': 10, 'a': 2, 'z': 26, 'w': 23, 'v': 22, 'new': 1}", show(r1));
        assertEquals("{'w': 23, 'b': 10, 'a': 2, 'z': 26, 'v': 22}", show(r2));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for |: 'dict' and 'int'", () -> Ops.binaryOp(ts, d, PyInt.small(5), 7));
        // d |= [("x", 1)] accepts pairs; d |= 5 -> 'int' object is not iterable
        PyStr x = s("x");
        PyTuple xp = tuple(PyTuple.of(ts, x, PyInt.small(1)));
        PyObj same = Ops.inplaceOp(ts, d, xp, 7);
        assertSame(d, same);
        assertEquals(6, d.size());
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> Ops.inplaceOp(ts, d, PyInt.small(5), 7));
        drop(d, u, vk, pairs, n, w, r1, r2, x, xp, same);
    }

    @Test
    void equalityIgnoresOrder() {
        PyDict a = dict("x", 1, "y", 2), b = dict("y", 2, "x", 1), c = dict("x", 1);
        assertTrue(Ops.compareBool(ts, a, b, 2));
        assertFalse(Ops.compareBool(ts, a, c, 2));
        assertTrue(Ops.compareBool(ts, a, c, 3));
        raises(Exceptions.TYPE_ERROR, "'<' not supported between instances of 'dict' and 'dict'", () -> Ops.richCompare(ts, a, b, 0));
        // {1: "a"} == {1.0: "a"}
        PyDict i1 = PyDict.newDict(ts), f1 = PyDict.newDict(ts);
        PyStr av = s("a");
        PyFloat one = PyFloat.of(ts, 1.0);
        Ops.setItem(ts, i1, PyInt.small(1), av);
        Ops.setItem(ts, f1, one, av);
        assertTrue(Ops.compareBool(ts, i1, f1, 2));
        drop(a, b, c, i1, f1, av, one);
    }

    @Test
    void copyAndFromkeys() {
        PyDict a = dict("x", 1, "y", 2);
        PyObj c = call(a, "copy");
        assertNotSame(a, c);
        assertEquals(show(a), show(c));
        // dict.fromkeys("abc") would need str iteration; use a tuple: dict.fromkeys(("x", "y"), 0)
        PyTuple ks = tuple(s("x"), s("y"));
        PyObj f = call(Types.DICT, "fromkeys", ks, PyInt.small(0));
        assertEquals("{'x': 0, 'y': 0}", show(f));
        // dict.fromkeys([5, 3, 5, 1, 3, 9, 1, 5, 0, 9]) keeps first-seen order
        PyTuple data = ints(5, 3, 5, 1, 3, 9, 1, 5, 0, 9);
        PyObj g = call(Types.DICT, "fromkeys", data);
        assertEquals("{5: None, 3: None, 1: None, 9: None, 0: None}", repr(g));
        PyObj fromDict = call(Types.DICT, "fromkeys", a);
        assertEquals("{'x': None, 'y': None}", show(fromDict));
        raises(Exceptions.TYPE_ERROR, "fromkeys expected at least 1 argument, got 0", () -> call(Types.DICT, "fromkeys"));
        drop(a, c, ks, f, data, g, fromDict);
    }

    @Test
    void iterationDetectsSizeChange() {
        PyDict d = dict("a", 1, "b", 2);
        PyObj it = Ops.iter(ts, d);
        assertEquals("dict_keyiterator", it.typeName());
        PyObj first = Ops.next(ts, it);
        PyStr bang = s("a!");
        Ops.setItem(ts, d, bang, PyInt.small(0));
        raises(Exceptions.RUNTIME_ERROR, "dictionary changed size during iteration", () -> Ops.next(ts, it));
        raises(Exceptions.RUNTIME_ERROR, "dictionary changed size during iteration", () -> Ops.next(ts, it));
        // same size, different keys: {'a': 1} -> delete a, add c during iteration of 1 item
        PyDict e = dict("a", 1, "b", 2);
        PyObj it2 = Ops.iter(ts, e);
        drop(Ops.next(ts, it2));
        Ops.delItem(ts, e, PyStr.intern("a"));
        PyStr c = s("c");
        Ops.setItem(ts, e, c, PyInt.small(3));
        drop(Ops.next(ts, it2)); // 'b'
        raises(Exceptions.RUNTIME_ERROR, "dictionary keys changed during iteration", () -> Ops.next(ts, it2));
        drop(d, it, first, bang, e, it2, c);
    }

    @Test
    void reprRecursionGuard() {
        // d = {}; d['self'] = d -> {'self': {...}}
        PyDict d = PyDict.newDict(ts);
        PyInt k = i(1);
        Ops.setItem(ts, d, k, d);
        PyDict outer = PyDict.newDict(ts);
        Ops.setItem(ts, outer, PyInt.small(2), d);
        Ops.setItem(ts, outer, PyInt.small(3), PyInt.small(4));
        // d = {1: 0}; d[1] = d; {2: d, 3: 4} -> {2: {1: {...}}, 3: 4}
        assertEquals("{1: {...}}", repr(d));
        assertEquals("{2: {1: {...}}, 3: 4}", repr(outer));
        drop(outer);
        Ops.delItem(ts, d, k); // break the cycle so the dict can be freed
        drop(d, k);
    }

    @Test
    void largeDictKeepsOrderThroughDeletes() {
        // the dict_large golden program, scaled down: d[i * 7 % 5000] = i
        PyDict d = PyDict.newDict(ts);
        for (int n = 0; n < 5000; n++) {
            PyInt k = i(n * 7L % 5000), v = i(n);
            Ops.setItem(ts, d, k, v);
            drop(k, v);
        }
        for (int n = 0; n < 5000; n += 2) {
            PyInt k = i(n);
            Ops.delItem(ts, d, k);
            drop(k);
        }
        List<String> keys = list(d);
        assertEquals(2500, keys.size());
        assertEquals(List.of("i:7", "i:21", "i:35", "i:49", "i:63"), keys.subList(0, 5));
        PyInt k7 = i(7);
        assertEquals("1", repr(Ops.getItem(ts, d, k7)));
        drop(d, k7);
    }

    @Test
    void evalLoopEntryPoints() {
        PyStr x = s("x"), y = s("y");
        PyDict d = PyDict.dictFromKeysValues(ts, new PyObj[] {x, y}, new PyObj[] {PyInt.small(1), PyInt.small(2)});
        assertEquals("{'x': 1, 'y': 2}", show(d));
        PyDict p = PyDict.dictFromPairs(ts, new PyObj[] {null, y, PyInt.small(3), x, PyInt.small(4)}, 1, 2);
        assertEquals("{'y': 3, 'x': 4}", show(p));
        // {**d, **p}
        PyDict m = PyDict.newDict(ts);
        m.updateFromMapping(ts, d);
        m.updateFromMapping(ts, p);
        assertEquals("{'x': 4, 'y': 3}", show(m));
        raises(Exceptions.TYPE_ERROR, "'int' object is not a mapping", () -> m.updateFromMapping(ts, PyInt.small(1)));
        // f(x=1, **{'x': 2})
        PyDict kw = PyDict.newDict(ts);
        kw.mergeKeywords(ts, d, "f");
        raises(Exceptions.TYPE_ERROR, "f() got multiple values for keyword argument 'y'", () -> kw.mergeKeywords(ts, p, "f"));
        raises(Exceptions.TYPE_ERROR, "<lambda>() argument after ** must be a mapping, not int",
                () -> kw.mergeKeywords(ts, PyInt.small(1), "<lambda>"));
        drop(x, y, d, p, m, kw);
    }
}
