package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Unraisable;

/**
 * {@code __del__} for instances of classes made by {@code class} statements, whatever their
 * builtin base: the finalizer hook of {@link skein.gc.PyObject} calls it when the last
 * reference goes; an exception in it is printed ("Exception ignored in: ...") and dropped.
 */
public final class HeapFinalizer {
    private HeapFinalizer() {}

    private static final PyStr S_DEL = PyStr.intern("__del__");

    public static boolean has(PyType type) {
        return type.isHeapType() && type.lookup(S_DEL) != null;
    }

    public static void run(ThreadState ts, PyObj self) {
        PyThreadState pts = (PyThreadState) ts;
        PyObj del = self.type().lookup(S_DEL);
        if (del == null) return;
        try {
            RefCount.decref(Ops.callMethod(pts, del, self, new PyObj[0], null), ts);
        } catch (PyException e) {
            Unraisable.report(pts, e, "Exception ignored in: " + Ops.reprString(pts, del));
        }
        // Deallocation revived the object with fresh counts, which dropped the maybe-weakref flag,
        // so while __del__ runs other threads' weak references answer None, as they did from the
        // moment the count reached zero (free-threaded CPython behaves the same way). Setting the
        // flag before __del__ let a weak reference revive a dying object: None from one
        // reference, then the object from another. Only an object __del__ resurrected needs it
        // back, so that its weak references work from any thread again.
        if (self instanceof Weakrefable w && w.weakrefHead() != null && RefCount.trueCount(self) > 1) {
            RefCount.setMaybeWeakref(self);
        }
    }
}
