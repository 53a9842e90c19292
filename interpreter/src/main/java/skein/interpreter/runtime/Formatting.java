package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/** f-string fields (FORMAT_VALUE) and the format() protocol. */
public final class Formatting {
    private Formatting() {}

    public static final PyStr S_FORMAT = PyStr.intern("__format__");

    /** conversion 0 none, 1 str, 2 repr, 3 ascii; spec a str or null. New reference. */
    static PyObj formatValue(PyThreadState ts, PyObj v, int conversion, PyObj spec) {
        PyObj conv = v;
        boolean owned = false;
        if (conversion == 1) { conv = Ops.str(ts, v); owned = true; }
        else if (conversion == 2) { conv = Ops.repr(ts, v); owned = true; }
        else if (conversion == 3) { conv = ascii(ts, v); owned = true; }
        try {
            if (spec == null && conv instanceof PyStr s && s.type() == Types.STR) {
                RefCount.incref(s, ts);
                return s;
            }
            return format(ts, conv, spec == null ? PyStr.intern("") : spec);
        } finally {
            if (owned) RefCount.decref(conv, ts);
        }
    }

    /** {@code format(value, spec)}: calls {@code type(value).__format__}. */
    public static PyStr format(PyThreadState ts, PyObj value, PyObj spec) {
        PyObj r = Ops.callDunder(ts, value, S_FORMAT, spec);
        if (r == null) throw Exceptions.typeError(ts, "Type " + value.typeName() + " doesn't define __format__");
        if (!(r instanceof PyStr s)) {
            String tn = r.typeName();
            RefCount.decref(r, ts);
            throw Exceptions.typeError(ts, "__format__ must return a str, not " + tn);
        }
        return s;
    }

    public static PyStr ascii(PyThreadState ts, PyObj v) {
        PyStr r = Ops.repr(ts, v);
        String a = skein.interpreter.num.Strs.asciiOfRepr(r.value);
        RefCount.decref(r, ts);
        return new PyStr(ts, a);
    }
}
