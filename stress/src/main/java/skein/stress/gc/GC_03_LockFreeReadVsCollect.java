package skein.stress.gc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import skein.gc.Collector;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A reader takes an item out of a shared list with the lock-free read ({@code lst[0]}: a
 * try-incref on the item, then a re-check of the slot) and keeps it after removing it from
 * the list, while a collection runs: the reference it won with the try-incref is the only thing
 * outside the item's cycle that keeps it, and it lives in the shared count of an object another
 * thread owns. Then the reader drops it, and the cycle becomes garbage with that last decref
 * queued to the owner.
 *
 * <p>Before the actors: root {@code l = [x]}; {@code x = [y]}, {@code y = [x]}, all owned by the
 * collecting thread; x's shared word carries the maybe-weakref flag (an earlier locked read by
 * the reader set it), so the reader's try-incref can succeed without the lock. The reader:
 * {@code v = l[0]}, {@code l.pop(0)} (dropping the popped reference), a safe point holding v,
 * a check that the cycle is intact, {@code del v}, another safe point. The arbiter collects
 * before the owner merges its queue, then merges.
 *
 * <p>Columns: the reader got x (1); it found the cycle intact while holding it (1); the
 * arbiter's collection broke the cycle (1); both freed after the owner's merge (1); the reader
 * was suspended for a collection while it held x (1) or not (0), counted so that a run shows
 * the interleaving happened.
 */
@JCStressTest
@Description("Collector: a lock-free try-incref reader keeps an item alive across a collection")
@Outcome(id = "1, 1, 1, 1, [01]", expect = ACCEPTABLE,
        desc = "The collection ran before the read, while the reader held x (its try-incref counted in x's shared "
                + "word, a reference from outside), or after the drop (queued): x survived while held, and the "
                + "cycle was broken by a collection that began after it became garbage.")
@Outcome(id = "1, 0, .*", expect = FORBIDDEN,
        desc = "A collection broke the cycle while the reader held x: the try-incref's shared reference was missed.")
@Outcome(id = "1, 1, 0, .*", expect = FORBIDDEN,
        desc = "The cycle survived a collection that began after the reader dropped the last outside reference.")
@Outcome(expect = FORBIDDEN,
        desc = "The read returned something other than x, or the owner's merge did not free both lists.")
@State
public class GC_03_LockFreeReadVsCollect {
    final PyThreadState owner = PyThreadState.create("owner-collector");
    final PyThreadState reader = PyThreadState.create("reader");
    final PyList l, x, y;

    public GC_03_LockFreeReadVsCollect() {
        Policy.check();
        Heap.init();
        owner.attach(); // see Heap: a collection in another state's arbiter may be running
        PyList[] p = Heap.pair(owner);
        x = p[0];
        y = p[1];
        l = Heap.listOf(owner, x);
        Heap.drop(x, owner);
        Heap.drop(y, owner); // x is held by l and y, y by x
        // An earlier read under the lock left the maybe-weakref flag on x: lock-free reads of it succeed.
        RefCount.increfShareable(x, reader);
        RefCount.decref(x, reader);
        owner.detach();
    }

    @Actor
    public void reader(IIIII_Result r) {
        reader.attach();
        PyObj v = l.itemOrNull(reader, 0);
        r.r1 = v == x ? 1 : 0;
        PyObj popped = l.pop(reader, 0);
        RefCount.decref(popped, reader); // l's reference goes; v is what keeps x from outside
        long suspends = reader.counters.stwSuspends;
        reader.serviceEvalBreaker(); // a safe point: a collection may run while v holds x
        r.r5 = reader.counters.stwSuspends != suspends ? 1 : 0;
        r.r2 = Heap.holdsOnly(x, y) & Heap.holdsOnly(y, x);
        if (v != null) RefCount.decref(v, reader); // shared count 0 again: queued to the owner
        reader.serviceEvalBreaker();
        reader.detach();
    }

    @Actor
    public void owner(IIIII_Result r) {
        owner.attach();
        Collector.collect(owner, Collector.Reason.MANUAL);
        owner.detach();
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        Heap.serially(owner, () -> {
            Collector.collect(owner, Collector.Reason.MANUAL);
            r.r3 = Heap.cleared(x) & Heap.cleared(y);
            owner.mergeQueuedObjects();
            r.r4 = x.isFreed() && y.isFreed() ? 1 : 0;
            Heap.drop(l, owner);
        });
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(reader);
    }
}
