package skein.interpreter.runtime;

import skein.interpreter.objects.PyBaseException;
import skein.interpreter.parse.PySyntaxError;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** The parser's error behind a Python SyntaxError, so an uncaught one prints CPython's caret block. */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    private static final Map<PyBaseException, PySyntaxError> ORIGIN = Collections.synchronizedMap(new WeakHashMap<>());

    static void remember(PyBaseException v, PySyntaxError e) {
        ORIGIN.put(v, e);
    }

    public static PySyntaxError origin(PyBaseException v) {
        return ORIGIN.get(v);
    }
}
