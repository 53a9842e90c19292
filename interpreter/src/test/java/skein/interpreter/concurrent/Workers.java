package skein.interpreter.concurrent;

import skein.gc.HotLeaves;
import skein.gc.LeakReport;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Real Java threads, each attached as a Python thread with its own thread state, started
 * together at a barrier; any exception in any of them fails the test with the first one as
 * cause. Each thread exits its state at the end ({@link ThreadRegistry#exit}), which merges its
 * biased-refcount queue, so after {@link #run} every object the workers released is freed.
 */
final class Workers {
    private Workers() {}

    static final PyThreadState MAIN = Runtime.start();

    @FunctionalInterface
    interface Body {
        void run(PyThreadState ts, int worker) throws Exception;
    }

    /** Runs {@code body} on {@code n} attached threads at once; rethrows the first failure. */
    static void run(int n, Body body) {
        CyclicBarrier start = new CyclicBarrier(n);
        List<Throwable> failures = new ArrayList<>();
        Thread[] threads = new Thread[n];
        for (int w = 0; w < n; w++) {
            int id = w;
            threads[w] = Thread.ofPlatform().name("worker-" + w).unstarted(() -> {
                PyThreadState ts = PyThreadState.attach("worker-" + id);
                try {
                    start.await(30, TimeUnit.SECONDS);
                    body.run(ts, id);
                } catch (Throwable t) {
                    synchronized (failures) {
                        failures.add(t);
                    }
                    start.reset(); // partners still waiting at the start fail instead of hanging
                } finally {
                    ThreadRegistry.exit(ts);
                }
            });
            threads[w].start();
        }
        // Detached while it waits, as a Python thread's join is: a worker's stop-the-world pause
        // (a collection, registering hot leaves) must not wait for a thread that runs no bytecode.
        boolean wasAttached = MAIN.lvStatus() == ThreadState.ATTACHED;
        if (wasAttached) MAIN.detach();
        try {
            for (Thread t : threads) {
                try {
                    t.join(120_000);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                if (t.isAlive()) fail(t.getName() + " did not finish in 120 s (deadlock?)");
            }
        } finally {
            if (wasAttached) MAIN.attach();
        }
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError(failures.size() + " worker(s) failed; first: " + failures.get(0), failures.get(0));
            for (int i = 1; i < failures.size(); i++) e.addSuppressed(failures.get(i));
            throw e;
        }
        // objects the workers' decrefs queued to the main thread (it owns them): merge them now
        MAIN.mergeQueuedObjects();
    }

    /** The leak baseline before a test's objects are made. */
    static LeakReport baseline() {
        MAIN.mergeQueuedObjects();
        HotLeaves.settleNow(MAIN);
        return ThreadRegistry.leakReport();
    }

    /** Fails if objects made since {@code before} are still alive (checking mode tallies them). */
    static void assertNoLeaks(LeakReport before) {
        MAIN.mergeQueuedObjects();
        // A hot leaf sampled by MAIN (a candidate's reference) or registered and then dropped
        // (freed at the next sweep) is not a leak: settle both before counting. Without this,
        // dictUpdateAndEqualityBetweenSharedDicts failed once in four full runs ("int 1"), and
        // with every non-owner reference sampled (-Dskein.test.extraFlags="-Dskein.perthread.sample=1
        // -Dskein.perthread.hot=1") firstAttributesFromTwoThreadsShareOneDict fails every time
        // (a leaf registered by an earlier test swept inside this one: "leaked objects: -4096").
        HotLeaves.settleNow(MAIN);
        LeakReport diff = ThreadRegistry.leakReport().since(before);
        assertTrue(diff.isEmpty(), diff.toString());
    }

    /**
     * Runs {@code r}: true if it returned, false if it raised one of the {@code allowed} Python
     * exceptions ("Type: message", as CPython would raise them), which is released; any other
     * exception fails.
     */
    static boolean expect(PyThreadState ts, Runnable r, String... allowed) {
        try {
            r.run();
            return true;
        } catch (PyException e) {
            String m = e.getMessage();
            e.release(ts);
            if (!java.util.List.of(allowed).contains(m)) throw new AssertionError("unexpected Python exception: " + m);
            return false;
        }
    }
}
