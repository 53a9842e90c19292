package skein.interpreter.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.Opcode;

/**
 * Turns a unit's blocks into a {@link Code}, in the order of CPython 3.11's {@code assemble}:
 * prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), a first stack-depth pass
 * that fixes each handler's depth, the CFG optimisations ({@link Peephole}: constant conditions,
 * jump threading, tuple folding; copying small exit blocks; dead-code removal; NOP removal that
 * keeps line numbers alive), removal of unused constants, line-number propagation, a final
 * stack-depth pass over the optimised code (jump edges and exception edges), and the final
 * layout: absolute jump targets with their FORWARD/BACKWARD forms, the exception table as
 * non-overlapping instruction ranges, and the per-instruction line table.
 */
final class Assembler {
    private final Unit u;
    private final String filename;
    private List<Block> blocks;
    private final List<Object> consts;
    private String[] localsNames;
    private byte[] localsKinds;
    private final Map<String, Integer> derefIndex = new HashMap<>();

    Assembler(Unit u, String filename) {
        this.u = u;
        this.filename = filename;
        this.consts = new ArrayList<>(u.constList);
    }

    Code assemble() {
        blocks = new ArrayList<>();
        for (Block b = u.entry; b != null; b = b.next) blocks.add(b);
        for (Block b : blocks) normalize(b);
        computeLocalsPlus();
        insertPrefix();
        resolveDerefs();
        // pass 1: depths at handler entry
        stackDepth(true);
        for (Block b : blocks) {
            for (Instr i : b.instrs) if (i.op == Pseudo.POP_BLOCK) i.op = Opcode.NOP.code;
        }
        Peephole peep = new Peephole(consts);
        relink();
        for (Block b : blocks) clean(b);
        Map<Block, Integer> order = new IdentityHashMap<>();
        for (int k = 0; k < blocks.size(); k++) order.put(blocks.get(k), k);
        for (Block b : blocks) {
            peep.optimize(b, order);
            clean(b);
        }
        for (Block b : blocks) extendBlock(b);
        markReachable();
        for (Block b : blocks) if (!b.reachable) b.instrs.clear();
        eliminateEmpty();
        for (Block b : blocks) clean(b);
        boolean changed = false;
        for (Block b : blocks) {
            Instr last = b.last();
            if (last != null && last.isUnconditionalJump() && last.target == b.next) {
                last.op = Opcode.NOP.code;
                last.target = null;
                changed = true;
            }
        }
        if (changed) {
            eliminateEmpty();
            for (Block b : blocks) clean(b);
        }
        removeUnusedConsts();
        // the SETUP markers still make handler blocks reachable here, as in CPython
        markReachable();
        duplicateExitsWithoutLineno();
        propagateLineNumbers();
        guaranteeLinenoForExits();
        for (Block b : blocks) {
            for (Instr i : b.instrs) {
                if (Pseudo.isSetup(i.op)) {
                    i.op = Opcode.NOP.code;
                    i.target = null;
                }
            }
        }
        for (Block b : blocks) clean(b);
        eliminateEmpty();
        return layout();
    }

    // ---- structure ----

    private void relink() {
        for (int k = 0; k < blocks.size(); k++) blocks.get(k).next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
    }

    /** A block ends at its first jump or exit (what follows in it is dead). */
    private static void normalize(Block b) {
        for (int k = 0; k < b.instrs.size(); k++) {
            if (b.instrs.get(k).isTerminal()) {
                b.instrs.subList(k + 1, b.instrs.size()).clear();
                return;
            }
        }
    }

