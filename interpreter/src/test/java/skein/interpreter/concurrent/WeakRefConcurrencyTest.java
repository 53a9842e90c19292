package skein.interpreter.concurrent;

import org.junit.jupiter.api.Test;
import skein.gc.LeakReport;
import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.PyThreadState;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.concurrent.Workers.MAIN;

/**
 * Weak references used by several real threads while their referents die (DESIGN.md, "Threads
 * over shared objects"; {@link skein.gc.RefCount#tryIncref}): a reference called on one thread
 * while the referent's owner drops the last count on another returns the live object or None,
 * never a freed one; a live referent is found from any thread; every callback runs exactly once;
 * the shared basic reference is never handed out dying; nothing leaks. The test JVM runs in
 * checking mode, so a freed object met by a test, or counted again, fails it.
 */
class WeakRefConcurrencyTest {
    private static PyWeakRef ref(PyThreadState ts, PyObj o, PyObj callback) {
        return WeakRefs.newRef(ts, PyWeakRef.TYPE, o, callback);
    }

    /**
     * The owner alone holds the object (its count is all in the owner's local field; the shared
     * word says nothing): another thread calling the weak reference must still find it. Fails
     * without the maybe-weakref flag that making a weak reference sets, since a non-owner's
     * tryIncref cannot tell such an object from one being freed.
     */
    @Test
    void aNonOwnerFindsAReferentOnlyItsOwnerHolds() {
        LeakReport before = Workers.baseline();
        AtomicReference<PyWeakRef> published = new AtomicReference<>();
        CyclicBarrier read = new CyclicBarrier(2);
        int rounds = 200;
        Workers.run(2, (ts, w) -> {
            for (int i = 0; i < rounds; i++) {
                if (w == 0) {
                    PySet o = PySet.newSet(ts);
                    PyWeakRef r = ref(ts, o, null);
                    published.set(r);
                    read.await(30, TimeUnit.SECONDS);   // the reader calls r while o lives
                    read.await(30, TimeUnit.SECONDS);
                    RefCount.decref(o, ts);
                    assertNull(r.get(ts), "the referent died");
                    RefCount.decref(r, ts);
                } else {
                    read.await(30, TimeUnit.SECONDS);
                    PyWeakRef r = published.get();
                    PyObj got = r.get(ts);
                    assertNotNull(got, "a live referent held only by its owner was not found by another thread");
                    assertFalse(got.isFreed());
                    RefCount.decref(got, ts);            // back to the owner's count alone
                    read.await(30, TimeUnit.SECONDS);
                }
            }
        });
        Workers.assertNoLeaks(before);
    }

    /**
     * One thread makes an object and a weak reference with a callback, hands the reference over
     * and drops the object after a random pause; the other calls the reference until it answers
     * None. The last count goes on either thread (the reader may hold the object when the owner
     * lets go); the callback runs once per object, after which the reference is dead.
     */
    @Test
    void callingWhileTheReferentDiesNeverGivesAFreedObject() {
        LeakReport before = Workers.baseline();
        int rounds = 20_000;
        AtomicIntegerArray fired = new AtomicIntegerArray(rounds);
        AtomicInteger seenAlive = new AtomicInteger();
        AtomicReference<PyWeakRef> slot = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger(-1);
        Workers.run(2, (ts, w) -> {
            if (w == 0) {
                for (int i = 0; i < rounds; i++) {
                    int index = i;
                    PyObj callback = new PyBuiltinFunction("test", "callback", (t, a, k) -> {
                        assertTrue(((PyWeakReference) a[0]).isDead(), "a callback sees its reference cleared");
                        fired.incrementAndGet(index);
                        return PyNone.NONE;
                    });
                    PySet o = PySet.newSet(ts);
                    PyWeakRef r = ref(ts, o, callback);
                    RefCount.incref(r, ts);                   // the reader's
                    slot.set(r);
                    for (int spin = ThreadLocalRandom.current().nextInt(200); spin > 0; spin--) Thread.onSpinWait();
                    RefCount.decref(o, ts);
                    while (done.get() != i) Thread.onSpinWait();
                    assertEquals(1, fired.get(i), "callback of object " + i);
                    assertNull(r.get(ts));
                    RefCount.decref(r, ts);
                }
            } else {
                for (int i = 0; i < rounds; i++) {
                    PyWeakRef r;
                    while ((r = slot.getAndSet(null)) == null) Thread.onSpinWait();
                    while (true) {
                        PyObj got = r.get(ts);
                        if (got == null) break;
                        assertFalse(got.isFreed(), "a weak reference returned a freed object");
                        assertTrue(got instanceof PySet);
                        seenAlive.incrementAndGet();
                        RefCount.decref(got, ts);            // may be the last count: frees it here
                    }
                    RefCount.decref(r, ts);
                    done.set(i);
                }
            }
        });
        assertTrue(seenAlive.get() > 0, "the reader never met a live referent");
        Workers.assertNoLeaks(before);
    }

