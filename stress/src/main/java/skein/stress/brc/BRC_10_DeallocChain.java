package skein.stress.brc;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;
import skein.stress.support.Probe;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A deallocation chain run by one thread races the owner of a child dropping its own
 * reference to that child.
 *
 * <p>Before the actors: thread 1 made a grandchild g and a child c that holds g's only
 * reference (counted in thread 1's local count); thread 2 took its own reference to c
 * (shared count) and made a parent p that holds it. Thread 1 holds c (its creation
 * reference); thread 2 holds p. Thread 1 drops c: its local count hits 0 and it merges
 * (free if shared is 0, else publish "merged, 1"). Thread 2 drops p: p is freed, and its
 * {@code clearReferences}, inside thread 2's dealloc loop, drops p's reference to c. Exactly
 * one of them frees c; whoever does drops c's reference to g: on thread 1 (g's owner) that
 * frees g at once, on thread 2 it is a non-owner decref at shared 0 that queues g to thread 1,
 * whose next merge (the arbiter) frees it. Nested frees go through the dealloc stack, not
 * recursion.
 *
 * <p>Columns: thread 1 saw c dead while holding it, frees of p, of c, who freed c (1 thread
 * 1, 2 thread 2), frees of g after thread 1 serviced its eval breaker.
 */
@JCStressTest
@Description("BRC: a dealloc chain on one thread races the child's owner dropping its reference; each freed once")
@Outcome(id = "0, 1, 1, 1, 1", expect = ACCEPTABLE,
        desc = "Thread 2's chain dropped p's reference to c first; thread 1's merge of c found the total 0 and "
                + "freed c, and (as g's owner) g at once.")
@Outcome(id = "0, 1, 1, 2, 1", expect = ACCEPTABLE,
        desc = "Thread 1 merged c first ('merged, 1'); thread 2's chain freed p, then c, then dropped c's "
                + "reference to g (biased: queued to thread 1, freed by its merge; atomic: freed at once).")
@Outcome(expect = FORBIDDEN,
        desc = "c freed while thread 1 held it, any object freed twice or never (a lost decref in the nested "
                + "dealloc, or g stranded in a queue).")
@State
public class BRC_10_DeallocChain {
    final ThreadState t1 = ThreadRegistry.create("t1");
    final ThreadState t2 = ThreadRegistry.create("t2");
    final Probe g, c, p;

    public BRC_10_DeallocChain() {
        Policy.check();
        g = new Probe(t1);
        c = new Probe(t1, g);      // c takes g's creation reference
        RefCount.incref(c, t2);     // p's reference to c
        p = new Probe(t2, c);
    }

    @Actor
    public void t1(IIIII_Result r) {
        r.r1 = c.deadWhileHeld();
        RefCount.decref(c, t1);
    }

    @Actor
    public void t2() {
        RefCount.decref(p, t2);
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        t1.serviceEvalBreaker();
        t2.serviceEvalBreaker();
        r.r2 = p.frees();
        r.r3 = c.frees();
        r.r4 = c.freedByCode(t1, t2);
        r.r5 = g.frees();
        ThreadRegistry.exit(t1);
        ThreadRegistry.exit(t2);
    }
}
