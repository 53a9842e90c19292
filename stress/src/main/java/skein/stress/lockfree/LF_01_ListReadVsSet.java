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
import skein.interpreter.objects.PyInt;
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The lock-free {@code lst[0]} ({@code PyList.itemOrNull}: try-incref, then re-check slot and
 * storage) racing {@code lst[0] = B}, which drops the list's reference to the old item A and so
 * frees it. A was read once by the reader's thread before (its shared word carries the
 * maybe-weakref flag a locked read sets), so the reader takes the lock-free path rather than
 * always falling back.
 *
 * <p>Columns: the tag of what the reader got (1 = A, 2 = B), whether it was dead while the reader
 * held it, how many times A was freed, and 0 if the list ends as [B] with B alive (else 1).
 */
@JCStressTest
@Description("Lock-free list read vs item replacement that frees the old item")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE,
        desc = "The reader took A before the store freed it (or its re-check passed first): A was alive while held, "
                + "and freed once, by the writer's decref or by the reader's when it let go.")
@Outcome(id = "2, 0, 1, 0", expect = ACCEPTABLE,
        desc = "The reader read after the store (or its try-incref or re-check of A failed and it fell back to the "
                + "lock): it got B.")
@Outcome(expect = FORBIDDEN,
        desc = "The reader held a freed item (a read without try-incref, or without the re-check), got nothing, "
                + "A was freed twice or never, or the list lost B.")
@State
public class LF_01_ListReadVsSet {
    final PyThreadState writer = PyThreadState.create("writer");
    final PyThreadState reader = PyThreadState.create("reader");
    final Item a, b;
    final PyList list;
    static final PyObj ZERO = PyInt.of(Interp.BOOT, 0);

    public LF_01_ListReadVsSet() {
        Policy.check();
        Interp.init();
        a = new Item(writer, 1);
        b = new Item(writer, 2);
        list = new PyList(writer);
        list.append(writer, a);
        RefCount.decref(a, writer); // the list holds the only reference
        RefCount.increfShareable(a, reader); // as a first, locked read by the reader leaves it
        RefCount.decref(a, reader);
    }

    @Actor
    public void writer(IIII_Result r) {
        writer.attach(); // a thread running Python code is attached: a pause waits for it
        list.setItem(writer, ZERO, b);
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
