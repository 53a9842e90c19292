package skein.interpreter.builtins.number;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skein.gc.RefCount;
import skein.interpreter.builtins.NumberTypes;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.NativeFn;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Number types meeting classes: {@code class MyInt(int)} and friends (instances, arithmetic
 * giving exact builtin results, attribute dicts), classes converting themselves through
 * {@code __int__ __float__ __index__ __trunc__ __complex__}, bool's finality, and the dunders
 * called explicitly. Expected values are CPython 3.11's (see the comments).
 */
class NumberSubclassTest {
    static PyThreadState ts;

    @BeforeAll
    static void start() {
        ts = Runtime.start();
    }

    static PyType heapClass(String name, PyType base) {
        return new PyType(ts, Types.TYPE, name, new PyType[] {base}, new PyDict(ts));
    }

    static String repr(PyObj o) {
        return Ops.reprString(ts, o);
    }

    /** Calls, checks type name and repr, and drops the result. */
    static void check(String typeName, String repr, PyObj result) {
        try {
            assertEquals(typeName, result.typeName());
            assertEquals(repr, repr(result));
        } finally {
            RefCount.decref(result, ts);
        }
    }

    static void raises(String type, String msg, Runnable r) {
        try {
            r.run();
            fail("no exception, expected " + type + ": " + msg);
        } catch (PyException e) {
            assertEquals(type + ": " + msg, e.getMessage());
            e.release(ts);
        }
    }

    @Test
    void intSubclass() {
        PyType myInt = heapClass("MyInt", Types.INT);
        PyObj m = Ops.call(ts, myInt, PyInt.small(5));
        assertInstanceOf(PyIntSub.class, m);
        assertSame(myInt, m.type());
        // repr(m), type(m+3), hash(m), type(-m), type(abs(m)) -> 5 int 8 5 int int
        assertEquals("5", repr(m));
        check("int", "8", Ops.binaryOp(ts, m, PyInt.small(3), 0));
        check("int", "8", Ops.binaryOp(ts, PyInt.small(3), m, 0));
        assertEquals(5, Ops.hash(ts, m));
        check("int", "-5", Ops.unaryOp(ts, m, 0));
        check("int", "5", Ops.unaryOp(ts, m, 3));
        check("int", "5", Ops.callMethod(ts, Types.INT.lookup(PyStr.intern("__index__")), m, new PyObj[0], null));
        // divmod(MyInt(7), 2) == (3, 1); pow(MyInt(2), 10, 1000) == 24
        PyObj seven = Ops.call(ts, myInt, PyInt.small(7));
        PyObj dm = NumberTypes.divmod(ts, seven, PyInt.small(2));
        assertEquals("3 1", repr(((PyTuple) dm).get(0)) + " " + repr(((PyTuple) dm).get(1)));
        RefCount.decref(dm, ts);
        PyObj two = Ops.call(ts, myInt, PyInt.small(2));
        check("int", "24", NumberTypes.pow3(ts, two, PyInt.small(10), PyInt.of(ts, 1000)));
        // MyInt('ff', 16), MyInt(2.9), MyInt(), bool(MyInt(0)) -> 255 2 0 False
        PyStr ff = new PyStr(ts, "ff");
        check("MyInt", "255", Ops.call(ts, myInt, ff, PyInt.small(16)));
        RefCount.decref(ff, ts);
        PyFloat f29 = PyFloat.of(ts, 2.9);
        check("MyInt", "2", Ops.call(ts, myInt, f29));
        RefCount.decref(f29, ts);
        PyObj zero = Ops.call(ts, myInt);
        assertEquals("0", repr(zero));
        assertFalse(Ops.isTrue(ts, zero));
        // int(MyInt(7)) is an exact int
        check("int", "7", Ops.call(ts, Types.INT, seven));
        // instances of int subclasses have a __dict__
        PyStr tag = PyStr.intern("tag");
        Ops.setAttr(ts, seven, tag, PyInt.small(1));
        check("int", "1", Ops.getAttr(ts, seven, tag));
        for (PyObj o : new PyObj[] {m, seven, two, zero}) RefCount.decref(o, ts);
    }

