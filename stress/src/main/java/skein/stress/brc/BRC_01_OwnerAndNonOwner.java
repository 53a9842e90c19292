package skein.stress.brc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;
import skein.stress.support.Probe;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The owner and a non-owner take and drop references to one object at the same time.
 *
 * <p>Before the actors: the owner made the object (its own reference) and took a second
 * reference that it handed to the non-owner (as if it stored the object in a container the
 * other thread then emptied): under biased counting that one is counted in the owner's
 * local count. Each actor takes a temporary reference, checks the object is alive, drops the
 * temporary, checks again (it still holds its base reference) and drops its base reference.
 * The arbiter then does what the owner's eval breaker would do next (merge queued objects)
 * and ends both thread states.
 *
 * <p>Columns: owner saw it dead while holding a reference, non-owner saw it dead while
 * holding one, frees when both actors were done, frees after the owner serviced its eval
 * breaker, policy (0 biased, 1 atomic).
 */
@JCStressTest
@Description("BRC: owner and non-owner incref/decref on one object; never freed while held, freed exactly once")
@Outcome(id = "0, 0, 0, 1, 0", expect = ACCEPTABLE,
        desc = "biased: the non-owner's last decref dropped the reference counted in the owner's local count, "
                + "found the shared count 0, queued the object and raised the owner's MERGE bit; the owner's "
                + "merge freed it once. Neither actor saw it freed while holding a reference.")
@Outcome(id = "0, 0, 1, 1, 1", expect = ACCEPTABLE,
        desc = "atomic: whichever actor dropped the last reference freed it, once; nothing was left for the merge.")
@Outcome(expect = FORBIDDEN,
        desc = "Freed while an actor held a reference, freed twice, never freed (leak, or the MERGE bit was not "
                + "raised), or freed by the wrong step for the policy.")
@State
public class BRC_01_OwnerAndNonOwner {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final Probe o;

    public BRC_01_OwnerAndNonOwner() {
        Policy.check();
        o = new Probe(owner);
        RefCount.incref(o, owner); // the reference handed to the non-owner
    }

    @Actor
    public void owner(IIIII_Result r) {
        RefCount.incref(o, owner);
        int dead = o.deadWhileHeld();
        RefCount.decref(o, owner);
        dead += o.deadWhileHeld();
        RefCount.decref(o, owner); // the owner's own reference
        r.r1 = dead;
    }

    @Actor
    public void nonOwner(IIIII_Result r) {
        RefCount.incref(o, other);
        int dead = o.deadWhileHeld();
        RefCount.decref(o, other);
        dead += o.deadWhileHeld();
        RefCount.decref(o, other); // the reference the owner handed over
        r.r2 = dead;
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r3 = o.frees();
        owner.serviceEvalBreaker();
        r.r4 = o.frees();
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(other);
        if (o.frees() != r.r4) r.r4 = 100 + o.frees(); // exit must find nothing left to free
        r.r5 = Policy.code();
    }
}
