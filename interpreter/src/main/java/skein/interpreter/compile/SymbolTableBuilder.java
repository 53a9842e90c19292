package skein.interpreter.compile;

import static skein.interpreter.compile.Symbol.*;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import skein.interpreter.ast.Arg;
import skein.interpreter.ast.Arguments;
import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.ExceptHandler;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.Keyword;
import skein.interpreter.ast.Located;
import skein.interpreter.ast.Mod;
import skein.interpreter.ast.Node;
import skein.interpreter.ast.Stmt;
import skein.interpreter.ast.WithItem;

/**
 * First pass of the symbol table (CPython's {@code symtable_visit_*}): walks the AST, opens a
 * {@link Scope} per module, class, function, lambda and comprehension, and records how each name
 * is used (bound, used, declared global/nonlocal, a parameter, ...). Scopes are resolved later by
 * {@link SymbolAnalyzer}. Names are mangled ({@code __x} in class {@code C} becomes {@code _C__x})
 * here, as in CPython, so the table holds the mangled names.
 */
final class SymbolTableBuilder {
    private final String filename;
    private final String source;
    final Map<Node, Scope> scopeOf = new IdentityHashMap<>();
    private final Deque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    private Scope top;
    /** The class whose private names are being mangled, or null. */
    private String privateName;
    private final DepthGuard guard;

    SymbolTableBuilder(String filename, String source, DepthGuard guard) {
        this.filename = filename;
        this.source = source;
        this.guard = guard;
    }

    Scope build(Mod.Module module) {
        top = enter(Scope.Kind.MODULE, "top", module, 0, 0);
        for (Stmt s : module.body()) visitStmt(s);
        exit();
        return top;
    }

    private Scope enter(Scope.Kind kind, String name, Node node, int lineno, int col) {
        Scope s = new Scope(kind, name, node, lineno, col, cur);
        if (cur != null) {
            cur.children.add(s);
            s.nested = cur.nested || cur.kind == Scope.Kind.FUNCTION;
            stack.push(cur);
        }
        scopeOf.put(node, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = stack.isEmpty() ? null : stack.pop();
    }

    private CompileError.Failure error(String msg, Located at) {
        return CompileError.at(msg, filename, source, at);
    }

    private CompileError.Failure error(String msg, int[] loc) {
        return CompileError.at(msg, filename, source, loc[0], loc[1], loc[2], loc[3]);
    }

    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    private void addDef(String name, int flag, Located loc) {
        addDef(cur, name, flag, loc);
    }

    private void addDef(Scope s, String rawName, int flag, Located loc) {
        String name = mangle(privateName, rawName);
        int old = s.flags(name);
        if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
            throw error("duplicate argument '" + name + "' in function definition", loc);
        }
        s.symbols.put(name, old | flag);
        if ((flag & DEF_PARAM) != 0) {
            s.varnames.add(name);
        } else if ((flag & DEF_GLOBAL) != 0 && s != top) {
            // A global declaration anywhere also makes the name known at module level.
            top.symbols.put(name, top.flags(name) | flag);
        }
    }

    private int lookup(String name) {
        return cur.flags(mangle(privateName, name));
    }

