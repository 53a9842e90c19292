package skein.interpreter.builtins.module;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import skein.gc.RefCount;
import skein.interpreter.builtins.BuiltinsModule;
import skein.interpreter.builtins.MathModule;
import skein.interpreter.builtins.NativeModules;
import skein.interpreter.builtins.SysModule;
import skein.interpreter.builtins.TimeModule;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.builtins.module.Py.*;

/** The sys module's state and the registry of native modules. */
class SysAndRegistryTest {
    @AfterEach
    void release() {
        releaseAll();
    }

    @Test
    void registryFindsEachModuleOnce() {
        assertSame(BuiltinsModule.get(), NativeModules.find("builtins"));
        assertSame(SysModule.get(), NativeModules.find("sys"));
        assertSame(MathModule.get(), NativeModules.find("math"));
        assertSame(TimeModule.get(), NativeModules.find("time"));
        assertSame(NativeModules.find("math"), NativeModules.find("math"));
        assertNull(NativeModules.find("no_such_module_here"));
        assertEquals("<module 'math' (built-in)>", repr(NativeModules.find("math")));
        assertEquals("'math'", repr(attr("math", "__name__")));
        assertTrue(NativeModules.names().containsAll(List.of("builtins", "sys", "math", "time")));
    }

    @Test
    void recursionLimitIsStoredForTheEvalLoop() {
        int old = skein.interpreter.runtime.Eval.recursionLimit;
        try {
            assertEquals(String.valueOf(old), outcome(() -> sys("getrecursionlimit")));
            assertEquals("None", outcome(() -> sys("setrecursionlimit", 200000)));
            assertEquals(200000, skein.interpreter.runtime.Eval.recursionLimit);
            assertEquals("200000", outcome(() -> sys("getrecursionlimit")));
            assertEquals("ValueError: recursion limit must be greater or equal than 1", outcome(() -> sys("setrecursionlimit", 0)));
            assertEquals(200000, skein.interpreter.runtime.Eval.recursionLimit);
            TS.pythonDepth = 50;
            assertEquals("RecursionError: cannot set the recursion limit to 40 at the recursion depth 50: the limit is too low",
                    outcome(() -> sys("setrecursionlimit", 40)));
        } finally {
            TS.pythonDepth = 0;
            skein.interpreter.runtime.Eval.recursionLimit = old;
        }
    }

