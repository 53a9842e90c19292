package skein.interpreter.builtins.num;

import skein.interpreter.num.NumError;
import skein.interpreter.objects.PyType;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * The boundary between the numeric library ({@link skein.interpreter.num}), which reports
 * Python errors as plain {@link NumError} data, and the interpreter, which raises them as
 * Python exceptions with the same type and message.
 */
public final class NumErrors {
    private NumErrors() {}

    /** The Python exception for {@code e}, ready to throw. */
    public static PyException raise(PyThreadState ts, NumError e) {
        PyType t = switch (e.pyType()) {
            case "ZeroDivisionError" -> Exceptions.ZERO_DIVISION_ERROR;
            case "OverflowError" -> Exceptions.OVERFLOW_ERROR;
            case "ValueError" -> Exceptions.VALUE_ERROR;
            case "TypeError" -> Exceptions.TYPE_ERROR;
            case "MemoryError" -> Exceptions.MEMORY_ERROR;
            default -> Exceptions.SYSTEM_ERROR;
        };
        String msg = e.getMessage();
        // MemoryError() is raised without arguments, so str(e) is empty
        if (msg == null || msg.isEmpty()) return Exceptions.withArgs(ts, t);
        return Exceptions.of(ts, t, msg);
    }
}
