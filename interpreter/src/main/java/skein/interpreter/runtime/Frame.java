package skein.interpreter.runtime;

import skein.interpreter.objects.PyCode;
import skein.interpreter.objects.PyDict;
import skein.interpreter.objects.PyFunction;
import skein.interpreter.objects.PyObj;

/**
 * One activation of a code object: the frame stack's unit. {@link #slots} holds the fast
 * locals ("localsplus": locals, cells, free variables) followed by the evaluation stack, as
 * in CPython's {@code _PyInterpreterFrame}; {@link #ip} and {@link #sp} are the eval loop's
 * registers, written back here only when something outside the loop needs them (a call, a
 * suspension, an exception, an introspection).
 *
 * <p>This is not a Python object: {@code sys._getframe()} and tracebacks make a
 * {@code PyFrame} view of it lazily.
 */
public final class Frame {
    public final PyCode code;
    /** The function being run, or null for module and class bodies. */
    public final PyFunction function;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (borrowed: whoever made the frame keeps it alive), null for function frames. */
    public PyObj locals;
    /** Fast locals then the evaluation stack; each non-null slot is a stack reference. */
    public final PyObj[] slots;
    /** Index of the next instruction. */
    public int ip;
    /** Index of the first free stack slot. */
    public int sp;
    /** The calling frame, or null. */
    public Frame back;
    /** When this frame returns, the Java call of the eval loop that started it returns too. */
    public boolean isEntry;
    /** The generator this frame belongs to, or null. */
    public PyObj generator;
    /** The frame object made for it, if one was asked for. */
    public PyObj frameObject;
    /** The instruction currently executing (for tracebacks and f_lineno). */
    public int lasti;
    /**
     * Whether the frame holds a counted reference to {@link #function}: a nested function is
     * not deferred, and the caller's stack reference to it goes as soon as the call starts, so
     * without this a lambda called once could be freed (its closure cleared) while it runs.
     * Dropped by {@link Calls#clearSlots}.
     */
    boolean holdsFunction;
    /**
     * For a frame running {@code __init__} on behalf of a class call in the eval loop
     * ({@link TypeCall#initFrame}): the new instance (a counted reference), which the call returns
     * instead of {@code __init__}'s None. Dropped by {@link Calls#clearSlots} if the frame ends by
     * an exception.
     */
    PyObj initSelf;

    public Frame(PyCode code, PyFunction function, PyDict globals, PyDict builtins, PyObj locals) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.slots = new PyObj[code.frameSize];
        this.sp = code.nlocalsplus;
    }

    /** The source line being executed. */
    public int lineno() {
        return code.code.lineAt(Math.max(lasti, 0));
    }
}
