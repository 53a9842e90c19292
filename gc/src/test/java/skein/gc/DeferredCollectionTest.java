package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Deferred objects as collection candidates: the bias does not keep them, the frame stacks
 * ({@link StackRoots}) do, and a stack reference reported through {@code visitStackRef} keeps
 * its target reachable without being subtracted from its count.
 */
class DeferredCollectionTest {
    /** A deferred, tracked object (a "function") that may point at a child with a counted reference. */
    static final class Fn extends PyObject {
        PyObject next;

        Fn(ThreadState ts) {
            super(ts);
            makeDeferred(ts);
            ts.track(this);
        }

        void point(PyObject to, ThreadState ts) {
            RefCount.incref(to, ts);
            next = to;
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
            clearForCollector(ts);
        }
    }

    /** A tracked holder of one stack reference (a suspended generator's frame slot): not counted when deferred. */
    static final class StackHolder extends PyObject {
        PyObject slot;
        /** A counted reference to itself, so that it is cyclic garbage once nothing else holds it. */
        PyObject self;

        StackHolder(ThreadState ts, PyObject o) {
            super(ts);
            RefCount.increfStack(o, ts);
            slot = o;
            ts.track(this);
        }

        void holdSelf(ThreadState ts) {
            RefCount.incref(this, ts);
            self = this;
        }

        @Override
        public void traverse(Visitor v) {
            if (slot != null) v.visitStackRef(slot);
            if (self != null) v.visit(self);
        }

        @Override
        public void clearForCollector(ThreadState ts) {
            PyObject s = self;
            self = null;
            if (s != null) RefCount.decref(s, ts);
        }

        @Override
        protected void clearReferences(ThreadState ts) {
            clearForCollector(ts);
            PyObject o = slot;
            slot = null;
            if (o != null) RefCount.decrefStack(o, ts);
        }
    }

    ThreadState ts;
    /** What the installed scanner reports as held by this thread's frames. */
    final List<PyObject> onStack = new ArrayList<>();

    @BeforeEach
    void attach() {
        ts = ThreadRegistry.attach("deferred-test");
        StackRoots.install((t, v) -> {
            if (t == ts) onStack.forEach(v::visit);
        });
        Collector.collect(ts, Collector.Reason.MANUAL);
    }

    @AfterEach
    void detach() {
        StackRoots.install(null);
        ThreadRegistry.detach();
    }

    @Test
    void aDeferredSelfCycleIsKeptByAFrameAndFreedWithoutOne() {
        Fn f = new Fn(ts);
        f.point(f, ts);
        RefCount.decref(f, ts); // the creation reference: the bias and the self-reference remain
        onStack.add(f);
        assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL));
        assertFalse(f.isFreed(), "a frame still refers to it");
        onStack.clear();
        assertEquals(1, Collector.collect(ts, Collector.Reason.MANUAL));
        assertTrue(f.isFreed());
    }

    @Test
    void anUnusedDeferredObjectIsFreedButNotCounted() {
        Fn f = new Fn(ts);
        CollectorTest.Link child = new CollectorTest.Link(ts);
        f.point(child, ts);
        RefCount.decref(child, ts); // f alone holds it
        RefCount.decref(f, ts); // only the bias is left: reference counting alone would have freed it
        assertFalse(f.isFreed());
        assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL), "no cycle: nothing counted");
        assertTrue(f.isFreed() && child.isFreed(), "freed all the same, with what it alone held");
    }

    @Test
    void withoutAScannerDeferredObjectsAreNeverGarbage() {
        StackRoots.install(null);
        Fn f = new Fn(ts);
        f.point(f, ts);
        RefCount.decref(f, ts);
        assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL));
        assertFalse(f.isFreed(), "its frame references cannot be seen, so it may be in use");
    }

    @Test
    void aStackReferenceKeepsItsTargetReachableWithoutBeingSubtracted() {
        Fn f = new Fn(ts);
        RefCount.decref(f, ts); // only the bias
        StackHolder h = new StackHolder(ts, f); // uncounted reference from a tracked holder we keep
        assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL));
        assertFalse(f.isFreed(), "reached through the live holder's stack reference");
        RefCount.decref(h, ts); // the holder goes (by its count); f is unused now
        assertTrue(h.isFreed());
        Collector.collect(ts, Collector.Reason.MANUAL);
        assertTrue(f.isFreed());
    }

    @Test
    void aStackReferenceFromGarbageIsNotSubtractedFromACountedOne() {
        Fn f = new Fn(ts); // we keep its creation reference: one counted reference from outside
        StackHolder h = new StackHolder(ts, f);
        h.holdSelf(ts);
        RefCount.decref(h, ts); // h is cyclic garbage, and its uncounted reference to f is not ours
        assertEquals(1, Collector.collect(ts, Collector.Reason.MANUAL));
        assertTrue(h.isFreed());
        assertFalse(f.isFreed(), "subtracting h's stack reference would have cancelled ours");
        RefCount.decref(f, ts);
        assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL));
        assertTrue(f.isFreed());
    }

    /** A deferred, tracked object whose holders count their references per thread, as classes do. */
    static Fn perThreadCounted(ThreadState ts) {
        Fn t = new Fn(ts);
        assertTrue(PerThreadRefs.register(t) >= 0);
        return t;
    }

    @Test
    void referencesCountedInAnotherThreadsSlotKeepAClass() {
        ThreadState other = ThreadRegistry.create("instances");
        try {
            Fn cls = perThreadCounted(ts);
            int index = registeredIndex(cls);
            // an untracked "instance" made on the other thread: its reference is in that thread's slot
            PerThreadRefs.incref(cls, index, other);
            RefCount.decref(cls, ts); // only the bias is in its own count now
            assertEquals(0, Collector.collect(ts, Collector.Reason.MANUAL));
            assertFalse(cls.isFreed(), "the other thread's slot says one reference lives");
            PerThreadRefs.decref(cls, index, other); // the instance goes: the slot sums to 0
            Collector.collect(ts, Collector.Reason.MANUAL);
            assertTrue(cls.isFreed());
        } finally {
            ThreadRegistry.exit(other);
        }
    }

    @Test
    void aGarbageClassWithItsInstanceIsFoldedAndFreed() {
        ThreadState other = ThreadRegistry.create("instances");
        try {
            Fn cls = perThreadCounted(ts);
            int index = registeredIndex(cls);
            Fn instance = new Fn(ts); // stands for a tracked instance (deferred or not does not matter here)
            instance.next = cls; // its class reference, counted per thread on the other thread
            PerThreadRefs.incref(cls, index, other);
            cls.point(instance, ts); // the class refers to its instance: a cycle
            RefCount.decref(instance, ts);
            RefCount.decref(cls, ts);
            Collector.collect(ts, Collector.Reason.MANUAL);
            assertTrue(instance.isFreed());
            assertEquals(0, cls.lpGcBits() & PyObject.GC_PER_THREAD, "folded: counted as any object now");
            assertEquals(0, PerThreadRefs.count(other, index), "the other thread's slot moved into the count");
        } finally {
            ThreadRegistry.exit(other);
        }
    }

    private static int registeredIndex(PyObject o) {
        int[] found = {-1};
        PerThreadRefs.forEachWithWorldStopped((x, index, sum) -> {
            if (x == o) found[0] = index;
        });
        return found[0];
    }
}
