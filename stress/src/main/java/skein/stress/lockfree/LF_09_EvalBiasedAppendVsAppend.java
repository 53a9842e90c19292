package skein.stress.lockfree;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import skein.gc.BiasGroup;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyList;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Biased lists ({@code skein.interpreter.objects.ListBias}): the list's owner runs
 * {@code def add(lst, x): lst.append(x)} through the eval loop, an append it makes without the
 * list's mutex while the list's bias holds, and another thread runs the same function on the same
 * list, whose lock must first turn the bias off in a stop-the-world pause, which waits for the
 * owner to reach a safe point (an eval-breaker check, or its detach at the end). The list starts
 * with three items, so one of the appends grows the storage. Both threads are attached while
 * they run, as threads running bytecode are; each state's list has a group of its own, so every
 * state tests a live bias.
 *
 * <p>Columns: the tags of the list's items 3 and 4 at the end (0 where missing; minus the size if
 * it is not 5), and whether the bias was still on when the owner's call returned (1) or off (0).
 */
@JCStressTest
@Description("Biased lists: the owner's append without the mutex and another thread's locked append never overlap")
@Outcome(id = "1, 2, 1", expect = ACCEPTABLE,
        desc = "The owner appended without the mutex; the other thread's pause came after the owner's call returned.")
@Outcome(id = "1, 2, 0", expect = ACCEPTABLE,
        desc = "The owner appended first: without the mutex, the other thread's pause coming after the append; or with "
                + "the mutex, taken after that pause turned the bias off but before the other thread took it.")
@Outcome(id = "2, 1, 0", expect = ACCEPTABLE,
        desc = "The other thread turned the bias off in a pause and appended first; the owner then locked.")
@Outcome(expect = FORBIDDEN,
        desc = "An append lost or duplicated (both wrote the same slot or size: the owner skipped the mutex while the other "
                + "thread held it, or a growth published an array without the other's item), or the other thread "
                + "appended first while the bias was still on (\"2, 1, 1\": it locked without revoking).")
@State
public class LF_09_EvalBiasedAppendVsAppend {
    final PyThreadState owner = PyThreadState.create("owner");
    final PyThreadState other = PyThreadState.create("other");
    final BiasGroup group = new BiasGroup("LF_09");
    final PyList list;
    final Item x1, x2, filler;

    public LF_09_EvalBiasedAppendVsAppend() {
        Policy.requireBiased(); // biased sections need an owner, which only biased counting records
        Interp.init();
        list = new PyList(owner);
        list.biasTo(group);
        filler = new Item(owner, 9);
        for (int i = 0; i < 3; i++) list.append(owner, filler);
        x1 = new Item(owner, 1);
        x2 = new Item(other, 2);
    }

    @Actor
    public void owner(III_Result r) {
        owner.attach();
        RefCount.decref(Ops.call(owner, Interp.Fns.ADD, list, x1), owner);
        r.r3 = group.isOn() ? 1 : 0;
        owner.detach(); // the next safe point: a pause waits for it
    }

    @Actor
    public void other(III_Result r) {
        other.attach();
        RefCount.decref(Ops.call(other, Interp.Fns.ADD, list, x2), other);
        other.detach();
    }

    @Arbiter
    public void arbiter(III_Result r) {
        int n = list.size();
        r.r1 = n == 5 ? Item.tagOf(list.get(3)) : -n;
        r.r2 = n == 5 ? Item.tagOf(list.get(4)) : -n;
        RefCount.decref(list, owner);
        RefCount.decref(filler, owner);
        RefCount.decref(x1, owner);
        RefCount.decref(x2, other);
        ThreadRegistry.exit(owner);
        ThreadRegistry.exit(other);
    }
}
