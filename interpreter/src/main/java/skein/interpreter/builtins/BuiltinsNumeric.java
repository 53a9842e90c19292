package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.Ints;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import static skein.interpreter.builtins.ModuleSupport.fn;

/**
 * The numeric builtins: {@code abs round divmod pow hash hex oct bin ord chr sum min max}.
 * Each dispatches through the object protocol (so a class's {@code __abs__},
 * {@code __round__}, {@code __divmod__}, {@code __index__} are honoured) and raises
 * CPython 3.11's exact errors.
 */
final class BuiltinsNumeric {
    private BuiltinsNumeric() {}

    private static final PyStr S_ROUND = PyStr.intern("__round__");
    private static final String[] POW_PARAMS = {"base", "exp", "mod"};
    private static final String[] ROUND_PARAMS = {"number", "ndigits"};
    private static final String[] SUM_PARAMS = {"iterable", "start"};

    static void install(PyModule m) {
        fn(m, "abs", (ts, a, k) -> {
            Args.check(ts, "abs", a, k, 1, 1);
            return Ops.unaryOp(ts, a[0], 3);
        });
        fn(m, "round", BuiltinsNumeric::round);
        fn(m, "divmod", (ts, a, k) -> {
            Args.check(ts, "divmod", a, k, 2, 2);
            return NumberTypes.divmod(ts, a[0], a[1]);
        });
        fn(m, "pow", BuiltinsNumeric::pow);
        fn(m, "hash", (ts, a, k) -> {
            Args.check(ts, "hash", a, k, 1, 1);
            return PyInt.of(ts, Ops.hash(ts, a[0]));
        });
        fn(m, "hex", (ts, a, k) -> radix(ts, "hex", a, k, 16));
        fn(m, "oct", (ts, a, k) -> radix(ts, "oct", a, k, 8));
        fn(m, "bin", (ts, a, k) -> radix(ts, "bin", a, k, 2));
        fn(m, "ord", BuiltinsNumeric::ord);
        fn(m, "chr", BuiltinsNumeric::chr);
        fn(m, "sum", BuiltinsNumeric::sum);
        fn(m, "min", (ts, a, k) -> MinMax.minMax(ts, a, k, true));
        fn(m, "max", (ts, a, k) -> MinMax.minMax(ts, a, k, false));
    }

    private static PyObj round(PyThreadState ts, PyObj[] args, PyStr[] kw) {
        PyObj[] b = ModuleSupport.bind(ts, "round", args, kw, ROUND_PARAMS, 0, 1);
        PyObj x = b[0], nd = b[1];
        PyObj m = x.type().lookup(S_ROUND);
        if (m == null) throw Exceptions.typeError(ts, "type " + x.typeName() + " doesn't define __round__ method");
        PyObj[] margs = nd == null || nd == PyNone.NONE ? new PyObj[0] : new PyObj[] {nd};
        return Ops.callMethod(ts, m, x, margs, null);
    }

    private static PyObj pow(PyThreadState ts, PyObj[] args, PyStr[] kw) {
        PyObj[] b = ModuleSupport.bind(ts, "pow", args, kw, POW_PARAMS, 0, 2);
        PyObj base = b[0], exp = b[1], mod = b[2];
        if (mod == null || mod == PyNone.NONE) {
            PyObj r = Ops.binaryOrNull(ts, base, exp, 8);
            if (r != null) return r;
            throw Exceptions.typeError(ts, "unsupported operand type(s) for ** or pow(): '" + base.typeName()
                    + "' and '" + exp.typeName() + "'");
        }
        return NumberTypes.pow3(ts, base, exp, mod);
    }

    private static PyObj radix(PyThreadState ts, String name, PyObj[] a, PyStr[] k, int radix) {
        Args.check(ts, name, a, k, 1, 1);
        PyInt i = Ops.index(ts, a[0]);
        Number n = i.toNumber();
        RefCount.decref(i, ts);
        String s = radix == 16 ? Ints.hex(n) : radix == 8 ? Ints.oct(n) : Ints.bin(n);
        return new PyStr(ts, s);
    }

    private static PyObj ord(PyThreadState ts, PyObj[] a, PyStr[] k) {
        Args.check(ts, "ord", a, k, 1, 1);
        if (a[0] instanceof PyStr s) {
            int n = s.length();
            if (n != 1) throw Exceptions.typeError(ts, "ord() expected a character, but string of length " + n + " found");
            return PyInt.of(ts, s.value.codePointAt(0));
        }
        throw Exceptions.typeError(ts, "ord() expected string of length 1, but " + a[0].typeName() + " found");
    }

    private static PyObj chr(PyThreadState ts, PyObj[] a, PyStr[] k) {
        Args.check(ts, "chr", a, k, 1, 1);
        PyInt i = Ops.index(ts, a[0]);
        boolean big = i.isBig() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE;
        long v = i.value;
        RefCount.decref(i, ts);
        if (big) throw Exceptions.overflowError(ts, "Python int too large to convert to C int");
        if (v < 0 || v > 0x10FFFF) throw Exceptions.valueError(ts, "chr() arg not in range(0x110000)");
        String s = new String(Character.toChars((int) v));
        return v < 256 ? PyStr.intern(s) : new PyStr(ts, s);
    }

    private static PyObj sum(PyThreadState ts, PyObj[] args, PyStr[] kw) {
        PyObj[] b = ModuleSupport.bind(ts, "sum", args, kw, SUM_PARAMS, 1, 1);
        PyObj start = b[1] == null ? PyInt.small(0) : b[1];
        if (start instanceof PyStr) throw Exceptions.typeError(ts, "sum() can't sum strings [use ''.join(seq) instead]");
        String tn = start.type().solidBase().name();
        if (tn.equals("bytes")) throw Exceptions.typeError(ts, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (tn.equals("bytearray")) throw Exceptions.typeError(ts, "sum() can't sum bytearray [use b''.join(seq) instead]");
        PyObj it = Ops.iter(ts, b[0]);
        RefCount.incref(start, ts);
        PyObj acc = start;
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) {
                PyObj r;
                try {
                    r = add(ts, acc, x);
                } finally {
                    RefCount.decref(x, ts);
                }
                RefCount.decref(acc, ts);
                acc = r;
            }
            PyObj r = acc;
            acc = null;
            return r;
        } finally {
            if (acc != null) RefCount.decref(acc, ts);
            RefCount.decref(it, ts);
        }
    }

    /** {@code a + b} with CPython's fast paths for exact ints and floats (sum of a million ints must not crawl). */
    private static PyObj add(PyThreadState ts, PyObj a, PyObj b) {
        PyType ta = a.type(), tb = b.type();
        if (ta == Types.INT && tb == Types.INT) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (!x.isBig() && !y.isBig()) {
                long r = x.value + y.value;
                if (((x.value ^ r) & (y.value ^ r)) >= 0) return PyInt.of(ts, r);
            }
            return PyInt.of(ts, Ints.big(Ints.add(x.toNumber(), y.toNumber())));
        }
        if (ta == Types.FLOAT && tb == Types.FLOAT) return PyFloat.of(ts, ((PyFloat) a).value + ((PyFloat) b).value);
        return Ops.binaryOp(ts, a, b, 0);
    }
}
