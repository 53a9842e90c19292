package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * QSBR sequences and the freelist's delayed reuse. Thread states are driven from the test
 * thread in turn where the protocol allows (a state is used by one thread at a time); the
 * last tests use real threads. Policy-independent: tagged to run under every policy.
 */
@Tag("policy")
class QsbrTest {
    ThreadState freer, reader;
    final List<ThreadState> extra = new ArrayList<>();

    @BeforeEach
    void setUp() {
        assertFalse(RuntimeConfig.GIL, "the GIL build reuses at once; these tests are about free threading");
        assertEquals(0, Qsbr.attached(), "no attached thread left over from another test");
        freer = ThreadRegistry.create("freer");
        reader = ThreadRegistry.create("reader");
        Qsbr.attach(freer);
    }

    @AfterEach
    void tearDown() {
        for (ThreadState ts : List.of(freer, reader)) if (!ts.hasExited()) ThreadRegistry.exit(ts);
        for (ThreadState ts : extra) if (!ts.hasExited()) ThreadRegistry.exit(ts);
        assertEquals(0, Qsbr.attached(), "exit detaches");
    }

    private ThreadState another(String name) {
        ThreadState ts = ThreadRegistry.create(name);
        extra.add(ts);
        return ts;
    }

    /** Frees a new node on the freer: it goes to the freer's freelist, pending. */
    private Node freeOne() {
        Node n = new Node(freer);
        RefCount.decref(n, freer);
        assertTrue(n.isFreed());
        return n;
    }

    @Test
    void sequencesAreOddAndDetachedIsZero() {
        long w = Qsbr.writeSequence();
        assertEquals(1, w & 1, "the write sequence is odd");
        assertEquals(w + Qsbr.INCR, Qsbr.advance());
        assertEquals(Qsbr.OFFLINE, Qsbr.readSequenceOf(reader), "a created state starts detached");
        assertFalse(Qsbr.isAttached(reader));
        Qsbr.attach(reader);
        assertEquals(Qsbr.writeSequence(), Qsbr.readSequenceOf(reader), "attached at the current write sequence");
        long goal = Qsbr.advance();
        assertTrue(Qsbr.readSequenceOf(reader) < goal);
        Qsbr.quiescent(reader);
        assertEquals(goal, Qsbr.readSequenceOf(reader), "a quiescent state records the write sequence");
        Qsbr.detach(reader);
        assertEquals(Qsbr.OFFLINE, Qsbr.readSequenceOf(reader));
        Qsbr.quiescent(reader);
        assertEquals(Qsbr.OFFLINE, Qsbr.readSequenceOf(reader), "quiescent does not bring a detached thread online");
    }

    @Test
    void pollWaitsForEveryAttachedThreadIncludingTheCaller() {
        Qsbr.attach(reader);
        long goal = Qsbr.advance();
        assertFalse(Qsbr.poll(freer, goal), "neither has passed a quiescent state");
        Qsbr.quiescent(freer);
        assertFalse(Qsbr.poll(freer, goal), "the reader has not");
        assertTrue(Qsbr.pollOthers(reader, goal), "the reader leaves itself out; the freer has");
        Qsbr.quiescent(reader);
        assertTrue(Qsbr.poll(freer, goal));
        long scans = freer.counters.qsbrScans;
        assertTrue(Qsbr.poll(freer, goal), "the cached minimum answers");
        assertEquals(scans, freer.counters.qsbrScans, "without a scan");
        assertTrue(Qsbr.readSequence() >= goal);
    }

    @Test
    void aLoneThreadReusesAtOnce() {
        long wr = Qsbr.writeSequence();
        Node a = freeOne();
        assertEquals(1, freer.freelists().pending(Node.FREELIST));
        assertSame(a, freer.freelists().take(Node.FREELIST, freer),
                "no other thread attached: the goal is reached on the spot");
        assertFalse(a.isFreed());
        assertEquals(1, a.refcountSnapshot());
        RefCount.decref(a, freer);
        assertSame(a, freer.freelists().take(Node.FREELIST, freer), "again and again");
        RefCount.decref(a, freer);
        assertEquals(wr, Qsbr.writeSequence(), "alone, it needs no goal (no advance), only a scan");
    }

