package skein.gc;

import skein.metrics.ThreadCounters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One thread's freelists: freed objects kept for reuse instead of a new allocation
 * (CPython keeps them for floats, tuples, lists, dicts, frames...).
 *
 * <p>Besides saving allocation, reuse is what makes a refcounting bug visible: an object
 * freed too early comes back as something else. Checking mode catches the use before that
 * (the freed bit); later, QSBR delays reuse while lock-free readers may still look.
 */
public final class Freelists {
    private static final List<Integer> CAPACITIES = new ArrayList<>();
    private static final List<String> NAMES = new ArrayList<>();

    private PyObject[][] stacks = new PyObject[0][];
    private int[] sizes = new int[0];

    Freelists() {}

    /** Registers a kind of freelist holding at most {@code capacity} objects per thread. */
    public static synchronized int register(String name, int capacity) {
        NAMES.add(name);
        CAPACITIES.add(capacity);
        return NAMES.size() - 1;
    }

    private static synchronized int capacity(int kind) {
        return CAPACITIES.get(kind);
    }

    /**
     * A freed object of {@code kind} with a fresh header (one reference, owned by {@code ts}),
     * or null if the list is empty. The caller re-initialises the object's own fields.
     */
    public PyObject take(int kind, ThreadState ts) {
        if (kind >= sizes.length || sizes[kind] == 0) return null;
        PyObject o = stacks[kind][--sizes[kind]];
        stacks[kind][sizes[kind]] = null;
        o.reincarnate(ts);
        if (ThreadCounters.ENABLED) ts.counters.freelistReuses++;
        return o;
    }

    /** Number of objects waiting in {@code kind}'s list. */
    public int size(int kind) {
        return kind < sizes.length ? sizes[kind] : 0;
    }

    boolean put(int kind, PyObject o) {
        if (kind >= stacks.length) {
            int n = kind + 1;
            stacks = Arrays.copyOf(stacks, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        if (stacks[kind] == null) stacks[kind] = new PyObject[capacity(kind)];
        if (sizes[kind] == stacks[kind].length) return false;
        stacks[kind][sizes[kind]++] = o;
        return true;
    }
}
