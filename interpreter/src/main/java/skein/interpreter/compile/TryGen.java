package skein.interpreter.compile;

import java.util.ArrayDeque;
import java.util.List;

import skein.interpreter.ast.ExceptHandler;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.Located;
import skein.interpreter.ast.NoneConstant;
import skein.interpreter.ast.Stmt;
import skein.interpreter.bytecode.Opcode;
import skein.interpreter.compile.Unit.FBlock;

/**
 * Control blocks and exceptions, as CPython 3.11: loops, {@code break}/{@code continue}/{@code return}
 * unwinding through enclosing try/finally, with and handler blocks, {@code try} with the zero-cost
 * exception table layout (SETUP_FINALLY / SETUP_CLEANUP regions, PUSH_EXC_INFO, CHECK_EXC_MATCH,
 * POP_EXCEPT, RERAISE and the {@code except E as e} cleanup), and {@code with} (BEFORE_WITH,
 * SETUP_WITH, the normal-exit call {@code __exit__(None, None, None)}, WITH_EXCEPT_START).
 */
abstract class TryGen extends FuncGen {
    /** CPython's CO_MAXBLOCKS. */
    static final int MAX_BLOCKS = 20;

    TryGen(String filename, String source, SymbolTable symtable, DepthGuard guard) {
        super(filename, source, symtable, guard);
    }

    void visitStmts(List<Stmt> body) {
        for (Stmt s : body) visitStmt(s);
    }

    void pushFBlock(FBlock.Kind kind, Block block, Block exit, Object datum, Located loc) {
        if (u.fblocks.size() >= MAX_BLOCKS) throw errorHere("too many statically nested blocks");
        u.fblocks.push(new FBlock(kind, block, exit, datum, loc));
    }

    void popFBlock() {
        u.fblocks.pop();
    }

