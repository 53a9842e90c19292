package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Frame;

/**
 * {@code frame}: the Python view of a {@link Frame}, made only when a program asks for it
 * ({@code sys._getframe()}, {@code gi_frame}) or an exception's traceback passes through the
 * frame; one per frame. The frame holds a counted reference to it ({@link Frame#frameObject}).
 *
 * <p>While the frame runs, this object reads the frame's live state, so {@code f_lineno}
 * follows the running frame. When the frame exits and someone else still holds this object
 * (a traceback, a variable), it takes over what the frame held — the fast locals, the locals
 * mapping, the code, the globals and a frame object for the caller — as CPython's
 * {@code take_ownership} does, so that {@code tb.tb_frame.f_locals} still shows a finished
 * frame's variables. From then on it is an ordinary counted, tracked object, and a traceback
 * kept in one of those locals makes a cycle only the collector frees, exactly as in CPython.
 */
public final class PyFrame extends PyObj {
    public final Frame frame;

    /** After the frame exited: its fast locals (each owned), else null. */
    private PyObj[] ownedLocals;
    /** After the frame exited: the locals mapping of a module or class body (owned), or null. */
    private PyObj ownedMapping;
    /** After the frame exited: the code and the globals (owned). */
    private PyObj ownedCode, ownedGlobals;
    /** After the frame exited: the caller's frame object (owned), or null. */
    private PyFrame ownedBack;
    /** Written last by {@link #takeOwnership}: a thread that reads true sees the owned state. */
    private volatile boolean exited;

    private PyFrame(ThreadState ts, Frame frame) {
        super(ts);
        this.frame = frame;
        ts.track(this);
    }

    /**
     * The frame object of {@code f}, as a new reference; made on first use, and then the frame
     * itself holds one reference to it. The caller must own {@code f}: it runs on the caller's
     * thread, or the world is stopped.
     */
    public static PyFrame of(ThreadState ts, Frame f) {
        if (f.frameObject instanceof PyFrame p) {
            RefCount.incref(p, ts);
            return p;
        }
        PyFrame p = new PyFrame(ts, f); // the frame's reference
        f.frameObject = p;
        RefCount.incref(p, ts);
        return p;
    }

    /** Whether the frame has exited (its state now lives here). */
    public boolean exited() {
        return exited;
    }

    /** The fast locals after the frame exited (borrowed), or null while it runs. */
    public PyObj[] ownedLocals() {
        return ownedLocals;
    }

    /** The caller's frame object after the frame exited (borrowed), or null. */
    public PyFrame ownedBack() {
        return ownedBack;
    }

    /** The locals mapping after the frame exited (borrowed), or null. */
    public PyObj ownedMapping() {
        return ownedMapping;
    }

    /**
     * Called as {@code f} exits, before its slots are cleared, when this object outlives it: the
     * fast locals (slot references: {@code locals}, already turned into counted references by the
     * caller) move here; the code, globals and locals mapping are counted anew; the caller's
     * frame object is made if needed.
     */
    public void takeOwnership(ThreadState ts, PyObj[] locals, PyFrame back) {
        ownedLocals = locals;
        ownedBack = back;
        PyObj mapping = frame.locals;
        if (mapping != null) RefCount.incref(mapping, ts);
        ownedMapping = mapping;
        RefCount.incref(frame.code, ts);
        ownedCode = frame.code;
        RefCount.incref(frame.globals, ts);
        ownedGlobals = frame.globals;
        exited = true;
    }

    @Override
    public PyType type() {
        return Types.FRAME;
    }

    @Override
    public PyStr repr(skein.interpreter.runtime.PyThreadState ts) {
        return new PyStr(ts, "<frame at 0x" + String.format("%012x", identityHash()) + ", file '"
                + frame.code.code.filename + "', line " + frame.lineno() + ", code " + frame.code.code.name + ">");
    }

    @Override
    public void traverse(Visitor v) {
        PyObj[] l = ownedLocals;
        if (l != null) for (PyObj o : l) if (o != null) v.visit(o);
        if (ownedMapping != null) v.visit(ownedMapping);
        if (ownedCode != null) v.visit(ownedCode);
        if (ownedGlobals != null) v.visit(ownedGlobals);
        if (ownedBack != null) v.visit(ownedBack);
    }

    @Override
    public void clearForCollector(ThreadState ts) {
        clearReferences(ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj[] l = ownedLocals;
        ownedLocals = null;
        if (l != null) {
            for (int i = 0; i < l.length; i++) {
                PyObj o = l[i];
                l[i] = null;
                if (o != null) RefCount.decref(o, ts);
            }
        }
        PyObj[] rest = {ownedMapping, ownedCode, ownedGlobals, ownedBack};
        ownedMapping = ownedCode = ownedGlobals = null;
        ownedBack = null;
        for (PyObj o : rest) if (o != null) RefCount.decref(o, ts);
    }
}
