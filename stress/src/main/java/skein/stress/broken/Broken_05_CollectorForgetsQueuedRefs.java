package skein.stress.broken;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.Collector;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyList;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.gc.Heap;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * EXPECTED TO FAIL. {@code skein.stress.gc.GC_02_QueuedDecrefDuringCollection}, the same actors
 * and outcomes, with a collector that merges the merge queues in its pause but forgets that each
 * queue entry held a reference ({@link Collector#collectKeepingQueuedRefs}): the holder's decref
 * of x, queued to the owner, stays counted as a reference from outside, so no collection finds
 * the cycle. The arbiter's collection then leaves it intact, which the real harness forbids:
 * jcstress must report FAILED. Excluded from the normal run by its package;
 * {@code scripts/jcstress.sh --expect-fail} runs it.
 *
 * <p>Columns as in GC_02: the holder found the cycle intact while it held x; the cycle broken
 * before the arbiter looked; the arbiter's collection broke it; both freed after the merge.
 */
@JCStressTest
@Description("BROKEN on purpose (must FAIL): a collector that counts a reference held by a merge queue as live")
@Outcome(id = "1, 0, 1, 1", expect = ACCEPTABLE,
        desc = "The decref came after the actor's pause (and after the batch's other collections): the cycle "
                + "was still held then; the arbiter's collection, with the reference in the queue, broke it.")
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE,
        desc = "The decref was queued before a pause: that collection merged the queue, dropping its reference, found "
                + "the cycle unreachable and broke it; the owner's merge freed it.")
@Outcome(id = "0, .*", expect = FORBIDDEN,
        desc = "A collection broke the cycle while the other thread held x: it undercounted a reference.")
@Outcome(id = "1, ., 0, .*", expect = FORBIDDEN,
        desc = "The cycle survived a collection that began after it became garbage: the collector counted the "
                + "reference the merge queue held as a live one.")
@Outcome(expect = FORBIDDEN,
        desc = "The owner's merge did not free both lists: the collector's own references were lost or doubled.")
@State
public class Broken_05_CollectorForgetsQueuedRefs {
    final PyThreadState owner = PyThreadState.create("owner-collector");
    final PyThreadState holder = PyThreadState.create("holder");
    final PyList x, y;

    public Broken_05_CollectorForgetsQueuedRefs() {
        Policy.check();
        Heap.init();
        owner.attach(); // see Heap: a collection in another state's arbiter may be running
        PyList[] p = Heap.pair(owner);
        x = p[0];
        y = p[1];
        Heap.drop(y, owner); // y is held by x alone; the reference to x is the holder's from now on
        owner.detach();
    }

    @Actor
    public void holder(IIII_Result r) {
        holder.attach();
        holder.serviceEvalBreaker(); // a collection may run while x is held
        r.r1 = Heap.holdsOnly(x, y) & Heap.holdsOnly(y, x);
        Heap.drop(x, holder); // non-owner, shared count 0: queued to the owner
        holder.serviceEvalBreaker(); // a collection may run with the reference in the queue
        holder.detach();
    }

    @Actor
    public void owner(IIII_Result r) {
        owner.attach();
        Collector.collectKeepingQueuedRefs(owner);
        owner.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        Heap.serially(owner, () -> {
            r.r2 = Heap.cleared(x);
            Collector.collectKeepingQueuedRefs(owner);
            r.r3 = Heap.cleared(x) & Heap.cleared(y);
            owner.mergeQueuedObjects();
            r.r4 = x.isFreed() && y.isFreed() ? 1 : 0;
        });
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(holder);
    }
}
