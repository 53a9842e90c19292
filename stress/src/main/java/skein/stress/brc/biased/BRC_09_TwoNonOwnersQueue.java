package skein.stress.brc.biased;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
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
 * Two non-owners drop, at the same time, references that are both counted in the owner's
 * local count: both may find the shared count 0, but only one may queue the object.
 *
 * <p>Before the actors: the owner made the object (its own reference, kept until the
 * arbiter) and handed one reference to each non-owner (local 3, shared 0). Each non-owner
 * drops its reference. The first CAS turns "0" into "queued, 0" and pushes the object on the
 * owner's queue; the second then sees "queued" and subtracts (shared "queued, -1"). The
 * arbiter (the owner, later) drops its reference and merges: -1 + 2 - 1 = 0, freed once.
 *
 * <p>Columns: who queued it (1 = A, 2 = B, 3 = both, 0 = neither; +10 if one queued twice),
 * frees before the owner's steps, frees after the owner's decref and merge, final shared word
 * exactly "count 0, merged" (1) or not.
 */
@JCStressTest
@Description("BRC: two non-owners race to queue the same object; exactly one queue entry")
@Outcome(id = "1, 0, 1, 1", expect = ACCEPTABLE,
        desc = "A's CAS won on shared 0 and queued it; B's decref subtracted from 'queued, 0'; the owner's merge "
                + "freed it once.")
@Outcome(id = "2, 0, 1, 1", expect = ACCEPTABLE,
        desc = "B's CAS won on shared 0 and queued it; A's decref subtracted from 'queued, 0'; the owner's merge "
                + "freed it once.")
@Outcome(expect = FORBIDDEN,
        desc = "Both (or neither) queued it: two queue entries make the second merge drive the count negative "
                + "(final word not 'merged, 0'), none leaves it alive; or it was freed early or twice.")
@State
public class BRC_09_TwoNonOwnersQueue {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState a = ThreadRegistry.create("a");
    final ThreadState b = ThreadRegistry.create("b");
    final Probe o;

    public BRC_09_TwoNonOwnersQueue() {
        Policy.requireBiased();
        if (!ThreadCounters.ENABLED) throw new IllegalStateException("needs -Dskein.metrics.counting=true (the default)");
        o = new Probe(owner);
        RefCount.incref(o, owner); // handed to A
        RefCount.incref(o, owner); // handed to B
    }

    @Actor
    public void a() {
        RefCount.decref(o, a);
    }

    @Actor
    public void b() {
        RefCount.decref(o, b);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        long qa = a.counters.brcQueued, qb = b.counters.brcQueued;
        r.r1 = (qa == 1 ? 1 : 0) + (qb == 1 ? 2 : 0) + (qa > 1 || qb > 1 ? 10 : 0);
        r.r2 = o.frees();
        RefCount.decref(o, owner);
        owner.serviceEvalBreaker();
        r.r3 = o.frees();
        r.r4 = o.lvShared() == PyObject.SHARED_MERGED ? 1 : 0;
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(a);
        ThreadRegistry.exit(b);
    }
}
