package skein.interpreter.runtime;

/** Exceptions that cannot propagate (in __del__, in a generator closed while freed): printed to stderr, as CPython's "Exception ignored in". */
public final class Unraisable {
    private Unraisable() {}

    public static void report(PyThreadState ts, PyException e, String where) {
        try {
            Output.flushStdout();
            System.err.println(where);
            // CPython's default unraisable hook prints the exception alone, never its chain
            System.err.print(Tracebacks.formatWithoutChain(ts, e.value));
            System.err.flush();
        } finally {
            e.release(ts);
        }
    }
}
