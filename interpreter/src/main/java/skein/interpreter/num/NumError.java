package skein.interpreter.num;

/**
 * A Python exception raised by the numeric library, carried as plain data: the name of the
 * Python exception type ({@code "ZeroDivisionError"}, {@code "OverflowError"}, {@code
 * "ValueError"}, {@code "TypeError"}, {@code "MemoryError"}) and CPython's exact message. The
 * interpreter catches it at the boundary and raises the corresponding Python exception with
 * {@link #getMessage()} as its only argument.
 *
 * <p>This class never knows Python objects; it is a cheap unchecked exception without a
 * stack trace (these are control flow for the interpreter, not bugs).
 */
public final class NumError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception type name, e.g. {@code "ValueError"}. */
    private final String pyType;

    public NumError(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    /** The Python exception type name, e.g. {@code "OverflowError"}. */
    public String pyType() { return pyType; }

    /** Python's {@code str(exc)}: the message. */
    @Override public String toString() { return pyType + ": " + getMessage(); }

    public static NumError zeroDivision(String msg) { return new NumError("ZeroDivisionError", msg); }
    public static NumError overflow(String msg) { return new NumError("OverflowError", msg); }
    public static NumError value(String msg) { return new NumError("ValueError", msg); }
    public static NumError type(String msg) { return new NumError("TypeError", msg); }
    public static NumError memory() { return new NumError("MemoryError", ""); }

    /** {@code ValueError: math domain error}. */
    public static NumError domain() { return value("math domain error"); }
    /** {@code OverflowError: math range error}. */
    public static NumError range() { return overflow("math range error"); }
}
