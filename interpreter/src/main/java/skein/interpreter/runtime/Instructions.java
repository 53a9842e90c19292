package skein.interpreter.runtime;

import skein.gc.EvalBreakerWord;
import skein.gc.RefCount;
import skein.interpreter.bytecode.Opcode;
import skein.interpreter.objects.*;

/**
 * The common instructions, defined once for both ways Skein runs bytecode: the eval loop
 * ({@link Eval}) calls these from its {@code switch}, and code compiled to JVM bytecode
 * ({@link CompiledCode}, made by {@code skein.interpreter.jit.Compiler}) calls them with every
 * argument a constant, so HotSpot folds the stack positions and the borrowed-operand tests.
 *
 * <p>{@code sp} is the absolute slot index of the first free stack slot before the
 * instruction. Each method leaves the stack as the instruction's stack effect says
 * ({@link Opcode}); the caller moves its own {@code sp}. If it throws, the operands are still
 * in place (or their slots null), which is what the unwinder expects: it pops from the
 * depth the instruction started at.
 *
 * <p>{@code word} is the whole instruction word where the borrowed-operand bits matter
 * ({@link Opcode#word(Opcode, int, int)}): an operand LOAD_FAST_BORROW pushed holds no reference
 * and is not dropped.
 */
final class Instructions {
    private Instructions() {}

    /**
     * An instruction word's borrowed-operand bits ({@link Opcode#word(Opcode, int, int)}): set when
     * LOAD_FAST_BORROW pushed that operand, which then holds no reference of its own and must not
     * be dropped or reused in place.
     */
    static final int BORROWED_TOS = 1 << 28, BORROWED_TOS1 = 1 << 29, BORROWED_TOS2 = 1 << 30;
    /** CALL's bit: its self operand (below the arguments) is the borrowed object of a LOAD_METHOD that found a method. */
    static final int BORROWED_SELF = 1 << 31;

    /** The eval-breaker check of RESUME and backward jumps (see {@code Eval.pollBreaker}). */
    static void pollBreaker(PyThreadState ts) {
        if (((EvalBreakerWord) ts.evalBreaker()).lvBits() != 0) ts.serviceEvalBreaker();
    }

    static void popTop(PyThreadState ts, PyObj[] s, int sp) {
        PyObj v = s[sp - 1];
        s[sp - 1] = null;
        RefCount.decrefStack(v, ts);
    }

    static void copy(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj v = s[sp - arg];
        RefCount.increfStack(v, ts);
        s[sp] = v;
    }

    static void swap(PyObj[] s, int sp, int arg) {
        PyObj t = s[sp - 1];
        s[sp - 1] = s[sp - arg];
        s[sp - arg] = t;
    }

    static void loadConst(PyCode pc, PyObj[] s, int sp, int arg) {
        s[sp] = pc.consts[arg];
    }

    static void loadFast(PyThreadState ts, PyCode pc, PyObj[] s, int sp, int arg) {
        PyObj v = s[arg];
        if (v == null) throw Eval.unboundLocal(ts, pc, arg);
        RefCount.increfStack(v, ts);
        s[sp] = v;
    }

    static void loadFastBorrow(PyThreadState ts, PyCode pc, PyObj[] s, int sp, int arg) {
        PyObj v = s[arg];
        if (v == null) throw Eval.unboundLocal(ts, pc, arg);
        s[sp] = v;
    }

    static void storeFast(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj v = s[sp - 1];
        s[sp - 1] = null;
        PyObj old = s[arg];
        s[arg] = v;
        if (old != null) RefCount.decrefStack(old, ts);
    }

    /** LOAD_GLOBAL; {@code at} is the instruction's index (its inline cache). Returns the new sp. */
    static int loadGlobal(PyThreadState ts, Frame f, PyCode pc, PyObj[] s, int sp, int arg, int at) {
        PyStr name = pc.names[arg >> 1];
        PyObj v = InlineCaches.loadGlobal(ts, pc, at, f.globals, f.builtins, name); // a stack reference
        if (v == null) throw Names.notDefined(ts, name);
        if ((arg & 1) != 0) s[sp++] = null;
        s[sp++] = v;
        return sp;
    }

