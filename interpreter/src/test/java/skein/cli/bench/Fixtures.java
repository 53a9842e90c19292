package skein.cli.bench;

import java.util.Map;

/** Fake runs for the tests of the summary and the writers: no process is started. */
final class Fixtures {
    private Fixtures() {}

    static RunResult ok(String w, Mode m, int t, int run, double s, String checksum) {
        Map<String, Long> counters = m.isSkein() ? Map.of("shared_rc", 10L * t, "brc_queued", 1L, "contended_cs", 0L,
                "gil_switches", m == Mode.GIL ? 5L : 0L) : Map.of();
        return new RunResult(w, m, t, run, s, s + 0.5, checksum, counters, null);
    }
}
