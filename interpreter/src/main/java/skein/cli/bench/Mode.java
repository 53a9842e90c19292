package skein.cli.bench;

import java.util.List;

/**
 * How one configuration runs: Skein under its GIL, Skein free-threaded with atomic or biased
 * reference counts, or CPython ({@code --compare python3}) as a reference series.
 *
 * <p>Skein has no switch for deferred reference counts or per-thread class refcounts (both are
 * always on), so they are not modes here: what they buy shows only in the workloads that would
 * need them (pyfunction, create_pyobject).
 */
public enum Mode {
    GIL("gil", List.of("--gil"), "GIL/plain"),
    ATOMIC("atomic", List.of("--refcount", "atomic"), "free-threaded/atomic"),
    BIASED("biased", List.of("--refcount", "biased"), "free-threaded/biased"),
    PYTHON3("python3", List.of(), null);

    /** The name on the command line, in tables, files and charts. */
    public final String label;
    /** The options given to {@code skein} before {@code run} (none for CPython). */
    public final List<String> skeinOptions;
    /** What a run in this mode reports as "mode/refcount" in its metrics (checked: an env var cannot change it unseen). */
    public final String reported;

    Mode(String label, List<String> skeinOptions, String reported) {
        this.label = label;
        this.skeinOptions = skeinOptions;
        this.reported = reported;
    }

    /** Whether this configuration runs Skein (and so has contention metrics). */
    public boolean isSkein() {
        return this != PYTHON3;
    }

    /** The Skein mode called {@code label} (not python3: that one is --compare), or null. */
    public static Mode skeinMode(String label) {
        for (Mode m : values()) {
            if (m.isSkein() && m.label.equals(label)) return m;
        }
        return null;
    }
}
