package skein.stress.cs;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.CriticalSection;
import skein.gc.PyMutex;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Biased sections ({@code skein.gc.BiasedSections}): the owner of a biased object takes an
 * ordinary section on it (one it could not run without the mutex), which locks it keeping the
 * bias ({@code BIASED -> BIASED|LOCKED}); another thread takes a section on it too, which must
 * clear the bias (after a pause) and then wait for the owner's mutex like any locker. The
 * owner's section passes a safe point in the middle (a detach and attach, as a section running
 * Python code may: the detach suspends the section, releasing the mutex, and the attach locks it
 * again), so the other thread's pause and section can fall inside it. Both increment a plain
 * counter in their sections, after their last lock.
 *
 * <p>Columns: the value the owner read, the value the other thread read, whether the owner held
 * the mutex with the bias bit still set when it read (1) or without it (0), the counter at the
 * end.
 */
@JCStressTest
@Description("Biased sections: the owner's locked section keeps the bias and still excludes another thread's")
@Outcome(id = "0, 1, 1, 2", expect = ACCEPTABLE,
        desc = "The owner locked keeping the bias and read first; the other thread's pause came after that read, and "
                + "the other thread then waited for the owner's unlock.")
@Outcome(id = "0, 1, 0, 2", expect = ACCEPTABLE,
        desc = "The other thread's pause turned the bias off before the owner's last lock (its first one, or the one "
                + "that resumed its section after the safe point), and the owner still got the mutex first.")
@Outcome(id = "1, 0, 0, 2", expect = ACCEPTABLE,
        desc = "The other thread revoked and ran its whole section first (before the owner's section, or while the "
                + "owner's was suspended at its safe point); the owner then locked an unbiased mutex.")
@Outcome(expect = FORBIDDEN,
        desc = "Both read the same value or an increment was lost: the two sections overlapped (the other thread took "
                + "BIASED|LOCKED for unlocked, or the owner's unlock lost the other's bits), or the owner kept the "
                + "bias after the other thread's section (\"1, 0, 1, 2\").")
@State
public class CS_06_BiasedOwnerLockVsRevoke {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final BiasedLockable o = new BiasedLockable(owner);

    public CS_06_BiasedOwnerLockVsRevoke() {
        Policy.requireBiased(); // the owner is the refcount owner, which only biased counting records
    }

    @Actor
    public void owner(IIII_Result r) {
        owner.attach();
        CriticalSection.begin(owner, o);
        owner.detach(); // a safe point inside the section: a pause may stop the world here
        owner.attach();
        int v = o.x;
        r.r1 = v;
        r.r3 = (o.lvMutex() & PyMutex.BIASED) != 0 ? 1 : 0;
        o.x = v + 1;
        CriticalSection.end(owner);
        owner.detach();
    }

    @Actor
    public void other(IIII_Result r) {
        other.attach();
        CriticalSection.begin(other, o);
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
