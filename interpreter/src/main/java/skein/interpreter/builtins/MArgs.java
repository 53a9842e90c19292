package skein.interpreter.builtins;

import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

/**
 * Argument checks for methods of builtin types, where {@code args[0]} is self and is not
 * counted, with the messages CPython's calling conventions produce: METH_O
 * ("{@code set.add() takes exactly one argument (0 given)}"), METH_NOARGS
 * ("{@code dict.keys() takes no arguments (1 given)}"), METH_FASTCALL with a range
 * ("{@code get expected at least 1 argument, got 0}"), METH_VARARGS (no keywords).
 */
final class MArgs {
    private MArgs() {}

    /** METH_O: exactly one argument after self. */
    static void one(PyThreadState ts, String qualName, PyObj[] a, PyStr[] k) {
        Args.noKeywords(ts, qualName, k);
        int n = a.length - 1;
        if (n != 1) throw Exceptions.typeError(ts, qualName + "() takes exactly one argument (" + n + " given)");
    }

    /** METH_NOARGS: nothing after self. */
    static void none(PyThreadState ts, String qualName, PyObj[] a, PyStr[] k) {
        Args.noKeywords(ts, qualName, k);
        int n = a.length - 1;
        if (n != 0) throw Exceptions.typeError(ts, qualName + "() takes no arguments (" + n + " given)");
    }

    /** A positional range after self; returns the count. {@code shortName} is what the count message names. */
    static int range(PyThreadState ts, String qualName, String shortName, PyObj[] a, PyStr[] k, int min, int max) {
        Args.noKeywords(ts, qualName, k);
        int n = a.length - 1;
        if (n < min || n > max) throw Args.countError(ts, shortName, n, min, max);
        return n;
    }

    /** METH_VARARGS: any number of positional arguments, no keywords; returns them without self. */
    static PyObj[] varargs(PyThreadState ts, String qualName, PyObj[] a, PyStr[] k) {
        Args.noKeywords(ts, qualName, k);
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    /** The class argument of a {@code __new__}: a type that is a subtype of {@code base}. */
    static skein.interpreter.objects.PyType newType(PyThreadState ts, PyObj[] a, skein.interpreter.objects.PyType base) {
        String bn = base.name();
        if (a.length == 0) throw Exceptions.typeError(ts, bn + ".__new__(): not enough arguments");
        if (!(a[0] instanceof skein.interpreter.objects.PyType cls)) {
            throw Exceptions.typeError(ts, bn + ".__new__(X): X is not a type object (" + a[0].typeName() + ")");
        }
        if (!cls.isSubtypeOf(base)) {
            throw Exceptions.typeError(ts, bn + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of " + bn);
        }
        return cls;
    }
}
