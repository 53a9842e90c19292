package skein.gc;

/**
 * How the collector reaches the interpreter's frame stacks without depending on it (the
 * module graph runs interpreter → gc): the interpreter installs a {@link Scanner} at start-up.
 *
 * <p>Why the collector needs them: a frame's locals and evaluation stack hold deferred objects
 * (functions) without counting them ({@link RefCount#increfStack}), so a function that only a
 * running frame refers to has nothing in its count to say so. Free-threaded CPython scans every
 * thread's frames during the collector's pause for the same reason
 * ({@code gc_visit_thread_stacks} in {@code Python/gc_free_threading.c}). Without a scanner (a
 * gc-only test) the collector leaves deferred objects alone: it cannot tell which are in use.
 */
public final class StackRoots {
    private StackRoots() {}

    /** Visits what one thread's frames refer to. */
    @FunctionalInterface
    public interface Scanner {
        /**
         * Calls {@code v.visit} for every object the frames of {@code t} refer to, counted or not:
         * functions being run, globals, locals and every non-null stack slot. Called with the
         * world stopped, on the collecting thread; {@code t} is suspended or detached (or is the
         * collecting thread itself). Visiting a slot that is no longer live only keeps its object
         * one more collection; missing a live one frees an object in use.
         */
        void visitRoots(ThreadState t, PyObject.Visitor v);
    }

    private static volatile Scanner scanner;

    public static void install(Scanner s) {
        scanner = s;
    }

    /** The installed scanner, or null (the collector then treats deferred objects as always reachable). */
    static Scanner scanner() {
        return scanner;
    }
}
