package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

import java.math.BigInteger;

/**
 * {@code range_iterator} (every item fits in a long: plain long arithmetic, the loop-counter
 * fast path) and {@code longrange_iterator} (arbitrary precision), as CPython has both.
 */
public final class PyRangeIterator extends PyObj {
    private final boolean big;
    private long next, step, remaining;
    private BigInteger bNext, bStep, bRemaining;

    /** Long mode: {@code count} items from {@code start} by {@code step}, all fitting in a long. */
    public PyRangeIterator(ThreadState ts, long start, long step, long count) {
        super(ts);
        this.big = false;
        this.next = start;
        this.step = step;
        this.remaining = count;
    }

    public PyRangeIterator(ThreadState ts, BigInteger start, BigInteger step, BigInteger count) {
        super(ts);
        this.big = true;
        this.bNext = start;
        this.bStep = step;
        this.bRemaining = count;
    }

    @Override
    public PyType type() {
        return big ? Types.LONGRANGE_ITERATOR : Types.RANGE_ITERATOR;
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        RefCount.incref(this, ts);
        return this;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        if (!big) {
            if (remaining <= 0) return null;
            long v = next;
            remaining--;
            // the step past the last item may overflow; it is never read
            next = v + step;
            return PyInt.of(ts, v);
        }
        if (bRemaining.signum() <= 0) return null;
        BigInteger v = bNext;
        bRemaining = bRemaining.subtract(BigInteger.ONE);
        bNext = v.add(bStep);
        return PyInt.of(ts, v);
    }

    /** {@code __length_hint__}: the items left. */
    public PyObj lengthHint(PyThreadState ts) {
        return big ? PyInt.of(ts, bRemaining) : PyInt.of(ts, remaining);
    }
}
