package skein.metrics;

/**
 * One thread's table of objects seen on a slow or shared path, for the hot-objects report:
 * a fixed open-addressing table keyed by identity, with a count, a time, the thread that owned
 * the object when it was first recorded (its creator while it is still biased to it) and the
 * program site where it was first recorded.
 *
 * <p>Written only by its thread, with plain stores; read by the reporter, racily but safely:
 * the arrays never change size, so a read sees, at worst, a count that does not belong with its
 * key yet (the table only ever estimates). When the {@value #PROBES} slots a key may live in are
 * all taken, the entry with the smallest count is replaced ("space saving": heavy hitters stay).
 */
final class HotTable {
    static final int SIZE = 256; // a power of two
    static final int PROBES = 8;

    final Object[] keys = new Object[SIZE];
    final long[] counts = new long[SIZE];
    final long[] nanos = new long[SIZE];
    final int[] owners = new int[SIZE];
    final Object[] sites = new Object[SIZE];
    /** The recording thread's id. */
    final int threadId;

    HotTable(int threadId) {
        this.threadId = threadId;
    }

    void add(Object o, long n, long ns, int ownerId, ThreadCounters c) {
        int h = System.identityHashCode(o);
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        int victim = -1;
        long min = Long.MAX_VALUE;
        for (int i = 0; i < PROBES; i++) {
            int j = (h + i) & (SIZE - 1);
            Object k = keys[j];
            if (k == o) {
                counts[j] += n;
                nanos[j] += ns;
                return;
            }
            if (k == null) {
                victim = j;
                break;
            }
            if (counts[j] < min) {
                min = counts[j];
                victim = j;
            }
        }
        // A key is only ever replaced in place, never removed, so a key is always found before
        // the first empty slot of its probe sequence.
        counts[victim] = n;
        nanos[victim] = ns;
        owners[victim] = ownerId;
        sites[victim] = c.site();
        keys[victim] = o;
    }
}
