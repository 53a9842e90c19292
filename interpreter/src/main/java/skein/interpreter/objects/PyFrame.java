package skein.interpreter.objects;

import skein.gc.ThreadState;
import skein.interpreter.runtime.Frame;

/**
 * {@code frame}: the Python view of a {@link Frame}, made only when a program asks for it
 * ({@code sys._getframe()}, {@code tb_frame}); one per frame, cached on the frame. It reads
 * the frame's live state, so {@code f_lineno} follows the running frame.
 */
public final class PyFrame extends PyObj {
    public final Frame frame;

    private PyFrame(ThreadState ts, Frame frame) {
        super(ts);
        this.frame = frame;
    }

    /** The frame object of {@code f} (borrowed: the frame keeps it, as CPython's frame->frame_obj). */
    public static PyFrame of(ThreadState ts, Frame f) {
        if (f.frameObject instanceof PyFrame p) return p;
        PyFrame p = new PyFrame(ts, f);
        p.makeImmortal(ts);
        f.frameObject = p;
        return p;
    }

    @Override
    public PyType type() {
        return Types.FRAME;
    }
}
