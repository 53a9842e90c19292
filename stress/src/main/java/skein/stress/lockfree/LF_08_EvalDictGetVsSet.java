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
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Through the eval loop: {@code def put(d, v): d["k"] = v} replaces (and frees) A while
 * {@code def get(d): return d.get("k")} reads the key lock-free (the string constant "k" of the
 * function's code, equal to the stored key).
 *
 * <p>Columns: the tag the getter got (1 = A, 2 = B), whether it was dead while held, A's free
 * count, and 0 if the dict ends as {k: B} with B alive.
 */
@JCStressTest
@Description("Python-level d[k] = v vs d.get(k) through the eval loop: old value alive while held, or the new one")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE, desc = "get ran before put replaced A (or held A before its decref).")
@Outcome(id = "2, 0, 1, 0", expect = ACCEPTABLE, desc = "get ran after put, or fell back to the lock: B.")
@Outcome(expect = FORBIDDEN,
        desc = "get returned a freed value, None for a key that always exists, or another value; A was freed twice "
                + "or never; or the dict is not {k: B}.")
@State
public class LF_08_EvalDictGetVsSet {
    final PyThreadState t1 = PyThreadState.create("putter");
    /** Builds the state and plays the arbiter (states are used by one thread at a time). */
    final PyThreadState setup = PyThreadState.create("setup");
    final PyThreadState t2 = PyThreadState.create("getter");
    final PyDict d;
    final Item a, b;

    public LF_08_EvalDictGetVsSet() {
        Policy.check();
        Interp.init();
        d = new PyDict(setup);
        a = new Item(setup, 1);
        b = new Item(t1, 2);
        PyStr k = new PyStr(setup, "k"); // equal to the function's constant "k", maybe not identical
        d.putStrSteal(k, a, setup);
        RefCount.decref(k, setup);
        RefCount.increfShareable(a, t2);
        RefCount.decref(a, t2);
    }

    @Actor
    public void putter(IIII_Result r) {
        RefCount.decref(Ops.call(t1, Interp.Fns.PUT, d, b), t1);
    }

    @Actor
    public void getter(IIII_Result r) {
        PyObj v = Ops.call(t2, Interp.Fns.GET, d);
        r.r1 = v instanceof Item ? Item.tagOf(v) : 0;
        r.r2 = v instanceof Item ? Item.deadOf(v) : 0;
        RefCount.decref(v, t2);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        setup.mergeQueuedObjects();
        r.r3 = a.frees();
        r.r4 = d.size() == 1 && d.getStr(PyStr.intern("k")) == b && b.dead() == 0 ? 0 : 1;
        RefCount.decref(d, setup);
        RefCount.decref(b, t1);
        ThreadRegistry.exit(t1);
        ThreadRegistry.exit(t2);
        ThreadRegistry.exit(setup);
    }
}
