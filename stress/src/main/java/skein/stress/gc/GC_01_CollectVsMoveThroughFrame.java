package skein.stress.gc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.Collector;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A collection races a mutator that moves a function between two tracked lists through the
 * eval loop: {@code def move(a, b): v = a.pop(); for i in range(3): pass; b.append(v)}. The
 * loop's backward jumps are safe points at which the function is held by nothing but the
 * frame's local {@code v} — and a function is deferred, so that reference is not even in its
 * count (its count is its bias and {@code f.me = f}, a cycle). Only the collector's scan of the
 * thread's frame stack ({@code StackRoots}) shows it is in use.
 *
 * <p>Before the actors: roots {@code a = [f]} and {@code b = []} (the harness holds them, as a
 * frame would), {@code f} made by {@code make()} ({@code f.me = f}), and {@code g = [g]}: garbage
 * already. The mutator, attached, runs {@code move(a, b)}; the collector collects once. Whenever
 * the collection runs, f is never cleared, and g, garbage before the collection began, is broken
 * when it returns.
 *
 * <p>Columns: g was cleared when the collection returned (1); at the end f is in b alone and
 * intact (1); a is empty (1); the mutator was suspended for a collection while it ran
 * {@code move} (1) or not (0): the interleaving this harness is about, counted so that a run
 * shows it happened.
 */
@JCStressTest
@Description("Collector: a collection racing a Python frame that holds a function in a local while moving it")
@Outcome(id = "1, 1, 1, 0", expect = ACCEPTABLE,
        desc = "The collection ran before or after move(): f was in a or b, reachable, and untouched; g, garbage "
                + "from the start, was broken.")
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE,
        desc = "A collection stopped the mutator inside move(), possibly with f held by the frame's local alone "
                + "(not counted: the frame-stack scan found it): f untouched, g broken.")
@Outcome(id = "1, 0, .*", expect = FORBIDDEN,
        desc = "f was cleared or lost: a collection took the function held by the running frame for garbage "
                + "(its stack reference was not seen).")
@Outcome(id = "0, .*", expect = FORBIDDEN,
        desc = "g, garbage before the collection began, survived it: the collection missed garbage.")
@Outcome(expect = FORBIDDEN, desc = "a kept an item, or anything else.")
@State
public class GC_01_CollectVsMoveThroughFrame {
    final PyThreadState mutator = PyThreadState.create("mutator");
    final PyThreadState collector = PyThreadState.create("collector");
    final PyList a, b, g;
    /** Uncounted: the harness only looks at it. */
    final PyObj f;

    public GC_01_CollectVsMoveThroughFrame() {
        Policy.check();
        Heap.init();
        mutator.attach(); // see Heap: a collection in another state's arbiter may be running
        f = Heap.makeDeferredFunction(mutator);
        a = Heap.listOf(mutator, f);
        Heap.drop(f, mutator); // held by a (counted), by itself (f.me), and by its bias
        b = new PyList(mutator);
        g = new PyList(mutator);
        g.append(mutator, g);
        Heap.drop(g, mutator); // cyclic garbage
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
            mutator.mergeQueuedObjects(); // the collector's own references to g, queued to g's owner
            r.r2 = b.size() == 1 && b.get(0) == f ? Heap.intactFunction(f) : 0;
            r.r3 = a.size() == 0 ? 1 : 0;
            Heap.drop(a, mutator);
            Heap.drop(b, mutator); // f goes back to its cycle: the next collections free it
            mutator.mergeQueuedObjects();
        });
        ThreadRegistry.exit(mutator);
        ThreadRegistry.exit(collector);
    }
}
