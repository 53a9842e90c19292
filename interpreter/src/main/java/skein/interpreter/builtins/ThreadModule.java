package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.concurrent.atomic.AtomicInteger;

import static skein.interpreter.builtins.ModuleSupport.fn;
import static skein.interpreter.builtins.ModuleSupport.put;

/**
 * The {@code _thread} module: Python threads on Java platform threads, each with its own
 * {@link PyThreadState} (frame stack, merge queue, critical sections, counters), plus the
 * lock types. {@code threading} and {@code queue} are written in Python on top of it (the
 * bundled library, {@code skein/interpreter/lib}).
 *
 * <p>A thread's ident is its thread-state id: small, never reused, and known to the starting
 * thread before the new one runs, because the state is registered first and bound by the new
 * thread ({@link PyThreadState#bindNew}).
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** CPython's {@code _thread.TIMEOUT_MAX} on Linux (seconds). */
    static final double TIMEOUT_MAX = 9223372036.0;
    /** Java stack of a Python thread: room for Java code re-entering the eval loop (see {@code Eval.nativeLimit}). */
    static final long THREAD_STACK_BYTES = 256L << 20;

    private static volatile PyModule module;
    /** Python threads started by start_new_thread and not yet ended ({@code _thread._count()}). */
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final PyStructSeq.Kind EXCEPTHOOK_ARGS = PyStructSeq.Kind.of("_thread", "_ExceptHookArgs",
            "_thread._ExceptHookArgs", "exc_type", "exc_value", "exc_traceback", "thread").constructible();
    private static volatile long stackSize;

    public static PyModule get() {
        PyModule m = module;
        if (m != null) return m;
        synchronized (ThreadModule.class) {
            if (module == null) module = create();
            return module;
        }
    }

    /** Python threads still running (not counting the main thread). */
    public static int running() {
        return RUNNING.get();
    }

    private static PyModule create() {
        PyModule m = new PyModule("_thread");
        put(m, "__name__", PyStr.intern("_thread"));
        put(m, "__doc__", PyNone.NONE);
        installLock();
        installRLock();
        installLocal();
        put(m, "LockType", PyLock.TYPE);
        put(m, "lock", PyLock.TYPE);
        put(m, "RLock", PyRLock.TYPE);
        put(m, "_local", PyLocal.TYPE);
        put(m, "error", Exceptions.RUNTIME_ERROR);
        put(m, "TIMEOUT_MAX", PyFloat.immortal(TIMEOUT_MAX));
        put(m, "_ExceptHookArgs", EXCEPTHOOK_ARGS.type());
        for (String name : new String[] {"allocate_lock", "allocate"}) {
            fn(m, name, (ts, a, k) -> {
                Args.check(ts, name, a, k, 0, 0);
                return new PyLock(ts);
            });
        }
        for (String name : new String[] {"start_new_thread", "start_new"}) {
            fn(m, name, (ts, a, k) -> {
                Args.noKeywords(ts, name, k);
                if (a.length < 2 || a.length > 3) throw Args.countError(ts, name, a.length, 2, 3);
                return PyInt.of(ts, startNewThread(ts, a[0], a[1], a.length == 3 ? a[2] : null));
            });
        }
        fn(m, "get_ident", (ts, a, k) -> {
            Args.check(ts, "get_ident", a, k, 0, 0);
            return PyInt.of(ts, ts.id);
        });
        fn(m, "get_native_id", (ts, a, k) -> {
            Args.check(ts, "get_native_id", a, k, 0, 0);
            return PyInt.of(ts, Thread.currentThread().threadId());
        });
        fn(m, "_count", (ts, a, k) -> {
            Args.check(ts, "_count", a, k, 0, 0);
            return PyInt.of(ts, RUNNING.get());
        });
        fn(m, "stack_size", (ts, a, k) -> {
            Args.check(ts, "stack_size", a, k, 0, 1);
            long old = stackSize;
            if (a.length == 1) {
                long n = Ops.asIndex(ts, a[0]);
                if (n != 0 && n < 32768) throw Exceptions.valueError(ts, "size not valid: " + n + " bytes");
                if (n < 0) throw Exceptions.valueError(ts, "size must be 0 or a positive value");
                stackSize = n;
            }
            return PyInt.of(ts, old);
        });
        fn(m, "_set_sentinel", (ts, a, k) -> {
            Args.check(ts, "_set_sentinel", a, k, 0, 0);
            PyLock lock = new PyLock(ts);
            RefCount.incref(lock, ts);
            ts.atExit(t -> {
                if (lock.isLocked()) lock.release();
                RefCount.decref(lock, t);
            });
            return lock;
        });
        fn(m, "_excepthook", (ts, a, k) -> {
            Args.check(ts, "_excepthook", a, k, 1, 1);
            excepthook(ts, a[0]);
            return PyNone.NONE;
        });
        fn(m, "exit", (ts, a, k) -> {
            Args.check(ts, "exit", a, k, 0, 0);
            throw Exceptions.withArgs(ts, Exceptions.SYSTEM_EXIT);
        });
        fn(m, "daemon_threads_allowed", (ts, a, k) -> PyBool.TRUE);
        // CPython 3.14's: names the running thread for the system; here, for metrics reports too
        fn(m, "set_name", (ts, a, k) -> {
            Args.check(ts, "set_name", a, k, 1, 1);
            if (!(a[0] instanceof PyStr name)) {
                throw Exceptions.typeError(ts, "set_name() argument 'name' must be str, not " + a[0].typeName());
            }
            ts.counters.rename(name.value);
            return PyNone.NONE;
        });
        return m;
    }

    // ==== threads ====

    private static final AtomicInteger JAVA_NAMES = new AtomicInteger();

    private static long startNewThread(PyThreadState ts, PyObj func, PyObj args, PyObj kwargs) {
        if (!Ops.isCallable(func)) throw Exceptions.typeError(ts, "first arg must be callable");
        if (!(args instanceof PyTuple)) throw Exceptions.typeError(ts, "2nd arg must be a tuple");
        if (kwargs != null && !(kwargs instanceof PyDict)) throw Exceptions.typeError(ts, "optional 3rd arg must be a dictionary");
        RefCount.incref(func, ts);
        RefCount.incref(args, ts);
        if (kwargs != null) RefCount.incref(kwargs, ts);
        String javaName = "python-thread-" + JAVA_NAMES.incrementAndGet();
        PyThreadState child = PyThreadState.create(javaName);
        long stack = stackSize != 0 ? Math.max(stackSize, THREAD_STACK_BYTES) : THREAD_STACK_BYTES;
        Thread t = Thread.ofPlatform().name(javaName).daemon(true).stackSize(stack)
                .unstarted(() -> bootstrap(child, func, (PyTuple) args, (PyDict) kwargs));
        RUNNING.incrementAndGet();
        try {
            t.start();
        } catch (OutOfMemoryError | IllegalStateException e) {
            RUNNING.decrementAndGet();
            throw Exceptions.runtimeError(ts, "can't start new thread");
        }
        return child.id;
    }

    /** The new thread's whole life. */
    private static void bootstrap(PyThreadState ts, PyObj func, PyTuple args, PyDict kwargs) {
        ts.bindNew();
        try {
            PyObj[] pos = args.array();
            PyObj[] all = pos;
            PyStr[] kwn = null;
            if (kwargs != null && Build.dictSize(kwargs) > 0) {
                PyObj[] kwvals = new PyObj[Build.dictSize(kwargs)];
                kwn = Build.dictKeysForCall(ts, kwargs, kwvals);
                all = new PyObj[pos.length + kwvals.length];
                System.arraycopy(pos, 0, all, 0, pos.length);
                System.arraycopy(kwvals, 0, all, pos.length, kwvals.length);
            }
            PyObj r = Ops.call(ts, func, all, kwn);
            RefCount.decref(r, ts);
        } catch (PyException e) {
            if (e.matches(Exceptions.SYSTEM_EXIT)) e.release(ts);
            else Unraisable.report(ts, e, "Exception ignored in thread started by: " + safeRepr(ts, func));
        } catch (StackOverflowError e) {
            Output.stderr().println("RecursionError: maximum recursion depth exceeded (Java stack exhausted) in thread " + ts.name);
        } catch (RuntimeException | Error e) {
            // a runtime bug (or checking mode catching one): reported as Python reports it, no Java trace
            Output.stderr().println("SystemError: internal error in thread " + ts.name + ": " + e);
            if (System.getenv("SKEIN_DEBUG") != null) e.printStackTrace();
        } finally {
            try {
                RefCount.decref(func, ts);
                RefCount.decref(args, ts);
                if (kwargs != null) RefCount.decref(kwargs, ts);
                Output.flushStdout();
                ts.end();
            } catch (RuntimeException | Error e) {
                Output.stderr().println("SystemError: internal error ending thread " + ts.name + ": " + e);
                if (System.getenv("SKEIN_DEBUG") != null) e.printStackTrace();
            } finally {
                RUNNING.decrementAndGet();
            }
        }
    }

    private static String safeRepr(PyThreadState ts, PyObj o) {
        try {
            return Ops.reprString(ts, o);
        } catch (PyException e) {
            e.release(ts);
            return "<object repr() failed>";
        }
    }

    /**
     * {@code _thread._excepthook(args)}: {@code Exception in thread NAME:} and the traceback
     * on {@code sys.stderr}; SystemExit is ignored.
     */
    private static void excepthook(PyThreadState ts, PyObj hookArgs) {
        if (!(hookArgs instanceof PyTuple s) || !hookArgs.type().isSubtypeOf(EXCEPTHOOK_ARGS.type()) || s.size() < 4) {
            throw Exceptions.typeError(ts, "_thread._excepthook argument type must be ExceptHookArgs");
        }
        PyObj type = s.get(0), value = s.get(1), thread = s.get(3);
        if (type == Exceptions.SYSTEM_EXIT) return;
        StringBuilder b = new StringBuilder("Exception in thread ");
        PyObj name = thread == PyNone.NONE ? null : Ops.getAttrOrNull(ts, thread, PyStr.intern("name"));
        if (name != null) {
            b.append(Ops.strString(ts, name));
            RefCount.decref(name, ts);
        } else {
            b.append(ts.id);
        }
        b.append(":\n");
        if (value instanceof PyBaseException e) b.append(Tracebacks.format(ts, e));
        else if (type instanceof PyType t) b.append(t.name()).append('\n');
        PyObj stderr = SysModule.get().dict.getStr(PyStr.intern("stderr"));
        if (stderr == null || stderr == PyNone.NONE) return;
        PyObj write = Ops.getAttr(ts, stderr, PyStr.intern("write"));
        try {
            PyObj text = new PyStr(ts, b.toString());
            try {
                RefCount.decref(Ops.call(ts, write, text), ts);
            } finally {
                RefCount.decref(text, ts);
            }
        } finally {
            RefCount.decref(write, ts);
        }
        PyObj flush = Ops.getAttrOrNull(ts, stderr, PyStr.intern("flush"));
        if (flush != null) {
            try {
                RefCount.decref(Ops.call(ts, flush), ts);
            } finally {
                RefCount.decref(flush, ts);
            }
        }
    }

    // ==== the lock types ====

    private static final String[] ACQUIRE_PARAMS = {"blocking", "timeout"};

    private static boolean blocking(PyThreadState ts, PyObj b) {
        return b == null || Ops.isTrue(ts, b);
    }

    private static void installLock() {
        PyType t = PyLock.TYPE;
        t.markFinal();
        Slots.install(t, PyLock.class);
        for (String name : new String[] {"acquire", "acquire_lock"}) {
            Slots.method(t, name, (ts, a, k) -> {
                PyObj[] p = Args.bind(ts, name, java.util.Arrays.copyOfRange(a, 1, a.length), k, ACQUIRE_PARAMS, 0, 0);
                boolean blocking = blocking(ts, p[0]);
                long nanos = PyLock.timeoutNanos(ts, blocking, p[1]);
                return PyBool.of(((PyLock) a[0]).acquire(ts, blocking, nanos));
            });
        }
        Slots.method(t, "__enter__", (ts, a, k) -> {
            ((PyLock) a[0]).acquire(ts, true, -1);
            return PyBool.TRUE;
        });
        for (String name : new String[] {"release", "release_lock", "__exit__"}) {
            Slots.method(t, name, (ts, a, k) -> {
                if (!((PyLock) a[0]).release()) throw Exceptions.runtimeError(ts, "release unlocked lock");
                return PyNone.NONE;
            });
        }
        for (String name : new String[] {"locked", "locked_lock"}) {
            Slots.method(t, name, (ts, a, k) -> PyBool.of(((PyLock) a[0]).isLocked()));
        }
        Slots.method(t, "_at_fork_reinit", (ts, a, k) -> PyNone.NONE);
    }

    private static void installRLock() {
        PyType t = PyRLock.TYPE;
        Slots.install(t, PyRLock.class);
        t.setFactory((ts, type) -> new PyRLock(ts, type));
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyType cls = MArgs.newType(ts, a, PyRLock.TYPE);
            return TypeCall.instantiate(ts, cls);
        });
        Slots.method(t, "acquire", (ts, a, k) -> {
            PyObj[] p = Args.bind(ts, "acquire", java.util.Arrays.copyOfRange(a, 1, a.length), k, ACQUIRE_PARAMS, 0, 0);
            boolean blocking = blocking(ts, p[0]);
            long nanos = PyLock.timeoutNanos(ts, blocking, p[1]);
            return PyBool.of(((PyRLock) a[0]).acquire(ts, blocking, nanos));
        });
        Slots.method(t, "__enter__", (ts, a, k) -> {
            ((PyRLock) a[0]).acquire(ts, true, -1);
            return PyBool.TRUE;
        });
        for (String name : new String[] {"release", "__exit__"}) {
            Slots.method(t, name, (ts, a, k) -> {
                ((PyRLock) a[0]).release(ts);
                return PyNone.NONE;
            });
        }
        Slots.method(t, "_is_owned", (ts, a, k) -> PyBool.of(((PyRLock) a[0]).isOwned(ts)));
        Slots.method(t, "_recursion_count", (ts, a, k) -> PyInt.of(ts, ((PyRLock) a[0]).recursionCount(ts)));
        Slots.method(t, "_release_save", (ts, a, k) -> {
            long[] st = ((PyRLock) a[0]).releaseSave(ts);
            return PyTuple.steal(ts, new PyObj[] {PyInt.of(ts, st[0]), PyInt.of(ts, st[1])});
        });
        Slots.method(t, "_acquire_restore", (ts, a, k) -> {
            Args.check(ts, "_acquire_restore", a, k, 2, 2);
            if (!(a[1] instanceof PyTuple st) || st.size() != 2) throw Exceptions.typeError(ts, "_acquire_restore() argument must be a (count, owner) tuple");
            ((PyRLock) a[0]).acquireRestore(ts, Ops.asIndex(ts, st.get(0)), Ops.asIndex(ts, st.get(1)));
            return PyNone.NONE;
        });
        Slots.method(t, "_at_fork_reinit", (ts, a, k) -> PyNone.NONE);
    }

    private static void installLocal() {
        PyType t = PyLocal.TYPE;
        Slots.install(t, PyLocal.class);
        t.setFactory((ts, type) -> new PyLocal(ts, type));
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyType cls = MArgs.newType(ts, a, PyLocal.TYPE);
            boolean hasArgs = a.length > 1;
            if (hasArgs && cls.lookup(PyStr.intern("__init__")) == TypeCall.OBJECT_INIT) {
                throw Exceptions.typeError(ts, "Initialization arguments are not supported");
            }
            PyLocal l = (PyLocal) TypeCall.instantiate(ts, cls);
            l.setCreator(ts);
            if (hasArgs) l.setInitArgs(ts, java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return l;
        });
    }
}
