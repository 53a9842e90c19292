package skein.stress.support;

import skein.gc.RefcountPolicy;
import skein.gc.RuntimeConfig;

/**
 * Makes sure a harness runs under the refcount policy the run asked for.
 *
 * <p>The policy reaches the forked test VMs as {@code -Dskein.refcount=...} through jcstress's
 * {@code -jvmArgsPrepend}; the expectation reaches them by a second, independent channel, the
 * environment variable {@value #ENV} (forks inherit the environment). If either channel
 * fails, the two disagree and every harness's state constructor throws, so the run reports
 * errors instead of passing under the wrong policy. Unset, the expectation is the default
 * policy, {@code biased}, so a bare {@code java -jar jcstress.jar} run works.
 */
public final class Policy {
    public static final String ENV = "SKEIN_STRESS_POLICY";

    /** The policy the run asked for. */
    public static final RefcountPolicy EXPECTED;
    /** Why this VM is not fit to run the harnesses, or null. */
    private static final String PROBLEM;

    static {
        String env = System.getenv(ENV);
        RefcountPolicy expected = null;
        String problem = null;
        try {
            expected = RefcountPolicy.parse(env == null || env.isBlank() ? "biased" : env);
        } catch (IllegalArgumentException e) {
            problem = ENV + ": " + e.getMessage();
        }
        if (problem == null && RuntimeConfig.POLICY != expected) {
            problem = "this test VM runs refcount policy " + RuntimeConfig.POLICY.cliName()
                    + " (-D" + RuntimeConfig.POLICY_PROPERTY + "=" + System.getProperty(RuntimeConfig.POLICY_PROPERTY)
                    + ") but the run asked for " + expected.cliName() + " (" + ENV + "=" + env
                    + "). The policy reaches the test VMs as -jvmArgsPrepend \"-D" + RuntimeConfig.POLICY_PROPERTY
                    + "=P\" and the expectation as the environment variable " + ENV + "=P: set both to the same P "
                    + "(scripts/jcstress.sh --policy P does)";
        }
        EXPECTED = expected;
        PROBLEM = problem;
    }

    private Policy() {}

    /** Throws unless the VM runs the policy the run asked for. Call from every harness's state constructor. */
    public static void check() {
        if (PROBLEM != null) throw new IllegalStateException(PROBLEM);
    }

    /** {@link #check}, and the harness is about biased counting only (queues, merges). */
    public static void requireBiased() {
        check();
        if (RuntimeConfig.POLICY != RefcountPolicy.BIASED) {
            throw new IllegalStateException("this harness tests biased reference counting only, but the VM runs "
                    + RuntimeConfig.POLICY.cliName() + "; run it without -D" + RuntimeConfig.POLICY_PROPERTY
                    + " or with =biased");
        }
    }

    /** 0 for biased, 1 for atomic, 2 for plain: the policy column of policy-dependent results. */
    public static int code() {
        return RuntimeConfig.POLICY.ordinal();
    }
}
