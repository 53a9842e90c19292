package skein.gc;

/**
 * How the runtime asks a thread to stop at its next safe point and do something: the bits
 * of CPython's eval breaker. The interpreter implements it with the flag word its eval loop
 * polls on backward jumps and calls; a plain Java thread gets an {@link EvalBreakerWord}
 * and polls it itself ({@link ThreadState#serviceEvalBreaker}).
 */
public interface EvalBreaker {
    /** Another thread queued objects for this (owning) thread to merge. */
    int MERGE_REFCOUNTS = 1;
    /** Stop the world: reach a safe point and suspend (later issue). */
    int STOP_THE_WORLD = 1 << 1;
    /** Report a quiescent state to QSBR: a thread with objects waiting for reuse asks ({@link Qsbr#requestQuiescence}). */
    int QSBR_POLL = 1 << 2;
    /** GIL mode: drop the GIL for a waiting thread (later issue). */
    int GIL_DROP_REQUEST = 1 << 3;
    /** An asynchronous exception is pending (later issue). */
    int ASYNC_EXCEPTION = 1 << 4;
    /** Nothing to do: fault injection's "eval-breaker storm" sends it to force the slow path. */
    int POKE = 1 << 5;
    /** Enough tracked objects were made since the last cycle collection: run one here ({@link Collector}). */
    int GC_SCHEDULED = 1 << 6;
    /** This thread sampled enough hot shared leaves: register them in a pause ({@link HotLeaves}). */
    int PER_THREAD_REFS = 1 << 7;

    /** Sets {@code bits}; called by any thread. */
    void raise(int bits);
}
