package skein.interpreter.compile;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Arg;
import skein.interpreter.ast.Arguments;
import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.NoneConstant;
import skein.interpreter.ast.Stmt;
import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.ConstTuple;
import skein.interpreter.bytecode.Opcode;

/**
 * Code objects for nested scopes, as CPython 3.11: functions (defaults tuple, keyword-only
 * defaults dict, annotations tuple, closure tuple, then MAKE_FUNCTION), lambdas, class bodies
 * called through {@code __build_class__}, and the four comprehensions compiled as nested
 * functions that take the outermost iterator as their argument {@code .0}.
 */
abstract class FuncGen extends ExprGen {
    FuncGen(String filename, String source, SymbolTable symtable, DepthGuard guard) {
        super(filename, source, symtable, guard);
    }

    abstract void visitStmt(Stmt s);

    /** Assembles the current unit into a code object (implicit {@code return None} if needed). */
    abstract Code assemble(boolean addNone);

    /** Module and class bodies: SETUP_ANNOTATIONS, docstring, statements. */
    abstract void body(List<Stmt> stmts);

    @Override
    String privateName() {
        return privateOf(u);
    }

    private final java.util.Map<Unit, String> privates = new java.util.IdentityHashMap<>();

    private String privateOf(Unit unit) {
        return privates.get(unit);
    }

    void enterScope(Scope scope, Unit.Type type, String name, int firstLineno) {
        String qualname = type == Unit.Type.MODULE ? name : qualname(scope, type, name);
        String inheritedPrivate = u == null ? null : privateName();
        Unit unit = new Unit(scope, type, name, qualname, firstLineno);
        enterUnit(unit);
        if (inheritedPrivate != null) privates.put(unit, inheritedPrivate);
        if (type == Unit.Type.MODULE) {
            u.line = u.endLine = 0;
            u.col = u.endCol = -1;
        } else {
            u.line = u.endLine = firstLineno;
            u.col = u.endCol = -1;
        }
        emit(Opcode.RESUME, 0);
    }

    void setPrivate(String name) {
        privates.put(u, name);
    }

    /** CPython's compiler_set_qualname. */
    private String qualname(Scope scope, Unit.Type type, String name) {
        Unit parent = u;
        if (parent == null || parent.type == Unit.Type.MODULE) return name;
        if (type == Unit.Type.FUNCTION || type == Unit.Type.CLASS) {
            String mangled = mangle(name);
            if (parent.scope.scope(mangled) == Symbol.GLOBAL_EXPLICIT) return name;
        }
        String base = parent.type == Unit.Type.FUNCTION || parent.type == Unit.Type.LAMBDA
                ? parent.qualname + ".<locals>" : parent.qualname;
        return base + "." + name;
    }

    // ---- functions ----

    void functionDef(Stmt.FunctionDef f) {
        int firstLineno = f.decoratorList().isEmpty() ? f.lineno() : f.decoratorList().get(0).lineno();
        for (Expr d : f.decoratorList()) visitExpr(d);
        int flags = defaultArguments(f.args());
        if (annotations(f.args(), f.returns())) flags |= 0x04;
        Scope scope = scopeOf(f);
        enterScope(scope, Unit.Type.FUNCTION, f.name(), firstLineno);
        String doc = docstring(f.body());
        u.addConst(doc != null ? doc : NoneConstant.NONE);
        setArgCounts(f.args());
        for (int i = doc != null ? 1 : 0; i < f.body().size(); i++) visitStmt(f.body().get(i));
        Code co = assemble(true);
        exitUnit();
        makeClosure(co, flags);
        applyDecorators(f.decoratorList());
        nameOp(f.name(), ExprContext.Store);
    }

    /**
     * Calls the decorators, innermost first, each at its own location. {@code CALL 0} with the
     * decorator below the function is a call {@code decorator(function)}: the non-NULL slot
     * below the callable makes it a "method" call whose self is the function.
     */
    private void applyDecorators(List<Expr> decorators) {
        int[] saved = saveLoc();
        for (int i = decorators.size() - 1; i >= 0; i--) {
            setLoc(decorators.get(i));
            emit(Opcode.CALL, 0);
        }
        restoreLoc(saved);
    }

