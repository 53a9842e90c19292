package skein.interpreter.builtins.sequence;

import org.junit.jupiter.api.Test;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.sequence.Py.*;

/** slice objects: construction, attributes, indices(), repr, comparison, and the shared bounds helper. */
class SliceObjectTest {

    private static PyObj i(long v) {
        return PyInt.of(TS, v);
    }

    @Test
    void constructionAndAttributes() {
        PyObj s = make(Types.SLICE, new PyObj[] {i(1), i(10), i(2)});
        assertEquals("slice(1, 10, 2)", repr(s));
        assertEquals("10", reprDrop(Ops.getAttr(TS, s, PyStr.intern("stop"))));
        assertEquals("slice(None, 5, None)", reprDrop(make(Types.SLICE, new PyObj[] {i(5)})));
        PyList l = ints(1);
        assertEquals("slice(None, [1], None)", reprDrop(make(Types.SLICE, new PyObj[] {PyNone.NONE, l, PyNone.NONE})));
        assertError("TypeError: slice expected at least 1 argument, got 0", () -> make(Types.SLICE, new PyObj[0]));
        assertError("TypeError: slice expected at most 3 arguments, got 4", () -> make(Types.SLICE, new PyObj[] {i(1), i(1), i(1), i(1)}));
        assertError("TypeError: unhashable type: 'slice'", () -> Ops.hash(TS, s));
        drop(s, l);
    }

    @Test
    void indices() {
        // slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(2**70, -2**70, -1).indices(10)
        PySlice a = new PySlice(TS, i(1), i(10), i(2));
        assertEquals("(1, 5, 2)", reprDrop(call(a, "indices", i(5))));
        PySlice b = new PySlice(TS, null, null, i(-1));
        assertEquals("(3, -1, -1)", reprDrop(call(b, "indices", i(4))));
        PySlice c = new PySlice(TS, PyInt.of(TS, BigInteger.TWO.pow(70)), PyInt.of(TS, BigInteger.TWO.pow(70).negate()), i(-1));
        assertEquals("(9, -1, -1)", reprDrop(call(c, "indices", i(10))));
        assertError("ValueError: length should not be negative", () -> call(a, "indices", i(-1)));
        PySlice z = new PySlice(TS, i(1), i(2), i(0));
        assertError("ValueError: slice step cannot be zero", () -> call(z, "indices", i(5)));
        assertError("TypeError: slice.indices() takes exactly one argument (0 given)", () -> call(a, "indices"));
        drop(a, b, c, z);
    }

    @Test
    void comparison() {
        PySlice a = new PySlice(TS, i(1), i(2), null), b = new PySlice(TS, i(1), i(2), null), c = new PySlice(TS, i(1), i(3), null);
        assertTrue(Ops.eq(TS, a, b));
        assertFalse(Ops.eq(TS, a, c));
        assertTrue(Ops.compareBool(TS, a, c, 0)); // slice(1, 2) < slice(1, 3)
        drop(a, b, c);
    }

    @Test
    void boundsHelperClampsLikeCPython() {
        // [1, 2, 3][-2**100:2**100] == [1, 2, 3]: huge bounds clamp instead of failing
        PySlice huge = new PySlice(TS, PyInt.of(TS, BigInteger.TWO.pow(100).negate()), PyInt.of(TS, BigInteger.TWO.pow(100)), null);
        assertEquals(new PySlice.Bounds(0, 3, 1, 3), huge.bounds(TS, 3));
        assertEquals(new PySlice.Bounds(2, -1, -1, 3), PySlice.adjust(3, Long.MAX_VALUE, Long.MIN_VALUE, -1));
        assertEquals(new PySlice.Bounds(0, 0, 1, 0), PySlice.adjust(0, 0, Long.MAX_VALUE, 1));
        drop(huge);
    }
}
