package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.PyBytes;
import skein.interpreter.objects.PyInt;
import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;
import skein.interpreter.objects.PyType;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.str.StrError;

/**
 * The boundary between the str library ({@link skein.interpreter.str}), which reports Python
 * errors as plain {@link StrError} data, and the interpreter, which raises them as Python
 * exceptions of the named type with the same message.
 */
public final class StrErrors {
    private StrErrors() {}

    /** The Python exception for {@code e}, ready to throw. */
    public static PyException raise(PyThreadState ts, StrError e) {
        PyType t = switch (e.pythonType()) {
            case "ValueError" -> Exceptions.VALUE_ERROR;
            case "TypeError" -> Exceptions.TYPE_ERROR;
            case "IndexError" -> Exceptions.INDEX_ERROR;
            case "LookupError" -> Exceptions.LOOKUP_ERROR;
            case "OverflowError" -> Exceptions.OVERFLOW_ERROR;
            case "MemoryError" -> Exceptions.MEMORY_ERROR;
            case "NotImplementedError" -> Exceptions.NOT_IMPLEMENTED_ERROR;
            case "UnicodeEncodeError" -> Exceptions.UNICODE_ENCODE_ERROR;
            case "UnicodeDecodeError" -> Exceptions.UNICODE_DECODE_ERROR;
            case "UnicodeError" -> Exceptions.UNICODE_ERROR;
            default -> Exceptions.SYSTEM_ERROR;
        };
        PyException x = Exceptions.of(ts, t, e.getMessage());
        StrError.UnicodeDetails d = e.unicodeDetails();
        if (d != null) {
            // Python code reads these attributes; args stay the message (see the report's gap list)
            x.value.setAttrSteal(ts, "encoding", new PyStr(ts, d.encoding()));
            x.value.setAttrSteal(ts, "object", d.object() instanceof byte[] b ? new PyBytes(ts, b) : new PyStr(ts, (String) d.object()));
            x.value.setAttrSteal(ts, "start", PyInt.of(ts, d.start()));
            x.value.setAttrSteal(ts, "end", PyInt.of(ts, d.end()));
            x.value.setAttrSteal(ts, "reason", new PyStr(ts, d.reason()));
        }
        return x;
    }

    /** A numeric-library error met while formatting strings ({@code %}, {@code __format__}). */
    public static PyException raise(PyThreadState ts, NumError e) {
        return skein.interpreter.builtins.num.NumErrors.raise(ts, e);
    }

    /** Drops a reference held in a local when an exception unwinds. */
    static void drop(PyThreadState ts, PyObj o) {
        if (o != null) RefCount.decref(o, ts);
    }
}