    static void loadClosure(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj c = s[arg];
        RefCount.increfStack(c, ts);
        s[sp] = c;
    }

    static void loadDeref(PyThreadState ts, PyCode pc, PyObj[] s, int sp, int arg) {
        PyObj v = ((PyCell) s[arg]).value;
        if (v == null) throw Names.unboundDeref(ts, pc, arg);
        RefCount.increfStack(v, ts);
        s[sp] = v;
    }

    static void storeDeref(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj v = s[sp - 1];
        s[sp - 1] = null;
        ((PyCell) s[arg]).set(ts, v);
        RefCount.decrefStack(v, ts);
    }

    static void loadAttr(PyThreadState ts, PyCode pc, PyObj[] s, int sp, int arg, int word, int at) {
        PyObj o = s[sp - 1];
        PyObj v = InlineCaches.loadAttr(ts, pc, at, o, pc.names[arg]);
        s[sp - 1] = Eval.own(v, ts);
        if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(o, ts);
    }

    /**
     * A borrowed object (BORROWED_TOS) stays borrowed as the method's self, and the CALL that
     * consumes it knows (BORROWED_SELF); if the attribute is not a method, the call gets the
     * attribute's value, owned, and the borrowed object is simply not dropped.
     */
    static void loadMethod(PyThreadState ts, PyCode pc, PyObj[] s, int sp, int arg, int word, int at) {
        PyObj o = s[sp - 1];
        PyObj meth = InlineCaches.lookupMethod(pc, at, o, pc.names[arg]);
        if (meth != null) {
            RefCount.increfStack(meth, ts);
            s[sp - 1] = meth;
            s[sp] = o;
        } else {
            PyObj v = Ops.getAttr(ts, o, pc.names[arg]);
            s[sp - 1] = null;
            s[sp] = Eval.own(v, ts);
            if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(o, ts);
        }
    }

    static void storeAttr(PyThreadState ts, PyCode pc, PyObj[] s, int sp, int arg, int word, int at) {
        PyObj o = s[sp - 1], v = s[sp - 2];
        InlineCaches.storeAttr(ts, pc, at, o, pc.names[arg], v);
        s[sp - 1] = null;
        s[sp - 2] = null;
        if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(o, ts);
        if ((word & BORROWED_TOS1) == 0) RefCount.decrefStack(v, ts);
    }

    static void binarySubscr(PyThreadState ts, PyObj[] s, int sp, int word) {
        PyObj c = s[sp - 2], k = s[sp - 1];
        // lst[i]: PyList's lock-free read, without the slot dispatch
        PyObj v = c.getClass() == PyList.class && k.getClass() == PyInt.class && !((PyInt) k).isBig()
                ? ((PyList) c).item(ts, ((PyInt) k).value) : Ops.getItem(ts, c, k);
        s[sp - 1] = null;
        s[sp - 2] = Eval.own(v, ts);
        if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(k, ts);
        if ((word & BORROWED_TOS1) == 0) RefCount.decrefStack(c, ts);
    }

    static void storeSubscr(PyThreadState ts, PyObj[] s, int sp, int word) {
        PyObj v = s[sp - 3], c = s[sp - 2], k = s[sp - 1];
        Ops.setItem(ts, c, k, v);
        s[sp - 1] = null;
        s[sp - 2] = null;
        s[sp - 3] = null;
        if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(k, ts);
        if ((word & BORROWED_TOS1) == 0) RefCount.decrefStack(c, ts);
        if ((word & BORROWED_TOS2) == 0) RefCount.decrefStack(v, ts);
    }

