package skein.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In checking mode, the deferred objects alive (functions, classes, modules): the set the
 * collector will own. At shutdown the runtime clears and releases them, so that the leak
 * report counts what no program-level reference explains. Empty outside checking mode.
 */
public final class DeferredObjects {
    private DeferredObjects() {}

    private static final Set<PyObject> LIVE = ConcurrentHashMap.newKeySet();

    static void add(PyObject o) {
        LIVE.add(o);
    }

    static void remove(PyObject o) {
        LIVE.remove(o);
    }

    /** The deferred objects alive now (checking mode only). */
    public static List<PyObject> snapshot() {
        return new ArrayList<>(LIVE);
    }
}
