package skein.cli.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static skein.cli.bench.Fixtures.ok;

class SummaryTest {
    @Test
    void speedupIsOneThreadTimeTimesThreadsOverNThreadTime() {
        assertEquals(2.0, Summary.speedup(1.0, 2, 1.0), 1e-12);      // twice the work in the same time
        assertEquals(1.0, Summary.speedup(1.0, 2, 2.0), 1e-12);      // no scaling
        assertEquals(3.0, Summary.speedup(0.5, 4, 2.0 / 3.0), 1e-12);
        assertTrue(Double.isNaN(Summary.speedup(Double.NaN, 2, 1.0)));
        assertTrue(Double.isNaN(Summary.speedup(1.0, 2, 0.0)));
    }

    @Test
    void bestRunCountsAndSpeedupIsPerMode() {
        List<RunResult> runs = List.of(
                ok("w", Mode.BIASED, 1, 1, 1.2, "7"), ok("w", Mode.BIASED, 1, 2, 1.0, "7"),
                ok("w", Mode.BIASED, 2, 1, 1.25, "7"), ok("w", Mode.BIASED, 2, 2, 1.6, "7"),
                ok("w", Mode.GIL, 1, 1, 0.9, "7"), ok("w", Mode.GIL, 2, 1, 1.8, "7"));
        Summary s = new Summary(List.of("w"), List.of(Mode.GIL, Mode.BIASED), List.of(1, 2), runs);
        assertEquals(1.0, s.cell("w", Mode.BIASED, 1).best(), 1e-12);
        assertEquals(0.2, s.cell("w", Mode.BIASED, 1).spread(), 1e-12);
        assertEquals(1.6, s.speedup("w", Mode.BIASED, 2), 1e-12);     // 1.0 x 2 / 1.25
        assertEquals(1.0, s.speedup("w", Mode.GIL, 2), 1e-12);        // 0.9 x 2 / 1.8
        assertEquals(1.0, s.speedup("w", Mode.GIL, 1), 1e-12);
        assertEquals(0.9 / 1.0, s.ratio("w", Mode.GIL, Mode.BIASED, 1), 1e-12);
        assertTrue(Double.isNaN(s.cell("w", Mode.GIL, 1).spread()), "one run has no spread");
        assertEquals(List.of(), s.problems());
    }

    @Test
    void aDisagreeingChecksumIsAProblemNamingBothRuns() {
        List<RunResult> runs = List.of(ok("w", Mode.GIL, 1, 1, 1.0, "42"), ok("w", Mode.BIASED, 2, 1, 1.0, "43"),
                ok("v", Mode.GIL, 1, 1, 1.0, "5"), ok("v", Mode.PYTHON3, 1, 1, 1.0, "5"));
        Summary s = new Summary(List.of("w", "v"), List.of(Mode.GIL, Mode.BIASED, Mode.PYTHON3), List.of(1, 2), runs);
        assertEquals(1, s.problems().size(), s.problems().toString());
        String p = s.problems().get(0);
        assertTrue(p.startsWith("w: checksums disagree: 43 (w biased 2 threads run 1) != 42 (w gil 1 thread run 1)"), p);
    }

    @Test
    void threadsThatDisagreeAndFailedRunsAreProblems() {
        List<RunResult> runs = List.of(ok("w", Mode.BIASED, 1, 1, 1.0, "42"), ok("w", Mode.BIASED, 2, 1, 1.0, "mismatch:42,41"),
                RunResult.failed("w", Mode.ATOMIC, 2, 1, 3.0, "exit 1: thread 1: MemoryError"));
        Summary s = new Summary(List.of("w"), List.of(Mode.ATOMIC, Mode.BIASED), List.of(1, 2), runs);
        assertEquals(List.of("w atomic 2 threads run 1: exit 1: thread 1: MemoryError",
                "w biased 2 threads run 1: the threads' results differ (mismatch:42,41)"), s.problems());
        assertFalse(s.cell("w", Mode.ATOMIC, 2).ok());
        assertTrue(Double.isNaN(s.speedup("w", Mode.ATOMIC, 2)));
    }

    @Test
    void geomeanSkipsMissingValues() {
        assertEquals(2.0, Summary.geomean(List.of(1.0, 4.0, Double.NaN)), 1e-12);
        assertTrue(Double.isNaN(Summary.geomean(List.of(Double.NaN))));
    }
}
