package skein.interpreter.parse;

import static skein.interpreter.parse.NodeHelpers.*;
import static skein.interpreter.parse.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Alias;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Mod;
import skein.interpreter.ast.Operator;
import skein.interpreter.ast.Stmt;

/**
 * Start rules, statement sequences, simple statements (assignments, imports, ...) and blocks,
 * with their {@code invalid_*} companions. Compound statements live in {@link CompoundRules}.
 */
abstract class StatementRules extends ParameterRules {

    StatementRules(Tokenizer tz, String filename, boolean fstringMode) {
        super(tz, filename, fstringMode);
    }

    // ---- start rules -----------------------------------------------------------------------

    /** file: [statements] ENDMARKER */
    final Mod.Module fileRule() {
        List<Stmt> a = statements(true);
        if (expect(ENDMARKER) == null) {
            return null;
        }
        return new Mod.Module(seq(a), List.of());
    }

    /** eval: expressions NEWLINE* ENDMARKER */
    final Mod.Expression evalRule() {
        Expr a = expressions();
        if (a == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // skip
        }
        if (expect(ENDMARKER) == null) {
            return null;
        }
        return new Mod.Expression(a);
    }

    /** fstring: star_expressions (the rule f-string replacement fields are parsed with). */
    final Expr fstringRule() {
        return starExpressions();
    }

    // ---- statement lists -------------------------------------------------------------------

