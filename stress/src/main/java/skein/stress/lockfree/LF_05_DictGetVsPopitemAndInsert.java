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
 * The lock-free {@code d["a"]} racing {@code d.popitem()} (removes a, frees A) then
 * {@code d["b"] = B}. CPython's popitem rewinds the entry count so that b would take a's entry
 * position; a reader that had found a's index would then read B as a's value. Skein leaves a hole
 * instead, and this harness checks that a reader never returns B for "a".
 *
 * <p>Columns: the tag the reader got (1 = A, 0 = absent, 2 = B would be the bug), whether it was
 * dead while held, A's free count, and 0 if the dict ends as {b: B} with B alive.
 */
@JCStressTest
@Description("Lock-free dict read vs popitem then insertion of another key (no entry reuse under readers)")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE, desc = "The reader got A before popitem freed it: alive while held.")
@Outcome(id = "0, 0, 1, 0", expect = ACCEPTABLE, desc = "The reader looked after popitem: absent.")
@Outcome(expect = FORBIDDEN,
        desc = "B (another key's value) or a freed value was returned for \"a\", A was freed twice or never, or the "
                + "dict is not {b: B}.")
@State
public class LF_05_DictGetVsPopitemAndInsert {
    static final PyStr A = PyStr.intern("a"), B = PyStr.intern("b");
    final PyThreadState writer = PyThreadState.create("writer");
    final PyThreadState reader = PyThreadState.create("reader");
    final Item a, b;
    final PyDict d;

    public LF_05_DictGetVsPopitemAndInsert() {
        Policy.check();
        Interp.init();
        a = new Item(writer, 1);
        b = new Item(writer, 2);
        d = new PyDict(writer);
        d.putStrSteal(A, a, writer);
        RefCount.increfShareable(a, reader);
        RefCount.decref(a, reader);
    }

    @Actor
    public void writer(IIII_Result r) {
        PyObj[] kv = d.popLast(writer);
        RefCount.decref(kv[0], writer);
        RefCount.decref(kv[1], writer);
        d.putStr(B, b, writer);
    }

    @Actor
    public void reader(IIII_Result r) {
        PyObj v = d.getStrRef(A, reader);
        r.r1 = Item.tagOf(v);
        r.r2 = Item.deadOf(v);
        if (v != null) RefCount.decref(v, reader);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        writer.mergeQueuedObjects();
        r.r3 = a.frees();
        r.r4 = d.size() == 1 && d.getStr(B) == b && d.getStr(A) == null && b.dead() == 0 ? 0 : 1;
        RefCount.decref(b, writer);
        RefCount.decref(d, writer);
        ThreadRegistry.exit(writer);
        ThreadRegistry.exit(reader);
    }
}
