package skein.interpreter.parse;

import static skein.interpreter.parse.NodeHelpers.*;
import static skein.interpreter.parse.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Arg;
import skein.interpreter.ast.Arguments;
import skein.interpreter.ast.Expr;

/**
 * Function and lambda parameter lists, and lambda itself. The def and lambda parameter grammars
 * differ only in the closing token (')' vs ':'), annotations and a few error messages, so one
 * implementation serves both, switched by a {@code lambda} flag.
 */
abstract class ParameterRules extends TargetRules {

    ParameterRules(Tokenizer tz, String filename, boolean fstringMode) {
        super(tz, filename, fstringMode);
    }

    // ---- lambda ----------------------------------------------------------------------------

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    @Override
    final Expr lambdef() {
        int m = mark;
        if (!accept(KW_LAMBDA)) {
            return null;
        }
        Arguments params = params(true);
        if (accept(COLON)) {
            Expr body = expression();
            if (body != null) {
                return new Expr.Lambda(params != null ? params : emptyArguments(), body, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

    static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    // ---- parameters ------------------------------------------------------------------------

    private record NameDefault(Arg arg, Expr value) {
    }

    private record SlashWithDefault(List<Arg> plainNames, List<NameDefault> namesWithDefaults) {
    }

    private record StarEtc(Arg vararg, List<NameDefault> kwonlyargs, Arg kwarg) {
    }

    /** params / lambda_params: invalid_parameters | parameters. Null means "no parameters". */
    final Arguments params(boolean lambda) {
        int m = mark;
        if (callInvalidRules) {
            invalidParameters(lambda);
            mark = m;
        }
        Arguments a = parameters(lambda);
        if (a == null) {
            mark = m;
        }
        return a;
    }

    private TokenType closer(boolean lambda) {
        return lambda ? COLON : RPAR;
    }

    private Arguments parameters(boolean lambda) {
        int m = mark;
        // slash_no_default param_no_default* param_with_default* [star_etc]
        List<Arg> a = slashNoDefault(lambda);
        if (a != null) {
            List<Arg> b = paramNoDefaultStar(lambda);
            List<NameDefault> c = paramWithDefaultStar(lambda);
            StarEtc d = starEtc(lambda);
            return makeArguments(a, null, b, c, d);
        }
        mark = m;
        SlashWithDefault sw = slashWithDefault(lambda);
        if (sw != null) {
            List<NameDefault> b = paramWithDefaultStar(lambda);
            StarEtc c = starEtc(lambda);
            return makeArguments(null, sw, null, b, c);
        }
        mark = m;
        List<Arg> plain = paramNoDefaultStar(lambda);
        if (!plain.isEmpty()) {
            List<NameDefault> b = paramWithDefaultStar(lambda);
            StarEtc c = starEtc(lambda);
            return makeArguments(null, null, plain, b, c);
        }
        mark = m;
        List<NameDefault> withDef = paramWithDefaultStar(lambda);
        if (!withDef.isEmpty()) {
            StarEtc b = starEtc(lambda);
            return makeArguments(null, null, null, withDef, b);
        }
        mark = m;
        StarEtc se = starEtc(lambda);
        if (se != null) {
            return makeArguments(null, null, null, null, se);
        }
        mark = m;
        return null;
    }

    /** slash_no_default: param_no_default+ '/' (',' | &closer) */
    private List<Arg> slashNoDefault(boolean lambda) {
        int m = mark;
        List<Arg> a = paramNoDefaultStar(lambda);
        if (!a.isEmpty() && accept(SLASH)) {
            if (accept(COMMA) || at(closer(lambda))) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &closer) */
    private SlashWithDefault slashWithDefault(boolean lambda) {
        int m = mark;
        List<Arg> a = paramNoDefaultStar(lambda);
        List<NameDefault> b = paramWithDefaultStar(lambda);
        if (!b.isEmpty() && accept(SLASH)) {
            if (accept(COMMA) || at(closer(lambda))) {
                return new SlashWithDefault(a, b);
            }
        }
        mark = m;
        return null;
    }

    private StarEtc starEtc(boolean lambda) {
        int m = mark;
        if (callInvalidRules) {
            invalidStarEtc(lambda);
            mark = m;
        }
        if (accept(STAR)) {
            int afterStar = mark;
            Arg a = paramNoDefault(lambda, false);
            if (a != null) {
                List<NameDefault> b = paramMaybeDefaultStar(lambda);
                Arg c = kwds(lambda);
                return new StarEtc(a, b, c);
            }
            mark = afterStar;
            if (!lambda) {
                a = paramNoDefault(false, true);
                if (a != null) {
                    List<NameDefault> b = paramMaybeDefaultStar(lambda);
                    Arg c = kwds(lambda);
                    return new StarEtc(a, b, c);
                }
                mark = afterStar;
            }
            if (accept(COMMA)) {
                List<NameDefault> b = paramMaybeDefaultStar(lambda);
                if (!b.isEmpty()) {
                    Arg c = kwds(lambda);
                    return new StarEtc(null, b, c);
                }
            }
        }
        mark = m;
        Arg k = kwds(lambda);
        if (k != null) {
            return new StarEtc(null, null, k);
        }
        mark = m;
        return null;
    }

    /** kwds: invalid_kwds | '**' param_no_default */
    private Arg kwds(boolean lambda) {
        int m = mark;
        if (callInvalidRules) {
            invalidKwds(lambda);
            mark = m;
        }
        if (accept(DOUBLESTAR)) {
            Arg a = paramNoDefault(lambda, false);
            if (a != null) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    /** param: NAME annotation? (lambda: NAME); with {@code star}, the annotation may be starred. */
    private Arg param(boolean lambda, boolean starAnnotation) {
        int m = mark;
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        Expr ann = null;
        if (!lambda) {
            int save = mark;
            if (accept(COLON)) {
                ann = starAnnotation ? starExpression() : expression();
                if (ann == null) {
                    mark = save;
                }
            }
            if (starAnnotation && ann == null) {
                mark = m;
                return null;
            }
        }
        return new Arg(identifier(n.text), ann, null, sl(m), sc(m), el(), ec());
    }

    /** param_no_default: param ',' | param &closer */
    private Arg paramNoDefault(boolean lambda, boolean starAnnotation) {
        int m = mark;
        Arg a = param(lambda, starAnnotation);
        if (a != null && (separator(lambda) || at(closer(lambda)))) {
            return a;
        }
        mark = m;
        return null;
    }

    private List<Arg> paramNoDefaultStar(boolean lambda) {
        List<Arg> l = new ArrayList<>();
        Arg a;
        while ((a = paramNoDefault(lambda, false)) != null) {
            l.add(a);
        }
        return l;
    }

    /** param_with_default: param default ',' | param default &closer */
    private NameDefault paramWithDefault(boolean lambda) {
        int m = mark;
        Arg a = param(lambda, false);
        if (a != null) {
            Expr d = defaultValue();
            if (d != null && (separator(lambda) || at(closer(lambda)))) {
                return new NameDefault(a, d);
            }
        }
        mark = m;
        return null;
    }

    private List<NameDefault> paramWithDefaultStar(boolean lambda) {
        List<NameDefault> l = new ArrayList<>();
        NameDefault a;
        while ((a = paramWithDefault(lambda)) != null) {
            l.add(a);
        }
        return l;
    }

    /** param_maybe_default: param default? ',' | param default? &closer */
    private NameDefault paramMaybeDefault(boolean lambda) {
        int m = mark;
        Arg a = param(lambda, false);
        if (a != null) {
            int save = mark;
            Expr d = defaultValue();
            if (d == null) {
                mark = save;
            }
            if (separator(lambda) || at(closer(lambda))) {
                return new NameDefault(a, d);
            }
        }
        mark = m;
        return null;
    }

    /**
     * The ',' after a parameter. In a def, CPython's rule is {@code ',' TYPE_COMMENT?}: the optional
     * type comment makes it read the following token, which moves the tokenizer (and so changes
     * which line some error messages quote), so that read is reproduced.
     */
    private boolean separator(boolean lambda) {
        if (!accept(COMMA)) {
            return false;
        }
        if (!lambda) {
            peek();
        }
        return true;
    }

    private List<NameDefault> paramMaybeDefaultStar(boolean lambda) {
        List<NameDefault> l = new ArrayList<>();
        NameDefault a;
        while ((a = paramMaybeDefault(lambda)) != null) {
            l.add(a);
        }
        return l;
    }

    /** default: '=' expression | invalid_default */
    private Expr defaultValue() {
        int m = mark;
        if (accept(EQUAL)) {
            Expr e = expression();
            if (e != null) {
                return e;
            }
        }
        mark = m;
        if (callInvalidRules) {
            Token eq = expect(EQUAL);
            if (eq != null && (at(RPAR) || at(COMMA))) {
                throw raiseAt(eq, "expected default value expression");
            }
            mark = m;
        }
        return null;
    }

    private Arguments makeArguments(List<Arg> slashWithoutDefault, SlashWithDefault slashWithDefault,
                                    List<Arg> plainNames, List<NameDefault> namesWithDefault, StarEtc starEtc) {
        List<Arg> posonly;
        if (slashWithoutDefault != null) {
            posonly = slashWithoutDefault;
        } else if (slashWithDefault != null) {
            posonly = new ArrayList<>(slashWithDefault.plainNames());
            for (NameDefault nd : slashWithDefault.namesWithDefaults()) {
                posonly.add(nd.arg());
            }
        } else {
            posonly = List.of();
        }
        List<Arg> posargs = new ArrayList<>();
        if (plainNames != null) {
            posargs.addAll(plainNames);
        }
        if (namesWithDefault != null) {
            for (NameDefault nd : namesWithDefault) {
                posargs.add(nd.arg());
            }
        }
        List<Expr> posdefaults = new ArrayList<>();
        if (slashWithDefault != null) {
            for (NameDefault nd : slashWithDefault.namesWithDefaults()) {
                posdefaults.add(nd.value());
            }
        }
        if (namesWithDefault != null) {
            for (NameDefault nd : namesWithDefault) {
                posdefaults.add(nd.value());
            }
        }
        Arg vararg = starEtc != null ? starEtc.vararg() : null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwdefaults = new ArrayList<>();
        if (starEtc != null && starEtc.kwonlyargs() != null) {
            for (NameDefault nd : starEtc.kwonlyargs()) {
                kwonly.add(nd.arg());
                kwdefaults.add(nd.value());
            }
        }
        Arg kwarg = starEtc != null ? starEtc.kwarg() : null;
        return new Arguments(seq(posonly), seq(posargs), vararg, seq(kwonly), seq(kwdefaults), kwarg,
                seq(posdefaults));
    }

    // ---- parameter errors ------------------------------------------------------------------

    private void invalidParameters(boolean lambda) {
        int m = mark;
        // param_no_default* invalid_parameters_helper a=param_no_default
        paramNoDefaultStar(lambda);
        if (invalidParametersHelper(lambda)) {
            Arg a = paramNoDefault(lambda, false);
            if (a != null) {
                throw raiseAt(a, "non-default argument follows default argument");
            }
        }
        mark = m;
        // param_no_default* a='(' param_no_default+ ','? b=')'   (lambda: ','.lambda_param+ ','?)
        paramNoDefaultStar(lambda);
        Token lp = expect(LPAR);
        if (lp != null) {
            boolean ok;
            if (lambda) {
                ok = param(true, false) != null;
                if (ok) {
                    for (;;) {
                        int save = mark;
                        if (!accept(COMMA) || param(true, false) == null) {
                            mark = save;
                            break;
                        }
                    }
                }
            } else {
                ok = !paramNoDefaultStar(false).isEmpty();
            }
            if (ok) {
                accept(COMMA);
                Token rp = expect(RPAR);
                if (rp != null) {
                    throw raiseRange(lp, rp, lambda ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        mark = m;
        // a="/" ','
        Token slash = expect(SLASH);
        if (slash != null && accept(COMMA)) {
            throw raiseAt(slash, "at least one argument must precede /");
        }
        mark = m;
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if (slashNoDefault(lambda) != null || slashWithDefault(lambda) != null) {
            paramMaybeDefaultStar(lambda);
            Token a = expect(SLASH);
            if (a != null) {
                throw raiseAt(a, "/ may appear only once");
            }
        }
        mark = m;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* a='/'
        if (slashNoDefault(lambda) == null) {
            mark = m;
            if (slashWithDefault(lambda) == null) {
                mark = m;
            }
        }
        paramMaybeDefaultStar(lambda);
        if (accept(STAR)) {
            if (accept(COMMA) || paramNoDefault(lambda, false) != null) {
                paramMaybeDefaultStar(lambda);
                Token a = expect(SLASH);
                if (a != null) {
                    throw raiseAt(a, "/ must be ahead of *");
                }
            }
        }
        mark = m;
        // param_maybe_default+ '/' a='*'
        if (!paramMaybeDefaultStar(lambda).isEmpty() && accept(SLASH)) {
            Token a = expect(STAR);
            if (a != null) {
                throw raiseAt(a, "expected comma between / and *");
            }
        }
        mark = m;
    }

    /** invalid_parameters_helper: slash_with_default | param_with_default+ */
    private boolean invalidParametersHelper(boolean lambda) {
        int m = mark;
        if (slashWithDefault(lambda) != null) {
            return true;
        }
        mark = m;
        return !paramWithDefaultStar(lambda).isEmpty();
    }

    private void invalidStarEtc(boolean lambda) {
        int m = mark;
        Token star = expect(STAR);
        if (star == null) {
            return;
        }
        // '*' (')' | ',' (')' | '**'))   (lambda: ':' | ',' (':' | '**'))
        int save = mark;
        boolean bare = at(closer(lambda));
        if (!bare && accept(COMMA)) {
            bare = at(closer(lambda)) || at(DOUBLESTAR);
        }
        if (bare) {
            if (lambda) {
                mark++;
                throw raiseSyntaxError("named arguments must follow bare *");
            }
            throw raiseAt(star, "named arguments must follow bare *");
        }
        mark = save;
        // '*' param a='='
        if (param(lambda, false) != null) {
            Token eq = expect(EQUAL);
            if (eq != null) {
                throw raiseAt(eq, "var-positional argument cannot have default value");
            }
        }
        mark = save;
        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        if (paramNoDefault(lambda, false) != null || accept(COMMA)) {
            paramMaybeDefaultStar(lambda);
            Token a = expect(STAR);
            if (a != null && (paramNoDefault(lambda, false) != null || accept(COMMA))) {
                throw raiseAt(a, "* argument may appear only once");
            }
        }
        mark = m;
    }

    private void invalidKwds(boolean lambda) {
        int m = mark;
        if (!accept(DOUBLESTAR)) {
            return;
        }
        if (param(lambda, false) != null) {
            int save = mark;
            Token eq = expect(EQUAL);
            if (eq != null) {
                throw raiseAt(eq, "var-keyword argument cannot have default value");
            }
            mark = save;
            if (accept(COMMA)) {
                int afterComma = mark;
                Arg a = param(lambda, false);
                if (a != null) {
                    throw raiseAt(a, "arguments cannot follow var-keyword argument");
                }
                mark = afterComma;
                Token t = peek();
                if (t.type == STAR || t.type == DOUBLESTAR || t.type == SLASH) {
                    throw raiseAt(t, "arguments cannot follow var-keyword argument");
                }
            }
        }
        mark = m;
    }
}
