package skein.stress.lockfree;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyDict;
import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The lock-free {@code d["k"]} ({@code PyDict.getStrRef}) racing {@code d["k"] = B}, which frees
 * the old value A. The reader looks up with a key object equal to, not identical with, the
 * stored one. A second key "j" sits in the same table: its value J must never be returned.
 *
 * <p>Columns: the tag the reader got (1 = A, 2 = B, 3 = J), whether it was dead while held, A's
 * free count, and 0 if the dict ends as {k: B, j: J} with both alive.
 */
@JCStressTest
@Description("Lock-free dict read of a str key vs a store that replaces and frees the value")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE,
        desc = "The reader took A before the store freed it: alive while held, freed once (by the writer or the reader).")
@Outcome(id = "2, 0, 1, 0", expect = ACCEPTABLE,
        desc = "The reader read after the store, or fell back to the lock after A's try-incref or re-check failed: B.")
@Outcome(expect = FORBIDDEN,
        desc = "A freed value was held, the other key's value or nothing was returned for a key that always exists, "
                + "A was freed twice or never, or the dict lost an item.")
@State
public class LF_03_DictGetVsSet {
    static final PyStr K = PyStr.intern("k"), J = PyStr.intern("j");
    final PyThreadState writer = PyThreadState.create("writer");
    final PyThreadState reader = PyThreadState.create("reader");
    final Item a, b, j;
    final PyDict d;
    final PyStr probe;

    public LF_03_DictGetVsSet() {
        Policy.check();
        Interp.init();
        a = new Item(writer, 1);
        b = new Item(writer, 2);
        j = new Item(writer, 3);
        d = new PyDict(writer);
        d.putStrSteal(K, a, writer);
        d.putStr(J, j, writer);
        RefCount.increfShareable(a, reader);
        RefCount.decref(a, reader);
        probe = new PyStr(reader, "k");
    }

    @Actor
    public void writer(IIII_Result r) {
        d.putStr(K, b, writer);
    }

    @Actor
    public void reader(IIII_Result r) {
        PyObj v = d.getStrRef(probe, reader);
        r.r1 = Item.tagOf(v);
        r.r2 = Item.deadOf(v);
        if (v != null) RefCount.decref(v, reader);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        writer.mergeQueuedObjects();
        r.r3 = a.frees();
        r.r4 = d.size() == 2 && d.getStr(K) == b && d.getStr(J) == j && b.dead() == 0 && j.dead() == 0 ? 0 : 1;
        RefCount.decref(b, writer);
        RefCount.decref(j, writer);
        RefCount.decref(d, writer);
        RefCount.decref(probe, reader);
        ThreadRegistry.exit(writer);
        ThreadRegistry.exit(reader);
    }
}
