package skein.stress.gc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import skein.gc.Collector;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A collection races a mutator that moves an object between two tracked containers,
 * {@code b.append(a.pop())}, passing a safe point while the object is held by nothing but its
 * "evaluation stack" (a Java local holding the reference the pop handed over).
 *
 * <p>Before the actors: roots {@code a = [x]} and {@code b = []} (the harness holds them, as a
 * frame would), {@code x = [child]}, and {@code g = [g]}: garbage already, nothing outside the
 * cycle refers to it. The mutator is attached and checks its eval breaker at both safe points,
 * so a collection happens before the move, in the middle (x on the stack only: its count is
 * one, no candidate refers to it, so it must be a root) or after it. Whichever: x and its child
 * are never cleared, and g, garbage before the collection began, is broken when it returns.
 *
 * <p>Columns: the mutator found x intact at its mid-move safe point (1); g was cleared when the
 * collection returned (1); at the end x is in b alone, holding its child (1); a is empty (1);
 * the mutator was suspended for a collection at its mid-move safe point (1) or not (0): the
 * interleaving this harness is about, counted so that a run shows it happened.
 */
@JCStressTest
@Description("Collector: a collection racing a mutator that moves an object between tracked containers")
@Outcome(id = "1, 1, 1, 1, 0", expect = ACCEPTABLE,
        desc = "The collection ran before or after the mid-move safe point (the mutator did not stop there): x and "
                + "its child were never touched, and the cycle g, garbage from the start, was broken.")
@Outcome(id = "1, 1, 1, 1, 1", expect = ACCEPTABLE,
        desc = "A collection ran at the mid-move safe point, with x held by the mutator's stack alone (a root by "
                + "its count, no candidate referring to it): x and its child were untouched, and g was broken.")
@Outcome(id = "0, .*", expect = FORBIDDEN,
        desc = "The collection cleared or freed x while the mutator held it between the containers: the stack "
                + "reference was not counted as a reference from outside.")
@Outcome(id = "1, 0, .*", expect = FORBIDDEN,
        desc = "g, garbage before the collection began, survived it: the collection missed garbage.")
@Outcome(expect = FORBIDDEN,
        desc = "x was lost, cleared or freed by the end, or a kept an item: the collector broke a reachable object.")
@State
public class GC_01_CollectVsMove {
    final PyThreadState mutator = PyThreadState.create("mutator");
    final PyThreadState collector = PyThreadState.create("collector");
    final PyList a, b, x, child, g;

    public GC_01_CollectVsMove() {
        Policy.check();
        Heap.init();
        mutator.attach(); // see Heap: a collection in another state's arbiter may be running
        child = new PyList(mutator);
        x = Heap.listOf(mutator, child);
        Heap.drop(child, mutator); // held by x alone
        a = Heap.listOf(mutator, x);
        Heap.drop(x, mutator); // held by a alone
        b = new PyList(mutator);
        g = new PyList(mutator);
        g.append(mutator, g);
        Heap.drop(g, mutator); // cyclic garbage; the harness keeps an uncounted pointer to look at it
        mutator.detach();
    }

    @Actor
    public void mutator(IIIII_Result r) {
        mutator.attach();
        PyObj v = a.pop(mutator, 0); // a's reference now belongs to the mutator's stack
        long suspends = mutator.counters.stwSuspends;
        mutator.serviceEvalBreaker(); // a safe point: a collection may run here
        r.r5 = mutator.counters.stwSuspends != suspends ? 1 : 0;
        r.r1 = Heap.holdsOnly(x, child);
        b.append(mutator, v);
        Heap.drop(v, mutator);
        mutator.serviceEvalBreaker();
        mutator.detach();
    }

    @Actor
    public void collector(IIIII_Result r) {
        collector.attach();
        Collector.collect(collector, Collector.Reason.MANUAL);
        r.r2 = Heap.cleared(g);
        collector.detach();
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        Heap.serially(mutator, () -> {
            mutator.mergeQueuedObjects(); // the collector's own references to g, queued to g's owner
            r.r3 = Heap.holdsOnly(b, x) & Heap.holdsOnly(x, child);
            r.r4 = a.size() == 0 ? 1 : 0;
            Heap.drop(a, mutator);
            Heap.drop(b, mutator); // frees x and child
            mutator.mergeQueuedObjects();
        });
        ThreadRegistry.exit(mutator);
        ThreadRegistry.exit(collector);
    }
}
