package skein.interpreter.builtins.sequence;

import org.junit.jupiter.api.Test;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.sequence.Py.*;

/** range: construction, arithmetic with big ints, membership, hashing and errors, against CPython 3.11. */
class RangeTest {

    private static PyObj i(long v) {
        return PyInt.of(TS, v);
    }

    private static PyObj big(String v) {
        return PyInt.of(TS, new BigInteger(v));
    }

    private static PyObj range(Object... args) {
        PyObj[] a = new PyObj[args.length];
        for (int k = 0; k < a.length; k++) a[k] = v(args[k]);
        try {
            return make(Types.RANGE, a);
        } finally {
            drop(a);
        }
    }

    private static String item(PyObj r, PyObj key) {
        try {
            return reprDrop(Ops.getItem(TS, r, key));
        } finally {
            drop(key);
        }
    }

    @Test
    void basics() {
        // r = range(3, 30, 4): r[0], r[-1], r[2], 11 in r, 12 in r, r.index(15), r.count(7), list(reversed(r))
        PyObj r = range(3, 30, 4);
        assertEquals("range(3, 30, 4)", repr(r));
        assertEquals("3 27 11", item(r, i(0)) + " " + item(r, i(-1)) + " " + item(r, i(2)));
        assertTrue(Ops.contains(TS, r, i(11)));
        assertFalse(Ops.contains(TS, r, i(12)));
        assertEquals("3", reprDrop(call(r, "index", i(15))));
        assertEquals("1", reprDrop(call(r, "count", i(7))));
        assertEquals("[27, 23, 19, 15, 11, 7, 3]", drain(call(r, "__reversed__")));
        assertEquals("3 30 4", reprDrop(Ops.getAttr(TS, r, PyStr.intern("start"))) + " "
                + reprDrop(Ops.getAttr(TS, r, PyStr.intern("stop"))) + " " + reprDrop(Ops.getAttr(TS, r, PyStr.intern("step"))));
        PyObj r5 = range(5);
        assertEquals("range(0, 5)", repr(r5));
        assertEquals("[0, 1, 2, 3, 4]", drain(Ops.iter(TS, r5)));
        // range(5).count(True), True in range(2), range(5).index(True) == 1 True 1
        assertEquals("1", reprDrop(call(r5, "count", PyBool.TRUE)));
        assertEquals("1", reprDrop(call(r5, "index", PyBool.TRUE)));
        PyObj f = PyFloat.of(TS, 2.0);
        assertTrue(Ops.contains(TS, r5, f)); // 2.0 in range(5): by ==
        assertEquals("1", reprDrop(call(r5, "count", f)));
        assertEquals("[5, 3, 1]", drain(Ops.iter(TS, range(5, -1, -2))));
        assertFalse(Ops.isTrue(TS, range(5, 1)));
        assertEquals("range_iterator", Ops.iter(TS, r5).type().name());
        drop(r, r5, f);
    }

    @Test
    void errors() {
        PyObj r = range(3, 30, 4);
        assertError("ValueError: range() arg 3 must not be zero", () -> range(1, 2, 0));
        assertError("IndexError: range object index out of range", () -> item(r, i(100)));
        assertError("IndexError: range object index out of range", () -> item(r, big("100000000000000000000000")));
        PyObj f = PyFloat.of(TS, 1.5);
        assertError("TypeError: 'float' object cannot be interpreted as an integer", () -> make(Types.RANGE, new PyObj[] {f}));
        assertError("TypeError: range expected at least 1 argument, got 0", () -> range());
        assertError("TypeError: range expected at most 3 arguments, got 4", () -> range(1, 2, 3, 4));
        assertError("TypeError: range() takes no keyword arguments", () -> make(Types.RANGE, new PyObj[] {f}, "x"));
        assertError("ValueError: 5 is not in range", () -> call(r, "index", i(5)));
        assertError("ValueError: sequence.index(x): x not in sequence", () -> call(r, "index", f));
        assertError("TypeError: range indices must be integers or slices, not float", () -> Ops.getItem(TS, r, f));
        assertError("TypeError: '<' not supported between instances of 'range' and 'range'", () -> Ops.richCompare(TS, r, r, 0));
        drop(r, f);
    }

