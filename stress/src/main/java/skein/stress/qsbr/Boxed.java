package skein.stress.qsbr;

import skein.gc.Freelists;
import skein.gc.PyObject;
import skein.gc.ThreadState;

/**
 * An object with one value that a lock-free reader looks at, freed to its thread's freelist.
 * The writer that takes it back re-initialises the value as a new object would
 * ({@link #reinit}), so a reader still looking at it sees a value the object it loaded never had.
 */
public class Boxed extends PyObject {
    public static final int KIND = Freelists.register("stress.qsbr.Boxed", 4);
    /** The value of the object the readers load. */
    public static final int ORIGINAL = 1;
    /** The value the writer gives the object when the freelist hands it out again. */
    public static final int RECYCLED = 2;
    /**
     * How many times a reader reads the value of a pointer it loaded: the time it holds the
     * pointer, as a lock-free lookup comparing keys or a builtin walking an object would.
     */
    static final int USES = 32;

    private volatile int value = ORIGINAL;

    public Boxed(ThreadState ts) {
        super(ts);
    }

    public final int value() {
        return value;
    }

    /** The new owner's initialisation of a recycled object. */
    public final void reinit(int v) {
        value = v;
    }

    @Override
    protected int freelistKind() {
        return KIND;
    }

    /**
     * A lock-free reader's look at the object in {@code slot} (already loaded by the caller, one
     * racy read): 0 if the slot was empty, 1 if every read of the value saw the object as it was
     * when loaded, 2 if a read saw it recycled while the reader still held the pointer.
     */
    public static int look(Boxed p) {
        if (p == null) return 0;
        for (int i = 0; i < USES; i++) {
            if (p.value() != ORIGINAL) return 2;
        }
        return 1;
    }
}
