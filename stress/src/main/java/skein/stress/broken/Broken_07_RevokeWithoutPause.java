package skein.stress.broken;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.BiasedSections;
import skein.gc.CriticalSection;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.cs.BiasedLockable;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * EXPECTED TO FAIL. {@code skein.stress.cs.CS_05_BiasedSectionVsRevoke} with the deliberately
 * broken {@link RevokeWithoutPause}: the same actors, arbiter and outcomes, but the other thread
 * clears the owner's bias without stopping the world, so jcstress must observe the owner's
 * lock-free section overlapping the other thread's locked one and report FAILED. Excluded from
 * the normal run by its package; {@code scripts/jcstress.sh --expect-fail} runs it.
 *
 * <p>Columns: the value the owner read, the value the other thread read, whether the owner
 * skipped the mutex (1) or locked (0), the counter at the end.
 */
@JCStressTest
@Description("BROKEN on purpose (must FAIL): a biased object revoked by clearing its bit, without a pause")
@Outcome(id = "0, 1, 1, 2", expect = ACCEPTABLE,
        desc = "The owner's section ran without the mutex before the other thread's pause; the pause waited for "
                + "the owner to reach a safe point (its detach), then the other thread locked and saw its write.")
@Outcome(id = "0, 1, 0, 2", expect = ACCEPTABLE,
        desc = "The other thread's pause had turned the bias off, so the owner locked — and got the mutex first.")
@Outcome(id = "1, 0, 0, 2", expect = ACCEPTABLE,
        desc = "The other thread revoked and ran its section first; the owner saw the bias off and locked after it.")
@Outcome(expect = FORBIDDEN,
        desc = "Both read the same value or an increment was lost: the owner skipped the mutex while the other "
                + "thread held it (revocation without a pause, or a pause that did not wait for the owner), or the "
                + "owner skipped it after the bias was turned off (\"1, 0, 1, 2\"). This is what the broken "
                + "revocation must produce.")
@State
public class Broken_07_RevokeWithoutPause {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final BiasedLockable o = new BiasedLockable(owner);

    public Broken_07_RevokeWithoutPause() {
        Policy.requireBiased(); // the owner is the refcount owner, which only biased counting records
    }

    @Actor
    public void owner(IIII_Result r) {
        owner.attach();
        if (BiasedSections.canElide(o, o.group, owner)) {
            int v = o.x;
            r.r1 = v;
            o.x = v + 1;
            r.r3 = 1;
        } else {
            CriticalSection.begin(owner, o);
            int v = o.x;
            r.r1 = v;
            o.x = v + 1;
            CriticalSection.end(owner);
            r.r3 = 0;
        }
        owner.detach(); // the next safe point: a pause waits for it
    }

    @Actor
    public void other(IIII_Result r) {
        other.attach();
        RevokeWithoutPause.begin(other, o);
        int v = o.x;
        r.r2 = v;
        o.x = v + 1;
        CriticalSection.end(other);
        other.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r4 = o.x;
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(other);
    }
}
