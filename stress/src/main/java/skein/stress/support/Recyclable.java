package skein.stress.support;

import skein.gc.Freelists;
import skein.gc.ThreadState;

/**
 * A {@link Probe} that goes back to its freeing thread's freelist, so a harness can take it
 * out again ({@code ts.freelists().take(KIND, ts)}) and watch its re-initialised header: a
 * store that lands on an object after it was freed then shows up as a corrupt new object.
 */
public final class Recyclable extends Probe {
    public static final int KIND = Freelists.register("stress.Recyclable", 4);

    public Recyclable(ThreadState ts) {
        super(ts);
    }

    @Override
    protected int freelistKind() {
        return KIND;
    }
}