    static void binaryOp(PyThreadState ts, PyObj[] s, int sp, int arg, int word) {
        PyObj a = s[sp - 2], b = s[sp - 1];
        int op = arg < 13 ? arg : arg - 13;
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            PyObj r = Fast.floatArithmetic(ts, (PyFloat) a, (PyFloat) b, op, word >>> Opcode.BORROWED_SHIFT);
            if (r != null) {
                s[sp - 1] = null;
                s[sp - 2] = r;
                if (r != b && (word & BORROWED_TOS) == 0) RefCount.decrefStack(b, ts);
                if (r != a && (word & BORROWED_TOS1) == 0) RefCount.decrefStack(a, ts);
                return;
            }
        }
        PyObj r = Fast.binaryOp(ts, a, b, op);
        if (r == null) r = arg < 13 ? Ops.binaryOp(ts, a, b, arg) : Ops.inplaceOp(ts, a, b, op);
        s[sp - 1] = null;
        s[sp - 2] = Eval.own(r, ts);
        if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(b, ts);
        if ((word & BORROWED_TOS1) == 0) RefCount.decrefStack(a, ts);
    }

    static void unaryNot(PyThreadState ts, PyObj[] s, int sp) {
        PyObj a = s[sp - 1];
        boolean t = Ops.isTrue(ts, a);
        s[sp - 1] = PyBool.of(!t);
        RefCount.decrefStack(a, ts);
    }

    static void compareOp(PyThreadState ts, PyObj[] s, int sp, int arg, int word) {
        PyObj a = s[sp - 2], b = s[sp - 1];
        PyObj r = Fast.compareOp(a, b, arg);
        if (r == null) r = Ops.richCompare(ts, a, b, arg);
        s[sp - 1] = null;
        s[sp - 2] = Eval.own(r, ts);
        if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(b, ts);
        if ((word & BORROWED_TOS1) == 0) RefCount.decrefStack(a, ts);
    }

    static void isOp(PyThreadState ts, PyObj[] s, int sp, int arg, int word) {
        PyObj a = s[sp - 2], b = s[sp - 1];
        boolean r = (a == b) ^ (arg == 1);
        s[sp - 1] = null;
        s[sp - 2] = PyBool.of(r);
        if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(b, ts);
        if ((word & BORROWED_TOS1) == 0) RefCount.decrefStack(a, ts);
    }

    static void buildTuple(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj[] items = new PyObj[arg];
        for (int i = arg - 1; i >= 0; i--) {
            PyObj v = s[--sp];
            s[sp] = null;
            items[i] = Eval.unown(v, ts);
        }
        s[sp] = PyTuple.steal(ts, items);
    }

    /** {@code BUILD_SLICE}: {@code arg} (2 or 3) bounds become one slice. */
    static void buildSlice(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj step = arg == 3 ? s[sp - 1] : PyNone.NONE;
        PyObj stop = s[sp - (arg == 3 ? 2 : 1)];
        PyObj start = s[sp - arg];
        PyObj sl = Build.slice(ts, start, stop, step);
        for (int i = 0; i < arg; i++) {
            PyObj v = s[--sp];
            s[sp] = null;
            RefCount.decrefStack(v, ts);
        }
        s[sp] = Eval.own(sl, ts);
    }

    /**
     * {@code MAKE_FUNCTION}: the code object on top, below it what {@code arg}'s flags say (closure 8,
     * annotations 4, keyword defaults 2, defaults 1), becomes a function; net effect
     * {@code -bitCount(arg & 0xF)}. Out of {@code Eval.rare} so that the second tier calls it directly:
     * a comprehension or generator expression makes one on every pass (3 per permutation in nqueens).
     */
    static void makeFunction(PyThreadState ts, Frame f, PyObj[] s, int sp, int arg) {
        PyCode fc = (PyCode) s[--sp];
        s[sp] = null;
        PyFunction fn = new PyFunction(ts, fc, f.globals, f.builtins);
        if ((arg & 8) != 0) fn.closure = (PyTuple) Eval.unown(Eval.take(s, --sp), ts);
        if ((arg & 4) != 0) fn.annotations = Eval.unown(Eval.take(s, --sp), ts);
        if ((arg & 2) != 0) fn.kwdefaults = (PyDict) Eval.unown(Eval.take(s, --sp), ts);
        if ((arg & 1) != 0) fn.defaults = (PyTuple) Eval.unown(Eval.take(s, --sp), ts);
        s[sp] = Eval.own(fn, ts);
    }

    static void buildList(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj[] items = new PyObj[arg];
        for (int i = arg - 1; i >= 0; i--) {
            PyObj v = s[--sp];
            s[sp] = null;
            items[i] = Eval.unown(v, ts);
        }
        s[sp] = Build.list(ts, items, arg);
    }

    static void listAppend(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj v = s[sp - 1];
        s[sp - 1] = null;
        ((PyList) s[sp - 1 - arg]).appendUnshared(ts, v); // the list is still private to this frame
        RefCount.decrefStack(v, ts);
    }

    static void unpackSequence(PyThreadState ts, PyObj[] s, int sp, int arg) {
        PyObj seq = s[sp - 1];
        if (Fast.unpackable(seq, arg)) {
            // exact tuple or list of the right length: push its items (reversed, as
            // Build.unpack would) as new stack references, no intermediate array
            if (seq instanceof PyTuple t) {
                s[sp - 1] = null;
                sp--;
                for (int i = arg - 1; i >= 0; i--) {
                    PyObj x = t.get(i);
                    RefCount.increfStack(x, ts);
                    s[sp++] = x;
                }
                RefCount.decrefStack(seq, ts);
                return;
            }
            // a list, under its lock: false if another thread changed its length since
            if (((PyList) seq).unpackOnto(ts, arg, s, sp - 1)) {
                if (arg == 0) s[sp - 1] = null;
                RefCount.decrefStack(seq, ts);
                return;
            }
        }
        PyObj[] items = Build.unpack(ts, seq, arg);
        s[--sp] = null;
        RefCount.decrefStack(seq, ts);
        for (int i = arg - 1; i >= 0; i--) s[sp++] = Eval.own(items[i], ts);
    }

    static void getIter(PyThreadState ts, PyObj[] s, int sp, int word) {
        PyObj o = s[sp - 1];
        PyObj it = Ops.iter(ts, o);
        s[sp - 1] = Eval.own(it, ts);
        if ((word & BORROWED_TOS) == 0) RefCount.decrefStack(o, ts);
    }

    /** FOR_ITER: pushes the next value and returns true, or pops the exhausted iterator and returns false (jump). */
    static boolean forIter(PyThreadState ts, PyObj[] s, int sp) {
        PyObj it = s[sp - 1];
        // the builtin iterators of for loops, called directly (what Ops.next does for them after its checks)
        PyObj v = it instanceof PyRangeIterator ri ? ri.next(ts)
                : it instanceof PyListIterator li ? li.next(ts) : Ops.next(ts, it);
        if (v != null) {
            s[sp] = Eval.own(v, ts);
            return true;
        }
        s[sp - 1] = null;
        RefCount.decrefStack(it, ts);
        return false;
    }

    /** Pops the condition (only after {@code __bool__}: if it raises, the unwinder drops it) and returns its truth. */
    static boolean popTruth(PyThreadState ts, PyObj[] s, int sp) {
        PyObj c = s[sp - 1];
        boolean t = c == PyBool.TRUE || (c != PyBool.FALSE && Ops.isTrue(ts, c));
        s[sp - 1] = null;
        RefCount.decrefStack(c, ts);
        return t;
    }

    /** Pops the top and returns whether it was None. */
    static boolean popIsNone(PyThreadState ts, PyObj[] s, int sp) {
        PyObj c = s[sp - 1];
        s[sp - 1] = null;
        RefCount.decrefStack(c, ts);
        return c == PyNone.NONE;
    }

    /** JUMP_IF_TRUE_OR_POP ({@code jumpIf} true) and JUMP_IF_FALSE_OR_POP: returns whether to jump (keeping the top). */
    static boolean jumpOrPop(PyThreadState ts, PyObj[] s, int sp, boolean jumpIf) {
        PyObj c = s[sp - 1];
        if (Ops.isTrue(ts, c) == jumpIf) return true;
        s[sp - 1] = null;
        RefCount.decrefStack(c, ts);
        return false;
    }

    /** KW_NAMES: the keyword names of the CALL that follows. */
    static PyStr[] kwnames(PyCode pc, int arg) {
        return Methods.kwnames((PyTuple) pc.consts[arg]);
    }

    /**
     * CALL {@code arg} (stack: NULL-or-callable, callable-or-self, args...). A Python function,
     * or a class whose {@code __init__} is Python code, is not run here: its new frame (the
     * arguments moved into it) is returned for the caller to push, the call's slots popped to the
     * base. Anything else is called and its result pushed at the base; returns null. {@code ip}
     * is the instruction after the call, written to the frame before Java code runs.
     */
    static Frame call(PyThreadState ts, Frame f, PyObj[] s, int sp, int arg, PyStr[] kw, int ip) {
        return call(ts, f, s, sp, arg, kw, ip, false);
    }

    /**
     * CALL whose self operand may be borrowed (BORROWED_SELF): only when a method was found, that
     * is when the slot below it is not null. A Python frame's locals own their values, so the
     * frame gets a count of its own; any other callee only reads its arguments, and the self
     * slot is cleared before the stack's references are dropped. If the call raises, the slot
     * still holds the borrowed self, which the unwinder clears ({@code Code.borrowedLive}'s
     * high half).
     */
    static Frame callSelfBorrowed(PyThreadState ts, Frame f, PyObj[] s, int sp, int arg, PyStr[] kw, int ip) {
        return call(ts, f, s, sp, arg, kw, ip, s[sp - arg - 2] != null);
    }

    private static Frame call(PyThreadState ts, Frame f, PyObj[] s, int sp, int arg, PyStr[] kw, int ip, boolean selfBorrowed) {
        int base = sp - arg - 2;
        PyObj callable;
        int argStart, nargs;
        if (s[base] == null) {
            callable = s[base + 1];
            if (callable instanceof PyMethod m) {
                // unpack the bound method so the call needs no extra array
                RefCount.increfStack(m.func, ts);
                RefCount.increfStack(m.self, ts);
                s[base] = m.func;
                s[base + 1] = m.self;
                RefCount.decrefStack(m, ts);
                callable = s[base];
                argStart = base + 1;
                nargs = arg + 1;
            } else {
                argStart = base + 2;
                nargs = arg;
            }
        } else {
            callable = s[base];
            argStart = base + 1;
            nargs = arg + 1;
        }
        Frame nf = null;
        if (callable instanceof PyFunction fn) {
            // simple positional call: the arguments' stack references move into the
            // new frame (no incref here and decref in popN, as CPython 3.11)
            nf = kw == null ? Calls.newFrameMovingArgs(ts, fn, s, argStart, nargs) : null;
            if (nf != null) {
                if (selfBorrowed) RefCount.increfStack(nf.slots[0], ts); // moved, and now counted
            } else {
                nf = Calls.newFrame(ts, fn, s, argStart, nargs, kw); // copies, counting each
                if (selfBorrowed) s[base + 1] = null;
            }
        } else if (callable instanceof PyType t && argStart == base + 2) {
            f.ip = ip; // __new__ may run Python code that looks at this frame
            f.sp = sp;
            nf = TypeCall.initFrame(ts, t, s, base + 1, nargs, kw);
        }
        if (nf != null) {
            Eval.popN(ts, s, sp, sp - base);
            return nf;
        }
        PyObj[] args = new PyObj[nargs];
        for (int i = 0; i < nargs; i++) args[i] = s[argStart + i]; // few: a loop beats the copy stub
        f.ip = ip;
        f.sp = sp;
        PyObj r = Ops.call(ts, callable, args, kw);
        if (selfBorrowed) s[base + 1] = null;
        Eval.popN(ts, s, sp, sp - base);
        s[base] = Eval.own(r, ts);
        return null;
    }
}
