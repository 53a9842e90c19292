package skein.stress.broken;

import skein.stress.qsbr.Boxed;

/**
 * BROKEN on purpose: a freelist that hands a freed object out again at once, as
 * {@code skein.gc.Freelists} did before QSBR (a plain stack, no pending list, no goal). Used only
 * by {@link Broken_04_FreelistWithoutQsbr}; one thread (the freeing one) uses it.
 */
final class FreelistWithoutQsbr {
    private final Boxed[] stack = new Boxed[4];
    private int size;

    void put(Boxed o) {
        if (size < stack.length) stack[size++] = o;
    }

    Boxed take() {
        if (size == 0) return null;
        Boxed o = stack[--size];
        stack[size] = null;
        return o;
    }
}
