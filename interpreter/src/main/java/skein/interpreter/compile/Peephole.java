package skein.interpreter.compile;

import java.util.List;
import java.util.Map;

import skein.interpreter.ast.NoneConstant;
import skein.interpreter.bytecode.ConstTuple;
import skein.interpreter.bytecode.Opcode;

/**
 * CPython 3.11's {@code optimize_basic_block}, the subset that shapes ordinary code:
 * <ul>
 * <li>{@code PUSH_NULL; LOAD_GLOBAL} becomes {@code LOAD_GLOBAL} with the NULL bit;</li>
 * <li>a conditional jump on a constant becomes an unconditional jump or nothing;</li>
 * <li>{@code LOAD_CONST None; IS_OP; POP_JUMP_IF_x} becomes {@code POP_JUMP_IF_[NOT_]NONE} (forward only:
 *     this instruction set has no backward form);</li>
 * <li>{@code BUILD_TUPLE} of constants becomes one tuple constant;
 *     {@code BUILD_TUPLE n; UNPACK_SEQUENCE n} (n ≤ 3) becomes nothing or a SWAP;</li>
 * <li>jumps to unconditional jumps (and and/or chains) are threaded when the line numbers allow.</li>
 * </ul>
 * Replaced instructions become NOPs that keep their location; {@code clean} removes them later.
 */
final class Peephole {
    private final List<Object> consts;

    Peephole(List<Object> consts) {
        this.consts = consts;
    }

    void optimize(Block b, Map<Block, Integer> order) {
        List<Instr> in = b.instrs;
        for (int k = 0; k < in.size(); k++) {
            Instr i = in.get(k);
            Instr next = k + 1 < in.size() ? in.get(k + 1) : null;
            int nextOp = next == null ? -1 : next.op;
            if (i.op == Opcode.PUSH_NULL.code) {
                if (nextOp == Opcode.LOAD_GLOBAL.code && (next.arg & 1) == 0) {
                    i.op = Opcode.NOP.code;
                    next.arg |= 1;
                }
            } else if (i.op == Opcode.LOAD_CONST.code) {
                Object c = consts.get(i.arg);
                if (nextOp == Pseudo.POP_JUMP_IF_FALSE || nextOp == Pseudo.POP_JUMP_IF_TRUE) {
                    boolean isTrue = Folder.truthy(c);
                    i.op = Opcode.NOP.code;
                    if (isTrue == (nextOp == Pseudo.POP_JUMP_IF_TRUE)) {
                        next.op = Pseudo.JUMP;
                        in.subList(k + 2, in.size()).clear();
                    } else {
                        next.op = Opcode.NOP.code;
                        next.target = null;
                    }
                } else if (nextOp == Opcode.JUMP_IF_FALSE_OR_POP.code || nextOp == Opcode.JUMP_IF_TRUE_OR_POP.code) {
                    boolean isTrue = Folder.truthy(c);
                    if (isTrue == (nextOp == Opcode.JUMP_IF_TRUE_OR_POP.code)) {
                        next.op = Pseudo.JUMP;
                        in.subList(k + 2, in.size()).clear();
                    } else {
                        i.op = Opcode.NOP.code;
                        next.op = Opcode.NOP.code;
                        next.target = null;
                    }
                } else if (nextOp == Opcode.IS_OP.code && c == NoneConstant.NONE && k + 2 < in.size()) {
                    Instr j = in.get(k + 2);
                    if ((j.op == Pseudo.POP_JUMP_IF_FALSE || j.op == Pseudo.POP_JUMP_IF_TRUE)
                            && order.getOrDefault(j.target, -1) > order.get(b)) {
                        boolean isNot = (next.arg == 1) ^ (j.op == Pseudo.POP_JUMP_IF_FALSE);
                        i.op = Opcode.NOP.code;
                        next.op = Opcode.NOP.code;
                        j.op = isNot ? Pseudo.POP_JUMP_IF_NOT_NONE : Pseudo.POP_JUMP_IF_NONE;
                    }
                }
            } else if (i.op == Opcode.BUILD_TUPLE.code) {
                if (nextOp == Opcode.UNPACK_SEQUENCE.code && next.arg == i.arg && i.arg >= 1 && i.arg <= 3) {
                    i.op = Opcode.NOP.code;
                    if (i.arg == 1) {
                        next.op = Opcode.NOP.code;
                    } else {
                        next.op = Opcode.SWAP.code;
                        applyStaticSwaps(in, k + 1);
                    }
                    continue;
                }
                foldTuple(in, k);
            } else if (i.target != null && !Pseudo.isSetup(i.op)) {
                thread(b, i);
            }
        }
    }

