package skein.interpreter.builtins;

import skein.interpreter.objects.PyType;
import skein.interpreter.objects.Types;
import skein.interpreter.runtime.Exceptions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builtin exception classes of CPython 3.11 that the runtime itself never raises, so
 * {@link Exceptions} does not define them: the rest of the OSError family (ConnectionError,
 * BrokenPipeError, ...), UnicodeTranslateError and the remaining warning categories. Programs
 * name, raise and catch them; they behave as their bases (same instance layout, inherited
 * methods). ExceptionGroup is not among them (it needs its own semantics).
 */
final class ExtraExceptions {
    private ExtraExceptions() {}

    private static final Map<String, PyType> ALL = new LinkedHashMap<>();

    static {
        PyType os = Exceptions.OS_ERROR;
        make("BlockingIOError", os);
        make("ChildProcessError", os);
        PyType conn = make("ConnectionError", os);
        make("BrokenPipeError", conn);
        make("ConnectionAbortedError", conn);
        make("ConnectionRefusedError", conn);
        make("ConnectionResetError", conn);
        make("InterruptedError", os);
        make("ProcessLookupError", os);
        make("UnicodeTranslateError", Exceptions.UNICODE_ERROR);
        for (String w : new String[] {"BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
                "PendingDeprecationWarning", "ResourceWarning", "SyntaxWarning", "UnicodeWarning"}) {
            make(w, Exceptions.WARNING);
        }
    }

    /** A builtin exception class; instances are made by the base's factory (inherited). */
    private static PyType make(String name, PyType base) {
        PyType t = Types.builtin(name, base);
        ALL.put(name, t);
        return t;
    }

    static Map<String, PyType> all() {
        return ALL;
    }
}
