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
 * Two non-owners take references at the same time; none may be lost.
 *
 * <p>Before the actors: the owner made the object (its reference keeps it alive while the
 * others incref it, as a reference in the owner's container would). Each non-owner takes
 * one reference (an atomic add on the shared count) and checks the object is alive. The
 * arbiter checks the count is 3, then drops the references in the order that exposes a lost
 * increment: the owner's (its local count hits 0 and it merges), A's, then, before B's, checks
 * the object is still alive; B's last decref frees it.
 *
 * <p>{@code skein.stress.broken.Broken_01_NonAtomicSharedIncref} is this harness with a
 * non-atomic shared increment; it must fail.
 *
 * <p>Columns: A saw it dead, B saw it dead, count after both increfs, freed while B still
 * held a reference (1) or not (0), frees at the end.
 */
@JCStressTest
@Description("BRC: concurrent non-owner increfs are never lost")
@Outcome(id = "0, 0, 3, 0, 1", expect = ACCEPTABLE,
        desc = "Both increments landed (count 3); dropping the owner's and A's references left B's, and B's "
                + "decref freed it once.")
@Outcome(expect = FORBIDDEN,
        desc = "A lost increment (count 2): the object is freed while B still holds a reference, and B's decref "
                + "then drives the count negative. Or freed twice / never.")
@State
public class BRC_11_NonOwnerIncrefs {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState a = ThreadRegistry.create("a");
    final ThreadState b = ThreadRegistry.create("b");
    final Probe o;

    public BRC_11_NonOwnerIncrefs() {
        Policy.check();
        o = new Probe(owner);
    }

    @Actor
    public void a(IIIII_Result r) {
        RefCount.incref(o, a);
        r.r1 = o.deadWhileHeld();
    }

    @Actor
    public void b(IIIII_Result r) {
        RefCount.incref(o, b);
        r.r2 = o.deadWhileHeld();
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r3 = (int) o.refcountSnapshot();
        RefCount.decref(o, owner);
        RefCount.decref(o, a);
        owner.serviceEvalBreaker();
        r.r4 = o.deadWhileHeld();
        RefCount.decref(o, b);
        owner.serviceEvalBreaker();
        r.r5 = o.frees();
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(a);
        ThreadRegistry.exit(b);
    }
}
