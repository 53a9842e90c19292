package skein.stress.cs;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.CriticalSection;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A thread inside a section on {@code o} blocks waiting for something only the other thread
 * can do after taking {@code o} (think: a Python {@code Lock.acquire} inside a list operation,
 * released by a thread that appends to the list). It suspends its sections before blocking
 * and resumes them after, so the other thread gets {@code o} meanwhile and nobody deadlocks
 * (without the suspension the test hangs, which jcstress reports as an error).
 *
 * <p>Holder: begin(o); read and increment o.x; suspendAll; wait for {@code done}; resume; read
 * and increment o.x; end. Other: begin(o); read and increment o.x; end; set {@code done}.
 * Columns: holder's first read, holder's second read, other's read, o.x at the end.
 */
@JCStressTest
@Description("Critical section suspended while its thread blocks: another thread takes the object meanwhile, no deadlock")
@Outcome(id = "1, 2, 0, 3", expect = ACCEPTABLE,
        desc = "The other thread's section ran before the holder's began; the holder did not need to wait.")
@Outcome(id = "0, 2, 1, 3", expect = ACCEPTABLE,
        desc = "The other thread's section ran while the holder's was suspended; resume re-took the mutex.")
@Outcome(expect = FORBIDDEN,
        desc = "The other section ran inside the holder's active part (before the suspension or after the resume: "
                + "exclusion broken), or an increment was lost.")
@State
public class CS_04_SuspendOnBlock {
    final ThreadState holder = ThreadRegistry.create("holder");
    final ThreadState other = ThreadRegistry.create("other");
    final Lockable o = new Lockable();
    volatile boolean done;

    public CS_04_SuspendOnBlock() {
        Policy.check();
    }

    @Actor
    public void holder(IIII_Result r) {
        CriticalSection.begin(holder, o);
        int v = o.x;
        r.r1 = v;
        o.x = v + 1;
        CriticalSection.suspendAll(holder); // about to block
        while (!done) Thread.onSpinWait(); // "blocked" until the other thread has used o
        CriticalSection.resume(holder);
        v = o.x;
        r.r2 = v;
        o.x = v + 1;
        CriticalSection.end(holder);
    }

    @Actor
    public void other(IIII_Result r) {
        CriticalSection.begin(other, o);
        int v = o.x;
        r.r3 = v;
        o.x = v + 1;
        CriticalSection.end(other);
        done = true;
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r4 = o.x;
        ThreadRegistry.exit(holder);
        ThreadRegistry.exit(other);
    }
}
