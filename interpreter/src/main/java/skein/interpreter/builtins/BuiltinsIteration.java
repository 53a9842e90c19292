package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import static skein.interpreter.builtins.ModuleSupport.fn;

/**
 * The iteration builtins that are functions: {@code iter next any all sorted} (the sorting
 * itself is {@link Sorting}). The lazy ones, {@code enumerate zip map filter reversed}, are
 * types installed by {@link SequenceTypes}.
 */
final class BuiltinsIteration {
    private BuiltinsIteration() {}

    static void install(PyModule m) {
        fn(m, "iter", BuiltinsIteration::iter);
        fn(m, "next", BuiltinsIteration::next);
        fn(m, "any", (ts, a, k) -> {
            Args.check(ts, "any", a, k, 1, 1);
            return PyBool.of(anyAll(ts, a[0], true));
        });
        fn(m, "all", (ts, a, k) -> {
            Args.check(ts, "all", a, k, 1, 1);
            return PyBool.of(!anyAll(ts, a[0], false));
        });
        fn(m, "sorted", BuiltinsIteration::sorted);
    }

    private static PyObj iter(PyThreadState ts, PyObj[] a, PyStr[] k) {
        Args.check(ts, "iter", a, k, 1, 2);
        if (a.length == 1) return Ops.iter(ts, a[0]);
        if (!Ops.isCallable(a[0])) throw Exceptions.typeError(ts, "iter(v, w): v must be callable");
        return new PyCallableIter(ts, a[0], a[1]);
    }

    private static PyObj next(PyThreadState ts, PyObj[] a, PyStr[] k) {
        Args.check(ts, "next", a, k, 1, 2);
        PyObj returned = null;
        PyObj r;
        if (a[0] instanceof PyGenerator g) {
            // a generator's return value becomes StopIteration(value), which the slot path would drop
            r = Generators.send(ts, g, PyNone.NONE);
            if (r == null) {
                returned = g.returnValue;
                g.returnValue = null;
            }
        } else {
            r = Ops.next(ts, a[0]);
        }
        if (r != null) return r;
        try {
            if (a.length == 2) {
                RefCount.incref(a[1], ts);
                return a[1];
            }
            throw Exceptions.stopIteration(ts, returned);
        } finally {
            if (returned != null) RefCount.decref(returned, ts);
        }
    }

    /** True as soon as an item's truth equals {@code stopOn}: any() stops on a true item, all() (negated) on a false one. */
    private static boolean anyAll(PyThreadState ts, PyObj iterable, boolean stopOn) {
        PyObj it = Ops.iter(ts, iterable);
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) {
                boolean t;
                try {
                    t = Ops.isTrue(ts, x);
                } finally {
                    RefCount.decref(x, ts);
                }
                if (t == stopOn) return true;
            }
            return false;
        } finally {
            RefCount.decref(it, ts);
        }
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}. */
    private static PyObj sorted(PyThreadState ts, PyObj[] a, PyStr[] k) {
        int npos = Args.npos(a, k);
        if (npos != 1) throw Exceptions.typeError(ts, "sorted expected 1 argument, got " + npos);
        PyObj key = null;
        boolean reverse = false;
        for (int i = 0; k != null && i < k.length; i++) {
            PyObj v = a[npos + i];
            switch (k[i].value) {
                case "key" -> key = v == PyNone.NONE ? null : v;
                case "reverse" -> reverse = reverseFlag(ts, v);
                default -> throw Exceptions.typeError(ts, "'" + k[i].value + "' is an invalid keyword argument for sort()");
            }
        }
        return Sorting.sorted(ts, a[0], key, reverse);
    }

    /** {@code reverse=} is converted as a C int in CPython: a float or None is a TypeError. */
    private static boolean reverseFlag(PyThreadState ts, PyObj o) {
        if (o instanceof PyFloat) throw Exceptions.typeError(ts, "'float' object cannot be interpreted as an integer");
        return SysFunctions.cInt(ts, o) != 0;
    }
}
