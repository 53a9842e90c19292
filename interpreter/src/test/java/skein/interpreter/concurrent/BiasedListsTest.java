package skein.interpreter.concurrent;

import org.junit.jupiter.api.Test;
import skein.gc.BiasGroup;
import skein.gc.BiasedSections;
import skein.gc.CriticalSection;
import skein.gc.LeakReport;
import skein.gc.PyMutex;
import skein.gc.RefCount;
import skein.interpreter.objects.ListBias;
import skein.interpreter.objects.PyInt;
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyObj;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static skein.interpreter.concurrent.Workers.MAIN;

/**
 * Biased lists ({@link ListBias}): the creator's stores, appends and pops skip the mutex; its own
 * locked sections keep the bias; another thread's lock turns the group off in one pause, and
 * lists made afterwards join a new group until the renewals run out. Each test gives its lists a
 * {@link ListBias} of its own, so none uses up the renewals of the one every list shares.
 */
class BiasedListsTest {
    private static final long BASE = 2_000_000;

    private static PyObj big(long v) {
        return PyInt.of(MAIN, BASE + v);
    }

    @Test
    void theCreatorsStoresAppendsAndPopsSkipTheMutexAndItsLockKeepsTheBias() {
        assumeTrue(BiasedSections.ENABLED, "biased sections are off in this mode");
        LeakReport before = Workers.baseline();
        BiasGroup g = new ListBias(true, 0).forNewList();
        PyList list = new PyList(MAIN);
        list.biasTo(g);
        long elided = MAIN.counters.mutexElided, fast = MAIN.counters.mutexFast;
        for (int i = 0; i < 3; i++) {
            PyObj v = big(i);
            list.append(MAIN, v);
            RefCount.decref(v, MAIN);
        }
        PyObj v = big(9);
        list.setItem(MAIN, PyInt.of(MAIN, 0), v);
        RefCount.decref(v, MAIN);
        RefCount.decref(list.pop(MAIN, -1), MAIN);
        assertEquals(5, MAIN.counters.mutexElided - elided, "3 appends, a store and a pop without the mutex");
        assertEquals(0, MAIN.counters.mutexFast - fast, "no lock taken");
        assertEquals(PyMutex.BIASED, list.lvMutex());

        CriticalSection.begin(MAIN, list); // a section that could run Python code locks ...
        assertEquals(PyMutex.BIASED | PyMutex.LOCKED, list.lvMutex(), "... keeping the bias");
        CriticalSection.end(MAIN);
        assertEquals(PyMutex.BIASED, list.lvMutex());
        assertTrue(g.isOn());
        assertEquals(2, list.size());
        assertEquals(BASE + 9, ((PyInt) list.get(0)).value);
        RefCount.decref(list, MAIN);
        Workers.assertNoLeaks(before);
    }

    @Test
    void anotherThreadsLockTurnsTheGroupOffAndLaterListsJoinANewGroupWhileRenewalsLast() {
        assumeTrue(BiasedSections.ENABLED, "biased sections are off in this mode");
        LeakReport before = Workers.baseline();
        ListBias bias = new ListBias(true, 1);
        BiasGroup first = bias.forNewList();
        PyList a = new PyList(MAIN), b = new PyList(MAIN);
        a.biasTo(first);
        b.biasTo(first);
        Workers.run(1, (ts, w) -> {
            long pauses = ts.counters.biasRevocations;
            PyObj v = PyInt.of(ts, BASE);
            a.append(ts, v); // not the owner: revokes, then locks
            RefCount.decref(v, ts);
            assertEquals(1, ts.counters.biasRevocations - pauses);
        });
        assertFalse(first.isOn(), "the group is off for every list in it");
        assertEquals(PyMutex.BIASED, b.lvMutex(), "b's bit is cleared lazily, by its next lock");
        long elided = MAIN.counters.mutexElided;
        PyObj v = big(1);
        b.append(MAIN, v);
        RefCount.decref(v, MAIN);
        assertEquals(elided, MAIN.counters.mutexElided, "the owner locks now");
        assertEquals(0, b.lvMutex());

        BiasGroup second = bias.forNewList();
        assertNotNull(second);
        assertNotSame(first, second);
        assertTrue(second.isOn());
        assertEquals(1, bias.renewals());
        PyList c = new PyList(MAIN);
        c.biasTo(second);
        Workers.run(1, (ts, w) -> {
            PyObj x = PyInt.of(ts, BASE + 2);
            c.append(ts, x);
            RefCount.decref(x, ts);
        });
        assertFalse(second.isOn());
        assertNull(bias.forNewList(), "no renewals left: new lists are not biased");
        for (PyList l : new PyList[] {a, b, c}) RefCount.decref(l, MAIN);
        Workers.assertNoLeaks(before);
    }

    /**
     * The owner appends (without the mutex while its bias holds) while another thread appends
     * to the same list (revoking the bias in a pause at its first lock); not one append may be
     * lost or duplicated. The jcstress harness LF_09_EvalBiasedAppendVsAppend proves the
     * interleavings; this is a coarse real race.
     */
    @Test
    void ownerAndAnotherThreadAppendingLoseNothing() {
        assumeTrue(BiasedSections.ENABLED, "biased sections are off in this mode");
        LeakReport before = Workers.baseline();
        int n = 20_000, rounds = 10;
        for (int round = 0; round < rounds; round++) {
            BiasGroup g = new ListBias(true, 0).forNewList();
            AtomicReference<PyList> shared = new AtomicReference<>();
            Workers.run(2, (ts, w) -> {
                if (w == 0) {
                    PyList mine = new PyList(ts);
                    mine.biasTo(g);
                    shared.set(mine);
                }
                PyList list;
                while ((list = shared.get()) == null) Thread.onSpinWait();
                for (int i = 0; i < n; i++) {
                    PyObj v = PyInt.of(ts, BASE + (long) w * n + i);
                    list.append(ts, v);
                    RefCount.decref(v, ts);
                    if ((i & 255) == 0) ts.serviceEvalBreaker(); // a safe point, as the eval loop has
                }
            });
            PyList list = shared.get();
            assertEquals(2 * n, list.size(), "round " + round + ": an append was lost");
            boolean[] seen = new boolean[2 * n];
            for (int i = 0; i < list.size(); i++) {
                int k = (int) (((PyInt) list.get(i)).value - BASE);
                assertFalse(seen[k], "round " + round + ": " + k + " appended twice");
                seen[k] = true;
            }
            assertFalse(g.isOn(), "the other thread's first append revoked the bias");
            RefCount.decref(list, MAIN);
        }
        Workers.assertNoLeaks(before);
    }
}
