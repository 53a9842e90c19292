package skein.interpreter.parse;

import static skein.interpreter.parse.NodeHelpers.*;
import static skein.interpreter.parse.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.CmpOp;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.Operator;

/**
 * Expression rules of the Python 3.11 PEG grammar ({@code Grammar/python.gram}), hand-written
 * with the same alternatives in the same order, so that successes, failures, and the specialised
 * errors of the {@code invalid_*} rules come out as in CPython. The binary-operator tower
 * ({@code bitwise_or} down to {@code term}) is folded into one precedence-climbing loop, and
 * prefix-operator and power chains are built iteratively; both parse exactly the same language
 * as the left-recursive rules they replace while keeping Java stack use flat.
 */
abstract class ExpressionRules extends ParserCore {
    // Memo keys: the rules CPython memoizes (explicitly or because they are left-recursive) and
    // that can be re-entered at the same position here.
    static final int M_EXPRESSION = 1, M_STAR_EXPRESSION = 2, M_DISJUNCTION = 3, M_BITWISE_OR = 4,
            M_FACTOR = 5, M_PRIMARY = 6, M_STRINGS = 7, M_ARGUMENTS = 8, M_INVALID_NAMED = 9, M_T_PRIMARY = 10,
            M_STAR_TARGET = 11, M_TARGET_WITH_STAR_ATOM = 12, M_DEL_TARGET = 13, M_SIMPLE_STMT = 14, M_BLOCK = 15;

    static final ExprContext LOAD = ExprContext.Load;
    static final ExprContext STORE = ExprContext.Store;
    static final ExprContext DEL = ExprContext.Del;

    ExpressionRules(Tokenizer tz, String filename, boolean fstringMode) {
        super(tz, filename, fstringMode);
    }

    // implemented by later layers
    abstract Expr lambdef();

    abstract Expr starTargets();

    abstract Expr starTarget();

    abstract Expr atom();

    abstract Expr tuple();

    abstract Expr list();

    abstract Expr genexp();

    abstract CallArgs arguments();

    // ---- small helpers -----------------------------------------------------------------------

