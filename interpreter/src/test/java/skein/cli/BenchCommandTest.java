package skein.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The command's answers that start no process: usage errors and the list. */
class BenchCommandTest {
    static void assertUsageError(String expected, String... args) {
        MainTest.Run r = MainTest.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat "), "no Java stack trace: " + r.err());
    }

    @Test
    void badOptionsExitTwoWithAMessage() {
        assertUsageError("skein bench: no workload 'nope'", "bench", "--workloads", "nope");
        assertUsageError("skein bench: --threads takes thread counts like 1,2,4, not 'x'", "bench", "--threads", "x");
        assertUsageError("skein bench: --modes takes gil, atomic and biased, not 'fast'", "bench", "--modes", "fast");
        assertUsageError("skein bench: --runs must be at least 1", "bench", "--runs", "0");
        assertUsageError("--runs", "bench", "--runs", "many");
        assertUsageError("Unknown option: '--frobnicate'", "bench", "--frobnicate");
        assertUsageError("choose the modes with --modes", "--gil", "bench");
    }

    @Test
    void listNamesEveryWorkload() {
        MainTest.Run r = MainTest.run("bench", "--list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("shared_list_append"), r.out());
        assertEquals(skein.cli.bench.Workload.ALL.size(), r.out().lines().count());
    }
}
