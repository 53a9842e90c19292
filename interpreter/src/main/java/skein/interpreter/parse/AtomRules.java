package skein.interpreter.parse;

import static skein.interpreter.parse.NodeHelpers.*;
import static skein.interpreter.parse.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.EllipsisConstant;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.NoneConstant;

/**
 * Atoms and displays: names, constants, strings, parenthesised forms, lists, dicts, sets and
 * every kind of comprehension, with the {@code invalid_*} rules that belong to them.
 */
abstract class AtomRules extends ExpressionRules {

    AtomRules(Tokenizer tz, String filename, boolean fstringMode) {
        super(tz, filename, fstringMode);
    }

    // ---- atoms -------------------------------------------------------------------------------

    @Override
    final Expr atom() {
        Token t = peek();
        int m = mark;
        switch (t.type) {
            case NAME -> {
                return name();
            }
            case KW_TRUE -> {
                mark++;
                return new Expr.Constant(Boolean.TRUE, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
            }
            case KW_FALSE -> {
                mark++;
                return new Expr.Constant(Boolean.FALSE, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
            }
            case KW_NONE -> {
                mark++;
                return new Expr.Constant(NoneConstant.NONE, null, t.lineno, t.colOffset, t.endLineno,
                        t.endColOffset);
            }
            case STRING -> {
                return strings();
            }
            case NUMBER -> {
                mark++;
                return number(t);
            }
            case LPAR -> {
                Expr e = tuple();
                if (e == null) {
                    mark = m;
                    e = group();
                }
                if (e == null) {
                    mark = m;
                    e = genexp();
                }
                return e;
            }
            case LSQB -> {
                Expr e = list();
                if (e == null) {
                    mark = m;
                    e = listcomp();
                }
                return e;
            }
            case LBRACE -> {
                Expr e = dict();
                if (e == null) {
                    mark = m;
                    e = set();
                }
                if (e == null) {
                    mark = m;
                    e = dictcomp();
                }
                if (e == null) {
                    mark = m;
                    e = setcomp();
                }
                return e;
            }
            case ELLIPSIS -> {
                mark++;
                return new Expr.Constant(EllipsisConstant.ELLIPSIS, null, t.lineno, t.colOffset, t.endLineno,
                        t.endColOffset);
            }
            default -> {
                return null;
            }
        }
    }

    private Expr number(Token t) {
        Object v;
        try {
            v = NumberLiterals.parse(t.text);
        } catch (NumberLiterals.TooManyDigits e) {
            throw known("SyntaxError", t.lineno, -1, t.endLineno, -1, e.getMessage()
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        return new Expr.Constant(v, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    final Expr strings() {
        Token.Memo mm = memo(M_STRINGS);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        List<Token> toks = new ArrayList<>(1);
        Token t;
        while ((t = expect(STRING)) != null) {
            toks.add(t);
        }
        if (toks.isEmpty()) {
            return memoize(start, M_STRINGS, null);
        }
        peek(); // STRING+ looked at the next token; errors below point at it, as in CPython
        Expr r = StringLiterals.concatenate(this, toks);
        return memoize(start, M_STRINGS, r);
    }

    /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
    @Override
    final Expr tuple() {
        int m = mark;
        if (!accept(LPAR)) {
            return null;
        }
        List<Expr> elts = null;
        int save = mark;
        Expr y = starNamedExpression();
        if (y != null && accept(COMMA)) {
            elts = one(y);
            List<Expr> z = starNamedExpressions();
            if (z != null) {
                elts.addAll(z);
            }
        } else {
            mark = save;
        }
        if (!accept(RPAR)) {
            mark = m;
            return null;
        }
        return new Expr.Tuple(seq(elts), LOAD, sl(m), sc(m), el(), ec());
    }

    /** group: '(' (yield_expr | named_expression) ')' | invalid_group */
    final Expr group() {
        int m = mark;
        if (accept(LPAR)) {
            int save = mark;
            Expr a = yieldExpr();
            if (a == null) {
                mark = save;
                a = namedExpression();
            }
            if (a != null && accept(RPAR)) {
                return a;
            }
        }
        mark = m;
        if (callInvalidRules) {
            if (accept(LPAR)) {
                Expr a = starredExpression();
                if (a != null && at(RPAR)) {
                    throw raiseAt(a, "cannot use starred expression here");
                }
                mark = m + 1;
                Token ds = expect(DOUBLESTAR);
                if (ds != null && expression() != null && at(RPAR)) {
                    throw raiseAt(ds, "cannot use double starred expression here");
                }
            }
            mark = m;
        }
        return null;
    }

    /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
    @Override
    final Expr genexp() {
        int m = mark;
        if (accept(LPAR)) {
            Expr a = assignmentExpression();
            if (a == null) {
                a = expression();
                if (a != null && at(COLONEQUAL)) {
                    a = null;
                }
            }
            if (a != null) {
                List<Comprehension> gens = forIfClauses();
                if (gens != null && accept(RPAR)) {
                    return new Expr.GeneratorExp(a, seq(gens), sl(m), sc(m), el(), ec());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    @Override
    final Expr list() {
        int m = mark;
        if (!accept(LSQB)) {
            return null;
        }
        List<Expr> elts = starNamedExpressions();
        if (!accept(RSQB)) {
            mark = m;
            return null;
        }
        return new Expr.ListExpr(seq(elts), LOAD, sl(m), sc(m), el(), ec());
    }

    private Expr listcomp() {
        int m = mark;
        if (accept(LSQB)) {
            Expr a = namedExpression();
            if (a != null) {
                List<Comprehension> gens = forIfClauses();
                if (gens != null && accept(RSQB)) {
                    return new Expr.ListComp(a, seq(gens), sl(m), sc(m), el(), ec());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    private Expr set() {
        int m = mark;
        if (accept(LBRACE)) {
            List<Expr> elts = starNamedExpressions();
            if (elts != null && accept(RBRACE)) {
                return new Expr.SetExpr(seq(elts), sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

    private Expr setcomp() {
        int m = mark;
        if (accept(LBRACE)) {
            Expr a = namedExpression();
            if (a != null) {
                List<Comprehension> gens = forIfClauses();
                if (gens != null && accept(RBRACE)) {
                    return new Expr.SetComp(a, seq(gens), sl(m), sc(m), el(), ec());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    private void invalidComprehension() {
        int m = mark;
        TokenType open = peekType();
        if (open == LSQB || open == LPAR || open == LBRACE) {
            mark++;
            Expr a = starredExpression();
            if (a != null && forIfClauses() != null) {
                throw raiseAt(a, "iterable unpacking cannot be used in comprehension");
            }
            mark = m;
        }
        if (open == LSQB || open == LBRACE) {
            mark = m + 1;
            Expr a = starNamedExpression();
            if (a != null && accept(COMMA)) {
                List<Expr> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    throw raiseRange(a, b.get(b.size() - 1),
                            "did you forget parentheses around the comprehension target?");
                }
            }
            mark = m + 1;
            a = starNamedExpression();
            if (a != null) {
                Token comma = expect(COMMA);
                if (comma != null && forIfClauses() != null) {
                    throw raiseRange(a, comma, "did you forget parentheses around the comprehension target?");
                }
            }
        }
        mark = m;
    }

    // ---- dicts -------------------------------------------------------------------------------

    private record KeyValue(Expr key, Expr value) {
    }

    private Expr dict() {
        int m = mark;
        if (accept(LBRACE)) {
            List<KeyValue> a = doubleStarredKvpairs();
            if (accept(RBRACE)) {
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                if (a != null) {
                    for (KeyValue kv : a) {
                        keys.add(kv.key());
                        values.add(kv.value());
                    }
                }
                return new Expr.Dict(seq(keys), seq(values), sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        // Not gated on callInvalidRules: pegen only gates alternatives that consist of a single
        // invalid_ rule, so CPython runs this one in the first pass too.
        if (accept(LBRACE)) {
            invalidDoubleStarredKvpairs();
        }
        mark = m;
        return null;
    }

    private List<KeyValue> doubleStarredKvpairs() {
        KeyValue a = doubleStarredKvpair();
        if (a == null) {
            return null;
        }
        List<KeyValue> l = one(a);
        for (;;) {
            int save = mark;
            if (!accept(COMMA)) {
                break;
            }
            KeyValue b = doubleStarredKvpair();
            if (b == null) {
                mark = save;
                break;
            }
            l.add(b);
        }
        accept(COMMA);
        return l;
    }

    private KeyValue doubleStarredKvpair() {
        int m = mark;
        if (accept(DOUBLESTAR)) {
            Expr a = bitwiseOr();
            if (a != null) {
                return new KeyValue(null, a);
            }
            mark = m;
        }
        return kvpair();
    }

    private KeyValue kvpair() {
        int m = mark;
        Expr a = expression();
        if (a != null && accept(COLON)) {
            Expr b = expression();
            if (b != null) {
                return new KeyValue(a, b);
            }
        }
        mark = m;
        return null;
    }

    private void invalidDoubleStarredKvpairs() {
        int m = mark;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        if (doubleStarredKvpair() != null) {
            for (;;) {
                int save = mark;
                if (!accept(COMMA)) {
                    break;
                }
                if (doubleStarredKvpair() == null) {
                    mark = save;
                    break;
                }
            }
            if (accept(COMMA)) {
                invalidKvpair();
            }
        }
        mark = m;
        invalidKvpairTail();
        mark = m;
    }

    private void invalidKvpair() {
        int m = mark;
        Expr a = expression();
        if (a != null && !at(COLON)) {
            throw known("SyntaxError", a.lineno(), a.endColOffset() - 1, a.endLineno(), -1,
                    "':' expected after dictionary key");
        }
        mark = m;
        invalidKvpairTail();
        mark = m;
    }

    /** The two alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair. */
    private void invalidKvpairTail() {
        int m = mark;
        Expr e = expression();
        if (e != null && accept(COLON)) {
            Token star = expect(STAR);
            if (star != null && bitwiseOr() != null) {
                throw raiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
            }
        }
        mark = m;
        e = expression();
        if (e != null) {
            Token colon = expect(COLON);
            if (colon != null && (at(RBRACE) || at(COMMA))) {
                throw raiseAt(colon, "expression expected after dictionary key and ':'");
            }
        }
        mark = m;
    }

    private Expr dictcomp() {
        int m = mark;
        if (accept(LBRACE)) {
            KeyValue a = kvpair();
            if (a != null) {
                List<Comprehension> gens = forIfClauses();
                if (gens != null && accept(RBRACE)) {
                    return new Expr.DictComp(a.key(), a.value(), seq(gens), sl(m), sc(m), el(), ec());
                }
            }
        }
        mark = m;
        if (callInvalidRules && accept(LBRACE)) {
            Token ds = expect(DOUBLESTAR);
            if (ds != null && bitwiseOr() != null && forIfClauses() != null && at(RBRACE)) {
                throw raiseAt(ds, "dict unpacking cannot be used in dict comprehension");
            }
        }
        mark = m;
        return null;
    }

    // ---- comprehensions ----------------------------------------------------------------------

    final List<Comprehension> forIfClauses() {
        List<Comprehension> l = null;
        for (;;) {
            Comprehension c = forIfClause();
            if (c == null) {
                break;
            }
            if (l == null) {
                l = new ArrayList<>(1);
            }
            l.add(c);
        }
        return l;
    }

    private Comprehension forIfClause() {
        int m = mark;
        Token t = peek();
        if (t.type == ASYNC && typeAt(1) == KW_FOR) {
            throw raiseAt(t, "asynchronous comprehensions are not supported by Skein");
        }
        if (accept(KW_FOR)) {
            Expr target = starTargets();
            if (target != null && accept(KW_IN)) {
                // cut: after 'in' no other alternative is tried
                Expr iter = disjunction();
                if (iter == null) {
                    mark = m;
                    return null;
                }
                List<Expr> ifs = new ArrayList<>();
                for (;;) {
                    int save = mark;
                    if (!accept(KW_IF)) {
                        break;
                    }
                    Expr z = disjunction();
                    if (z == null) {
                        mark = save;
                        break;
                    }
                    ifs.add(z);
                }
                return new Comprehension(target, iter, seq(ifs), 0);
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidForTarget();
        }
        mark = m;
        return null;
    }

    /** invalid_for_target: ASYNC? 'for' a=star_expressions */
    final void invalidForTarget() {
        int m = mark;
        accept(ASYNC);
        if (accept(KW_FOR)) {
            Expr a = starExpressions();
            if (a != null) {
                raiseInvalidTarget(Targets.FOR, a);
            }
        }
        mark = m;
    }

}
