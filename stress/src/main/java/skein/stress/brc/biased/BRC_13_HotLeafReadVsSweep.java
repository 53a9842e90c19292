package skein.stress.brc.biased;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import skein.gc.HotLeaves;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A hot shared leaf ({@link HotLeaves}: an int every thread reads, counted in per-thread slots)
 * is read lock-free by one thread while another drops the container's reference to it and then
 * sweeps, with the world stopped, for registered leaves whose slots sum to zero (as a collection
 * does).
 *
 * <p>Before the actors: the owner made the leaf and put it in {@code slot} (the container's
 * reference); another thread registered it. The reader loads the slot, takes a reference
 * ({@link RefCount#tryIncref}: a slot increment), re-checks the slot, and then passes a safe
 * point (its eval breaker, where a pause can stop it) before it looks at the leaf and drops its
 * reference. The writer empties the slot, drops the container's reference (its own slot goes to
 * -1: the reference was counted in the shared word) and sweeps. The pause waits for the reader
 * to reach its safe point or to finish, so the sweep runs in one of the reader's windows: before
 * it loaded the slot, while it holds its reference (the sweep must see the +1 and keep the leaf),
 * or after it let go. The arbiter's sweep, after everyone let go, must free it.
 *
 * <p>Columns: what the reader saw (0: the slot was already empty, or emptied under it; 1: the
 * leaf, alive, while holding a reference; 2: the leaf freed while it held a reference) and
 * whether the leaf was freed at the end (1) or leaked (0).
 */
@JCStressTest
@Description("Hot leaves: a sweep never frees a leaf some thread's slot still counts, and frees it once none does")
@Outcome(id = "0, 1", expect = ACCEPTABLE,
        desc = "The writer emptied the slot before the reader loaded it (or between load and re-check): the reader backed off; the final sweep freed the leaf.")
@Outcome(id = "1, 1", expect = ACCEPTABLE,
        desc = "The reader held the leaf across its safe point; any sweep meanwhile counted its slot's +1 and kept it; the final sweep freed it.")
@Outcome(expect = FORBIDDEN,
        desc = "Freed while the reader held it (a sweep that missed a live thread's slot or took the writer's -1 for the last word), "
                + "or never freed (a slot lost), or anything else.")
@State
public class BRC_13_HotLeafReadVsSweep {
    /** An int-like leaf: no references, no finalizer. */
    static final class Leaf extends PyObject {
        Leaf(ThreadState ts) {
            super(ts);
            markLeaf();
        }
    }

    final ThreadState owner = ThreadRegistry.create("owner");
    final ThreadState reader = ThreadRegistry.create("reader");
    final ThreadState writer = ThreadRegistry.create("writer");
    final Leaf leaf;
    volatile PyObject slot;

    public BRC_13_HotLeafReadVsSweep() {
        Policy.requireBiased();
        leaf = new Leaf(owner);
        slot = leaf; // the owner's reference is now the container's
        ThreadState registrar = ThreadRegistry.create("registrar");
        registrar.attach();
        RefCount.incref(leaf, registrar);
        if (!HotLeaves.registerNow(leaf, registrar)) throw new IllegalStateException("hot leaves are off in this VM");
        RefCount.decref(leaf, registrar);
        registrar.detach();
        ThreadRegistry.exit(registrar);
    }

    @Actor
    public void reader(II_Result r) {
        reader.attach();
        PyObject v = slot;
        if (v != null && RefCount.tryIncref(v, reader)) {
            if (slot != v) {
                RefCount.decref(v, reader);
            } else {
                reader.serviceEvalBreaker(); // a safe point: a pause may stop this thread here
                r.r1 = v.isFreed() ? 2 : 1;
                RefCount.decref(v, reader);
            }
        }
        reader.detach();
        ThreadRegistry.exit(reader);
    }

    @Actor
    public void writer() {
        writer.attach();
        PyObject v = slot;
        slot = null;
        RefCount.decref(v, writer);
        HotLeaves.sweepNow(writer);
        writer.detach();
        ThreadRegistry.exit(writer);
    }

    @Arbiter
    public void arbiter(II_Result r) {
        ThreadState last = ThreadRegistry.create("arbiter");
        last.attach();
        HotLeaves.sweepNow(last);
        r.r2 = leaf.isFreed() ? 1 : 0;
        last.detach();
        ThreadRegistry.exit(last);
        ThreadRegistry.exit(owner);
    }
}
