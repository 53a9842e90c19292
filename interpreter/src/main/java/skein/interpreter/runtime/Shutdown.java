package skein.interpreter.runtime;

import skein.gc.DeferredObjects;
import skein.gc.LeakReport;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.RuntimeConfig;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checking mode's end of a program: tear the program's state down as CPython's finalization
 * does (module namespaces cleared, the exception state dropped), then let the collector's
 * part happen — clear every function, class and module and release their deferred bias —
 * and count what is still alive. What remains was allocated by the program and is neither
 * reachable from anything the runtime owns nor explained by a deferred object: a missing
 * decref, or a reference cycle among ordinary objects (until the cycle collector exists).
 *
 * <p>The report goes where {@code skein.leaks.report} says: {@code stderr}, or a file path.
 */
public final class Shutdown {
    private Shutdown() {}

    public static final String REPORT_PROPERTY = "skein.leaks.report";

    /** Whether a leak report was asked for (checking mode must be on for it to mean anything). */
    public static boolean reportRequested() {
        return RuntimeConfig.CHECKING && System.getProperty(REPORT_PROPERTY) != null;
    }

    /** The live objects before the program: subtracted from the final count. */
    public static LeakReport baseline(PyThreadState ts) {
        // sys.argv and sys.path get the same shape they will have after the teardown
        ProgramHooks.clearArgv(ts);
        return ThreadRegistry.leakReport();
    }

    /** Tears the program down and writes the leak report. */
    public static void finish(PyThreadState ts, LeakReport baseline) {
        Output.flushAll();
        // Threads that threading._shutdown joined may still be leaving the runtime: give them a moment.
        long others = 0;
        for (long deadline = System.nanoTime() + 2_000_000_000L; ; ) {
            others = ThreadRegistry.liveThreads().stream().filter(t -> t != ts && t instanceof PyThreadState).count();
            if (others == 0 || System.nanoTime() - deadline > 0) break;
            ts.blockDetached(() -> {
                Thread.sleep(5);
                return true;
            });
        }
        if (others > 0) {
            // Daemon threads still run and hold objects: a count now would be noise, not leaks.
            String text = "skein checking: " + others + " Python thread(s) still running at exit; no leak report";
            if ("stderr".equals(System.getProperty(REPORT_PROPERTY))) {
                Output.stderr().println(text);
                Output.stderr().flush();
            } else {
                writeFile("threads-running " + others + "\n");
            }
            return;
        }
        ts.runExitActions();
        ts.mergeQueuedObjects();
        for (PyThreadState.ExcInfo e = ts.excInfo; e != null; e = e.previous) {
            PyObj v = e.value;
            e.value = null;
            if (v != null) RefCount.decref(v, ts);
        }
        PyDict modules = Interpreter.MODULES;
        List<PyObj> keys = new ArrayList<>();
        for (int e = modules.nextEntry(0); e >= 0; e = modules.nextEntry(e + 1)) keys.add(modules.keyAt(e));
        for (PyObj k : keys) {
            PyObj m = modules.getStr((PyStr) k);
            if (m instanceof PyModule mod && !mod.isImmortal()) {
                mod.dict.clear(ts);
                PyObj removed = modules.popStr((PyStr) k, ts);
                if (removed != null) RefCount.decref(removed, ts);
            }
        }
        ProgramHooks.clearArgv(ts);
        // the collector's part: every function, class and module is cleared, then loses its bias
        List<PyObject> deferred = DeferredObjects.snapshot();
        for (PyObject o : deferred) o.clearForCollector(ts);
        // Cycles that the cleared modules, functions and classes kept reachable are garbage now;
        // collected before the folds below, since freeing instances changes their classes' counts.
        skein.gc.Collector.collect(ts, skein.gc.Collector.Reason.MANUAL);
        ts.mergeQueuedObjects();
        // Instances freed above dropped their classes' references in this thread's per-thread
        // counts (other threads merged theirs when they exited): fold them in before the bias
        // goes, and again after, for instances the last releases freed.
        skein.gc.PerThreadRefs.merge(ts);
        for (PyObject o : deferred) RefCount.releaseDeferred(o, ts);
        skein.gc.PerThreadRefs.merge(ts);
        ts.mergeQueuedObjects();
        LeakReport leaks = ThreadRegistry.leakReport().since(baseline);
        write(leaks);
    }

    private static void write(LeakReport leaks) {
        String where = System.getProperty(REPORT_PROPERTY);
        String text = "skein checking: " + (leaks.isEmpty() ? "no leaked objects" : leaks.toString().stripTrailing());
        if ("stderr".equals(where)) {
            Output.stderr().println(text);
            Output.stderr().flush();
            return;
        }
        StringBuilder b = new StringBuilder("total " + leaks.total() + "\n");
        leaks.liveByType().forEach((k, v) -> b.append(k).append(' ').append(v).append('\n'));
        writeFile(b.toString());
    }

    private static void writeFile(String content) {
        String where = System.getProperty(REPORT_PROPERTY);
        try {
            Files.writeString(Path.of(where), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            Output.stderr().println("skein: cannot write the leak report to " + where + ": " + e.getMessage());
        }
    }
}
