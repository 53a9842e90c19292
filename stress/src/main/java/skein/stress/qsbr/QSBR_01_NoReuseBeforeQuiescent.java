package skein.stress.qsbr;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.PyObject;
import skein.gc.Qsbr;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A lock-free reader against a writer that removes the item, frees it to its freelist and
 * allocates again at once: the freelist must not hand the object back while the reader may
 * still hold it.
 *
 * <p>Before the actors: the writer made {@code o} (value ORIGINAL); the shared slot holds its
 * only reference. The reader attaches (online), loads the slot and uses what it loaded
 * ({@link Boxed#look}: reads the value {@value Boxed#USES} times), reports a quiescent state,
 * loads and uses the slot again, and detaches. The writer empties the slot, drops the slot's
 * reference (o is freed to its freelist, pending), and takes an object from its freelist as its
 * next allocation would; if it gets one it gives it the value RECYCLED. If the freelist handed o
 * out while the reader still looked at it, the reader would read RECYCLED through a pointer to
 * what was an ORIGINAL object: the wrong value a lock-free read's slot re-check cannot catch.
 *
 * <p>The writer may get o back only when the reader was offline at the writer's scan (before
 * its attach: then it loads an empty slot; after its detach: then it is done), or its quiescent
 * state came after the writer's goal was taken (then its second load finds the slot empty).
 * Other states' readers on the same actor thread are attached or not as the thread moves
 * between them, which only makes the writer wait more often.
 *
 * <p>Columns: the reader's first look, its look after the quiescent state (0 empty slot,
 * 1 o intact, 2 o seen recycled), the writer's take (0 nothing reusable, 1 got o back), and
 * the final state (1 consistent: o alive with value RECYCLED if taken back, else freed and
 * pending in the writer's freelist).
 */
@JCStressTest
@Description("QSBR: a freed object is not handed out again while a lock-free reader may still hold it")
@Outcome(id = "0, 0, 0, 1", expect = ACCEPTABLE,
        desc = "The reader loaded an empty slot both times; it was attached with an older read sequence when the "
                + "writer scanned, so the writer got nothing back (conservative).")
@Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE,
        desc = "The reader loaded an empty slot both times; at the writer's scan it was offline (not yet attached, "
                + "or already detached) or past the goal: o was reused.")
@Outcome(id = "1, 0, 0, 1", expect = ACCEPTABLE,
        desc = "The reader's first load got o, its second (after its quiescent state) an empty slot; the writer "
                + "scanned before the reader was done with it, so it got nothing back.")
@Outcome(id = "1, 0, 1, 1", expect = ACCEPTABLE,
        desc = "The reader's first load got o; its quiescent state (at a write sequence past the goal) or its "
                + "detach came before the writer's scan, so o was reused after the reader was done with it.")
@Outcome(id = "1, 1, 0, 1", expect = ACCEPTABLE,
        desc = "Both loads got o (the writer emptied the slot after the second); the writer scanned while the "
                + "reader still held o and got nothing back.")
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE,
        desc = "Both loads got o; the reader detached before the writer's scan, so o was reused afterwards.")
@Outcome(expect = FORBIDDEN,
        desc = "A 2: the reader saw o recycled (value RECYCLED) while it held the pointer, i.e. the freelist handed "
                + "o out before the reader passed a quiescent state; or an empty slot that refilled itself, or a "
                + "final state that does not match the writer's take.")
@State
public class QSBR_01_NoReuseBeforeQuiescent {
    final ThreadState writer = ThreadRegistry.create("writer");
    final ThreadState reader = ThreadRegistry.create("reader");
    final Boxed o;
    volatile Boxed slot;

    public QSBR_01_NoReuseBeforeQuiescent() {
        Policy.check();
        o = new Boxed(writer);
        slot = o; // the slot holds o's creation reference
    }

    @Actor
    public void reader(IIII_Result r) {
        Qsbr.attach(reader);
        r.r1 = Boxed.look(slot);
        Qsbr.quiescent(reader);  // done with that pointer
        r.r2 = Boxed.look(slot);
        Qsbr.detach(reader);
    }

    @Actor
    public void writer(IIII_Result r) {
        Qsbr.attach(writer);
        slot = null;
        RefCount.decref(o, writer); // freed: pending in the writer's freelist
        PyObject x = writer.freelists().take(Boxed.KIND, writer);
        if (x != null) ((Boxed) x).reinit(Boxed.RECYCLED);
        r.r3 = x == null ? 0 : x == o ? 1 : 9;
        Qsbr.detach(writer);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        boolean consistent = r.r3 == 1
                ? !o.isFreed() && o.value() == Boxed.RECYCLED
                : o.isFreed() && o.value() == Boxed.ORIGINAL && writer.freelists().pending(Boxed.KIND) == 1;
        r.r4 = consistent ? 1 : 0;
        if (r.r3 == 1) RefCount.decref(o, writer); // end its second life
        ThreadRegistry.exit(writer);
        ThreadRegistry.exit(reader);
    }
}
