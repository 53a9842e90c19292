package skein.gc;

/** A test object: counts its frees and holds at most one child reference (for chains). */
final class Node extends PyObject {
    static final int FREELIST = Freelists.register("test-node", 4);

    int frees;
    PyObject child;

    Node(ThreadState ts) {
        super(ts);
    }

    /** A node owning the reference it is given to {@code child}. */
    Node(ThreadState ts, PyObject child) {
        super(ts);
        this.child = child;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        frees++;
        PyObject c = child;
        child = null;
        if (c != null) RefCount.decref(c, ts);
    }

    @Override
    protected int freelistKind() {
        return FREELIST;
    }
}
