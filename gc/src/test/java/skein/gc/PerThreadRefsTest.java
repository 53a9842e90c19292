package skein.gc;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Per-thread counts of a deferred object: a thread's slot moves, the object's own count does not,
 * and an exited thread's (possibly negative) slot is folded in only by {@link PerThreadRefs#merge}
 * — never while another thread may still hold a positive slot, which is the bug this guards
 * against: folding "-1" early took a class's count to zero under a live instance.
 */
@Tag("policy")
class PerThreadRefsTest {
    @Test
    void slotsMoveInsteadOfTheCountAndAreFoldedOnlyByMerge() throws Exception {
        ThreadState main = ThreadRegistry.create("main");
        Node cls = new Node(main);
        cls.makeDeferred(main);
        int index = PerThreadRefs.register(cls);
        assertTrue(index >= 0);
        RefCount.decref(cls, main); // only the collector's bias keeps it now

        // the creator thread makes an "instance" (its slot +1), hands it over and exits first...
        ThreadState creator = ThreadRegistry.create("creator");
        PerThreadRefs.incref(cls, index, creator);
        // ...the other thread drops the instance (its slot -1) and exits too
        ThreadState other = ThreadRegistry.create("other");
        PerThreadRefs.decref(cls, index, other);
        assertEquals(-1, PerThreadRefs.count(other, index));
        ThreadRegistry.exit(other);
        assertFalse(cls.isFreed(), "an exited thread's negative slot must not reach the object before the merge");
        ThreadRegistry.exit(creator);
        assertFalse(cls.isFreed());
        // an ordinary reference taken and dropped meanwhile (the class in a module dict) must not free it
        RefCount.incref(cls, main);
        RefCount.decref(cls, main);
        main.mergeQueuedObjects();
        assertFalse(cls.isFreed(), "the creator's instance reference still counts");

        // a live thread still holds a reference through its slot while the others have exited
        PerThreadRefs.incref(cls, index, main);
        PerThreadRefs.merge(main);
        assertEquals(0, PerThreadRefs.count(main, index), "merge zeroes the slot");
        assertFalse(cls.isFreed(), "bias + the main thread's reference remain");
        PerThreadRefs.decref(cls, index, main);
        PerThreadRefs.merge(main);
        RefCount.releaseDeferred(cls, main);
        main.mergeQueuedObjects();
        assertTrue(cls.isFreed(), "freed once the bias went and every slot was folded in");
        assertEquals(1, cls.frees);
        PerThreadRefs.unregister(index);
        ThreadRegistry.exit(main);
    }

    @Test
    void unregisteredObjectsAreCountedNormally() {
        ThreadState ts = ThreadRegistry.create("plain");
        Node o = new Node(ts);
        assertEquals(-1, PerThreadRefs.register(o), "only deferred objects get per-thread counts");
        PerThreadRefs.incref(o, -1, ts);
        PerThreadRefs.decref(o, -1, ts);
        assertFalse(o.isFreed());
        PerThreadRefs.decref(o, -1, ts);
        assertTrue(o.isFreed());
        ThreadRegistry.exit(ts);
    }
}
