package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link RefCount#tryIncref}: succeeds exactly when the object is provably alive, never touches a
 * freed object's counts, and never throws in checking mode for a freed object (a lock-free reader
 * meets freed objects as a matter of course). The first group runs under every policy; the
 * biased group walks each state of the shared word.
 */
@Tag("policy")
class TryIncrefTest {
    ThreadState owner, other;

    @BeforeEach
    void setUp() {
        owner = ThreadRegistry.create("owner");
        other = ThreadRegistry.create("other");
    }

    @AfterEach
    void tearDown() {
        if (!owner.hasExited()) ThreadRegistry.exit(owner);
        if (!other.hasExited()) ThreadRegistry.exit(other);
    }

    @Test
    void aliveObjectIsTakenByItsOwner() {
        Node n = new Node(owner);
        assertTrue(RefCount.tryIncref(n, owner));
        assertEquals(2, n.refcountSnapshot());
        RefCount.decref(n, owner);
        RefCount.decref(n, owner);
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
    }

    @Test
    void freedObjectIsRefusedAndStaysFreed() {
        Node n = new Node(owner);
        RefCount.decref(n, owner);
        assertTrue(n.isFreed());
        assertFalse(RefCount.tryIncref(n, owner), "the thread that freed it");
        assertFalse(RefCount.tryIncref(n, other), "another thread");
        assertFalse(RefCount.tryIncrefStack(n, other));
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
        assertThrows(RefcountError.class, () -> RefCount.incref(n, owner), "a plain incref would resurrect it");
    }

    @Test
    void immortalObjectsAlwaysSucceedAndNeverChange() {
        Node n = new Node(owner);
        n.makeImmortal(owner);
        long shared = n.lpShared();
        assertTrue(RefCount.tryIncref(n, owner));
        assertTrue(RefCount.tryIncref(n, other));
        assertTrue(RefCount.tryIncrefStack(n, other));
        assertEquals(PyObject.IMMORTAL_LOCAL, n.lpLocal());
        assertEquals(shared, n.lpShared());
    }

    @Test
    void deferredObjectsAreCountedUnlessTheReferenceIsForAStack() {
        Node n = new Node(owner);
        n.makeDeferred(owner);
        long before = n.refcountSnapshot();
        assertTrue(RefCount.tryIncrefStack(n, other));
        assertEquals(before, n.refcountSnapshot(), "a stack reference is not counted");
        assertTrue(RefCount.tryIncref(n, other), "the collector's bias keeps the shared count positive");
        assertEquals(before + 1, n.refcountSnapshot());
        RefCount.decref(n, other);
        RefCount.decref(n, owner);
        RefCount.releaseDeferred(n, other);
        owner.mergeQueuedObjects();
        assertTrue(n.isFreed());
        assertFalse(RefCount.tryIncref(n, other));
        assertFalse(RefCount.tryIncrefStack(n, other), "freed: no longer deferred, so it is refused");
    }

