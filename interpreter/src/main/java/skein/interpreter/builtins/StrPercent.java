package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.builtins.num.NumConvert;
import skein.interpreter.num.NumError;
import skein.interpreter.num.Percent;
import skein.interpreter.num.PercentSpec;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Formatting;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code str % args} (CPython's {@code PyUnicode_Format}): walks the format string, lets
 * {@link PercentSpec} parse each specifier and {@link Percent} format each value, and keeps
 * CPython's bookkeeping of where values come from. A tuple supplies them in order; any other
 * right operand is one value; a right operand with {@code __getitem__} that is neither a tuple
 * nor a str is also the mapping for {@code %(key)s} (so {@code '%s' % [1]} and
 * {@code 'x' % {}} both work); a key replaces the current value source by the looked-up value.
 */
public final class StrPercent {
    private StrPercent() {}

    /** {@code fmt % args} (new reference). */
    public static PyStr format(PyThreadState ts, PyStr fmt, PyObj args) {
        State st = new State(ts, args);
        try {
            String f = fmt.value;
            StringBuilder sb = new StringBuilder(f.length() + 16);
            int i = 0, n = f.length();
            while (i < n) {
                int p = f.indexOf('%', i);
                if (p < 0) {
                    sb.append(f, i, n);
                    break;
                }
                sb.append(f, i, p);
                PercentSpec spec = PercentSpec.parse(f, p, st);
                i = spec.end;
                if (spec.literalPercent) {
                    sb.append('%');
                    continue;
                }
                sb.append(formatOne(ts, spec, st.next(), f));
                if (st.dict != null && st.argidx < st.arglen) {
                    throw Exceptions.typeError(ts, Percent.NOT_ALL_CONVERTED);
                }
            }
            if (st.argidx < st.arglen && st.dict == null) throw Exceptions.typeError(ts, Percent.NOT_ALL_CONVERTED);
            return PyStr.of(ts, sb.toString());
        } catch (NumError e) {
            throw StrErrors.raise(ts, e);
        } finally {
            st.close();
        }
    }

    /** The value source: CPython's {@code args}, {@code arglen}, {@code argidx} and {@code dict}. */
    private static final class State implements PercentSpec.Args {
        final PyThreadState ts;
        PyObj args;
        boolean owned;
        long arglen, argidx;
        final PyObj dict;

        State(PyThreadState ts, PyObj args) {
            this.ts = ts;
            this.args = args;
            boolean tuple = args instanceof PyTuple;
            arglen = tuple ? ((PyTuple) args).size() : -1;
            argidx = tuple ? 0 : -2;
            dict = !tuple && !(args instanceof PyStr) && args.type().lookup(Ops.S_GETITEM) != null ? args : null;
        }

        /** The next value (borrowed). */
        PyObj next() {
            if (argidx < arglen) {
                long i = argidx++;
                return arglen < 0 ? args : ((PyTuple) args).get((int) i);
            }
            throw Exceptions.typeError(ts, Percent.NOT_ENOUGH_ARGUMENTS);
        }

        @Override
        public void beginKey() {
            if (dict == null) throw Exceptions.typeError(ts, Percent.REQUIRES_MAPPING);
        }

        @Override
        public void key(String key) {
            PyStr k = new PyStr(ts, key);
            PyObj v;
            try {
                v = Ops.getItem(ts, dict, k);
            } finally {
                RefCount.decref(k, ts);
            }
            close();
            args = v;
            owned = true;
            arglen = -1;
            argidx = -2;
        }

        @Override
        public Number star() {
            PyObj v = next();
            if (!(v instanceof PyInt i)) throw Exceptions.typeError(ts, Percent.STAR_WANTS_INT);
            return i.toNumber();
        }

        void close() {
            if (owned) {
                owned = false;
                RefCount.decref(args, ts);
            }
        }
    }

    private static String formatOne(PyThreadState ts, PercentSpec spec, PyObj v, String fmt) {
        switch (spec.type) {
            case 's', 'r', 'a' -> {
                String s;
                if (spec.type == 's' && v.type() == Types.STR) s = ((PyStr) v).value;
                else {
                    PyStr r = spec.type == 's' ? Ops.str(ts, v) : spec.type == 'r' ? Ops.repr(ts, v) : Formatting.ascii(ts, v);
                    s = r.value;
                    RefCount.decref(r, ts);
                }
                return Percent.formatStr(spec, s);
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                if (v instanceof PyInt i) return Percent.formatInt(spec, i.toNumber());
                if (!isNumber(v)) throw Percent.wrongType(spec.type, v.typeName());
                boolean hex = spec.type == 'o' || spec.type == 'x' || spec.type == 'X';
                if (!hex && v instanceof PyFloat f && !f.type().isHeapType()) return Percent.formatIntOfFloat(spec, f.value);
                PyInt i;
                try {
                    i = hex ? Ops.index(ts, v) : NumConvert.toInt(ts, v);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.TYPE_ERROR)) throw e;
                    e.release(ts);
                    throw Percent.wrongType(spec.type, v.typeName());
                }
                try {
                    return Percent.formatInt(spec, i.toNumber());
                } finally {
                    RefCount.decref(i, ts);
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                return Percent.formatFloat(spec, NumConvert.asDouble(ts, v));
            }
            case 'c' -> {
                if (v instanceof PyStr s) return Percent.formatChar(spec, Percent.charOf(s.value));
                PyInt i;
                try {
                    i = Ops.index(ts, v);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.TYPE_ERROR)) throw e;
                    e.release(ts);
                    throw Exceptions.typeError(ts, Percent.CHAR_REQUIRED);
                }
                try {
                    return Percent.formatChar(spec, Percent.charOf(i.toNumber()));
                } finally {
                    RefCount.decref(i, ts);
                }
            }
            default -> throw spec.unsupported(fmt);
        }
    }

    /** CPython's {@code PyNumber_Check}: an int, float or complex, or a type with __index__, __int__ or __float__. */
    private static boolean isNumber(PyObj v) {
        if (v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex) return true;
        PyType t = v.type();
        return t.lookup(Ops.S_INDEX) != null || t.lookup(Ops.S_INT) != null || t.lookup(Ops.S_FLOAT) != null;
    }
}
