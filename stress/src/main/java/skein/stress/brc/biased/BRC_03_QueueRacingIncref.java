package skein.stress.brc.biased;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.metrics.ThreadCounters;
import skein.stress.support.Policy;
import skein.stress.support.Probe;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A non-owner's decref that queues the object races another non-owner taking and using a
 * new reference; then the owner drops its own reference and merges.
 *
 * <p>Before the actors: the owner made the object (its own reference, kept until the
 * arbiter: that is what makes the other non-owner's incref legal, as a reference found in
 * the owner's container would) and handed a second reference to non-owner A (counted in the
 * owner's local count, so the shared count is 0). Actor A drops that reference: if the
 * shared count is 0 it does not subtract but marks the object queued and pushes it on the
 * owner's merge queue. Actor B increfs (shared +1), checks the object is alive, decrefs: if A
 * decremented B's count to 0 first, it is B's decref that finds 0 and queues. Exactly one of
 * them queues. The arbiter (the owner thread, later) drops the owner's reference and
 * services its eval breaker: the merge folds local into shared and frees the object.
 *
 * <p>Columns: B saw it dead while holding its reference, frees before the owner's steps, who
 * queued it (1 = A, 2 = B, 3 = both), frees after the owner's decref and merge, final shared
 * word exactly "count 0, merged" (1) or not (0).
 */
@JCStressTest
@Description("BRC: queueing for merge races increfs by another thread; survives while referenced, freed once by the merge")
@Outcome(id = "0, 0, 1, 1, 1", expect = ACCEPTABLE,
        desc = "A's decref found shared 0 (B had not incref'd yet, or had already dropped its reference) and queued; "
                + "B's reference counted in shared went up and down on a queued object; the owner's merge saw "
                + "local 1 + shared 0 - the queue's 1 = 0 and freed it once.")
@Outcome(id = "0, 0, 2, 1, 1", expect = ACCEPTABLE,
        desc = "B incref'd first, A's decrement took shared from 1 to 0 without queueing, then B's decref found 0 "
                + "and queued; the owner's merge freed it once.")
@Outcome(expect = FORBIDDEN,
        desc = "Freed while the owner or B still held a reference, queued twice or never (a lost or doubled "
                + "queue entry: then the final shared word is not 'merged, 0'), freed twice, or not freed by the merge.")
@State
public class BRC_03_QueueRacingIncref {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState a = ThreadRegistry.create("a");
    final ThreadState b = ThreadRegistry.create("b");
    final Probe o;

    public BRC_03_QueueRacingIncref() {
        Policy.requireBiased();
        if (!ThreadCounters.ENABLED) throw new IllegalStateException("needs -Dskein.metrics.counting=true (the default)");
        o = new Probe(owner);
        RefCount.incref(o, owner); // handed to A
    }

    @Actor
    public void a() {
        RefCount.decref(o, a);
    }

    @Actor
    public void b(IIIII_Result r) {
        RefCount.incref(o, b);
        r.r1 = o.deadWhileHeld();
        RefCount.decref(o, b);
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r2 = o.frees();
        r.r3 = (a.counters.brcQueued == 1 ? 1 : 0) + (b.counters.brcQueued == 1 ? 2 : 0)
                + (a.counters.brcQueued > 1 || b.counters.brcQueued > 1 ? 10 : 0);
        RefCount.decref(o, owner);
        owner.serviceEvalBreaker();
        r.r4 = o.frees();
        r.r5 = o.lvShared() == PyObject.SHARED_MERGED ? 1 : 0;
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(a);
        ThreadRegistry.exit(b);
    }
}