    private void eliminateEmpty() {
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) if (!b.instrs.isEmpty()) kept.add(b);
        Map<Block, Block> firstNonEmpty = new IdentityHashMap<>();
        Block nextNonEmpty = null;
        for (int k = blocks.size() - 1; k >= 0; k--) {
            Block b = blocks.get(k);
            if (!b.instrs.isEmpty()) nextNonEmpty = b;
            firstNonEmpty.put(b, nextNonEmpty);
        }
        for (Block b : kept) {
            for (Instr i : b.instrs) {
                if (i.target != null) i.target = firstNonEmpty.get(i.target);
                if (i.handler != null && i.handler.target().instrs.isEmpty()) {
                    i.handler = new Instr.Handler(firstNonEmpty.get(i.handler.target()), i.handler.lasti());
                }
            }
        }
        blocks = kept;
        relink();
    }

    private void markReachable() {
        for (Block b : blocks) {
            b.reachable = false;
            b.predecessors = 0;
        }
        if (blocks.isEmpty()) return;
        Deque<Block> work = new ArrayDeque<>();
        Block entry = blocks.get(0);
        entry.reachable = true;
        entry.predecessors = 1;
        work.push(entry);
        while (!work.isEmpty()) {
            Block b = work.pop();
            if (b.next != null && b.fallsThrough()) {
                if (!b.next.reachable) {
                    b.next.reachable = true;
                    work.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                Block t = i.target;
                if (t != null) {
                    if (!t.reachable) {
                        t.reachable = true;
                        work.push(t);
                    }
                    t.predecessors++;
                }
            }
            // handler blocks are reachable from any instruction they cover
            for (Instr i : b.instrs) {
                if (i.handler != null && !i.handler.target().reachable) {
                    i.handler.target().reachable = true;
                    work.push(i.handler.target());
                }
            }
        }
    }

    // ---- locals ----

    private void computeLocalsPlus() {
        List<String> names = new ArrayList<>(u.varnames.keySet());
        List<Byte> kinds = new ArrayList<>();
        for (String n : names) {
            byte k = Code.KIND_LOCAL;
            if (u.cellvars.contains(n)) k |= Code.KIND_CELL;
            kinds.add(k);
            derefIndex.put(n, kinds.size() - 1);
        }
        for (String c : u.cellvars) {
            if (u.varnames.containsKey(c)) continue;
            names.add(c);
            kinds.add(Code.KIND_CELL);
            derefIndex.put(c, names.size() - 1);
        }
        for (String f : u.freevars) {
            names.add(f);
            kinds.add(Code.KIND_FREE);
            derefIndex.putIfAbsent(f, names.size() - 1);
        }
        localsNames = names.toArray(new String[0]);
        localsKinds = new byte[kinds.size()];
        for (int k = 0; k < localsKinds.length; k++) localsKinds[k] = kinds.get(k);
    }

    private void resolveDerefs() {
        for (Block b : blocks) {
            for (Instr i : b.instrs) {
                if (i.derefName != null) {
                    Integer idx = derefIndex.get(i.derefName);
                    if (idx == null) throw new IllegalStateException("no cell or free variable " + i.derefName + " in " + u.qualname);
                    i.arg = idx;
                }
            }
        }
    }

    /** COPY_FREE_VARS, MAKE_CELL for each cell slot, and RETURN_GENERATOR; POP_TOP for generators. */
    private void insertPrefix() {
        List<Instr> pre = new ArrayList<>();
        int nfree = u.freevars.size();
        if (nfree > 0) pre.add(new Instr(Opcode.COPY_FREE_VARS.code, nfree, null, -1, -1, -1, -1, null));
        for (int k = 0; k < localsKinds.length; k++) {
            if ((localsKinds[k] & Code.KIND_CELL) != 0) {
                pre.add(new Instr(Opcode.MAKE_CELL.code, k, null, -1, -1, -1, -1, null));
            }
        }
        if (isGenerator()) {
            pre.add(new Instr(Opcode.RETURN_GENERATOR.code, 0, null, u.firstLineno, u.firstLineno, -1, -1, null));
            pre.add(new Instr(Opcode.POP_TOP.code, 0, null, -1, -1, -1, -1, null));
        }
        blocks.get(0).instrs.addAll(0, pre);
    }

    private boolean isGenerator() {
        return u.scope.kind == Scope.Kind.FUNCTION && u.scope.generator;
    }

    // ---- stack depth ----

    static int pseudoEffect(Instr i, boolean jump) {
        return switch (i.op) {
            case Pseudo.JUMP, Pseudo.POP_BLOCK -> 0;
            case Pseudo.POP_JUMP_IF_FALSE, Pseudo.POP_JUMP_IF_TRUE, Pseudo.POP_JUMP_IF_NONE,
                 Pseudo.POP_JUMP_IF_NOT_NONE -> -1;
            case Pseudo.SETUP_FINALLY, Pseudo.SETUP_WITH -> jump ? 1 : 0;
            case Pseudo.SETUP_CLEANUP -> jump ? 2 : 0;
            default -> throw new IllegalStateException("pseudo " + i.op);
        };
    }

    static int effect(Instr i, boolean jump) {
        if (Pseudo.isPseudo(i.op)) return pseudoEffect(i, jump);
        return Opcode.of(i.op).stackEffect(i.arg, jump);
    }

    /**
     * Flow analysis over both edges of every branch. The first pass (before optimisation) follows
     * the SETUP pseudo-instructions to fix the depth at each handler's entry; the final pass follows
     * the exception edges of covered instructions instead. Returns the maximum depth.
     */
    private int stackDepth(boolean first) {
        for (Block b : blocks) b.startDepth = Integer.MIN_VALUE;
        Map<Block, Integer> handlerEntry = new IdentityHashMap<>();
        if (!first) {
            for (Block b : blocks) {
                for (Instr i : b.instrs) {
                    if (i.handler != null) handlerEntry.put(i.handler.target(), i.handler.target().offset);
                }
            }
        }
        Deque<Block> work = new ArrayDeque<>();
        int max = 0;
        push(work, blocks.get(0), 0);
        while (!work.isEmpty()) {
            Block b = work.pop();
            int depth = b.startDepth;
            boolean fallsThrough = true;
            for (Instr i : b.instrs) {
                if (!first && i.handler != null) {
                    int hd = i.handler.target().offset + 1 + (i.handler.lasti() ? 1 : 0);
                    max = Math.max(max, hd);
                    push(work, i.handler.target(), hd);
                }
                int newDepth = depth + effect(i, false);
                if (newDepth < 0) throw new IllegalStateException("negative stack depth in " + u.qualname + " at " + i);
                max = Math.max(max, newDepth);
                if (i.target != null) {
                    int td = depth + effect(i, true);
                    max = Math.max(max, td);
                    push(work, i.target, td);
                }
                depth = newDepth;
                if (i.isTerminal()) {
                    fallsThrough = false;
                    break;
                }
            }
            if (fallsThrough && b.next != null) push(work, b.next, depth);
        }
        if (first) {
            // remember each handler's entry depth (excluding what the unwinder pushes)
            for (Block b : blocks) {
                for (Instr i : b.instrs) {
                    if (Pseudo.isSetup(i.op) && i.target.startDepth != Integer.MIN_VALUE) {
                        i.target.offset = i.target.startDepth - 1 - (i.op == Pseudo.SETUP_FINALLY ? 0 : 1);
                    }
                }
            }
        }
        return max;
    }

    private void push(Deque<Block> work, Block b, int depth) {
        if (b.startDepth == Integer.MIN_VALUE) {
            b.startDepth = depth;
            work.push(b);
        } else if (b.startDepth != depth) {
            throw new IllegalStateException("inconsistent stack depth at block B" + b.id + " in " + u.qualname
                    + ": " + b.startDepth + " vs " + depth);
        }
    }

    // ---- CFG clean-ups ----

    /** CPython's clean_basic_block: drop NOPs that do not keep a line number alive. */
    private void clean(Block b) {
        List<Instr> out = new ArrayList<>(b.instrs.size());
        int prevLine = -1;
        List<Instr> in = b.instrs;
        for (int k = 0; k < in.size(); k++) {
            Instr i = in.get(k);
            int line = i.line;
            if (i.op == Opcode.NOP.code) {
                if (line < 0) continue;
                if (prevLine == line) continue;
                if (k < in.size() - 1) {
                    Instr n = in.get(k + 1);
                    if (n.line < 0 || n.line == line) {
                        n.setLocation(i);
                        continue;
                    }
                } else {
                    Block next = b.next;
                    while (next != null && next.instrs.isEmpty()) next = next.next;
                    if (next != null && next.instrs.get(0).line == line) continue;
                }
            }
            out.add(i);
            prevLine = line;
        }
        b.instrs.clear();
        b.instrs.addAll(out);
    }

    /** Replace a jump to a small exit block without line numbers by a copy of it (CPython's extend_block). */
    private static void extendBlock(Block b) {
        Instr last = b.last();
        if (last == null || !last.isUnconditionalJump()) return;
        Block t = last.target;
        if (exitWithoutLineno(t) && t.instrs.size() <= 4) {
            last.op = Opcode.NOP.code;
            last.target = null;
            for (Instr i : t.instrs) b.instrs.add(i.copy());
        }
    }

    private static boolean exitWithoutLineno(Block b) {
        if (!b.exitsScope()) return false;
        for (Instr i : b.instrs) if (i.line >= 0) return false;
        return true;
    }

    /** Exit blocks without a line reached by several jumps get one copy per jump, with the jump's line. */
    private void duplicateExitsWithoutLineno() {
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            Instr last = b.last();
            if (last != null && last.isJump()) {
                Block t = last.target;
                if (exitWithoutLineno(t) && t.predecessors > 1) {
                    Block copy = new Block(u.nextBlockId++);
                    for (Instr i : t.instrs) copy.instrs.add(i.copy());
                    copy.instrs.get(0).setLocation(last);
                    last.target = copy;
                    t.predecessors--;
                    copy.predecessors = 1;
                    copy.reachable = true;
                    int at = blocks.indexOf(t);
                    blocks.add(at + 1, copy);
                    relink();
                }
            }
        }
        for (Block b : blocks) {
            if (b.fallsThrough() && b.next != null && !b.instrs.isEmpty() && exitWithoutLineno(b.next)) {
                b.next.instrs.get(0).setLocation(b.last());
            }
        }
    }

    private void propagateLineNumbers() {
        for (Block b : blocks) {
            Instr prev = null;
            for (Instr i : b.instrs) {
                if (i.line < 0) {
                    if (prev != null) i.setLocation(prev);
                } else {
                    prev = i;
                }
            }
            if (prev == null) continue;
            if (b.fallsThrough() && b.next != null && b.next.predecessors == 1 && !b.next.instrs.isEmpty()
                    && b.next.instrs.get(0).line < 0) {
                b.next.instrs.get(0).setLocation(prev);
            }
            Instr last = b.last();
            if (last.isJump() && last.target.predecessors == 1 && last.target.instrs.get(0).line < 0) {
                last.target.instrs.get(0).setLocation(prev);
            }
        }
    }

    private void guaranteeLinenoForExits() {
        int line = u.firstLineno;
        for (Block b : blocks) {
            Instr last = b.last();
            if (last == null) continue;
            if (last.line < 0) {
                if (last.op == Opcode.RETURN_VALUE.code) {
                    for (Instr i : b.instrs) i.line = i.endLine = line;
                }
            } else {
                line = last.line;
            }
        }
    }

    /**
     * CPython 3.11's trim_unused_consts: only the unused constants at the end of the list go (the
     * first is kept, it may be the docstring); constants used only by instructions the optimiser
     * removed stay where they are, so the indexes match CPython's.
     */
    private void removeUnusedConsts() {
        int max = 0;
        for (Block b : blocks) {
            for (Instr i : b.instrs) {
                if (i.op == Opcode.LOAD_CONST.code || i.op == Opcode.KW_NAMES.code) max = Math.max(max, i.arg);
            }
        }
        while (consts.size() > max + 1) consts.remove(consts.size() - 1);
    }

    // ---- final layout ----

    private Code layout() {
        // handler depths were recorded in Block.offset by pass 1; keep them before offsets are reused
        Map<Block, Integer> handlerDepth = new IdentityHashMap<>();
        for (Block b : blocks) {
            for (Instr i : b.instrs) {
                if (i.handler != null) handlerDepth.put(i.handler.target(), i.handler.target().offset);
            }
        }
        int maxDepth = stackDepth(false);
        boolean borrows = Borrows.mark(blocks);
        int n = 0;
        for (Block b : blocks) {
            b.offset = n;
            n += b.instrs.size();
        }
        int[] code = new int[n];
        int[] lines = new int[n], cols = new int[n], endCols = new int[n];
        long[] borrowedLive = borrows ? new long[n] : null;
        List<Code.Handler> table = new ArrayList<>();
        int idx = 0;
        int runStart = -1;
        Instr.Handler run = null;
        for (Block b : blocks) {
            for (Instr i : b.instrs) {
                int op = i.op, arg = i.arg;
                if (i.target != null) {
                    int t = i.target.offset;
                    boolean forward = t > idx;
                    op = switch (op) {
                        case Pseudo.JUMP -> forward ? Opcode.JUMP_FORWARD.code : Opcode.JUMP_BACKWARD.code;
                        case Pseudo.POP_JUMP_IF_FALSE -> forward ? Opcode.POP_JUMP_FORWARD_IF_FALSE.code
                                : Opcode.POP_JUMP_BACKWARD_IF_FALSE.code;
                        case Pseudo.POP_JUMP_IF_TRUE -> forward ? Opcode.POP_JUMP_FORWARD_IF_TRUE.code
                                : Opcode.POP_JUMP_BACKWARD_IF_TRUE.code;
                        case Pseudo.POP_JUMP_IF_NONE -> requireForward(forward, Opcode.POP_JUMP_FORWARD_IF_NONE.code);
                        case Pseudo.POP_JUMP_IF_NOT_NONE -> requireForward(forward, Opcode.POP_JUMP_FORWARD_IF_NOT_NONE.code);
                        default -> op;
                    };
                    arg = t;
                }
                code[idx] = Opcode.word(Opcode.of(op), arg, i.borrowed);
                if (borrowedLive != null) borrowedLive[idx] = i.borrowedLive;
                lines[idx] = i.line;
                cols[idx] = i.line < 0 ? -1 : i.col;
                endCols[idx] = i.line < 0 ? -1 : i.endCol;
                if (!sameHandler(run, i.handler)) {
                    if (run != null) table.add(entry(run, runStart, idx, handlerDepth));
                    run = i.handler;
                    runStart = idx;
                }
                idx++;
            }
        }
        if (run != null) table.add(entry(run, runStart, idx, handlerDepth));
        int flags = 0;
        if (u.scope.kind == Scope.Kind.FUNCTION) {
            flags |= Code.CO_OPTIMIZED | Code.CO_NEWLOCALS;
            if (u.scope.nested) flags |= Code.CO_NESTED;
            if (u.scope.varargs) flags |= Code.CO_VARARGS;
            if (u.scope.varkeywords) flags |= Code.CO_VARKEYWORDS;
            if (u.scope.generator) flags |= Code.CO_GENERATOR;
        }
        return new Code(u.name, u.qualname, filename, u.firstLineno, u.argCount, u.posOnlyArgCount,
                u.kwOnlyArgCount, flags, code, consts.toArray(), u.names.keySet().toArray(new String[0]),
                localsNames, localsKinds, maxDepth, table, lines, cols, endCols, borrowedLive);
    }

    private int requireForward(boolean forward, int op) {
        if (!forward) throw new IllegalStateException("backward None-test jump in " + u.qualname);
        return op;
    }

    private static boolean sameHandler(Instr.Handler a, Instr.Handler b) {
        if (a == null || b == null) return a == b;
        return a.target() == b.target() && a.lasti() == b.lasti();
    }

    private static Code.Handler entry(Instr.Handler h, int start, int end, Map<Block, Integer> depth) {
        return new Code.Handler(start, end, h.target().offset, depth.get(h.target()), h.lasti());
    }
}
