package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

/**
 * The methods and attributes of BaseException and the builtin exceptions with extra
 * behaviour: args, str/repr, __traceback__/__cause__/__context__, with_traceback, KeyError's
 * str, StopIteration.value, SystemExit.code, OSError's errno/strerror/filename.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    public static void install(PyThreadState ts) {
        PyType t = Exceptions.BASE_EXCEPTION;
        Slots.staticMethod(t, "__new__", (s, a, k) -> {
            PyType cls = (PyType) a[0];
            PyObj o = TypeCall.instantiate(s, cls);
            if (o instanceof PyBaseException be) {
                PyTuple args = PyTuple.of(s, java.util.Arrays.copyOfRange(a, 1, Args.npos(a, k)));
                be.setArgs(s, args);
                RefCount.decref(args, s);
            }
            return o;
        });
        Slots.method(t, "__init__", (s, a, k) -> {
            PyBaseException be = (PyBaseException) a[0];
            int npos = Args.npos(a, k);
            if (k != null && k.length > 0) {
                // NameError(name=), AttributeError(name=, obj=), ImportError(name=, path=) (3.10+)
                java.util.Set<String> allowed = keywordsOf(be.type());
                if (allowed.isEmpty()) throw Exceptions.typeError(s, be.type().name() + "() takes no keyword arguments");
                for (int i = 0; i < k.length; i++) {
                    if (!allowed.contains(k[i].value)) {
                        throw Exceptions.typeError(s, be.type().name() + "() got an unexpected keyword argument '" + k[i].value + "'");
                    }
                    be.setAttr(s, k[i].value, a[npos + i]);
                }
            }
            PyTuple args = PyTuple.of(s, java.util.Arrays.copyOfRange(a, 1, npos));
            be.setArgs(s, args);
            RefCount.decref(args, s);
            return PyNone.NONE;
        });
        Slots.method(t, "__str__", (s, a, k) -> str(s, (PyBaseException) a[0]));
        Slots.method(t, "__repr__", (s, a, k) -> {
            PyBaseException be = (PyBaseException) a[0];
            String name = be.type().name();
            PyTuple args = be.args;
            if (args.size() == 1) return new PyStr(s, name + "(" + Ops.reprString(s, args.get(0)) + ")");
            String r = Ops.reprString(s, args);
            return new PyStr(s, name + r);
        });
        Slots.getset(t, "args", (s, self) -> {
            PyTuple args = ((PyBaseException) self).args;
            RefCount.incref(args, s);
            return args;
        }, (s, self, v) -> {
            if (v == null) throw Exceptions.typeError(s, "args may not be deleted");
            PyTuple nt = v instanceof PyTuple tt ? tt : null;
            if (nt == null) throw Exceptions.typeError(s, "args must be a tuple");
            ((PyBaseException) self).setArgs(s, nt);
        });
        Slots.getset(t, "__traceback__", (s, self) -> orNone(s, ((PyBaseException) self).traceback), (s, self, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyTraceback)) {
                throw Exceptions.typeError(s, "__traceback__ must be a traceback or None");
            }
            ((PyBaseException) self).setTraceback(s, v instanceof PyTraceback tb ? tb : null);
        });
        Slots.getset(t, "__cause__", (s, self) -> orNone(s, ((PyBaseException) self).cause), (s, self, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Exceptions.typeError(s, "exception cause must be None or derive from BaseException");
            }
            PyBaseException be = (PyBaseException) self;
            be.setCause(s, v == PyNone.NONE ? null : v);
            be.suppressContext = true;
        });
        Slots.getset(t, "__context__", (s, self) -> orNone(s, ((PyBaseException) self).context), (s, self, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Exceptions.typeError(s, "exception context must be None or derive from BaseException");
            }
            ((PyBaseException) self).setContext(s, v == PyNone.NONE ? null : v);
        });
        Slots.getset(t, "__suppress_context__", (s, self) -> PyBool.of(((PyBaseException) self).suppressContext),
                (s, self, v) -> ((PyBaseException) self).suppressContext = v != null && Ops.isTrue(s, v));
        Slots.getset(t, "__dict__", (s, self) -> {
            PyDict d = ((PyBaseException) self).dict(s);
            RefCount.incref(d, s);
            return d;
        }, null);
        Slots.method(t, "with_traceback", (s, a, k) -> {
            Args.check(s, "with_traceback", a, k, 2, 2);
            PyBaseException be = (PyBaseException) a[0];
            be.setTraceback(s, a[1] instanceof PyTraceback tb ? tb : null);
            RefCount.incref(be, s);
            return be;
        });
        Slots.method(t, "add_note", (s, a, k) -> {
            Args.check(s, "add_note", a, k, 2, 2);
            PyBaseException be = (PyBaseException) a[0];
            if (!(a[1] instanceof PyStr)) throw Exceptions.typeError(s, "note must be a str, not '" + a[1].typeName() + "'");
            PyObj notes = be.attr("__notes__");
            if (notes == null) {
                notes = Build.list(s, new PyObj[0], 0);
                be.setAttrSteal(s, "__notes__", notes);
            }
            Build.listAppend(s, notes, a[1]);
            return PyNone.NONE;
        });

        Slots.method(Exceptions.KEY_ERROR, "__str__", (s, a, k) -> {
            PyBaseException be = (PyBaseException) a[0];
            if (be.args.size() == 1) return Ops.repr(s, be.args.get(0));
            return str(s, be);
        });
        attrFromArgs(Exceptions.STOP_ITERATION, "value", 0);
        attrFromArgs(Exceptions.SYSTEM_EXIT, "code", 0);
        for (PyType ty : new PyType[] {Exceptions.NAME_ERROR, Exceptions.ATTRIBUTE_ERROR, Exceptions.IMPORT_ERROR}) {
            Slots.getset(ty, "name", (s, self) -> orNone(s, ((PyBaseException) self).attr("name")),
                    (s, self, v) -> ((PyBaseException) self).setAttr(s, "name", v == null ? PyNone.NONE : v));
        }
        Slots.getset(Exceptions.ATTRIBUTE_ERROR, "obj", (s, self) -> orNone(s, ((PyBaseException) self).attr("obj")), null);
        PyType os = Exceptions.OS_ERROR;
        Slots.getset(os, "errno", (s, self) -> osArg(s, (PyBaseException) self, 0), null);
        Slots.getset(os, "strerror", (s, self) -> osArg(s, (PyBaseException) self, 1), null);
        Slots.getset(os, "filename", (s, self) -> orNone(s, ((PyBaseException) self).attr("filename")), null);
        Slots.method(os, "__str__", (s, a, k) -> {
            PyBaseException be = (PyBaseException) a[0];
            PyObj fn = be.attr("filename");
            if (be.args.size() >= 2) {
                String base = "[Errno " + Ops.strString(s, be.args.get(0)) + "] " + Ops.strString(s, be.args.get(1));
                if (fn != null && fn != PyNone.NONE) base += ": " + Ops.reprString(s, fn);
                return new PyStr(s, base);
            }
            return str(s, be);
        });
        PyType se = Exceptions.SYNTAX_ERROR;
        for (String n : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"}) {
            Slots.getset(se, n, (s, self) -> orNone(s, ((PyBaseException) self).attr(n)),
                    (s, self, v) -> ((PyBaseException) self).setAttr(s, n, v == null ? PyNone.NONE : v));
        }
        Slots.method(se, "__str__", (s, a, k) -> {
            PyBaseException be = (PyBaseException) a[0];
            PyObj msg = be.attr("msg");
            PyObj file = be.attr("filename");
            PyObj line = be.attr("lineno");
            if (msg == null) return str(s, be);
            String m = Ops.strString(s, msg);
            if (file instanceof PyStr f && line instanceof PyInt l) {
                String base = f.value.substring(f.value.lastIndexOf('/') + 1);
                return new PyStr(s, m + " (" + base + ", line " + l.value + ")");
            }
            if (line instanceof PyInt l) return new PyStr(s, m + " (line " + l.value + ")");
            return new PyStr(s, m);
        });
    }

    /** BaseException.__str__: '' for no args, str(arg) for one, str(args) otherwise. */
    static PyStr str(PyThreadState ts, PyBaseException be) {
        PyTuple args = be.args;
        if (args.size() == 0) return PyStr.intern("");
        if (args.size() == 1) return Ops.str(ts, args.get(0));
        return Ops.str(ts, args);
    }

    private static java.util.Set<String> keywordsOf(PyType t) {
        if (t.isSubtypeOf(Exceptions.ATTRIBUTE_ERROR)) return java.util.Set.of("name", "obj");
        if (t.isSubtypeOf(Exceptions.NAME_ERROR)) return java.util.Set.of("name");
        if (t.isSubtypeOf(Exceptions.IMPORT_ERROR)) return java.util.Set.of("name", "path");
        return java.util.Set.of();
    }

    private static void attrFromArgs(PyType t, String name, int index) {
        Slots.getset(t, name, (s, self) -> {
            PyBaseException be = (PyBaseException) self;
            PyObj v = be.attr(name);
            if (v == null) v = be.args.size() > index ? be.args.get(index) : PyNone.NONE;
            RefCount.incref(v, s);
            return v;
        }, (s, self, v) -> ((PyBaseException) self).setAttr(s, name, v == null ? PyNone.NONE : v));
    }

    private static PyObj osArg(PyThreadState ts, PyBaseException be, int i) {
        PyObj v = be.args.size() >= 2 ? be.args.get(i) : PyNone.NONE;
        RefCount.incref(v, ts);
        return v;
    }

    private static PyObj orNone(PyThreadState ts, PyObj o) {
        if (o == null) return PyNone.NONE;
        RefCount.incref(o, ts);
        return o;
    }
}
