package skein.interpreter.runtime;

import skein.gc.EvalBreaker;
import skein.gc.RefCount;
import skein.gc.RefcountError;
import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.Op;
import skein.interpreter.objects.*;

/**
 * The eval loop: one Java invocation runs a chain of Python frames. A Python-to-Python
 * {@code CALL} pushes a frame and continues in the same loop; {@code RETURN_VALUE} pops back
 * to the caller's frame; so Python recursion costs no Java stack. Java re-enters the loop
 * only when Java code calls Python ({@link #callFunction} from a builtin, a dunder from
 * {@link Ops}, a generator's {@code send}); each such entry marks its first frame
 * {@link Frame#isEntry} and counts against {@link #nativeLimit}.
 *
 * <p>The registers {@code f}, {@code code}, {@code s}, {@code ip}, {@code sp} live in Java
 * locals. {@code f.lasti} is written at each instruction, because any instruction may call
 * Python code that inspects the frame or raise an exception whose traceback needs the line;
 * {@code f.ip}/{@code f.sp} are written back only when the frame stops being the running one
 * (a call, a yield).
 *
 * <p>Stack references: a frame slot holds a counted reference unless its object is deferred
 * (functions, classes, modules, code): {@link RefCount#increfStack} and
 * {@link RefCount#decrefStack} skip those. A new reference returned by Java code becomes a
 * slot reference through {@link #own}; a slot reference handed to Java as a new reference goes
 * through {@link #unown}.
 *
 * <p>The instructions themselves are {@link Instructions}' methods, shared with the second tier:
 * where {@code enterCompiled} is set (a frame's start, a return into a frame, a backward jump, a
 * handler) the loop hands a code object that has a {@link CompiledCode} to it, and takes over
 * again where the compiled code returns (see there for the protocol); a code object is compiled
 * once its hotness reaches {@link Tier#THRESHOLD}.
 */
public final class Eval {
    private Eval() {}

    private static final PyObj[] NO_ARGS = {};

    /** Python frames, as {@code sys.setrecursionlimit} sets. */
    public static volatile int recursionLimit = 1000;
    /** Re-entries of the eval loop from Java (each costs Java stack). */
    public static volatile int nativeLimit = 2000;

    /** A stack reference for a new reference: deferred objects are not counted in slots. */
    static PyObj own(PyObj o, PyThreadState ts) {
        if (o.isDeferred()) RefCount.decref(o, ts);
        return o;
    }

    /** A new reference for a slot reference leaving the frame. */
    static PyObj unown(PyObj o, PyThreadState ts) {
        if (o.isDeferred()) RefCount.incref(o, ts);
        return o;
    }

    // ==== entry points from Java ====

    /** Calls a Python function from Java: a new entry into the loop. Arguments borrowed, result new. */
    public static PyObj callFunction(PyThreadState ts, PyFunction fn, PyObj[] args, PyStr[] kwnames) {
        Frame f = Calls.newFrame(ts, fn, args, 0, args.length, kwnames);
        return runEntry(ts, f);
    }

    /** Runs a module or class body (or any prepared frame) as a new entry. */
    public static PyObj runEntry(PyThreadState ts, Frame f) {
        f.isEntry = true;
        enterNative(ts);
        try {
            pushFrame(ts, f);
            return unown(loop(ts, f), ts);
        } finally {
            ts.nativeDepth--;
        }
    }

    /**
     * Resumes a suspended generator frame: with {@code sent} (borrowed) pushed, or raising
     * {@code toThrow} at the suspension point, or — both null — on a stack already prepared
     * (a yield from whose delegate finished by a throw). See {@link PyGenerator}.
     */
    static PyObj resume(PyThreadState ts, Frame f, PyObj sent, PyException toThrow) {
        f.isEntry = true;
        enterNative(ts);
        try {
            pushFrame(ts, f);
            if (toThrow != null) return unown(loopWithPending(ts, f, toThrow), ts);
            if (sent != null) {
                RefCount.increfStack(sent, ts);
                f.slots[f.sp++] = sent;
            }
            return unown(loop(ts, f), ts);
        } finally {
            ts.nativeDepth--;
        }
    }

    private static void enterNative(PyThreadState ts) {
        if (++ts.nativeDepth > nativeLimit) {
            ts.nativeDepth--;
            throw Exceptions.recursionError(ts, "maximum recursion depth exceeded while calling a Python object");
        }
    }

    static void pushFrame(PyThreadState ts, Frame f) {
        if (ts.pythonDepth >= recursionLimit) {
            Calls.clearSlots(ts, f);
            throw Exceptions.recursionError(ts, "maximum recursion depth exceeded");
        }
        ts.pythonDepth++;
        f.back = ts.frame;
        ts.frame = f;
    }

