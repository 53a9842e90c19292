package skein.stress.qsbr;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import skein.gc.Qsbr;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The raw API: a poll must see every attached thread, in particular one that attaches while
 * the writer unlinks and scans (the Dekker race between {@code Qsbr.attach} and the scan).
 *
 * <p>Before the actors: the slot holds {@code o} (value ORIGINAL). The reader attaches, loads
 * the slot and uses what it loaded, then detaches. The writer empties the slot, takes a goal
 * ({@code advance}), reports its own quiescent state (it holds no pointer), and polls
 * ({@code poll}, which counts every attached thread, the writer included); if the goal is
 * reached it reuses o's memory at once (value RECYCLED). Attach stores the read sequence and
 * then fences before the reader's load; the scan fences before reading read sequences: so
 * either the scan sees the reader attached (at a sequence before the goal: not reached), or
 * the reader's load sees the empty slot. Without attach's fence the store can wait in the
 * store buffer while the reader loads o and the scan reads "offline" (a window of a few cycles:
 * a build without the fence passed quick mode, so this harness guards the protocol's shape,
 * not that fence).
 *
 * <p>Columns: the reader's look (0 empty slot, 1 o intact, 2 o seen recycled), the writer's poll
 * (0 not reached, 1 reached and o recycled).
 */
@JCStressTest
@Description("QSBR: poll sees every attached thread, including one attaching during the unlink and scan")
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "The reader attached and found the slot empty; the scan saw it attached before the goal (or another "
                + "state's reader on the same thread), so not reached: conservative.")
@Outcome(id = "0, 1", expect = ACCEPTABLE,
        desc = "The reader found the slot empty; it was offline at the scan or attached at or after the goal.")
@Outcome(id = "1, 0", expect = ACCEPTABLE,
        desc = "The reader loaded o before the unlink; the scan saw it attached with an older read sequence: not "
                + "reached, o not reused.")
@Outcome(id = "1, 1", expect = ACCEPTABLE,
        desc = "The reader loaded o and detached before the scan: reached, reused after the reader was done.")
@Outcome(expect = FORBIDDEN,
        desc = "A 2: the poll reported the goal reached while the reader still held o (the scan read it offline "
                + "from before its attach, or missed its slot), so the writer recycled o under the reader.")
@State
public class QSBR_03_PollSeesAllThreads {
    final ThreadState writer = ThreadRegistry.create("writer");
    final ThreadState reader = ThreadRegistry.create("reader");
    final Boxed o;
    volatile Boxed slot;

    public QSBR_03_PollSeesAllThreads() {
        Policy.check();
        o = new Boxed(writer);
        slot = o;
    }

    @Actor
    public void reader(II_Result r) {
        Qsbr.attach(reader);
        r.r1 = Boxed.look(slot);
        Qsbr.detach(reader);
    }

    @Actor
    public void writer(II_Result r) {
        Qsbr.attach(writer);
        slot = null;
        long goal = Qsbr.advance();
        Qsbr.quiescent(writer);
        boolean reached = Qsbr.poll(writer, goal);
        if (reached) o.reinit(Boxed.RECYCLED);
        r.r2 = reached ? 1 : 0;
        Qsbr.detach(writer);
    }

    @Arbiter
    public void arbiter(II_Result r) {
        ThreadRegistry.exit(writer);
        ThreadRegistry.exit(reader);
    }
}