    private static boolean swappable(int op) {
        return op == Opcode.STORE_FAST.code || op == Opcode.POP_TOP.code;
    }

    private static int nextSwappable(List<Instr> in, int i, int line) {
        while (++i < in.size()) {
            Instr x = in.get(i);
            if (line >= 0 && x.line != line) return -1;
            if (x.op == Opcode.NOP.code) continue;
            return swappable(x.op) ? i : -1;
        }
        return -1;
    }

    /**
     * CPython's apply_static_swaps: {@code SWAP n} followed by stores into locals is done by
     * storing in the other order instead, when no line boundary lies between the stores.
     */
    private static void applyStaticSwaps(List<Instr> in, int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (swap.op != Opcode.SWAP.code) {
                if (swap.op == Opcode.NOP.code || swappable(swap.op)) continue;
                return;
            }
            int j = nextSwappable(in, i, -1);
            if (j < 0) return;
            int k = j;
            int line = in.get(j).line;
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(in, k, line);
                if (k < 0) return;
            }
            swap.op = Opcode.NOP.code;
            Instr t = in.get(j);
            in.set(j, in.get(k));
            in.set(k, t);
        }
    }

    /** {@code LOAD_CONST x n; BUILD_TUPLE n} becomes {@code NOP x n; LOAD_CONST (tuple)}. */
    private void foldTuple(List<Instr> in, int k) {
        Instr build = in.get(k);
        int n = build.arg;
        if (n == 0 || k < n) return;
        Object[] items = new Object[n];
        for (int j = 0; j < n; j++) {
            Instr l = in.get(k - n + j);
            if (l.op != Opcode.LOAD_CONST.code) return;
            items[j] = consts.get(l.arg);
        }
        for (int j = 0; j < n; j++) in.get(k - n + j).op = Opcode.NOP.code;
        build.op = Opcode.LOAD_CONST.code;
        build.arg = indexOf(new ConstTuple(items));
    }

    private int indexOf(Object c) {
        for (int j = 0; j < consts.size(); j++) if (ConstKey.same(consts.get(j), c)) return j;
        consts.add(c);
        return consts.size() - 1;
    }

    private static Instr first(Block b) {
        Block t = b;
        while (t != null && t.instrs.isEmpty()) t = t.next;
        return t == null ? null : t.instrs.get(0);
    }

    private static void thread(Block b, Instr i) {
        for (int guard = 0; guard < 100; guard++) {
            Instr t = first(i.target);
            if (t == null) return;
            int op = i.op;
            boolean done;
            if (op == Opcode.JUMP_IF_FALSE_OR_POP.code || op == Opcode.JUMP_IF_TRUE_OR_POP.code) {
                boolean isFalse = op == Opcode.JUMP_IF_FALSE_OR_POP.code;
                int same = isFalse ? Pseudo.POP_JUMP_IF_FALSE : Pseudo.POP_JUMP_IF_TRUE;
                int sameOrPop = op;
                int opposite = isFalse ? Opcode.JUMP_IF_TRUE_OR_POP.code : Opcode.JUMP_IF_FALSE_OR_POP.code;
                int oppositePop = isFalse ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE;
                if (t.op == same) {
                    done = !jumpThread(i, t, same);
                } else if (t.op == Pseudo.JUMP || t.op == sameOrPop) {
                    done = !jumpThread(i, t, sameOrPop);
                } else if ((t.op == opposite || t.op == oppositePop) && i.line == t.line && i.target.next != null) {
                    i.op = isFalse ? Pseudo.POP_JUMP_IF_FALSE : Pseudo.POP_JUMP_IF_TRUE;
                    i.target = i.target.next;
                    done = false;
                } else {
                    done = true;
                }
            } else if (op == Pseudo.POP_JUMP_IF_FALSE || op == Pseudo.POP_JUMP_IF_TRUE || op == Pseudo.JUMP) {
                done = t.op != Pseudo.JUMP || !jumpThread(i, t, op);
            } else {
                done = true;
            }
            if (done) return;
        }
    }

    private static boolean jumpThread(Instr i, Instr t, int op) {
        if ((i.line == t.line || t.line == -1) && i.target != t.target) {
            i.target = t.target;
            i.op = op;
            return true;
        }
        return false;
    }
}
