package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link BiasedSections}: who may skip the mutex, who clears the bit without a pause, and that a
 * non-owner's lock turns the whole group off in one pause. The interleavings are proven by the
 * jcstress harness {@code CS_05_BiasedSectionVsRevoke}; the last test is a coarse real race.
 */
class BiasedSectionsTest {
    /** A counted object owned by the thread that makes it, with a bias group. */
    static final class Obj extends PyObject {
        final BiasGroup group;
        int value;

        Obj(ThreadState owner, BiasGroup group) {
            super(owner);
            this.group = group;
            BiasedSections.bias(this);
        }

        @Override
        public BiasGroup biasGroup() {
            return group;
        }
    }

    ThreadState owner, other;

    @BeforeEach
    void setUp() {
        owner = ThreadRegistry.create("bias-owner");
        other = ThreadRegistry.create("bias-other");
    }

    @AfterEach
    void tearDown() {
        if (!owner.hasExited()) ThreadRegistry.exit(owner);
        if (!other.hasExited()) ThreadRegistry.exit(other);
    }

    @Test
    void onlyTheOwnerMayElideAndOnlyWhileTheByteIsBiasedAndTheGroupOn() {
        BiasGroup g = new BiasGroup("C");
        Obj o = new Obj(owner, g);
        assertEquals(PyMutex.BIASED, o.lvMutex());
        assertTrue(BiasedSections.canElide(o, g, owner));
        assertFalse(BiasedSections.canElide(o, g, other), "a non-owner must lock");
        g.on = false;
        assertFalse(BiasedSections.canElide(o, g, owner), "the group is off");
    }

    @Test
    void theOwnersOwnLockKeepsTheBiasWithoutAPause() {
        BiasGroup g = new BiasGroup("C");
        Obj o = new Obj(owner, g);
        owner.attach();
        try {
            CriticalSection.begin(owner, o);
            assertEquals(PyMutex.BIASED | PyMutex.LOCKED, o.lvMutex(), "locked, the bias kept");
            assertFalse(BiasedSections.canElide(o, g, owner), "a nested section must see the mutex held");
            CriticalSection.end(owner);
            assertEquals(PyMutex.BIASED, o.lvMutex(), "the unlock restores the bias");
            assertTrue(BiasedSections.canElide(o, g, owner), "later sections skip the mutex again");
            assertTrue(g.isOn());
            assertEquals(0, owner.counters.stwPauses);
            assertEquals(0, owner.counters.biasRevocations);
        } finally {
            owner.detach();
        }
    }

    @Test
    void theOwnersLockClearsTheBitOnceTheGroupIsOff() {
        BiasGroup g = new BiasGroup("C");
        Obj o = new Obj(owner, g);
        g.on = false;
        CriticalSection.begin(owner, o);
        assertEquals(PyMutex.LOCKED, o.lvMutex(), "bias bit cleared, then locked");
        CriticalSection.end(owner);
        assertEquals(0, o.lvMutex());
        assertEquals(0, owner.counters.stwPauses);
    }

    @Test
    void aNonOwnerWaitsForTheOwnersBiasedLockAndThenHoldsItUnbiased() throws Exception {
        BiasGroup g = new BiasGroup("C");
        Obj o = new Obj(owner, g);
        owner.attach();
        CriticalSection.begin(owner, o);
        owner.detach(); // suspends the section: releases the mutex, a pause may run
        Thread t = new Thread(() -> {
            other.attach();
            try {
                CriticalSection.begin(other, o);
                o.value++;
                CriticalSection.end(other);
            } finally {
                other.detach();
            }
        });
        t.start();
        t.join();
        assertFalse(g.isOn(), "the other thread's lock turned the group off");
        owner.attach(); // resumes the owner's section: locks again, now without the bias
        try {
            assertEquals(PyMutex.LOCKED, o.lvMutex());
            o.value++;
            CriticalSection.end(owner);
        } finally {
            owner.detach();
        }
        assertEquals(0, o.lvMutex());
        assertEquals(2, o.value);
    }

    @Test
    void aNonOwnersLockTurnsTheGroupOffInOnePause() {
        BiasGroup g = new BiasGroup("C");
        Obj first = new Obj(owner, g), second = new Obj(owner, g);
        other.attach();
        try {
            CriticalSection.begin(other, first);
            assertEquals(PyMutex.LOCKED, first.lvMutex());
            CriticalSection.end(other);
            assertFalse(g.isOn());
            assertEquals(1, other.counters.stwPauses);
            assertEquals(1, other.counters.biasRevocations);
            assertFalse(BiasedSections.canElide(second, g, owner), "the whole group is off");
            // The second object of the group still has its bit: clearing it needs no pause now.
            assertEquals(PyMutex.BIASED, second.lvMutex());
            CriticalSection.begin(other, second);
            CriticalSection.end(other);
            assertEquals(0, second.lvMutex());
            assertEquals(1, other.counters.stwPauses, "no second pause");
        } finally {
            other.detach();
        }
    }

    @Test
    void aLockWithoutThreadStateCannotRevoke() {
        Obj o = new Obj(owner, new BiasGroup("C"));
        assertThrows(IllegalStateException.class, () -> PyMutex.lock(o));
        assertEquals(PyMutex.BIASED, o.lvMutex(), "nothing changed");
    }

    /**
     * The owner increments without the lock while it may (polling its eval breaker between
     * increments, as the eval loop does between instructions); another thread increments under
     * the lock. Not one increment may be lost.
     */
    @Test
    void elidedAndLockedIncrementsNeverOverlap() throws Exception {
        for (int round = 0; round < 20; round++) {
            BiasGroup g = new BiasGroup("C" + round);
            Obj o = new Obj(owner, g);
            int n = 20_000;
            AtomicBoolean failed = new AtomicBoolean();
            int[] elided = new int[1];
            Thread t = new Thread(() -> {
                owner.attach();
                try {
                    for (int i = 0; i < n; i++) {
                        if (BiasedSections.canElide(o, g, owner)) {
                            elided[0]++;
                            o.value = o.value + 1;
                        } else {
                            CriticalSection.begin(owner, o);
                            o.value = o.value + 1;
                            CriticalSection.end(owner);
                        }
                        owner.serviceEvalBreaker();
                    }
                } catch (Throwable e) {
                    failed.set(true);
                } finally {
                    owner.detach();
                }
            });
            t.start();
            other.attach();
            try {
                for (int i = 0; i < n; i++) {
                    CriticalSection.begin(other, o);
                    o.value = o.value + 1;
                    CriticalSection.end(other);
                }
            } finally {
                other.detach();
            }
            t.join();
            assertFalse(failed.get());
            assertEquals(2 * n, o.value, "round " + round + ": an elided increment overlapped a locked one");
            assertFalse(g.isOn());
        }
    }
}
