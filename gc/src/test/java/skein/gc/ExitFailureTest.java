package skein.gc;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A thread whose exit fails (an internal error freeing an object queued to it) must still end:
 * detached and out of the registry. Left attached, it held up the next stop-the-world for ever —
 * how an internal error in one CI run of the stress suite became a 300-second hang instead of a
 * failure.
 */
class ExitFailureTest {
    /** An object whose deallocation fails, as a runtime bug would. */
    static final class Exploding extends PyObject {
        Exploding(ThreadState ts) {
            super(ts);
        }

        @Override
        protected void clearReferences(ThreadState ts) {
            throw new IllegalStateException("injected failure while freeing");
        }
    }

    @Test
    void aFailedExitStillDetachesAndUnregisters() {
        assumeTrue(RuntimeConfig.POLICY == RefcountPolicy.BIASED, "the merge queue is biased counting's");
        ThreadState owner = ThreadRegistry.create("exit-fails");
        ThreadState other = ThreadRegistry.create("other");
        try {
            Exploding o = new Exploding(owner); // the owner's one local reference
            RefCount.decref(o, other);          // dropped by another thread: queued to the owner
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ThreadRegistry.exit(owner));
            assertTrue(e.getMessage().contains("injected"), e.getMessage());
            assertFalse(owner.isAttached(), "a failed exit left its state attached");
            assertTrue(owner.hasExited());
            assertNull(ThreadRegistry.byId(owner.id), "a failed exit left its state registered");
            // nobody is left attached for a pause to wait for
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                other.attach();
                StopTheWorld.stop(other);
                StopTheWorld.start(other);
                other.detach();
            });
        } finally {
            ThreadRegistry.exit(other);
        }
    }
}
