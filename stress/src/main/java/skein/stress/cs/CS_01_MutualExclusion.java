package skein.stress.cs;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import skein.gc.CriticalSection;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two actors increment a plain counter inside a critical section on the same object
 * ({@code PyMutex} fast path, and when they collide its spin/park path).
 *
 * <p>Columns: the value actor A read, the value actor B read, the counter at the end.
 */
@JCStressTest
@Description("PyMutex / critical section: two increments of a plain field under the object's mutex are exclusive")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "A's section ran first, then B's.")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE, desc = "B's section ran first, then A's.")
@Outcome(expect = FORBIDDEN,
        desc = "Both read the same value or an increment was lost: the two sections overlapped (no mutual "
                + "exclusion), or the unlock did not publish the first section's write to the second.")
@State
public class CS_01_MutualExclusion {
    final ThreadState a = ThreadRegistry.create("a");
    final ThreadState b = ThreadRegistry.create("b");
    final Lockable o = new Lockable();

    public CS_01_MutualExclusion() {
        Policy.check();
    }

    @Actor
    public void a(III_Result r) {
        CriticalSection.begin(a, o);
        int v = o.x;
        r.r1 = v;
        o.x = v + 1;
        CriticalSection.end(a);
    }

    @Actor
    public void b(III_Result r) {
        CriticalSection.begin(b, o);
        int v = o.x;
        r.r2 = v;
        o.x = v + 1;
        CriticalSection.end(b);
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = o.x;
        ThreadRegistry.exit(a);
        ThreadRegistry.exit(b);
    }
}
