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
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The lock-free {@code lst[0]} racing {@code del lst[0]}-style {@code lst.pop(0)} whose result the
 * writer drops at once, freeing A, while the pop shifts B from slot 1 to slot 0 (an in-place
 * array move the reader may watch half-done).
 *
 * <p>Columns: the tag the reader got (1 = A, 2 = B), whether it was dead while held, A's free
 * count, and 0 if the list ends as [B] with B alive.
 */
@JCStressTest
@Description("Lock-free list read vs pop(0) that shifts the items and frees the popped one")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE,
        desc = "The reader got A before the pop (or held it before the writer's decref): alive while held, freed once.")
@Outcome(id = "2, 0, 1, 0", expect = ACCEPTABLE,
        desc = "The reader got B: after the shift, or it fell back to the lock after A's try-incref or re-check failed.")
@Outcome(expect = FORBIDDEN,
        desc = "A freed item was held, nothing was returned for an index that always exists, A was freed twice or "
                + "never, or B was lost.")
@State
public class LF_02_ListReadVsPopAndFree {
    final PyThreadState writer = PyThreadState.create("writer");
    final PyThreadState reader = PyThreadState.create("reader");
    final Item a, b;
    final PyList list;

    public LF_02_ListReadVsPopAndFree() {
        Policy.check();
        Interp.init();
        a = new Item(writer, 1);
        b = new Item(writer, 2);
        list = new PyList(writer);
        list.append(writer, a);
        list.append(writer, b);
        RefCount.decref(a, writer);
        RefCount.increfShareable(a, reader);
        RefCount.decref(a, reader);
        RefCount.increfShareable(b, reader);
        RefCount.decref(b, reader);
    }

    @Actor
    public void writer(IIII_Result r) {
        writer.attach(); // a thread running Python code is attached: a pause waits for it
        PyObj x = list.pop(writer, 0);
        RefCount.decref(x, writer);
        writer.detach();
    }

    @Actor
    public void reader(IIII_Result r) {
        reader.attach(); // a thread running Python code is attached: a pause waits for it
        PyObj v = list.itemOrNull(reader, 0);
        r.r1 = Item.tagOf(v);
        r.r2 = Item.deadOf(v);
        if (v != null) RefCount.decref(v, reader);
        reader.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        writer.mergeQueuedObjects();
        r.r3 = a.frees();
        r.r4 = list.size() == 1 && list.get(0) == b && b.dead() == 0 ? 0 : 1;
        RefCount.decref(b, writer);
        RefCount.decref(list, writer);
        ThreadRegistry.exit(writer);
        ThreadRegistry.exit(reader);
    }
}
