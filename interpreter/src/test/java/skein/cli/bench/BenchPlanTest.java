package skein.cli.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BenchPlanTest {
    static BenchPlan parse(String workloads, String threads, String modes, Integer runs, boolean quick)
            throws BenchPlan.UsageException {
        return BenchPlan.parse(workloads, threads, modes, runs, quick, 1.0, null, null, 600, 2);
    }

    static String error(String workloads, String threads, String modes, Integer runs) {
        return assertThrows(BenchPlan.UsageException.class, () -> parse(workloads, threads, modes, runs, false)).getMessage();
    }

    @Test
    void defaultsAreEveryWorkloadOneToTheCoresThreeModesThreeRuns() throws Exception {
        BenchPlan p = parse(null, null, null, null, false);
        assertEquals(Workload.ALL, p.workloads());
        assertEquals(List.of(1, 2), p.threads());
        assertEquals(List.of(Mode.GIL, Mode.ATOMIC, Mode.BIASED), p.modes());
        assertEquals(3, p.runs());
        assertTrue(p.out().startsWith(Path.of("bench-results")), p.out().toString());
        assertEquals(1, parse(null, null, null, null, true).runs(), "--quick runs once");
        assertEquals(Workload.ALL.size() * 2 * 4 * 3, p.processCount(true));
    }

    @Test
    void listsAreTrimmedDeduplicatedAndThreadsSortedWithOneAdded() throws Exception {
        BenchPlan p = parse(" pymethod,pymethod , deepcopy", "4,2", "biased,gil", 2, false);
        assertEquals(List.of("pymethod", "deepcopy"), p.workloads().stream().map(Workload::name).toList());
        assertEquals(List.of(1, 2, 4), p.threads());
        assertEquals(List.of(Mode.BIASED, Mode.GIL), p.modes());
        assertEquals(1, p.notes().size(), "says that 1 was added");
    }

    @Test
    void scaleMultipliesTheUnitsAndNeverGoesBelowOne() throws Exception {
        Workload w = Workload.named("pymethod");
        assertEquals(w.defaultN() / 2, BenchPlan.parse(null, null, null, null, false, 0.5, null, null, 600, 2).units(w));
        assertEquals(w.quickN(), BenchPlan.parse(null, null, null, null, true, 1.0, null, null, 600, 2).units(w));
        assertEquals(1, BenchPlan.parse(null, null, null, null, false, 1e-9, null, null, 600, 2).units(w));
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertTrue(error("pymethod,nope", null, null, null).startsWith("no workload 'nope' (have: pymethod, "));
        assertEquals("--threads takes thread counts like 1,2,4, not 'two'", error(null, "1,two", null, null));
        assertEquals("--threads: 0 is not between 1 and 256", error(null, "0", null, null));
        assertEquals("--threads needs at least one value", error(null, ",", null, null));
        assertEquals("--modes takes gil, atomic and biased, not 'python3' (CPython is --compare python3)",
                error(null, null, "gil,python3", null));
        assertEquals("--modes takes gil, atomic and biased, not 'plain'", error(null, null, "plain", null));
        assertEquals("--runs must be at least 1, not 0", error(null, null, null, 0));
        assertEquals("--compare needs a command, e.g. --compare python3", assertThrows(BenchPlan.UsageException.class,
                () -> BenchPlan.parse(null, null, null, null, false, 1.0, " ", null, 600, 2)).getMessage());
        assertEquals("--scale must be above 0 and at most 1000, not 0.0", assertThrows(BenchPlan.UsageException.class,
                () -> BenchPlan.parse(null, null, null, null, false, 0, null, null, 600, 2)).getMessage());
    }
}