    private void setArgCounts(Arguments a) {
        u.argCount = a.posonlyargs().size() + a.args().size();
        u.posOnlyArgCount = a.posonlyargs().size();
        u.kwOnlyArgCount = a.kwonlyargs().size();
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** Pushes the defaults tuple and the keyword-only defaults dict; returns their MAKE_FUNCTION flags. */
    private int defaultArguments(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) visitExpr(d);
            emit(Opcode.BUILD_TUPLE, a.defaults().size());
            flags |= 0x01;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                keys.add(mangle(a.kwonlyargs().get(i).arg()));
                visitExpr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new ConstTuple(keys.toArray()));
            emit(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    /** Pushes the annotations as a flat tuple (name, value, name, value, ...) as 3.11 does. */
    private boolean annotations(Arguments a, Expr returns) {
        int n = 0;
        n += argAnnotations(a.args());
        n += argAnnotations(a.posonlyargs());
        if (a.vararg() != null) n += argAnnotation(a.vararg().arg(), a.vararg().annotation());
        n += argAnnotations(a.kwonlyargs());
        if (a.kwarg() != null) n += argAnnotation(a.kwarg().arg(), a.kwarg().annotation());
        n += argAnnotation("return", returns);
        if (n > 0) {
            emit(Opcode.BUILD_TUPLE, n);
            return true;
        }
        return false;
    }

    private int argAnnotations(List<Arg> args) {
        int n = 0;
        for (Arg p : args) n += argAnnotation(p.arg(), p.annotation());
        return n;
    }

    private int argAnnotation(String name, Expr annotation) {
        if (annotation == null) return 0;
        loadConst(mangle(name));
        visitExpr(annotation);
        return 2;
    }

    /** Pushes the closure tuple (if any) and the code, then MAKE_FUNCTION (CPython's compiler_make_closure). */
    void makeClosure(Code co, int flags) {
        int nfree = co.freeCount();
        if (nfree > 0) {
            for (int i = co.localsNames.length - nfree; i < co.localsNames.length; i++) {
                emitDeref(Opcode.LOAD_CLOSURE, co.localsNames[i]);
            }
            emit(Opcode.BUILD_TUPLE, nfree);
            flags |= 0x08;
        }
        loadConst(co);
        emit(Opcode.MAKE_FUNCTION, flags);
    }

    @Override
    void lambda(Expr.Lambda l) {
        int flags = defaultArguments(l.args());
        Scope scope = scopeOf(l);
        enterScope(scope, Unit.Type.LAMBDA, "<lambda>", l.lineno());
        u.addConst(NoneConstant.NONE);
        setArgCounts(l.args());
        visitExpr(l.body());
        Code co;
        if (scope.generator) {
            co = assemble(false);
        } else {
            emit(Opcode.RETURN_VALUE);
            co = assemble(true);
        }
        exitUnit();
        makeClosure(co, flags);
    }

    // ---- classes ----

    void classDef(Stmt.ClassDef c) {
        int firstLineno = c.decoratorList().isEmpty() ? c.lineno() : c.decoratorList().get(0).lineno();
        for (Expr d : c.decoratorList()) visitExpr(d);
        Scope scope = scopeOf(c);
        enterScope(scope, Unit.Type.CLASS, c.name(), firstLineno);
        setPrivate(c.name());
        nameOp("__name__", ExprContext.Load);
        nameOp("__module__", ExprContext.Store);
        loadConst(u.qualname);
        nameOp("__qualname__", ExprContext.Store);
        body(c.body());
        unsetLoc();
        if (scope.needsClassClosure) {
            emitDeref(Opcode.LOAD_CLOSURE, "__class__");
            emit(Opcode.COPY, 1);
            nameOp("__classcell__", ExprContext.Store);
        } else {
            loadConst(NoneConstant.NONE);
        }
        emit(Opcode.RETURN_VALUE);
        Code co = assemble(true);
        exitUnit();
        emit(Opcode.PUSH_NULL);
        emit(Opcode.LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(c.name());
        callHelper(2, c.bases(), c.keywords());
        applyDecorators(c.decoratorList());
        nameOp(c.name(), ExprContext.Store);
    }

    // ---- comprehensions ----

    @Override
    void comprehension(Expr e) {
        List<Comprehension> gens;
        Expr elt, val = null;
        String name;
        Opcode build;
        switch (e) {
            case Expr.ListComp c -> { gens = c.generators(); elt = c.elt(); name = "<listcomp>"; build = Opcode.BUILD_LIST; }
            case Expr.SetComp c -> { gens = c.generators(); elt = c.elt(); name = "<setcomp>"; build = Opcode.BUILD_SET; }
            case Expr.DictComp c -> {
                gens = c.generators(); elt = c.key(); val = c.value(); name = "<dictcomp>"; build = Opcode.BUILD_MAP;
            }
            case Expr.GeneratorExp c -> { gens = c.generators(); elt = c.elt(); name = "<genexpr>"; build = null; }
            default -> throw new IllegalStateException();
        }
        Scope scope = scopeOf(e);
        enterScope(scope, Unit.Type.COMPREHENSION, name, e.lineno());
        if (build != null) emit(build, 0);
        comprehensionGenerator(gens, 0, 0, elt, val, build);
        if (build != null) emit(Opcode.RETURN_VALUE);
        Code co = assemble(true);
        exitUnit();
        makeClosure(co, 0);
        visitIter(gens.get(0).iter());
        emit(Opcode.GET_ITER);
        emit(Opcode.CALL, 0);
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                        Opcode build) {
        Block start = newBlock(), ifCleanup = newBlock(), anchor = newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            u.argCount = 1;
            emit(Opcode.LOAD_FAST, 0);
        } else {
            List<Expr> elts = switch (gen.iter()) {
                case Expr.ListExpr l -> l.elts();
                case Expr.Tuple t -> t.elts();
                default -> null;
            };
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)
                    && folder.fold(elts.get(0)) == null) {
                visitExpr(elts.get(0));
                start = null;
            }
            if (start != null) {
                visitIter(gen.iter());
                emit(Opcode.GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            useBlock(start);
            jump(Opcode.FOR_ITER.code, anchor);
        }
        visitExpr(gen.target());
        for (Expr cond : gen.ifs()) jumpIf(cond, ifCleanup, false);
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, depth, elt, val, build);
        } else if (build == null) {
            visitExpr(elt);
            emit(Opcode.YIELD_VALUE);
            emit(Opcode.RESUME, 1);
            emit(Opcode.POP_TOP);
        } else if (build == Opcode.BUILD_LIST) {
            visitExpr(elt);
            emit(Opcode.LIST_APPEND, depth + 1);
        } else if (build == Opcode.BUILD_SET) {
            visitExpr(elt);
            emit(Opcode.SET_ADD, depth + 1);
        } else {
            visitExpr(elt);
            visitExpr(val);
            emit(Opcode.MAP_ADD, depth + 1);
        }
        useBlock(ifCleanup);
        if (start != null) {
            jump(Pseudo.JUMP, start);
            useBlock(anchor);
        }
    }
}
