package skein.stress.brc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;
import skein.stress.support.Probe;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads hammer an immortal object with increfs and decrefs, including more decrefs
 * than increfs (which would free a mortal object at once).
 *
 * <p>Before the actors: the creator made the object and made it immortal (local count set to
 * the sentinel, owner cleared). The former owner does balanced pairs of counted and stack
 * references; the other thread starts with decrefs it never took. Nothing may change: both
 * counts keep their values and the object is never freed.
 *
 * <p>Columns: times the former owner saw it dead or not immortal, the same for the other
 * thread, frees, the header is unchanged (local still the immortal sentinel, shared word and
 * owner as they were after makeImmortal) 1 or 0.
 */
@JCStressTest
@Description("BRC: immortal objects are untouched by racing increfs and decrefs")
@Outcome(id = "0, 0, 0, 1", expect = ACCEPTABLE,
        desc = "Every incref and decref saw the immortal sentinel and did nothing: counts unchanged, never freed.")
@Outcome(expect = FORBIDDEN,
        desc = "An operation changed a count of an immortal object, or freed it (the unbalanced decrefs would "
                + "free a mortal object).")
@State
public class BRC_05_Immortal {
    static final int N = 8;

    final ThreadState creator = ThreadRegistry.create("creator");
    final ThreadState other = ThreadRegistry.create("other");
    final Probe o;
    final long shared0;
    final int owner0;

    public BRC_05_Immortal() {
        Policy.check();
        o = new Probe(creator);
        o.makeImmortal(creator);
        shared0 = o.lvShared();
        owner0 = o.lpOwner();
    }

    @Actor
    public void creator(IIII_Result r) {
        int bad = 0;
        for (int i = 0; i < N; i++) {
            RefCount.incref(o, creator);
            RefCount.increfStack(o, creator);
            bad += anomaly();
            RefCount.decrefStack(o, creator);
            RefCount.decref(o, creator);
        }
        r.r1 = bad + anomaly();
    }

    @Actor
    public void other(IIII_Result r) {
        int bad = 0;
        for (int i = 0; i < N; i++) RefCount.decref(o, other); // never taken
        bad += anomaly();
        for (int i = 0; i < N; i++) {
            RefCount.incref(o, other);
            RefCount.decref(o, other);
            RefCount.decref(o, other);
        }
        r.r2 = bad + anomaly();
    }

    private int anomaly() {
        return o.deadWhileHeld() + (o.isImmortal() ? 0 : 1);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r3 = o.frees();
        r.r4 = o.lpLocal() == PyObject.IMMORTAL_LOCAL && o.lvShared() == shared0 && o.lpOwner() == owner0 ? 1 : 0;
        ThreadRegistry.exit(creator);
        ThreadRegistry.exit(other);
    }
}
