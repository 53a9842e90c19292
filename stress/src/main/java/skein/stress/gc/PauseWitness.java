package skein.stress.gc;

import skein.gc.StopTheWorld;
import skein.gc.ThreadState;
import skein.stress.support.Probe;

/**
 * A {@link Probe} that also records whether the world was stopped when it was deallocated.
 * Nothing may free an object inside a stop-the-world pause: the collector is reading every
 * count and reference then, and freeing runs finalizers and weakref callbacks (Python code)
 * on a thread that is not attached.
 */
final class PauseWitness extends Probe {
    private volatile int freedInPause;

    PauseWitness(ThreadState ts) {
        super(ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        if (StopTheWorld.isStopped()) freedInPause = 1;
        super.clearReferences(ts);
    }

    /** 1 if it was freed while the world was stopped. */
    int freedInPause() {
        return freedInPause;
    }
}
