package skein.stress.broken;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.Collector;
import skein.gc.StackRoots;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.gc.Heap;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * EXPECTED TO FAIL. {@code skein.stress.gc.GC_01_CollectVsMoveThroughFrame}, the same actors and
 * outcomes, with a collector that treats deferred objects as collectable but does not look at
 * the frame stacks: the state's constructor installs a {@link StackRoots} scanner that sees
 * nothing (for the whole test VM, which runs this test alone). A collection that stops the
 * mutator while {@code move}'s local {@code v} alone holds the function then finds it
 * unreachable (its count is its bias and its own {@code f.me}) and clears it, and jcstress
 * must report FAILED. Excluded from the normal run by its package;
 * {@code scripts/jcstress.sh --expect-fail} runs it.
 *
 * <p>Columns as in GC_01: g cleared when the collection returned; f in b alone and intact at
 * the end; a empty; the mutator suspended inside {@code move}.
 */
@JCStressTest
@Description("BROKEN on purpose (must FAIL): a collector that frees deferred objects without scanning the frame stacks")
@Outcome(id = "1, 1, 1, [01]", expect = ACCEPTABLE,
        desc = "f survived: no collection stopped the mutator while the frame's local alone held it.")
@Outcome(id = "1, 0, .*", expect = FORBIDDEN,
        desc = "f was cleared: the collection took the function a running frame held for garbage. This is what "
                + "a collector that does not scan the frame stacks must produce.")
@Outcome(expect = FORBIDDEN, desc = "Anything else.")
@State
public class Broken_06_CollectorWithoutStackScan {
    final PyThreadState mutator = PyThreadState.create("mutator");
    final PyThreadState collector = PyThreadState.create("collector");
    final PyList a, b, g;
    final PyObj f;

    public Broken_06_CollectorWithoutStackScan() {
        Policy.check();
        Heap.init();
        StackRoots.install((t, v) -> {}); // the bug: frames are roots, but nobody looks at them
        mutator.attach();
        f = Heap.makeDeferredFunction(mutator);
        a = Heap.listOf(mutator, f);
        Heap.drop(f, mutator);
        b = new PyList(mutator);
        g = new PyList(mutator);
        g.append(mutator, g);
        Heap.drop(g, mutator);
        mutator.detach();
    }

    @Actor
    public void mutator(IIII_Result r) {
        mutator.attach();
        long suspends = mutator.counters.stwSuspends;
        Heap.drop(Ops.call(mutator, Heap.MOVE, a, b), mutator);
        r.r4 = mutator.counters.stwSuspends != suspends ? 1 : 0;
        mutator.detach();
    }

    @Actor
    public void collector(IIII_Result r) {
        collector.attach();
        Collector.collect(collector, Collector.Reason.MANUAL);
        r.r1 = Heap.cleared(g);
        collector.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        Heap.serially(mutator, () -> {
            mutator.mergeQueuedObjects();
            r.r2 = b.size() == 1 && b.get(0) == f ? Heap.intactFunction(f) : 0;
            r.r3 = a.size() == 0 ? 1 : 0;
            Heap.drop(a, mutator);
            Heap.drop(b, mutator);
            mutator.mergeQueuedObjects();
        });
        ThreadRegistry.exit(mutator);
        ThreadRegistry.exit(collector);
    }
}
