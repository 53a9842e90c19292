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
 * Two threads take and drop stack references to a deferred object (a function, class or
 * module in the interpreter) while its owner drops the last counted reference.
 *
 * <p>Before the actors: the owner made the object (one counted reference, which it keeps
 * until the end of its actor) and made it deferred: the collector's bias, one count in the
 * shared word, keeps it alive. Stack references ({@code increfStack}/{@code decrefStack}) are
 * not counted at all. Both actors take and drop stack references (the non-owner also drops
 * them while the owner drops its counted one: a mortal object would be freed by then); the
 * owner finally drops its counted reference. Only the bias must remain (count 1) and the
 * object must be alive; the arbiter then plays the collector: {@code releaseDeferred} takes
 * the bias away and frees it, once.
 *
 * <p>Columns: owner saw it dead, non-owner saw it dead, frees before the release, count
 * before the release (1 = the bias alone), frees after the release.
 */
@JCStressTest
@Description("BRC: stack references to deferred objects never change the count or free it; releaseDeferred frees once")
@Outcome(id = "0, 0, 0, 1, 1", expect = ACCEPTABLE,
        desc = "Stack references skipped the count; the owner's counted decref left only the collector's bias "
                + "(biased: the owner's local hit 0 and merged with shared 1); releaseDeferred dropped the bias "
                + "and freed it once.")
@Outcome(expect = FORBIDDEN,
        desc = "A stack reference changed the count, the object was freed while the bias or a counted reference "
                + "remained, releaseDeferred did not free it, or it was freed twice.")
@State
public class BRC_06_Deferred {
    static final int N = 4;

    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final Probe o;

    public BRC_06_Deferred() {
        Policy.check();
        o = new Probe(owner);
        o.makeDeferred(owner);
    }

    @Actor
    public void owner(IIIII_Result r) {
        int dead = 0;
        for (int i = 0; i < N; i++) {
            RefCount.increfStack(o, owner);
            RefCount.increfStack(o, owner);
            dead += o.deadWhileHeld();
            RefCount.decrefStack(o, owner);
            RefCount.decrefStack(o, owner);
        }
        RefCount.decref(o, owner); // the last counted reference
        r.r1 = dead + o.deadWhileHeld(); // the bias still keeps it alive
    }

    @Actor
    public void nonOwner(IIIII_Result r) {
        int dead = 0;
        for (int i = 0; i < N; i++) {
            RefCount.increfStack(o, other);
            dead += o.deadWhileHeld();
            RefCount.decrefStack(o, other);
            RefCount.decrefStack(o, other); // a stack reference the owner's frame took
            RefCount.increfStack(o, other);
        }
        r.r2 = dead + o.deadWhileHeld();
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        owner.serviceEvalBreaker();
        r.r3 = o.frees();
        r.r4 = (int) o.refcountSnapshot();
        RefCount.releaseDeferred(o, other); // the collector, on some thread
        other.serviceEvalBreaker();
        owner.serviceEvalBreaker();
        r.r5 = o.frees();
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(other);
    }
}
