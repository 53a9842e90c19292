package skein.interpreter.runtime;

import skein.gc.RuntimeConfig;
import skein.interpreter.bytecode.Op;
import skein.interpreter.objects.PyNone;
import skein.interpreter.objects.PyObj;

/**
 * The second tier's own small loop: runs compiled code, and goes on across Python calls and
 * returns between compiled functions, pushing and popping frames itself; it hands control back
 * to the eval loop ({@link Eval}) only for what compiled code does not do (a call of a function
 * not compiled yet, a return to one, a generator's yield, an entry frame's return) and for exceptions.
 *
 * <p>Why it exists: a call and a return are the compiled code's most frequent exits, and the
 * eval loop is one very large method. HotSpot compiles it by on-stack replacement and recompiles
 * the whole of it whenever a speculation anywhere inside fails (a type check in an inlined
 * arithmetic helper, say), running it meanwhile in slower code; in a call-heavy program every
 * call and return then paid for that. This method is small: compiled once, quickly, with a
 * profile of nothing but calls and returns.
 *
 * <p>The frame stack works exactly as in the loop — a Python call pushes a {@link Frame} on the
 * thread's stack and adds no Java frame — and the thread's current frame ({@link PyThreadState#frame})
 * is always the one running, so the loop finds where to continue there, after a return or an
 * exception alike.
 */
final class CompiledDriver {
    private CompiledDriver() {}

    /**
     * Runs {@code cc}, the compiled code of {@code f} (the thread's current frame), from
     * instruction {@code ip}, and then whatever compiled frames it calls or returns to. Returns
     * the instruction at which the eval loop continues in the thread's current frame (its
     * {@code sp} written); a call's new frame that the loop must push is left in
     * {@link PyThreadState#compiledCallee}.
     */
    static int run(PyThreadState ts, Frame f, CompiledCode cc, int ip) {
        while (true) {
            if (RuntimeConfig.CHECKING) cc.checkEntry(ip, f.sp);
            ip = cc.run(ts, f, f.slots, ip);
            Frame callee = ts.compiledCallee;
            if (callee != null) {
                CompiledCode calleeCode = callee.code.compiled;
                if (calleeCode == null) return ip; // the loop pushes it and counts its entry
                ts.compiledCallee = null;
                f.ip = ip;
                Eval.pushFrame(ts, callee);
                f = callee;
                cc = calleeCode;
                ip = 0;
                continue;
            }
            if ((f.code.words[ip] & 0xFF) != Op.RETURN_VALUE || f.isEntry) return ip;
            Frame back = f.back;
            CompiledCode backCode = back.code.compiled;
            if (backCode == null) return ip;
            // RETURN_VALUE as the loop does it: the value's reference moves to the caller's stack
            PyObj[] s = f.slots;
            int sp = f.sp - 1;
            PyObj v = s[sp];
            // a class call's __init__ (TypeCall.initFrame) gives the instance; returning anything
            // but None is the loop's TypeError
            PyObj initSelf = f.initSelf;
            if (initSelf != null && v != PyNone.NONE) return ip;
            s[sp] = null;
            f.sp = sp;
            f.initSelf = null;
            f.ip = ip + 1; // where the loop's unwinder looks if a finalizer run by the clearing fails
            Calls.clearSlots(ts, f);
            Eval.popFrame(ts, f);
            f.ip = -1;
            back.slots[back.sp++] = initSelf != null ? initSelf : v;
            f = back;
            cc = backCode;
            ip = back.ip;
        }
    }
}
