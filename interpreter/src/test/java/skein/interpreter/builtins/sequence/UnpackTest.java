package skein.interpreter.builtins.sequence;

import org.junit.jupiter.api.Test;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.sequence.Py.*;

/** Sequences.unpack / unpackEx: the eval loop's UNPACK_SEQUENCE and UNPACK_EX, with CPython 3.11's messages. */
class UnpackTest {

    private static String unpack(PyObj seq, int n) {
        PyObj[] r = Sequences.unpack(TS, seq, n);
        try {
            return Arrays.stream(r).map(Py::repr).toList().toString();
        } finally {
            drop(r);
        }
    }

    private static String unpackEx(PyObj seq, int before, int after) {
        PyObj[] r = Sequences.unpackEx(TS, seq, before, after);
        try {
            return Arrays.stream(r).map(Py::repr).toList().toString();
        } finally {
            drop(r);
        }
    }

    @Test
    void exactSizes() {
        PyTuple t = tuple(1, 2, 3);
        PyList l = ints(1, 2);
        PyObj r = PyRange.of(TS, 0, 3, 1);
        assertEquals("[1, 2, 3]", unpack(t, 3));
        assertEquals("[1, 2]", unpack(l, 2));
        assertEquals("[0, 1, 2]", unpack(r, 3));
        PyObj it = Ops.iter(TS, t);
        assertEquals("[1, 2, 3]", unpack(it, 3));
        drop(t, l, r, it);
    }

    @Test
    void errors() {
        PyTuple t = tuple(1, 2);
        PyList l = ints(1, 2, 3);
        PyObj r = PyRange.of(TS, 0, 2, 1);
        assertError("ValueError: not enough values to unpack (expected 3, got 2)", () -> unpack(t, 3));
        assertError("ValueError: too many values to unpack (expected 2)", () -> unpack(l, 2));
        assertError("ValueError: not enough values to unpack (expected 3, got 2)", () -> unpack(r, 3));
        assertError("ValueError: too many values to unpack (expected 1)", () -> unpack(r, 1));
        assertError("TypeError: cannot unpack non-iterable int object", () -> unpack(PyInt.small(1), 2));
        assertError("TypeError: cannot unpack non-iterable NoneType object", () -> unpack(PyNone.NONE, 2));
        assertError("ValueError: not enough values to unpack (expected at least 3, got 2)", () -> unpackEx(t, 2, 1));
        assertError("ValueError: not enough values to unpack (expected at least 3, got 2)", () -> unpackEx(r, 1, 2));
        assertError("TypeError: cannot unpack non-iterable int object", () -> unpackEx(PyInt.small(1), 0, 0));
        drop(t, l, r);
    }

    @Test
    void starred() {
        // a, *b, c = range(5) -> 0 [1, 2, 3] 4 ; *a, = (1, 2) ; a, *b = [1] -> 1 []
        PyObj r = PyRange.of(TS, 0, 5, 1);
        assertEquals("[0, [1, 2, 3], 4]", unpackEx(r, 1, 1));
        PyTuple t = tuple(1, 2);
        assertEquals("[[1, 2]]", unpackEx(t, 0, 0));
        PyList one = ints(1);
        assertEquals("[1, []]", unpackEx(one, 1, 0));
        assertEquals("[[], 1]", unpackEx(one, 0, 1));
        drop(r, t, one);
    }

    @Test
    void itemsAreNewReferences() {
        PyObj big = PyInt.of(TS, 123_456_789);
        PyTuple t = tuple(big, big);
        PyObj[] r = Sequences.unpack(TS, t, 2); // mine + the tuple's two + two unpacked
        assertEquals(5, big.refcountSnapshot());
        drop(r);
        PyObj[] s = Sequences.unpackEx(TS, t, 1, 0); // big, [big]
        assertEquals(5, big.refcountSnapshot());
        drop(s);
        drop(t);
        assertEquals(1, big.refcountSnapshot());
        drop(big);
    }
}
