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
 * A thread "running bytecode" (attached, checking its eval breaker between steps, as the eval
 * loop does on backward jumps) races a stop-the-world request. While the world is stopped, the
 * running thread must make no step: the requester reads the step counter twice, with a pause
 * between, and sees it unchanged. The runner also checks, at each step, that the world is not
 * stopped — a step taken while stopped is the bug this harness exists to catch.
 *
 * <p>Columns: the counter moved while stopped (1) or not (0); the runner saw a stopped world
 * during a step (1) or not (0).
 */
@JCStressTest
@Description("Stop-the-world: no attached thread makes progress while the world is stopped")
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "The runner suspended at its next eval-breaker check and stayed parked until the requester restarted the world.")
@Outcome(expect = FORBIDDEN,
        desc = "The runner took a step while the world was stopped: the request was not honoured, or the runner re-attached early.")
@State
public class STW_01_NoBytecodeWhileStopped {
    final ThreadState runner = ThreadRegistry.create("runner");
    final ThreadState requester = ThreadRegistry.create("requester");
    volatile long steps;
    volatile boolean done;
    volatile int sawStopped;

    public STW_01_NoBytecodeWhileStopped() {
        Policy.check();
    }

    @Actor
    public void runner() {
        runner.attach();
        while (!done) {
            runner.serviceEvalBreaker(); // the safe point of a backward jump
            if (StopTheWorld.isStopped()) sawStopped = 1;
            steps = steps + 1;
        }
        runner.detach();
        ThreadRegistry.exit(runner);
    }

    @Actor
    public void requester(II_Result r) {
        requester.attach();
        StopTheWorld.stop(requester);
        long before = steps;
        for (int i = 0; i < 200; i++) Thread.onSpinWait();
        long after = steps;
        StopTheWorld.start(requester);
        done = true;
        r.r1 = after == before ? 0 : 1;
        requester.detach();
        ThreadRegistry.exit(requester);
        r.r2 = sawStopped;
    }
}
