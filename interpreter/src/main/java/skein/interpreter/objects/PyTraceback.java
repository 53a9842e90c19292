package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

/**
 * One entry of a traceback: where a frame was when the exception passed through it. The
 * chain runs from the outermost frame ({@code tb} of the exception) to the innermost
 * ({@code tb_next}), as in CPython. It records the code and line, not the live frame:
 * frame objects are made only when someone asks ({@code tb_frame}).
 */
public final class PyTraceback extends PyObj {
    public final skein.interpreter.runtime.Frame frame;
    public final int lasti;
    public final int lineno;
    public PyTraceback next;

    public PyTraceback(ThreadState ts, skein.interpreter.runtime.Frame frame, int lasti, int lineno, PyTraceback next) {
        super(ts);
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
        if (next != null) RefCount.incref(next, ts);
        this.next = next;
    }

    @Override
    public PyType type() {
        return Types.TRACEBACK;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyTraceback n = next;
        next = null;
        if (n != null) RefCount.decref(n, ts);
    }
}
