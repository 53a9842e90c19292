package skein.stress.brc.biased;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;
import skein.stress.support.Recyclable;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The owner's explicit merge races the non-owner dropping the last reference, and the
 * non-owner reuses the freed object from its freelist at once.
 *
 * <p>Before the actors: the owner made the object, handed a reference to the non-owner who
 * dropped it at shared 0 (queued to the owner, MERGE bit raised), the non-owner took a
 * reference C of its own (shared "1, queued"), and the owner dropped its own reference
 * (local 1: the debt of the queued reference). Only C is live. The owner services its eval
 * breaker: the merge computes 1 + local 1 - 1 = 1 and publishes "merged, 1" by CAS, or, if
 * C is already gone, 0 + 1 - 1 = 0 and frees. The non-owner drops C: on "merged, 1" that frees
 * it, and the non-owner immediately takes it back from its freelist as a new object (header:
 * owner = non-owner, local 1, shared 0), as the interpreter's next allocation would.
 *
 * <p>This is the window of CPython gh-119999: a merge must finish writing the header (local
 * 0, owner 0) before its CAS publishes the merged count, because as soon as the count is
 * published another thread may free the object. A merge that writes local/owner after the
 * CAS can land those stores on the recycled object.
 *
 * <p>Columns: non-owner saw it dead while holding C, non-owner recycled it (1) or not (0),
 * frees of its first life, who freed it (1 owner's merge, 2 non-owner), recycled header:
 * 0 not recycled, 1 intact, 10 + a bit per clobbered field otherwise (+1 owner no longer the
 * non-owner, +2 local count not 1, +4 shared word not 0, +8 freed bit set): 13 is "owner 0,
 * local 0", the merge's two late stores.
 */
@JCStressTest
@Description("BRC: the owner's merge races the last decref; the freed object is reused at once (gh-119999 window)")
@Outcome(id = "0, 0, 1, 1, 0", expect = ACCEPTABLE,
        desc = "The non-owner dropped C first (shared 'queued, 0'); the owner's merge computed 0 + 1 - 1 = 0 and "
                + "freed it. Nothing to recycle on the non-owner.")
@Outcome(id = "0, 1, 1, 2, 1", expect = ACCEPTABLE,
        desc = "The owner's merge published 'merged, 1' first; the non-owner's decref made it 'merged, 0', freed "
                + "it, took it back from its freelist, and the new object's header stayed intact.")
@Outcome(id = "0, 1, 1, 2, 1[0-9]", expect = FORBIDDEN,
        desc = "USE AFTER FREE (CPython gh-119999): the owner's merge stored local=0 / owner=0 after its CAS had "
                + "published 'merged, 1'; the non-owner freed and recycled the object in between, so the stale "
                + "stores corrupted the new object's header (last column: 10 + clobbered fields, 13 = owner and "
                + "local both zeroed).")
@Outcome(expect = FORBIDDEN,
        desc = "Freed while C was held, freed twice, never freed, or freed by the wrong step.")
@State
public class BRC_08_MergeRacingLastDecref {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final Recyclable o;

    public BRC_08_MergeRacingLastDecref() {
        Policy.requireBiased();
        o = new Recyclable(owner);
        RefCount.incref(o, owner); // handed to the non-owner...
        RefCount.decref(o, other); // ...who dropped it at shared 0: queued to the owner
        RefCount.incref(o, other); // C
        RefCount.decref(o, owner); // the owner's own reference: local 1 left, the queue's debt
    }

    @Actor
    public void owner() {
        owner.serviceEvalBreaker();
    }

    @Actor
    public void nonOwner(IIIII_Result r) {
        r.r1 = o.deadWhileHeld();
        RefCount.decref(o, other); // C
        if (o.frees() == 1 && o.freedBy() == other.id) {
            PyObject again = other.freelists().take(Recyclable.KIND, other);
            r.r2 = again == o ? 1 : 7;
        }
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r3 = o.frees();
        r.r4 = o.freedByCode(owner, other);
        if (r.r2 == 1) {
            int clobbered = (o.lpOwner() != other.id ? 1 : 0) + (o.lpLocal() != 1 ? 2 : 0)
                    + (o.lvShared() != 0 ? 4 : 0) + (o.isFreed() ? 8 : 0);
            r.r5 = clobbered == 0 ? 1 : 10 + clobbered;
            RefCount.decref(o, other); // end the second life (the owner's queue does not hold it)
        }
        owner.serviceEvalBreaker();
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(other);
    }
}
