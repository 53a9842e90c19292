package skein.stress.brc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;
import skein.stress.support.Probe;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The owner and a non-owner drop the last two references at the same time.
 *
 * <p>Before the actors: the owner made the object (one reference, in its local count) and the
 * non-owner took its own reference (under biased counting: shared count 1). Each actor checks
 * the object is alive while it still holds its reference, then drops it. Under biased
 * counting this is the race between the owner's zero-local merge ({@code mergeZeroLocal}: give
 * up ownership, CAS the flag to merged, free if the merged count is 0) and the non-owner's
 * CAS-loop decrement (free if it brings a merged count to 0): exactly one of them must free.
 *
 * <p>Columns: owner saw it dead before its decref, non-owner saw it dead before its decref,
 * frees after the arbiter merged and ended both thread states, who freed it (1 owner, 2
 * non-owner).
 */
@JCStressTest
@Description("BRC: the owner's last decref races a non-owner's last decref; exactly one frees")
@Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE,
        desc = "The owner freed it. Biased: the non-owner's decrement took the shared count from 1 to 0 before the "
                + "owner's merge CAS landed, so the owner found 0 (directly, or after its CAS failed and retried) "
                + "and the merged total was 0. Atomic: the owner's decrement was the last.")
@Outcome(id = "0, 0, 1, 2", expect = ACCEPTABLE,
        desc = "The non-owner freed it. Biased: the owner's merge published 'merged, count 1' first and the "
                + "non-owner's decrement turned it into 'merged, 0'. Atomic: the non-owner's decrement was the last.")
@Outcome(expect = FORBIDDEN,
        desc = "Freed before both dropped their references, freed twice (both saw zero), or never freed "
                + "(both missed zero: a lost count or a merge that never completed).")
@State
public class BRC_02_LastDecrefRace {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final Probe o;

    public BRC_02_LastDecrefRace() {
        Policy.check();
        o = new Probe(owner);
        RefCount.incref(o, other); // the non-owner's own reference
    }

    @Actor
    public void owner(IIII_Result r) {
        r.r1 = o.deadWhileHeld();
        RefCount.decref(o, owner);
    }

    @Actor
    public void nonOwner(IIII_Result r) {
        r.r2 = o.deadWhileHeld();
        RefCount.decref(o, other);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        owner.serviceEvalBreaker(); // nothing may be queued, but a stray entry must not free it again
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(other);
        r.r3 = o.frees();
        r.r4 = o.freedByCode(owner, other);
    }
}
