package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.str.StrTranslate;

import java.util.Map;

/** {@code str.maketrans(x[, y[, z]])}: builds the dict that {@code str.translate} reads. */
final class StrTranslateTable {
    private StrTranslateTable() {}

    static PyDict maketrans(PyThreadState ts, PyObj[] a, PyStr[] k) {
        int n = MArgs.range(ts, "str.maketrans", "maketrans", prepend(a), k, 1, 3);
        PyDict out = new PyDict(ts);
        try {
            if (n == 1) {
                if (!(a[0] instanceof PyDict d)) {
                    throw Exceptions.typeError(ts, "if you give only one argument to maketrans it must be a dict");
                }
                for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                    PyObj key = d.keyAt(e);
                    PyObj value = d.valueAt(e);
                    if (key instanceof PyStr s) {
                        PyInt cp = PyInt.of(ts, StrTranslate.maketransKey(s.value));
                        out.put(cp, value, Keys.of(ts));
                        RefCount.decref(cp, ts);
                    } else if (key instanceof PyInt) {
                        out.put(key, value, Keys.of(ts));
                    } else {
                        throw Exceptions.typeError(ts, "keys in translate table must be strings or integers");
                    }
                }
                return out;
            }
            if (!(a[0] instanceof PyStr x)) {
                throw Exceptions.typeError(ts, "first maketrans argument must be a string if there is a second argument");
            }
            String y = StrArgs.str(ts, a[1], "maketrans() argument 2 must be str");
            String z = n == 3 ? StrArgs.str(ts, a[2], "maketrans() argument 3 must be str") : null;
            for (Map.Entry<Integer, Object> e : StrTranslate.maketrans(x.value, y, z).entrySet()) {
                PyInt key = PyInt.of(ts, e.getKey());
                PyObj value = e.getValue() == null ? PyNone.NONE : PyInt.of(ts, (Integer) e.getValue());
                out.put(key, value, Keys.of(ts));
                RefCount.decref(key, ts);
                RefCount.decref(value, ts);
            }
            return out;
        } catch (RuntimeException e) {
            RefCount.decref(out, ts);
            throw e;
        }
    }

    /** MArgs counts after a self slot; a static method has none. */
    private static PyObj[] prepend(PyObj[] a) {
        PyObj[] r = new PyObj[a.length + 1];
        r[0] = PyNone.NONE;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }
}
