package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/**
 * Resuming generators: send, throw, close, and the delegation of {@code yield from}
 * (CPython's {@code genobject.c}). A generator's frame runs as an entry frame of the eval
 * loop, so {@code next(gen)} from Java and {@code for x in gen} both re-enter the loop once.
 */
public final class Generators {
    private Generators() {}

    private static final PyStr S_SEND = PyStr.intern("send");
    private static final PyStr S_THROW = PyStr.intern("throw");
    private static final PyStr S_CLOSE = PyStr.intern("close");

    /**
     * Sends {@code value} into {@code receiver} (a generator, or any iterator for
     * {@code yield from}): the yielded value (new reference), or null when the receiver
     * finished — its return value is then in {@link #takeReturnValue}.
     */
    public static PyObj send(PyThreadState ts, PyObj receiver, PyObj value) {
        if (receiver instanceof PyGenerator g) return resume(ts, g, value, null);
        if (value == PyNone.NONE) {
            PyObj r = Ops.next(ts, receiver);
            if (r == null) pendingReturn.set(null);
            return r;
        }
        PyObj sender = Ops.getAttr(ts, receiver, S_SEND);
        try {
            return Ops.call(ts, sender, value);
        } catch (PyException e) {
            if (!e.matches(Exceptions.STOP_ITERATION)) throw e;
            pendingReturn.set(stopValue(ts, e.value));
            e.release(ts);
            return null;
        } finally {
            RefCount.decref(sender, ts);
        }
    }

    /** The return value of a non-generator iterator that finished under SEND. */
    private static final ThreadLocal<PyObj> pendingReturn = new ThreadLocal<>();

    /** After {@link #send} returned null: the receiver's return value (new reference). */
    public static PyObj takeReturnValue(PyThreadState ts, PyObj receiver) {
        if (receiver instanceof PyGenerator g) {
            PyObj v = g.returnValue;
            g.returnValue = null;
            return v != null ? v : PyNone.NONE;
        }
        PyObj v = pendingReturn.get();
        pendingReturn.remove();
        return v != null ? v : PyNone.NONE;
    }

    /** StopIteration's value attribute (new reference). */
    static PyObj stopValue(PyThreadState ts, PyBaseException e) {
        PyObj v = e.attr("value");
        if (v == null) v = e.args.size() > 0 ? e.args.get(0) : PyNone.NONE;
        RefCount.incref(v, ts);
        return v;
    }

    static PyObj resume(PyThreadState ts, PyGenerator g, PyObj value, PyException toThrow) {
        if (!g.claim()) throw Exceptions.valueError(ts, "generator already executing");
        if (g.finished) {
            g.release();
            if (toThrow != null) throw toThrow;
            return null;
        }
        if (!g.started && value != PyNone.NONE && toThrow == null) {
            g.release();
            throw Exceptions.typeError(ts, "can't send non-None value to a just-started generator");
        }
        return run(ts, g, value, toThrow);
    }

    /**
     * Runs the generator's frame until it yields, returns or raises (value null: stack already
     * prepared). The caller has {@linkplain PyGenerator#claim claimed} it; this releases it.
     */
    private static PyObj run(PyThreadState ts, PyGenerator g, PyObj value, PyException toThrow) {
        g.started = true;
        g.excState.previous = ts.excInfo;
        ts.excInfo = g.excState;
        Frame f = g.frame;
        try {
            PyObj r = Eval.resume(ts, f, value, toThrow);
            if (f.ip < 0) {
                // returned: r is the return value
                g.finished = true;
                g.returnValue = r;
                return null;
            }
            return r;
        } catch (PyException e) {
            g.finished = true;
            if (e.matches(Exceptions.STOP_ITERATION)) {
                PyException re = Exceptions.runtimeError(ts, "generator raised StopIteration");
                re.value.setCause(ts, e.value);
                re.value.setContext(ts, e.value);
                re.value.suppressContext = true;
                e.release(ts);
                throw re;
            }
            throw e;
        } finally {
            ts.excInfo = g.excState.previous;
            g.excState.previous = null;
            g.release();
        }
    }

