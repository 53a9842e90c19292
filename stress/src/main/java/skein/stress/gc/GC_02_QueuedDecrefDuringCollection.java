package skein.stress.gc;

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
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A non-owner drops the last outside reference to a cycle while a collection runs: under
 * biased counting that decref finds the shared count at zero and goes to the owner's merge
 * queue, so the owner's local count is one too high, with the queued flag standing for the
 * reference in the queue. The owner here is the collecting thread, which does not run its own
 * merge during the collection: the collector's pause merges every queue itself and must drop
 * the reference each entry held.
 *
 * <p>Before the actors: {@code x = [y]}, {@code y = [x]}, both owned by the collector's
 * thread; the creator's reference to x is handed to the other thread (it stays in the owner's
 * local count). The other thread, attached, passes a safe point holding it, checks the cycle
 * is intact, drops it (queued: shared 0), and passes another safe point. After the actors, the
 * arbiter collects once more <em>before</em> the owner merges: the cycle is garbage with its
 * last reference dropped (queued, or merged by an earlier pause), and this collection must break
 * and free it; the owner's merge after it must find nothing left to free twice.
 *
 * <p>Columns: the holder found the cycle intact while it held x (1); the actor's collection,
 * or one of a later state in the batch, had broken it before the arbiter looked (0 or 1: it
 * depends on whether the decref came before the pause); the arbiter's collection left it
 * broken (1); both lists freed after the owner's merge (1).
 */
@JCStressTest
@Description("Collector: a non-owner's decref queued to the owner while a collection runs is accounted for")
@Outcome(id = "1, 0, 1, 1", expect = ACCEPTABLE,
        desc = "The decref came after the actor's pause (and after the batch's other collections): the cycle "
                + "was still held then; the arbiter's collection, with the reference in the queue, broke it.")
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE,
        desc = "The decref was queued before a pause: that collection merged the queue, dropping its reference, found "
                + "the cycle unreachable and broke it; both lists were freed.")
@Outcome(id = "0, .*", expect = FORBIDDEN,
        desc = "A collection broke the cycle while the other thread held x: it undercounted a reference.")
@Outcome(id = "1, ., 0, .*", expect = FORBIDDEN,
        desc = "The cycle survived a collection that began after it became garbage: the collector counted the "
                + "reference the merge queue held as a live one.")
@Outcome(expect = FORBIDDEN,
        desc = "Both lists not freed at the end: the collector's own references (or the queue's) were lost or doubled.")
@State
public class GC_02_QueuedDecrefDuringCollection {
    final PyThreadState owner = PyThreadState.create("owner-collector");
    final PyThreadState holder = PyThreadState.create("holder");
    final PyList x, y;

    public GC_02_QueuedDecrefDuringCollection() {
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
        Collector.collect(owner, Collector.Reason.MANUAL); // the owner does not merge its queue meanwhile
        owner.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        Heap.serially(owner, () -> {
            r.r2 = Heap.cleared(x);
            Collector.collect(owner, Collector.Reason.MANUAL);
            r.r3 = Heap.cleared(x) & Heap.cleared(y);
            owner.mergeQueuedObjects();
            r.r4 = x.isFreed() && y.isFreed() ? 1 : 0;
        });
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(holder);
    }
}
