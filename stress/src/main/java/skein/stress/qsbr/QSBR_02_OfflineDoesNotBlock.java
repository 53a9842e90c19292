package skein.stress.qsbr;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;
import skein.gc.PyObject;
import skein.gc.Qsbr;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Liveness: a thread that goes offline (blocks in a lock wait, a join, I/O) and never reports a
 * quiescent state must not hold up reclamation.
 *
 * <p>Before the actor: the reader is attached at the then-current write sequence and will never
 * report a quiescent state; the writer made {@code o}. The actor (the writer) frees o to its
 * freelist and then keeps allocating from the freelist until it gets an object back: while the
 * reader is online with its old read sequence, the goal of o's batch cannot be reached. The
 * signal detaches the reader, as a thread that blocks does. The writer must then see the reader
 * offline (the scan skips read sequence 0), reach the goal, and get o back. Termination mode:
 * one state per trial, so no other state's reader is attached meanwhile.
 */
@JCStressTest(Mode.Termination)
@Description("QSBR: a detached thread does not hold up reuse; the writer gets its object back once the reader detaches")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE,
        desc = "The reader detached (release store of 0); the writer's next scan saw it offline, the goal was "
                + "reached and the freelist handed o back.")
@Outcome(id = "STALE", expect = FORBIDDEN,
        desc = "The writer never got o back after the reader detached: an offline thread still blocked reclamation "
                + "(its 0 read as a low read sequence, a stale cached minimum, or a backoff that never scans again).")
@State
public class QSBR_02_OfflineDoesNotBlock {
    final ThreadState writer = ThreadRegistry.create("writer");
    final ThreadState reader = ThreadRegistry.create("reader");
    final Boxed o;

    public QSBR_02_OfflineDoesNotBlock() {
        Policy.check();
        o = new Boxed(writer);
        Qsbr.attach(reader);
    }

    @Actor
    public void writer() {
        Qsbr.attach(writer);
        RefCount.decref(o, writer);
        PyObject x;
        while ((x = writer.freelists().take(Boxed.KIND, writer)) == null) {
            Thread.onSpinWait();
        }
        RefCount.decref(x, writer);
        ThreadRegistry.exit(writer);
        // The reader's last action (its detach, a release store) happens-before the scan that
        // saw it offline, so this thread may end its life now.
        ThreadRegistry.exit(reader);
    }

    @Signal
    public void signal() {
        Qsbr.detach(reader);
    }
}