    @Test
    void bigIntSubclassKeepsItsValue() {
        PyType myInt = heapClass("BigSub", Types.INT);
        PyStr s = new PyStr(ts, "123456789012345678901234567890");
        PyObj b = Ops.call(ts, myInt, s);
        assertEquals("123456789012345678901234567890", repr(b));
        check("int", "123456789012345678901234567891", Ops.binaryOp(ts, b, PyInt.small(1), 0));
        RefCount.decref(s, ts);
        RefCount.decref(b, ts);
    }

    @Test
    void floatAndComplexSubclasses() {
        PyType myFloat = heapClass("MyFloat", Types.FLOAT);
        PyFloat v = PyFloat.of(ts, 1.5);
        PyObj f = Ops.call(ts, myFloat, v);
        assertSame(myFloat, f.type());
        assertEquals("1.5", repr(f));
        // float(f), int(MyFloat(2.5)), f*2, MyFloat('1e3'), hash -> float 2 float 1000.0 equal
        check("float", "1.5", Ops.call(ts, Types.FLOAT, f));
        check("float", "3.0", Ops.binaryOp(ts, f, PyInt.small(2), 5));
        assertEquals(Ops.hash(ts, v), Ops.hash(ts, f));
        PyFloat v25 = PyFloat.of(ts, 2.5);
        PyObj f25 = Ops.call(ts, myFloat, v25);
        check("int", "2", Ops.call(ts, Types.INT, f25));
        PyStr e3 = new PyStr(ts, "1e3");
        check("MyFloat", "1000.0", Ops.call(ts, myFloat, e3));
        // MyFloat.fromhex('0x1p1') is a MyFloat 2.0
        PyObj fromhex = Ops.getAttr(ts, myFloat, PyStr.intern("fromhex"));
        PyStr hx = new PyStr(ts, "0x1p1");
        check("MyFloat", "2.0", Ops.call(ts, fromhex, hx));

        PyType myComplex = heapClass("MyComplex", Types.COMPLEX);
        PyObj c = Ops.call(ts, myComplex, PyInt.small(1), PyInt.small(2));
        assertEquals("(1+2j)", repr(c));
        check("complex", "(2+2j)", Ops.binaryOp(ts, c, PyInt.small(1), 0));
        check("complex", "(1+2j)", Ops.call(ts, Types.COMPLEX, c));
        for (PyObj o : new PyObj[] {v, f, v25, f25, e3, fromhex, hx, c}) RefCount.decref(o, ts);
    }

    @Test
    void boolIsFinalAndItsNew() {
        assertFalse(Types.BOOL.isAcceptableBase());
        assertTrue(Types.INT.isAcceptableBase());
        assertSame(PyBool.FALSE, Ops.call(ts, Types.BOOL));
        PyStr x = new PyStr(ts, "x");
        assertSame(PyBool.TRUE, Ops.call(ts, Types.BOOL, x));
        RefCount.decref(x, ts);
        // bool(1, 2) -> TypeError: bool expected at most 1 argument, got 2
        raises("TypeError", "bool expected at most 1 argument, got 2", () -> Ops.call(ts, Types.BOOL, PyInt.small(1), PyInt.small(2)));
        // True & True is True, True | 0 is 1
        assertSame(PyBool.TRUE, Ops.binaryOp(ts, PyBool.TRUE, PyBool.TRUE, 1));
        check("int", "1", Ops.binaryOp(ts, PyBool.TRUE, PyInt.small(0), 7));
    }

    /** A class whose dunder {@code name} is a Java function of self. */
    static PyType classWith(String cls, String name, NativeFn fn) {
        PyType t = heapClass(cls, Types.OBJECT);
        t.setTypeAttr(ts, PyStr.intern(name), new PyMethodDescriptor(t, name, PyMethodDescriptor.Kind.INSTANCE, fn));
        return t;
    }

