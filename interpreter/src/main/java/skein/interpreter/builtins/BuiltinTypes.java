package skein.interpreter.builtins;

import skein.interpreter.runtime.PyThreadState;

/** Installs every builtin type's methods into its dictionary, once, at start-up. */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    public static void installAll(PyThreadState ts) {
        NumberTypes.install(ts);
        StrTypes.install(ts);
        SequenceTypes.install(ts);
        MappingTypes.install(ts);
        FunctionTypes.install(ts);
        ExceptionTypes.install(ts);
        BuiltinsModule.install(ts);
    }
}
