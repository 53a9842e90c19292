package skein.gc;

import skein.metrics.ThreadCounters;

/**
 * Process-wide choices read once, at class initialisation, from system properties.
 *
 * <p>They are {@code static final} on purpose: HotSpot treats them as constants, so
 * {@code if (POLICY == BIASED)} and {@code if (CHECKING)} on the refcount hot path fold
 * away in compiled code and the choice costs nothing (the JMH benchmark
 * {@code PolicyDispatchBenchmark} measures that). The command line sets the properties
 * before any class of this package is loaded; {@link #requirePolicy} catches a late change.
 */
public final class RuntimeConfig {
    public static final String POLICY_PROPERTY = "skein.refcount";
    public static final String CHECKING_PROPERTY = "skein.checking";
    public static final String GIL_PROPERTY = "skein.gil";

    /**
     * {@code -Dskein.gil=true}: one global lock serialises Python threads (the baseline free
     * threading is compared against). Critical sections then cost nothing, and the default
     * refcount policy is {@code plain}.
     */
    public static final boolean GIL = Boolean.getBoolean(GIL_PROPERTY);

    /** {@code -Dskein.refcount=biased|atomic|plain}; biased by default, plain under the GIL. */
    public static final RefcountPolicy POLICY =
            RefcountPolicy.parse(System.getProperty(POLICY_PROPERTY, GIL ? "plain" : "biased"));

    /**
     * {@code -Dskein.checking=true}: use after free, double free, incref of a freed object
     * and negative counts throw {@link RefcountError}; shutdown reports leaks.
     */
    public static final boolean CHECKING = Boolean.getBoolean(CHECKING_PROPERTY);

    /** Per-type allocation tallies are kept when metrics count or when checking needs them for leaks. */
    static final boolean TALLY = CHECKING || ThreadCounters.ENABLED;

    private RuntimeConfig() {}

    /** Fails if the policy was fixed (by an earlier class initialisation) to something else. */
    public static void requirePolicy(RefcountPolicy wanted) {
        if (POLICY != wanted) {
            throw new IllegalStateException("refcount policy is already " + POLICY.cliName()
                    + " in this process; start a new one with -D" + POLICY_PROPERTY + "=" + wanted.cliName());
        }
    }
}
