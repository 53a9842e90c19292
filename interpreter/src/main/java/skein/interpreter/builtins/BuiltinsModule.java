package skein.interpreter.builtins;

import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Imports;
import skein.interpreter.runtime.Interpreter;
import skein.interpreter.runtime.NativeFn;
import skein.interpreter.runtime.ProgramHooks;
import skein.interpreter.runtime.PyThreadState;

import java.util.Map;

import static skein.interpreter.builtins.ModuleSupport.put;

/**
 * The {@code builtins} module ({@link Interpreter#BUILTINS}, every frame's builtins): the
 * constants, the builtin types, every builtin exception class, and the builtin functions,
 * grouped by concern in {@link BuiltinsIO}, {@link BuiltinsNumeric},
 * {@link BuiltinsIntrospection} and {@link BuiltinsIteration}.
 *
 * <p>{@link #install} runs at start-up; it also plugs the native modules into the import
 * system ({@link Imports#nativeModules}) and {@code sys.argv}/{@code sys.path} into the
 * program runner ({@link ProgramHooks#argvSetter}). The functions tied to the compiler and
 * the frames ({@code __build_class__}, {@code __import__}, {@code globals}, {@code locals},
 * ...) are the core's ({@code CoreBuiltins}); {@code dir()} and {@code vars()} without
 * arguments call the {@code locals} found here.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static boolean installed;

    /** The {@code builtins} module. */
    public static PyModule get() {
        return Interpreter.BUILTINS;
    }

    /** The namespace a frame's {@code LOAD_GLOBAL} falls back to. */
    public static PyDict dict() {
        return Interpreter.builtins();
    }

    /** Adds a builtin function (for the functions other parts of the runtime own). */
    public static void add(String name, NativeFn fn) {
        ModuleSupport.fn(get(), name, fn);
    }

    /** Fills the builtins namespace and installs the hooks; once, while the runtime starts. */
    public static synchronized void install(PyThreadState ts) {
        if (installed) return;
        installed = true;
        PyModule m = get();
        TextFileType.installOnce();
        put(m, "__name__", PyStr.intern("builtins"));
        put(m, "__doc__", PyStr.intern("Built-in functions, types, exceptions, and other objects."));
        put(m, "None", PyNone.NONE);
        put(m, "True", PyBool.TRUE);
        put(m, "False", PyBool.FALSE);
        put(m, "Ellipsis", PyEllipsis.ELLIPSIS);
        put(m, "NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        put(m, "__debug__", PyBool.TRUE);
        PyType[] types = {Types.OBJECT, Types.TYPE, Types.INT, Types.FLOAT, Types.COMPLEX, Types.BOOL, Types.STR,
            Types.BYTES, Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE,
            Types.PROPERTY, Types.CLASSMETHOD, Types.STATICMETHOD, Types.SUPER,
            Types.ENUMERATE, Types.ZIP, Types.MAP, Types.FILTER, Types.REVERSED};
        for (PyType t : types) put(m, t.name(), t);
        for (Map.Entry<String, PyType> e : Exceptions.all().entrySet()) put(m, e.getKey(), e.getValue());
        for (Map.Entry<String, PyType> e : ExtraExceptions.all().entrySet()) put(m, e.getKey(), e.getValue());
        put(m, "EnvironmentError", Exceptions.OS_ERROR);
        put(m, "IOError", Exceptions.OS_ERROR);
        BuiltinsIO.install(m);
        BuiltinsNumeric.install(m);
        BuiltinsIntrospection.install(m);
        BuiltinsIteration.install(m);
        Imports.nativeModules = NativeModules::find;
        ProgramHooks.argvSetter = (t, argv) -> {
            SysModule.setArgv(t, argv);
            SysModule.setPath(t, Imports.searchPath);
        };
        ProgramHooks.argvClearer = t -> {
            SysModule.setArgv(t, java.util.List.of());
            SysModule.setPath(t, java.util.List.of());
        };
    }
}
