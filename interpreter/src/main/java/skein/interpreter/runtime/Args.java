package skein.interpreter.runtime;

import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;

/**
 * Argument checking for {@link NativeFn}s, with CPython's messages. The common shapes
 * (no keywords, a fixed range of positional arguments) are cheap checks; {@link #bind}
 * handles positional-or-keyword parameters.
 */
public final class Args {
    private Args() {}

    /** Number of positional arguments in a vectorcall argument array. */
    public static int npos(PyObj[] args, PyStr[] kwnames) {
        return kwnames == null ? args.length : args.length - kwnames.length;
    }

    /** Fails unless there are no keyword arguments: "{@code name() takes no keyword arguments}". */
    public static void noKeywords(PyThreadState ts, String name, PyStr[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Exceptions.typeError(ts, name + "() takes no keyword arguments");
    }

    /**
     * Checks min..max positional arguments and no keywords; returns the count.
     * {@code name} is how CPython names the function in messages ("len", "append", "str.join").
     */
    public static int check(PyThreadState ts, String name, PyObj[] args, PyStr[] kwnames, int min, int max) {
        noKeywords(ts, name, kwnames);
        int n = args.length;
        if (n < min || n > max) throw countError(ts, name, n, min, max);
        return n;
    }

    public static PyException countError(PyThreadState ts, String name, int n, int min, int max) {
        if (min == max) {
            if (min == 0) return Exceptions.typeError(ts, name + "() takes no arguments (" + n + " given)");
            if (min == 1) return Exceptions.typeError(ts, name + "() takes exactly one argument (" + n + " given)");
            return Exceptions.typeError(ts, name + " expected " + min + " arguments, got " + n);
        }
        if (n < min) return Exceptions.typeError(ts, name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        return Exceptions.typeError(ts, name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /**
     * Binds arguments to parameters by position and keyword. {@code params} names every
     * parameter in order; the first {@code posOnly} are positional-only; the first
     * {@code required} must be given. Returns one slot per parameter, null where not given.
     * Unknown keywords and duplicates raise CPython's TypeErrors.
     */
    public static PyObj[] bind(PyThreadState ts, String fname, PyObj[] args, PyStr[] kwnames,
                               String[] params, int posOnly, int required) {
        PyObj[] out = new PyObj[params.length];
        int npos = npos(args, kwnames);
        if (npos > params.length) {
            throw Exceptions.typeError(ts, fname + "() takes at most " + params.length + " argument"
                    + (params.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        if (kwnames != null) {
            outer:
            for (int k = 0; k < kwnames.length; k++) {
                String kn = kwnames[k].value;
                for (int p = posOnly; p < params.length; p++) {
                    if (params[p].equals(kn)) {
                        if (out[p] != null) {
                            throw Exceptions.typeError(ts, "argument for " + fname + "() given by name ('" + kn
                                    + "') and position (" + (p + 1) + ")");
                        }
                        out[p] = args[npos + k];
                        continue outer;
                    }
                }
                throw Exceptions.typeError(ts, "'" + kn + "' is an invalid keyword argument for " + fname + "()");
            }
        }
        for (int p = 0; p < required; p++) {
            if (out[p] == null) {
                if (p < posOnly || kwnames == null) {
                    throw Exceptions.typeError(ts, fname + "() takes at least " + required + " argument"
                            + (required == 1 ? "" : "s") + " (" + npos + " given)");
                }
                throw Exceptions.typeError(ts, fname + "() missing required argument '" + params[p] + "' (pos " + (p + 1) + ")");
            }
        }
        return out;
    }
}
