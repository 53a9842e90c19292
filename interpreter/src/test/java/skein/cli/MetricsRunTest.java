package skein.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code skein run --metrics}, each run in a fresh JVM as a user runs it (hot-object sampling is
 * a constant fixed at start-up): the JSON parses and holds what two threads sharing a list and a
 * dict must produce, Prometheus text comes out, the program's stdout and exit status do not change,
 * bad options exit 2 with one line.
 */
class MetricsRunTest {
    static Path dir;

    /** Two threads start together, read one shared list and dict, and append to one shared list. */
    static final String SHARING = """
            import threading
            shared = list(range(100))
            table = {"a": 1, "b": 2}
            out = []
            start = threading.Barrier(2)

            def worker(n):
                start.wait()
                total = 0
                for i in range(60000):
                    total += shared[i % 100] + table["a"]
                    out.append(i)
                    if len(out) > 1000:
                        out.clear()

            ts = [threading.Thread(target=worker, args=(k,), name="worker-%d" % k) for k in range(2)]
            for t in ts: t.start()
            for t in ts: t.join()
            print("done", len(shared))
            """;

    static final String EXITS = """
            import sys
            print("hello")
            print("to stderr", file=sys.stderr)
            sys.exit(3)
            """;

    static final String RAISES = """
            print("before")
            raise ValueError("boom")
            """;

    @BeforeAll
    static void writePrograms() throws Exception {
        dir = Files.createTempDirectory("skein-metrics");
        Files.writeString(dir.resolve("sharing.py"), SHARING);
        Files.writeString(dir.resolve("exits.py"), EXITS);
        Files.writeString(dir.resolve("raises.py"), RAISES);
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    record Result(int status, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    static Result skein(String... args) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xss8m", "-XX:TieredStopAtLevel=1", "-cp", cp, "skein.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail("skein " + String.join(" ", args) + " did not finish");
        }
        Result r = new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
        assertFalse(r.err().contains("\tat "), "a Java stack trace reached the user:\n" + r.err());
        return r;
    }

    static JsonNode meter(JsonNode root, String name, String... tags) {
        for (JsonNode m : root.get("meters")) {
            if (!m.get("name").asText().equals(name)) continue;
            boolean all = true;
            for (int i = 0; i < tags.length; i += 2) all &= tags[i + 1].equals(m.at("/tags/" + tags[i]).asText());
            if (all) return m;
        }
        throw new AssertionError("no meter " + name + " " + String.join(",", tags));
    }

    static long value(JsonNode root, String name, String... tags) {
        return meter(root, name, tags).get("value").asLong();
    }

