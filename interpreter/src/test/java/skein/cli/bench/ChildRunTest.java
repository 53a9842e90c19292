package skein.cli.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What a finished process's output turns into; no process is started. */
class ChildRunTest {
    @TempDir
    Path dir;

    ChildRun child() {
        return new ChildRun(dir.resolve("scaling.py"), dir, dir, "python3", 60, List.of());
    }

    Path metrics(String mode, String refcount) throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, KeyCountersTest.REPORT.replace("\"free-threaded\"", "\"" + mode + "\"")
                .replace("\"biased\"", "\"" + refcount + "\""));
        return f;
    }

    @Test
    void theResultLineGivesTimeChecksumAndCounters() throws Exception {
        RunResult r = child().judge("pymethod", Mode.BIASED, 2, 1, 3.5, 0, true,
                "something else\nelapsed 1.250000 checksum 12345\n", "", metrics("free-threaded", "biased"));
        assertTrue(r.ok(), r.error());
        assertEquals(1.25, r.seconds());
        assertEquals("12345", r.checksum());
        assertEquals(203L, r.counters().get("shared_rc"));
    }

    @Test
    void failuresSayWhy() throws Exception {
        Path m = metrics("free-threaded", "biased");
        assertEquals("exit 1: thread 0: ValueError: boom",
                child().judge("w", Mode.BIASED, 2, 1, 1, 1, true, "", "Traceback\nthread 0: ValueError: boom\n\n", m).error());
        assertEquals("timed out after 60 s", child().judge("w", Mode.BIASED, 2, 1, 60, -1, false, "", "", m).error());
        assertEquals("no result line; printed: hello", child().judge("w", Mode.BIASED, 2, 1, 1, 0, true, "hello\n", "", m).error());
    }

    @Test
    void aRunInTheWrongModeFails() throws Exception {
        // e.g. PYTHON_GIL=1 leaking into a free-threaded run
        RunResult r = child().judge("w", Mode.BIASED, 1, 1, 1, 0, true, "elapsed 1.0 checksum 1", "", metrics("GIL", "plain"));
        assertEquals("ran as GIL/plain, not free-threaded/biased", r.error());
        assertTrue(child().judge("w", Mode.GIL, 1, 1, 1, 0, true, "elapsed 1.0 checksum 1", "", metrics("GIL", "plain")).ok());
    }

    @Test
    void cpythonRunsHaveNoMetrics() {
        RunResult r = child().judge("w", Mode.PYTHON3, 1, 1, 1, 0, true, "elapsed 0.5 checksum 1", "", dir.resolve("absent.json"));
        assertTrue(r.ok(), r.error());
        assertTrue(r.counters().isEmpty());
    }
}
