package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static skein.interpreter.builtins.ModuleSupport.fn;

/**
 * The builtins that look at objects rather than compute with them: {@code len id repr ascii
 * format isinstance issubclass callable getattr setattr hasattr delattr dir vars}.
 */
final class BuiltinsIntrospection {
    private BuiltinsIntrospection() {}

    private static final PyStr S_FORMAT = PyStr.intern("__format__");
    private static final PyStr S_INSTANCECHECK = PyStr.intern("__instancecheck__");
    private static final PyStr S_SUBCLASSCHECK = PyStr.intern("__subclasscheck__");
    private static final PyStr S_DIR = PyStr.intern("__dir__");
    private static final PyStr S_LOCALS = PyStr.intern("locals");
    private static final PyStr EMPTY = PyStr.intern("");

    static void install(PyModule m) {
        fn(m, "len", (ts, a, k) -> {
            Args.check(ts, "len", a, k, 1, 1);
            return PyInt.of(ts, Ops.len(ts, a[0]));
        });
        fn(m, "id", (ts, a, k) -> {
            Args.check(ts, "id", a, k, 1, 1);
            return PyInt.of(ts, a[0].identityHash());
        });
        fn(m, "repr", (ts, a, k) -> {
            Args.check(ts, "repr", a, k, 1, 1);
            return Ops.repr(ts, a[0]);
        });
        fn(m, "ascii", (ts, a, k) -> {
            Args.check(ts, "ascii", a, k, 1, 1);
            PyStr r = Ops.repr(ts, a[0]);
            String esc = asciiEscape(r.value);
            if (esc == r.value) return r;
            RefCount.decref(r, ts);
            return new PyStr(ts, esc);
        });
        fn(m, "format", (ts, a, k) -> {
            Args.check(ts, "format", a, k, 1, 2);
            return format(ts, a[0], a.length > 1 ? a[1] : EMPTY);
        });
        fn(m, "isinstance", (ts, a, k) -> {
            Args.check(ts, "isinstance", a, k, 2, 2);
            return PyBool.of(isInstance(ts, a[0], a[1], 0));
        });
        fn(m, "issubclass", (ts, a, k) -> {
            Args.check(ts, "issubclass", a, k, 2, 2);
            return PyBool.of(isSubclass(ts, a[0], a[1], 0));
        });
        fn(m, "callable", (ts, a, k) -> {
            Args.check(ts, "callable", a, k, 1, 1);
            return PyBool.of(Ops.isCallable(a[0]));
        });
        fn(m, "getattr", BuiltinsIntrospection::getattr);
        fn(m, "setattr", (ts, a, k) -> {
            Args.check(ts, "setattr", a, k, 3, 3);
            Ops.setAttr(ts, a[0], ModuleSupport.attrName(ts, a[1]), a[2]);
            return PyNone.NONE;
        });
        fn(m, "delattr", (ts, a, k) -> {
            Args.check(ts, "delattr", a, k, 2, 2);
            Ops.setAttr(ts, a[0], ModuleSupport.attrName(ts, a[1]), null);
            return PyNone.NONE;
        });
        fn(m, "hasattr", (ts, a, k) -> {
            Args.check(ts, "hasattr", a, k, 2, 2);
            PyObj r = getAttrOrNull(ts, a[0], ModuleSupport.attrName(ts, a[1]));
            if (r == null) return PyBool.FALSE;
            RefCount.decref(r, ts);
            return PyBool.TRUE;
        });
        fn(m, "dir", (ts, a, k) -> {
            Args.check(ts, "dir", a, k, 0, 1);
            return a.length == 0 ? dirLocals(ts) : dir(ts, a[0]);
        });
        fn(m, "vars", (ts, a, k) -> {
            Args.check(ts, "vars", a, k, 0, 1);
            if (a.length == 0) return callLocals(ts);
            PyObj d;
            try {
                d = Ops.getAttrOrNull(ts, a[0], Ops.S_DICT);
            } catch (PyException e) {
                if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) throw e;
                e.release(ts);
                d = null;
            }
            if (d == null) throw Exceptions.typeError(ts, "vars() argument must have __dict__ attribute");
            return d;
        });
    }

    /** {@code ascii()}'s escaping of a repr: non-ASCII code points as \xhh, \\uhhhh or \\Uhhhhhhhh. Same instance if all ASCII. */
    static String asciiEscape(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 128) i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) b.append((char) c);
            else if (c < 0x100) b.append(String.format("\\x%02x", c));
            else if (c < 0x10000) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        }
        return b.toString();
    }

    static PyObj format(PyThreadState ts, PyObj value, PyObj spec) {
        if (!(spec instanceof PyStr)) {
            throw Exceptions.typeError(ts, "format() argument 2 must be str, not " + spec.typeName());
        }
        PyObj m = value.type().lookup(S_FORMAT);
        if (m == null) throw Exceptions.typeError(ts, "Type " + value.typeName() + " doesn't define __format__");
        PyObj r = Ops.callMethod(ts, m, value, new PyObj[] {spec}, null);
        if (!(r instanceof PyStr)) {
            String tn = r.typeName();
            RefCount.decref(r, ts);
            throw Exceptions.typeError(ts, "__format__ must return a str, not " + tn);
        }
        return r;
    }

    // ---- isinstance / issubclass ----

    /** Depth guard for nested tuples of classes, as CPython's recursion check. */
    private static void checkDepth(PyThreadState ts, int depth, String what) {
        if (depth > 1000) throw Exceptions.recursionError(ts, "maximum recursion depth exceeded in " + what);
    }

    /** {@code isinstance(o, cls)}: a type, a (nested) tuple of them, or a class with {@code __instancecheck__}. */
    static boolean isInstance(PyThreadState ts, PyObj o, PyObj cls, int depth) {
        if (o.type() == cls) return true;
        if (cls instanceof PyType t && !t.type().isHeapType()) return instanceOfType(ts, o, t);
        if (cls instanceof PyTuple tup) {
            checkDepth(ts, depth, "__instancecheck__");
            for (int i = 0; i < tup.size(); i++) if (isInstance(ts, o, tup.get(i), depth + 1)) return true;
            return false;
        }
        PyObj check = cls.type().lookup(S_INSTANCECHECK);
        if (check != null && cls.type().isHeapType()) return truth(ts, Ops.callMethod(ts, check, cls, new PyObj[] {o}, null));
        if (cls instanceof PyType t) return instanceOfType(ts, o, t);
        throw Exceptions.typeError(ts, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /**
     * By the type, then (CPython's {@code object_isinstance}) by {@code o.__class__} when that
     * differs: only a weak proxy answers one here, the class of its referent.
     */
    private static boolean instanceOfType(PyThreadState ts, PyObj o, PyType t) {
        if (o.type().isSubtypeOf(t)) return true;
        if (!(o instanceof PyWeakProxy p)) return false;
        PyObj c = p.getAttr(ts, Ops.S_CLASS);
        if (c == null) return false;
        boolean r = c instanceof PyType ct && ct.isSubtypeOf(t);
        RefCount.decref(c, ts);
        return r;
    }

    static boolean isSubclass(PyThreadState ts, PyObj c, PyObj cls, int depth) {
        if (cls instanceof PyType t && !t.type().isHeapType()) {
            if (!(c instanceof PyType ct)) throw Exceptions.typeError(ts, "issubclass() arg 1 must be a class");
            return ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            checkDepth(ts, depth, "__subclasscheck__");
            for (int i = 0; i < tup.size(); i++) if (isSubclass(ts, c, tup.get(i), depth + 1)) return true;
            return false;
        }
        PyObj check = cls.type().lookup(S_SUBCLASSCHECK);
        if (check != null && cls.type().isHeapType()) return truth(ts, Ops.callMethod(ts, check, cls, new PyObj[] {c}, null));
        if (!(cls instanceof PyType t)) {
            throw Exceptions.typeError(ts, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (!(c instanceof PyType ct)) throw Exceptions.typeError(ts, "issubclass() arg 1 must be a class");
        return ct.isSubtypeOf(t);
    }

    private static boolean truth(PyThreadState ts, PyObj r) {
        try {
            return Ops.isTrue(ts, r);
        } finally {
            RefCount.decref(r, ts);
        }
    }

    // ---- attributes ----

    private static PyObj getattr(PyThreadState ts, PyObj[] a, PyStr[] k) {
        Args.check(ts, "getattr", a, k, 2, 3);
        PyStr name = ModuleSupport.attrName(ts, a[1]);
        if (a.length == 2) return Ops.getAttr(ts, a[0], name);
        PyObj r = getAttrOrNull(ts, a[0], name);
        if (r != null) return r;
        RefCount.incref(a[2], ts);
        return a[2];
    }

    /** The attribute, or null when looking it up raised AttributeError (anything else propagates). */
    static PyObj getAttrOrNull(PyThreadState ts, PyObj o, PyStr name) {
        try {
            return Ops.getAttrOrNull(ts, o, name);
        } catch (PyException e) {
            if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) throw e;
            e.release(ts);
            return null;
        }
    }

    // ---- dir / vars ----

    /** {@code dir(o)}: {@code __dir__} of a class that defines one, else the names CPython's object.__dir__ finds; sorted. */
    static PyObj dir(PyThreadState ts, PyObj o) {
        PyType t = o.type();
        if (t.isHeapType()) {
            PyObj m = t.lookup(S_DIR);
            if (m != null) {
                PyObj r = Ops.callMethod(ts, m, o, new PyObj[0], null);
                try {
                    return sortedList(ts, r);
                } finally {
                    RefCount.decref(r, ts);
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        if (o instanceof PyModule mod) {
            addKeys(names, mod.dict);
        } else if (o instanceof PyType cls) {
            addTypeNames(names, cls);
        } else {
            PyDict d = o.instanceDict();
            if (d != null) addKeys(names, d);
            addTypeNames(names, t);
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(ModuleSupport::compareCodePoints);
        return ModuleSupport.newStrList(ts, sorted);
    }

    private static void addTypeNames(Set<String> names, PyType cls) {
        for (PyType c : cls.mro()) addKeys(names, c.dict());
    }

    private static void addKeys(Set<String> names, PyDict d) {
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            if (d.keyAt(e) instanceof PyStr s) names.add(s.value);
        }
    }

    /** {@code sorted(iterable)}. */
    static PyObj sortedList(PyThreadState ts, PyObj iterable) {
        return Sorting.sorted(ts, iterable, null, false);
    }

    /** {@code locals()} as the builtins module has it (the eval loop's engineer provides it). */
    private static PyObj callLocals(PyThreadState ts) {
        PyObj f = BuiltinsModule.get().dict.getStr(S_LOCALS);
        if (f == null) throw Exceptions.systemError(ts, "locals() is not available");
        return Ops.call(ts, f);
    }

    /** {@code dir()} without an argument: the sorted names of the current local scope. */
    private static PyObj dirLocals(PyThreadState ts) {
        PyObj locals = callLocals(ts);
        try {
            return sortedList(ts, locals);
        } finally {
            RefCount.decref(locals, ts);
        }
    }
}
