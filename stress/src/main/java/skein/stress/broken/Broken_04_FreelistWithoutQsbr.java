package skein.stress.broken;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.Qsbr;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.qsbr.Boxed;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * EXPECTED TO FAIL. {@code skein.stress.qsbr.QSBR_01_NoReuseBeforeQuiescent} with a freelist
 * that does not wait for QSBR ({@link FreelistWithoutQsbr}): the same actors and outcomes, but
 * the writer gets o back at once, so jcstress must observe the reader reading RECYCLED through
 * the pointer it loaded when the object was ORIGINAL, and report FAILED. Excluded from the
 * normal run by its package; {@code scripts/jcstress.sh --expect-fail} runs it.
 *
 * <p>Columns: the reader's first look, its look after its quiescent state (0 empty slot, 1 o
 * intact, 2 o seen recycled), the writer's take (1 got o back), the final state (1 consistent).
 */
@JCStressTest
@Description("BROKEN on purpose (must FAIL): a freelist that reuses a freed object without waiting for QSBR")
@Outcome(id = "0, 0, [01], 1", expect = ACCEPTABLE,
        desc = "The reader loaded an empty slot both times: the writer had removed the item already.")
@Outcome(id = "1, 0, [01], 1", expect = ACCEPTABLE,
        desc = "The reader's first load got o and it was done with it before the writer recycled it.")
@Outcome(id = "1, 1, [01], 1", expect = ACCEPTABLE,
        desc = "Both loads got o and the reader was done before the writer recycled it.")
@Outcome(expect = FORBIDDEN,
        desc = "A 2: the reader saw o recycled while it held the pointer. This is what reuse without QSBR "
                + "must produce: the freelist handed o out at once, while the reader was still looking.")
@State
public class Broken_04_FreelistWithoutQsbr {
    /** A {@link Boxed} that goes to the harness's QSBR-less freelist instead of the thread's. */
    static final class Unprotected extends Boxed {
        final FreelistWithoutQsbr list;

        Unprotected(ThreadState ts, FreelistWithoutQsbr list) {
            super(ts);
            this.list = list;
        }

        @Override
        protected int freelistKind() {
            return -1;
        }

        @Override
        protected void clearReferences(ThreadState ts) {
            list.put(this); // the last step of its deallocation: onto the (broken) freelist
        }
    }

    final ThreadState writer = ThreadRegistry.create("writer");
    final ThreadState reader = ThreadRegistry.create("reader");
    final FreelistWithoutQsbr freelist = new FreelistWithoutQsbr();
    final Unprotected o;
    volatile Boxed slot;

    public Broken_04_FreelistWithoutQsbr() {
        Policy.check();
        o = new Unprotected(writer, freelist);
        slot = o;
    }

    @Actor
    public void reader(IIII_Result r) {
        Qsbr.attach(reader);
        r.r1 = Boxed.look(slot);
        Qsbr.quiescent(reader);
        r.r2 = Boxed.look(slot);
        Qsbr.detach(reader);
    }

    @Actor
    public void writer(IIII_Result r) {
        Qsbr.attach(writer);
        slot = null;
        RefCount.decref(o, writer); // freed: straight onto the reusable stack
        Boxed x = freelist.take();
        if (x != null) x.reinit(Boxed.RECYCLED);
        r.r3 = x == null ? 0 : x == o ? 1 : 9;
        Qsbr.detach(writer);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r4 = r.r3 == 1 && o.value() == Boxed.RECYCLED ? 1 : 0;
        ThreadRegistry.exit(writer);
        ThreadRegistry.exit(reader);
    }
}
