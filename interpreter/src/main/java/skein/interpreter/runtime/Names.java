package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.bytecode.Code;
import skein.interpreter.objects.*;

/** Name look-ups of module and class bodies (the locals mapping), and the NameErrors. */
final class Names {
    private Names() {}

    static PyException notDefined(PyThreadState ts, PyStr name) {
        PyException e = Exceptions.nameError(ts, "name '" + name.value + "' is not defined");
        e.value.setAttr(ts, "name", name);
        return e;
    }

    static PyException unboundDeref(PyThreadState ts, PyCode pc, int slot) {
        String n = pc.localsNames[slot].value;
        if ((pc.code.localsKinds[slot] & Code.KIND_FREE) != 0) {
            return Exceptions.nameError(ts, "cannot access free variable '" + n
                    + "' where it is not associated with a value in enclosing scope");
        }
        return Exceptions.of(ts, Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + n
                + "' where it is not associated with a value");
    }

    /** LOAD_NAME: the locals mapping, the globals, the builtins. New reference. */
    static PyObj loadName(PyThreadState ts, Frame f, PyStr name) {
        PyObj v = lookupLocals(ts, f, name);
        if (v != null) return v;
        v = f.globals.getStrRef(name, ts);
        if (v == null) v = f.builtins.getStrRef(name, ts);
        if (v == null) throw notDefined(ts, name);
        return v;
    }

    /** The locals mapping's value for name (new reference) or null. */
    private static PyObj lookupLocals(PyThreadState ts, Frame f, PyStr name) {
        PyObj locals = f.locals;
        if (locals == null) return null;
        if (locals instanceof PyDict d && d.type() == Types.DICT) {
            return d.getStrRef(name, ts);
        }
        try {
            return Ops.getItem(ts, locals, name);
        } catch (PyException e) {
            if (!e.matches(Exceptions.KEY_ERROR)) throw e;
            e.release(ts);
            return null;
        }
    }

    static void storeName(PyThreadState ts, Frame f, PyStr name, PyObj v) {
        PyObj locals = f.locals;
        if (locals == null) throw Exceptions.systemError(ts, "no locals found when storing '" + name.value + "'");
        if (locals instanceof PyDict d && d.type() == Types.DICT) d.putStr(name, v, ts);
        else Ops.setItem(ts, locals, name, v);
    }

    static void deleteName(PyThreadState ts, Frame f, PyStr name) {
        PyObj locals = f.locals;
        if (locals instanceof PyDict d && d.type() == Types.DICT) {
            PyObj old = d.popStr(name, ts);
            if (old == null) throw notDefined(ts, name);
            RefCount.decref(old, ts);
            return;
        }
        try {
            Ops.delItem(ts, locals, name);
        } catch (PyException e) {
            if (!e.matches(Exceptions.KEY_ERROR)) throw e;
            e.release(ts);
            throw notDefined(ts, name);
        }
    }

    /** LOAD_CLASSDEREF: a class body reads a name from its mapping first, then the enclosing cell. */
    static PyObj loadClassDeref(PyThreadState ts, Frame f, int slot) {
        PyStr name = f.code.localsNames[slot];
        PyObj v = lookupLocals(ts, f, name);
        if (v != null) return v;
        PyObj c = ((PyCell) f.slots[slot]).value;
        if (c == null) throw unboundDeref(ts, f.code, slot);
        RefCount.incref(c, ts);
        return c;
    }

    static void setupAnnotations(PyThreadState ts, Frame f) {
        PyStr key = PyStr.intern("__annotations__");
        if (lookupLocals(ts, f, key) instanceof PyObj existing) {
            RefCount.decref(existing, ts);
            return;
        }
        PyDict d = new PyDict(ts);
        storeName(ts, f, key, d);
        RefCount.decref(d, ts);
    }
}
