package skein.stress.brc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;
import skein.stress.support.Probe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The owner's last decref runs the object's finalizer while another thread try-increfs it.
 *
 * <p>Before the actors: the owner made an object with a finalizer (Python's {@code __del__})
 * and holds its only reference; a weak reference to it exists (maybe-weakref set), so another
 * thread may try to take a reference without holding one, as calling a weak reference or a
 * lock-free container read does. The owner drops its reference; the other thread try-increfs
 * and, if it got one, checks the object is neither being finalized nor dead, then drops it.
 *
 * <p>Deallocation revives a dead object with one reference for its finalizer (CPython's
 * {@code PyObject_CallFinalizerFromDealloc}) and drops it afterwards. That revived reference
 * belongs to the finalizing thread alone: a try-incref from another thread must fail from the
 * moment the count first reached zero, or it would hand out an object whose weak references
 * already answer None and whose finalizer is running — and whose memory is freed when the
 * finalizer's reference goes, under the new reference. Biased counting gets this from the
 * revived object having only a local count (the shared word is 0, which a non-owner's
 * try-incref refuses); the atomic policy from {@code AtomicRefCount.REVIVED}, the flag
 * beside the revived count that its try-incref refuses to every thread but the finalizer's.
 * The finalizer spins briefly, as a Python {@code __del__} runs code, to widen the window.
 *
 * <p>Columns: the other thread got a reference, it saw the object finalizing or dead while
 * holding it, finalizer runs, frees, who freed it (1 owner, 2 other thread).
 */
@JCStressTest
@Description("BRC: no thread but the finalizing one can try-incref an object revived for its finalizer")
@Outcome(id = "0, 0, 1, 1, 1", expect = ACCEPTABLE,
        desc = "Refused: the owner's decref had reached zero (the object was being finalized or already freed); "
                + "the owner ran the finalizer once and freed it.")
@Outcome(id = "1, 0, 1, 1, 1", expect = ACCEPTABLE,
        desc = "The other thread took and dropped its reference before the owner's decref, which was then the "
                + "last: the owner finalized and freed it.")
@Outcome(id = "1, 0, 1, 1, 2", expect = ACCEPTABLE,
        desc = "The other thread took its reference before the owner's decref, so its own decref was the last: "
                + "it ran the finalizer and freed the object.")
@Outcome(expect = FORBIDDEN,
        desc = "A reference handed out to an object whose finalizer had started or that was freed (the try-incref "
                + "accepted the finalizer's revived count), a finalizer run twice or never, a double free or none.")
@State
public class BRC_12_FinalizerRevivalVsTryIncref {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final Finalized o;

    public BRC_12_FinalizerRevivalVsTryIncref() {
        Policy.check();
        o = new Finalized(owner);
        RefCount.setMaybeWeakref(o); // a weak reference to it exists
    }

    @Actor
    public void owner() {
        RefCount.decref(o, owner);
    }

    @Actor
    public void other(IIIII_Result r) {
        if (RefCount.tryIncref(o, other)) {
            r.r1 = 1;
            r.r2 = o.finalizing() | o.deadWhileHeld();
            RefCount.decref(o, other);
        }
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        owner.serviceEvalBreaker(); // nothing may be queued, but a stray entry must not free it again
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(other);
        r.r3 = o.finalizerRuns();
        r.r4 = o.frees();
        r.r5 = o.freedByCode(owner, other);
    }

    /** A probe with a finalizer that records that it started and spins a little, as Python code would run. */
    static final class Finalized extends Probe {
        private static final VarHandle RUNS;

        static {
            try {
                RUNS = MethodHandles.lookup().findVarHandle(Finalized.class, "runs", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @SuppressWarnings("unused") // through RUNS
        private volatile int runs;

        Finalized(ThreadState ts) {
            super(ts);
        }

        @Override
        protected boolean hasFinalizer() {
            return true;
        }

        @Override
        protected void finalizeObject(ThreadState ts) {
            RUNS.getAndAdd(this, 1);
            for (int i = 0; i < 64; i++) Thread.onSpinWait();
        }

        int finalizing() {
            return finalizerRuns() != 0 ? 1 : 0;
        }

        int finalizerRuns() {
            return (int) RUNS.getVolatile(this);
        }
    }
}
