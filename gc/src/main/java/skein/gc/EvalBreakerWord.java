package skein.gc;

import java.util.concurrent.atomic.AtomicInteger;

/** The default {@link EvalBreaker}: a word of request bits that the owning thread polls. */
public final class EvalBreakerWord implements EvalBreaker {
    private final AtomicInteger bits = new AtomicInteger();

    @Override
    public void raise(int b) {
        bits.getAndUpdate(v -> v | b);
    }

    /** The pending bits (volatile read), for the polling thread. */
    public int lvBits() {
        return bits.get();
    }

    /** Clears and returns the pending bits among {@code mask}. */
    public int take(int mask) {
        return bits.getAndUpdate(v -> v & ~mask) & mask;
    }
}
