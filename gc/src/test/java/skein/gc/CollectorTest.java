package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The cycle collector on bare objects: what is garbage, what is not, and that it is freed once. */
class CollectorTest {
    /** A tracked node with one child, visited by traverse and dropped by the collector's clear. */
    static final class Link extends PyObject {
        PyObject next;
        int frees;

        Link(ThreadState ts) {
            super(ts);
            ts.track(this);
        }

        void point(PyObject to, ThreadState ts) {
            RefCount.incref(to, ts);
            PyObject old = next;
            next = to;
            if (old != null) RefCount.decref(old, ts);
        }

        @Override
        public void traverse(Visitor v) {
            if (next != null) v.visit(next);
        }

        @Override
        public void clearForCollector(ThreadState ts) {
            PyObject n = next;
            next = null;
            if (n != null) RefCount.decref(n, ts);
        }

        @Override
        protected void clearReferences(ThreadState ts) {
            frees++;
            clearForCollector(ts);
        }
    }

    ThreadState ts;

    @BeforeEach
    void attach() {
        ts = ThreadRegistry.attach("collector-test");
        Collector.collect(ts, Collector.Reason.MANUAL); // start from a clean slate
    }

    @AfterEach
    void detach() {
        ThreadRegistry.detach();
    }

    @Test
    void twoObjectCycleIsFreedOnce() {
        Link a = new Link(ts), b = new Link(ts);
        a.point(b, ts);
        b.point(a, ts);
        RefCount.decref(a, ts);
        RefCount.decref(b, ts);
        assertFalse(a.isFreed(), "a cycle keeps its counts above zero");
        assertEquals(2, Collector.collect(ts, Collector.Reason.MANUAL));
        assertTrue(a.isFreed() && b.isFreed());
        assertEquals(1, a.frees);
        assertEquals(1, b.frees);
        assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL), "nothing left");
    }

    @Test
    void cycleHeldFromOutsideSurvives() {
        Link a = new Link(ts), b = new Link(ts);
        a.point(b, ts);
        b.point(a, ts);
        RefCount.decref(b, ts); // we keep our reference to a
        assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL));
        assertFalse(a.isFreed() || b.isFreed());
        RefCount.decref(a, ts);
        assertEquals(2, Collector.collect(ts, Collector.Reason.MANUAL));
        assertTrue(a.isFreed() && b.isFreed());
    }

    @Test
    void objectsReachableFromGarbageOnlyThroughALiveObjectSurvive() {
        Link root = new Link(ts), mid = new Link(ts), leaf = new Link(ts);
        root.point(mid, ts);
        mid.point(leaf, ts);
        leaf.point(mid, ts); // mid <-> leaf, held by root, which we hold
        RefCount.decref(mid, ts);
        RefCount.decref(leaf, ts);
        assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL));
        assertFalse(mid.isFreed() || leaf.isFreed());
        RefCount.decref(root, ts); // root freed by its count; mid <-> leaf now garbage
        assertTrue(root.isFreed());
        assertEquals(2, Collector.collect(ts, Collector.Reason.MANUAL));
        assertTrue(mid.isFreed() && leaf.isFreed());
    }

    @Test
    void aCycleMadeOnAnExitedThreadIsCollected() throws Exception {
        Link[] made = new Link[2];
        Thread t = new Thread(() -> {
            ThreadState other = ThreadRegistry.attach("maker");
            made[0] = new Link(other);
            made[1] = new Link(other);
            made[0].point(made[1], other);
            made[1].point(made[0], other);
            RefCount.decref(made[0], other);
            RefCount.decref(made[1], other);
            ThreadRegistry.detach();
        });
        t.start();
        t.join();
        assertEquals(2, Collector.collect(ts, Collector.Reason.MANUAL));
        assertTrue(made[0].isFreed() && made[1].isFreed());
    }
}
