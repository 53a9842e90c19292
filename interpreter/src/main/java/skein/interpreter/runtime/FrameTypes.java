package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/** Attributes of frame and traceback objects, and {@code sys._getframe}. */
public final class FrameTypes {
    private FrameTypes() {}

    public static void install(PyThreadState ts) {
        PyType f = Types.FRAME;
        Slots.getset(f, "f_back", (t, self) -> onStableFrame(t, (PyFrame) self, p -> {
            if (p.exited()) {
                PyFrame back = p.ownedBack();
                if (back == null) return PyNone.NONE;
                RefCount.incref(back, t);
                return back;
            }
            // a suspended generator's frame has no caller (its back field is the last resumer's)
            if (p.frame.generator instanceof PyGenerator g && !g.running) return PyNone.NONE;
            Frame back = p.frame.back;
            return back == null ? PyNone.NONE : PyFrame.of(t, back);
        }), null);
        Slots.getset(f, "f_code", (t, self) -> ((PyFrame) self).frame.code, null);
        Slots.getset(f, "f_lineno", (t, self) -> PyInt.of(t, ((PyFrame) self).frame.lineno()), null);
        Slots.getset(f, "f_lasti", (t, self) -> PyInt.of(t, ((PyFrame) self).frame.lasti * 2), null);
        Slots.getset(f, "f_globals", (t, self) -> {
            PyDict g = ((PyFrame) self).frame.globals;
            RefCount.incref(g, t);
            return g;
        }, null);
        Slots.getset(f, "f_builtins", (t, self) -> {
            PyDict g = ((PyFrame) self).frame.builtins;
            RefCount.incref(g, t);
            return g;
        }, null);
        Slots.getset(f, "f_locals", (t, self) -> onStableFrame(t, (PyFrame) self, p -> p.exited()
                ? CoreBuiltins.locals(t, p.frame.code, p.ownedMapping(), p.ownedLocals())
                : CoreBuiltins.locals(t, p.frame)), null);

        PyType tb = Types.TRACEBACK;
        Slots.getset(tb, "tb_frame", (t, self) -> {
            PyFrame p = ((PyTraceback) self).frameObject;
            if (p == null) return PyNone.NONE; // cleared by the collector
            RefCount.incref(p, t);
            return p;
        }, null);
        Slots.getset(tb, "tb_lineno", (t, self) -> PyInt.of(t, ((PyTraceback) self).lineno), null);
        Slots.getset(tb, "tb_lasti", (t, self) -> PyInt.of(t, ((PyTraceback) self).lasti * 2), null);
        Slots.getset(tb, "tb_next", (t, self) -> {
            PyTraceback n = ((PyTraceback) self).next;
            if (n == null) return PyNone.NONE;
            RefCount.incref(n, t);
            return n;
        }, null);
    }

    /**
     * Reads a frame object's frame state where that is safe: directly when the frame has exited
     * (the object owns the state) or runs on this thread; otherwise — a frame on another
     * thread's stack (from {@code sys._current_frames()}) or a suspended generator's — with the
     * world stopped, so that its owner cannot change or free the slots under the reading.
     */
    private static PyObj onStableFrame(PyThreadState ts, PyFrame p, java.util.function.Function<PyFrame, PyObj> read) {
        if (p.exited()) return read.apply(p);
        return whileFrameStable(ts, p.frame, () -> read.apply(p));
    }

    /**
     * The frame object of {@code f} (a new reference), made with the world stopped unless
     * {@code f} runs on this thread: {@link PyFrame#of} stores it in the frame, which its own
     * thread reads as the frame exits ({@code gi_frame} of a generator another thread runs).
     */
    public static PyFrame frameObject(PyThreadState ts, Frame f) {
        return whileFrameStable(ts, f, () -> PyFrame.of(ts, f));
    }

    /** Runs {@code action} directly if {@code f} is on this thread's frame stack, else with the world stopped. */
    private static <T> T whileFrameStable(PyThreadState ts, Frame f, java.util.function.Supplier<T> action) {
        for (Frame g = ts.frame; g != null; g = g.back) if (g == f) return action.get();
        skein.gc.StopTheWorld.stop(ts);
        try {
            return action.get();
        } finally {
            skein.gc.StopTheWorld.start(ts);
        }
    }

    /** {@code sys._getframe([depth])}. */
    public static PyObj getframe(PyThreadState ts, PyObj[] a, PyStr[] k) {
        Args.check(ts, "_getframe", a, k, 0, 1);
        long depth = a.length == 0 ? 0 : Ops.asIndex(ts, a[0]);
        Frame f = ts.frame;
        for (long i = 0; i < depth && f != null; i++) f = f.back;
        if (f == null) throw Exceptions.valueError(ts, "call stack is not deep enough");
        return PyFrame.of(ts, f);
    }

    /**
     * {@code sys._current_frames()}: each thread's innermost frame by ident, read while the world
     * is stopped so that no frame stack changes under the reading.
     */
    public static PyObj currentFrames(PyThreadState ts, PyObj[] a, PyStr[] k) {
        Args.check(ts, "_current_frames", a, k, 0, 0);
        PyDict d = new PyDict(ts);
        // Frame objects are made while the world is stopped: a frame caches its PyFrame, and
        // its owner could otherwise be making the same one.
        skein.gc.StopTheWorld.stop(ts);
        try {
            for (skein.gc.ThreadState t : skein.gc.ThreadRegistry.liveThreads()) {
                if (!(t instanceof PyThreadState p) || p.frame == null) continue;
                PyObj key = PyInt.of(ts, p.id);
                PyObj frame = PyFrame.of(ts, p.frame);
                d.setItem(ts, key, frame);
                RefCount.decref(key, ts);
                RefCount.decref(frame, ts);
            }
        } finally {
            skein.gc.StopTheWorld.start(ts);
        }
        return d;
    }

    /** {@code sys.exc_info()}. */
    public static PyObj excInfo(PyThreadState ts, PyObj[] a, PyStr[] k) {
        Args.check(ts, "exc_info", a, k, 0, 0);
        PyObj e = ts.handledException();
        if (e == null) return PyTuple.of(ts, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        PyBaseException be = (PyBaseException) e;
        return PyTuple.of(ts, be.type(), be, be.traceback == null ? PyNone.NONE : be.traceback);
    }
}
