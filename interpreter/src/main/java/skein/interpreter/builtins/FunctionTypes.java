package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.bytecode.Code;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

/** Generator objects' methods and the code object's introspection attributes. */
public final class FunctionTypes {
    private FunctionTypes() {}

    public static void install(PyThreadState ts) {
        installGenerator();
        installCode();
    }

    private static void installGenerator() {
        PyType t = Types.GENERATOR;
        Slots.method(t, "__iter__", (s, a, k) -> {
            RefCount.incref(a[0], s);
            return a[0];
        });
        Slots.method(t, "__next__", (s, a, k) -> {
            Args.check(s, "__next__", a, k, 1, 1);
            return orStop(s, (PyGenerator) a[0], Generators.send(s, a[0], PyNone.NONE));
        });
        Slots.method(t, "send", (s, a, k) -> {
            Args.check(s, "send", a, k, 2, 2);
            return orStop(s, (PyGenerator) a[0], Generators.send(s, a[0], a[1]));
        });
        Slots.method(t, "throw", (s, a, k) -> {
            Args.check(s, "throw", a, k, 2, 4);
            PyGenerator g = (PyGenerator) a[0];
            PyException exc = makeThrown(s, a);
            return orStop(s, g, Generators.throwInto(s, g, exc));
        });
        Slots.method(t, "close", (s, a, k) -> {
            Args.check(s, "close", a, k, 1, 1);
            Generators.close(s, (PyGenerator) a[0]);
            return PyNone.NONE;
        });
        Slots.getset(t, "gi_running", (s, self) -> PyBool.of(((PyGenerator) self).running), null);
        Slots.getset(t, "gi_suspended", (s, self) -> {
            PyGenerator g = (PyGenerator) self;
            return PyBool.of(g.started && !g.finished && !g.running);
        }, null);
        Slots.getset(t, "gi_frame", (s, self) -> {
            PyGenerator g = (PyGenerator) self;
            return g.finished ? PyNone.NONE : skein.interpreter.runtime.FrameTypes.frameObject(s, g.frame);
        }, null);
        Slots.getset(t, "gi_code", (s, self) -> ((PyGenerator) self).frame.code, null);
        Slots.getset(t, "gi_yieldfrom", (s, self) -> {
            PyObj y = Generators.yieldFrom((PyGenerator) self);
            if (y == null) return PyNone.NONE;
            RefCount.incref(y, s);
            return y;
        }, null);
        Slots.getset(t, "__name__", (s, self) -> ((PyGenerator) self).name, null);
        Slots.getset(t, "__qualname__", (s, self) -> ((PyGenerator) self).qualname, null);
    }

    /** A finished generator: StopIteration carrying its return value. */
    private static PyObj orStop(PyThreadState ts, PyGenerator g, PyObj r) {
        if (r != null) return r;
        PyObj v = g.returnValue;
        g.returnValue = null;
        try {
            throw Exceptions.stopIteration(ts, v);
        } finally {
            if (v != null) RefCount.decref(v, ts);
        }
    }

    /** throw(type[, value[, tb]]) or throw(instance): the exception to raise at the yield. */
    private static PyException makeThrown(PyThreadState ts, PyObj[] a) {
        PyObj typ = a[1];
        PyObj val = a.length > 2 ? a[2] : PyNone.NONE;
        PyObj tb = a.length > 3 ? a[3] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw Exceptions.typeError(ts, "throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType cls && cls.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException be && be.type().isSubtypeOf(cls)) {
                RefCount.incref(be, ts);
                exc = be;
            } else {
                PyObj[] args = val == PyNone.NONE ? new PyObj[0]
                        : val instanceof PyTuple vt ? vt.array() : new PyObj[] {val};
                PyObj made = Ops.call(ts, cls, args, null);
                if (!(made instanceof PyBaseException be)) {
                    RefCount.decref(made, ts);
                    throw Exceptions.typeError(ts, "exceptions must derive from BaseException");
                }
                exc = be;
            }
        } else if (typ instanceof PyBaseException be) {
            if (val != PyNone.NONE) throw Exceptions.typeError(ts, "instance exception may not have a separate value");
            RefCount.incref(be, ts);
            exc = be;
        } else {
            throw Exceptions.typeError(ts, "exceptions must be classes or instances deriving from BaseException, not "
                    + typ.typeName());
        }
        if (tb instanceof PyTraceback t) exc.setTraceback(ts, t);
        return new PyException(exc);
    }

    private static void installCode() {
        PyType t = Types.CODE;
        Slots.getset(t, "co_kwonlyargcount", (s, self) -> PyInt.of(s, ((PyCode) self).code.kwOnlyArgCount), null);
        Slots.getset(t, "co_posonlyargcount", (s, self) -> PyInt.of(s, ((PyCode) self).code.posOnlyArgCount), null);
        Slots.getset(t, "co_flags", (s, self) -> PyInt.of(s, ((PyCode) self).code.flags), null);
        Slots.getset(t, "co_stacksize", (s, self) -> PyInt.of(s, ((PyCode) self).code.stackSize), null);
        Slots.getset(t, "co_nlocals", (s, self) -> PyInt.of(s, kindNames((PyCode) self, Code.KIND_LOCAL).length), null);
        Slots.getset(t, "co_freevars", (s, self) -> PyTuple.of(s, kindNames((PyCode) self, Code.KIND_FREE)), null);
        Slots.getset(t, "co_cellvars", (s, self) -> PyTuple.of(s, kindNames((PyCode) self, Code.KIND_CELL)), null);
        Slots.getset(t, "co_names", (s, self) -> PyTuple.of(s, ((PyCode) self).names), null);
        Slots.getset(t, "co_consts", (s, self) -> PyTuple.of(s, ((PyCode) self).consts), null);
    }

    private static PyObj[] kindNames(PyCode c, byte kind) {
        java.util.List<PyObj> out = new java.util.ArrayList<>();
        for (int i = 0; i < c.nlocalsplus; i++) {
            byte k = c.code.localsKinds[i];
            // a parameter captured by a closure is LOCAL|CELL: a cell variable, and a local
            if ((k & kind) != 0) out.add(c.localsNames[i]);
        }
        return out.toArray(new PyObj[0]);
    }
}
