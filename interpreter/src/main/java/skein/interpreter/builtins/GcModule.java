package skein.interpreter.builtins;

import skein.gc.Collector;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.ArrayList;
import java.util.List;

import static skein.interpreter.builtins.ModuleSupport.fn;
import static skein.interpreter.builtins.ModuleSupport.put;

/**
 * The {@code gc} module over {@link Collector}: {@code collect}, {@code enable}/{@code disable}/
 * {@code isenabled}, thresholds and counts, {@code get_objects}, {@code is_tracked},
 * {@code is_finalized}, {@code get_referrers}/{@code get_referents}, {@code freeze} and
 * {@code callbacks}. One generation, as free-threaded CPython: the generation arguments are
 * checked and otherwise ignored, and {@code get_count()} reports everything in the first.
 */
public final class GcModule {
    private GcModule() {}

    private static volatile PyModule module;
    private static final PyStr CALLBACKS = PyStr.intern("callbacks");
    private static volatile int debugFlags;

    public static PyModule get() {
        PyModule m = module;
        if (m != null) return m;
        synchronized (GcModule.class) {
            if (module == null) module = create();
            return module;
        }
    }

    private static PyModule create() {
        PyModule m = new PyModule("gc");
        put(m, "__name__", PyStr.intern("gc"));
        put(m, "__doc__", PyNone.NONE);
        PyThreadState owner = PyThreadState.current();
        // process-wide lists, like the module itself: immortal, so no run reports them as leaks
        PyList callbacks = new PyList(owner);
        callbacks.makeImmortal(owner);
        m.dict.putStr(CALLBACKS, callbacks, owner);
        PyList garbage = new PyList(owner);
        garbage.makeImmortal(owner);
        m.dict.putStr(PyStr.intern("garbage"), garbage, owner);
        String[] debug = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"};
        int[] values = {1, 2, 4, 32, 38};
        for (int i = 0; i < debug.length; i++) put(m, debug[i], PyInt.small(values[i]));

        fn(m, "collect", (ts, a, k) -> {
            Args.check(ts, "collect", a, k, 0, 1);
            int gen = a.length == 0 ? 2 : (int) Math.max(-1, Math.min(3, Ops.asIndex(ts, a[0])));
            if (gen < 0 || gen > 2) throw Exceptions.valueError(ts, "invalid generation");
            return PyInt.of(ts, collect(ts, gen, Collector.Reason.MANUAL));
        });
        fn(m, "enable", (ts, a, k) -> {
            Args.check(ts, "enable", a, k, 0, 0);
            Collector.setEnabled(true);
            return PyNone.NONE;
        });
        fn(m, "disable", (ts, a, k) -> {
            Args.check(ts, "disable", a, k, 0, 0);
            Collector.setEnabled(false);
            return PyNone.NONE;
        });
        fn(m, "isenabled", (ts, a, k) -> {
            Args.check(ts, "isenabled", a, k, 0, 0);
            return PyBool.of(Collector.isEnabled());
        });
        fn(m, "get_threshold", (ts, a, k) -> {
            Args.check(ts, "get_threshold", a, k, 0, 0);
            int[] t = Collector.thresholds();
            return PyTuple.steal(ts, new PyObj[] {PyInt.of(ts, t[0]), PyInt.of(ts, t[1]), PyInt.of(ts, t[2])});
        });
        fn(m, "set_threshold", (ts, a, k) -> {
            Args.check(ts, "set_threshold", a, k, 1, 3);
            int[] t = Collector.thresholds();
            for (int i = 0; i < a.length; i++) t[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Ops.asIndex(ts, a[i])));
            Collector.setThresholds(t[0], t[1], t[2]);
            return PyNone.NONE;
        });
        fn(m, "get_count", (ts, a, k) -> {
            Args.check(ts, "get_count", a, k, 0, 0);
            long c = Math.max(0, Collector.allocationCount());
            return PyTuple.steal(ts, new PyObj[] {PyInt.of(ts, c), PyInt.small(0), PyInt.small(0)});
        });
        fn(m, "get_debug", (ts, a, k) -> {
            Args.check(ts, "get_debug", a, k, 0, 0);
            return PyInt.of(ts, debugFlags);
        });
        fn(m, "set_debug", (ts, a, k) -> {
            Args.check(ts, "set_debug", a, k, 1, 1);
            debugFlags = (int) Ops.asIndex(ts, a[0]);
            return PyNone.NONE;
        });
        fn(m, "is_tracked", (ts, a, k) -> {
            Args.check(ts, "is_tracked", a, k, 1, 1);
            return PyBool.of(a[0].isTracked());
        });
        fn(m, "is_finalized", (ts, a, k) -> {
            Args.check(ts, "is_finalized", a, k, 1, 1);
            return PyBool.of((a[0].lpGcBits() & PyObject.GC_FINALIZED) != 0);
        });
        fn(m, "get_objects", (ts, a, k) -> {
            Args.check(ts, "get_objects", a, k, 0, 1);
            if (a.length == 1 && a[0] != PyNone.NONE) {
                long gen = Ops.asIndex(ts, a[0]);
                if (gen < 0 || gen > 2) throw Exceptions.valueError(ts, "generation parameter must be less than the number of available generations (3)");
            }
            return listOf(ts, Collector.trackedObjects(ts));
        });
        fn(m, "get_referents", (ts, a, k) -> {
            Args.noKeywords(ts, "get_referents", k);
            List<PyObject> out = new ArrayList<>();
            for (PyObj o : a) o.traverse(out::add);
            for (PyObject o : out) RefCount.incref(o, ts);
            return listOf(ts, out);
        });
        fn(m, "get_referrers", (ts, a, k) -> {
            Args.noKeywords(ts, "get_referrers", k);
            return listOf(ts, Collector.referrers(ts, List.of((PyObject[]) a)));
        });
        fn(m, "freeze", (ts, a, k) -> {
            Args.check(ts, "freeze", a, k, 0, 0);
            Collector.freeze(ts);
            return PyNone.NONE;
        });
        fn(m, "unfreeze", (ts, a, k) -> {
            Args.check(ts, "unfreeze", a, k, 0, 0);
            Collector.unfreeze(ts);
            return PyNone.NONE;
        });
        fn(m, "get_freeze_count", (ts, a, k) -> {
            Args.check(ts, "get_freeze_count", a, k, 0, 0);
            return PyInt.of(ts, Collector.frozenCount());
        });
        return m;
    }

    /** A new list that takes over one reference to each object. */
    private static PyList listOf(PyThreadState ts, List<PyObject> objects) {
        PyObj[] items = new PyObj[objects.size()];
        for (int i = 0; i < items.length; i++) items[i] = (PyObj) objects.get(i);
        return PyList.steal(ts, items, items.length);
    }

    /**
     * A collection with {@code gc.callbacks} called before ("start") and after ("stop"), as
     * CPython does for every collection, automatic ones included. Returns the unreachable count.
     */
    public static long collect(PyThreadState ts, int generation, Collector.Reason reason) {
        if (Collector.isCollecting()) return 0;
        PyModule m = module;
        if (m != null) runCallbacks(ts, m, "start", generation, 0);
        long n = Collector.collect(ts, reason);
        if (m != null) runCallbacks(ts, m, "stop", generation, n);
        return n;
    }

    private static void runCallbacks(PyThreadState ts, PyModule m, String phase, int generation, long collected) {
        PyObj cbs = m.dict.getStr(CALLBACKS);
        if (!(cbs instanceof PyList list) || list.size() == 0) return;
        List<PyObj> snapshot = ModuleSupport.collect(ts, list);
        PyDict info = new PyDict(ts);
        PyStr p = new PyStr(ts, phase);
        try {
            PyInt g = PyInt.of(ts, generation), c = PyInt.of(ts, collected);
            info.putStr(PyStr.intern("generation"), g, ts);
            info.putStr(PyStr.intern("collected"), c, ts);
            info.putStr(PyStr.intern("uncollectable"), PyInt.small(0), ts);
            RefCount.decref(g, ts);
            RefCount.decref(c, ts);
            for (PyObj cb : snapshot) {
                try {
                    RefCount.decref(Ops.call(ts, cb, p, info), ts);
                } catch (PyException e) {
                    Unraisable.report(ts, e, "Exception ignored in garbage collector callback: " + Ops.reprString(ts, cb));
                }
            }
        } finally {
            RefCount.decref(p, ts);
            RefCount.decref(info, ts);
            ModuleSupport.release(ts, snapshot);
        }
    }
}