    @Test
    void bigValues() {
        // range(10**20)[-1], range(0,10**20,7)[-1], 10**19 in range(0,10**20,2), range(0,10**20,7)[10**18]
        PyObj a = range(new BigInteger("100000000000000000000"));
        PyObj b = range(0, new BigInteger("100000000000000000000"), 7);
        PyObj c = range(0, new BigInteger("100000000000000000000"), 2);
        assertEquals("99999999999999999999", item(a, i(-1)));
        assertEquals("99999999999999999998", item(b, i(-1)));
        assertTrue(Ops.contains(TS, c, big("10000000000000000000")));
        assertEquals("7000000000000000000", item(b, i(1_000_000_000_000_000_000L)));
        // r = range(-10**18, 10**18, 3): len, r[0], r[-1], r[len(r)//2], 0 in r, 1 in r, 2 in r
        PyObj r = range(-1_000_000_000_000_000_000L, 1_000_000_000_000_000_000L, 3);
        assertEquals(666666666666666667L, Ops.len(TS, r));
        assertEquals("-1000000000000000000 999999999999999998 -1", item(r, i(0)) + " " + item(r, i(-1)) + " " + item(r, i(333333333333333333L)));
        assertFalse(Ops.contains(TS, r, i(0)));
        assertTrue(Ops.contains(TS, r, i(2)));
        // r2 = range(10**30, 0, -(10**28)): len, r2[1], r2[-1], list(r2[:3]), r2.index(10**29)
        PyObj r2 = range(new BigInteger("1000000000000000000000000000000"), 0, new BigInteger("-10000000000000000000000000000"));
        assertEquals(100, Ops.len(TS, r2));
        assertEquals("990000000000000000000000000000", item(r2, i(1)));
        assertEquals("10000000000000000000000000000", item(r2, i(-1)));
        PySlice first3 = new PySlice(TS, null, i(3), null);
        assertEquals("[1000000000000000000000000000000, 990000000000000000000000000000, 980000000000000000000000000000]",
                drain(Ops.iter(TS, Ops.getItem(TS, r2, first3))));
        assertEquals("90", reprDrop(call(r2, "index", big("100000000000000000000000000000"))));
        // len(range(2**64)) overflows; range(2**64)[2**63]; bool(range(2**64))
        PyObj huge = range(BigInteger.TWO.pow(64));
        assertError("OverflowError: Python int too large to convert to C ssize_t", () -> Ops.len(TS, huge));
        assertEquals("9223372036854775808", item(huge, big("9223372036854775808")));
        assertTrue(Ops.isTrue(TS, huge));
        // iterators across the long boundary
        PyObj it = Ops.iter(TS, range(BigInteger.TWO.pow(64), BigInteger.TWO.pow(64).add(BigInteger.TWO)));
        assertEquals("longrange_iterator", it.type().name());
        assertEquals("[18446744073709551616, 18446744073709551617]", drain(it));
        assertEquals("[9223372036854775806, 9223372036854775807, 9223372036854775808]",
                drain(Ops.iter(TS, range(Long.MAX_VALUE - 1, BigInteger.TWO.pow(63).add(BigInteger.ONE)))));
        assertEquals("[-9223372036854775807, -9223372036854775808]",
                drain(call(range(Long.MIN_VALUE, Long.MIN_VALUE + 2), "__reversed__")));
        assertEquals("range(-18446744073709551616, 18446744073709551616, 3)",
                repr(range(BigInteger.TWO.pow(64).negate(), BigInteger.TWO.pow(64), 3)));
        drop(a, b, c, r, r2, first3, huge);
    }

    @Test
    void slicingGivesRanges() {
        PyObj r = range(0, 10, 3);
        PySlice rev = new PySlice(TS, null, null, i(-1));
        PySlice wide = new PySlice(TS, i(1), big("1000000000000000000000000000000"), null);
        assertEquals("range(9, -3, -3)", reprDrop(Ops.getItem(TS, r, rev)));
        assertEquals("range(3, 12, 3)", reprDrop(Ops.getItem(TS, r, wide)));
        drop(r, rev, wide);
    }

    @Test
    void equalityAndHash() {
        PyObj a = range(0, 4, 2), b = range(0, 3, 2), e1 = range(0), e2 = range(3, 3), c = range(1, 5, 3);
        assertEquals("True", reprDrop(Ops.richCompare(TS, a, b, 2)));
        assertEquals(Ops.hash(TS, a), Ops.hash(TS, b));
        assertEquals(Ops.hash(TS, e1), Ops.hash(TS, e2));
        assertEquals("True", reprDrop(Ops.richCompare(TS, e1, e2, 2)));
        assertEquals(-5685243413837761780L, Ops.hash(TS, c)); // hash(range(1, 5, 3)) == hash((2, 1, 3))
        PyObj one1 = range(1, 2, 1), one2 = range(1, 3, 2);
        assertEquals("True", reprDrop(Ops.richCompare(TS, one1, one2, 2)));
        assertEquals(Ops.hash(TS, one1), Ops.hash(TS, one2));
        PyList l = ints(0, 1, 2);
        PyObj r3 = range(3);
        assertEquals("False", reprDrop(Ops.richCompare(TS, r3, l, 2)));
        assertEquals("False", reprDrop(Ops.richCompare(TS, r3, r3, 3)));
        drop(a, b, e1, e2, c, one1, one2, l, r3);
    }
}
