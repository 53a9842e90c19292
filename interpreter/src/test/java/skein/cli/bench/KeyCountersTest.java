package skein.cli.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class KeyCountersTest {
    @TempDir
    Path dir;

    /** The shape of a --metrics=json report (RunReport), cut down to what matters here. */
    static final String REPORT = """
            {
              "run" : { "program" : "scaling.py", "mode" : "free-threaded", "refcount" : "biased", "exitCode" : 0, "threads" : 3 },
              "meters" : [
                { "name" : "skein.brc.queued", "tags" : { }, "type" : "counter", "value" : 7 },
                { "name" : "skein.lock.acquire", "tags" : { "contended" : "true", "lock" : "object" }, "type" : "counter", "value" : 11 },
                { "name" : "skein.lock.acquire", "tags" : { "contended" : "false", "lock" : "object" }, "type" : "counter", "value" : 900 },
                { "name" : "skein.lock.acquire", "tags" : { "contended" : "true", "lock" : "lock" }, "type" : "counter", "value" : 4 },
                { "name" : "skein.lock.wait", "tags" : { "lock" : "object" }, "type" : "timer", "count" : 11, "totalSeconds" : 0.5 },
                { "name" : "skein.refcount.ops", "tags" : { "op" : "decref", "path" : "shared" }, "type" : "counter", "value" : 100 },
                { "name" : "skein.refcount.ops", "tags" : { "op" : "incref", "path" : "shared" }, "type" : "counter", "value" : 103 },
                { "name" : "skein.refcount.ops", "tags" : { "op" : "incref", "path" : "local" }, "type" : "counter", "value" : 5 },
                { "name" : "skein.thread.refcount.ops", "tags" : { "thread" : "t", "op" : "incref", "path" : "shared" }, "type" : "counter", "value" : 50 }
              ],
              "hotObjects" : { "enabled" : true, "sharedRefcount" : [ { "type" : "dict", "threads" : [ "a", "b" ] } ] }
            }
            """;

    @Test
    void sumsTheMetersOfEachKeyAndReadsTheMode() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, REPORT);
        KeyCounters.Report r = KeyCounters.read(f);
        assertEquals("free-threaded", r.mode());
        assertEquals("biased", r.refcount());
        assertEquals(Map.of("shared_rc", 203L, "local_rc", 5L, "brc_queued", 7L, "contended_cs", 11L,
                "gil_switches", 0L, "gil_contended", 0L), r.counters());
    }

    @Test
    void aBrokenReportIsAnError() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "[1, 2]");
        assertThrows(java.io.IOException.class, () -> KeyCounters.read(f));
    }
}