    /**
     * Four threads make and drop {@code ref(o)} for one shared object at once: each gets the
     * basic reference or a fresh one when the basic one is dying, never a freed one, and all of
     * them find the object; the list is empty at the end.
     */
    @Test
    void theBasicReferenceIsSharedButNeverHandedOutDying() {
        LeakReport before = Workers.baseline();
        PySet shared = PySet.newSet(MAIN);
        AtomicInteger reused = new AtomicInteger();
        Workers.run(4, (ts, w) -> {
            PyWeakRef previous = null;
            for (int i = 0; i < 50_000; i++) {
                PyWeakRef r = ref(ts, shared, null);
                assertFalse(r.isFreed(), "ref() returned a freed reference");
                if (r == previous) reused.incrementAndGet();
                PyObj got = r.get(ts);
                assertSame(shared, got);
                RefCount.decref(got, ts);
                if (previous != null) RefCount.decref(previous, ts);
                // keep one reference now and then, so the basic reference sometimes survives
                previous = (i & 1) == 0 ? r : null;
                if (previous == null) RefCount.decref(r, ts);
            }
            if (previous != null) RefCount.decref(previous, ts);
        });
        assertTrue(reused.get() > 0, "the basic reference was never shared");
        assertEquals(0, WeakRefs.count(shared));
        RefCount.decref(shared, MAIN);
        Workers.assertNoLeaks(before);
    }

    /**
     * The referent dies while other threads drop their own references to it: the clearing walks
     * a list whose members are being unlinked and freed. A reference still held when the referent
     * died is called back exactly once; one dropped meanwhile at most once.
     */
    @Test
    void referencesDyingWhileTheirReferentIsCleared() {
        LeakReport before = Workers.baseline();
        int perThread = 2_000, threads = 4, rounds = 20;
        for (int round = 0; round < rounds; round++) {
            AtomicIntegerArray fired = new AtomicIntegerArray(threads * perThread);
            AtomicReference<PySet> target = new AtomicReference<>();
            CyclicBarrier made = new CyclicBarrier(threads), cleared = new CyclicBarrier(threads);
            Workers.run(threads, (ts, w) -> {
                if (w == 0) target.set(PySet.newSet(ts));
                PySet o;
                while ((o = target.get()) == null) Thread.onSpinWait();
                PyWeakRef[] mine = new PyWeakRef[perThread];
                for (int i = 0; i < perThread; i++) {
                    int index = w * perThread + i;
                    mine[i] = ref(ts, o, new PyBuiltinFunction("test", "cb", (t, a, k) -> {
                        fired.incrementAndGet(index);
                        return PyNone.NONE;
                    }));
                }
                made.await(30, TimeUnit.SECONDS);
                if (w == 0) {
                    RefCount.decref(o, ts);                      // the only count: o dies now
                } else {
                    for (int i = 0; i < perThread / 2; i++) RefCount.decref(mine[i], ts);
                }
                cleared.await(30, TimeUnit.SECONDS);
                for (int i = w == 0 ? 0 : perThread / 2; i < perThread; i++) {
                    assertTrue(mine[i].isDead());
                    assertEquals(1, fired.get(w * perThread + i), "a reference held through the death is called back once");
                    RefCount.decref(mine[i], ts);
                }
            });
            for (int i = 0; i < threads * perThread; i++) assertTrue(fired.get(i) <= 1, "callback " + i + " ran twice");
        }
        Workers.assertNoLeaks(before);
    }
}
