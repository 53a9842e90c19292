package skein.gc;

import java.util.concurrent.locks.LockSupport;

/**
 * Where threads wait for a {@link PyMutex}: a fixed table of buckets found by the identity
 * hash of the object whose mutex they wait on, each bucket a FIFO list of waiters guarded by
 * the bucket's monitor (CPython's {@code Python/parking_lot.c}, which hashes the address).
 * Mutexes themselves stay one byte; only waiting threads cost memory.
 *
 * <p>The two halves of the protocol run under the bucket's monitor, which is what makes a
 * wake-up impossible to lose:
 * <ul>
 *   <li>{@link #park}: under the monitor, re-check that the mutex byte still says
 *       "locked, has parked" ({@code validate}); if it changed, return without waiting (the
 *       caller retries); else enqueue. Then, outside the monitor, {@link LockSupport#park} until
 *       a waker has set the waiter's state.</li>
 *   <li>{@link #unparkOne}: under the monitor, dequeue the first waiter of that object and
 *       let the mutex decide (still under the monitor) what the byte becomes: unlocked, or
 *       handed directly to the waiter; then unpark it.</li>
 * </ul>
 * An unlocker that saw "has parked" takes the monitor before a parker that validated can have
 * released it, or after it enqueued: either the parker sees the new byte and does not wait, or
 * the unlocker finds it in the queue. The waiter's state is volatile and written before
 * {@code unpark}, so a spurious or early return of {@code park} is detected by the loop.
 */
final class ParkingLot {
    private ParkingLot() {}

    static final int WAITING = 0, WOKEN = 1, HANDED_OFF = 2;

    /** One parked thread. Belongs to its bucket's list while queued. */
    static final class Waiter {
        final Object key;
        final Thread thread;
        /** {@link System#nanoTime} after which the unlocker hands the lock over directly. */
        final long fairAfter;
        volatile int state = WAITING;
        Waiter next;

        Waiter(Object key, long fairAfter) {
            this.key = key;
            this.thread = Thread.currentThread();
            this.fairAfter = fairAfter;
        }
    }

    /** Decides, under the bucket monitor, the mutex's new state when one waiter is taken (or none was found). */
    interface Unparker {
        /** @return the waiter's new state ({@link #WOKEN} or {@link #HANDED_OFF}); ignored if {@code w} is null */
        int unpark(Object key, Waiter w, boolean moreWaiters);
    }

    private static final class Bucket {
        Waiter head, tail;
        // Keep two buckets' monitors and lists apart: the table is touched by every contended lock.
        @SuppressWarnings("unused") long p1, p2, p3, p4, p5, p6;
    }

    private static final int SIZE = 256; // power of two; CPython uses 257 buckets
    private static final Bucket[] BUCKETS = new Bucket[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) BUCKETS[i] = new Bucket();
    }

    private static Bucket bucket(Object key) {
        int h = System.identityHashCode(key);
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return BUCKETS[h & (SIZE - 1)];
    }

    /**
     * Parks the current thread on {@code key} if {@code stillValid} holds under the bucket
     * monitor. Returns {@link #WOKEN}, {@link #HANDED_OFF}, or -1 if it did not wait (the
     * condition no longer held). Uninterruptible: an interrupt is remembered and re-asserted.
     */
    static int park(Object key, java.util.function.BooleanSupplier stillValid, long fairAfter) {
        Bucket b = bucket(key);
        Waiter w;
        synchronized (b) {
            if (!stillValid.getAsBoolean()) return -1;
            w = new Waiter(key, fairAfter);
            if (b.tail == null) b.head = w;
            else b.tail.next = w;
            b.tail = w;
        }
        boolean interrupted = false;
        int s;
        while ((s = w.state) == WAITING) {
            LockSupport.park(key);
            if (Thread.interrupted()) interrupted = true; // else park would return at once, forever
        }
        if (interrupted) Thread.currentThread().interrupt();
        return s;
    }

    /** Dequeues the first waiter on {@code key} (if any), lets {@code u} decide under the monitor, then wakes it. */
    static void unparkOne(Object key, Unparker u) {
        Bucket b = bucket(key);
        Waiter found;
        int state;
        synchronized (b) {
            Waiter prev = null, w = b.head;
            while (w != null && w.key != key) {
                prev = w;
                w = w.next;
            }
            found = w;
            boolean more = false;
            if (w != null) {
                if (prev == null) b.head = w.next;
                else prev.next = w.next;
                if (b.tail == w) b.tail = prev;
                for (Waiter x = w.next; x != null; x = x.next) {
                    if (x.key == key) {
                        more = true;
                        break;
                    }
                }
                w.next = null;
            }
            state = u.unpark(key, w, more);
        }
        if (found != null) {
            found.state = state;
            LockSupport.unpark(found.thread);
        }
    }

    /** Waiters queued on {@code key} (tests). */
    static int waiters(Object key) {
        Bucket b = bucket(key);
        int n = 0;
        synchronized (b) {
            for (Waiter w = b.head; w != null; w = w.next) if (w.key == key) n++;
        }
        return n;
    }
}
