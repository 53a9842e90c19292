package skein.interpreter.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block and jump target. Blocks are kept in layout order through {@link #next}; the
 * code generator appends instructions to the current block and starts a new one after every
 * jump, so a jump only ever ends a block.
 */
final class Block {
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    Block next;
    // analysis state used by the assembler
    int startDepth = Integer.MIN_VALUE;
    int predecessors;
    boolean reachable;
    boolean isHandler;
    int offset;
    /** The handler stack in force when control arrives here by a jump (null: by fall-through only). */
    java.util.ArrayDeque<Instr.Handler> entryHandlers;
    /** Created after a RETURN_VALUE: an empty one does not need an implicit return. */
    boolean afterReturn;

    Block(int id) {
        this.id = id;
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    boolean fallsThrough() {
        Instr l = last();
        return l == null || !l.isTerminal();
    }

    boolean exitsScope() {
        Instr l = last();
        return l != null && l.exitsScope();
    }

    @Override
    public String toString() {
        return "B" + id + instrs;
    }
}
