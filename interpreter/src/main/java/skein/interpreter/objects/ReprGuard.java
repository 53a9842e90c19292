package skein.interpreter.objects;

import java.util.ArrayList;

/**
 * The recursion guard of container reprs (CPython's {@code Py_ReprEnter}/{@code Py_ReprLeave}):
 * a per-thread stack of the containers whose repr is being built, so that a list containing
 * itself prints {@code [...]} instead of recursing forever. Per thread, because two threads
 * may print the same list at once and each must see only its own nesting.
 */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<ArrayList<PyObj>> ACTIVE = ThreadLocal.withInitial(ArrayList::new);

    /** Marks {@code o} as being repr'd; false if it already is (the caller prints its "..." form). */
    public static boolean enter(PyObj o) {
        ArrayList<PyObj> a = ACTIVE.get();
        for (int i = a.size() - 1; i >= 0; i--) if (a.get(i) == o) return false;
        a.add(o);
        return true;
    }

    /** Ends the repr of {@code o} begun by a successful {@link #enter}. */
    public static void leave(PyObj o) {
        ArrayList<PyObj> a = ACTIVE.get();
        for (int i = a.size() - 1; i >= 0; i--) {
            if (a.get(i) == o) {
                a.remove(i);
                return;
            }
        }
    }
}
