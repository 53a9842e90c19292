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
import skein.stress.support.Probe;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The owner's explicit merge of a queued object races a non-owner's increfs and decrefs.
 *
 * <p>Before the actors: the owner made the object (its own reference A) and handed a second
 * reference to the non-owner, who dropped it at shared count 0: the object is queued to the
 * owner and its MERGE bit is raised. The non-owner then took a reference C of its own (shared
 * count 1, flag queued). State: local 2, shared "1, queued", one queue entry; live references
 * A (owner) and C (non-owner). The owner services its eval breaker (the merge: CAS local +
 * shared - 1 into the shared word with flag merged, clear local and owner), checks the object
 * is alive (it still holds A) and drops A, now as a non-owner since it gave up ownership. The
 * non-owner concurrently increfs, checks, decrefs, checks, and drops C. The merge's CAS must
 * not lose the non-owner's concurrent changes, and whoever drops the last reference frees it.
 *
 * <p>Columns: owner saw it dead while holding A, non-owner saw it dead while holding C, frees,
 * who freed it (1 owner, 2 non-owner), final shared word exactly "count 0, merged" (1) or not.
 */
@JCStressTest
@Description("BRC: the owner's merge of a queued object races a non-owner's increfs and decrefs")
@Outcome(id = "0, 0, 1, 1, 1", expect = ACCEPTABLE,
        desc = "The non-owner dropped C before the owner dropped A (before or after the merge); the owner's "
                + "decref, after the merge, took 'merged, 1' to 'merged, 0' and freed it.")
@Outcome(id = "0, 0, 1, 2, 1", expect = ACCEPTABLE,
        desc = "The owner merged and dropped A first; the non-owner's last decref took 'merged, 1' to "
                + "'merged, 0' and freed it.")
@Outcome(expect = FORBIDDEN,
        desc = "Freed while a reference was held (the merge lost an incref), freed twice, or never freed / "
                + "final count not 0 (the merge lost a decref or double-counted the queue's reference).")
@State
public class BRC_07_MergeRacingIncref {
    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState other = ThreadRegistry.create("other");
    final Probe o;

    public BRC_07_MergeRacingIncref() {
        Policy.requireBiased();
        o = new Probe(owner);
        RefCount.incref(o, owner); // handed to the non-owner...
        RefCount.decref(o, other); // ...who dropped it at shared 0: queued to the owner
        RefCount.incref(o, other); // C
    }

    @Actor
    public void owner(IIIII_Result r) {
        owner.serviceEvalBreaker();
        r.r1 = o.deadWhileHeld();
        RefCount.decref(o, owner); // A
    }

    @Actor
    public void nonOwner(IIIII_Result r) {
        RefCount.incref(o, other);
        int dead = o.deadWhileHeld();
        RefCount.decref(o, other);
        dead += o.deadWhileHeld();
        RefCount.decref(o, other); // C
        r.r2 = dead;
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        owner.serviceEvalBreaker();
        r.r3 = o.frees();
        r.r4 = o.freedByCode(owner, other);
        r.r5 = o.lvShared() == PyObject.SHARED_MERGED ? 1 : 0;
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(other);
    }
}
