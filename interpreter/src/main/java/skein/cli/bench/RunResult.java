package skein.cli.bench;

import java.util.Map;

/**
 * One process of the benchmark: a workload in one mode on a number of threads, the
 * {@code run}-th repeat. A run that failed has {@code error} set and no time or checksum.
 *
 * @param seconds      the threaded section's time, as the workload measured it (NaN if failed)
 * @param wallSeconds  the whole process, JVM start-up included
 * @param checksum     the workload's result line's checksum ({@code mismatch:...} if its threads disagreed)
 * @param counters     key contention counters from the run's {@code --metrics=json} report (empty for CPython)
 * @param error        why the run failed, or null
 */
public record RunResult(String workload, Mode mode, int threads, int run, double seconds, double wallSeconds,
                        String checksum, Map<String, Long> counters, String error) {

    public boolean ok() {
        return error == null;
    }

    /** What the run is, for messages: {@code pymethod biased 2 threads run 1}. */
    public String label() {
        return workload + " " + mode.label + " " + threads + (threads == 1 ? " thread" : " threads") + " run " + run;
    }

    static RunResult failed(String workload, Mode mode, int threads, int run, double wallSeconds, String error) {
        return new RunResult(workload, mode, threads, run, Double.NaN, wallSeconds, null, Map.of(), error);
    }
}