    /** {@code gen.throw(exc)}: raises exc at the suspension point (or in the delegate of yield from). */
    public static PyObj throwInto(PyThreadState ts, PyGenerator g, PyException exc) {
        PyObj delegate = yieldFromTarget(g);
        if (delegate != null && g.claim()) {
            PyObj r;
            boolean held = true;
            try {
                if (exc.matches(Exceptions.GENERATOR_EXIT)) {
                    closeIter(ts, delegate);
                    r = null;
                    held = false;
                    g.release();
                    return resume(ts, g, PyNone.NONE, exc);
                }
                if (delegate instanceof PyGenerator dg) {
                    r = throwInto(ts, dg, exc);
                    if (r == null) {
                        // the delegate returned: resume our frame after the yield from with its value
                        held = false;
                        g.release();
                        PyObj ret = takeReturnValue(ts, dg);
                        return finishYieldFrom(ts, g, ret);
                    }
                    return r;
                }
                PyObj thrower = Ops.getAttrOrNull(ts, delegate, S_THROW);
                if (thrower == null) {
                    held = false;
                    g.release();
                    return resume(ts, g, PyNone.NONE, exc);
                }
                try {
                    r = Ops.call(ts, thrower, exc.value);
                    exc.release(ts);
                    return r;
                } catch (PyException e2) {
                    if (e2.matches(Exceptions.STOP_ITERATION)) {
                        PyObj ret = stopValue(ts, e2.value);
                        e2.release(ts);
                        held = false;
                        g.release();
                        return finishYieldFrom(ts, g, ret);
                    }
                    held = false;
                    g.release();
                    return resume(ts, g, PyNone.NONE, e2);
                } finally {
                    RefCount.decref(thrower, ts);
                }
            } finally {
                if (held) g.release();
            }
        }
        return resume(ts, g, PyNone.NONE, exc);
    }

    /** The delegate finished with ret: pop it and jump past the yield-from loop, as SEND does. */
    private static PyObj finishYieldFrom(PyThreadState ts, PyGenerator g, PyObj ret) {
        Frame f = g.frame;
        // the receiver is on top of the suspended stack; the SEND that owns the loop jumps on exhaustion
        PyObj receiver = f.slots[f.sp - 1];
        f.slots[f.sp - 1] = Eval.own(ret, ts);
        RefCount.decrefStack(receiver, ts);
        int send = findSend(f);
        f.ip = skein.interpreter.bytecode.Opcode.argOf(f.code.words[send]);
        if (!g.claim()) throw Exceptions.valueError(ts, "generator already executing");
        return run(ts, g, null, null);
    }

    /** The SEND instruction of the yield-from loop the frame is suspended in. */
    private static int findSend(Frame f) {
        int[] w = f.code.words;
        for (int i = f.ip - 1; i >= 0; i--) {
            if (skein.interpreter.bytecode.Opcode.opOf(w[i]) == skein.interpreter.bytecode.Op.SEND) return i;
        }
        throw new IllegalStateException("no SEND before a yield from");
    }

    /** {@code gi_yieldfrom}: the sub-iterator (borrowed) or null. */
    public static PyObj yieldFrom(PyGenerator g) {
        return yieldFromTarget(g);
    }

    /** The sub-iterator a suspended generator is delegating to with yield from, or null. */
    static PyObj yieldFromTarget(PyGenerator g) {
        Frame f = g.frame;
        if (!g.started || g.finished || f.ip <= 0 || f.ip >= f.code.words.length) return null;
        int next = f.code.words[f.ip];
        if (skein.interpreter.bytecode.Opcode.opOf(next) == skein.interpreter.bytecode.Op.RESUME && skein.interpreter.bytecode.Opcode.argOf(next) >= 2) {
            return f.slots[f.sp - 1];
        }
        return null;
    }

    private static void closeIter(PyThreadState ts, PyObj it) {
        if (it instanceof PyGenerator g) {
            close(ts, g);
            return;
        }
        PyObj closer = Ops.getAttrOrNull(ts, it, S_CLOSE);
        if (closer != null) {
            try {
                RefCount.decref(Ops.call(ts, closer), ts);
            } finally {
                RefCount.decref(closer, ts);
            }
        }
    }

    /** {@code gen.close()}: GeneratorExit at the suspension point; yielding again is a RuntimeError. */
    public static void close(PyThreadState ts, PyGenerator g) {
        if (g.finished || !g.started) {
            g.finished = true;
            return;
        }
        PyException exit = Exceptions.withArgs(ts, Exceptions.GENERATOR_EXIT);
        try {
            PyObj r = throwInto(ts, g, exit);
            if (r != null) {
                RefCount.decref(r, ts);
                throw Exceptions.runtimeError(ts, "generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (e.matches(Exceptions.GENERATOR_EXIT) || e.matches(Exceptions.STOP_ITERATION)) {
                e.release(ts);
                return;
            }
            throw e;
        }
    }

    /** A suspended generator being freed is closed first, as CPython does. */
    public static void closeOnDealloc(PyThreadState ts, PyGenerator g) {
        try {
            close(ts, g);
        } catch (PyException e) {
            Unraisable.report(ts, e, "Exception ignored in: " + Ops.reprString(ts, g));
        }
    }

    /** Drops the frame's references once the generator is gone. */
    public static void clearFrame(PyThreadState ts, PyGenerator g) {
        Frame f = g.frame;
        if (f.ip >= 0) {
            Calls.clearSlots(ts, f);
            f.ip = -1;
        }
    }
}
