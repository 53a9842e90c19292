package skein.gc;

import java.util.function.Predicate;

/**
 * How the collector reaches the interpreter's weak references without depending on it (the
 * module graph runs interpreter → gc): the interpreter installs a {@link Clearer} at start-up.
 */
public final class WeakRefHooks {
    private WeakRefHooks() {}

    /** Clears the weak references to one object the collector found unreachable. */
    @FunctionalInterface
    public interface Clearer {
        /**
         * Clears every weak reference to {@code o} (each now answers None / raises
         * ReferenceError) and returns what runs their callbacks, or null if there is nothing to
         * call. Called with the world stopped, before any finalizer of the garbage runs; the
         * returned action runs after the world restarts, on the collecting thread, attached.
         * A weak reference that is itself garbage ({@code isGarbage}) is cleared but its
         * callback is not called (CPython's rule: the callback could see the garbage).
         */
        Runnable clear(PyObject o, Predicate<PyObject> isGarbage, ThreadState ts);
    }

    private static volatile Clearer clearer;

    public static void install(Clearer c) {
        clearer = c;
    }

    /** The installed clearer, or null before the interpreter installs one (gc-only tests). */
    public static Clearer clearer() {
        return clearer;
    }
}