    @Test
    void noReuseBeforeEveryAttachedThreadPassedAQuiescentState() {
        Qsbr.attach(reader);           // it may have loaded a pointer to what is freed next
        Node a = freeOne();
        for (int i = 0; i < 3 * Freelists.MAX_BACKOFF; i++) {
            assertNull(freer.freelists().take(Node.FREELIST, freer), "the reader may still hold it");
        }
        assertEquals(1, freer.freelists().pending(Node.FREELIST));
        Qsbr.quiescent(reader);
        assertSame(a, takeWithin(freer, Freelists.MAX_BACKOFF + 1), "reused once the reader was quiescent");
        RefCount.decref(a, freer);
    }

    @Test
    void aQuiescentStateBeforeTheFreeDoesNotCount() {
        Qsbr.attach(reader);
        Qsbr.quiescent(reader);        // ...then it loads the pointer, then the object is freed
        freeOne();
        assertNull(freer.freelists().take(Node.FREELIST, freer));
        assertNull(freer.freelists().take(Node.FREELIST, freer));
    }

    @Test
    void detachedAndNeverAttachedThreadsDoNotBlock() {
        ThreadState idle = another("never-attached");
        Qsbr.attach(reader);
        Node a = freeOne();
        assertNull(freer.freelists().take(Node.FREELIST, freer));
        Qsbr.detach(reader);           // blocks in a lock wait, say
        assertSame(a, takeWithin(freer, Freelists.MAX_BACKOFF + 1), "offline threads hold nothing");
        assertFalse(Qsbr.isAttached(idle));
        RefCount.decref(a, freer);
    }

    @Test
    void aThreadAttachingAfterTheGoalDoesNotBlock() {
        Qsbr.attach(reader);
        Node a = freeOne();
        assertNull(freer.freelists().take(Node.FREELIST, freer)); // sealed: goal taken now
        ThreadState late = another("late");
        Qsbr.attach(late);             // its loads come after the unlink: it cannot hold the object
        Qsbr.quiescent(reader);
        assertSame(a, takeWithin(freer, Freelists.MAX_BACKOFF + 1), "only the reader was waited for");
        RefCount.decref(a, freer);
    }

    @Test
    void anExitingReaderDoesNotBlock() {
        Qsbr.attach(reader);
        Node a = freeOne();
        assertNull(freer.freelists().take(Node.FREELIST, freer));
        int before = Qsbr.registered();
        ThreadRegistry.exit(reader);
        assertEquals(before - 1, Qsbr.registered(), "its slot is free again");
        assertSame(a, takeWithin(freer, Freelists.MAX_BACKOFF + 1));
        RefCount.decref(a, freer);
    }

    @Test
    void anExitingFreerDropsItsPendingObjectsToTheJvm() {
        Qsbr.attach(reader);
        freeOne();
        freeOne();
        assertEquals(2, freer.freelists().size(Node.FREELIST));
        ThreadRegistry.exit(freer);
        assertEquals(0, freer.freelists().size(Node.FREELIST), "nothing kept for a dead thread");
        assertTrue(Qsbr.isAttached(reader), "the others are unaffected");
    }

    @Test
    void oneGoalPerBatchAndTheBatchComesBackWhole() {
        Qsbr.attach(reader);
        Node a = freeOne(), b = freeOne();
        long wr = Qsbr.writeSequence();
        assertNull(freer.freelists().take(Node.FREELIST, freer));   // seals a and b with one goal
        assertEquals(wr + Qsbr.INCR, Qsbr.writeSequence(), "one advance for the batch");
        Node c = freeOne();                                          // open: waits for the next goal
        Qsbr.quiescent(reader);
        PyObject first = takeWithin(freer, Freelists.MAX_BACKOFF + 1);
        PyObject second = freer.freelists().take(Node.FREELIST, freer);
        assertTrue(first == a && second == b || first == b && second == a, "the batch came back whole");
        assertEquals(1, freer.freelists().pending(Node.FREELIST), "c waits for its own goal");
        assertNull(freer.freelists().take(Node.FREELIST, freer), "c was sealed after the reader's quiescent state");
        Qsbr.quiescent(reader);
        assertSame(c, takeWithin(freer, Freelists.MAX_BACKOFF + 1));
        for (PyObject o : List.of(first, second, c)) RefCount.decref(o, freer);
    }

