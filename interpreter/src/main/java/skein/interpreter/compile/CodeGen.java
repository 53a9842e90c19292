package skein.interpreter.compile;

import java.util.List;

import skein.interpreter.ast.Alias;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.Mod;
import skein.interpreter.ast.Stmt;
import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.ConstTuple;
import skein.interpreter.bytecode.Opcode;

/**
 * Statements and the module, the top of the code generator chain: assignment forms, augmented
 * assignment, annotations, del, assert, raise, import, if, and the dispatch to loops, try,
 * with, functions and classes in the layers below.
 */
final class CodeGen extends TryGen {
    CodeGen(String filename, String source, SymbolTable symtable, DepthGuard guard) {
        super(filename, source, symtable, guard);
    }

    Code module(Mod.Module m) {
        enterScope(symtable.top, Unit.Type.MODULE, "<module>", 1);
        body(m.body());
        Code co = assemble(true);
        exitUnit();
        return co;
    }

    /** eval() mode: evaluate one expression and return its value. */
    Code expression(skein.interpreter.ast.Expr e) {
        enterScope(symtable.top, Unit.Type.MODULE, "<module>", 1);
        setLoc(e);
        visitExpr(e);
        emit(Opcode.RETURN_VALUE);
        Code co = assemble(false);
        exitUnit();
        return co;
    }

    @Override
    void body(List<Stmt> stmts) {
        if (u.type == Unit.Type.MODULE && !stmts.isEmpty()) setLoc(stmts.get(0));
        if (findAnnotation(stmts)) emit(Opcode.SETUP_ANNOTATIONS);
        int i = 0;
        String doc = FuncGen.docstring(stmts);
        if (doc != null) {
            i = 1;
            visitExpr(((Stmt.ExprStmt) stmts.get(0)).value());
            unsetLoc();
            nameOp("__doc__", ExprContext.Store);
        }
        for (; i < stmts.size(); i++) visitStmt(stmts.get(i));
    }

