package skein.stress.cs;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import skein.gc.CriticalSection;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.stress.support.Policy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two actors begin a two-object section on the same pair, named in opposite orders
 * ({@code begin2(a, b)} and {@code begin2(b, a)}). Each first tries both locks without waiting,
 * in the order it was given; if one is taken it lets go and locks in one fixed order (identity
 * hash), so they cannot deadlock (a deadlock hangs the test, which jcstress reports as an error,
 * not a pass); and each section must exclude the other on both objects.
 *
 * <p>Each actor reads {@code a.x} and {@code b.y} and increments both. Columns: the value A read
 * ({@code -1} if its two reads disagreed), the same for B, {@code a.x} and {@code b.y} at the end.
 */
@JCStressTest
@Description("Critical sections on two objects taken in opposite orders: no deadlock, both regions exclusive")
@Outcome(id = "0, 1, 2, 2", expect = ACCEPTABLE, desc = "A's section ran first, then B's.")
@Outcome(id = "1, 0, 2, 2", expect = ACCEPTABLE, desc = "B's section ran first, then A's.")
@Outcome(expect = FORBIDDEN,
        desc = "The sections overlapped on one of the objects: a torn pair (-1), both read the same value, or a lost "
                + "increment.")
@State
public class CS_03_TwoObjectsOppositeOrder {
    final ThreadState ta = ThreadRegistry.create("ab");
    final ThreadState tb = ThreadRegistry.create("ba");
    final Lockable a = new Lockable();
    final Lockable b = new Lockable();

    public CS_03_TwoObjectsOppositeOrder() {
        Policy.check();
    }

    private int incrementBoth() {
        int x = a.x, y = b.y;
        a.x = x + 1;
        b.y = y + 1;
        return x == y ? x : -1;
    }

    @Actor
    public void ab(IIII_Result r) {
        CriticalSection.begin2(ta, a, b);
        r.r1 = incrementBoth();
        CriticalSection.end2(ta);
    }

    @Actor
    public void ba(IIII_Result r) {
        CriticalSection.begin2(tb, b, a);
        r.r2 = incrementBoth();
        CriticalSection.end2(tb);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r3 = a.x;
        r.r4 = b.y;
        ThreadRegistry.exit(ta);
        ThreadRegistry.exit(tb);
    }
}
