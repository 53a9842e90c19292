package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hot shared leaves ({@link HotLeaves}): registered in a pause, counted in per-thread slots from
 * then on by every thread (the former owner too), freed only by a sweep that finds the slots'
 * sum zero — never while a slot, a live thread's or an exited thread's, still holds a reference.
 */
class HotLeavesTest {
    /** An int-like leaf: no references, no finalizer. */
    static final class Leaf extends PyObject {
        Leaf(ThreadState ts) {
            super(ts);
            markLeaf();
        }
    }

    ThreadState main;
    ThreadState creator;

    @BeforeEach
    void attach() {
        assumeTrue(HotLeaves.ENABLED, "biased counting only");
        main = ThreadRegistry.attach("hot-main");
        creator = ThreadRegistry.create("creator");
    }

    @AfterEach
    void detach() {
        if (creator != null && !creator.hasExited()) ThreadRegistry.exit(creator);
        if (main != null) ThreadRegistry.detach();
    }

    /** A leaf made by {@code creator}, which main (attached) reads once and registers: returns it with main's reference taken. */
    private Leaf registeredLeaf() {
        Leaf x = new Leaf(creator);
        RefCount.incref(x, main); // a non-owner's reference: the shared word
        sampleUntilCandidate(x, main);
        HotLeaves.registerCandidates(main);
        assertTrue(HotLeaves.isRegistered(x), "registered in the pause");
        return x;
    }

    /** Samples {@code x} on {@code ts} until it is hot; returns how many samples that took. */
    private static int sampleUntilCandidate(PyObject x, ThreadState ts) {
        int before = ts.hotCandidateCount;
        int n = 0;
        while (ts.hotCandidateCount == before) {
            HotLeaves.sample(x, ts);
            n++;
            assertTrue(n <= HotLeaves.HOT_SAMPLES, "hot after HOT_SAMPLES samples");
        }
        return n;
    }

    @Test
    void aLeafSampledFewerTimesThanTheThresholdIsNotACandidate() {
        assumeTrue(HotLeaves.HOT_SAMPLES > 1);
        Leaf x = new Leaf(creator);
        RefCount.incref(x, main);
        int before = main.hotCandidateCount;
        for (int k = 1; k < HotLeaves.HOT_SAMPLES; k++) HotLeaves.sample(x, main);
        assertEquals(before, main.hotCandidateCount, "a leaf read a few times stays counted on the shared word");
        assertEquals(HotLeaves.HOT_SAMPLES, sampleUntilCandidate(x, main) + HotLeaves.HOT_SAMPLES - 1);
        HotLeaves.registerCandidates(main);
        assertTrue(HotLeaves.isRegistered(x));
        RefCount.decref(x, main);
        RefCount.decref(x, creator);
        Collector.collect(main, Collector.Reason.MANUAL);
        assertTrue(x.isFreed());
    }

    private static int index(PyObject x) {
        return HotLeaves.indexOf(x.lpOwner());
    }

    @Test
    void everyThreadCountsInItsSlotAndOnlyTheSweepFrees() {
        Leaf x = registeredLeaf();
        int i = index(x);
        long shared = x.lvShared();
        RefCount.incref(x, creator); // the former owner is a non-owner now
        assertEquals(1, PerThreadRefs.count(creator, i));
        assertEquals(shared, x.lvShared(), "the shared word does not move");

        RefCount.decref(x, main); // main's read reference
        RefCount.decref(x, creator);
        assertEquals(0, PerThreadRefs.count(creator, i));
        assertEquals(-1, PerThreadRefs.count(main, i), "a reference counted in the shared word, dropped in a slot");
        Collector.collect(main, Collector.Reason.MANUAL);
        assertFalse(x.isFreed(), "the creator's first reference is still out");

        RefCount.decref(x, creator); // the last reference
        assertFalse(x.isFreed(), "a decrement never frees a registered leaf");
        Collector.collect(main, Collector.Reason.MANUAL);
        assertTrue(x.isFreed(), "the sweep found the sum zero");
        assertFalse(HotLeaves.isRegistered(x));
        assertEquals(0, PerThreadRefs.count(main, i), "the freed index's slots are zeroed for its next leaf");
    }

    @Test
    void anExitedThreadsSlotStillCounts() {
        Leaf x = registeredLeaf();
        ThreadState reader = ThreadRegistry.create("reader");
        RefCount.incref(x, reader); // taken on a thread that then exits, handed to main
        ThreadRegistry.exit(reader);
        RefCount.decref(x, main);
        RefCount.decref(x, creator);
        Collector.collect(main, Collector.Reason.MANUAL);
        assertFalse(x.isFreed(), "the exited reader's +1 is in the retired slots: one reference is out");
        RefCount.decref(x, main); // the reader's reference, dropped by main
        Collector.collect(main, Collector.Reason.MANUAL);
        assertTrue(x.isFreed());
    }

    @Test
    void tryIncrefOfARegisteredLeafSucceedsInTheSlot() {
        Leaf x = registeredLeaf();
        assertTrue(RefCount.tryIncref(x, creator));
        assertEquals(1, PerThreadRefs.count(creator, index(x)));
        RefCount.decref(x, creator);
        RefCount.decref(x, creator);
        RefCount.decref(x, main);
        Collector.collect(main, Collector.Reason.MANUAL);
        assertTrue(x.isFreed());
    }

    @Test
    void aLeafSampledTwiceIsRegisteredOnceAndItsSecondCandidateReferenceIsDropped() {
        Leaf x = new Leaf(creator);
        RefCount.incref(x, main);
        sampleUntilCandidate(x, main);
        sampleUntilCandidate(x, main);
        int before = HotLeaves.registeredCount();
        HotLeaves.registerCandidates(main);
        assertEquals(before + 1, HotLeaves.registeredCount());
        RefCount.decref(x, main);
        RefCount.decref(x, creator);
        Collector.collect(main, Collector.Reason.MANUAL);
        assertTrue(x.isFreed(), "both candidate references were accounted for");
    }

    @Test
    void theTeardownFoldReturnsALeafToOrdinaryCounting() {
        Leaf x = registeredLeaf();
        RefCount.decref(x, main);
        ThreadRegistry.exit(creator); // the creator's reference is in its (local) count, now merged
        PerThreadRefs.merge(main);
        assertFalse(HotLeaves.isRegistered(x));
        assertEquals(1, RefCount.trueCount(x), "the creator's reference");
        assertFalse(x.isFreed());
        RefCount.decref(x, main);
        assertTrue(x.isFreed(), "an ordinary decrement frees it again");
    }

    @Test
    void aCandidateLeftAtThreadExitIsDropped() {
        ThreadState sampler = ThreadRegistry.create("sampler");
        Leaf x = new Leaf(creator);
        RefCount.incref(x, sampler);
        sampleUntilCandidate(x, sampler);
        ThreadRegistry.exit(sampler); // never registered: its candidate reference goes
        RefCount.decref(x, main); // the sampler's read reference, handed over
        RefCount.decref(x, creator);
        assertTrue(x.isFreed());
    }
}