    /** {@code _PyPegen_name_token}. */
    final Expr.Name name() {
        Token t = expect(NAME);
        if (t == null) {
            return null;
        }
        return new Expr.Name(identifier(t.text), LOAD, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if {@code e} contains an invalid target. */
    final void raiseInvalidTarget(Targets type, Expr e) {
        Expr bad = invalidTarget(e, type);
        if (bad != null) {
            String msg = (type == Targets.DEL ? "cannot delete " : "cannot assign to ") + exprName(bad);
            throw raiseAt(bad, msg);
        }
    }

    // ---- expressions / star_expressions ------------------------------------------------------

    /** expressions: expression (',' expression)* [','] (a tuple if there is a comma). */
    final Expr expressions() {
        int m = mark;
        Expr a = expression();
        if (a == null) {
            return null;
        }
        if (at(COMMA)) {
            List<Expr> elts = one(a);
            for (;;) {
                int save = mark;
                if (!accept(COMMA)) {
                    break;
                }
                Expr b = expression();
                if (b == null) {
                    mark = save;
                    break;
                }
                elts.add(b);
            }
            if (elts.size() > 1) {
                accept(COMMA);
                return new Expr.Tuple(seq(elts), LOAD, sl(m), sc(m), el(), ec());
            }
            if (accept(COMMA)) {
                return new Expr.Tuple(seq(elts), LOAD, sl(m), sc(m), el(), ec());
            }
        }
        return a;
    }

    final Expr expression() {
        Token.Memo mm = memo(M_EXPRESSION);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int m = mark;
        enter();
        try {
            if (callInvalidRules) {
                invalidExpression();
                mark = m;
                invalidLegacyExpression();
                mark = m;
            }
            Expr r = null;
            Expr a = disjunction();
            if (a != null) {
                if (accept(KW_IF)) {
                    Expr b = disjunction();
                    if (b != null && accept(KW_ELSE)) {
                        Expr c = expression();
                        if (c != null) {
                            r = new Expr.IfExp(b, a, c, sl(m), sc(m), el(), ec());
                        }
                    }
                }
                if (r == null) {
                    mark = m;
                    r = disjunction();
                }
            }
            if (r == null) {
                mark = m;
                r = lambdef();
            }
            return memoize(m, M_EXPRESSION, r);
        } finally {
            leave();
        }
    }

    private void invalidExpression() {
        int m = mark;
        boolean excluded = (peekType() == NAME && typeAt(1) == STRING) || atSoftKeyword();
        if (!excluded) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expressionWithoutInvalid();
                if (b != null && !isLegacy(a) && tokens[mark - 1].level != 0) {
                    throw raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        mark = m;
        Expr a = disjunction();
        if (a != null && accept(KW_IF)) {
            Expr b = disjunction();
            if (b != null && !at(KW_ELSE) && !at(COLON)) {
                throw raiseRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        mark = m;
    }

    final Expr expressionWithoutInvalid() {
        boolean prev = callInvalidRules;
        callInvalidRules = false;
        try {
            int m = mark;
            Expr a = disjunction();
            if (a != null && accept(KW_IF)) {
                Expr b = disjunction();
                if (b != null && accept(KW_ELSE)) {
                    Expr c = expression();
                    if (c != null) {
                        return new Expr.IfExp(b, a, c, sl(m), sc(m), el(), ec());
                    }
                }
            }
            mark = m;
            a = disjunction();
            if (a != null) {
                return a;
            }
            mark = m;
            return lambdef();
        } finally {
            callInvalidRules = prev;
        }
    }

    private void invalidLegacyExpression() {
        int m = mark;
        Expr.Name a = name();
        if (a != null && !at(LPAR)) {
            Expr b = starExpressions();
            if (b != null && isLegacy(a)) {
                throw raiseRange(a, b, "Missing parentheses in call to '" + a.id() + "'. Did you mean "
                        + a.id() + "(...)?");
            }
        }
        mark = m;
    }

    final Expr yieldExpr() {
        int m = mark;
        if (!accept(KW_YIELD)) {
            return null;
        }
        if (accept(KW_FROM)) {
            Expr a = expression();
            if (a != null) {
                return new Expr.YieldFrom(a, sl(m), sc(m), el(), ec());
            }
        }
        mark = m + 1;
        Expr a = starExpressions();
        return new Expr.Yield(a, sl(m), sc(m), el(), ec());
    }

    final Expr starExpressions() {
        int m = mark;
        Expr a = starExpression();
        if (a == null) {
            return null;
        }
        if (at(COMMA)) {
            List<Expr> elts = one(a);
            for (;;) {
                int save = mark;
                if (!accept(COMMA)) {
                    break;
                }
                Expr b = starExpression();
                if (b == null) {
                    mark = save;
                    break;
                }
                elts.add(b);
            }
            if (elts.size() > 1) {
                accept(COMMA);
                return new Expr.Tuple(seq(elts), LOAD, sl(m), sc(m), el(), ec());
            }
            if (accept(COMMA)) {
                return new Expr.Tuple(seq(elts), LOAD, sl(m), sc(m), el(), ec());
            }
        }
        return a;
    }

    final Expr starExpression() {
        Token.Memo mm = memo(M_STAR_EXPRESSION);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        Expr r = null;
        if (accept(STAR)) {
            Expr a = bitwiseOr();
            if (a != null) {
                r = new Expr.Starred(a, LOAD, sl(start), sc(start), el(), ec());
            } else {
                mark = start;
            }
        }
        if (r == null) {
            r = expression();
        }
        return memoize(start, M_STAR_EXPRESSION, r);
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    final List<Expr> starNamedExpressions() {
        Expr a = starNamedExpression();
        if (a == null) {
            return null;
        }
        List<Expr> elts = one(a);
        for (;;) {
            int save = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr b = starNamedExpression();
            if (b == null) {
                mark = save;
                break;
            }
            elts.add(b);
        }
        accept(COMMA);
        return elts;
    }

    final Expr starNamedExpression() {
        int m = mark;
        if (accept(STAR)) {
            Expr a = bitwiseOr();
            if (a != null) {
                return new Expr.Starred(a, LOAD, sl(m), sc(m), el(), ec());
            }
            mark = m;
        }
        return namedExpression();
    }

    final Expr assignmentExpression() {
        int m = mark;
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        if (accept(COLONEQUAL)) {
            Expr b = expression();
            if (b != null) {
                Expr.Name target = new Expr.Name(identifier(n.text), STORE, n.lineno, n.colOffset, n.endLineno,
                        n.endColOffset);
                return new Expr.NamedExpr(target, b, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

    final Expr namedExpression() {
        int m = mark;
        Expr a = assignmentExpression();
        if (a != null) {
            return a;
        }
        if (callInvalidRules) {
            invalidNamedExpression();
            mark = m;
        }
        a = expression();
        if (a != null && !at(COLONEQUAL)) {
            return a;
        }
        mark = m;
        return null;
    }

    private void invalidNamedExpression() {
        Token.Memo mm = memo(M_INVALID_NAMED);
        if (mm != null) {
            return;
        }
        int m = mark;
        // a=expression ':=' expression
        Expr a = expression();
        if (a != null && accept(COLONEQUAL)) {
            if (expression() != null) {
                throw raiseAt(a, "cannot use assignment expressions with " + exprName(a));
            }
        }
        mark = m;
        // a=NAME '=' b=bitwise_or !('='|':=')
        Expr.Name n = name();
        if (n != null && accept(EQUAL)) {
            Expr b = bitwiseOr();
            if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                throw raiseRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        boolean excluded = list() != null;
        mark = m;
        if (!excluded) {
            excluded = tuple() != null;
            mark = m;
        }
        if (!excluded) {
            excluded = genexp() != null;
            mark = m;
        }
        if (!excluded) {
            TokenType t = peekType();
            excluded = t == KW_TRUE || t == KW_NONE || t == KW_FALSE;
        }
        if (!excluded) {
            Expr b = bitwiseOr();
            if (b != null && accept(EQUAL)) {
                if (bitwiseOr() != null && !at(EQUAL) && !at(COLONEQUAL)) {
                    throw raiseAt(b, "cannot assign to " + exprName(b)
                            + " here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        mark = m;
        memoize(m, M_INVALID_NAMED, null);
    }

    // ---- boolean operators -------------------------------------------------------------------

    /**
     * disjunction / conjunction / inversion / comparison in one frame: the grammar's four rules
     * call each other only in this chain, so loops give the same result with less stack per
     * nesting level (CPython memoizes all four; only disjunction is ever re-entered at the same
     * position, so only it is memoized here).
     */
    final Expr disjunction() {
        Token.Memo mm = memo(M_DISJUNCTION);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        Expr a = conjunctionLoop();
        if (a != null && at(KW_OR)) {
            List<Expr> values = one(a);
            for (;;) {
                int save = mark;
                if (!accept(KW_OR)) {
                    break;
                }
                Expr c = conjunctionLoop();
                if (c == null) {
                    mark = save;
                    break;
                }
                values.add(c);
            }
            if (values.size() > 1) {
                a = new Expr.BoolOp(skein.interpreter.ast.BoolOp.Or, seq(values), sl(start), sc(start), el(), ec());
            }
        }
        return memoize(start, M_DISJUNCTION, a);
    }

    private Expr conjunctionLoop() {
        int start = mark;
        Expr a = inversionLoop();
        if (a != null && at(KW_AND)) {
            List<Expr> values = one(a);
            for (;;) {
                int save = mark;
                if (!accept(KW_AND)) {
                    break;
                }
                Expr c = inversionLoop();
                if (c == null) {
                    mark = save;
                    break;
                }
                values.add(c);
            }
            if (values.size() > 1) {
                a = new Expr.BoolOp(skein.interpreter.ast.BoolOp.And, seq(values), sl(start), sc(start), el(), ec());
            }
        }
        return a;
    }

    /** inversion: 'not' inversion | comparison — the chain of 'not's is built iteratively. */
    private Expr inversionLoop() {
        int start = mark;
        int nots = 0;
        while (at(KW_NOT)) {
            mark++;
            nots++;
        }
        checkChain(nots);
        Expr e = comparison();
        if (e == null) {
            mark = start;
            return null;
        }
        if (nots > 0) {
            int endLine = el();
            int endCol = ec();
            for (int i = nots - 1; i >= 0; i--) {
                Token t = tokens[start + i];
                e = new Expr.UnaryOp(skein.interpreter.ast.UnaryOp.Not, e, t.lineno, t.colOffset, endLine, endCol);
            }
        }
        return e;
    }

    final void checkChain(int n) {
        if (n > 0 && depth + n > MAX_DEPTH) {
            throw raiseAt(peek(), TOO_COMPLEX);
        }
    }

    // ---- comparisons -------------------------------------------------------------------------

    private Expr comparison() {
        int m = mark;
        Expr a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        for (;;) {
            int save = mark;
            CmpOp op = compareOp();
            if (op == null) {
                mark = save;
                break;
            }
            Expr b = bitwiseOr();
            if (b == null) {
                mark = save;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>(2);
                comparators = new ArrayList<>(2);
            }
            ops.add(op);
            comparators.add(b);
        }
        if (ops == null) {
            return a;
        }
        return new Expr.Compare(a, seq(ops), seq(comparators), sl(m), sc(m), el(), ec());
    }

    private CmpOp compareOp() {
        Token t = peek();
        switch (t.type) {
            case EQEQUAL -> {
                mark++;
                return CmpOp.Eq;
            }
            case NOTEQUAL -> {
                if (!"!=".equals(t.text)) {
                    return null;
                }
                mark++;
                return CmpOp.NotEq;
            }
            case LESSEQUAL -> {
                mark++;
                return CmpOp.LtE;
            }
            case LESS -> {
                mark++;
                return CmpOp.Lt;
            }
            case GREATEREQUAL -> {
                mark++;
                return CmpOp.GtE;
            }
            case GREATER -> {
                mark++;
                return CmpOp.Gt;
            }
            case KW_NOT -> {
                if (typeAt(1) == KW_IN) {
                    mark += 2;
                    return CmpOp.NotIn;
                }
                return null;
            }
            case KW_IN -> {
                mark++;
                return CmpOp.In;
            }
            case KW_IS -> {
                if (typeAt(1) == KW_NOT) {
                    mark += 2;
                    return CmpOp.IsNot;
                }
                mark++;
                return CmpOp.Is;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- binary operators --------------------------------------------------------------------

    private static int precedence(TokenType t) {
        return switch (t) {
            case VBAR -> 1;
            case CIRCUMFLEX -> 2;
            case AMPER -> 3;
            case LEFTSHIFT, RIGHTSHIFT -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
            default -> 0;
        };
    }

    private static Operator binop(TokenType t) {
        return switch (t) {
            case VBAR -> Operator.BitOr;
            case CIRCUMFLEX -> Operator.BitXor;
            case AMPER -> Operator.BitAnd;
            case LEFTSHIFT -> Operator.LShift;
            case RIGHTSHIFT -> Operator.RShift;
            case PLUS -> Operator.Add;
            case MINUS -> Operator.Sub;
            case STAR -> Operator.Mult;
            case SLASH -> Operator.Div;
            case DOUBLESLASH -> Operator.FloorDiv;
            case PERCENT -> Operator.Mod;
            case AT -> Operator.MatMult;
            default -> throw new IllegalStateException(t.toString());
        };
    }

    /** bitwise_or and everything below it down to term, by precedence climbing. */
    final Expr bitwiseOr() {
        Token.Memo mm = memo(M_BITWISE_OR);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        Expr left = factor();
        if (left != null) {
            left = binaryTail(start, left, 1);
        }
        return memoize(start, M_BITWISE_OR, left);
    }

    private Expr binary(int minPrec) {
        int start = mark;
        Expr left = factor();
        if (left == null) {
            return null;
        }
        return binaryTail(start, left, minPrec);
    }

    private Expr binaryTail(int start, Expr left, int minPrec) {
        for (;;) {
            TokenType t = peekType();
            int prec = precedence(t);
            if (prec == 0 || prec < minPrec) {
                break;
            }
            int save = mark;
            mark++;
            Expr right = prec == 6 ? factor() : binary(prec + 1);
            if (right == null) {
                mark = save;
                break;
            }
            left = new Expr.BinOp(left, binop(t), right, sl(start), sc(start), el(), ec());
        }
        return left;
    }

    /**
     * factor: ('+'|'-'|'~') factor | power, and power: await_primary '**' factor — built without
     * recursion: a chain of segments "prefix-ops primary" joined by '**', folded from the right.
     */
    final Expr factor() {
        Token.Memo mm = memo(M_FACTOR);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        List<int[]> segs = null; // {first prefix token index, prefix count, primary start}
        List<Expr> prims = null;
        int segStart = start;
        int chain = 0;
        for (;;) {
            int prefixes = 0;
            while (at(PLUS) || at(MINUS) || at(TILDE)) {
                mark++;
                prefixes++;
            }
            chain += prefixes + 1;
            checkChain(chain);
            int primStart = mark;
            Token at = peek();
            if (at.type == AWAIT) {
                throw raiseAt(at, "'await' expressions are not supported by Skein");
            }
            Expr p = primary();
            if (p == null) {
                if (segs == null) {
                    mark = start;
                    return memoize(start, M_FACTOR, null);
                }
                // the '**' before this segment fails; back up to before it
                mark = segStart - 1;
                break;
            }
            if (segs == null) {
                segs = new ArrayList<>(1);
                prims = new ArrayList<>(1);
            }
            segs.add(new int[] {segStart, prefixes, primStart});
            prims.add(p);
            if (!at(DOUBLESTAR)) {
                break;
            }
            mark++;
            segStart = mark;
        }
        int endLine = el();
        int endCol = ec();
        Expr acc = null;
        for (int i = segs.size() - 1; i >= 0; i--) {
            int[] s = segs.get(i);
            Expr x = prims.get(i);
            if (acc != null) {
                Token ps = tokens[s[2]];
                x = new Expr.BinOp(x, Operator.Pow, acc, ps.lineno, ps.colOffset, endLine, endCol);
            }
            for (int k = s[1] - 1; k >= 0; k--) {
                Token op = tokens[s[0] + k];
                skein.interpreter.ast.UnaryOp u = switch (op.type) {
                    case PLUS -> skein.interpreter.ast.UnaryOp.UAdd;
                    case MINUS -> skein.interpreter.ast.UnaryOp.USub;
                    default -> skein.interpreter.ast.UnaryOp.Invert;
                };
                x = new Expr.UnaryOp(u, x, op.lineno, op.colOffset, endLine, endCol);
            }
            acc = x;
        }
        return memoize(start, M_FACTOR, acc);
    }

    // ---- primary -----------------------------------------------------------------------------

    final Expr primary() {
        Token.Memo mm = memo(M_PRIMARY);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        Expr a = atom();
        if (a == null) {
            return memoize(start, M_PRIMARY, null);
        }
        for (;;) {
            int save = mark;
            if (accept(DOT)) {
                Token n = expect(NAME);
                if (n != null) {
                    a = new Expr.Attribute(a, identifier(n.text), LOAD, sl(start), sc(start), el(), ec());
                    continue;
                }
                mark = save;
            }
            Expr g = genexp();
            if (g != null) {
                a = new Expr.Call(a, List.of(g), List.of(), sl(start), sc(start), el(), ec());
                continue;
            }
            mark = save;
            if (accept(LPAR)) {
                CallArgs args = arguments();
                if (accept(RPAR)) {
                    a = new Expr.Call(a, args == null ? List.of() : args.args(),
                            args == null ? List.of() : args.keywords(), sl(start), sc(start), el(), ec());
                    continue;
                }
                mark = save;
            }
            if (accept(LSQB)) {
                Expr s = slices();
                if (s != null && accept(RSQB)) {
                    a = new Expr.Subscript(a, s, LOAD, sl(start), sc(start), el(), ec());
                    continue;
                }
                mark = save;
            }
            break;
        }
        return memoize(start, M_PRIMARY, a);
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    final Expr slices() {
        int m = mark;
        Expr a = slice();
        if (a != null && !at(COMMA)) {
            return a;
        }
        mark = m;
        List<Expr> elts = null;
        for (;;) {
            int save = mark;
            if (elts != null && !accept(COMMA)) {
                break;
            }
            Expr e = slice();
            if (e == null) {
                e = starredExpression();
            }
            if (e == null) {
                mark = save;
                break;
            }
            if (elts == null) {
                elts = new ArrayList<>();
            }
            elts.add(e);
        }
        if (elts == null) {
            mark = m;
            return null;
        }
        accept(COMMA);
        return new Expr.Tuple(seq(elts), LOAD, sl(m), sc(m), el(), ec());
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    final Expr slice() {
        int m = mark;
        Expr lower = expression();
        if (accept(COLON)) {
            Expr upper = expression();
            Expr step = null;
            int save = mark;
            if (accept(COLON)) {
                step = expression();
            } else {
                mark = save;
            }
            return new Expr.Slice(lower, upper, step, sl(m), sc(m), el(), ec());
        }
        mark = m;
        return namedExpression();
    }

    /** starred_expression: '*' expression */
    final Expr starredExpression() {
        int m = mark;
        if (accept(STAR)) {
            Expr a = expression();
            if (a != null) {
                return new Expr.Starred(a, LOAD, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

}
