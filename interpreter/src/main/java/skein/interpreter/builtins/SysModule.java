package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.Ints;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;
import skein.interpreter.runtime.Runtime;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static skein.interpreter.builtins.ModuleSupport.put;

/**
 * The {@code sys} module: one per process, made on first use.
 *
 * <p>{@code sys.setrecursionlimit} sets {@code Eval.recursionLimit}, which the eval loop reads.
 * For the rest of the runtime: {@link #modules()} (the import system's table), {@link #setArgv}/{@link #setPath} (the
 * launcher fills them), {@link #stdout()}/{@link #stderr()} (they write through the runtime's
 * {@code Output}, which the runner flushes at exit), {@link #redirect} (tests and embedders
 * capture the standard streams).
 *
 * <p>{@code version_info}, {@code float_info} and {@code int_info} are named tuples with
 * attribute access ({@link PyStructSeq}); {@code implementation} is one too (a
 * {@code SimpleNamespace} in CPython: same attributes and repr, but also a tuple).
 */
public final class SysModule {
    private SysModule() {}

    /** {@code sys.getswitchinterval()} in seconds: how often the GIL (in GIL mode) is offered to another thread. */
    /** Answers {@code sys._is_gil_enabled()}; the launcher installs the real answer. */

    public static final String VERSION = "3.11.0 (skein, free-threaded) [Java " + java.lang.Runtime.version().feature() + "]";

    private static volatile PyModule module;
    private static PyDict modules;
    private static PyTextFile stdin, stdout, stderr;

    /** The {@code sys} module (made on first call; the runtime must be initialised). */
    public static PyModule get() {
        PyModule m = module;
        if (m != null) return m;
        synchronized (SysModule.class) {
            if (module == null) module = create(Runtime.bootThread());
            return module;
        }
    }

    /** {@code sys.modules}: name to module, filled by the import system. */
    public static PyDict modules() {
        get();
        return modules;
    }

    public static PyTextFile stdout() {
        get();
        return stdout;
    }

    public static PyTextFile stderr() {
        get();
        return stderr;
    }

    public static PyTextFile stdin() {
        get();
        return stdin;
    }

    /** Flushes the standard streams' buffers (the runner does it at exit). */
    public static void flushAll() {
        Output.flushAll();
    }

    /**
     * Points the standard streams at other Java streams (through {@link Output#redirect} for
     * stdout and stderr); null leaves one as it is. {@code sys.stdout} and friends keep their
     * identity.
     */
    public static void redirect(InputStream in, OutputStream out, OutputStream err) {
        get();
        Output.flushAll();
        if (in != null) stdin.redirect(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (out != null || err != null) {
            PrintStream o = out != null ? new PrintStream(out, false, StandardCharsets.UTF_8) : Output.stdout();
            PrintStream e = err != null ? new PrintStream(err, true, StandardCharsets.UTF_8) : Output.stderr();
            Output.redirect(o, e);
        }
    }

    /** {@code sys.argv}: a new list of the given strings. */
    public static void setArgv(PyThreadState ts, List<String> argv) {
        setList(ts, "argv", argv);
    }

    /** {@code sys.path}: the module search path (the script's directory first). */
    public static void setPath(PyThreadState ts, List<String> path) {
        setList(ts, "path", path);
    }

    private static void setList(PyThreadState ts, String name, List<String> items) {
        PyObj list = ModuleSupport.newStrList(ts, items);
        get().dict.putStr(PyStr.intern(name), list, ts);
        RefCount.decref(list, ts);
    }

    private static PyModule create(PyThreadState ts) {
        PyModule m = new PyModule("sys");
        TextFileType.installOnce();
        stdin = PyTextFile.console(ts, "<stdin>", new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8), null);
        stdout = PyTextFile.console(ts, "<stdout>", null, new ConsoleWriter(false));
        stderr = PyTextFile.console(ts, "<stderr>", null, new ConsoleWriter(true));
        for (String n : new String[] {"stdin", "stdout", "stderr"}) {
            PyTextFile f = n.equals("stdin") ? stdin : n.equals("stdout") ? stdout : stderr;
            put(m, n, f);
            put(m, "__" + n + "__", f);
        }
        put(m, "__name__", PyStr.intern("sys"));
        put(m, "__doc__", PyNone.NONE);
        modules = Interpreter.MODULES;
        put(m, "modules", modules);
        modules.putStr(PyStr.intern("sys"), m, ts);
        modules.putStr(PyStr.intern("builtins"), BuiltinsModule.get(), ts);
        for (String n : new String[] {"argv", "path"}) {
            PyObj empty = new PyList(ts);
            put(m, n, empty);
            RefCount.decref(empty, ts);
        }
        put(m, "maxsize", PyInt.immortal(Long.MAX_VALUE));
        put(m, "maxunicode", PyInt.immortal(0x10FFFF));
        put(m, "byteorder", PyStr.intern("little"));
        put(m, "platform", PyStr.intern("linux"));
        put(m, "version", PyStr.intern(VERSION));
        put(m, "hexversion", PyInt.immortal(0x030B00F0));
        put(m, "executable", PyStr.intern("skein"));
        put(m, "copyright", PyStr.intern("Skein: a free-threaded Python interpreter in Java"));
        put(m, "dont_write_bytecode", PyBool.TRUE);
        put(m, "builtin_module_names", PyTuple.immortal(NativeModules.names().stream().map(PyStr::intern).toArray(PyObj[]::new)));
        PyStructSeq versionInfo = PyStructSeq.immortal(ts, PyStructSeq.Kind.of("sys", "version_info", "sys.version_info",
                "major", "minor", "micro", "releaselevel", "serial"),
                PyInt.small(3), PyInt.small(11), PyInt.small(0), PyStr.intern("final"), PyInt.small(0));
        put(m, "version_info", versionInfo);
        put(m, "implementation", PyStructSeq.immortal(ts, PyStructSeq.Kind.of("types", "SimpleNamespace", "namespace",
                "name", "cache_tag", "version", "hexversion"),
                PyStr.intern("skein"), PyNone.NONE, versionInfo, PyInt.immortal(0x030B00F0)));
        put(m, "float_info", PyStructSeq.immortal(ts, PyStructSeq.Kind.of("sys", "float_info", "sys.float_info",
                "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"),
                PyFloat.immortal(Double.MAX_VALUE), PyInt.immortal(1024), PyInt.immortal(308), PyFloat.immortal(Double.MIN_NORMAL),
                PyInt.immortal(-1021), PyInt.immortal(-307), PyInt.immortal(15), PyInt.immortal(53),
                PyFloat.immortal(Math.ulp(1.0)), PyInt.immortal(2), PyInt.immortal(1)));
        put(m, "int_info", PyStructSeq.immortal(ts, PyStructSeq.Kind.of("sys", "int_info", "sys.int_info",
                "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
                PyInt.immortal(30), PyInt.immortal(4), PyInt.immortal(Ints.DEFAULT_MAX_STR_DIGITS),
                PyInt.immortal(Ints.MAX_STR_DIGITS_THRESHOLD)));
        SysFunctions.install(m);
        return m;
    }
}
