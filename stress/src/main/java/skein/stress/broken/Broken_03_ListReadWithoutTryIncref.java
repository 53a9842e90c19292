package skein.stress.broken;

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
import skein.interpreter.objects.PyType;
import skein.interpreter.objects.Types;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;
import skein.stress.support.Policy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * EXPECTED TO FAIL. {@code skein.stress.lockfree.LF_01_ListReadVsSet} with the reader of the
 * single-threaded interpreter: load the slot, then a plain {@code incref}, no try-incref and no
 * re-check of the slot. Between the load and the incref the writer replaces the item and frees
 * it; the reader then resurrects and holds a freed object, which jcstress must report. Excluded
 * from the normal run by its package; {@code scripts/jcstress.sh --expect-fail} runs it.
 *
 * <p>Columns: the tag of what the reader got (1 = A, 2 = B), whether it was dead while held,
 * how many times A was freed, and 0 if the list ends as [B] with B alive.
 */
@JCStressTest
@Description("BROKEN on purpose (must FAIL): a lock-free list read that increfs without try-incref or re-check")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE, desc = "The reader took A before the store freed it.")
@Outcome(id = "2, 0, 1, 0", expect = ACCEPTABLE, desc = "The reader read after the store: B.")
@Outcome(expect = FORBIDDEN,
        desc = "The reader incref'd A after the writer freed it: it holds a freed object (and A is freed twice "
                + "when it lets go). This is what the broken read must produce.")
@State
public class Broken_03_ListReadWithoutTryIncref {
    static final PyThreadState BOOT = PyThreadState.create("broken-boot");
    static final PyObj ZERO;

    static {
        Runtime.init(BOOT);
        ZERO = PyInt.of(BOOT, 0);
    }

    /** An object of type {@code object} that counts its deallocations. */
    static final class Item extends PyObj {
        private static final VarHandle FREES;

        static {
            try {
                FREES = MethodHandles.lookup().findVarHandle(Item.class, "frees", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final int tag;
        @SuppressWarnings("unused")
        private volatile int frees;

        Item(PyThreadState ts, int tag) {
            super(ts);
            this.tag = tag;
        }

        @Override
        public PyType type() {
            return Types.OBJECT;
        }

        @Override
        protected void clearReferences(skein.gc.ThreadState ts) {
            FREES.getAndAdd(this, 1);
        }

        int frees() {
            return (int) FREES.getVolatile(this);
        }
    }

    final PyThreadState writer = PyThreadState.create("writer");
    final PyThreadState reader = PyThreadState.create("reader");
    final Item a, b;
    final PyList list;

    public Broken_03_ListReadWithoutTryIncref() {
        Policy.check();
        a = new Item(writer, 1);
        b = new Item(writer, 2);
        list = new PyList(writer);
        list.append(writer, a);
        RefCount.decref(a, writer);
        RefCount.increfShareable(a, reader);
        RefCount.decref(a, reader);
    }

    @Actor
    public void writer(IIII_Result r) {
        list.setItem(writer, ZERO, b);
    }

    @Actor
    public void reader(IIII_Result r) {
        PyObj v = list.get(0);         // the slot, borrowed
        RefCount.incref(v, reader);    // BROKEN: the writer may have freed it since the load
        Item it = (Item) v;
        r.r1 = it.tag;
        r.r2 = it.isFreed() || it.frees() != 0 ? 1 : 0;
        RefCount.decref(v, reader);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        writer.mergeQueuedObjects();
        r.r3 = a.frees();
        r.r4 = list.size() == 1 && list.get(0) == b && !b.isFreed() ? 0 : 1;
        RefCount.decref(b, writer);
        RefCount.decref(list, writer);
        ThreadRegistry.exit(writer);
        ThreadRegistry.exit(reader);
    }
}