    private static PyException raised(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            return e;
        }
        throw new AssertionError("nothing raised");
    }

    @Test
    void exitRaisesSystemExitWithCode() {
        PyException e = raised(() -> sys("exit", 3));
        try {
            assertSame(Exceptions.SYSTEM_EXIT, e.type());
            assertEquals("(3,)", repr(e.value.args));
            assertEquals("3", outcome(() -> Ops.getAttr(TS, e.value, PyStr.intern("code"))));
        } finally {
            e.release(TS);
        }
        PyException bare = raised(() -> sys("exit"));
        try {
            assertEquals("()", repr(bare.value.args));
            assertEquals("None", outcome(() -> Ops.getAttr(TS, bare.value, PyStr.intern("code"))));
        } finally {
            bare.release(TS);
        }
        PyException none = raised(() -> sys("exit", (Object) null));
        try {
            assertEquals("()", repr(none.value.args));
        } finally {
            none.release(TS);
        }
        PyException msg = raised(() -> sys("exit", "fatal: configuration file is missing"));
        try {
            assertEquals("'fatal: configuration file is missing'", outcome(() -> Ops.getAttr(TS, msg.value, PyStr.intern("code"))));
        } finally {
            msg.release(TS);
        }
    }

    @Test
    void argvPathAndModules() {
        SysModule.setArgv(TS, List.of("NAME.py"));
        SysModule.setPath(TS, List.of("/some/dir"));
        assertEquals("['NAME.py']", repr(attr("sys", "argv")));
        assertEquals("['/some/dir']", repr(attr("sys", "path")));
        assertTrue(attr("sys", "argv") instanceof PyList);
        assertSame(SysModule.modules(), attr("sys", "modules"));
        assertSame(SysModule.get(), SysModule.modules().getStr(PyStr.intern("sys")));
        assertSame(SysModule.stdout(), attr("sys", "stdout"));
        assertSame(SysModule.stderr(), attr("sys", "__stderr__"));
        assertSame(SysModule.stdin(), attr("sys", "stdin"));
    }

    @Test
    void excInfoReportsTheHandledException() {
        PyException e = Exceptions.valueError(TS, "boom");
        PyObj saved = TS.excInfo.value;
        TS.excInfo.value = e.value;
        try {
            PyObj info = own(sys("exc_info"));
            PyTuple t = (PyTuple) info;
            assertSame(Exceptions.VALUE_ERROR, t.get(0));
            assertSame(e.value, t.get(1));
            assertSame(PyNone.NONE, t.get(2));
            assertSame(e.value, own(sys("exception")));
        } finally {
            TS.excInfo.value = saved;
            e.release(TS);
        }
        assertEquals("None", outcome(() -> sys("exception")));
    }

    @Test
    void builtinsHoldsTypesExceptionsAndConstants() {
        PyDict d = builtinsDict();
        for (String name : Exceptions.all().keySet()) assertSame(Exceptions.all().get(name), d.getStr(PyStr.intern(name)), name);
        assertSame(Exceptions.OS_ERROR, d.getStr(PyStr.intern("IOError")));
        for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.FLOAT, Types.BOOL, Types.STR, Types.LIST,
                Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE, Types.ENUMERATE, Types.ZIP,
                Types.MAP, Types.FILTER, Types.REVERSED, Types.PROPERTY, Types.SUPER}) {
            assertSame(t, d.getStr(PyStr.intern(t.name())), t.name());
        }
        assertSame(PyNone.NONE, d.getStr(PyStr.intern("None")));
        assertSame(PyEllipsis.ELLIPSIS, d.getStr(PyStr.intern("Ellipsis")));
        assertSame(PyNotImplemented.NOT_IMPLEMENTED, d.getStr(PyStr.intern("NotImplemented")));
        assertEquals("<built-in function print>", repr(d.getStr(PyStr.intern("print"))));
        assertEquals("'builtins'", repr(d.getStr(PyStr.intern("__name__"))));
    }

    @Test
    void idIsStableAndDistinct() {
        PyObj a = v(List.of()), b2 = v(List.of());
        assertEquals(outcome(() -> b("id", a)), outcome(() -> b("id", a)));
        assertNotEquals(outcome(() -> b("id", a)), outcome(() -> b("id", b2)));
    }

    @Test
    void dirOfAnInstanceMergesItsDictAndClass() {
        PyType cls = new PyType(TS, Types.TYPE, "P", new PyType[] {Types.OBJECT}, new PyDict(TS));
        cls.setTypeAttr(TS, PyStr.intern("kind"), v("point"));
        PyObj p = own(skein.interpreter.runtime.TypeCall.instantiate(TS, cls));
        Ops.setAttr(TS, p, PyStr.intern("y"), v(2));
        Ops.setAttr(TS, p, PyStr.intern("x"), v(1));
        PyObj names = own(b("dir", p));
        assertTrue(repr(names).contains("'kind', 'x', 'y'"), repr(names));
        assertTrue(repr(names).contains("'__class__'"), repr(names));
        assertEquals("{'y': 2, 'x': 1}", outcome(() -> b("vars", p)));
        assertEquals("True", outcome(() -> b("hasattr", p, "kind")));
        assertEquals("None", outcome(() -> b("delattr", p, "x")));
        assertEquals("AttributeError: 'P' object has no attribute 'x'", outcome(() -> b("delattr", p, "x")));
        assertEquals("'fallback'", outcome(() -> b("getattr", p, "x", "fallback")));
        assertEquals("True", outcome(() -> b("isinstance", p, cls)));
        assertEquals("True", outcome(() -> b("isinstance", p, new Object[] {Types.INT, cls})));
        assertEquals("True", outcome(() -> b("issubclass", cls, Types.OBJECT)));
        assertEquals("False", outcome(() -> b("callable", p)));
    }
}
