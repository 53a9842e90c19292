package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/** {@code bytes_iterator}: yields the bytes as ints; drops the bytes once exhausted. */
public final class PyBytesIterator extends AbstractIterator {
    private PyBytes bytes;
    private int index;

    public PyBytesIterator(ThreadState ts, PyBytes bytes) {
        super(ts);
        RefCount.incref(bytes, ts);
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return Types.BYTES_ITERATOR;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyBytes b = bytes;
        if (b == null) return null;
        if (index < b.size()) return PyInt.small(b.bytes()[index++] & 0xFF);
        bytes = null;
        RefCount.decref(b, ts);
        return null;
    }

    /** {@code __length_hint__}: the bytes left. */
    public long lengthHint() {
        PyBytes b = bytes;
        return b == null ? 0 : b.size() - index;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyBytes b = bytes;
        bytes = null;
        if (b != null) RefCount.decref(b, ts);
    }
}
