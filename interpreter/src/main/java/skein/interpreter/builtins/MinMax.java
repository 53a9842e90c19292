package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

/**
 * {@code min()} and {@code max()}: one iterable (with an optional {@code default}) or several
 * positional arguments, and an optional {@code key}. Ties keep the first item, because an
 * item replaces the current best only when strictly smaller (min) or greater (max), as in
 * CPython's {@code min_max}.
 */
final class MinMax {
    private MinMax() {}

    static PyObj minMax(PyThreadState ts, PyObj[] args, PyStr[] kw, boolean isMin) {
        String name = isMin ? "min" : "max";
        int npos = Args.npos(args, kw);
        PyObj key = null, dflt = null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                PyObj v = args[npos + i];
                switch (kw[i].value) {
                    case "key" -> key = v;
                    case "default" -> dflt = v;
                    default -> throw Exceptions.typeError(ts, "'" + kw[i].value + "' is an invalid keyword argument for " + name + "()");
                }
            }
        }
        if (npos == 0) throw Exceptions.typeError(ts, name + " expected at least 1 argument, got 0");
        if (npos > 1 && dflt != null) {
            throw Exceptions.typeError(ts, "Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == PyNone.NONE) key = null;
        // several arguments are walked in place; one is iterated
        PyObj it = npos == 1 ? Ops.iter(ts, args[0]) : null;
        int pos = 0;
        int op = isMin ? 0 : 4;
        PyObj best = null, bestKey = null;
        try {
            while (true) {
                PyObj x;
                if (it != null) {
                    x = Ops.next(ts, it);
                    if (x == null) break;
                } else {
                    if (pos == npos) break;
                    x = args[pos++];
                    RefCount.incref(x, ts);
                }
                PyObj k;
                try {
                    k = key == null ? x : Ops.call(ts, key, x);
                } catch (PyException e) {
                    RefCount.decref(x, ts);
                    throw e;
                }
                if (key == null) RefCount.incref(k, ts);
                if (best == null) {
                    best = x;
                    bestKey = k;
                    continue;
                }
                boolean better;
                try {
                    better = Ops.compareBool(ts, k, bestKey, op);
                } catch (PyException e) {
                    RefCount.decref(x, ts);
                    RefCount.decref(k, ts);
                    throw e;
                }
                if (better) {
                    RefCount.decref(best, ts);
                    RefCount.decref(bestKey, ts);
                    best = x;
                    bestKey = k;
                } else {
                    RefCount.decref(x, ts);
                    RefCount.decref(k, ts);
                }
            }
            if (best == null) {
                if (dflt != null) {
                    RefCount.incref(dflt, ts);
                    return dflt;
                }
                throw Exceptions.valueError(ts, name + "() arg is an empty sequence");
            }
            PyObj r = best;
            best = null;
            return r;
        } finally {
            if (best != null) RefCount.decref(best, ts);
            if (bestKey != null) RefCount.decref(bestKey, ts);
            if (it != null) RefCount.decref(it, ts);
        }
    }
}