    /**
     * A reader loads an object from a slot while a writer empties the slot and drops the slot's
     * reference (freeing the object). The reader's protocol (try-incref, then check the slot still
     * holds it) must never hold a freed object; checking mode turns any resurrection into an error.
     */
    @Test
    void readersNeverHoldAnObjectTheWriterFreed() throws Exception {
        assumeTrue(RuntimeConfig.POLICY != RefcountPolicy.PLAIN, "plain counts are only valid under the GIL");
        int rounds = 20_000;
        AtomicReference<Node> slot = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        Thread writer = new Thread(() -> {
            try {
                for (int r = 0; r < rounds; r++) {
                    Node n = new Node(owner);
                    slot.set(n);
                    start.await();
                    for (int spin = r % 7; spin > 0; spin--) Thread.onSpinWait();
                    slot.set(null);
                    RefCount.decref(n, owner);
                    start.await();
                    owner.mergeQueuedObjects();
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        });
        Thread reader = new Thread(() -> {
            try {
                for (int r = 0; r < rounds; r++) {
                    start.await();
                    Node n = slot.get();
                    if (n != null && RefCount.tryIncref(n, other)) {
                        if (slot.get() == n) {
                            taken.incrementAndGet();
                            if (n.isFreed()) throw new AssertionError("reader holds a freed object in round " + r);
                        }
                        RefCount.decref(n, other);
                    }
                    start.await();
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        });
        writer.start();
        reader.start();
        writer.join(60_000);
        reader.join(60_000);
        if (failure.get() != null) throw new AssertionError(failure.get());
        assertFalse(writer.isAlive() || reader.isAlive(), "threads did not finish");
        assertTrue(taken.get() >= 0);
    }

    @Nested
    class Biased {
        @BeforeEach
        void biasedOnly() {
            assumeTrue(RuntimeConfig.POLICY == RefcountPolicy.BIASED, "biased policy only");
        }

        @Test
        void nonOwnerCannotProveLifeFromAnUnflaggedZeroSharedWord() {
            Node n = new Node(owner);
            assertFalse(RefCount.tryIncref(n, other), "the owner could be freeing it on a plain read of 0");
            assertEquals(1, n.lpLocal());
            assertEquals(0, n.lpShared());
            RefCount.decref(n, owner);
            assertTrue(n.isFreed());
        }

        @Test
        void nonOwnerSucceedsOnAPositiveSharedCount() {
            Node n = new Node(owner);
            RefCount.incref(n, other);
            assertTrue(RefCount.tryIncref(n, other));
            assertEquals(2 * PyObject.SHARED_ONE, n.lpShared());
            RefCount.decref(n, other);
            RefCount.decref(n, other);
            RefCount.decref(n, owner);
            assertTrue(n.isFreed());
            assertEquals(1, n.frees);
        }

        @Test
        void maybeWeakrefFlagLetsNonOwnersInAtCountZero() {
            Node n = new Node(owner);
            RefCount.increfShareable(n, other); // a reader's fallback under the lock
            assertEquals(PyObject.SHARED_ONE | PyObject.SHARED_MAYBE_WEAKREF, n.lpShared());
            RefCount.decref(n, other);
            assertEquals(PyObject.SHARED_MAYBE_WEAKREF, n.lpShared());
            assertTrue(RefCount.tryIncref(n, other));
            assertEquals(PyObject.SHARED_ONE | PyObject.SHARED_MAYBE_WEAKREF, n.lpShared());
            RefCount.decref(n, owner); // owner's last local: merge, the shared count keeps it
            assertFalse(n.isFreed());
            assertEquals(PyObject.SHARED_ONE | PyObject.SHARED_MERGED, n.lpShared());
            RefCount.decref(n, other);
            assertTrue(n.isFreed());
            assertEquals(1, n.frees);
        }

        @Test
        void ownerMergeOfAFlaggedZeroWordFreesAndThenRefuses() {
            Node n = new Node(owner);
            RefCount.increfShareable(n, other);
            RefCount.decref(n, other);
            RefCount.decref(n, owner); // merge CASes maybe-weakref 0 to merged 0: freed
            assertTrue(n.isFreed());
            assertEquals(PyObject.SHARED_MERGED, n.lpShared());
            assertFalse(RefCount.tryIncref(n, other));
            assertFalse(RefCount.tryIncref(n, owner));
        }

        @Test
        void queuedObjectCanBeTakenAndSurvivesTheMerge() {
            Node n = new Node(owner);
            RefCount.decref(n, other); // the owner's reference, dropped elsewhere: queued
            assertEquals(PyObject.SHARED_QUEUED, n.lpShared());
            assertTrue(RefCount.tryIncref(n, other), "queued: the owner's merge CASes the word, so the increment is seen");
            owner.mergeQueuedObjects();
            assertFalse(n.isFreed(), "the reader's reference keeps it");
            assertEquals(PyObject.SHARED_ONE | PyObject.SHARED_MERGED, n.lpShared());
            RefCount.decref(n, other);
            assertTrue(n.isFreed());
            assertEquals(1, n.frees);
        }

        @Test
        void mergedObjectIsTakenWhileCountedAndRefusedAtZero() {
            Node n = new Node(owner);
            RefCount.incref(n, other);
            RefCount.decref(n, owner); // merged, count 1
            assertEquals(0, n.lpOwner());
            assertTrue(RefCount.tryIncref(n, owner), "no longer the owner: the shared path");
            assertEquals(2 * PyObject.SHARED_ONE | PyObject.SHARED_MERGED, n.lpShared());
            RefCount.decref(n, owner);
            RefCount.decref(n, other);
            assertTrue(n.isFreed());
            assertFalse(RefCount.tryIncref(n, other));
            assertEquals(PyObject.SHARED_MERGED, n.lpShared(), "a refused attempt leaves the word alone");
        }

        @Test
        void recycledObjectIsRefusedToANonOwnerUntilShared() {
            Node n = new Node(owner);
            RefCount.decref(n, owner);
            PyObject again = owner.freelists().take(Node.FREELIST, owner);
            assertSame(n, again);
            assertFalse(RefCount.tryIncref(n, other), "a new incarnation with shared 0");
            RefCount.decref(n, owner);
        }
    }
}
