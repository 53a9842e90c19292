package skein.stress.lockfree;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyList;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads run the Python function {@code def add(lst, x): lst.append(x)} through the eval
 * loop, on one list that starts with three items so that an append may have to grow the storage
 * (a new array published while the other appends). {@code list.append} is atomic in CPython: both
 * items must be there.
 *
 * <p>Columns: the tags of the list's items 3 and 4 at the end (0 where missing).
 */
@JCStressTest
@Description("Python-level lst.append(x) from two threads through the eval loop: no lost append")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "Actor 1's append ran first.")
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "Actor 2's append ran first.")
@Outcome(expect = FORBIDDEN,
        desc = "An append was lost or an item duplicated: the two appends were not mutually exclusive (both wrote "
                + "the same slot or size), or a growth published an array without the other's item.")
@State
public class LF_06_EvalAppendVsAppend {
    final PyThreadState t1 = PyThreadState.create("actor1");
    /** Builds the state and plays the arbiter (states are used by one thread at a time). */
    final PyThreadState setup = PyThreadState.create("setup");
    final PyThreadState t2 = PyThreadState.create("actor2");
    final PyList list;
    final Item x1, x2, filler;

    public LF_06_EvalAppendVsAppend() {
        Policy.check();
        Interp.init();
        list = new PyList(setup);
        filler = new Item(setup, 9);
        for (int i = 0; i < 3; i++) list.append(setup, filler);
        x1 = new Item(t1, 1);
        x2 = new Item(t2, 2);
    }

    @Actor
    public void actor1(II_Result r) {
        t1.attach(); // a thread running Python code is attached: a pause waits for it
        RefCount.decref(Ops.call(t1, Interp.Fns.ADD, list, x1), t1);
        t1.detach();
    }

    @Actor
    public void actor2(II_Result r) {
        t2.attach(); // a thread running Python code is attached: a pause waits for it
        RefCount.decref(Ops.call(t2, Interp.Fns.ADD, list, x2), t2);
        t2.detach();
    }

    @Arbiter
    public void arbiter(II_Result r) {
        int n = list.size();
        r.r1 = n == 5 ? Item.tagOf(list.get(3)) : -n;
        r.r2 = n == 5 ? Item.tagOf(list.get(4)) : -n;
        RefCount.decref(list, setup);
        RefCount.decref(filler, setup);
        RefCount.decref(x1, t1);
        RefCount.decref(x2, t2);
        ThreadRegistry.exit(t1);
        ThreadRegistry.exit(t2);
        ThreadRegistry.exit(setup);
    }
}
