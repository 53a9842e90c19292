package skein.stress.cs;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;
import skein.gc.PyMutex;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A thread that waits for a held mutex must be woken by the unlock, however the two race:
 * the unlock may come before the waiter spins, while it spins, while it sets the has-parked
 * bit, between the parking lot's validation and the park, or after it parked.
 *
 * <p>The mutex is locked when the state is made (by the harness, standing for some other
 * thread's section); the actor locks it, the signal unlocks it (PyMutex has no owner, so any
 * thread may). The actor then unlocks too, so a second waiter is not needed to see a lost
 * "has parked" bit: the actor's own unlock would throw if the byte were wrong.
 */
@JCStressTest(Mode.Termination)
@Description("PyMutex: a thread parked on a held mutex is woken by the unlock (no lost wake-up)")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The waiter got the mutex after the unlock.")
@Outcome(id = "STALE", expect = FORBIDDEN,
        desc = "The waiter stayed parked after the unlock: a lost wake-up (the unlocker missed the has-parked bit, "
                + "or the waiter parked after validating a stale byte).")
@State
public class CS_02_NoLostWakeup {
    final ThreadState waiter = ThreadRegistry.create("waiter");
    final Lockable o = new Lockable();

    public CS_02_NoLostWakeup() {
        Policy.check();
        PyMutex.lock(o);
    }

    @Actor
    public void actor() {
        PyMutex.lock(o, waiter);
        PyMutex.unlock(o);
        ThreadRegistry.exit(waiter);
    }

    @Signal
    public void signal() {
        PyMutex.unlock(o);
    }
}
