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
    /** The frame's frame object (owned; null once cleared): it keeps the frame's locals after it exits, as in CPython. */
    public PyFrame frameObject;
    public final int lasti;
    public final int lineno;
    public PyTraceback next;

    public PyTraceback(ThreadState ts, skein.interpreter.runtime.Frame frame, int lasti, int lineno, PyTraceback next) {
        super(ts);
        this.frame = frame;
        this.frameObject = PyFrame.of(ts, frame);
        this.lasti = lasti;
        this.lineno = lineno;
        if (next != null) RefCount.incref(next, ts);
        this.next = next;
        ts.track(this);
    }

    @Override
    public void traverse(Visitor v) {
        if (next != null) v.visit(next);
        if (frameObject != null) v.visit(frameObject);
    }

    @Override
    public void clearForCollector(ThreadState ts) {
        clearReferences(ts);
    }

    @Override
    public PyType type() {
        return Types.TRACEBACK;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyTraceback n = next;
        next = null;
        PyFrame p = frameObject;
        frameObject = null;
        if (n != null) RefCount.decref(n, ts);
        if (p != null) RefCount.decref(p, ts);
    }
}
