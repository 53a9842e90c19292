package skein.stress.broken;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;
import skein.stress.support.Probe;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * EXPECTED TO FAIL. {@code skein.stress.brc.BRC_11_NonOwnerIncrefs} with the deliberately
 * broken {@link NonAtomicSharedIncref}: the same actors, arbiter and outcomes, so jcstress
 * must observe the forbidden "count 2, freed while B held it" and report FAILED. That shows the
 * harness can fail: if this test ever passes, the harness (or the run) is not testing anything.
 * Excluded from the normal run by its package; {@code scripts/jcstress.sh --expect-fail} runs it.
 *
 * <p>Columns: A saw it dead, B saw it dead, count after both increfs, freed while B still
 * held a reference (1) or not (0), frees at the end.
 */
@JCStressTest
@Description("BROKEN on purpose (must FAIL): non-owner incref as a plain read-modify-write of the shared count")
@Outcome(id = "0, 0, 3, 0, 1", expect = ACCEPTABLE,
        desc = "Both increments landed (count 3): the actors happened not to overlap in the read-modify-write.")
@Outcome(expect = FORBIDDEN,
        desc = "A lost increment (count 2): the object is freed while B still holds a reference, and B's decref "
                + "then drives the count negative. This is what the broken incref must produce.")
@State
public class Broken_01_NonAtomicSharedIncref {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState a = ThreadRegistry.create("a");
    final ThreadState b = ThreadRegistry.create("b");
    final Probe o;

    public Broken_01_NonAtomicSharedIncref() {
        Policy.requireBiased();
        o = new Probe(owner);
    }

    @Actor
    public void a(IIIII_Result r) {
        NonAtomicSharedIncref.incref(o, a);
        r.r1 = o.deadWhileHeld();
    }

    @Actor
    public void b(IIIII_Result r) {
        NonAtomicSharedIncref.incref(o, b);
        r.r2 = o.deadWhileHeld();
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r3 = (int) o.refcountSnapshot();
        NonAtomicSharedIncref.decref(o, owner);
        NonAtomicSharedIncref.decref(o, a);
        owner.serviceEvalBreaker();
        r.r4 = o.deadWhileHeld();
        NonAtomicSharedIncref.decref(o, b);
        owner.serviceEvalBreaker();
        r.r5 = o.frees();
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(a);
        ThreadRegistry.exit(b);
    }
}
