package skein.interpreter.builtins;

import skein.interpreter.runtime.PyThreadState;

/**
 * Installs the mapping and set types: {@code dict} with its views and iterators
 * ({@link DictMethods}), {@code set}, {@code frozenset} and {@code set_iterator}
 * ({@link SetMethods}).
 */
public final class MappingTypes {
    private MappingTypes() {}

    public static void install(PyThreadState ts) {
        DictMethods.install();
        SetMethods.install();
    }
}
