package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a Python program as {@code python3 FILE} does: the script as module {@code __main__},
 * {@code sys.argv}, the script's directory first on the import path, a CPython-format
 * traceback and exit status 1 for an uncaught exception, {@code sys.exit(n)}'s status.
 *
 * <p>The program runs on its own thread with a large Java stack: Python recursion costs no
 * Java stack (frames are heap objects), but Java code calling back into Python does, and the
 * native re-entry limit is sized against this stack.
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    /** Java stack of the thread running the program. */
    public static final long STACK_BYTES = 512L << 20;

    /** What the program asked for: a file, or {@code -c} source. */
    public record Program(String filename, String source, List<String> argv, Path directory) {}

    /** Reads a script file; null (after printing CPython's message) when it cannot be opened. */
    public static Program fromFile(String file, List<String> args) {
        Path p = Path.of(file);
        try {
            String src = Files.readString(p, StandardCharsets.UTF_8);
            java.util.ArrayList<String> argv = new java.util.ArrayList<>();
            argv.add(file);
            argv.addAll(args);
            Path dir = p.toAbsolutePath().getParent();
            return new Program(file, src, argv, dir);
        } catch (IOException e) {
            Output.stderr().println("skein: can't open file '" + p.toAbsolutePath() + "': [Errno 2] No such file or directory");
            Output.stderr().flush();
            return null;
        }
    }

    public static Program fromCommand(String code, List<String> args) {
        java.util.ArrayList<String> argv = new java.util.ArrayList<>();
        argv.add("-c");
        argv.addAll(args);
        return new Program("<string>", code, argv, Path.of("").toAbsolutePath());
    }

    /** Runs the program on a new big-stack thread and returns its exit status. */
    public static int run(Program program) {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = runHere(program), "MainThread", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status[0];
    }

    /** Runs the program on the calling thread (which must have a large stack). */
    public static int runHere(Program program) {
        PyThreadState ts = Runtime.start();
        boolean leaks = Shutdown.reportRequested();
        skein.gc.LeakReport baseline = leaks ? Shutdown.baseline(ts) : null;
        FaultInjector.startIfRequested();
        try {
            return runProgram(ts, program);
        } finally {
            if (leaks) Shutdown.finish(ts, baseline);
            FaultInjector.writeReportIfRequested();
        }
    }

    private static int runProgram(PyThreadState ts, Program program) {
        int status = runMain(ts, program);
        // As CPython's finalization does, whatever way the main module ended: join the threads,
        // then the atexit work (weakref.finalize objects still alive with atexit set).
        waitForThreads(ts);
        runFinalizers(ts);
        // CPython collects once more at exit (gc enabled or not): finalizers of cyclic garbage run.
        skein.interpreter.builtins.GcModule.collect(ts, 2, skein.gc.Collector.Reason.MANUAL);
        Output.flushAll();
        return status;
    }

    private static int runMain(PyThreadState ts, Program program) {
        try {
            Imports.searchPath = List.of(program.directory().toString());
            ProgramHooks.setArgv(ts, program.argv());
            PyModule main = Interpreter.execModule(ts, "__main__", program.filename(), program.source());
            RefCount.decref(main, ts);
            return 0;
        } catch (PyException e) {
            if (isMainScriptSyntaxError(e, program)) return printMainSyntaxError(ts, e, program);
            return handleUncaught(ts, e);
        } catch (StackOverflowError e) {
            Output.stderr().println("RecursionError: maximum recursion depth exceeded (Java stack exhausted)");
            return 1;
        } catch (RuntimeException e) {
            Output.stderr().println("SystemError: internal error: " + e);
            if (System.getenv("SKEIN_DEBUG") != null) e.printStackTrace();
            return 1;
        } finally {
            Output.flushAll();
        }
    }

    /**
     * The end of the main thread: {@code threading._shutdown()} joins every non-daemon thread
     * (if the program imported {@code threading}); daemon threads are left running and die
     * with the process.
     */
    static void waitForThreads(PyThreadState ts) {
        PyObj threading = Interpreter.MODULES.getStr(PyStr.intern("threading"));
        if (!(threading instanceof PyModule)) return;
        try {
            PyObj shutdown = Ops.getAttrOrNull(ts, threading, PyStr.intern("_shutdown"));
            if (shutdown == null) return;
            try {
                RefCount.decref(Ops.call(ts, shutdown), ts);
            } finally {
                RefCount.decref(shutdown, ts);
            }
        } catch (PyException e) {
            Unraisable.report(ts, e, "Exception ignored on threading shutdown:");
        }
    }

    /**
     * {@code weakref.finalize._exitfunc()} if the program imported {@code weakref}: the
     * finalizers still alive with {@code atexit} true run, newest first (CPython registers it
     * with {@code atexit}; Skein has no {@code atexit} module, so the runner calls it).
     */
    static void runFinalizers(PyThreadState ts) {
        PyObj weakref = Interpreter.MODULES.getStr(PyStr.intern("weakref"));
        if (!(weakref instanceof PyModule)) return;
        PyObj exitfunc = null;
        try {
            PyObj finalize = Ops.getAttrOrNull(ts, weakref, PyStr.intern("finalize"));
            if (finalize == null) return;
            try {
                exitfunc = Ops.getAttrOrNull(ts, finalize, PyStr.intern("_exitfunc"));
            } finally {
                RefCount.decref(finalize, ts);
            }
            if (exitfunc == null) return;
            RefCount.decref(Ops.call(ts, exitfunc), ts);
        } catch (PyException e) {
            String where = exitfunc == null ? "weakref.finalize" : Ops.reprString(ts, exitfunc);
            Unraisable.report(ts, e, "Exception ignored in atexit callback: " + where);
        } finally {
            if (exitfunc != null) RefCount.decref(exitfunc, ts);
        }
    }

    private static boolean isMainScriptSyntaxError(PyException e, Program program) {
        skein.interpreter.parse.PySyntaxError origin = SyntaxErrors.origin(e.value);
        return origin != null && e.value.traceback == null && !program.filename().equals("<string>")
                && program.filename().equals(origin.filename());
    }

    /** CPython names the script by its absolute path when the script itself does not compile. */
    private static int printMainSyntaxError(PyThreadState ts, PyException e, Program program) {
        try {
            String text = SyntaxErrors.origin(e.value).format();
            String absolute = program.directory().resolve(java.nio.file.Path.of(program.filename()).getFileName()).toString();
            text = text.replaceFirst("^  File \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("  File \"" + absolute + "\""));
            Output.flushStdout();
            Output.stderr().print(text);
            Output.stderr().flush();
            return 1;
        } finally {
            e.release(ts);
        }
    }

    /** SystemExit gives the status; anything else prints a traceback and gives 1. */
    static int handleUncaught(PyThreadState ts, PyException e) {
        try {
            if (e.matches(Exceptions.SYSTEM_EXIT)) return exitStatus(ts, e.value);
            Output.flushStdout();
            Output.stderr().print(Tracebacks.format(ts, e.value));
            Output.stderr().flush();
            // CPython exits as if killed by SIGINT (128 + 2) when KeyboardInterrupt escapes
            return e.matches(Exceptions.KEYBOARD_INTERRUPT) ? 130 : 1;
        } finally {
            e.release(ts);
        }
    }

    private static int exitStatus(PyThreadState ts, PyBaseException e) {
        PyObj code = e.attr("code");
        if (code == null) code = e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
        if (code == PyNone.NONE) return 0;
        if (code instanceof PyInt i) return i.isBig() ? -1 : (int) i.value;
        Output.flushStdout();
        Output.stderr().println(Ops.strString(ts, code));
        Output.stderr().flush();
        return 1;
    }
}
