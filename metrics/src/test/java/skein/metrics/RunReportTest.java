package skein.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunReportTest {
    private static RunReport report() {
        CounterRegistry reg = new CounterRegistry();
        ThreadCounters main = reg.newThread("MainThread", 1), w = reg.newThread("Thread-1 (worker)", 2);
        main.increfLocal = 100;
        w.increfShared = 40;
        w.decrefShared = 2;
        w.lockContended = 3;
        w.lockWaitNanos = 3_000_000;
        w.lockWaitMaxNanos = 2_000_000;
        w.stwPauses = 2;
        w.stwTtspNanos = 50_000;
        Object hot = "the shared list";
        for (int i = 0; i < 5; i++) w.contendedLock(hot, 1000, 1);
        MetricsSnapshot s = MetricsSnapshot.take(reg);
        return new RunReport(s, new RunReport.RunInfo("prog.py", "free-threaded", "biased", 3, 1.5), null, List.of());
    }

    @Test
    void formatsParse() {
        assertEquals(RunReport.Format.JSON, RunReport.Format.parse("json"));
        assertEquals(RunReport.Format.PROMETHEUS, RunReport.Format.parse("Prometheus"));
        assertNull(RunReport.Format.parse("xml"));
    }

    @Test
    void jsonHoldsTheRunTheMetersAndTheHotLocks() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report().render(RunReport.Format.JSON));
        assertEquals(3, root.at("/run/exitCode").asInt());
        assertEquals("prog.py", root.at("/run/program").asText());
        assertEquals(2, root.at("/run/threads").asInt());
        JsonNode shared = find(root, "skein.refcount.ops", "path", "shared", "op", "incref");
        assertEquals("counter", shared.get("type").asText());
        assertEquals(40, shared.get("value").asLong());
        JsonNode wait = find(root, "skein.lock.wait", "lock", "lock");
        assertEquals("timer", wait.get("type").asText());
        assertEquals(3, wait.get("count").asLong());
        assertEquals(0.003, wait.get("totalSeconds").asDouble(), 1e-9);
        JsonNode perThread = find(root, "skein.thread.refcount.ops", "thread", "Thread-1 (worker)", "op", "decref", "path", "shared");
        assertEquals(2, perThread.get("value").asLong());
        JsonNode lock = root.at("/hotObjects/contendedLocks/0");
        assertEquals(5, lock.get("contended").asLong());
        assertEquals("MainThread", lock.get("owner").asText());
        assertEquals("Thread-1 (worker)", lock.at("/threads/0").asText());
    }

    private static JsonNode find(JsonNode root, String name, String... tags) {
        for (JsonNode m : root.get("meters")) {
            if (!m.get("name").asText().equals(name)) continue;
            boolean all = true;
            for (int i = 0; i < tags.length; i += 2) all &= tags[i + 1].equals(m.at("/tags/" + tags[i]).asText());
            if (all) return m;
        }
        throw new AssertionError("no meter " + name + " " + String.join(",", tags));
    }

    @Test
    void prometheusTextComesFromTheRegistry() {
        String text = report().render(RunReport.Format.PROMETHEUS);
        assertTrue(text.contains("# TYPE skein_refcount_ops_total counter"), text);
        assertTrue(text.contains("skein_refcount_ops_total{op=\"incref\",path=\"shared\"} 40.0"), text);
        assertTrue(text.contains("skein_lock_wait_seconds_count{lock=\"lock\"} 3"), text);
        assertTrue(text.contains("skein_safepoint_ttsp_seconds_sum 5.0E-5"), text);
        assertTrue(text.contains("skein_hot_lock_contended{"), text);
        assertTrue(text.contains("skein_run_exit_status 3.0"), text);
    }

    @Test
    void tableShowsNonZeroMetersAndThreads() {
        String t = report().render(RunReport.Format.TABLE);
        assertTrue(t.startsWith("skein metrics: prog.py (exit status 3, 1.500 s, free-threaded, refcount biased, 2 threads)"), t);
        assertTrue(t.matches("(?s).*skein\\.lock\\.wait +lock=lock +3, total 3\\.0 ms, mean 1\\.0 ms, max 2\\.0 ms.*"), t);
        assertTrue(t.contains("Thread-1 (worker)"), t);
        assertTrue(!t.contains("skein.gc.pause"), "zero meters are left out:\n" + t);
    }
}
