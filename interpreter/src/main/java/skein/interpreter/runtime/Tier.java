package skein.interpreter.runtime;

import skein.interpreter.objects.PyCode;
import skein.metrics.ThreadCounters;

/**
 * When the eval loop hands a code object to the JVM-bytecode tier ({@link CompiledCode}).
 *
 * <p>{@code -X jit=0} (system property {@code skein.jit=false}) keeps every program in the eval
 * loop: the baseline for measuring the tier, and what {@code skein trace} needs (it shows the
 * loop's stacks instruction by instruction). A code object is compiled when its frame entries
 * plus backward jumps taken while interpreted reach {@code skein.jit.threshold} (default 64;
 * 1 compiles everything on first entry, which the golden corpus uses to run every program's
 * code through the tier).
 */
public final class Tier {
    private Tier() {}

    public static final boolean ENABLED = !Tracer.ENABLED && !"false".equals(System.getProperty("skein.jit"));
    public static final int THRESHOLD = Math.max(1, Integer.getInteger("skein.jit.threshold", 64));

    /** Code objects the compiler declined (too large for one JVM method); never tried again. */
    private static final int DECLINED = Integer.MIN_VALUE / 2;

    /** Compiles {@code pc} now; null, and never again, if the compiler declines it. Counted in {@code skein.jit.*}. */
    static CompiledCode compile(PyThreadState ts, PyCode pc) {
        long t0 = System.nanoTime();
        CompiledCode cc = skein.interpreter.jit.Compiler.compile(pc);
        long took = System.nanoTime() - t0;
        if (cc == null) {
            pc.hotness = DECLINED;
            if (ThreadCounters.ENABLED) ts.counters.jitDeclined++;
        } else {
            pc.compiled = cc;
            if (ThreadCounters.ENABLED) {
                ThreadCounters c = ts.counters;
                c.jitCompiled++;
                c.jitCompileNanos += took;
                if (took > c.jitCompileMaxNanos) c.jitCompileMaxNanos = took;
            }
        }
        return cc;
    }
}
