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
 * The owner thread exits while a non-owner still holds references, which it then drops.
 *
 * <p>Before the actors: the owner made the object (its own reference) and handed a second
 * reference to the non-owner (counted in the owner's local count). The owner actor drops its
 * own reference and exits ({@link ThreadRegistry#exit}: merge its queue as owner, mark itself
 * EXITED, drain stragglers with a helper state). The non-owner takes a reference of its own
 * (shared count), checks the object is alive, drops the handed reference (which takes the
 * shared count back to 0), checks again, and drops its own: that last decref finds shared 0
 * and queues the object to the owner, racing the owner's exit. The exit protocol is
 * Dekker-style (the producer offers, then reads EXITED; the owner writes EXITED, then looks at
 * its queue): whichever way it goes, exactly one thread merges and frees.
 *
 * <p>Columns: non-owner saw it dead while holding a reference, frees, who freed it (1 the
 * owner's exit merge, 2 the non-owner, 9 the exit's helper state), non-owner offered it to
 * the owner's queue (1) or merged it itself without offering (0), policy (0 biased, 1 atomic).
 */
@JCStressTest
@Description("BRC: owner exits while a non-owner holds references; freed exactly once, never while held")
@Outcome(id = "0, 1, 1, 1, 0", expect = ACCEPTABLE,
        desc = "biased: the non-owner queued it while the owner was still alive; the owner's exit merged its queue "
                + "(local 1 + shared 0 - 1 = 0) and freed it.")
@Outcome(id = "0, 1, 9, 1, 0", expect = ACCEPTABLE,
        desc = "biased: the non-owner offered it after the owner's last merge but before seeing EXITED; the exit "
                + "found the straggler after marking itself EXITED and its helper state freed it.")
@Outcome(id = "0, 1, 2, 1, 0", expect = ACCEPTABLE,
        desc = "biased: the non-owner offered it, then saw the owner EXITED and drained the dead owner's queue "
                + "itself (drainAbandoned), freeing it.")
@Outcome(id = "0, 1, 2, 0, 0", expect = ACCEPTABLE,
        desc = "biased: the owner had exited before the non-owner's last decref; the non-owner merged the "
                + "abandoned counts itself (mergeAbandoned) and freed it.")
@Outcome(id = "0, 1, 2, 0, 1", expect = ACCEPTABLE,
        desc = "atomic: the non-owner's decrement was the last.")
@Outcome(id = "0, 1, 1, 0, 1", expect = ACCEPTABLE,
        desc = "atomic: the owner's decrement (before exiting) was the last.")
@Outcome(expect = FORBIDDEN,
        desc = "Freed while the non-owner held a reference, freed twice, or never freed (an object stranded in "
                + "a dead owner's queue).")
@State
public class BRC_04_OwnerExit {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final Probe o;

    public BRC_04_OwnerExit() {
        Policy.check();
        o = new Probe(owner);
        RefCount.incref(o, owner); // handed to the non-owner
    }

    @Actor
    public void owner() {
        RefCount.decref(o, owner);
        ThreadRegistry.exit(owner);
    }

    @Actor
    public void nonOwner(IIIII_Result r) {
        RefCount.incref(o, other);
        int dead = o.deadWhileHeld();
        RefCount.decref(o, other); // the handed reference
        dead += o.deadWhileHeld();
        RefCount.decref(o, other); // its own
        r.r1 = dead;
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r2 = o.frees();
        r.r3 = o.freedByCode(owner, other);
        r.r4 = (int) other.counters.brcQueued;
        r.r5 = Policy.code();
        ThreadRegistry.exit(other); // the owner exited in its actor
    }
}
