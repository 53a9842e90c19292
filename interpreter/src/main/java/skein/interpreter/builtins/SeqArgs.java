package skein.interpreter.builtins;

import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

/**
 * Argument checks for methods of the sequence types, in the three message styles CPython's
 * calling conventions produce (args[0] is self and is not counted):
 * METH_NOARGS "list.clear() takes no arguments (1 given)", METH_O "list.append() takes
 * exactly one argument (0 given)", and Argument Clinic's "insert expected 2 arguments, got 1".
 */
final class SeqArgs {
    private SeqArgs() {}

    static void noArgs(PyThreadState ts, String qualname, PyObj[] a, PyStr[] k) {
        Args.noKeywords(ts, qualname, k);
        if (a.length != 1) throw Exceptions.typeError(ts, qualname + "() takes no arguments (" + (a.length - 1) + " given)");
    }

    static void oneArg(PyThreadState ts, String qualname, PyObj[] a, PyStr[] k) {
        Args.noKeywords(ts, qualname, k);
        if (a.length != 2) {
            throw Exceptions.typeError(ts, qualname + "() takes exactly one argument (" + (a.length - 1) + " given)");
        }
    }

    /** Clinic positional-only parameters: min..max arguments after self; returns how many. */
    static int range(PyThreadState ts, String owner, String name, PyObj[] a, PyStr[] k, int min, int max) {
        Args.noKeywords(ts, owner + "." + name, k);
        int n = a.length - 1;
        if (n < min || n > max) throw Args.countError(ts, name, n, min, max);
        return n;
    }
}
