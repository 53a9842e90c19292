package skein.stress.stw;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import skein.gc.StopTheWorld;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A detached thread (one returning from a lock wait or a sleep) re-attaches while another
 * thread stops the world. Either it attaches first — then the requester must wait for it, and
 * it sees a running world while attached — or the requester suspends it in place and its
 * attach waits for the restart. An attached thread never observes a stopped world, and the
 * requester never finishes its pause with the other thread attached.
 *
 * <p>Columns: the re-attaching thread saw the world stopped while attached (1) or not (0);
 * the requester saw the other thread ATTACHED while the world was stopped (1) or not (0).
 */
@JCStressTest
@Description("Stop-the-world: a detached thread cannot attach while the world is stopped")
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "The attach won (the requester waited for the thread to detach again) or lost (the attach waited for the restart).")
@Outcome(expect = FORBIDDEN,
        desc = "The thread became attached inside the pause: the DETACHED -> SUSPENDED park and the attach CAS raced wrongly.")
@State
public class STW_02_NoAttachWhileStopped {
    final ThreadState blocked = ThreadRegistry.create("blocked");
    final ThreadState requester = ThreadRegistry.create("requester");

    public STW_02_NoAttachWhileStopped() {
        Policy.check();
    }

    @Actor
    public void blocked(II_Result r) {
        blocked.attach(); // back from the "lock wait"
        r.r1 = StopTheWorld.isStopped() ? 1 : 0;
        for (int i = 0; i < 20; i++) Thread.onSpinWait(); // a little bytecode, no safe point
        r.r1 |= StopTheWorld.isStopped() ? 1 : 0;
        blocked.detach(); // blocks again
        ThreadRegistry.exit(blocked);
    }

    @Actor
    public void requester(II_Result r) {
        requester.attach();
        StopTheWorld.stop(requester);
        r.r2 = blocked.lvStatus() == ThreadState.ATTACHED ? 1 : 0;
        StopTheWorld.start(requester);
        requester.detach();
        ThreadRegistry.exit(requester);
    }
}