    @Test
    void aLaggingThreadIsAskedForAQuiescentState() {
        Qsbr.attach(reader);
        Node a = freeOne();
        Node b = freeOne();             // half of the capacity (4) is waiting
        assertNull(freer.freelists().take(Node.FREELIST, freer));
        EvalBreakerWord breaker = (EvalBreakerWord) reader.evalBreaker();
        assertNotEquals(0, breaker.lvBits() & EvalBreaker.QSBR_POLL, "the reader's eval breaker was raised");
        assertEquals(1, freer.counters.qsbrRequests);
        reader.serviceEvalBreaker();    // the reader's next eval-breaker check
        assertEquals(0, breaker.lvBits() & EvalBreaker.QSBR_POLL);
        PyObject first = takeWithin(freer, Freelists.MAX_BACKOFF + 1);
        PyObject second = freer.freelists().take(Node.FREELIST, freer);
        assertTrue(first == a && second == b || first == b && second == a, "the batch is reusable");
        RefCount.decref(first, freer);
        RefCount.decref(second, freer);
    }

    @Test
    void theRecordGrowsAndScansSeeEveryThread() {
        int before = Qsbr.registered();
        List<ThreadState> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) many.add(another("t" + i)); // more than the initial 8 slots
        assertEquals(before + 40, Qsbr.registered());
        for (ThreadState t : many) Qsbr.attach(t);
        Node a = freeOne();
        assertNull(freer.freelists().take(Node.FREELIST, freer));
        for (ThreadState t : many.subList(0, 39)) Qsbr.quiescent(t);
        for (int i = 0; i < 3 * Freelists.MAX_BACKOFF; i++) {
            assertNull(freer.freelists().take(Node.FREELIST, freer), "the last one still lags");
        }
        Qsbr.quiescent(many.get(39));
        assertSame(a, takeWithin(freer, Freelists.MAX_BACKOFF + 1));
        RefCount.decref(a, freer);
        for (ThreadState t : many) ThreadRegistry.exit(t);
        assertEquals(before, Qsbr.registered(), "exits free their slots");
    }

    @Test
    void countersCountDeferralsPollsAndGoals() {
        long d = freer.counters.qsbrDeferred, p = freer.counters.qsbrPolls, g = freer.counters.qsbrGoalsReached;
        Node a = freeOne();
        assertEquals(d + 1, freer.counters.qsbrDeferred);
        assertSame(a, freer.freelists().take(Node.FREELIST, freer));
        assertTrue(freer.counters.qsbrPolls > p);
        assertEquals(g + 1, freer.counters.qsbrGoalsReached);
        RefCount.decref(a, freer);
    }

    // ---- real threads ----

    @Test
    void aRunningThreadThatReportsQuiescenceLetsReuseProceed() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch online = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(() -> {
            ThreadState me = ThreadRegistry.attach("looper");
            try {
                online.countDown();
                while (!stop.get()) me.serviceEvalBreaker(); // quiescent only when asked
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                ThreadRegistry.detach();
            }
        }, "looper");
        t.start();
        assertTrue(online.await(10, TimeUnit.SECONDS));
        int reused = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Node n = new Node(freer);
        while (reused < 200 && System.nanoTime() < deadline) {
            RefCount.decref(n, freer);
            PyObject again = freer.freelists().take(Node.FREELIST, freer);
            if (again != null) reused++;
            n = again != null ? (Node) again : new Node(freer);
        }
        RefCount.decref(n, freer);
        stop.set(true);
        t.join();
        if (failure[0] != null) throw new AssertionError(failure[0]);
        assertEquals(200, reused, "asked through its eval breaker, the other thread lets objects be reused");
        assertTrue(freer.counters.qsbrRequests > 0);
    }

    @Test
    void aBlockedDetachedThreadDoesNotHoldUpReuse() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            ThreadState me = ThreadRegistry.attach("sleeper");
            try {
                Qsbr.detach(me);       // about to block
                blocked.countDown();
                release.await();
                Qsbr.attach(me);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ThreadRegistry.detach();
            }
        }, "sleeper");
        t.start();
        assertTrue(blocked.await(10, TimeUnit.SECONDS));
        Node a = freeOne();
        assertSame(a, freer.freelists().take(Node.FREELIST, freer));
        RefCount.decref(a, freer);
        release.countDown();
        t.join();
    }

    private PyObject takeWithin(ThreadState ts, int attempts) {
        for (int i = 0; i < attempts; i++) {
            PyObject o = ts.freelists().take(Node.FREELIST, ts);
            if (o != null) return o;
        }
        return null;
    }
}
