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
 * The lock-free {@code d["k2"]} racing an insertion that resizes the table (a new table is built
 * and published; the reader may be probing the old one) followed by {@code del d["k2"]}, which
 * frees V2. Keys k0..k4 fill the smallest table, so inserting k5 must resize.
 *
 * <p>Columns: the tag the reader got (12 = V2, 0 = absent; the value of key ki has tag 10 + i),
 * whether it was dead while held, V2's free count, and 0 if the dict ends with k0, k1, k3, k4,
 * k5 and their own values.
 */
@JCStressTest
@Description("Lock-free dict read vs a resize (table replaced) then deletion that frees the value")
@Outcome(id = "12, 0, 1, 0", expect = ACCEPTABLE,
        desc = "The reader found k2 in the old or the new table before the deletion: V2, alive while held.")
@Outcome(id = "0, 0, 1, 0", expect = ACCEPTABLE,
        desc = "The reader looked after the deletion (directly, or through the lock after its attempt on V2 failed): absent.")
@Outcome(expect = FORBIDDEN,
        desc = "A freed value was held, another key's value was returned, V2 was freed twice or never, or the "
                + "resize lost or mixed up an item.")
@State
public class LF_04_DictGetVsResize {
    static final PyStr[] KEYS = new PyStr[6];

    static {
        for (int i = 0; i < KEYS.length; i++) KEYS[i] = PyStr.intern("k" + i);
    }

    final PyThreadState writer = PyThreadState.create("writer");
    final PyThreadState reader = PyThreadState.create("reader");
    final Item[] values = new Item[6];
    final PyDict d;
    final PyStr probe;

    public LF_04_DictGetVsResize() {
        Policy.check();
        Interp.init();
        d = new PyDict(writer);
        for (int i = 0; i < values.length; i++) values[i] = new Item(writer, 10 + i);
        for (int i = 0; i < 5; i++) d.putStr(KEYS[i], values[i], writer);
        RefCount.increfShareable(values[2], reader);
        RefCount.decref(values[2], reader);
        RefCount.decref(values[2], writer); // the dict holds the only reference to V2
        probe = new PyStr(reader, "k2");
    }

    @Actor
    public void writer(IIII_Result r) {
        d.putStr(KEYS[5], values[5], writer);
        PyObj v2 = d.popStr(KEYS[2], writer);
        RefCount.decref(v2, writer);
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
        r.r3 = values[2].frees();
        boolean ok = d.size() == 5 && d.getStr(KEYS[2]) == null;
        for (int i : new int[] {0, 1, 3, 4, 5}) ok &= d.getStr(KEYS[i]) == values[i] && values[i].dead() == 0;
        r.r4 = ok ? 0 : 1;
        for (int i : new int[] {0, 1, 3, 4, 5}) RefCount.decref(values[i], writer);
        RefCount.decref(d, writer);
        RefCount.decref(probe, reader);
        ThreadRegistry.exit(writer);
        ThreadRegistry.exit(reader);
    }
}
