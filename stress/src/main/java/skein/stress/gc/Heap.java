package skein.stress.gc;

import skein.gc.Collector;
import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.objects.PyFunction;
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyModule;
import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;
import skein.interpreter.runtime.Interpreter;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

/**
 * What the collector harnesses share: the interpreter, initialised once per test VM, small
 * object graphs built from real {@link PyList}s (tracked at birth, with the real
 * {@code traverse} and {@code clearForCollector}), and two Python functions run by the real eval
 * loop ({@link #MAKE}, {@link #MOVE}).
 *
 * <p>Two settings keep the harnesses about the race they name. Automatic collections are off
 * ({@link Collector#setEnabled}): only the collector actor and the arbiter collect, so an actor
 * passing a safe point never starts a collection of its own. And every object the runtime made
 * at start-up (types, builtins, their dicts: a few thousand) is frozen ({@link Collector#freeze}),
 * so a collection looks at the harness's objects only and takes microseconds, not milliseconds:
 * jcstress gets many more samples of the interleavings in the same time.
 *
 * <p>Between batches jcstress runs the arbiters and the constructors of the next states on
 * both actor threads at once, half the states each. So constructors build their objects
 * attached ({@link ThreadState#attach}: a collection in an arbiter on the other thread then
 * waits for them, instead of compacting a tracked list being appended to, which it once did:
 * a NullPointerException in {@code TrackedObjects.compact}), and arbiters run one at a time
 * through {@link #serially}, attached: a collection that finds another one running returns 0
 * without collecting, and an arbiter that checks what its own collection broke must know it ran.
 */
public final class Heap {
    private Heap() {}

    /** {@code make()}: a new function that refers to itself ({@code f.me = f}), so only a collection frees it. */
    public static final PyObj MAKE;
    /** {@code move(a, b)}: {@code b.append(a.pop())} with three safe points (backward jumps) in between. */
    public static final PyObj MOVE;

    static {
        PyThreadState boot = PyThreadState.create("gc-harness-boot");
        Runtime.init(boot);
        Collector.setEnabled(false);
        boot.attach();
        PyModule m = Interpreter.execModule(boot, "gc_harness", "<gc-harness>", """
                def make():
                    # a def at module level (of exec's namespace): a deferred function, as the
                    # harnesses need; a def nested in make() would be an ordinary counted one
                    ns = {}
                    exec("def f():\\n    return 42\\nf.me = f\\n", ns)
                    return ns.pop("f")

                def move(a, b):
                    v = a.pop()
                    for i in range(3):
                        pass
                    b.append(v)
                """);
        MAKE = m.dict.getStrRef(PyStr.intern("make"), boot);
        MOVE = m.dict.getStrRef(PyStr.intern("move"), boot);
        RefCount.decref(m, boot); // sys.modules keeps it
        Collector.freeze(boot);
        boot.detach();
    }

    /**
     * {@code make()} on {@code ts}, checked to be deferred: the frame-stack scan the harnesses
     * exercise matters only for deferred objects (a nested def once made this harness test an
     * ordinary counted function, and the broken collector passed).
     */
    public static PyObj makeDeferredFunction(PyThreadState ts) {
        PyObj f = Ops.call(ts, MAKE);
        if (!f.isDeferred()) throw new IllegalStateException("make() returned a function that is not deferred");
        return f;
    }

    /** Forces the initialisation (every state constructor calls it). */
    public static void init() {}

    private static final Object SERIAL = new Object();

    /** Runs an arbiter's {@code body} with {@code ts} attached, one arbiter at a time. */
    public static void serially(ThreadState ts, Runnable body) {
        synchronized (SERIAL) {
            ts.attach();
            try {
                body.run();
            } finally {
                ts.detach();
            }
        }
    }

    /** A manual collection on {@code ts}, which must be attached. */
    public static void collect(ThreadState ts) {
        Collector.collect(ts, Collector.Reason.MANUAL);
    }

    /** A new list holding one reference to each of {@code items} (the caller keeps its own). */
    public static PyList listOf(ThreadState ts, PyObj... items) {
        PyList l = new PyList(ts);
        for (PyObj o : items) l.append(ts, o);
        return l;
    }

    /**
     * Makes {@code a = [b]} and {@code b = [a]} out of two new lists and returns {@code a}; the
     * caller holds one reference to each (drop both and they are cyclic garbage).
     */
    public static PyList[] pair(ThreadState ts) {
        PyList a = new PyList(ts);
        PyList b = new PyList(ts);
        a.append(ts, b);
        b.append(ts, a);
        return new PyList[] {a, b};
    }

    /** 1 if {@code list} is alive and holds exactly {@code item}, alive: nothing cleared it. */
    public static int holdsOnly(PyList list, PyObj item) {
        return !list.isFreed() && list.size() == 1 && list.get(0) == item && !item.isFreed() ? 1 : 0;
    }

    /** 1 if the collector broke {@code list} (emptied it) or it was freed. */
    public static int cleared(PyList list) {
        return list.isFreed() || list.size() == 0 ? 1 : 0;
    }

    /**
     * 1 if {@code f}, made by {@link #MAKE}, is intact: its attribute dict still says
     * {@code f.me is f} and it still has its globals (the collector's clear drops both).
     */
    public static int intactFunction(PyObj f) {
        if (!(f instanceof PyFunction fn) || fn.isFreed() || fn.globals == null) return 0;
        var d = fn.instanceDict();
        return d != null && d.getStr(PyStr.intern("me")) == fn ? 1 : 0;
    }

    /** Drops one reference, on {@code ts}. */
    public static void drop(PyObj o, ThreadState ts) {
        RefCount.decref(o, ts);
    }
}
