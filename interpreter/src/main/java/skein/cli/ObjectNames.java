package skein.cli;

import skein.interpreter.builtins.PyLock;
import skein.interpreter.num.Floats;
import skein.interpreter.num.Strs;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.PyThreadState;
import skein.metrics.ObjectDescriber;

/**
 * Names the hot objects of a {@code --metrics} report without running any Python code: at exit
 * a user {@code __repr__} might fail, hang or see half-finalised state, so objects are named by
 * type and identity ({@code id()}), and only the builtin scalars show a value. Functions,
 * classes and modules say where they were defined.
 */
final class ObjectNames implements ObjectDescriber {
    static final ObjectNames INSTANCE = new ObjectNames();
    private static final int MAX_REPR = 40;

    private ObjectNames() {}

    @Override
    public Description describe(Object x) {
        if (!(x instanceof PyObj o)) return GENERIC.describe(x);
        String type = o instanceof PyType ? "type" : o.type().qualname();
        String repr = repr(o);
        if (o.isFreed()) repr += " (freed)";
        String defined = null;
        if (o instanceof PyFunction f) defined = place(f.code, 0);
        else if (o instanceof PyMethod m && m.func instanceof PyFunction f) defined = place(f.code, 0);
        else if (o instanceof PyCode c) defined = place(c, 0);
        return new Description(type, repr, defined);
    }

    private static String repr(PyObj o) {
        String id = String.format("0x%012x", o.identityHash());
        if (o == PyNone.NONE) return "None";
        if (o instanceof PyBool b) return b == PyBool.TRUE ? "True" : "False";
        if (o instanceof PyStr s) return clip(Strs.repr(s.value.length() > MAX_REPR ? s.value.substring(0, MAX_REPR) : s.value));
        if (o instanceof PyInt i && o.type() == Types.INT) return clip(i.big == null ? Long.toString(i.value) : i.big.toString());
        if (o instanceof PyFloat f && o.type() == Types.FLOAT) return Floats.repr(f.value);
        if (o instanceof PyFunction f) return "<function " + f.qualname.value + " at " + id + ">";
        if (o instanceof PyMethod m) {
            String fn = m.func instanceof PyFunction f ? f.qualname.value : m.func.typeName();
            return "<bound method " + fn + " of <" + m.self.typeName() + " object at "
                    + String.format("0x%012x", m.self.identityHash()) + ">>";
        }
        if (o instanceof PyType t) return "<class '" + t.qualname() + "'>";
        if (o instanceof PyModule m) return "<module '" + m.name + "'>";
        if (o instanceof PyCode c) return "<code object " + c.code.qualname + " at " + id + ">";
        String what = o.type().qualname();
        if (o instanceof PyLock) what = "_thread.lock";
        String size = "";
        if (o instanceof PyList l) size = ", " + items(l.size());
        else if (o instanceof PyDict d) size = ", " + items(d.size());
        else if (o instanceof PySet s) size = ", " + items(s.size());
        else if (o instanceof PyTuple t) size = ", " + items(t.size());
        return "<" + what + " object at " + id + size + ">";
    }

    private static String items(int n) {
        return n + (n == 1 ? " item" : " items");
    }

    private static String clip(String s) {
        return s.length() <= MAX_REPR + 2 ? s : s.substring(0, MAX_REPR) + "...";
    }

    @Override
    public String site(Object site) {
        if (site instanceof PyThreadState.Site s) return place(s.code(), s.index());
        return String.valueOf(site);
    }

    /** {@code file:line (function)}; the code's first line when {@code index} is 0. */
    private static String place(PyCode c, int index) {
        int line = index <= 0 ? c.code.firstLineno : c.code.lineAt(index);
        String file = c.code.filename;
        int slash = file.lastIndexOf('/');
        if (slash >= 0) file = file.substring(slash + 1);
        return file + ":" + line + " (" + c.code.qualname + ")";
    }
}
