package skein.interpreter.concurrent;

import org.junit.jupiter.api.Test;
import skein.gc.LeakReport;
import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Interpreter;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;
import static skein.interpreter.concurrent.Workers.MAIN;

/**
 * Lists, dicts, sets and instance dicts shared by 2-4 real threads (each attached with its own
 * thread state) through the operations the builtins call. Every test checks exact invariants:
 * nothing lost or duplicated, sizes exact, each removed item seen once, a dict value never
 * from another key, no exception but those CPython raises; and, since the test JVM runs in
 * checking mode, no use after free (a freed item met by a reader fails the test, an incref or
 * decref of a freed object throws) and no leak ({@link Workers#assertNoLeaks}).
 *
 * <p>Item values are ints above the small-int cache, so each is a separate object with a real
 * count that is freed the moment its container drops it: the race these tests look for is a
 * reader holding an object a writer just freed.
 */
class SharedContainersTest {
    private static final long BASE = 1_000_000;

    private static PyObj big(PyThreadState ts, long v) {
        return PyInt.of(ts, BASE + v);
    }

    private static long valueOf(PyObj o) {
        assertFalse(o.isFreed(), "a reader holds a freed object");
        return ((PyInt) o).value - BASE;
    }

    // ==== list ====

    @Test
    void concurrentAppendsLoseNothing() {
        LeakReport before = Workers.baseline();
        int threads = 4, n = 20_000;
        PyList list = new PyList(MAIN);
        Workers.run(threads, (ts, w) -> {
            for (int i = 0; i < n; i++) {
                PyObj v = big(ts, (long) w * n + i);
                list.append(ts, v);
                RefCount.decref(v, ts);
            }
        });
        assertEquals(threads * n, list.size());
        boolean[] seen = new boolean[threads * n];
        int[] lastOf = {-1, -1, -1, -1};
        for (int i = 0; i < list.size(); i++) {
            int v = (int) valueOf(list.get(i));
            assertFalse(seen[v], "duplicated " + v);
            seen[v] = true;
            int w = v / n;
            assertTrue(v > lastOf[w], "one thread's appends out of order");
            lastOf[w] = v;
        }
        RefCount.decref(list, MAIN);
        Workers.assertNoLeaks(before);
    }

    @Test
    void concurrentPopsTakeEachItemExactlyOnce() {
        LeakReport before = Workers.baseline();
        int threads = 4, total = 80_000;
        PyList list = new PyList(MAIN);
        for (int i = 0; i < total; i++) {
            PyObj v = big(MAIN, i);
            list.append(MAIN, v);
            RefCount.decref(v, MAIN);
        }
        AtomicIntegerArray taken = new AtomicIntegerArray(total);
        Workers.run(threads, (ts, w) -> {
            while (true) {
                ts.serviceEvalBreaker();
                PyObj[] got = new PyObj[1];
                // pop from the end, the front and the middle: every shift path of pop
                long where = switch (ThreadLocalRandom.current().nextInt(3)) {
                    case 0 -> -1;
                    case 1 -> 0;
                    default -> list.size() / 2;
                };
                if (!Workers.expect(ts, () -> got[0] = list.pop(ts, where),
                        "IndexError: pop from empty list", "IndexError: pop index out of range")) {
                    if (list.size() == 0) return;
                    continue;
                }
                taken.incrementAndGet((int) valueOf(got[0]));
                RefCount.decref(got[0], ts); // frees it: the list held the only other reference
            }
        });
        assertEquals(0, list.size());
        for (int i = 0; i < total; i++) assertEquals(1, taken.get(i), "item " + i + " popped " + taken.get(i) + " times");
        RefCount.decref(list, MAIN);
        Workers.assertNoLeaks(before);
    }

