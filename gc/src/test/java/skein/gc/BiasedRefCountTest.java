package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The biased protocol step by step. Two thread states are driven from the test thread in
 * turn: each is used by one thread at a time, which is all the protocol asks.
 */
class BiasedRefCountTest {
    ThreadState owner, other;

    @BeforeEach
    void setUp() {
        assumeTrue(RuntimeConfig.POLICY == RefcountPolicy.BIASED, "biased policy only");
        owner = ThreadRegistry.create("owner");
        other = ThreadRegistry.create("other");
    }

    @AfterEach
    void tearDown() {
        if (owner != null && !owner.hasExited()) ThreadRegistry.exit(owner);
        if (other != null && !other.hasExited()) ThreadRegistry.exit(other);
    }

    @Test
    void ownerCountsLocallyAndFreesAtZero() {
        Node n = new Node(owner);
        assertEquals(owner.id, n.lpOwner());
        RefCount.incref(n, owner);
        RefCount.incref(n, owner);
        assertEquals(3, n.lpLocal());
        assertEquals(0, n.lpShared(), "owner operations never touch the shared count");
        RefCount.decref(n, owner);
        RefCount.decref(n, owner);
        assertFalse(n.isFreed());
        RefCount.decref(n, owner);
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
    }

    @Test
    void nonOwnerCountsInTheSharedField() {
        Node n = new Node(owner);
        RefCount.incref(n, other);
        assertEquals(1, n.lpLocal());
        assertEquals(PyObject.SHARED_ONE, n.lpShared());
        RefCount.decref(n, other);
        assertEquals(0, n.lpShared());
        RefCount.decref(n, owner);
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
    }

    @Test
    void ownerDroppingLastLocalReferenceMergesAndNonOwnerFrees() {
        Node n = new Node(owner);
        RefCount.incref(n, other);          // other holds one, counted shared
        RefCount.decref(n, owner);          // local 0, shared 1: merge, do not free
        assertFalse(n.isFreed());
        assertEquals(0, n.lpOwner(), "merged objects have no owner");
        assertEquals(PyObject.SHARED_ONE | PyObject.SHARED_MERGED, n.lpShared());
        RefCount.decref(n, other);          // merged count reaches zero
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
    }

    @Test
    void nonOwnerDecrefAtSharedZeroQueuesToOwnerWhoMergesAndFrees() {
        Node n = new Node(owner);
        RefCount.incref(n, owner);          // the owner counts a reference it gives away
        RefCount.decref(n, other);          // the other thread drops it: shared is 0 -> queue
        assertEquals(PyObject.SHARED_QUEUED, n.lpShared());
        assertEquals(1, owner.mergeQueue.size());
        assertNotEquals(0, ((EvalBreakerWord) owner.evalBreaker()).lvBits() & EvalBreaker.MERGE_REFCOUNTS,
                "queueing raises the owner's eval-breaker bit");
        RefCount.decref(n, other);          // second drop: negative shared count, no second queue entry
        assertEquals(1, owner.mergeQueue.size());
        owner.serviceEvalBreaker();         // merge: 2 local - 1 shared - 1 queued = 0
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
        assertEquals(0, ((EvalBreakerWord) owner.evalBreaker()).lvBits());
    }

    @Test
    void mergeKeepsAnObjectStillReferenced() {
        Node n = new Node(owner);
        RefCount.incref(n, owner);
        RefCount.decref(n, other);          // queued
        owner.mergeQueuedObjects();         // total 1: the owner's own reference
        assertFalse(n.isFreed());
        assertEquals(0, n.lpOwner());
        assertEquals(1, n.refcountSnapshot());
        RefCount.decref(n, owner);          // owner is no longer the owner: shared path
        assertTrue(n.isFreed());
    }

    @Test
    void queueingToAnExitedOwnerMergesOnTheQueueingThread() {
        Node n = new Node(owner);
        RefCount.incref(n, owner);          // reference handed to other
        RefCount.decref(n, owner);          // owner drops its own (local 1 left: other's)
        ThreadRegistry.exit(owner);
        assertFalse(n.isFreed(), "objects outlive their owner thread while referenced");
        assertEquals(owner.id, n.lpOwner(), "the dead owner's id stays: ids are never reused");
        RefCount.decref(n, other);          // shared 0 -> queue -> owner gone -> merge here
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
    }

    @Test
    void ownerExitMergesItsPendingQueue() {
        Node n = new Node(owner);
        RefCount.incref(n, owner);
        RefCount.decref(n, owner);
        RefCount.decref(n, other);          // queued to owner, which never polls its breaker
        assertFalse(n.isFreed());
        ThreadRegistry.exit(owner);         // exit merges what is queued
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
    }

    @Test
    void threadIdsAreNeverReused() {
        int first = owner.id;
        ThreadRegistry.exit(owner);
        ThreadState again = ThreadRegistry.create("again");
        assertTrue(again.id > other.id && again.id > first);
        ThreadRegistry.exit(again);
    }

    @Test
    void immortalObjectsNeverChange() {
        Node n = new Node(owner);
        n.makeImmortal(owner);
        for (int i = 0; i < 10; i++) {
            RefCount.decref(n, owner);
            RefCount.decref(n, other);
        }
        RefCount.incref(n, other);
        assertEquals(PyObject.IMMORTAL_LOCAL, n.lpLocal());
        assertEquals(0, n.lpShared());
        assertFalse(n.isFreed());
    }

    @Test
    void deferredObjectsIgnoreStackReferencesAndWaitForTheCollector() {
        Node n = new Node(owner);
        n.makeDeferred(owner);
        long before = n.refcountSnapshot();
        RefCount.increfStack(n, other);
        RefCount.increfStack(n, owner);
        assertEquals(before, n.refcountSnapshot(), "stack references are not counted");
        RefCount.decrefStack(n, other);
        RefCount.decrefStack(n, owner);
        RefCount.decref(n, owner);          // the creator's counted reference goes
        assertFalse(n.isFreed(), "only the collector frees a deferred object");
        RefCount.releaseDeferred(n, other); // the collector's step
        owner.mergeQueuedObjects();
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
    }

    @Test
    void checkingCatchesANegativeCountAtMerge() {
        // Another thread over-releases: two decrefs for the one reference the owner holds.
        // Neither decref can see zero (the first queues, the second goes negative); the
        // owner's merge finds the total below zero.
        Node n = new Node(owner);
        RefCount.decref(n, other);
        RefCount.decref(n, other);
        assertEquals(-PyObject.SHARED_ONE | PyObject.SHARED_QUEUED, n.lpShared());
        RefcountError e = assertThrows(RefcountError.class, owner::mergeQueuedObjects);
        assertEquals("merge of node object: negative count -1", e.getMessage());
        assertFalse(n.isFreed());
    }
}
