package skein.interpreter.builtins;

import skein.interpreter.objects.PyModule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The modules written in Java, by name, for the import system: {@code import math} consults
 * {@link #find} before searching {@code sys.path}. Each factory returns the same module every
 * time (a process has one {@code sys}); other parts of the runtime add theirs with
 * {@link #register} ({@code threading}, {@code gc}, ...).
 */
public final class NativeModules {
    private NativeModules() {}

    private static final Map<String, Supplier<PyModule>> FACTORIES = new ConcurrentHashMap<>();

    static {
        register("builtins", BuiltinsModule::get);
        register("sys", SysModule::get);
        register("math", MathModule::get);
        register("time", TimeModule::get);
        register("_thread", ThreadModule::get);
        register("gc", GcModule::get);
        register("_weakref", WeakrefModule::get);
    }

    /** Adds a native module; {@code factory} must return one module (made once) for the process. */
    public static void register(String name, Supplier<PyModule> factory) {
        FACTORIES.put(name, factory);
    }

    /** The native module {@code name} (made on first request), or null if there is none by that name. */
    public static PyModule find(String name) {
        Supplier<PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.get();
    }

    public static boolean has(String name) {
        return FACTORIES.containsKey(name);
    }

    /** The names of the native modules, sorted ({@code sys.builtin_module_names}). */
    public static List<String> names() {
        List<String> n = new ArrayList<>(FACTORIES.keySet());
        n.sort(null);
        return n;
    }
}