    private void popExceptAndReraise() {
        emit(Opcode.COPY, 3);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.RERAISE, 1);
    }

    // ---- unwinding ----

    /** Emits what leaving {@code info} on a break/continue/return needs. */
    private void unwind(FBlock info, boolean preserveTos) {
        switch (info.kind) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> { }
            case FOR_LOOP -> {
                if (preserveTos) emit(Opcode.SWAP, 2);
                emit(Opcode.POP_TOP);
            }
            case TRY_EXCEPT -> popBlock();
            case FINALLY_TRY -> {
                popBlock();
                if (preserveTos) pushFBlock(FBlock.Kind.POP_VALUE, null, null, null, null);
                @SuppressWarnings("unchecked")
                List<Stmt> fin = (List<Stmt>) info.datum;
                visitStmts(fin);
                if (preserveTos) popFBlock();
                unsetLoc();
            }
            case FINALLY_END -> {
                if (preserveTos) emit(Opcode.SWAP, 2);
                emit(Opcode.POP_TOP);
                if (preserveTos) emit(Opcode.SWAP, 2);
                popBlock();
                emit(Opcode.POP_EXCEPT);
            }
            case WITH -> {
                setLoc(info.loc);
                popBlock();
                if (preserveTos) {
                    // (exit self value -- value exit self)
                    emit(Opcode.SWAP, 3);
                    emit(Opcode.SWAP, 2);
                }
                callExitWithNones();
                emit(Opcode.POP_TOP);
                unsetLoc();
            }
            case HANDLER_CLEANUP -> {
                if (info.datum != null) popBlock();
                if (preserveTos) emit(Opcode.SWAP, 2);
                popBlock();
                emit(Opcode.POP_EXCEPT);
                if (info.datum != null) {
                    loadConst(NoneConstant.NONE);
                    nameOp((String) info.datum, ExprContext.Store);
                    nameOp((String) info.datum, ExprContext.Del);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) emit(Opcode.SWAP, 2);
                emit(Opcode.POP_TOP);
            }
        }
    }

    /**
     * Unwinds the control blocks up to the innermost loop (if {@code stopAtLoop}) or all of them;
     * returns the loop found, or null. The blocks are restored afterwards, as the code that
     * follows the jump is still inside them.
     */
    private FBlock unwindStack(boolean preserveTos, boolean stopAtLoop) {
        if (u.fblocks.isEmpty()) return null;
        FBlock top = u.fblocks.peek();
        if (stopAtLoop && (top.kind == FBlock.Kind.WHILE_LOOP || top.kind == FBlock.Kind.FOR_LOOP)) return top;
        u.fblocks.pop();
        try {
            unwind(top, preserveTos);
            return unwindStack(preserveTos, stopAtLoop);
        } finally {
            u.fblocks.push(top);
        }
    }

    void returnStmt(Stmt.Return s) {
        if (u.scope.kind != Scope.Kind.FUNCTION) throw error("'return' outside function", s);
        boolean preserveTos = s.value() != null && folder.fold(s.value()) == null;
        ArrayDeque<Instr.Handler> saved = new ArrayDeque<>(u.handlers);
        if (preserveTos) {
            visitExpr(s.value());
        } else if (s.value() != null) {
            setLoc(s.value());
            emit(Opcode.NOP);
        }
        if (s.value() == null || s.value().lineno() != s.lineno()) {
            setLoc(s);
            emit(Opcode.NOP);
        }
        unwindStack(preserveTos, false);
        if (s.value() == null) loadConst(NoneConstant.NONE);
        else if (!preserveTos) loadConst(folder.fold(s.value()));
        emit(Opcode.RETURN_VALUE);
        restoreHandlers(saved);
    }

    void breakStmt(Stmt.Break s) {
        ArrayDeque<Instr.Handler> saved = new ArrayDeque<>(u.handlers);
        emit(Opcode.NOP);
        FBlock loop = unwindStack(false, true);
        if (loop == null) throw error("'break' outside loop", s);
        unwind(loop, false);
        jump(Pseudo.JUMP, loop.exit);
        restoreHandlers(saved);
    }

    void continueStmt(Stmt.Continue s) {
        ArrayDeque<Instr.Handler> saved = new ArrayDeque<>(u.handlers);
        emit(Opcode.NOP);
        FBlock loop = unwindStack(false, true);
        if (loop == null) throw error("'continue' not properly in loop", s);
        jump(Pseudo.JUMP, loop.block);
        restoreHandlers(saved);
    }

    private void restoreHandlers(ArrayDeque<Instr.Handler> saved) {
        u.handlers.clear();
        u.handlers.addAll(saved);
    }

    // ---- loops ----

    void forStmt(Stmt.For s) {
        Block start = newBlock(), body = newBlock(), cleanup = newBlock(), end = newBlock();
        pushFBlock(FBlock.Kind.FOR_LOOP, start, end, null, s);
        visitIter(s.iter());
        emit(Opcode.GET_ITER);
        useBlock(start);
        jump(Opcode.FOR_ITER.code, cleanup);
        useBlock(body);
        visitExpr(s.target());
        visitStmts(s.body());
        jumpNoLine(start);
        useBlock(cleanup);
        popFBlock();
        visitStmts(s.orelse());
        useBlock(end);
    }

    void whileStmt(Stmt.While s) {
        Block loop = newBlock(), body = newBlock(), anchor = newBlock(), end = newBlock();
        useBlock(loop);
        pushFBlock(FBlock.Kind.WHILE_LOOP, loop, end, null, s);
        jumpIf(s.test(), anchor, false);
        useBlock(body);
        visitStmts(s.body());
        setLoc(s);
        jumpIf(s.test(), body, true);
        popFBlock();
        useBlock(anchor);
        visitStmts(s.orelse());
        useBlock(end);
    }

    // ---- try ----

    void tryStmt(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) tryFinally(s);
        else tryExcept(s);
    }

    private void tryFinally(Stmt.Try s) {
        Block body = newBlock(), end = newBlock(), exit = newBlock(), cleanup = newBlock();
        setup(Pseudo.SETUP_FINALLY, end);
        useBlock(body);
        pushFBlock(FBlock.Kind.FINALLY_TRY, body, end, s.finalbody(), s);
        if (!s.handlers().isEmpty()) tryExcept(s);
        else visitStmts(s.body());
        popBlock();
        popFBlock();
        visitStmts(s.finalbody());
        jumpNoLine(exit);
        useBlock(end);
        unsetLoc();
        setup(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        pushFBlock(FBlock.Kind.FINALLY_END, end, null, null, s);
        visitStmts(s.finalbody());
        popFBlock();
        emit(Opcode.RERAISE, 0);
        useBlock(cleanup);
        popExceptAndReraise();
        useBlock(exit);
    }

    private void tryExcept(Stmt.Try s) {
        Block body = newBlock(), except = newBlock(), end = newBlock(), cleanup = newBlock();
        setup(Pseudo.SETUP_FINALLY, except);
        useBlock(body);
        pushFBlock(FBlock.Kind.TRY_EXCEPT, body, null, null, s);
        visitStmts(s.body());
        popFBlock();
        int[] loc = saveLoc();
        unsetLoc();
        popBlock();
        restoreLoc(loc);
        visitStmts(s.orelse());
        jumpNoLine(end);
        useBlock(except);
        unsetLoc();
        setup(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        pushFBlock(FBlock.Kind.EXCEPTION_HANDLER, null, null, null, s);
        List<ExceptHandler> hs = s.handlers();
        for (int i = 0; i < hs.size(); i++) {
            ExceptHandler h = hs.get(i);
            setLoc(h);
            if (h.type() == null && i < hs.size() - 1) throw error("default 'except:' must be last", h);
            Block next = newBlock();
            if (h.type() != null) {
                visitExpr(h.type());
                emit(Opcode.CHECK_EXC_MATCH);
                jump(Pseudo.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Block cleanupEnd = newBlock(), cleanupBody = newBlock();
                nameOp(h.name(), ExprContext.Store);
                setup(Pseudo.SETUP_CLEANUP, cleanupEnd);
                useBlock(cleanupBody);
                pushFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, h.name(), h);
                visitStmts(h.body());
                popFBlock();
                unsetLoc();
                popBlock();
                popBlock();
                emit(Opcode.POP_EXCEPT);
                loadConst(NoneConstant.NONE);
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                jump(Pseudo.JUMP, end);
                useBlock(cleanupEnd);
                unsetLoc();
                loadConst(NoneConstant.NONE);
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                emit(Opcode.RERAISE, 1);
            } else {
                Block cleanupBody = newBlock();
                emit(Opcode.POP_TOP);
                useBlock(cleanupBody);
                pushFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, null, h);
                visitStmts(h.body());
                popFBlock();
                unsetLoc();
                popBlock();
                emit(Opcode.POP_EXCEPT);
                jump(Pseudo.JUMP, end);
            }
            useBlock(next);
        }
        unsetLoc();
        popFBlock();
        emit(Opcode.RERAISE, 0);
        useBlock(cleanup);
        popExceptAndReraise();
        useBlock(end);
    }

    // ---- with ----

    void withStmt(Stmt.With s, int pos) {
        var item = s.items().get(pos);
        Block body = newBlock(), fin = newBlock(), exit = newBlock(), cleanup = newBlock();
        visitExpr(item.contextExpr());
        emit(Opcode.BEFORE_WITH);
        setup(Pseudo.SETUP_WITH, fin);
        useBlock(body);
        pushFBlock(FBlock.Kind.WITH, body, fin, null, s);
        if (item.optionalVars() != null) visitExpr(item.optionalVars());
        else emit(Opcode.POP_TOP);
        if (pos + 1 == s.items().size()) visitStmts(s.body());
        else withStmt(s, pos + 1);
        unsetLoc();
        popBlock();
        popFBlock();
        setLoc(s);
        callExitWithNones();
        emit(Opcode.POP_TOP);
        jump(Pseudo.JUMP, exit);
        useBlock(fin);
        setup(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        emit(Opcode.WITH_EXCEPT_START);
        unsetLoc();
        Block exit2 = newBlock();
        jump(Pseudo.POP_JUMP_IF_TRUE, exit2);
        emit(Opcode.RERAISE, 2);
        useBlock(cleanup);
        popExceptAndReraise();
        useBlock(exit2);
        emit(Opcode.POP_TOP);
        popBlock();
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.POP_TOP);
        emit(Opcode.POP_TOP);
        emit(Opcode.POP_TOP);
        useBlock(exit);
    }

    void callExitWithNones() {
        loadConst(NoneConstant.NONE);
        loadConst(NoneConstant.NONE);
        loadConst(NoneConstant.NONE);
        emit(Opcode.CALL, 3); // (exit self None None None): exit(self, None, None, None), or bound(None, None, None)
    }
}