    /**
     * Lock-free {@code list[i]} and iteration against appends and pops that free the popped item
     * at once: a reader gets IndexError or an item it owns a reference to, alive, that some writer
     * appended; never a freed or invented one.
     */
    @Test
    void getItemAndIterationRaceAppendsAndPops() {
        LeakReport before = Workers.baseline();
        int rounds = 60_000;
        PyList list = new PyList(MAIN);
        AtomicLong appended = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        Workers.run(4, (ts, w) -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            if (w < 2) {
                try {
                    for (int r = 0; r < rounds; r++) {
                        if (list.size() < 24 || rnd.nextBoolean()) {
                            PyObj v = big(ts, appended.getAndIncrement());
                            if (rnd.nextInt(4) == 0) list.insert(ts, rnd.nextInt(8), v);
                            else list.append(ts, v);
                            RefCount.decref(v, ts);
                        } else {
                            PyObj[] got = new PyObj[1];
                            long where = rnd.nextBoolean() ? -1 : 0;
                            if (Workers.expect(ts, () -> got[0] = list.pop(ts, where), "IndexError: pop from empty list")) {
                                RefCount.decref(got[0], ts);
                            }
                        }
                        // an eval-breaker check, as between bytecodes: merges what other threads queued to
                        // this owner, and stops here for a pause (a list bias revocation, a collection)
                        ts.serviceEvalBreaker();
                    }
                } finally {
                    done.set(true);
                }
                return;
            }
            while (!done.get()) {
                long i = rnd.nextInt(-30, 30);
                PyObj[] got = new PyObj[1];
                if (Workers.expect(ts, () -> got[0] = list.item(ts, i), "IndexError: list index out of range")) {
                    long v = valueOf(got[0]);
                    assertTrue(v >= 0 && v < appended.get(), "invented item " + v);
                    RefCount.decref(got[0], ts);
                    reads.incrementAndGet();
                }
                if (rnd.nextInt(16) == 0) {
                    PyObj it = list.iter(ts);
                    PyObj x;
                    while ((x = Ops.next(ts, it)) != null) {
                        long v = valueOf(x);
                        assertTrue(v >= 0 && v < appended.get(), "iteration invented item " + v);
                        RefCount.decref(x, ts);
                    }
                    RefCount.decref(it, ts);
                }
                ts.serviceEvalBreaker();
            }
        });
        assertTrue(reads.get() > 0, "the readers never got an item");
        RefCount.decref(list, MAIN);
        Workers.assertNoLeaks(before);
    }

    @Test
    void sliceAssignmentAndExtendBetweenSharedListsKeepEveryItem() {
        LeakReport before = Workers.baseline();
        PyList a = new PyList(MAIN), b = new PyList(MAIN);
        int n = 200;
        for (int i = 0; i < n; i++) {
            PyObj v = big(MAIN, i);
            a.append(MAIN, v);
            b.append(MAIN, v);
            RefCount.decref(v, MAIN);
        }
        PySlice all = new PySlice(MAIN, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        Workers.run(2, (ts, w) -> {
            for (int r = 0; r < 3_000; r++) {
                // each copies the other whole (begin2 on both): each ends as a permutation-free copy
                if (w == 0) a.setItem(ts, all, b);
                else b.setItem(ts, all, a);
                PyObj eq = a.richCompare(ts, b, 2);
                RefCount.decref(eq, ts);
            }
        });
        assertEquals(n, a.size());
        assertEquals(n, b.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, valueOf(a.get(i)));
            assertEquals(i, valueOf(b.get(i)));
        }
        RefCount.decref(all, MAIN);
        RefCount.decref(a, MAIN);
        RefCount.decref(b, MAIN);
        Workers.assertNoLeaks(before);
    }

    // ==== dict ====

    /**
     * Writers store, replace (freeing the old value) and delete values that encode their key, and
     * insert and delete filler keys so that the table is resized under the readers; readers look
     * the keys up lock-free with new key objects. A value must always belong to the key asked.
     */
    @Test
    void dictReadsNeverSeeAnotherKeysValueOrAFreedOne() {
        LeakReport before = Workers.baseline();
        int keys = 32, rounds = 40_000;
        PyDict d = new PyDict(MAIN);
        PyDict ints = new PyDict(MAIN);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong hits = new AtomicLong();
        Workers.run(4, (ts, w) -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            Keys kp = Keys.of(ts);
            if (w < 2) {
                try {
                    for (int r = 0; r < rounds; r++) {
                        int k = rnd.nextInt(keys);
                        PyStr key = PyStr.intern("k" + k);
                        PyObj ikey = PyInt.of(ts, 5_000 + k);
                        switch (rnd.nextInt(4)) {
                            case 0, 1 -> {
                                PyObj v = big(ts, (long) k * 1_000_000 + r);
                                d.putStr(key, v, ts);
                                ints.put(ikey, v, kp);
                                RefCount.decref(v, ts);
                            }
                            case 2 -> {
                                PyObj old = d.popStr(key, ts);
                                if (old != null) RefCount.decref(old, ts);
                                old = ints.pop(ikey, kp);
                                if (old != null) RefCount.decref(old, ts);
                            }
                            default -> {
                                // filler keys: grow and shrink the table (resizes replace it)
                                PyStr f = new PyStr(ts, "fill" + w + "_" + (r % 64));
                                if (rnd.nextBoolean()) d.putStr(f, PyNone.NONE, ts);
                                else {
                                    PyObj old = d.popStr(f, ts);
                                    if (old != null) RefCount.decref(old, ts);
                                }
                                RefCount.decref(f, ts);
                            }
                        }
                        RefCount.decref(ikey, ts);
                        ts.serviceEvalBreaker();
                    }
                } finally {
                    done.set(true);
                }
                return;
            }
            while (!done.get()) {
                int k = rnd.nextInt(keys);
                PyStr key = new PyStr(ts, "k" + k); // equal, not identical, to the stored key
                PyObj v = w == 2 ? d.getStrRef(key, ts) : d.getRef(key, kp);
                if (v != null) {
                    assertEquals(k, valueOf(v) / 1_000_000, "value of another key");
                    RefCount.decref(v, ts);
                    hits.incrementAndGet();
                }
                PyObj ikey = PyInt.of(ts, 5_000 + k);
                v = ints.getRef(ikey, kp);
                if (v != null) {
                    assertEquals(k, valueOf(v) / 1_000_000, "value of another int key");
                    RefCount.decref(v, ts);
                }
                RefCount.decref(ikey, ts);
                RefCount.decref(key, ts);
                ts.serviceEvalBreaker();
            }
        });
        assertTrue(hits.get() > 0, "the readers never found a key");
        RefCount.decref(d, MAIN);
        RefCount.decref(ints, MAIN);
        Workers.assertNoLeaks(before);
    }

    @Test
    void dictInsertsAreExactAndPopitemTakesEachOnce() {
        LeakReport before = Workers.baseline();
        int threads = 4, n = 50_000; // long enough that the threads overlap on a loaded machine
        PyDict d = new PyDict(MAIN);
        Workers.run(threads, (ts, w) -> {
            Keys kp = Keys.of(ts);
            for (int i = 0; i < n; i++) {
                PyObj k = big(ts, (long) w * n + i), v = big(ts, (long) w * n + i);
                d.put(k, v, kp);
                RefCount.decref(k, ts);
                RefCount.decref(v, ts);
            }
        });
        assertEquals(threads * n, d.size());
        AtomicIntegerArray taken = new AtomicIntegerArray(threads * n);
        Workers.run(threads, (ts, w) -> {
            PyObj[] kv;
            while ((kv = d.popLast(ts)) != null) {
                long k = valueOf(kv[0]);
                assertEquals(k, valueOf(kv[1]), "a key popped with another key's value");
                taken.incrementAndGet((int) k);
                RefCount.decref(kv[0], ts);
                RefCount.decref(kv[1], ts);
            }
        });
        assertEquals(0, d.size());
        for (int i = 0; i < threads * n; i++) assertEquals(1, taken.get(i), "item " + i);
        RefCount.decref(d, MAIN);
        Workers.assertNoLeaks(before);
    }

    /** update() between two shared dicts (begin2) racing stores into both: every key ends with a value of its own. */
    @Test
    void dictUpdateAndEqualityBetweenSharedDicts() {
        LeakReport before = Workers.baseline();
        PyDict a = new PyDict(MAIN), b = new PyDict(MAIN);
        int keys = 64;
        Workers.run(3, (ts, w) -> {
            Keys kp = Keys.of(ts);
            for (int r = 0; r < 5_000; r++) {
                switch (w) {
                    case 0 -> a.merge(ts, b, 1);
                    case 1 -> b.merge(ts, a, 1);
                    default -> {
                        int k = r % keys;
                        PyObj v = big(ts, (long) k * 1_000_000 + r);
                        (r % 2 == 0 ? a : b).putStr(PyStr.intern("k" + k), v, ts);
                        RefCount.decref(v, ts);
                        RefCount.decref(a.richCompare(ts, b, 2), ts);
                    }
                }
                ts.serviceEvalBreaker();
            }
        });
        Keys kp = Keys.of(MAIN);
        for (PyDict d : new PyDict[] {a, b}) {
            assertTrue(d.size() <= keys);
            for (int k = 0; k < keys; k++) {
                PyObj v = d.getRef(PyStr.intern("k" + k), kp);
                if (v != null) {
                    assertEquals(k, valueOf(v) / 1_000_000);
                    RefCount.decref(v, MAIN);
                }
            }
        }
        RefCount.decref(a, MAIN);
        RefCount.decref(b, MAIN);
        Workers.assertNoLeaks(before);
    }

    /** Iterating a dict that others change: items are never freed or foreign; a change raises CPython's RuntimeErrors only. */
    @Test
    void dictIterationUnderMutationRaisesOnlyCPythonsErrors() {
        LeakReport before = Workers.baseline();
        PyDict d = new PyDict(MAIN);
        AtomicBoolean done = new AtomicBoolean();
        Workers.run(2, (ts, w) -> {
            if (w == 0) {
                try {
                    for (int r = 0; r < 30_000; r++) {
                        PyStr key = PyStr.intern("k" + (r % 40));
                        if (r % 3 == 2) {
                            PyObj old = d.popStr(key, ts);
                            if (old != null) RefCount.decref(old, ts);
                        } else {
                            PyObj v = big(ts, (long) (r % 40) * 1_000_000 + r);
                            d.putStr(key, v, ts);
                            RefCount.decref(v, ts);
                        }
                        ts.serviceEvalBreaker();
                    }
                } finally {
                    done.set(true);
                }
                return;
            }
            while (!done.get()) {
                PyObj it = new PyDictIter(ts, d, PyDictIter.ITEMS, false);
                try {
                    Workers.expect(ts, () -> {
                        PyObj item;
                        while ((item = it.next(ts)) != null) {
                            PyTuple t = (PyTuple) item;
                            String k = ((PyStr) t.get(0)).value;
                            assertEquals(Integer.parseInt(k.substring(1)), valueOf(t.get(1)) / 1_000_000);
                            RefCount.decref(item, ts);
                        }
                    }, "RuntimeError: dictionary changed size during iteration",
                            "RuntimeError: dictionary keys changed during iteration");
                } finally {
                    RefCount.decref(it, ts);
                }
            }
        });
        RefCount.decref(d, MAIN);
        Workers.assertNoLeaks(before);
    }

    /** {@code list(d.items())} copies in one section with the dict locked: no "changed size" error, every pair its own. */
    @Test
    void listOfDictItemsIsAnAtomicSnapshot() {
        LeakReport before = Workers.baseline();
        PyDict d = new PyDict(MAIN);
        AtomicBoolean done = new AtomicBoolean();
        Workers.run(2, (ts, w) -> {
            if (w == 0) {
                try {
                    for (int r = 0; r < 30_000; r++) {
                        PyStr key = PyStr.intern("k" + (r % 40));
                        if (r % 3 == 2) {
                            PyObj old = d.popStr(key, ts);
                            if (old != null) RefCount.decref(old, ts);
                        } else {
                            PyObj v = big(ts, (long) (r % 40) * 1_000_000 + r);
                            d.putStr(key, v, ts);
                            RefCount.decref(v, ts);
                        }
                        ts.serviceEvalBreaker();
                    }
                } finally {
                    done.set(true);
                }
                return;
            }
            PyObj items = new PyDictView(ts, d, PyDictIter.ITEMS);
            while (!done.get()) {
                PyList l = new PyList(ts);
                l.extend(ts, items);
                for (int i = 0; i < l.size(); i++) {
                    PyTuple t = (PyTuple) l.get(i);
                    String k = ((PyStr) t.get(0)).value;
                    assertEquals(Integer.parseInt(k.substring(1)), valueOf(t.get(1)) / 1_000_000);
                }
                RefCount.decref(l, ts);
            }
            RefCount.decref(items, ts);
        });
        RefCount.decref(d, MAIN);
        Workers.assertNoLeaks(before);
    }

    // ==== set ====

    @Test
    void setAddsAreExactAndPopsAndDiscardsTakeEachOnce() {
        LeakReport before = Workers.baseline();
        int threads = 4, n = 10_000;
        PySet s = PySet.newSet(MAIN);
        Workers.run(threads, (ts, w) -> {
            for (int i = 0; i < n; i++) {
                PyObj v = big(ts, (long) w * n + i);
                s.add(ts, v);
                s.add(ts, v); // a duplicate must not count
                RefCount.decref(v, ts);
            }
        });
        assertEquals(threads * n, s.size());
        AtomicIntegerArray taken = new AtomicIntegerArray(threads * n);
        Workers.run(threads, (ts, w) -> {
            if (w < 2) {
                // discard by value: each of the two discarders tries every key of its half
                for (int i = w; i < threads * n; i += 2) {
                    PyObj v = big(ts, i);
                    if (s.discardKey(ts, v)) taken.incrementAndGet(i);
                    RefCount.decref(v, ts);
                }
            } else {
                PyObj[] got = new PyObj[1];
                while (Workers.expect(ts, () -> got[0] = s.pop(ts), "KeyError: 'pop from an empty set'", "KeyError: pop from an empty set")) {
                    taken.incrementAndGet((int) valueOf(got[0]));
                    RefCount.decref(got[0], ts);
                }
            }
        });
        assertEquals(0, s.size());
        for (int i = 0; i < threads * n; i++) assertEquals(1, taken.get(i), "key " + i);
        RefCount.decref(s, MAIN);
        Workers.assertNoLeaks(before);
    }

    @Test
    void setOperatorsBetweenSharedSetsSeeConsistentOperands() {
        LeakReport before = Workers.baseline();
        PySet a = PySet.newSet(MAIN), b = PySet.newSet(MAIN);
        Workers.run(3, (ts, w) -> {
            for (int r = 0; r < 5_000; r++) {
                PyObj v = big(ts, r % 100);
                switch (w) {
                    case 0 -> {
                        a.add(ts, v);
                        b.discardKey(ts, v);
                    }
                    case 1 -> {
                        b.add(ts, v);
                        a.discardKey(ts, v);
                    }
                    default -> {
                        for (PyObj res : new PyObj[] {PySet.setOp(ts, 7, a, b), PySet.setOp(ts, 1, a, b),
                                PySet.setOp(ts, 10, a, b), PySet.setOp(ts, 12, a, b)}) {
                            PySet rs = (PySet) res;
                            assertTrue(rs.size() <= 200);
                            for (PyObj x : rs.snapshot(ts)) {
                                assertTrue(valueOf(x) < 100);
                                RefCount.decref(x, ts);
                            }
                            RefCount.decref(res, ts);
                        }
                        a.updateInternal(ts, b);
                    }
                }
                RefCount.decref(v, ts);
                ts.serviceEvalBreaker();
            }
        });
        RefCount.decref(a, MAIN);
        RefCount.decref(b, MAIN);
        Workers.assertNoLeaks(before);
    }

    // ==== instance __dict__ and the eval loop ====

    private static PyModule module(String source) {
        return Interpreter.execModule(MAIN, "concurrent_test_" + Integer.toHexString(source.hashCode()), "<test>", source);
    }

    private static PyObj global(PyModule m, String name) {
        PyObj v = m.dict.getStrRef(PyStr.intern(name), MAIN);
        assertNotNull(v, name);
        return v;
    }

    /** Two threads set the first attributes of fresh objects at once: the __dict__ made on demand must be one, keeping both. */
    @Test
    void firstAttributesFromTwoThreadsShareOneDict() {
        PyModule m = module("class C:\n    pass\n");
        PyObj cls = global(m, "C");
        LeakReport before = Workers.baseline();
        int rounds = 8_000;
        PyObj[] objs = new PyObj[rounds];
        for (int r = 0; r < rounds; r++) objs[r] = Ops.call(MAIN, cls);
        // a spinning two-party barrier: a parking one wakes the threads microseconds apart, far
        // wider than the race it should line up (two first stores into one object)
        java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
        Workers.run(2, (ts, w) -> {
            PyStr name = PyStr.intern("a" + w);
            for (int r = 0; r < rounds; r++) {
                arrived.incrementAndGet();
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (arrived.get() < 2 * (r + 1)) {
                    if (System.nanoTime() > deadline) throw new AssertionError("partner gone");
                    // a safe point, as a Python loop has: the partner's first store may have to
                    // stop the world (to turn the class's biased dicts off)
                    ts.serviceEvalBreaker();
                    Thread.onSpinWait();
                }
                PyObj v = big(ts, r);
                Ops.setAttr(ts, objs[r], name, v);
                RefCount.decref(v, ts);
                PyObj got = Ops.getAttr(ts, objs[r], name);
                assertEquals(r, valueOf(got));
                RefCount.decref(got, ts);
            }
        });
        for (int r = 0; r < rounds; r++) {
            for (int w = 0; w < 2; w++) {
                PyObj got = Ops.getAttr(MAIN, objs[r], PyStr.intern("a" + w));
                assertEquals(r, valueOf(got), "attribute a" + w + " of object " + r + " lost");
                RefCount.decref(got, MAIN);
            }
            RefCount.decref(objs[r], MAIN);
        }
        Workers.assertNoLeaks(before);
        RefCount.decref(cls, MAIN);
    }

    /** The same races through the real eval loop: Python functions called from four threads. */
    @Test
    void pythonCodeOnFourThreadsKeepsExactCounts() {
        PyModule m = module("""
                shared = []
                table = {}
                def produce(base, n):
                    for i in range(n):
                        shared.append(base + i)
                        table[base + i] = base + i
                def consume(out):
                    while True:
                        try:
                            x = shared.pop()
                        except IndexError:
                            return
                        out.append(x)
                        if table.get(x) != x:
                            raise AssertionError(x)
                        del table[x]
                """);
        PyObj produce = global(m, "produce"), consume = global(m, "consume");
        PyObj shared = global(m, "shared"), table = global(m, "table");
        int n = 5_000;
        Workers.run(4, (ts, w) -> {
            PyObj base = PyInt.of(ts, BASE + (long) w * n), count = PyInt.of(ts, n);
            RefCount.decref(Ops.call(ts, produce, base, count), ts);
            RefCount.decref(base, ts);
            RefCount.decref(count, ts);
        });
        assertEquals(4 * n, ((PyList) shared).size());
        assertEquals(4 * n, ((PyDict) table).size());
        PyList[] outs = new PyList[4];
        for (int i = 0; i < 4; i++) outs[i] = new PyList(MAIN);
        Workers.run(4, (ts, w) -> RefCount.decref(Ops.call(ts, consume, outs[w]), ts));
        assertEquals(0, ((PyList) shared).size());
        assertEquals(0, ((PyDict) table).size());
        boolean[] seen = new boolean[4 * n];
        int total = 0;
        for (PyList out : outs) {
            for (int i = 0; i < out.size(); i++) {
                int v = (int) valueOf(out.get(i));
                assertFalse(seen[v], "popped twice: " + v);
                seen[v] = true;
                total++;
            }
            RefCount.decref(out, MAIN);
        }
        assertEquals(4 * n, total);
        for (PyObj o : new PyObj[] {produce, consume, shared, table}) RefCount.decref(o, MAIN);
    }
}