    /**
     * statements: statement+. At module level nothing ever backtracks into a statement once it
     * has been parsed, so its memo entries are dropped; without that, memory for a large file
     * would grow with every rule result memoized along the way.
     */
    final List<Stmt> statements(boolean moduleLevel) {
        List<Stmt> out = null;
        for (;;) {
            int start = mark;
            List<Stmt> s = statement();
            if (s == null) {
                break;
            }
            if (moduleLevel) {
                for (int i = start; i < mark; i++) {
                    tokens[i].memo = null;
                }
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(s);
        }
        return out;
    }

    abstract Stmt compoundStmt();

    private List<Stmt> statement() {
        int m = mark;
        Stmt c = compoundStmt();
        if (c != null) {
            return one(c);
        }
        mark = m;
        List<Stmt> s = simpleStmts();
        if (s != null) {
            return s;
        }
        mark = m;
        return null;
    }

    /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
    private List<Stmt> simpleStmts() {
        int m = mark;
        Stmt a = simpleStmt();
        if (a != null && !at(SEMI) && accept(NEWLINE)) {
            return one(a);
        }
        mark = m;
        List<Stmt> l = null;
        for (;;) {
            int save = mark;
            if (l != null && !accept(SEMI)) {
                break;
            }
            Stmt s = simpleStmt();
            if (s == null) {
                mark = save;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(s);
        }
        if (l == null) {
            mark = m;
            return null;
        }
        accept(SEMI);
        if (!accept(NEWLINE)) {
            mark = m;
            return null;
        }
        return l;
    }

    private Stmt simpleStmt() {
        Token.Memo mm = memo(M_SIMPLE_STMT);
        if (mm != null) {
            return (Stmt) mm.node;
        }
        int m = mark;
        Stmt r = assignment();
        if (r == null) {
            mark = m;
            Expr e = starExpressions();
            if (e != null) {
                r = new Stmt.ExprStmt(e, sl(m), sc(m), el(), ec());
            }
        }
        if (r == null) {
            mark = m;
            Token t = peek();
            switch (t.type) {
                case KW_RETURN -> r = returnStmt();
                case KW_IMPORT -> r = importName();
                case KW_FROM -> r = importFrom();
                case KW_RAISE -> r = raiseStmt();
                case KW_PASS -> {
                    mark++;
                    r = new Stmt.Pass(t.lineno, t.colOffset, t.endLineno, t.endColOffset);
                }
                case KW_DEL -> r = delStmt();
                case KW_YIELD -> {
                    Expr y = yieldExpr();
                    if (y != null) {
                        r = new Stmt.ExprStmt(y, sl(m), sc(m), el(), ec());
                    }
                }
                case KW_ASSERT -> r = assertStmt();
                case KW_BREAK -> {
                    mark++;
                    r = new Stmt.Break(t.lineno, t.colOffset, t.endLineno, t.endColOffset);
                }
                case KW_CONTINUE -> {
                    mark++;
                    r = new Stmt.Continue(t.lineno, t.colOffset, t.endLineno, t.endColOffset);
                }
                case KW_GLOBAL, KW_NONLOCAL -> r = globalOrNonlocal(t.type == KW_GLOBAL);
                default -> {
                }
            }
            if (r == null) {
                mark = m;
            }
        }
        return memoize(m, M_SIMPLE_STMT, r);
    }

    // ---- assignment ------------------------------------------------------------------------

    private Expr annotatedRhs() {
        int m = mark;
        Expr v = yieldExpr();
        if (v == null) {
            mark = m;
            v = starExpressions();
        }
        return v;
    }

    private Expr optAssignedValue() {
        int save = mark;
        if (accept(EQUAL)) {
            Expr d = annotatedRhs();
            if (d != null) {
                return d;
            }
        }
        mark = save;
        return null;
    }

    private Stmt assignment() {
        int m = mark;
        Token n = expect(NAME);
        if (n != null && accept(COLON)) {
            Expr b = expression();
            if (b != null) {
                Expr c = optAssignedValue();
                Expr.Name target = new Expr.Name(identifier(n.text), STORE, n.lineno, n.colOffset, n.endLineno,
                        n.endColOffset);
                return new Stmt.AnnAssign(target, b, c, 1, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        Expr a = null;
        if (accept(LPAR)) {
            Expr t = singleTarget();
            if (t != null && accept(RPAR)) {
                a = t;
            }
        }
        if (a == null) {
            mark = m;
            a = subscriptAttributeTarget(STORE);
        }
        if (a != null && accept(COLON)) {
            Expr b = expression();
            if (b != null) {
                Expr c = optAssignedValue();
                return new Stmt.AnnAssign(a, b, c, 0, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        List<Expr> targets = null;
        for (;;) {
            int save = mark;
            Expr z = starTargets();
            if (z == null || !accept(EQUAL)) {
                mark = save;
                break;
            }
            if (targets == null) {
                targets = new ArrayList<>();
            }
            targets.add(z);
        }
        if (targets != null) {
            Expr v = annotatedRhs();
            if (v != null && !at(EQUAL)) {
                return new Stmt.Assign(seq(targets), v, null, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        Expr t = singleTarget();
        if (t != null) {
            Operator op = augassign();
            if (op != null) {
                Expr v = annotatedRhs();
                if (v != null) {
                    return new Stmt.AugAssign(t, op, v, sl(m), sc(m), el(), ec());
                }
                mark = m;
                return null; // cut
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidAssignment();
        }
        mark = m;
        return null;
    }

    private Operator augassign() {
        Operator op = switch (peekType()) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
        if (op != null) {
            mark++;
        }
        return op;
    }

    private void skipStarTargetsEq() {
        for (;;) {
            int save = mark;
            if (starTargets() == null || !accept(EQUAL)) {
                mark = save;
                return;
            }
        }
    }

    private void invalidAssignment() {
        int m = mark;
        Expr a = invalidAnnAssignTarget();
        if (a != null && accept(COLON) && expression() != null) {
            throw raiseAt(a, "only single target (not " + exprName(a) + ") can be annotated");
        }
        mark = m;
        a = starNamedExpression();
        if (a != null && accept(COMMA)) {
            while (starNamedExpressions() != null) {
                // star_named_expressions*
            }
            if (accept(COLON) && expression() != null) {
                throw raiseAt(a, "only single target (not tuple) can be annotated");
            }
        }
        mark = m;
        a = expression();
        if (a != null && accept(COLON) && expression() != null) {
            throw raiseAt(a, "illegal target for annotation");
        }
        mark = m;
        skipStarTargetsEq();
        a = starExpressions();
        if (a != null && accept(EQUAL)) {
            raiseInvalidTarget(Targets.STAR, a);
        }
        mark = m;
        skipStarTargetsEq();
        a = yieldExpr();
        if (a != null && accept(EQUAL)) {
            throw raiseAt(a, "assignment to yield expression not possible");
        }
        mark = m;
        a = starExpressions();
        if (a != null && augassign() != null && annotatedRhs() != null) {
            throw raiseAt(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
        }
        mark = m;
    }

    private Expr invalidAnnAssignTarget() {
        int m = mark;
        Expr a = list();
        if (a != null) {
            return a;
        }
        mark = m;
        a = tuple();
        if (a != null) {
            return a;
        }
        mark = m;
        if (accept(LPAR)) {
            a = invalidAnnAssignTarget();
            if (a != null && accept(RPAR)) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    // ---- simple statements -----------------------------------------------------------------

    private Stmt returnStmt() {
        int m = mark;
        mark++;
        Expr a = starExpressions();
        return new Stmt.Return(a, sl(m), sc(m), el(), ec());
    }

    private Stmt raiseStmt() {
        int m = mark;
        mark++;
        Expr a = expression();
        if (a != null) {
            Expr b = null;
            int save = mark;
            if (accept(KW_FROM)) {
                b = expression();
                if (b == null) {
                    mark = save;
                }
            }
            return new Stmt.Raise(a, b, sl(m), sc(m), el(), ec());
        }
        mark = m + 1;
        return new Stmt.Raise(null, null, sl(m), sc(m), el(), ec());
    }

    private Stmt globalOrNonlocal(boolean global) {
        int m = mark;
        mark++;
        List<String> names = new ArrayList<>();
        for (;;) {
            int save = mark;
            if (!names.isEmpty() && !accept(COMMA)) {
                break;
            }
            Token n = expect(NAME);
            if (n == null) {
                mark = save;
                break;
            }
            names.add(identifier(n.text));
        }
        if (names.isEmpty()) {
            mark = m;
            return null;
        }
        return global ? new Stmt.Global(seq(names), sl(m), sc(m), el(), ec())
                : new Stmt.Nonlocal(seq(names), sl(m), sc(m), el(), ec());
    }

    private Stmt delStmt() {
        int m = mark;
        mark++;
        List<Expr> a = delTargets();
        if (a != null && (at(SEMI) || at(NEWLINE))) {
            return new Stmt.Delete(seq(a), sl(m), sc(m), el(), ec());
        }
        mark = m;
        if (callInvalidRules) {
            mark++;
            Expr e = starExpressions();
            if (e != null) {
                raiseInvalidTarget(Targets.DEL, e);
            }
            mark = m;
        }
        return null;
    }

    private Stmt assertStmt() {
        int m = mark;
        mark++;
        Expr a = expression();
        if (a == null) {
            mark = m;
            return null;
        }
        Expr b = null;
        int save = mark;
        if (accept(COMMA)) {
            b = expression();
            if (b == null) {
                mark = save;
            }
        }
        return new Stmt.Assert(a, b, sl(m), sc(m), el(), ec());
    }

    // ---- imports ---------------------------------------------------------------------------

    private Stmt importName() {
        int m = mark;
        mark++;
        List<Alias> names = dottedAsNames();
        if (names == null) {
            mark = m;
            return null;
        }
        return new Stmt.Import(seq(names), sl(m), sc(m), el(), ec());
    }

    /** dotted_name: NAME ('.' NAME)* */
    private String dottedName() {
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(identifier(n.text));
        for (;;) {
            int save = mark;
            if (!accept(DOT)) {
                break;
            }
            Token x = expect(NAME);
            if (x == null) {
                mark = save;
                break;
            }
            b.append('.').append(identifier(x.text));
        }
        return b.toString();
    }

    private List<Alias> dottedAsNames() {
        List<Alias> l = null;
        for (;;) {
            int save = mark;
            if (l != null && !accept(COMMA)) {
                break;
            }
            int s = mark;
            String name = dottedName();
            if (name == null) {
                mark = save;
                break;
            }
            String as = asName();
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(new Alias(name, as, sl(s), sc(s), el(), ec()));
        }
        return l;
    }

    private String asName() {
        int save = mark;
        if (accept(KW_AS)) {
            Token n = expect(NAME);
            if (n != null) {
                return identifier(n.text);
            }
        }
        mark = save;
        return null;
    }

    private Stmt importFrom() {
        int m = mark;
        mark++;
        int level = 0;
        for (;;) {
            if (accept(DOT)) {
                level += 1;
            } else if (accept(ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        int afterDots = mark;
        String module = dottedName();
        if (module != null && accept(KW_IMPORT)) {
            List<Alias> c = importFromTargets();
            if (c != null) {
                return new Stmt.ImportFrom(module, seq(c), level, sl(m), sc(m), el(), ec());
            }
        }
        mark = afterDots;
        if (level > 0 && accept(KW_IMPORT)) {
            List<Alias> c = importFromTargets();
            if (c != null) {
                return new Stmt.ImportFrom(null, seq(c), level, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

    private List<Alias> importFromTargets() {
        int m = mark;
        if (accept(LPAR)) {
            List<Alias> a = importFromAsNames();
            if (a != null) {
                accept(COMMA);
                if (accept(RPAR)) {
                    return a;
                }
            }
        }
        mark = m;
        List<Alias> a = importFromAsNames();
        if (a != null && !at(COMMA)) {
            return a;
        }
        mark = m;
        Token star = expect(STAR);
        if (star != null) {
            return one(new Alias("*", null, star.lineno, star.colOffset, star.endLineno, star.endColOffset));
        }
        if (callInvalidRules) {
            a = importFromAsNames();
            if (a != null && accept(COMMA) && at(NEWLINE)) {
                throw raiseSyntaxError("trailing comma not allowed without surrounding parentheses");
            }
        }
        mark = m;
        return null;
    }

    private List<Alias> importFromAsNames() {
        List<Alias> l = null;
        for (;;) {
            int save = mark;
            if (l != null && !accept(COMMA)) {
                break;
            }
            int s = mark;
            Token n = expect(NAME);
            if (n == null) {
                mark = save;
                break;
            }
            String as = asName();
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(new Alias(identifier(n.text), as, sl(s), sc(s), el(), ec()));
        }
        return l;
    }

    // ---- blocks ----------------------------------------------------------------------------

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
    final List<Stmt> block() {
        Token.Memo mm = memo(M_BLOCK);
        if (mm != null) {
            @SuppressWarnings("unchecked")
            List<Stmt> r = (List<Stmt>) mm.node;
            return r;
        }
        int m = mark;
        enter();
        try {
            List<Stmt> r = null;
            if (accept(NEWLINE) && accept(INDENT)) {
                List<Stmt> a = statements(false);
                if (a != null && accept(DEDENT)) {
                    r = seq(a);
                }
            }
            if (r == null) {
                mark = m;
                List<Stmt> s = simpleStmts();
                if (s != null) {
                    r = seq(s);
                }
            }
            if (r == null) {
                mark = m;
                if (callInvalidRules && accept(NEWLINE) && !at(INDENT)) {
                    throw raiseIndentationError("expected an indented block");
                }
                mark = m;
            }
            return memoize(m, M_BLOCK, r);
        } finally {
            leave();
        }
    }

}
