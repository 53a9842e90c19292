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
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads run {@code def take(lst): return lst.pop()} through the eval loop on [A, B]. Each
 * pop must take a different item; the list's references pass to the callers, who drop them, so
 * each item is freed exactly once.
 *
 * <p>Columns: the tag actor 1 got, the tag actor 2 got, A's and B's free counts added up, and the
 * list's final size.
 */
@JCStressTest
@Description("Python-level lst.pop() from two threads through the eval loop: each item popped once")
@Outcome(id = "2, 1, 2, 0", expect = ACCEPTABLE, desc = "Actor 1 popped first (B, the last), actor 2 then A.")
@Outcome(id = "1, 2, 2, 0", expect = ACCEPTABLE, desc = "Actor 2 popped first.")
@Outcome(expect = FORBIDDEN,
        desc = "Both got the same item (one pop's read of the last slot and size were not exclusive with the "
                + "other's), an item was freed twice or not at all, or the list is not empty.")
@State
public class LF_07_EvalPopVsPop {
    final PyThreadState t1 = PyThreadState.create("actor1");
    /** Builds the state and plays the arbiter (states are used by one thread at a time). */
    final PyThreadState setup = PyThreadState.create("setup");
    final PyThreadState t2 = PyThreadState.create("actor2");
    final PyList list;
    final Item a, b;

    public LF_07_EvalPopVsPop() {
        Policy.check();
        Interp.init();
        list = new PyList(setup);
        a = new Item(setup, 1);
        b = new Item(setup, 2);
        list.append(setup, a);
        list.append(setup, b);
        RefCount.decref(a, setup);
        RefCount.decref(b, setup);
    }

    @Actor
    public void actor1(IIII_Result r) {
        t1.attach(); // a thread running Python code is attached: a pause waits for it
        PyObj v = Ops.call(t1, Interp.Fns.TAKE, list);
        r.r1 = Item.tagOf(v);
        RefCount.decref(v, t1);
        t1.detach();
    }

    @Actor
    public void actor2(IIII_Result r) {
        t2.attach(); // a thread running Python code is attached: a pause waits for it
        PyObj v = Ops.call(t2, Interp.Fns.TAKE, list);
        r.r2 = Item.tagOf(v);
        RefCount.decref(v, t2);
        t2.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        setup.mergeQueuedObjects();
        r.r3 = a.frees() + b.frees();
        r.r4 = list.size();
        RefCount.decref(list, setup);
        ThreadRegistry.exit(t1);
        ThreadRegistry.exit(t2);
        ThreadRegistry.exit(setup);
    }
}
