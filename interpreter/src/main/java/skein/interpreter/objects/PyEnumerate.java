package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

import java.math.BigInteger;

/** {@code enumerate(iterable, start=0)}: pairs (count, item); the count goes big past a long. */
public final class PyEnumerate extends AbstractIterator {
    private PyObj it;
    private long count;
    /** The count once it no longer fits in a long, else null. */
    private BigInteger bigCount;

    /** Takes over the reference to iterator {@code it}. */
    public PyEnumerate(ThreadState ts, PyObj it, PyInt start) {
        super(ts);
        this.it = it;
        if (start.isBig()) bigCount = start.big;
        else count = start.value;
    }

    @Override
    public PyType type() {
        return Types.ENUMERATE;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyObj src = it;
        if (src == null) return null;
        PyObj item = skein.interpreter.runtime.Ops.next(ts, src);
        if (item == null) return null;
        PyInt idx;
        if (bigCount == null) {
            idx = PyInt.of(ts, count);
            if (count == Long.MAX_VALUE) bigCount = BigInteger.valueOf(count).add(BigInteger.ONE);
            else count++;
        } else {
            idx = PyInt.of(ts, bigCount);
            bigCount = bigCount.add(BigInteger.ONE);
        }
        return PyTuple.steal(ts, new PyObj[] {idx, item});
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj i = it;
        it = null;
        if (i != null) RefCount.decref(i, ts);
    }
}
