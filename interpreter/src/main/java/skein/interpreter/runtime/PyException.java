package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.PyBaseException;
import skein.interpreter.objects.PyType;

/**
 * A Python exception travelling up the Java stack: the carrier of a {@link PyBaseException}
 * between the code that raised it and the eval loop (or builtin) that handles it. It has no
 * Java stack trace: raising a Python exception costs an object, not a stack walk.
 *
 * <p>The carrier owns one reference to the exception. Whoever catches it and does not pass
 * it on (a handler in the eval loop takes the reference onto its stack; {@code hasattr}
 * swallows an AttributeError) must {@link #release} it.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /** Re-raised in the frame that handled it: that frame's traceback entry is already there. */
    boolean reraised;
    /** {@code __context__} was decided where it was raised; frames it passes through leave it alone. */
    boolean contextDone;

    /** Takes ownership of one reference to {@code value}. */
    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** A carrier for re-raising an exception a handler already holds (bare raise, RERAISE). */
    static PyException reraise(PyBaseException value) {
        PyException e = new PyException(value);
        e.reraised = true;
        e.contextDone = true;
        return e;
    }

    public PyType type() {
        return value.type();
    }

    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }

    /** Drops the carrier's reference: the exception was handled and is not kept. */
    public void release(PyThreadState ts) {
        RefCount.decref(value, ts);
    }

    @Override
    public String getMessage() {
        return value.typeName() + ": " + Exceptions.messageOf(value);
    }
}
