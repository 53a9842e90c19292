package skein.interpreter.parse;

import static skein.interpreter.parse.NodeHelpers.*;
import static skein.interpreter.parse.TokenType.*;

import java.util.List;

import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;

/**
 * Assignment, augmented-assignment, annotation and deletion targets. Targets are parsed by their
 * own rules (not as expressions re-contexted afterwards), exactly as in CPython's grammar, which
 * is what makes "cannot assign to ..." errors appear only in the second pass.
 */
abstract class TargetRules extends CallRules {

    TargetRules(Tokenizer tz, String filename, boolean fstringMode) {
        super(tz, filename, fstringMode);
    }

    // ---- targets ---------------------------------------------------------------------------

    /** star_targets: star_target !',' | star_target (',' star_target)* [','] */
    @Override
    final Expr starTargets() {
        int m = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = one(a);
        for (;;) {
            int save = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr c = starTarget();
            if (c == null) {
                mark = save;
                break;
            }
            elts.add(c);
        }
        accept(COMMA);
        return new Expr.Tuple(seq(elts), STORE, sl(m), sc(m), el(), ec());
    }

    /** star_targets_list_seq: ','.star_target+ [','] */
    private List<Expr> starTargetsListSeq() {
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> elts = one(a);
        for (;;) {
            int save = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr c = starTarget();
            if (c == null) {
                mark = save;
                break;
            }
            elts.add(c);
        }
        accept(COMMA);
        return elts;
    }

    /** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
    private List<Expr> starTargetsTupleSeq() {
        int m = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> elts = one(a);
        for (;;) {
            int save = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr c = starTarget();
            if (c == null) {
                mark = save;
                break;
            }
            elts.add(c);
        }
        if (elts.size() > 1) {
            accept(COMMA);
            return elts;
        }
        if (accept(COMMA)) {
            return elts;
        }
        mark = m;
        return null;
    }

    @Override
    final Expr starTarget() {
        Token.Memo mm = memo(M_STAR_TARGET);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        Expr r = null;
        if (accept(STAR)) {
            if (!at(STAR)) {
                enter();
                try {
                    Expr a = starTarget();
                    if (a != null) {
                        r = new Expr.Starred(withContext(a, STORE), STORE, sl(start), sc(start), el(), ec());
                    }
                } finally {
                    leave();
                }
            }
            if (r == null) {
                mark = start;
            }
        }
        if (r == null) {
            r = targetWithStarAtom();
        }
        return memoize(start, M_STAR_TARGET, r);
    }

    private Expr targetWithStarAtom() {
        Token.Memo mm = memo(M_TARGET_WITH_STAR_ATOM);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        Expr r = subscriptAttributeTarget(STORE);
        if (r == null) {
            r = starAtom();
        }
        return memoize(start, M_TARGET_WITH_STAR_ATOM, r);
    }

    /**
     * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead — shared by
     * target_with_star_atom, single_subscript_attribute_target and del_target.
     */
    final Expr subscriptAttributeTarget(ExprContext ctx) {
        int m = mark;
        Expr a = tPrimary();
        if (a != null) {
            int save = mark;
            if (accept(DOT)) {
                Token n = expect(NAME);
                if (n != null && !tLookahead()) {
                    return new Expr.Attribute(a, identifier(n.text), ctx, sl(m), sc(m), el(), ec());
                }
            }
            mark = save;
            if (accept(LSQB)) {
                Expr s = slices();
                if (s != null && accept(RSQB) && !tLookahead()) {
                    return new Expr.Subscript(a, s, ctx, sl(m), sc(m), el(), ec());
                }
            }
        }
        mark = m;
        return null;
    }

    private boolean tLookahead() {
        TokenType t = peekType();
        return t == LPAR || t == LSQB || t == DOT;
    }

