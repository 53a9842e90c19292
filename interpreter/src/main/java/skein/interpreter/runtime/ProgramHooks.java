package skein.interpreter.runtime;

import java.util.List;

/** Hooks the sys module installs so the runner can set sys.argv and sys.path without depending on it. */
public final class ProgramHooks {
    private ProgramHooks() {}

    public interface ArgvSetter {
        void set(PyThreadState ts, List<String> argv);
    }

    public static volatile ArgvSetter argvSetter = (ts, argv) -> {};

    static void setArgv(PyThreadState ts, List<String> argv) {
        argvSetter.set(ts, argv);
    }

    /** Drops sys.argv and sys.path at shutdown (checking mode's teardown). */
    public static volatile java.util.function.Consumer<PyThreadState> argvClearer = ts -> {};

    static void clearArgv(PyThreadState ts) {
        argvClearer.accept(ts);
    }
}