    @Test
    void jsonOfTwoThreadsSharingObjects() throws Exception {
        Result r = skein("run", "--metrics=json", "--metrics-out", "m.json", "sharing.py");
        assertEquals(0, r.status(), r.err());
        assertEquals("done 100\n", r.outText());
        assertEquals("", r.err(), "with --metrics-out nothing goes to stderr");
        JsonNode root = new ObjectMapper().readTree(dir.resolve("m.json").toFile());
        assertEquals(0, root.at("/run/exitCode").asInt());
        assertEquals("free-threaded", root.at("/run/mode").asText());
        assertEquals("biased", root.at("/run/refcount").asText());
        assertTrue(root.at("/run/threads").asInt() >= 3, root.get("run").toString());

        long local = value(root, "skein.refcount.ops", "op", "incref", "path", "local");
        long shared = value(root, "skein.refcount.ops", "op", "incref", "path", "shared");
        assertTrue(local > 0, "local increfs: " + local);
        // each worker reads the main thread's list and dict 60,000 times: non-owner increfs
        assertTrue(shared >= 2 * 60000, "shared increfs: " + shared);
        assertTrue(value(root, "skein.objects.freed", "type", "int") > 0);
        long mutex = value(root, "skein.lock.acquire", "lock", "object", "contended", "false")
                + value(root, "skein.lock.acquire", "lock", "object", "contended", "true");
        assertTrue(mutex >= 2 * 60000, "the appends lock the list: " + mutex);
        assertTrue(value(root, "skein.lock.acquire", "lock", "lock", "contended", "false") > 0, "threading uses _thread locks");
        // the workers' loops got hot: their code ran compiled to JVM bytecode, and nothing was too large
        JsonNode jit = meter(root, "skein.jit.compile");
        assertTrue(jit.get("count").asLong() >= 1 && jit.get("totalSeconds").asDouble() > 0, jit.toString());
        assertEquals(0, value(root, "skein.jit.declined"));

        // per thread, under the names threading gave them
        long w0 = value(root, "skein.thread.refcount.ops", "thread", "worker-0", "op", "incref", "path", "shared");
        long w1 = value(root, "skein.thread.refcount.ops", "thread", "worker-1", "op", "incref", "path", "shared");
        assertTrue(w0 >= 60000 && w1 >= 60000, w0 + " " + w1);
        assertTrue(meter(root, "skein.thread.lock.wait", "thread", "MainThread", "lock", "lock").get("count").asLong() > 0,
                "the main thread waited for the workers (join)");

        // the hot objects are the shared list being appended to, the list read, the dict read
        JsonNode hot = root.at("/hotObjects/sharedRefcount");
        assertTrue(root.at("/hotObjects/enabled").asBoolean());
        assertTrue(hot.size() >= 3, hot.toString());
        List<String> top3 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode h = hot.get(i);
            top3.add(h.get("type").asText());
            assertTrue(h.get("estimatedEvents").asLong() > 1000, h.toString());
            assertEquals("MainThread", h.get("owner").asText(), h.toString());
            assertTrue(h.get("firstSeenAt").asText().matches("sharing\\.py:1[1-4] \\(worker\\)"), h.toString());
        }
        assertEquals(List.of("dict", "list", "list"), top3.stream().sorted().toList(), hot.toString());
        assertTrue(hot.get(0).get("repr").asText().startsWith("<"), "no user repr: " + hot.get(0));
    }

    @Test
    void twoThreadsAppendingToOneListContendForItsLock() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "contention needs two threads running at once");
        // Contention is a matter of timing: allow a few runs for the two appenders to overlap.
        JsonNode root = null;
        long contended = 0;
        for (int attempt = 0; attempt < 3 && contended == 0; attempt++) {
            Result r = skein("run", "--metrics=json", "--metrics-out", "c.json", "sharing.py");
            assertEquals(0, r.status(), r.err());
            root = new ObjectMapper().readTree(dir.resolve("c.json").toFile());
            contended = value(root, "skein.lock.acquire", "lock", "object", "contended", "true");
        }
        assertTrue(contended > 0, "no contended list mutex in 3 runs");
        JsonNode wait = meter(root, "skein.lock.wait", "lock", "object");
        assertEquals(contended, wait.get("count").asLong());
        assertTrue(wait.get("totalSeconds").asDouble() > 0);
        JsonNode lock = root.at("/hotObjects/contendedLocks/0");
        assertEquals("list", lock.get("type").asText(), root.get("hotObjects").toString());
        assertTrue(lock.get("firstSeenAt").asText().startsWith("sharing.py:"), lock.toString());
    }

    @Test
    void prometheusTextOnStderr() throws Exception {
        Result r = skein("run", "--metrics=prometheus", "sharing.py");
        assertEquals(0, r.status(), r.err());
        assertEquals("done 100\n", r.outText());
        assertTrue(r.err().contains("# TYPE skein_refcount_ops_total counter"), r.err());
        assertTrue(r.err().matches("(?s).*\\nskein_refcount_ops_total\\{op=\"incref\",path=\"shared\"} [1-9][0-9.E]*\\n.*"), r.err());
        assertTrue(r.err().contains("skein_lock_wait_seconds_count{lock=\"object\"}"), r.err());
        assertTrue(r.err().contains("skein_hot_shared_refcount{"), r.err());
        assertTrue(r.err().contains("skein_thread_refcount_ops_total{op=\"incref\",path=\"shared\",thread=\"worker-0\"}"), r.err());
    }

    @Test
    void stdoutAndExitStatusAreTheProgramsOwn() throws Exception {
        Result plain = skein("run", "exits.py");
        Result measured = skein("run", "--metrics", "exits.py");
        assertEquals(3, plain.status());
        assertEquals(3, measured.status());
        assertArrayEquals(plain.out(), measured.out());
        assertTrue(measured.err().startsWith("to stderr\nskein metrics: exits.py (exit status 3,"), measured.err());
        assertTrue(measured.err().contains("skein.refcount.ops"), measured.err());

        Result raised = skein("run", "--metrics=json", "raises.py");
        assertEquals(1, raised.status());
        assertEquals("before\n", raised.outText());
        int brace = raised.err().indexOf("{");
        assertTrue(raised.err().substring(0, brace).endsWith("ValueError: boom\n"), raised.err());
        JsonNode root = new ObjectMapper().readTree(raised.err().substring(brace));
        assertEquals(1, root.at("/run/exitCode").asInt());

        Result code = skein("--gil", "run", "--metrics", "-c", "print('hi')");
        assertEquals(0, code.status());
        assertEquals("hi\n", code.outText());
        assertTrue(code.err().startsWith("skein metrics: -c (exit status 0, "), code.err());
        assertTrue(code.err().contains("GIL, refcount plain"), code.err());
    }

    @Test
    void badOptionsExitTwoWithOneLine() throws Exception {
        Result xml = skein("run", "--metrics=xml", "exits.py");
        assertEquals(2, xml.status());
        assertEquals("skein run: --metrics takes table, json or prometheus, not 'xml'\n", xml.err());
        assertEquals(0, xml.out().length, "the program did not run");

        Result dirOut = skein("run", "--metrics", "--metrics-out", "no/such/dir/m.json", "exits.py");
        assertEquals(2, dirOut.status());
        assertEquals("skein run: cannot write the metrics to 'no/such/dir/m.json': no such file or directory\n", dirOut.err());
        assertEquals(0, dirOut.out().length);
    }
}
