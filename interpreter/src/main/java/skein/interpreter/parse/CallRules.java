package skein.interpreter.parse;

import static skein.interpreter.parse.NodeHelpers.*;
import static skein.interpreter.parse.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Keyword;

/**
 * Call arguments ({@code arguments}, {@code args}, {@code kwargs}) and their error rules, which
 * produce CPython's messages about argument order and unparenthesised generator expressions.
 */
abstract class CallRules extends AtomRules {

    CallRules(Tokenizer tz, String filename, boolean fstringMode) {
        super(tz, filename, fstringMode);
    }

    // ---- call arguments ----------------------------------------------------------------------

    /** A keyword or a starred expression inside kwargs (CPython's KeywordOrStarred). */
    private record KwOrStarred(Object element, boolean isKeyword) {
    }

    /** arguments: args [','] &')' | invalid_arguments */
    @Override
    final CallArgs arguments() {
        Token.Memo mm = memo(M_ARGUMENTS);
        if (mm != null) {
            return (CallArgs) mm.node;
        }
        int start = mark;
        CallArgs a = args();
        if (a != null) {
            accept(COMMA);
            if (at(RPAR)) {
                return memoize(start, M_ARGUMENTS, a);
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidArguments();
        }
        mark = start;
        return memoize(start, M_ARGUMENTS, null);
    }

    final CallArgs args() {
        int m = mark;
        List<Expr> positional = positionalArgs();
        if (positional != null) {
            List<KwOrStarred> b = null;
            int save = mark;
            if (accept(COMMA)) {
                b = kwargs();
                if (b == null) {
                    mark = save;
                }
            }
            List<Expr> all = positional;
            List<Keyword> keywords = List.of();
            if (b != null) {
                all = new ArrayList<>(positional);
                List<Keyword> kws = new ArrayList<>();
                for (KwOrStarred k : b) {
                    if (k.isKeyword()) {
                        kws.add((Keyword) k.element());
                    }
                }
                for (KwOrStarred k : b) {
                    if (!k.isKeyword()) {
                        all.add((Expr) k.element());
                    }
                }
                keywords = seq(kws);
            }
            return new CallArgs(seq(all), keywords, sl(m), sc(m), el(), ec());
        }
        mark = m;
        List<KwOrStarred> a = kwargs();
        if (a == null) {
            mark = m;
            return null;
        }
        List<Expr> starreds = new ArrayList<>();
        List<Keyword> kws = new ArrayList<>();
        for (KwOrStarred k : a) {
            if (k.isKeyword()) {
                kws.add((Keyword) k.element());
            } else {
                starreds.add((Expr) k.element());
            }
        }
        return new CallArgs(seq(starreds), seq(kws), sl(m), sc(m), el(), ec());
    }

    /** ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ */
    private List<Expr> positionalArgs() {
        List<Expr> positional = null;
        for (;;) {
            int save = mark;
            if (positional != null && !accept(COMMA)) {
                break;
            }
            int elemStart = mark;
            Expr e = starredExpression();
            if (e == null) {
                mark = elemStart;
                e = assignmentExpression();
                if (e == null) {
                    e = expression();
                    if (e != null && at(COLONEQUAL)) {
                        e = null;
                    }
                }
                if (e != null && at(EQUAL)) {
                    e = null;
                }
            }
            if (e == null) {
                mark = save;
                break;
            }
            if (positional == null) {
                positional = new ArrayList<>();
            }
            positional.add(e);
        }
        return positional;
    }

    /**
     * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
     *       | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
     */
    private List<KwOrStarred> kwargs() {
        int m = mark;
        List<KwOrStarred> a = gatherKw(false);
        if (a != null) {
            int save = mark;
            if (accept(COMMA)) {
                List<KwOrStarred> b = gatherKw(true);
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            mark = save;
            return a;
        }
        mark = m;
        return gatherKw(true);
    }

    private List<KwOrStarred> gatherKw(boolean doubleStarred) {
        List<KwOrStarred> l = null;
        for (;;) {
            int save = mark;
            if (l != null && !accept(COMMA)) {
                break;
            }
            KwOrStarred k = doubleStarred ? kwargOrDoubleStarred() : kwargOrStarred();
            if (k == null) {
                mark = save;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(k);
        }
        return l;
    }

    private KwOrStarred kwargOrStarred() {
        int m = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = m;
        }
        Keyword k = keywordArg();
        if (k != null) {
            return new KwOrStarred(k, true);
        }
        Expr s = starredExpression();
        if (s != null) {
            return new KwOrStarred(s, false);
        }
        return null;
    }

    private KwOrStarred kwargOrDoubleStarred() {
        int m = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = m;
        }
        Keyword k = keywordArg();
        if (k != null) {
            return new KwOrStarred(k, true);
        }
        if (accept(DOUBLESTAR)) {
            Expr a = expression();
            if (a != null) {
                return new KwOrStarred(new Keyword(null, a, sl(m), sc(m), el(), ec()), true);
            }
        }
        mark = m;
        return null;
    }

    /** NAME '=' expression */
    private Keyword keywordArg() {
        int m = mark;
        Token n = expect(NAME);
        if (n != null && accept(EQUAL)) {
            Expr b = expression();
            if (b != null) {
                return new Keyword(identifier(n.text), b, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

    private void invalidKwarg() {
        int m = mark;
        Token t = peek();
        if (t.type == KW_TRUE || t.type == KW_FALSE || t.type == KW_NONE) {
            mark++;
            Token eq = expect(EQUAL);
            if (eq != null) {
                throw raiseRange(t, eq, "cannot assign to " + t.text);
            }
        }
        mark = m;
        Token n = expect(NAME);
        if (n != null) {
            Token eq = expect(EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw raiseRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        boolean nameEq = peekType() == NAME && typeAt(1) == EQUAL;
        if (!nameEq) {
            Expr a = expression();
            if (a != null) {
                Token eq = expect(EQUAL);
                if (eq != null) {
                    throw raiseRange(a, eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
            }
        }
        mark = m;
    }

    private void invalidArguments() {
        int m = mark;
        // ((positional ',' kwargs) | kwargs) ',' a='*'   (CPython 3.11.7's form of this rule)
        boolean kw = positionalArgs() != null && accept(COMMA) && kwargs() != null;
        if (!kw) {
            mark = m;
            kw = kwargs() != null;
        }
        if (kw && accept(COMMA)) {
            Token star = expect(STAR);
            if (star != null) {
                throw raiseAt(star, "iterable argument unpacking follows keyword argument unpacking");
            }
        }
        mark = m;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        Expr e = expression();
        if (e != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && accept(COMMA)) {
                int save = mark;
                if (args() == null) {
                    mark = save;
                    if (expression() == null || forIfClauses() == null) {
                        mark = save;
                    }
                }
                throw raiseRange(e, lastComprehensionItem(b.get(b.size() - 1)),
                        "Generator expression must be parenthesized");
            }
        }
        mark = m;
        // a=NAME b='=' expression for_if_clauses
        Token n = expect(NAME);
        if (n != null) {
            Token eq = expect(EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw raiseRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        // a=args b=for_if_clauses
        CallArgs a = args();
        if (a != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null) {
                if (a.args().size() > 1) {
                    Expr last = a.args().get(a.args().size() - 1);
                    throw raiseRange(last, lastComprehensionItem(b.get(b.size() - 1)),
                            "Generator expression must be parenthesized");
                }
            }
        }
        mark = m;
        // args ',' a=expression b=for_if_clauses
        if (args() != null && accept(COMMA)) {
            Expr x = expression();
            if (x != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null) {
                    throw raiseRange(x, lastComprehensionItem(b.get(b.size() - 1)),
                            "Generator expression must be parenthesized");
                }
            }
        }
        mark = m;
        // a=args ',' args
        a = args();
        if (a != null && accept(COMMA) && args() != null) {
            boolean unpacking = false;
            for (Keyword k : a.keywords()) {
                if (k.arg() == null) {
                    unpacking = true;
                }
            }
            throw raiseSyntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        mark = m;
    }

}