    // ---- statements ----

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) visitStmt(s);
    }

    void visitStmt(Stmt s) {
        guard.enter();
        try {
            stmt(s);
        } finally {
            guard.exit();
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                addDef(f.name(), DEF_LOCAL, f);
                visitDefaults(f.args());
                visitAnnotations(f.args(), f.returns());
                visitExprs(f.decoratorList());
                enter(Scope.Kind.FUNCTION, f.name(), f, f.lineno(), f.colOffset());
                visitParams(f.args());
                visitStmts(f.body());
                exit();
            }
            case Stmt.ClassDef c -> {
                addDef(c.name(), DEF_LOCAL, c);
                visitExprs(c.bases());
                for (Keyword k : c.keywords()) visitExpr(k.value());
                visitExprs(c.decoratorList());
                enter(Scope.Kind.CLASS, c.name(), c, c.lineno(), c.colOffset());
                String saved = privateName;
                privateName = c.name();
                visitStmts(c.body());
                privateName = saved;
                exit();
            }
            case Stmt.Return r -> { if (r.value() != null) visitExpr(r.value()); }
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> { visitExprs(a.targets()); visitExpr(a.value()); }
            case Stmt.AugAssign a -> { visitExpr(a.target()); visitExpr(a.value()); }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Stmt.While w -> { visitExpr(w.test()); visitStmts(w.body()); visitStmts(w.orelse()); }
            case Stmt.If i -> { visitExpr(i.test()); visitStmts(i.body()); visitStmts(i.orelse()); }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    visitExpr(item.contextExpr());
                    if (item.optionalVars() != null) visitExpr(item.optionalVars());
                }
                visitStmts(w.body());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) visitExpr(r.exc());
                if (r.cause() != null) visitExpr(r.cause());
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> { visitExpr(a.test()); if (a.msg() != null) visitExpr(a.msg()); }
            case Stmt.Import im -> {
                for (var al : im.names()) importAlias(al.name(), al.asname(), al);
            }
            case Stmt.ImportFrom im -> {
                for (var al : im.names()) importAlias(al.name(), al.asname(), al);
            }
            case Stmt.Global g -> declare(g.names(), g, true);
            case Stmt.Nonlocal n -> declare(n.names(), n, false);
            case Stmt.ExprStmt e -> visitExpr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin) {
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) visitExpr(h.type());
            if (h.name() != null) addDef(h.name(), DEF_LOCAL, h);
            visitStmts(h.body());
        }
        visitStmts(fin);
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int old = lookup(n.id());
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple() != 0) {
                String what = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id() + "' can't be " + what, a);
            }
            if (a.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n);
            }
        } else {
            visitExpr(a.target());
        }
        visitExpr(a.annotation());
        if (a.value() != null) visitExpr(a.value());
    }

    private void importAlias(String name, String asname, Located at) {
        if ("*".equals(name)) {
            if (cur.kind != Scope.Kind.MODULE) throw error("import * only allowed at module level", at);
            return;
        }
        String store = asname != null ? asname : (name.indexOf('.') >= 0 ? name.substring(0, name.indexOf('.')) : name);
        addDef(store, DEF_IMPORT, at);
    }

    private void declare(List<String> names, Stmt s, boolean global) {
        for (String name : names) {
            int old = lookup(name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String kind = global ? "global" : "nonlocal";
                String msg;
                if ((old & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + kind;
                else if ((old & USE) != 0) msg = "name '" + name + "' is used prior to " + kind + " declaration";
                else if ((old & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kind;
                else msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                throw error(msg, s);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            cur.directives.putIfAbsent(mangle(privateName, name),
                    new int[] {s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset()});
        }
    }

    // ---- functions ----

    private void visitDefaults(Arguments a) {
        visitExprs(a.defaults());
        for (Expr e : a.kwDefaults()) if (e != null) visitExpr(e);
    }

    private void visitAnnotations(Arguments a, Expr returns) {
        for (Arg p : a.posonlyargs()) if (p.annotation() != null) visitExpr(p.annotation());
        for (Arg p : a.args()) if (p.annotation() != null) visitExpr(p.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) visitExpr(a.vararg().annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) visitExpr(a.kwarg().annotation());
        for (Arg p : a.kwonlyargs()) if (p.annotation() != null) visitExpr(p.annotation());
        if (returns != null) visitExpr(returns);
    }

    private void visitParams(Arguments a) {
        for (Arg p : a.posonlyargs()) addDef(p.arg(), DEF_PARAM, p);
        for (Arg p : a.args()) addDef(p.arg(), DEF_PARAM, p);
        for (Arg p : a.kwonlyargs()) addDef(p.arg(), DEF_PARAM, p);
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    // ---- expressions ----

    private void visitExprs(List<Expr> es) {
        for (Expr e : es) visitExpr(e);
    }

    void visitExpr(Expr e) {
        guard.enter();
        try {
            expr(e);
        } finally {
            guard.exit();
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BinOp b -> {
                // Left-recursive chains (a+b+c+...) are walked iteratively.
                Expr x = b;
                Deque<Expr> rights = new ArrayDeque<>();
                while (x instanceof Expr.BinOp bb) {
                    rights.push(bb.right());
                    x = bb.left();
                }
                visitExpr(x);
                while (!rights.isEmpty()) visitExpr(rights.pop());
            }
            case Expr.BoolOp b -> visitExprs(b.values());
            case Expr.NamedExpr n -> namedExpr(n);
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitDefaults(l.args());
                Scope s = enter(Scope.Kind.FUNCTION, "lambda", l, l.lineno(), l.colOffset());
                s.lambda = true;
                visitParams(l.args());
                visitExpr(l.body());
                exit();
            }
            case Expr.IfExp i -> { visitExpr(i.test()); visitExpr(i.body()); visitExpr(i.orelse()); }
            case Expr.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) != null) visitExpr(d.keys().get(i));
                    visitExpr(d.values().get(i));
                }
            }
            case Expr.SetExpr s -> visitExprs(s.elts());
            case Expr.ListComp c -> comprehension(c, "listcomp", "list comprehension", c.generators(), c.elt(), null, false);
            case Expr.SetComp c -> comprehension(c, "setcomp", "set comprehension", c.generators(), c.elt(), null, false);
            case Expr.DictComp c -> comprehension(c, "dictcomp", "dict comprehension", c.generators(), c.key(), c.value(), false);
            case Expr.GeneratorExp c -> comprehension(c, "genexpr", "generator expression", c.generators(), c.elt(), null, true);
            case Expr.Yield y -> {
                if (y.value() != null) visitExpr(y.value());
                markGenerator(e);
            }
            case Expr.YieldFrom y -> {
                visitExpr(y.value());
                markGenerator(e);
            }
            case Expr.Compare c -> { visitExpr(c.left()); visitExprs(c.comparators()); }
            case Expr.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                for (Keyword k : c.keywords()) visitExpr(k.value());
            }
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) visitExpr(f.formatSpec());
            }
            case Expr.JoinedStr j -> visitExprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> visitExpr(a.value());
            case Expr.Subscript s -> { visitExpr(s.value()); visitExpr(s.slice()); }
            case Expr.Starred s -> visitExpr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) visitExpr(s.lower());
                if (s.upper() != null) visitExpr(s.upper());
                if (s.step() != null) visitExpr(s.step());
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
                if (n.ctx() == ExprContext.Load && cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
                    addDef("__class__", USE, n);
                }
            }
            case Expr.ListExpr l -> visitExprs(l.elts());
            case Expr.Tuple t -> visitExprs(t.elts());
        }
    }

    private void markGenerator(Expr e) {
        if (cur.comprehension) {
            throw error("'yield' inside " + cur.compKindName, e);
        }
        cur.generator = true;
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        if (cur.comprehension) {
            extendNamedExprScope((Expr.Name) n.target());
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function or module. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Scope s = cur;
        while (s != null) {
            if (s.comprehension) {
                if ((s.flags(name) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target);
                }
                s = s.parent;
                continue;
            }
            int[] loc = {target.lineno(), target.colOffset(), target.endLineno(), target.endColOffset()};
            if (s.kind == Scope.Kind.FUNCTION) {
                addDef(name, (s.flags(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                cur.directives.put(name, loc);
                addDef(s, name, DEF_LOCAL, target);
                return;
            }
            if (s.kind == Scope.Kind.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                cur.directives.put(name, loc);
                addDef(s, name, DEF_GLOBAL, target);
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    private void comprehension(Expr node, String scopeName, String kindName, List<Comprehension> gens,
                               Expr elt, Expr value, boolean isGenerator) {
        Comprehension first = gens.get(0);
        // The outermost iterable is evaluated in the enclosing scope.
        cur.compIterExpr++;
        visitExpr(first.iter());
        cur.compIterExpr--;
        Scope s = enter(Scope.Kind.FUNCTION, scopeName, node, node.lineno(), node.colOffset());
        s.comprehension = true;
        s.compKindName = kindName;
        if (isGenerator) s.generator = true;
        addDef(".0", DEF_PARAM, node);
        compTarget(first.target());
        visitExprs(first.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            compTarget(g.target());
            cur.compIterExpr++;
            visitExpr(g.iter());
            cur.compIterExpr--;
            visitExprs(g.ifs());
        }
        if (value != null) visitExpr(value);
        visitExpr(elt);
        exit();
    }

    /** Comprehension targets are flagged DEF_COMP_ITER so a walrus cannot rebind them. */
    private void compTarget(Expr target) {
        visitExpr(target);
        markCompIter(target);
    }

    private void markCompIter(Expr t) {
        switch (t) {
            case Expr.Name n -> {
                String m = mangle(privateName, n.id());
                cur.symbols.put(m, cur.flags(m) | DEF_COMP_ITER);
            }
            case Expr.Tuple tt -> { for (Expr x : tt.elts()) markCompIter(x); }
            case Expr.ListExpr l -> { for (Expr x : l.elts()) markCompIter(x); }
            case Expr.Starred s -> markCompIter(s.value());
            default -> { }
        }
    }
}
