package skein.interpreter.runtime;

import skein.interpreter.objects.PyBaseException;
import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;
import skein.interpreter.objects.PyTuple;
import skein.interpreter.objects.PyType;
import skein.interpreter.objects.Types;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builtin exception hierarchy (CPython 3.11's, the parts a program meets) and the
 * factories the runtime raises with: {@code throw Exceptions.typeError(ts, "...")}.
 */
public final class Exceptions {
    private Exceptions() {}

    private static final Map<String, PyType> BY_NAME = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = make("BaseException", null);
    public static final PyType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = make("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = make("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = make("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = make("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = make("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = make("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = make("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = make("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = make("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = make("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = make("OSError", EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = make("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = make("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = make("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = make("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = make("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = make("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType WARNING = make("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = make("UserWarning", WARNING);

    private static PyType make(String name, PyType base) {
        PyType t = Types.builtin(name, base == null ? Types.OBJECT : base);
        t.setFactory((ts, type) -> new PyBaseException(ts, type, PyTuple.EMPTY));
        BY_NAME.put(name, t);
        return t;
    }

    /** Every builtin exception type by name, in hierarchy order (for the builtins module). */
    public static Map<String, PyType> all() {
        return BY_NAME;
    }

    // ---- raising ----

    /** A new exception of {@code type} with one str argument, ready to throw. */
    public static PyException of(PyThreadState ts, PyType type, String message) {
        PyStr msg = new PyStr(ts, message);
        PyTuple args = PyTuple.of(ts, msg);
        skein.gc.RefCount.decref(msg, ts);
        PyBaseException e = new PyBaseException(ts, type, args);
        skein.gc.RefCount.decref(args, ts);
        return new PyException(e);
    }

    /** A new exception of {@code type} with the given arguments (borrowed). */
    public static PyException withArgs(PyThreadState ts, PyType type, PyObj... args) {
        PyTuple t = PyTuple.of(ts, args);
        PyBaseException e = new PyBaseException(ts, type, t);
        skein.gc.RefCount.decref(t, ts);
        return new PyException(e);
    }

    public static PyException typeError(PyThreadState ts, String msg) { return of(ts, TYPE_ERROR, msg); }
    public static PyException valueError(PyThreadState ts, String msg) { return of(ts, VALUE_ERROR, msg); }
    public static PyException indexError(PyThreadState ts, String msg) { return of(ts, INDEX_ERROR, msg); }
    public static PyException attributeError(PyThreadState ts, String msg) { return of(ts, ATTRIBUTE_ERROR, msg); }
    public static PyException nameError(PyThreadState ts, String msg) { return of(ts, NAME_ERROR, msg); }
    public static PyException runtimeError(PyThreadState ts, String msg) { return of(ts, RUNTIME_ERROR, msg); }
    public static PyException zeroDivision(PyThreadState ts, String msg) { return of(ts, ZERO_DIVISION_ERROR, msg); }
    public static PyException overflowError(PyThreadState ts, String msg) { return of(ts, OVERFLOW_ERROR, msg); }
    public static PyException systemError(PyThreadState ts, String msg) { return of(ts, SYSTEM_ERROR, msg); }
    public static PyException recursionError(PyThreadState ts, String msg) { return of(ts, RECURSION_ERROR, msg); }

    /** {@code KeyError(key)}: its one argument is the key itself. */
    public static PyException keyError(PyThreadState ts, PyObj key) {
        return withArgs(ts, KEY_ERROR, key);
    }

    /** {@code StopIteration(value)} as a generator's return raises it. */
    public static PyException stopIteration(PyThreadState ts, PyObj value) {
        if (value == null || value == skein.interpreter.objects.PyNone.NONE) return withArgs(ts, STOP_ITERATION);
        return withArgs(ts, STOP_ITERATION, value);
    }

    /** The message as {@code str(exc)} shows it for one argument, for Java-side diagnostics. */
    static String messageOf(PyBaseException e) {
        PyTuple a = e.args;
        if (a == null || a.size() == 0) return "";
        PyObj first = a.get(0);
        return a.size() == 1 && first instanceof PyStr s ? s.value : String.valueOf(first);
    }
}
