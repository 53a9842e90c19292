package skein.stress.broken;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import skein.stress.cs.Lockable;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * EXPECTED TO FAIL. {@code skein.stress.cs.CS_01_MutualExclusion} with the deliberately broken
 * {@link MutexWithoutCas}: the same actors, arbiter and outcomes, so jcstress must observe two
 * actors inside the "critical section" at once and report FAILED. Excluded from the normal run by
 * its package; {@code scripts/jcstress.sh --expect-fail} runs it.
 *
 * <p>Columns: the value actor A read, the value actor B read, the counter at the end.
 */
@JCStressTest
@Description("BROKEN on purpose (must FAIL): a mutex whose lock is a load then a store instead of a CAS")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "A's section ran first, then B's.")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE, desc = "B's section ran first, then A's.")
@Outcome(expect = FORBIDDEN,
        desc = "Both read the same value or an increment was lost: both actors saw the byte unlocked and both "
                + "entered. This is what the broken lock must produce.")
@State
public class Broken_02_MutexWithoutCas {
    final Lockable o = new Lockable();

    public Broken_02_MutexWithoutCas() {
        Policy.check();
    }

    @Actor
    public void a(III_Result r) {
        MutexWithoutCas.lock(o);
        int v = o.x;
        r.r1 = v;
        o.x = v + 1;
        MutexWithoutCas.unlock(o);
    }

    @Actor
    public void b(III_Result r) {
        MutexWithoutCas.lock(o);
        int v = o.x;
        r.r2 = v;
        o.x = v + 1;
        MutexWithoutCas.unlock(o);
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = o.x;
    }
}
