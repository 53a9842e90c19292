package skein.interpreter.objects;

import skein.gc.BiasGroup;
import skein.gc.BiasedSections;

/**
 * The {@link BiasGroup} new lists join ({@link BiasedSections}): a list's creator stores into it
 * and appends to it without taking its mutex until another thread locks any list of the same
 * group. Why: {@code v[0] -= dx * m} on a list only its creating thread uses took the mutex, a
 * compare-and-swap and a release per store; they were about a tenth of nbody's time in free-threaded
 * mode (async-profiler), and most of what made it 1.3x slower than under the GIL.
 *
 * <p>Instance dictionaries have a group per class; lists have no such family, so every list made
 * since the last revocation shares one group. The first lock of a list by a thread that does not
 * own it turns that group off (one stop-the-world pause) and with it the bias of every list made
 * so far; lists made afterwards join a new group. That renewal is what keeps one list handed
 * between threads early in a program (a results list, a work queue) from costing every later
 * list its bias. A program that keeps handing new lists between threads would pay a pause per
 * renewal, so renewals are limited ({@value #RENEWALS_DEFAULT} by default,
 * {@code -Dskein.biased.lists.renewals=N}); after the last one new lists are not biased at all,
 * as under CPython 3.14t, which always locks.
 */
public final class ListBias {
    static final int RENEWALS_DEFAULT = 16;

    /** The one every list uses. */
    static final ListBias LISTS = new ListBias(BiasedSections.ENABLED,
            Integer.getInteger("skein.biased.lists.renewals", RENEWALS_DEFAULT));

    private final int maxRenewals;
    /** The group new lists join; null once biasing lists is over (or never on). */
    private volatile BiasGroup current;
    /** Groups made after the first; guarded by this. */
    private int renewals;

    /** Public for the tests, which make their own instead of using up {@link #LISTS}' renewals. */
    public ListBias(boolean enabled, int maxRenewals) {
        this.maxRenewals = maxRenewals;
        this.current = enabled ? new BiasGroup("list") : null;
    }

    /** The group a new list joins, or null: a new one if the last was turned off and renewals are left. */
    public BiasGroup forNewList() {
        BiasGroup g = current;
        if (g == null || g.isOn()) return g;
        return renew(g);
    }

    /** Groups made after the first. */
    public synchronized int renewals() {
        return renewals;
    }

    private synchronized BiasGroup renew(BiasGroup off) {
        BiasGroup g = current;
        if (g != off) return g; // another thread renewed first
        g = renewals < maxRenewals ? new BiasGroup("list") : null;
        if (g != null) renewals++;
        current = g;
        return g;
    }
}
