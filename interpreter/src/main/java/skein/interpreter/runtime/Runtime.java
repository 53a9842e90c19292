package skein.interpreter.runtime;

import skein.interpreter.builtins.BuiltinTypes;
import skein.interpreter.objects.PyType;

/**
 * The process-wide runtime: made ready once, before the first Python code runs, by the thread
 * that starts it. Installing the builtin types' methods touches immortal objects only, so it
 * needs a thread state just to satisfy the refcount API.
 */
public final class Runtime {
    private Runtime() {}

    private static volatile PyThreadState boot;
    private static boolean ready;

    /** The thread state that initialised the runtime (used for immortal bookkeeping). */
    public static PyThreadState bootThread() {
        PyThreadState b = boot;
        if (b == null) throw new IllegalStateException("runtime not initialised");
        return b;
    }

    /** Prepares the builtin types and modules; idempotent. */
    public static synchronized void init(PyThreadState ts) {
        if (ready) return;
        boot = ts;
        Slots.installObject();
        Slots.put(skein.interpreter.objects.Types.OBJECT, "__new__", TypeCall.OBJECT_NEW);
        Slots.put(skein.interpreter.objects.Types.OBJECT, "__init__", TypeCall.OBJECT_INIT);
        BuiltinTypes.installAll(ts);
        CoreBuiltins.install(ts);
        FrameTypes.install(ts);
        // the cycle collector clears weak references to the garbage it finds through this
        skein.gc.WeakRefHooks.install(skein.interpreter.objects.WeakRefs::collectorClear);
        // and sees what the frames of every thread refer to (functions are not counted there)
        skein.gc.StackRoots.install(FrameRoots::visit);
        PyType.bumpVersion();
        ready = true;
    }

    /** Attaches the calling thread and initialises the runtime if needed: for tests and embedders. */
    public static PyThreadState start() {
        PyThreadState ts = PyThreadState.current();
        init(ts);
        return ts;
    }
}