    private static boolean findAnnotation(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case Stmt.While w -> findAnnotation(w.body()) || findAnnotation(w.orelse());
                case Stmt.If f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case Stmt.With w -> findAnnotation(w.body());
                case Stmt.Try t -> findAnnotation(t.body()) || findAnnotation(t.orelse())
                        || findAnnotation(t.finalbody()) || t.handlers().stream().anyMatch(h -> findAnnotation(h.body()));
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    @Override
    Code assemble(boolean addNone) {
        Block cur = u.current;
        boolean returns = cur.instrs.isEmpty() ? cur.afterReturn
                : cur.last().op == Opcode.RETURN_VALUE.code;
        if (!returns) {
            unsetLoc();
            if (addNone) loadConst(skein.interpreter.ast.NoneConstant.NONE);
            emit(Opcode.RETURN_VALUE);
        }
        return new Assembler(u, filename).assemble();
    }

    @Override
    void visitStmt(Stmt s) {
        guard.enter();
        try {
            setLoc(s);
            stmt(s);
        } finally {
            guard.exit();
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> { for (Expr t : d.targets()) visitExpr(t); }
            case Stmt.Assign a -> {
                visitExpr(a.value());
                int n = a.targets().size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) emit(Opcode.COPY, 1);
                    visitExpr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forStmt(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> {
                Block end = newBlock();
                Block next = i.orelse().isEmpty() ? end : newBlock();
                jumpIf(i.test(), next, false);
                visitStmts(i.body());
                if (!i.orelse().isEmpty()) {
                    jumpNoLine(end);
                    useBlock(next);
                    visitStmts(i.orelse());
                }
                useBlock(end);
            }
            case Stmt.With w -> withStmt(w, 0);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                        n++;
                    }
                }
                emit(Opcode.RAISE_VARARGS, n);
            }
            case Stmt.Try t -> tryStmt(t);
            case Stmt.TryStar t -> throw error("'except*' is not supported by Skein", t);
            case Stmt.Assert a -> {
                Block end = newBlock();
                jumpIf(a.test(), end, true);
                emit(Opcode.LOAD_ASSERTION_ERROR);
                if (a.msg() != null) {
                    visitExpr(a.msg());
                    emit(Opcode.CALL, 0);
                }
                emit(Opcode.RAISE_VARARGS, 1);
                useBlock(end);
            }
            case Stmt.Import im -> importStmt(im);
            case Stmt.ImportFrom im -> importFrom(im);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> {
                if (e.value() instanceof Expr.Constant) {
                    emit(Opcode.NOP);
                } else {
                    visitExpr(e.value());
                    unsetLoc();
                    emit(Opcode.POP_TOP);
                }
            }
            case Stmt.Pass p -> emit(Opcode.NOP);
            case Stmt.Break b -> breakStmt(b);
            case Stmt.Continue c -> continueStmt(c);
        }
    }

    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        int[] old = saveLoc();
        setLoc(e);
        switch (e) {
            case Expr.Attribute a -> {
                visitExpr(a.value());
                emit(Opcode.COPY, 1);
                int[] o = locToAttr(a);
                emitName(Opcode.LOAD_ATTR, mangle(a.attr()));
                u.line = o[0];
            }
            case Expr.Subscript sub -> {
                visitExpr(sub.value());
                visitExpr(sub.slice());
                emit(Opcode.COPY, 2);
                emit(Opcode.COPY, 2);
                emit(Opcode.BINARY_SUBSCR);
            }
            case Expr.Name n -> nameOp(n.id(), ExprContext.Load);
            default -> throw errorHere("invalid node type for augmented assignment");
        }
        restoreLoc(old);
        visitExpr(s.value());
        emit(Opcode.BINARY_OP, binaryArg(s.op(), true));
        setLoc(e);
        switch (e) {
            case Expr.Attribute a -> {
                locToAttr(a);
                emit(Opcode.SWAP, 2);
                emitName(Opcode.STORE_ATTR, mangle(a.attr()));
            }
            case Expr.Subscript sub -> {
                emit(Opcode.SWAP, 3);
                emit(Opcode.SWAP, 2);
                emit(Opcode.STORE_SUBSCR);
            }
            default -> nameOp(((Expr.Name) e).id(), ExprContext.Store);
        }
    }

    private void annAssign(Stmt.AnnAssign s) {
        Expr target = s.target();
        if (s.value() != null) {
            visitExpr(s.value());
            visitExpr(target);
        }
        boolean moduleOrClass = u.type == Unit.Type.MODULE || u.type == Unit.Type.CLASS;
        switch (target) {
            case Expr.Name n -> {
                if (s.simple() != 0 && moduleOrClass) {
                    visitExpr(s.annotation());
                    emitName(Opcode.LOAD_NAME, "__annotations__");
                    loadConst(mangle(n.id()));
                    emit(Opcode.STORE_SUBSCR);
                }
            }
            case Expr.Attribute a -> {
                if (s.value() == null) checkAnnExpr(a.value());
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscr(sub.slice());
                }
            }
            default -> throw errorHere("invalid node type for annotated assignment");
        }
        if (s.simple() == 0 && moduleOrClass) checkAnnExpr(s.annotation());
    }

    private void checkAnnExpr(Expr e) {
        visitExpr(e);
        emit(Opcode.POP_TOP);
    }

    private void checkAnnSubscr(Expr e) {
        switch (e) {
            case Expr.Slice sl -> {
                if (sl.lower() != null) checkAnnExpr(sl.lower());
                if (sl.upper() != null) checkAnnExpr(sl.upper());
                if (sl.step() != null) checkAnnExpr(sl.step());
            }
            case Expr.Tuple t -> { for (Expr x : t.elts()) checkAnnSubscr(x); }
            default -> checkAnnExpr(e);
        }
    }

    private void importStmt(Stmt.Import s) {
        for (Alias a : s.names()) {
            loadConst(0L);
            loadConst(skein.interpreter.ast.NoneConstant.NONE);
            emitName(Opcode.IMPORT_NAME, mangle(a.name()));
            if (a.asname() != null) {
                int dot = a.name().indexOf('.');
                if (dot >= 0) {
                    while (true) {
                        int pos = dot + 1;
                        dot = a.name().indexOf('.', pos);
                        String attr = a.name().substring(pos, dot < 0 ? a.name().length() : dot);
                        emit(Opcode.IMPORT_FROM, u.addName(attr));
                        if (dot < 0) break;
                        emit(Opcode.SWAP, 2);
                        emit(Opcode.POP_TOP);
                    }
                    nameOp(a.asname(), ExprContext.Store);
                    emit(Opcode.POP_TOP);
                } else {
                    nameOp(a.asname(), ExprContext.Store);
                }
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot >= 0 ? a.name().substring(0, dot) : a.name(), ExprContext.Store);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom s) {
        loadConst((long) s.level());
        Object[] names = new Object[s.names().size()];
        for (int i = 0; i < names.length; i++) names[i] = s.names().get(i).name();
        loadConst(new ConstTuple(names));
        emitName(Opcode.IMPORT_NAME, s.module() != null ? mangle(s.module()) : "");
        for (int i = 0; i < s.names().size(); i++) {
            Alias a = s.names().get(i);
            if (i == 0 && a.name().equals("*")) {
                emit(Opcode.IMPORT_STAR);
                return;
            }
            emitName(Opcode.IMPORT_FROM, mangle(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
        }
        emit(Opcode.POP_TOP);
    }
}