    /** t_primary: the object part of an attribute/subscript target (left-recursive, with lookahead). */
    final Expr tPrimary() {
        Token.Memo mm = memo(M_T_PRIMARY);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        Expr a = atom();
        if (a == null || !tLookahead()) {
            mark = start;
            return memoize(start, M_T_PRIMARY, null);
        }
        for (;;) {
            int save = mark;
            if (accept(DOT)) {
                Token n = expect(NAME);
                if (n != null && tLookahead()) {
                    a = new Expr.Attribute(a, identifier(n.text), LOAD, sl(start), sc(start), el(), ec());
                    continue;
                }
                mark = save;
            }
            if (accept(LSQB)) {
                Expr s = slices();
                if (s != null && accept(RSQB) && tLookahead()) {
                    a = new Expr.Subscript(a, s, LOAD, sl(start), sc(start), el(), ec());
                    continue;
                }
                mark = save;
            }
            Expr g = genexp();
            if (g != null && tLookahead()) {
                a = new Expr.Call(a, List.of(g), List.of(), sl(start), sc(start), el(), ec());
                continue;
            }
            mark = save;
            if (accept(LPAR)) {
                CallArgs args = arguments();
                if (accept(RPAR) && tLookahead()) {
                    a = new Expr.Call(a, args == null ? List.of() : args.args(),
                            args == null ? List.of() : args.keywords(), sl(start), sc(start), el(), ec());
                    continue;
                }
                mark = save;
            }
            break;
        }
        return memoize(start, M_T_PRIMARY, a);
    }

    private Expr starAtom() {
        int m = mark;
        Expr.Name n = name();
        if (n != null) {
            return n.withCtx(STORE);
        }
        if (accept(LPAR)) {
            Expr a = targetWithStarAtom();
            if (a != null && accept(RPAR)) {
                return withContext(a, STORE);
            }
            mark = m + 1;
            List<Expr> elts = starTargetsTupleSeq();
            if (accept(RPAR)) {
                return new Expr.Tuple(seq(elts), STORE, sl(m), sc(m), el(), ec());
            }
            mark = m;
            return null;
        }
        if (accept(LSQB)) {
            List<Expr> elts = starTargetsListSeq();
            if (accept(RSQB)) {
                return new Expr.ListExpr(seq(elts), STORE, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

    /** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
    final Expr singleTarget() {
        int m = mark;
        Expr a = subscriptAttributeTarget(STORE);
        if (a != null) {
            return a;
        }
        Expr.Name n = name();
        if (n != null) {
            return n.withCtx(STORE);
        }
        if (accept(LPAR)) {
            a = singleTarget();
            if (a != null && accept(RPAR)) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    /** del_targets: ','.del_target+ [','] */
    final List<Expr> delTargets() {
        Expr a = delTarget();
        if (a == null) {
            return null;
        }
        List<Expr> elts = one(a);
        for (;;) {
            int save = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr c = delTarget();
            if (c == null) {
                mark = save;
                break;
            }
            elts.add(c);
        }
        accept(COMMA);
        return elts;
    }

    private Expr delTarget() {
        Token.Memo mm = memo(M_DEL_TARGET);
        if (mm != null) {
            return (Expr) mm.node;
        }
        int start = mark;
        Expr r = subscriptAttributeTarget(DEL);
        if (r == null) {
            r = delTAtom();
        }
        return memoize(start, M_DEL_TARGET, r);
    }

    private Expr delTAtom() {
        int m = mark;
        Expr.Name n = name();
        if (n != null) {
            return n.withCtx(DEL);
        }
        if (accept(LPAR)) {
            Expr a = delTarget();
            if (a != null && accept(RPAR)) {
                return withContext(a, DEL);
            }
            mark = m + 1;
            List<Expr> elts = delTargets();
            if (accept(RPAR)) {
                return new Expr.Tuple(seq(elts), DEL, sl(m), sc(m), el(), ec());
            }
            mark = m;
            return null;
        }
        if (accept(LSQB)) {
            List<Expr> elts = delTargets();
            if (accept(RSQB)) {
                return new Expr.ListExpr(seq(elts), DEL, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

}
