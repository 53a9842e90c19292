package skein.interpreter.compile;

import skein.interpreter.bytecode.Opcode;

/**
 * One instruction while a code object is being built: an opcode (real, or {@link Pseudo}), its
 * argument or jump target, its source location, and the exception handler that covers it.
 */
final class Instr {
    int op;
    int arg;
    Block target;
    /** For cell/free-variable instructions: the variable, resolved to a slot at assembly. */
    String derefName;
    int line;
    int endLine;
    int col;
    int endCol;
    /** The innermost handler covering this instruction (null: none). */
    Handler handler;
    /** Operands pushed by LOAD_FAST_BORROW (bit 0: top of stack); set by {@link Borrows}. */
    int borrowed;
    /** Stack positions holding borrowed values while this instruction runs; set by {@link Borrows}. */
    long borrowedLive;

    /** An exception handler as the code generator knows it: where it is and whether it wants lasti. */
    record Handler(Block target, boolean lasti) {}

    Instr(int op, int arg, Block target, int line, int endLine, int col, int endCol, Handler handler) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.line = line;
        this.endLine = endLine;
        this.col = col;
        this.endCol = endCol;
        this.handler = handler;
    }

    Instr copy() {
        Instr i = new Instr(op, arg, target, line, endLine, col, endCol, handler);
        i.derefName = derefName;
        return i;
    }

    void setLocation(Instr from) {
        line = from.line;
        endLine = from.endLine;
        col = from.col;
        endCol = from.endCol;
    }

    void clearLocation() {
        line = endLine = col = endCol = -1;
    }

    boolean isJump() {
        return target != null && !Pseudo.isSetup(op);
    }

    boolean isUnconditionalJump() {
        return op == Pseudo.JUMP || op == Opcode.JUMP_FORWARD.code || op == Opcode.JUMP_BACKWARD.code;
    }

    /** Control never continues to the next instruction. */
    boolean isTerminal() {
        return isUnconditionalJump() || exitsScope();
    }

    boolean exitsScope() {
        return op == Opcode.RETURN_VALUE.code || op == Opcode.RERAISE.code || op == Opcode.RAISE_VARARGS.code;
    }

    @Override
    public String toString() {
        return Pseudo.name(op) + " " + arg + (target != null ? " ->B" + target.id : "") + " @" + line;
    }
}
