package skein.stress.gc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.Collector;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyList;
import skein.interpreter.runtime.PyThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A thread exits while another collects. The exiting thread made a cycle (tracked in its own
 * list) and dropped it, so the cycle is garbage: at exit its tracked list is handed to the
 * collector, and a collection must find the cycle in one place or the other. The collector,
 * just before collecting, drops the last reference to an object w the exiting thread owns:
 * the decref goes to the exiting thread's merge queue, and whoever settles it (the exit's own
 * merge, its helper state draining stragglers, or the collector once it sees the owner gone)
 * frees w. The exiting thread ends blocked (detached), as a thread whose last act was a wait:
 * its exit must still not free anything inside the pause, because a detached thread is not
 * stopped by a pause, only kept from attaching.
 *
 * <p>Columns: w's frees; w was freed inside a pause (0); who freed w (1 the exiting thread,
 * 2 the collector, 9 the exit's helper state); the exiting thread's cycle broken and freed
 * once the arbiter collected (1).
 */
@JCStressTest
@Description("Collector: a thread exits during a collection (tracked list handed over, no free inside the pause)")
@Outcome(id = "1, 0, [129], 1", expect = ACCEPTABLE,
        desc = "w freed once, outside any pause, by the exit's merge, the exit's helper or the collector (owner "
                + "already gone); the cycle was collected from the exiting thread's list or from the handed-over one.")
@Outcome(id = "1, 1, .*", expect = FORBIDDEN,
        desc = "w was freed while the world was stopped: the exiting thread (or its helper state) merged its queue "
                + "detached, inside the collector's pause.")
@Outcome(id = "1, 0, ., 0", expect = FORBIDDEN,
        desc = "The exiting thread's garbage cycle survived a collection with nothing else running: its tracked "
                + "objects were lost in the hand-over.")
@Outcome(expect = FORBIDDEN,
        desc = "w freed twice or never (stranded in a dead thread's queue).")
@State
public class GC_04_ThreadExitDuringCollection {
    final PyThreadState exiting = PyThreadState.create("exiting");
    final PyThreadState collector = PyThreadState.create("collector");
    final PauseWitness w;
    PyList c1, c2; // written by the exiting actor, read by the arbiter (jcstress orders them)

    public GC_04_ThreadExitDuringCollection() {
        Policy.check();
        Heap.init();
        exiting.attach(); // see Heap: a collection in another state's arbiter may be running
        w = new PauseWitness(exiting); // its one reference, in the owner's local count, belongs to the collector
        exiting.detach();
    }

    @Actor
    public void exiting() {
        exiting.attach();
        PyList[] p = Heap.pair(exiting);
        c1 = p[0];
        c2 = p[1];
        Heap.drop(c1, exiting);
        Heap.drop(c2, exiting); // cyclic garbage in this thread's tracked list
        exiting.detach(); // ends blocked
        ThreadRegistry.exit(exiting);
    }

    @Actor
    public void collector() {
        collector.attach();
        RefCount.decref(w, collector); // non-owner, shared 0: to the exiting thread's queue, or merged here
        Collector.collect(collector, Collector.Reason.MANUAL);
        collector.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        Heap.serially(collector, () -> {
            Collector.collect(collector, Collector.Reason.MANUAL);
            collector.mergeQueuedObjects();
        });
        r.r1 = w.frees();
        r.r2 = w.freedInPause();
        r.r3 = w.freedByCode(exiting, collector);
        r.r4 = c1.isFreed() && c2.isFreed() ? 1 : 0;
        ThreadRegistry.exit(collector);
    }
}
