package skein.interpreter.runtime;

import skein.gc.PyObject;
import skein.gc.ThreadState;

/**
 * The collector's view of a thread's frame stack ({@link skein.gc.StackRoots}): everything
 * the frames on it refer to is a root. The frame's own fields (function, globals, builtins,
 * locals) are borrowed, and a slot's reference to a deferred object (a function) is not
 * counted: without this scan, a function that only a running frame holds would look unused.
 *
 * <p>Every non-null slot is visited, not only those below the frame's stack pointer: the eval
 * loop keeps its stack pointer in a Java local between safe points and writes it back only when
 * something outside the loop needs it, while it clears each slot it pops. A stale slot can at
 * worst keep its object for one more collection.
 */
final class FrameRoots {
    private FrameRoots() {}

    /** Installed by {@link Runtime#init}. World stopped. */
    static void visit(ThreadState t, PyObject.Visitor v) {
        if (!(t instanceof PyThreadState p)) return;
        for (Frame f = p.frame; f != null; f = f.back) visitFrame(f, v);
    }

    private static void visitFrame(Frame f, PyObject.Visitor v) {
        visit(f.function, v);
        visit(f.globals, v);
        visit(f.builtins, v);
        visit(f.locals, v);
        visit(f.generator, v);
        for (PyObject o : f.slots) visit(o, v);
    }

    private static void visit(PyObject o, PyObject.Visitor v) {
        if (o != null) v.visit(o);
    }
}
