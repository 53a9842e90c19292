package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** {@link PyMutex} and {@link CriticalSection}: single-thread protocol and a few real races. */
class CriticalSectionTest {
    /** An immortal object: only its mutex byte matters here. */
    static final class Obj extends PyObject {
        int value;

        Obj() {
            super();
        }
    }

    ThreadState ts;

    @BeforeEach
    void setUp() {
        ts = ThreadRegistry.create("cs-test");
    }

    @AfterEach
    void tearDown() {
        if (!ts.hasExited()) ThreadRegistry.exit(ts);
    }

    // ---- PyMutex ----

    @Test
    void lockUnlockAndCounters() {
        Obj o = new Obj();
        long fast = ts.counters.mutexFast;
        PyMutex.lock(o, ts);
        assertTrue(PyMutex.isLocked(o));
        assertFalse(PyMutex.tryLock(o), "not reentrant: a second tryLock by the holder fails");
        PyMutex.unlock(o);
        assertFalse(PyMutex.isLocked(o));
        assertEquals(fast + 1, ts.counters.mutexFast);
        assertThrows(IllegalMonitorStateException.class, () -> PyMutex.unlock(o));
    }

    @Test
    void parkedWaiterIsWokenByUnlock() throws Exception {
        Obj o = new Obj();
        PyMutex.lock(o);
        ThreadState other = ThreadRegistry.create("waiter");
        CountDownLatch got = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            PyMutex.lock(o, other);
            got.countDown();
            PyMutex.unlock(o);
        });
        t.start();
        waitUntil(() -> PyMutex.parkedWaiters(o) == 1);
        assertEquals(PyMutex.LOCKED | PyMutex.HAS_PARKED, o.lvMutex());
        PyMutex.unlock(o);
        assertTrue(got.await(10, TimeUnit.SECONDS), "the parked thread was never woken");
        t.join();
        assertEquals(1, other.counters.mutexParked);
        assertEquals(0, o.lvMutex());
        ThreadRegistry.exit(other);
    }

    @Test
    void longParkedWaiterGetsTheLockHandedOver() throws Exception {
        Obj o = new Obj();
        PyMutex.lock(o);
        AtomicInteger order = new AtomicInteger();
        int[] seen = new int[1];
        Thread t = new Thread(() -> {
            PyMutex.lock(o);
            seen[0] = order.incrementAndGet();
            PyMutex.unlock(o);
        });
        t.start();
        waitUntil(() -> PyMutex.parkedWaiters(o) == 1);
        Thread.sleep(5); // > 1 ms: the unlocker must hand the lock over rather than release it
        PyMutex.unlock(o);
        // Handed off: the byte stayed LOCKED for the waiter, so this thread cannot barge in.
        if (PyMutex.tryLock(o)) { // only possible once the waiter has had its turn
            int turns = order.get();
            PyMutex.unlock(o);
            assertEquals(1, turns, "the handoff let a newcomer barge ahead of the long-parked waiter");
        }
        t.join();
        assertEquals(1, seen[0]);
    }

    @Test
    void manyThreadsIncrementExactly() throws Exception {
        Obj o = new Obj();
        int threads = 4, iters = 20_000;
        Thread[] ts2 = new Thread[threads];
        ThreadState[] states = new ThreadState[threads];
        for (int k = 0; k < threads; k++) {
            ThreadState st = states[k] = ThreadRegistry.create("inc" + k);
            ts2[k] = new Thread(() -> {
                for (int i = 0; i < iters; i++) {
                    CriticalSection.begin(st, o);
                    o.value++;
                    CriticalSection.end(st);
                }
            });
        }
        for (Thread t : ts2) t.start();
        for (Thread t : ts2) t.join();
        assertEquals(threads * iters, o.value);
        long total = 0;
        for (ThreadState st : states) {
            total += st.counters.mutexFast + st.counters.mutexContended + st.counters.mutexParked;
            assertEquals(0, CriticalSection.depth(st));
            ThreadRegistry.exit(st);
        }
        assertEquals((long) threads * iters, total, "each acquisition counted exactly once");
        assertFalse(PyMutex.isLocked(o));
    }

    // ---- CriticalSection ----

    @Test
    void nestedSectionOnTheSameObjectLocksOnce() {
        Obj o = new Obj();
        CriticalSection.begin(ts, o);
        CriticalSection.begin(ts, o); // covered by the outer section: no self-deadlock
        assertEquals(2, CriticalSection.depth(ts));
        CriticalSection.end(ts);
        assertTrue(PyMutex.isLocked(o), "the inner end must not release the outer section's lock");
        CriticalSection.end(ts);
        assertFalse(PyMutex.isLocked(o));
    }

    @Test
    void sameObjectHeldByAnOuterNonTopSectionIsCovered() {
        Obj a = new Obj(), b = new Obj();
        CriticalSection.begin(ts, a);
        CriticalSection.begin(ts, b);
        CriticalSection.begin(ts, a);
        assertTrue(PyMutex.isLocked(a) && PyMutex.isLocked(b));
        CriticalSection.end(ts);
        assertTrue(PyMutex.isLocked(a));
        CriticalSection.end(ts);
        assertFalse(PyMutex.isLocked(b));
        CriticalSection.end(ts);
        assertFalse(PyMutex.isLocked(a));
    }

    @Test
    void sameObjectHeldBySuspendedSectionIsLockedAgain() {
        Obj o = new Obj();
        CriticalSection.begin(ts, o);
        CriticalSection.suspendAll(ts);
        CriticalSection.begin(ts, o); // the outer section released it: the inner one locks it
        assertTrue(PyMutex.isLocked(o));
        CriticalSection.end(ts); // unlocks, then resumes the outer one, which locks again
        assertTrue(PyMutex.isLocked(o));
        assertTrue(CriticalSection.hasActive(ts));
        CriticalSection.end(ts);
        assertFalse(PyMutex.isLocked(o));
    }

    @Test
    void begin2LocksBothAndSameObjectOnce() {
        Obj a = new Obj(), b = new Obj();
        CriticalSection.begin2(ts, a, b);
        assertTrue(PyMutex.isLocked(a) && PyMutex.isLocked(b));
        CriticalSection.end2(ts);
        assertFalse(PyMutex.isLocked(a) || PyMutex.isLocked(b));

        CriticalSection.begin2(ts, a, a);
        assertTrue(PyMutex.isLocked(a));
        CriticalSection.end2(ts);
        assertFalse(PyMutex.isLocked(a));
        assertThrows(IllegalStateException.class, () -> {
            CriticalSection.begin(ts, a);
            try {
                CriticalSection.end2(ts); // checking mode: begin/end2 mismatch
            } finally {
                CriticalSection.end(ts);
            }
        });
    }

    @Test
    void begin2WithOneObjectCoveredLocksOnlyTheOther() {
        Obj a = new Obj(), b = new Obj();
        CriticalSection.begin(ts, a);
        CriticalSection.begin2(ts, b, a);
        assertTrue(PyMutex.isLocked(b));
        CriticalSection.end2(ts);
        assertFalse(PyMutex.isLocked(b));
        assertTrue(PyMutex.isLocked(a));
        CriticalSection.end(ts);
        assertFalse(PyMutex.isLocked(a));
    }

    @Test
    void oppositeOrderPairsDoNotDeadlock() throws Exception {
        Obj a = new Obj(), b = new Obj();
        int iters = 20_000;
        ThreadState s1 = ThreadRegistry.create("ab"), s2 = ThreadRegistry.create("ba");
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < iters; i++) {
                CriticalSection.begin2(s1, a, b);
                a.value++;
                b.value++;
                CriticalSection.end2(s1);
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < iters; i++) {
                CriticalSection.begin2(s2, b, a);
                a.value++;
                b.value++;
                CriticalSection.end2(s2);
            }
        });
        t1.start();
        t2.start();
        t1.join(30_000);
        t2.join(30_000);
        assertFalse(t1.isAlive() || t2.isAlive(), "deadlock");
        assertEquals(2 * iters, a.value);
        assertEquals(2 * iters, b.value);
        ThreadRegistry.exit(s1);
        ThreadRegistry.exit(s2);
    }

    @Test
    void suspendAllReleasesAndResumeRelocksTheTopOnly() {
        Obj a = new Obj(), b = new Obj(), c = new Obj();
        CriticalSection.begin(ts, a);
        CriticalSection.begin2(ts, b, c);
        long before = ts.counters.csSuspensions;
        CriticalSection.suspendAll(ts);
        assertEquals(before + 1, ts.counters.csSuspensions);
        assertFalse(CriticalSection.hasActive(ts));
        assertFalse(PyMutex.isLocked(a) || PyMutex.isLocked(b) || PyMutex.isLocked(c));
        CriticalSection.suspendAll(ts); // nothing active: a no-op, not counted
        assertEquals(before + 1, ts.counters.csSuspensions);

        CriticalSection.resume(ts);
        assertTrue(PyMutex.isLocked(b) && PyMutex.isLocked(c), "the top section is locked again");
        assertFalse(PyMutex.isLocked(a), "outer sections stay suspended until the top ends");
        CriticalSection.end2(ts);
        assertTrue(PyMutex.isLocked(a), "ending the top resumed the outer section");
        assertFalse(PyMutex.isLocked(b) || PyMutex.isLocked(c));
        CriticalSection.end(ts);
        assertFalse(PyMutex.isLocked(a));
        assertEquals(0, CriticalSection.depth(ts));
    }

    @Test
    void coveringSectionOwnsTheLockAfterResume() {
        Obj o = new Obj();
        CriticalSection.begin(ts, o);
        CriticalSection.begin(ts, o);
        CriticalSection.suspendAll(ts);
        CriticalSection.resume(ts);
        assertTrue(PyMutex.isLocked(o));
        CriticalSection.end(ts); // unlocks what it locked on resume, then the outer resumes
        assertTrue(PyMutex.isLocked(o));
        CriticalSection.end(ts);
        assertFalse(PyMutex.isLocked(o));
    }

    @Test
    void anotherThreadTakesTheObjectWhileTheHolderIsSuspended() throws Exception {
        Obj o = new Obj();
        CriticalSection.begin(ts, o);
        o.value = 1;
        CriticalSection.suspendAll(ts); // "about to block"
        ThreadState other = ThreadRegistry.create("other");
        Thread t = new Thread(() -> {
            CriticalSection.begin(other, o);
            o.value = 2;
            CriticalSection.end(other);
        });
        t.start();
        t.join(10_000);
        assertFalse(t.isAlive(), "the suspended section still held the mutex");
        CriticalSection.resume(ts);
        assertEquals(2, o.value);
        CriticalSection.end(ts);
        ThreadRegistry.exit(other);
    }

    @Test
    void parkingInsideASectionSuspendsItSoTheHolderCanProceed() throws Exception {
        // T holds x and wants y; U holds y and wants x. Without suspension this deadlocks.
        Obj x = new Obj(), y = new Obj();
        ThreadState su = ThreadRegistry.create("u");
        CountDownLatch bothIn = new CountDownLatch(2);
        Thread t = new Thread(() -> {
            CriticalSection.begin(ts, x);
            bothIn.countDown();
            await(bothIn);
            CriticalSection.begin(ts, y);
            CriticalSection.end(ts);
            CriticalSection.end(ts);
        });
        Thread u = new Thread(() -> {
            CriticalSection.begin(su, y);
            bothIn.countDown();
            await(bothIn);
            CriticalSection.begin(su, x);
            CriticalSection.end(su);
            CriticalSection.end(su);
        });
        t.start();
        u.start();
        t.join(10_000);
        u.join(10_000);
        assertFalse(t.isAlive() || u.isAlive(), "deadlock: parking did not suspend the outer section");
        assertFalse(PyMutex.isLocked(x) || PyMutex.isLocked(y));
        assertTrue(ts.counters.csSuspensions + su.counters.csSuspensions >= 1);
        ThreadRegistry.exit(su);
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) fail("timed out");
            Thread.sleep(1);
        }
    }
}