    @Test
    void conversionProtocols() {
        PyType a = classWith("A", "__int__", (t, args, k) -> PyInt.small(42));
        a.setTypeAttr(ts, PyStr.intern("__float__"), new PyMethodDescriptor(a, "__float__", PyMethodDescriptor.Kind.INSTANCE,
                (t, args, k) -> PyFloat.of(t, 2.5)));
        a.setTypeAttr(ts, PyStr.intern("__complex__"), new PyMethodDescriptor(a, "__complex__", PyMethodDescriptor.Kind.INSTANCE,
                (t, args, k) -> PyComplex.of(t, 0, 1)));
        PyType b = classWith("B", "__index__", (t, args, k) -> PyInt.small(7));
        PyType tr = classWith("T", "__trunc__", (t, args, k) -> PyInt.small(9));
        PyType badI = classWith("BadI", "__int__", (t, args, k) -> PyStr.intern("x"));
        PyType badF = classWith("BadF", "__float__", (t, args, k) -> PyInt.small(1));
        PyObj ai = new PyInstance(ts, a), bi = new PyInstance(ts, b), ti = new PyInstance(ts, tr);
        PyObj badIi = new PyInstance(ts, badI), badFi = new PyInstance(ts, badF), obj = new PyInstance(ts, heapClass("object2", Types.OBJECT));
        // int(A()), float(A()), complex(A()), int(B()), float(B()), complex(B()), int(T()) -> 42 2.5 1j 7 7.0 (7+0j) 9
        check("int", "42", Ops.call(ts, Types.INT, ai));
        check("float", "2.5", Ops.call(ts, Types.FLOAT, ai));
        check("complex", "1j", Ops.call(ts, Types.COMPLEX, ai));
        check("int", "7", Ops.call(ts, Types.INT, bi));
        check("float", "7.0", Ops.call(ts, Types.FLOAT, bi));
        check("complex", "(7+0j)", Ops.call(ts, Types.COMPLEX, bi));
        check("int", "9", Ops.call(ts, Types.INT, ti));
        raises("TypeError", "__int__ returned non-int (type str)", () -> Ops.call(ts, Types.INT, badIi));
        raises("TypeError", "BadF.__float__ returned non-float (type int)", () -> Ops.call(ts, Types.FLOAT, badFi));
        raises("TypeError", "float() argument must be a string or a real number, not 'T'", () -> Ops.call(ts, Types.FLOAT, ti));
        raises("TypeError", "complex() first argument must be a string or a number, not 'T'", () -> Ops.call(ts, Types.COMPLEX, ti));
        raises("TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'object2'",
                () -> Ops.call(ts, Types.INT, obj));
        for (PyObj o : new PyObj[] {ai, bi, ti, badIi, badFi, obj}) RefCount.decref(o, ts);
    }

    @Test
    void dundersCalledExplicitly() {
        PyFloat one = PyFloat.of(ts, 1.0);
        // (1).__add__(1.0) is NotImplemented; (1.0).__radd__(1) == 2.0
        PyObj r = Ops.callMethod(ts, Types.INT.lookup(PyStr.intern("__add__")), PyInt.small(1), new PyObj[] {one}, null);
        assertSame(PyObj.NOT_IMPLEMENTED, r);
        check("float", "2.0", Ops.callMethod(ts, Types.FLOAT.lookup(PyStr.intern("__radd__")), one, new PyObj[] {PyInt.small(1)}, null));
        // format(True, ''), format(True, 'd'), format(5, '>3') -> 'True' '1' '  5'
        PyObj fmt = Types.INT.lookup(PyStr.intern("__format__"));
        assertEquals("True", ((PyStr) Ops.callMethod(ts, fmt, PyBool.TRUE, new PyObj[] {PyStr.intern("")}, null)).value);
        assertEquals("1", ((PyStr) Ops.callMethod(ts, fmt, PyBool.TRUE, new PyObj[] {PyStr.intern("d")}, null)).value);
        PyObj s = Ops.callMethod(ts, fmt, PyInt.small(5), new PyObj[] {PyStr.intern(">3")}, null);
        assertEquals("  5", ((PyStr) s).value);
        RefCount.decref(s, ts);
        // int.__add__('a', 1): the descriptor checks self
        raises("TypeError", "descriptor '__add__' for 'int' objects doesn't apply to a 'str' object",
                () -> Ops.callMethod(ts, Types.INT.lookup(PyStr.intern("__add__")), PyStr.intern("a"), new PyObj[] {PyInt.small(1)}, null));
        RefCount.decref(one, ts);
    }
}
