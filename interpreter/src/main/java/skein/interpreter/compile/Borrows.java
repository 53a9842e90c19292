package skein.interpreter.compile;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.bytecode.Opcode;

/**
 * Borrowed loads of locals (CPython 3.14's {@code LOAD_FAST_BORROW}): a {@code LOAD_FAST}
 * whose value only an instruction of {@link Opcode#borrowable()} reads ({@code x.attr},
 * {@code x[i]}, {@code x * y}, {@code a[i] = v}, {@code for v in x}) pushes the local's object
 * without counting it, and that instruction does not drop it: the local keeps the object alive
 * meanwhile, because only this frame can rebind its locals. That saves an incref and a decref per
 * such load — and when the object is shared with other threads (a list or dict every thread
 * reads through a local), two atomic operations on a contended count.
 *
 * <p>A load is borrowed only when its reader follows in the same basic block, under the same
 * exception handler, with nothing between that rebinds the local ({@code STORE_FAST},
 * {@code DELETE_FAST}), suspends the frame (a yield: a closed generator clears its whole stack)
 * or jumps. An instruction between them may still raise: for each instruction the pass records
 * which stack positions then hold borrowed values ({@link #recordLive}), and the unwinder clears
 * those slots before it drops the stack's references. Positions beyond 31 are never borrowed.
 *
 * <p>A method call on a local ({@code d.get(k)}) borrows too: LOAD_METHOD leaves the borrowed
 * object beside the method as its self, and the CALL consumes it, provided the same conditions
 * hold from the load to the CALL, across the arguments. The self is borrowed only if a method
 * was found (otherwise LOAD_METHOD pushes null and an owned value), so its position goes in the
 * high half of the live mask, which the unwinder reads as "borrowed if the slot below is set".
 */
final class Borrows {
    private Borrows() {}

    /**
     * Decides the borrowed loads of every reachable block (each block's {@code startDepth} must be
     * the final one): turns those LOAD_FASTs into LOAD_FAST_BORROW, sets each reader's
     * {@link Instr#borrowed} bits and each instruction's {@link Instr#borrowedLive} positions.
     * Returns whether any load was borrowed.
     */
    static boolean mark(List<Block> blocks) {
        boolean any = false;
        for (Block b : blocks) {
            if (b.startDepth == Integer.MIN_VALUE || b.instrs.isEmpty()) continue;
            any |= decide(b);
        }
        if (!any) return false;
        for (Block b : blocks) {
            if (b.startDepth == Integer.MIN_VALUE) continue;
            recordLive(b);
        }
        return true;
    }

    /** A LOAD_METHOD's self that a CALL may consume borrowed: the LOAD_FAST that pushed the object, and the LOAD_METHOD. */
    private record PendingSelf(Instr load, Instr method) {}

    /** First walk: which loads can be borrowed, and by which reader. */
    private static boolean decide(Block b) {
        // each stack entry: the LOAD_FAST that pushed it, a PendingSelf, or null for anything else
        List<Object> stack = new ArrayList<>();
        for (int d = 0; d < b.startDepth; d++) stack.add(null);
        boolean any = false;
        Instr.Handler handler = b.instrs.get(0).handler;
        for (Instr i : b.instrs) {
            if (i.handler != handler) { // a handler boundary: nothing pending crosses it
                forgetAll(stack);
                handler = i.handler;
            }
            int op = i.op;
            if (op == Opcode.LOAD_FAST.code) {
                stack.add(stack.size() < 32 ? i : null);
                continue;
            }
            if (op == Opcode.LOAD_METHOD.code) {
                Object obj = stack.remove(stack.size() - 1);
                stack.add(null);
                stack.add(obj instanceof Instr load && stack.size() < 32 ? new PendingSelf(load, i) : null);
                continue;
            }
            if (op == Opcode.CALL.code) {
                int selfAt = stack.size() - 1 - i.arg;
                if (selfAt >= 0 && stack.get(selfAt) instanceof PendingSelf p) {
                    p.load().op = Opcode.LOAD_FAST_BORROW.code;
                    p.method().borrowed |= 1;
                    i.borrowed |= 0b1000;
                    any = true;
                }
            }
            int pops = pops(i), pushes = pops + Assembler.effect(i, false);
            // CALL's one borrowable operand is the PendingSelf above, never a LOAD_FAST of its own
            int readable = Pseudo.isPseudo(op) || op == Opcode.CALL.code ? 0 : Opcode.of(op).borrowable();
            for (int p = 0; p < pops; p++) {
                if (!(stack.get(stack.size() - 1 - p) instanceof Instr load)) continue;
                if ((readable & (1 << p)) != 0) {
                    load.op = Opcode.LOAD_FAST_BORROW.code;
                    i.borrowed |= 1 << p;
                    any = true;
                }
            }
            for (int p = 0; p < pops; p++) stack.remove(stack.size() - 1);
            for (int p = 0; p < pushes; p++) stack.add(null);
            if (op == Opcode.STORE_FAST.code || op == Opcode.DELETE_FAST.code) {
                forgetLocal(stack, i.arg);
            } else if (i.target != null || suspends(op)) {
                forgetAll(stack);
            }
        }
        return any;
    }

    /**
     * Second walk: at each instruction, the positions that hold borrowed values (its own borrowed
     * operands included): bit {@code pos} for a LOAD_FAST_BORROW's value, bit {@code 32 + pos}
     * for a LOAD_METHOD's borrowed self.
     */
    private static void recordLive(Block b) {
        List<Long> stack = new ArrayList<>(); // each entry: the live bit it holds, or 0
        for (int d = 0; d < b.startDepth; d++) stack.add(0L);
        long live = 0;
        for (Instr i : b.instrs) {
            i.borrowedLive = live; // an unbound local or a failed look-up raises before the push
            if (i.op == Opcode.LOAD_FAST_BORROW.code) {
                long bit = 1L << stack.size();
                live |= bit;
                stack.add(bit);
                continue;
            }
            int pops = pops(i), pushes = pops + Assembler.effect(i, false);
            for (int p = 0; p < pops; p++) live &= ~stack.remove(stack.size() - 1);
            for (int p = 0; p < pushes; p++) stack.add(0L);
            if (i.op == Opcode.LOAD_METHOD.code && (i.borrowed & 1) != 0) {
                long bit = 1L << (32 + stack.size() - 1);
                live |= bit;
                stack.set(stack.size() - 1, bit);
            }
        }
        if (live != 0) throw new IllegalStateException("a borrowed load outlives its block");
    }

    private static int pops(Instr i) {
        if (Pseudo.isPseudo(i.op)) return Math.max(0, -Assembler.effect(i, false));
        return Opcode.of(i.op).pops(i.arg);
    }

    /** Instructions after which the frame may have been suspended and resumed. */
    private static boolean suspends(int op) {
        return op == Opcode.YIELD_VALUE.code || op == Opcode.SEND.code || op == Opcode.RETURN_GENERATOR.code;
    }

    private static void forgetAll(List<Object> stack) {
        for (int k = 0; k < stack.size(); k++) stack.set(k, null);
    }

    private static void forgetLocal(List<Object> stack, int local) {
        for (int k = 0; k < stack.size(); k++) {
            Object e = stack.get(k);
            Instr load = e instanceof PendingSelf p ? p.load() : (Instr) e;
            if (load != null && load.arg == local) stack.set(k, null);
        }
    }
}
