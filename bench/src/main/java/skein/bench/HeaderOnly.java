package skein.bench;

import skein.gc.PyObject;
import skein.gc.ThreadState;

/**
 * The smallest Skein object: a {@link PyObject} subclass with no fields of its own, so its
 * size is the object header plus Skein's refcount header and nothing else. The benchmarks
 * count references on it and {@link HeaderFootprint} measures it.
 */
public final class HeaderOnly extends PyObject {
    /** A new object holding one reference, owned by {@code ts}. */
    public HeaderOnly(ThreadState ts) {
        super(ts);
    }

    /** An immortal object (needs no thread state; used only to measure the layout). */
    public HeaderOnly() {
        super();
    }
}
