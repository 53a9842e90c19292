package skein.interpreter.runtime;

import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.interpreter.objects.PyObj;
import skein.metrics.ThreadCounters;

/**
 * One Python thread's interpreter state on top of its refcounting state: the frame stack
 * (a linked list of {@link Frame}s through {@code back}), the exception being handled, and
 * the two depth counters. Being a {@link ThreadState} itself, it is what every incref and
 * decref of this thread takes, so the interpreter never looks a thread state up.
 *
 * <p>Two depths, because the two stacks are different resources: {@link #pythonDepth}
 * counts Python frames (limited by {@code sys.setrecursionlimit}; a Python-to-Python call
 * costs no Java stack), {@link #nativeDepth} counts re-entries of the eval loop from Java
 * (a builtin calling back into Python), which do cost Java stack and have their own limit.
 */
public final class PyThreadState extends ThreadState {
    /** The innermost running frame, or null. */
    public Frame frame;
    public int pythonDepth;
    public int nativeDepth;
    /** A Python call's frame that compiled code made, for the eval loop to push ({@link CompiledCode}). */
    Frame compiledCallee;
    /** The exception being handled ({@code sys.exc_info()}), innermost first. */
    public ExcInfo excInfo = new ExcInfo(null);

    /** Run by the thread itself when it ends (sentinel locks of {@code _thread._set_sentinel}, thread-local dicts). */
    private java.util.List<java.util.function.Consumer<PyThreadState>> atExit;

    PyThreadState(int id, String name, ThreadCounters counters) {
        super(id, name, counters);
        if (ThreadCounters.HOT) counters.siteSource(this::site);
    }

    @Override
    protected ThreadState newExitHelper(String helperName) {
        return ThreadRegistry.create(helperName, PyThreadState::new);
    }

    /** A place in the program: an instruction of a code object (for the hot-objects report). */
    public record Site(skein.interpreter.objects.PyCode code, int index) {}

    /** Where this thread is now: its innermost frame's current instruction, or null. Called by the thread itself. */
    private Site site() {
        Frame f = frame;
        return f == null ? null : new Site(f.code, f.lasti);
    }

    /** Binds the calling Java thread to a new Python thread state and attaches it (it may run Python code). */
    public static PyThreadState attach(String name) {
        PyThreadState ts = ThreadRegistry.attach(name, PyThreadState::new);
        ts.attach();
        return ts;
    }

    /**
     * A state not bound to the calling Java thread: for a thread about to start (registered now,
     * so its ident exists; bound by {@link #bindNew}) or for a harness (jcstress) that hands it to
     * the one actor thread that will use it (end it with {@code ThreadRegistry.exit}).
     */
    public static PyThreadState create(String name) {
        return ThreadRegistry.create(name, PyThreadState::new);
    }

    /** An automatic collection, with {@code gc.callbacks} around it. */
    @Override
    protected void runScheduledCollection() {
        skein.interpreter.builtins.GcModule.collect(this, 2, skein.gc.Collector.Reason.AUTOMATIC);
    }

    /** On the new thread: binds the state {@link #create} made and attaches it. */
    public void bindNew() {
        ThreadRegistry.bind(this);
        attach();
    }

    /** Registers work for this thread to do when it ends, before its state goes. */
    public void atExit(java.util.function.Consumer<PyThreadState> action) {
        if (atExit == null) atExit = new java.util.ArrayList<>();
        atExit.add(action);
    }

    /** The end of a Python thread, on that thread, attached: exit actions, then the state leaves the runtime. */
    public void end() {
        runExitActions();
        ThreadRegistry.exit(this);
    }

    /** The exit actions alone: the main thread's, at the end of the program (its state stays). */
    public void runExitActions() {
        java.util.List<java.util.function.Consumer<PyThreadState>> actions = atExit;
        atExit = null;
        if (actions != null) for (var a : actions) a.accept(this);
    }

    /** A wait that may block the thread; true if what it waited for happened. */
    @FunctionalInterface
    public interface Wait {
        boolean await() throws InterruptedException;
    }

    /**
     * Runs a blocking wait detached (CPython's {@code Py_BEGIN_ALLOW_THREADS}): the thread's
     * critical sections are suspended, a stop-the-world pause need not wait for it, and under
     * the GIL other threads run meanwhile. Re-attaches before returning or throwing.
     */
    public boolean blockDetached(Wait wait) {
        detach();
        try {
            return wait.await();
        } catch (InterruptedException e) {
            return false;
        } finally {
            attach();
        }
    }

    /** The calling thread's Python state; attaches it if it has none. */
    public static PyThreadState current() {
        ThreadState ts = ThreadRegistry.current();
        if (ts instanceof PyThreadState p) return p;
        if (ts != null) throw new IllegalStateException("thread attached without interpreter state");
        return attach(Thread.currentThread().getName());
    }

    /**
     * A node of the chain of exceptions being handled. A generator links its own node in
     * while it runs, so an {@code except} block inside it does not clobber the caller's.
     */
    public static final class ExcInfo {
        /** The handled exception (an owned reference), or null for none. */
        public PyObj value;
        public ExcInfo previous;

        public ExcInfo(ExcInfo previous) {
            this.previous = previous;
        }
    }

    /** The innermost exception being handled, or null: what {@code sys.exc_info()} reports. */
    public PyObj handledException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null && e.value != skein.interpreter.objects.PyNone.NONE) return e.value;
        }
        return null;
    }
}