    static void popFrame(PyThreadState ts, Frame f) {
        ts.frame = f.back;
        ts.pythonDepth--;
    }

    private static PyObj loopWithPending(PyThreadState ts, Frame f, PyException pending) {
        return run(ts, f, pending);
    }

    static PyObj loop(PyThreadState ts, Frame f) {
        return run(ts, f, null);
    }

    // ==== the loop ====

    /**
     * The eval-breaker check of RESUME and backward jumps, in one small method on purpose: C2
     * compiles a branch it has never seen taken as a trap that throws the whole compiled loop
     * away, and the breaker is rarely set (a collection scheduled, a stop-the-world, a merge
     * queue). Inlined, every check site uses this method's single branch profile, so the first
     * time the breaker is seen anywhere makes the branch real at every site, instead of each
     * site trapping (and the hot loop being recompiled) on its own first time.
     */
    private static void pollBreaker(skein.gc.EvalBreakerWord breaker, PyThreadState ts) {
        if (breaker.lvBits() != 0) ts.serviceEvalBreaker();
    }

    private static PyObj run(PyThreadState ts, Frame f, PyException pending) {
        skein.gc.EvalBreakerWord breaker = (skein.gc.EvalBreakerWord) ts.evalBreaker();
        PyCode pc = f.code;
        int[] code = pc.words;
        PyObj[] s = f.slots;
        int ip = f.ip;
        int sp = f.sp;
        PyStr[] kwnames = null;
        // enterCompiled: set where control may enter code compiled to JVM bytecode (frame entry and
        // return, backward jumps, handlers) and after a CALL that made a frame; inCompiled: an
        // exception now comes from compiled code, which wrote the failing instruction's ip and
        // stack depth to the frame
        boolean enterCompiled = Tier.ENABLED, inCompiled = false;
        // a Python call's new frame, made by CALL in either tier, for the loop top to push
        Frame callee = null;
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                while (true) {
                    if (enterCompiled) {
                        enterCompiled = false;
                        if (callee == null && Tier.ENABLED) {
                            CompiledCode cc = pc.compiled;
                            if (cc == null && ++pc.hotness == Tier.THRESHOLD) cc = Tier.compile(ts, pc);
                            if (cc != null) {
                                f.sp = sp;
                                inCompiled = true;
                                ip = CompiledDriver.run(ts, f, cc, ip);
                                inCompiled = false;
                                // the driver may have called and returned: continue in the current frame
                                f = ts.frame;
                                pc = f.code;
                                code = pc.words;
                                s = f.slots;
                                sp = f.sp;
                                callee = ts.compiledCallee; // a call of code not compiled yet
                                ts.compiledCallee = null;
                            }
                        }
                        if (callee != null) {
                            // push the call's frame and continue in it
                            Frame nf = callee;
                            callee = null;
                            f.ip = ip;
                            f.sp = sp;
                            pushFrame(ts, nf);
                            f = nf;
                            pc = f.code;
                            code = pc.words;
                            s = f.slots;
                            ip = 0;
                            sp = f.sp;
                            enterCompiled = Tier.ENABLED;
                            continue;
                        }
                    }
                    f.lasti = ip;
                    if (Tracer.ENABLED) Tracer.before(ts, f, ip, sp);
                    int word = code[ip++];
                    int arg = (word >>> 8) & skein.interpreter.bytecode.Opcode.MAX_ARG;
                    switch (word & 0xFF) {
                        case Op.NOP:
                            break;
                        case Op.RESUME:
                            pollBreaker(breaker, ts);
                            break;
                        case Op.POP_TOP:
                            Instructions.popTop(ts, s, sp);
                            sp--;
                            break;
                        case Op.PUSH_NULL:
                            s[sp++] = null;
                            break;
                        case Op.COPY:
                            Instructions.copy(ts, s, sp, arg);
                            sp++;
                            break;
                        case Op.SWAP:
                            Instructions.swap(s, sp, arg);
                            break;
                        case Op.LOAD_CONST:
                            Instructions.loadConst(pc, s, sp, arg);
                            sp++;
                            break;
                        case Op.LOAD_FAST:
                            Instructions.loadFast(ts, pc, s, sp, arg);
                            sp++;
                            break;
                        case Op.LOAD_FAST_BORROW:
                            Instructions.loadFastBorrow(ts, pc, s, sp, arg);
                            sp++;
                            break;
                        case Op.STORE_FAST:
                            Instructions.storeFast(ts, s, sp, arg);
                            sp--;
                            break;
                        case Op.LOAD_GLOBAL:
                            sp = Instructions.loadGlobal(ts, f, pc, s, sp, arg, ip - 1);
                            break;
                        case Op.LOAD_CLOSURE:
                            Instructions.loadClosure(ts, s, sp, arg);
                            sp++;
                            break;
                        case Op.LOAD_DEREF:
                            Instructions.loadDeref(ts, pc, s, sp, arg);
                            sp++;
                            break;
                        case Op.STORE_DEREF:
                            Instructions.storeDeref(ts, s, sp, arg);
                            sp--;
                            break;
                        case Op.LOAD_ATTR:
                            Instructions.loadAttr(ts, pc, s, sp, arg, word, ip - 1);
                            break;
                        case Op.LOAD_METHOD:
                            Instructions.loadMethod(ts, pc, s, sp, arg, word, ip - 1);
                            sp++;
                            break;
                        case Op.STORE_ATTR:
                            Instructions.storeAttr(ts, pc, s, sp, arg, word, ip - 1);
                            sp -= 2;
                            break;
                        case Op.BINARY_SUBSCR:
                            Instructions.binarySubscr(ts, s, sp, word);
                            sp--;
                            break;
                        case Op.STORE_SUBSCR:
                            Instructions.storeSubscr(ts, s, sp, word);
                            sp -= 3;
                            break;
                        case Op.BINARY_OP:
                            Instructions.binaryOp(ts, s, sp, arg, word);
                            sp--;
                            break;
                        case Op.UNARY_NOT:
                            Instructions.unaryNot(ts, s, sp);
                            break;
                        case Op.COMPARE_OP:
                            Instructions.compareOp(ts, s, sp, arg, word);
                            sp--;
                            break;
                        case Op.IS_OP:
                            Instructions.isOp(ts, s, sp, arg, word);
                            sp--;
                            break;
                        case Op.BUILD_TUPLE:
                            Instructions.buildTuple(ts, s, sp, arg);
                            sp += 1 - arg;
                            break;
                        case Op.BUILD_LIST:
                            Instructions.buildList(ts, s, sp, arg);
                            sp += 1 - arg;
                            break;
                        case Op.LIST_APPEND:
                            Instructions.listAppend(ts, s, sp, arg);
                            sp--;
                            break;
                        case Op.UNPACK_SEQUENCE:
                            Instructions.unpackSequence(ts, s, sp, arg);
                            sp += arg - 1;
                            break;
                        case Op.GET_ITER:
                            Instructions.getIter(ts, s, sp, word);
                            break;
                        case Op.FOR_ITER:
                            if (Instructions.forIter(ts, s, sp)) {
                                sp++;
                            } else {
                                sp--;
                                ip = arg;
                            }
                            break;
                        case Op.JUMP_FORWARD:
                            ip = arg;
                            break;
                        case Op.JUMP_BACKWARD:
                            ip = arg;
                            pollBreaker(breaker, ts);
                            enterCompiled = Tier.ENABLED;
                            break;
                        case Op.POP_JUMP_FORWARD_IF_FALSE:
                        case Op.POP_JUMP_FORWARD_IF_TRUE: {
                            boolean t = Instructions.popTruth(ts, s, sp); // sp moves only if __bool__ did not raise
                            sp--;
                            if (t == ((word & 0xFF) == Op.POP_JUMP_FORWARD_IF_TRUE)) ip = arg;
                            break;
                        }
                        case Op.POP_JUMP_BACKWARD_IF_FALSE:
                        case Op.POP_JUMP_BACKWARD_IF_TRUE: {
                            boolean t = Instructions.popTruth(ts, s, sp);
                            sp--;
                            if (t == ((word & 0xFF) == Op.POP_JUMP_BACKWARD_IF_TRUE)) {
                                ip = arg;
                                pollBreaker(breaker, ts);
                                enterCompiled = Tier.ENABLED;
                            }
                            break;
                        }
                        case Op.POP_JUMP_FORWARD_IF_NONE:
                        case Op.POP_JUMP_FORWARD_IF_NOT_NONE: {
                            boolean none = Instructions.popIsNone(ts, s, sp);
                            sp--;
                            if (none == ((word & 0xFF) == Op.POP_JUMP_FORWARD_IF_NONE)) ip = arg;
                            break;
                        }
                        case Op.JUMP_IF_FALSE_OR_POP:
                            if (Instructions.jumpOrPop(ts, s, sp, false)) ip = arg;
                            else sp--;
                            break;
                        case Op.JUMP_IF_TRUE_OR_POP:
                            if (Instructions.jumpOrPop(ts, s, sp, true)) ip = arg;
                            else sp--;
                            break;
                        case Op.KW_NAMES:
                            kwnames = Instructions.kwnames(pc, arg);
                            break;
                        case Op.CALL: {
                            PyStr[] kw = kwnames;
                            kwnames = null;
                            // a Python function, or a class whose __init__ is Python code: push its frame
                            callee = (word & Instructions.BORROWED_SELF) == 0 ? Instructions.call(ts, f, s, sp, arg, kw, ip)
                                    : Instructions.callSelfBorrowed(ts, f, s, sp, arg, kw, ip);
                            sp -= arg + 2;
                            if (callee == null) {
                                sp++;
                            } else {
                                enterCompiled = true; // the loop top pushes the callee's frame
                            }
                            break;
                        }
                        case Op.RETURN_VALUE: {
                            PyObj v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            PyObj initSelf = f.initSelf;
                            f.initSelf = null;
                            Calls.clearSlots(ts, f);
                            popFrame(ts, f);
                            f.ip = -1;
                            if (f.isEntry) return v;
                            f = f.back;
                            pc = f.code;
                            code = pc.words;
                            s = f.slots;
                            ip = f.ip;
                            sp = f.sp;
                            if (initSelf != null) {
                                // a class call's __init__ (TypeCall.initFrame): the call's value is the instance
                                if (v != PyNone.NONE) {
                                    RefCount.decref(initSelf, ts);
                                    throw TypeCall.initReturned(ts, v);
                                }
                                v = initSelf;
                            }
                            s[sp++] = v;
                            enterCompiled = Tier.ENABLED;
                            break;
                        }
                        case Op.RETURN_GENERATOR: {
                            f.ip = ip;
                            f.sp = sp;
                            popFrame(ts, f);
                            PyGenerator gen = new PyGenerator(ts, f);
                            if (f.isEntry) {
                                f.isEntry = false;
                                return gen;
                            }
                            f = f.back;
                            pc = f.code;
                            code = pc.words;
                            s = f.slots;
                            ip = f.ip;
                            sp = f.sp;
                            s[sp++] = gen;
                            enterCompiled = Tier.ENABLED;
                            break;
                        }
                        case Op.YIELD_VALUE: {
                            PyObj v = s[--sp];
                            s[sp] = null;
                            f.ip = ip;
                            f.sp = sp;
                            popFrame(ts, f);
                            return v;
                        }
                        case Op.SEND: {
                            PyObj receiver = s[sp - 2], v = s[sp - 1];
                            PyObj r = Generators.send(ts, receiver, v);
                            s[--sp] = null;
                            RefCount.decrefStack(v, ts);
                            if (r != null) {
                                s[sp++] = own(r, ts);
                            } else {
                                // the sub-iterator finished: replace it by its return value and jump
                                PyObj ret = Generators.takeReturnValue(ts, receiver);
                                s[sp - 1] = own(ret, ts);
                                RefCount.decrefStack(receiver, ts);
                                ip = arg;
                            }
                            break;
                        }
                        default:
                            // the rare instructions, out of line (see rare())
                            sp = rare(ts, f, pc, s, ip, sp, word, arg);
                            break;
                    }
                }
            } catch (PyException e0) {
                if (inCompiled) {
                    inCompiled = false;
                    f = ts.frame; // the compiled frame that raised (the driver runs several)
                    pc = f.code;
                    code = pc.words;
                    s = f.slots;
                    ip = f.ip;
                    sp = f.sp;
                }
                PyException e = e0;
                // unwind: find a handler in this frame or pop frames until one has one
                while (true) {
                    if (!e.contextDone) {
                        Raise.chainContext(ts, e.value);
                        e.contextDone = true;
                    }
                    if (e.reraised) {
                        e.reraised = false;
                    } else {
                        Raise.addTraceback(ts, e.value, f);
                    }
                    // the handler covering the instruction that raised (ip - 1), not f.lasti, which
                    // RERAISE may have set back to the original raise for the traceback's sake
                    // slots LOAD_FAST_BORROW filled hold no reference: clear them before any popping
                    long[] borrowed = pc.code.borrowedLive;
                    if (borrowed != null) clearBorrowed(s, pc.nlocalsplus, borrowed[ip - 1]);
                    Code.Handler h = pc.code.handlerFor(ip - 1);
                    if (h != null) {
                        int depth = pc.nlocalsplus + h.depth();
                        popN(ts, s, sp, sp - depth);
                        sp = depth;
                        if (h.pushLasti()) s[sp++] = PyInt.of(ts, f.lasti);
                        s[sp++] = e.value;
                        ip = h.target();
                        kwnames = null;
                        enterCompiled = Tier.ENABLED;
                        break;
                    }
                    f.sp = sp;
                    Calls.clearSlots(ts, f);
                    popFrame(ts, f);
                    f.ip = -1;
                    if (f.isEntry) throw e;
                    f = f.back;
                    pc = f.code;
                    code = pc.words;
                    s = f.slots;
                    ip = f.ip;
                    sp = f.sp;
                }
            } catch (StackOverflowError so) {
                // raised on the next pass, into the unwinder above (which also finds where compiled code stopped)
                pending = Exceptions.recursionError(ts, "maximum recursion depth exceeded");
            } catch (RefcountError re) {
                throw re;
            } catch (RuntimeException internal) {
                if (System.getenv("SKEIN_DEBUG") != null) internal.printStackTrace();
                Frame at = ts.frame; // the failing frame, also when compiled code ran several
                pending = Exceptions.systemError(ts, "internal error in " + at.code.code.qualname + " at instruction "
                        + at.lasti + ": " + internal);
            }
        }
    }

    /**
     * Clears the evaluation-stack slots that hold borrowed values ({@code Code.borrowedLive}):
     * positions (from the stack's base) set in the low half of {@code live}, and those set in its
     * high half when the slot below is not null (a borrowed self that LOAD_METHOD left beside
     * the method it found).
     */
    private static void clearBorrowed(PyObj[] s, int base, long live) {
        while (live != 0) {
            int bit = Long.numberOfTrailingZeros(live);
            int pos = bit & 31;
            if (bit < 32 || s[base + pos - 1] != null) s[base + pos] = null;
            live &= live - 1;
        }
    }

    /**
     * The instructions that are rare in hot loops (imports, class and function creation,
     * exception handling, building dicts and sets, ...), out of {@link #run}: HotSpot's C2
     * has a per-compilation inlining budget (bytecode size and node count), and {@code run}
     * alone nearly exhausts it; every instruction kept out of it leaves budget for inlining the
     * refcount operations and fast paths of the hot ones. Same registers as in run() (ip read-only); may
     * throw (run()'s handler unwinds as usual: f.lasti is already set). Returns the new sp.
     */
    static int rare(PyThreadState ts, Frame f, PyCode pc, PyObj[] s, int ip, int sp, int word, int arg) {
        switch (word & 0xFF) {
        case Op.DELETE_FAST: {
            PyObj old = s[arg];
            if (old == null) throw unboundLocal(ts, pc, arg);
            s[arg] = null;
            RefCount.decrefStack(old, ts);
            break;
        }
        case Op.STORE_GLOBAL: {
            PyObj v = s[--sp];
            s[sp] = null;
            f.globals.putStr(pc.names[arg], v, ts);
            RefCount.decrefStack(v, ts);
            break;
        }
        case Op.DELETE_GLOBAL: {
            PyObj old = f.globals.popStr(pc.names[arg], ts);
            if (old == null) throw Names.notDefined(ts, pc.names[arg]);
            RefCount.decref(old, ts);
            break;
        }
        case Op.LOAD_NAME: {
            PyObj v = Names.loadName(ts, f, pc.names[arg]);
            s[sp++] = own(v, ts);
            break;
        }
        case Op.STORE_NAME: {
            PyObj v = s[--sp];
            s[sp] = null;
            try {
                Names.storeName(ts, f, pc.names[arg], v);
            } finally {
                RefCount.decrefStack(v, ts);
            }
            break;
        }
        case Op.DELETE_NAME:
            Names.deleteName(ts, f, pc.names[arg]);
            break;
        case Op.MAKE_CELL: {
            PyObj v = s[arg];
            s[arg] = new PyCell(ts, v);
            if (v != null) RefCount.decrefStack(v, ts);
            break;
        }
        case Op.COPY_FREE_VARS: {
            PyTuple closure = f.function.closure;
            int first = pc.nlocalsplus - arg;
            for (int i = 0; i < arg; i++) {
                PyObj c = closure.get(i);
                RefCount.increfStack(c, ts);
                s[first + i] = c;
            }
            break;
        }
        case Op.LOAD_CLASSDEREF: {
            PyObj v = Names.loadClassDeref(ts, f, arg);
            s[sp++] = own(v, ts);
            break;
        }
        case Op.DELETE_DEREF: {
            PyCell c = (PyCell) s[arg];
            if (c.value == null) throw Names.unboundDeref(ts, pc, arg);
            c.set(ts, null);
            break;
        }
        case Op.DELETE_ATTR: {
            PyObj o = s[sp - 1];
            Ops.setAttr(ts, o, pc.names[arg], null);
            s[--sp] = null;
            RefCount.decrefStack(o, ts);
            break;
        }
        case Op.DELETE_SUBSCR: {
            PyObj c = s[sp - 2], k = s[sp - 1];
            Ops.delItem(ts, c, k);
            s[--sp] = null;
            s[--sp] = null;
            RefCount.decrefStack(k, ts);
            RefCount.decrefStack(c, ts);
            break;
        }
        case Op.BUILD_SLICE:
            Instructions.buildSlice(ts, s, sp, arg);
            sp += 1 - arg;
            break;
        case Op.UNARY_POSITIVE:
        case Op.UNARY_NEGATIVE:
        case Op.UNARY_INVERT: {
            int which = (word & 0xFF) == Op.UNARY_NEGATIVE ? 0 : (word & 0xFF) == Op.UNARY_POSITIVE ? 1 : 2;
            PyObj a = s[sp - 1];
            PyObj r = Ops.unaryOp(ts, a, which);
            s[sp - 1] = own(r, ts);
            RefCount.decrefStack(a, ts);
            break;
        }
        case Op.CONTAINS_OP: {
            PyObj a = s[sp - 2], b = s[sp - 1];
            boolean r = Ops.contains(ts, b, a) ^ (arg == 1);
            s[--sp] = null;
            s[sp - 1] = PyBool.of(r);
            if ((word & Instructions.BORROWED_TOS) == 0) RefCount.decrefStack(b, ts);
            if ((word & Instructions.BORROWED_TOS1) == 0) RefCount.decrefStack(a, ts);
            break;
        }
        case Op.BUILD_SET: {
            PyObj set = Build.set(ts);
            try {
                for (int i = arg; i >= 1; i--) Build.setAdd(ts, set, s[sp - i]);
            } catch (PyException e) {
                RefCount.decref(set, ts);
                throw e;
            }
            popN(ts, s, sp, arg);
            sp -= arg;
            s[sp++] = set;
            break;
        }
        case Op.BUILD_MAP: {
            PyObj d = Build.dict(ts);
            try {
                for (int i = 0; i < arg; i++) {
                    Build.dictSet(ts, d, s[sp - 2 * arg + 2 * i], s[sp - 2 * arg + 2 * i + 1]);
                }
            } catch (PyException e) {
                RefCount.decref(d, ts);
                throw e;
            }
            popN(ts, s, sp, 2 * arg);
            sp -= 2 * arg;
            s[sp++] = d;
            break;
        }
        case Op.BUILD_CONST_KEY_MAP: {
            PyTuple keys = (PyTuple) s[sp - 1];
            PyObj d = Build.dict(ts);
            try {
                for (int i = 0; i < arg; i++) Build.dictSet(ts, d, keys.get(i), s[sp - 1 - arg + i]);
            } catch (PyException e) {
                RefCount.decref(d, ts);
                throw e;
            }
            popN(ts, s, sp, arg + 1);
            sp -= arg + 1;
            s[sp++] = d;
            break;
        }
        case Op.BUILD_STRING: {
            StringBuilder b = new StringBuilder();
            for (int i = arg; i >= 1; i--) b.append(((PyStr) s[sp - i]).value);
            popN(ts, s, sp, arg);
            sp -= arg;
            s[sp++] = new PyStr(ts, b.toString());
            break;
        }
        case Op.SET_ADD: {
            PyObj v = s[--sp];
            s[sp] = null;
            try {
                Build.setAdd(ts, s[sp - arg], v);
            } finally {
                RefCount.decrefStack(v, ts);
            }
            break;
        }
        case Op.MAP_ADD: {
            PyObj v = s[sp - 1], k = s[sp - 2];
            Build.dictSet(ts, s[sp - 2 - arg], k, v);
            popN(ts, s, sp, 2);
            sp -= 2;
            break;
        }
        case Op.LIST_EXTEND: {
            PyObj v = s[sp - 1];
            Build.listExtend(ts, s[sp - 1 - arg], v);
            s[--sp] = null;
            RefCount.decrefStack(v, ts);
            break;
        }
        case Op.SET_UPDATE: {
            PyObj v = s[sp - 1];
            Build.setUpdate(ts, s[sp - 1 - arg], v);
            s[--sp] = null;
            RefCount.decrefStack(v, ts);
            break;
        }
        case Op.DICT_UPDATE: {
            PyObj v = s[sp - 1];
            Build.dictUpdate(ts, s[sp - 1 - arg], v);
            s[--sp] = null;
            RefCount.decrefStack(v, ts);
            break;
        }
        case Op.DICT_MERGE: {
            PyObj v = s[sp - 1];
            // the callable sits below the dict being built: NULL, callable, args, dict
            Build.dictMerge(ts, s[sp - 1 - arg], v, s[sp - 1 - arg - 2]);
            s[--sp] = null;
            RefCount.decrefStack(v, ts);
            break;
        }
        case Op.LIST_TO_TUPLE: {
            PyObj l = s[sp - 1];
            s[sp - 1] = Build.listToTuple(ts, l);
            RefCount.decrefStack(l, ts);
            break;
        }
        case Op.FORMAT_VALUE: {
            boolean hasSpec = (arg & 4) != 0;
            PyObj spec = hasSpec ? s[sp - 1] : null;
            PyObj v = s[sp - (hasSpec ? 2 : 1)];
            PyObj r = Formatting.formatValue(ts, v, arg & 3, spec);
            if (hasSpec) {
                s[--sp] = null;
                RefCount.decrefStack(spec, ts);
            }
            s[sp - 1] = r;
            RefCount.decrefStack(v, ts);
            break;
        }
        case Op.UNPACK_EX: {
            int before = arg & 0xFF, after = arg >> 8;
            PyObj seq = s[sp - 1];
            PyObj[] items = Build.unpackEx(ts, seq, before, after);
            s[--sp] = null;
            RefCount.decrefStack(seq, ts);
            for (int i = items.length - 1; i >= 0; i--) s[sp++] = own(items[i], ts);
            break;
        }
        case Op.MAKE_FUNCTION:
            Instructions.makeFunction(ts, f, s, sp, arg);
            sp -= Integer.bitCount(arg & 0xF);
            break;
        case Op.CALL_FUNCTION_EX: {
            boolean hasKw = (arg & 1) != 0;
            PyObj kwargs = hasKw ? s[sp - 1] : null;
            PyObj callargs = s[sp - (hasKw ? 2 : 1)];
            PyObj callable = s[sp - (hasKw ? 3 : 2)];
            PyTuple posTuple = Methods.asTuple(ts, callable, callargs);
            PyObj[] pos = posTuple.array();
            PyObj[] kwvals = null;
            PyStr[] kwn = null;
            PyObj r;
            try {
                if (kwargs != null && Build.dictSize(kwargs) > 0) {
                    kwvals = new PyObj[Build.dictSize(kwargs)];
                    kwn = Build.dictKeysForCall(ts, kwargs, kwvals);
                }
                PyObj[] all = pos;
                if (kwn != null) {
                    all = new PyObj[pos.length + kwvals.length];
                    System.arraycopy(pos, 0, all, 0, pos.length);
                    System.arraycopy(kwvals, 0, all, pos.length, kwvals.length);
                }
                f.ip = ip;
                f.sp = sp;
                r = Ops.call(ts, callable, all, kwn);
            } finally {
                RefCount.decref(posTuple, ts);
            }
            int n = hasKw ? 4 : 3;
            popN(ts, s, sp, n);
            sp -= n;
            s[sp++] = own(r, ts);
            break;
        }
        case Op.GET_YIELD_FROM_ITER: {
            PyObj o = s[sp - 1];
            if (!(o instanceof PyGenerator)) {
                PyObj it = Ops.iter(ts, o);
                s[sp - 1] = own(it, ts);
                RefCount.decrefStack(o, ts);
            }
            break;
        }
        case Op.PUSH_EXC_INFO: {
            PyObj exc = s[sp - 1];
            PyObj prev = ts.excInfo.value;
            RefCount.incref(exc, ts);
            ts.excInfo.value = exc;
            s[sp - 1] = prev == null ? PyNone.NONE : own(prev, ts);
            s[sp++] = exc;
            break;
        }
        case Op.POP_EXCEPT: {
            PyObj prev = s[--sp];
            s[sp] = null;
            PyObj old = ts.excInfo.value;
            ts.excInfo.value = prev == PyNone.NONE ? null : unown(prev, ts);
            if (old != null) RefCount.decref(old, ts);
            break;
        }
        case Op.CHECK_EXC_MATCH: {
            PyObj type = s[sp - 1];
            boolean m = Raise.matches(ts, s[sp - 2], type);
            s[sp - 1] = PyBool.of(m);
            RefCount.decrefStack(type, ts);
            break;
        }
        case Op.RERAISE: {
            PyObj exc = s[--sp];
            s[sp] = null;
            if (arg != 0) {
                PyObj lasti = s[sp - arg];
                if (lasti instanceof PyInt li) f.lasti = (int) li.value;
            }
            throw PyException.reraise((PyBaseException) unown(exc, ts));
        }
        case Op.RAISE_VARARGS: {
            PyObj cause = arg == 2 ? take(s, --sp) : null;
            PyObj exc = arg >= 1 ? take(s, --sp) : null;
            throw Raise.raise(ts, exc, cause);
        }
        case Op.LOAD_ASSERTION_ERROR:
            s[sp++] = Exceptions.ASSERTION_ERROR;
            break;
        case Op.BEFORE_WITH: {
            // __exit__ stays unbound beside its self, as LOAD_METHOD leaves a method (CPython 3.14's
            // LOAD_SPECIAL): the exit is then a plain CALL, a frame push for a Python __exit__, and
            // no bound method is made — which would count a reference to the function on every
            // `with`, on its shared count when another thread owns it
            PyObj mgr = s[sp - 1];
            PyType t = mgr.type();
            PyObj enter = Methods.withEnter(ts, t);
            PyObj exit = Methods.withExit(ts, t);
            boolean unbound = Methods.isMethodLike(exit);
            if (unbound) {
                RefCount.increfStack(exit, ts);
                s[sp - 1] = exit;
                s[sp] = mgr; // the manager's reference moves up, as the method's self
            } else {
                s[sp] = own(Ops.descrGet(ts, exit, mgr, t), ts);
                s[sp - 1] = null; // the manager's reference is dropped after __enter__
            }
            PyObj r;
            try {
                r = Ops.callMethod(ts, enter, mgr, NO_ARGS, null);
            } catch (PyException e) {
                // run()'s unwinder knows the stack before this instruction: put it back
                PyObj pushed = s[sp];
                s[sp] = null;
                if (unbound) RefCount.decrefStack(exit, ts);
                else RefCount.decrefStack(pushed, ts);
                s[sp - 1] = mgr;
                throw e;
            }
            if (!unbound) RefCount.decrefStack(mgr, ts);
            sp++;
            s[sp++] = own(r, ts);
            break;
        }
        case Op.WITH_EXCEPT_START: {
            PyObj exit = s[sp - 5], self = s[sp - 4];
            PyBaseException val = (PyBaseException) s[sp - 1];
            PyObj tb = val.traceback == null ? PyNone.NONE : val.traceback;
            PyObj r = exit == null ? Ops.call(ts, self, val.type(), val, tb)
                    : Ops.callMethod(ts, exit, self, new PyObj[] {val.type(), val, tb}, null);
            s[sp++] = own(r, ts);
            break;
        }
        case Op.LOAD_BUILD_CLASS: {
            PyObj bc = f.builtins.getStr(PyStr.intern("__build_class__"));
            if (bc == null) throw Exceptions.of(ts, Exceptions.NAME_ERROR, "__build_class__ not found");
            s[sp++] = bc;
            break;
        }
        case Op.IMPORT_NAME: {
            PyObj fromlist = s[sp - 1], level = s[sp - 2];
            PyObj m = Imports.importName(ts, f, pc.names[arg], fromlist, level);
            popN(ts, s, sp, 2);
            sp -= 2;
            s[sp++] = own(m, ts);
            break;
        }
        case Op.IMPORT_FROM: {
            PyObj v = Imports.importFrom(ts, s[sp - 1], pc.names[arg]);
            s[sp++] = own(v, ts);
            break;
        }
        case Op.IMPORT_STAR: {
            PyObj m = s[sp - 1];
            Imports.importStar(ts, f, m);
            s[--sp] = null;
            RefCount.decrefStack(m, ts);
            break;
        }
        case Op.SETUP_ANNOTATIONS:
            Names.setupAnnotations(ts, f);
            break;
        default:
            throw Exceptions.systemError(ts, "unknown opcode " + (word & 0xFF) + " at " + (ip - 1)
                    + " in " + pc.code.qualname);
        }
        return sp;
    }

    /** Takes slot {@code i}'s reference, leaving the slot empty. */
    static PyObj take(PyObj[] s, int i) {
        PyObj v = s[i];
        s[i] = null;
        return v;
    }

    /** Pops n slot references below {@code sp}. */
    static void popN(PyThreadState ts, PyObj[] s, int sp, int n) {
        for (int i = sp - 1; i >= sp - n; i--) {
            PyObj v = s[i];
            if (v != null) {
                s[i] = null;
                RefCount.decrefStack(v, ts);
            }
        }
    }

    static PyException unboundLocal(PyThreadState ts, PyCode pc, int slot) {
        return Exceptions.of(ts, Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                + pc.localsNames[slot].value + "' where it is not associated with a value");
    }
}
