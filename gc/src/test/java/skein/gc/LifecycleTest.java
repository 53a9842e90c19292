package skein.gc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Deallocation, freelists, checking mode and leak reports: true under every policy.
 * Tagged "policy": the gc module's build runs it again under atomic and plain.
 */
@Tag("policy")
class LifecycleTest {
    ThreadState ts;

    @BeforeEach
    void setUp() {
        assertTrue(RuntimeConfig.CHECKING, "the test suite runs in checking mode");
        assertEquals(System.getProperty(RuntimeConfig.POLICY_PROPERTY, "biased"), RuntimeConfig.POLICY.cliName(),
                "the policy asked for on the command line is the one in force");
        ts = ThreadRegistry.create("test");
    }

    @AfterEach
    void tearDown() {
        if (!ts.hasExited()) ThreadRegistry.exit(ts);
    }

    @Test
    void freeingAMillionLongChainDoesNotRecurse() throws Exception {
        // Run on a thread with a small stack: a recursive free would overflow it quickly.
        Throwable[] failure = new Throwable[1];
        Node[] head = new Node[1];
        Thread t = new Thread(null, () -> {
            ThreadState mine = ThreadRegistry.attach("chain");
            try {
                Node h = new Node(mine);
                Node cur = h;
                for (int i = 0; i < 1_000_000; i++) {
                    Node next = new Node(mine);
                    cur.child = next; // the parent owns next's only reference
                    cur = next;
                }
                head[0] = h;
                RefCount.decref(h, mine);
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                ThreadRegistry.detach();
            }
        }, "chain", 256 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) throw new AssertionError(failure[0]);
        Node n = head[0];
        assertTrue(n.isFreed());
        assertEquals(1, n.frees);
        assertNull(n.child, "clear dropped the child reference");
        long freed = ThreadRegistry.COUNTERS.typeTallies().get("node")[1];
        assertTrue(freed >= 1_000_001, "every node in the chain was freed: " + freed);
    }

    @Test
    void freedObjectsAreReusedFromTheThreadsFreelist() {
        Node a = new Node(ts);
        RefCount.decref(a, ts);
        assertTrue(a.isFreed());
        assertEquals(1, ts.freelists().size(Node.FREELIST));
        PyObject again = ts.freelists().take(Node.FREELIST, ts);
        assertSame(a, again, "the freed object comes back");
        assertFalse(again.isFreed(), "with a fresh header");
        assertEquals(1, again.refcountSnapshot());
        RefCount.incref(again, ts);
        RefCount.decref(again, ts);
        RefCount.decref(again, ts);
        assertTrue(again.isFreed());
        assertEquals(2, a.frees, "freed once per life");
        assertNull(ts.freelists().take(Node.FREELIST + 1000, ts), "unknown or empty lists give nothing");
    }

    @Test
    void freelistsAreBounded() {
        Node[] nodes = new Node[10];
        for (int i = 0; i < nodes.length; i++) nodes[i] = new Node(ts);
        for (Node n : nodes) RefCount.decref(n, ts);
        assertEquals(4, ts.freelists().size(Node.FREELIST), "capacity given at registration");
    }

    @Test
    void checkingCatchesUseAfterFree() {
        Node n = new Node(ts);
        n.checkLive("len");
        RefCount.decref(n, ts);
        RefcountError e = assertThrows(RefcountError.class, () -> n.checkLive("len"));
        assertTrue(e.getMessage().contains("node"), e.getMessage());
        assertTrue(e.getMessage().contains("len"), e.getMessage());
        assertTrue(e.getMessage().contains("use after free"), e.getMessage());
    }

    @Test
    void checkingCatchesDoubleFree() {
        Node n = new Node(ts);
        RefCount.decref(n, ts);
        RefcountError e = assertThrows(RefcountError.class, () -> RefCount.decref(n, ts));
        assertTrue(e.getMessage().startsWith("decref of node object"), e.getMessage());
        assertTrue(e.getMessage().contains("double free"), e.getMessage());
        assertEquals(1, n.frees, "the second decref did not free again");
    }

    @Test
    void checkingCatchesIncrefOfAFreedObject() {
        Node n = new Node(ts);
        RefCount.decref(n, ts);
        RefcountError e = assertThrows(RefcountError.class, () -> RefCount.incref(n, ts));
        assertTrue(e.getMessage().startsWith("incref of node object"), e.getMessage());
    }

    @Test
    void checkingCatchesNegativeCounts() {
        // A child released twice by a buggy parent: under every policy the count goes
        // below zero once the object has no owner-local count left to absorb it.
        Node n = new Node(ts);
        RefCount.incref(n, ts);
        ThreadState other = ThreadRegistry.create("other");
        try {
            RefCount.decref(n, ts);   // fine: one reference left
            RefCount.decref(n, ts);   // freed
            RefcountError e = assertThrows(RefcountError.class, () -> RefCount.decref(n, other));
            assertTrue(e.getMessage().contains("node"), e.getMessage());
        } finally {
            ThreadRegistry.exit(other);
        }
    }

    @Test
    void checkingCatchesAThreadStateUsedAfterExit() {
        Node n = new Node(ts);
        ThreadRegistry.exit(ts);
        RefcountError e = assertThrows(RefcountError.class, () -> RefCount.incref(n, ts));
        assertTrue(e.getMessage().contains("used after it exited"), e.getMessage());
        ThreadState t2 = ThreadRegistry.create("t2");
        RefCount.incref(n, t2);
        RefCount.decref(n, t2);
        RefCount.decref(n, t2);
        assertTrue(n.isFreed());
        ThreadRegistry.exit(t2);
    }

    @Test
    void leakReportCountsLiveObjectsByType() {
        LeakReport before = ThreadRegistry.leakReport();
        Node kept = new Node(ts);
        Node freed = new Node(ts);
        Node immortal = new Node(ts);
        immortal.makeImmortal(ts);
        RefCount.decref(freed, ts);
        LeakReport leaks = ThreadRegistry.leakReport().since(before);
        assertEquals(1L, leaks.liveByType().get("node"), leaks.toString());
        assertTrue(leaks.toString().contains("node"));
        RefCount.decref(kept, ts);
        assertTrue(ThreadRegistry.leakReport().since(before).isEmpty());
    }

    @Test
    void countersRecordEachPath() {
        Node n = new Node(ts);
        long local0 = ts.counters.increfLocal + ts.counters.increfShared;
        RefCount.incref(n, ts);
        RefCount.decref(n, ts);
        assertEquals(local0 + 1, ts.counters.increfLocal + ts.counters.increfShared);
        Node imm = new Node(ts);
        imm.makeImmortal(ts);
        long imm0 = ts.counters.increfImmortal;
        RefCount.incref(imm, ts);
        assertEquals(imm0 + 1, ts.counters.increfImmortal);
        long d0 = ts.counters.deallocs;
        RefCount.decref(n, ts);
        assertEquals(d0 + 1, ts.counters.deallocs);
    }
}
