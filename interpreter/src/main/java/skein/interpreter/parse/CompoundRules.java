package skein.interpreter.parse;

import static skein.interpreter.parse.NodeHelpers.*;
import static skein.interpreter.parse.TokenType.*;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Arguments;
import skein.interpreter.ast.ExceptHandler;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Stmt;
import skein.interpreter.ast.WithItem;

/**
 * Compound statements (if/while/for/with/try/def/class, decorators) with their
 * {@code invalid_*} rules — mostly "expected ':'" and "expected an indented block after ...",
 * whose positions depend on exactly which tokens were read.
 */
abstract class CompoundRules extends StatementRules {

    CompoundRules(Tokenizer tz, String filename, boolean fstringMode) {
        super(tz, filename, fstringMode);
    }

    /** Checks {@code ':' NEWLINE !INDENT} after a compound statement header. */
    private boolean colonNewlineNoIndent() {
        return accept(COLON) && accept(NEWLINE) && !at(INDENT);
    }

    private Abort indentExpected(String what, int line) {
        return raiseIndentationError("expected an indented block after " + what + " on line " + line);
    }

    // ---- compound statements ---------------------------------------------------------------

    @Override
    final Stmt compoundStmt() {
        Token t = peek();
        int m = mark;
        Stmt r = null;
        switch (t.type) {
            case KW_DEF -> r = functionDef();
            case AT -> {
                r = functionDef();
                if (r == null) {
                    mark = m;
                    r = classDef();
                }
            }
            case ASYNC -> {
                TokenType next = typeAt(1);
                if (next == KW_DEF) {
                    throw raiseAt(t, "'async def' is not supported by Skein");
                } else if (next == KW_WITH) {
                    throw raiseAt(t, "'async with' is not supported by Skein");
                } else if (next == KW_FOR) {
                    throw raiseAt(t, "'async for' is not supported by Skein");
                }
            }
            case KW_IF -> r = ifStmt();
            case KW_CLASS -> r = classDef();
            case KW_WITH -> r = withStmt();
            case KW_FOR -> r = forStmt();
            case KW_TRY -> r = tryStmt();
            case KW_WHILE -> r = whileStmt();
            default -> {
            }
        }
        if (r == null) {
            mark = m;
            matchStmt();
            mark = m;
        }
        return r;
    }

    private List<Expr> decorators() {
        List<Expr> l = null;
        for (;;) {
            int save = mark;
            if (!accept(AT)) {
                break;
            }
            Expr f = namedExpression();
            if (f == null || !accept(NEWLINE)) {
                mark = save;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(f);
        }
        return l;
    }

    private Stmt functionDef() {
        int m = mark;
        List<Expr> d = decorators();
        if (d != null) {
            Stmt.FunctionDef f = functionDefRaw();
            if (f != null) {
                return new Stmt.FunctionDef(f.name(), f.args(), f.body(), seq(d), f.returns(), null, f.lineno(),
                        f.colOffset(), f.endLineno(), f.endColOffset());
            }
            mark = m;
        }
        return functionDefRaw();
    }

    private Stmt.FunctionDef functionDefRaw() {
        int m = mark;
        if (callInvalidRules) {
            invalidDefRaw();
            mark = m;
        }
        Token t = peek();
        if (t.type == ASYNC && typeAt(1) == KW_DEF) {
            throw raiseAt(t, "'async def' is not supported by Skein");
        }
        if (!accept(KW_DEF)) {
            return null;
        }
        Token n = expect(NAME);
        if (n == null) {
            mark = m;
            return null;
        }
        expectForced(LPAR);
        Arguments params = params(false);
        if (!accept(RPAR)) {
            mark = m;
            return null;
        }
        Expr returns = null;
        int save = mark;
        if (accept(RARROW)) {
            returns = expression();
            if (returns == null) {
                mark = save;
            }
        }
        expectForced(COLON);
        List<Stmt> body = block();
        if (body == null) {
            mark = m;
            return null;
        }
        return new Stmt.FunctionDef(identifier(n.text), params != null ? params : emptyArguments(), body, List.of(),
                returns, null, sl(m), sc(m), el(), ec());
    }

    private void invalidDefRaw() {
        int m = mark;
        accept(ASYNC);
        Token a = expect(KW_DEF);
        if (a != null && accept(NAME) && accept(LPAR)) {
            int save = mark;
            if (params(false) == null) {
                mark = save;
            }
            if (accept(RPAR)) {
                save = mark;
                if (accept(RARROW)) {
                    if (expression() == null) {
                        mark = save;
                    }
                }
                if (colonNewlineNoIndent()) {
                    throw indentExpected("function definition", a.lineno);
                }
            }
        }
        mark = m;
    }

    private Stmt classDef() {
        int m = mark;
        List<Expr> d = decorators();
        if (d != null) {
            Stmt.ClassDef c = classDefRaw();
            if (c != null) {
                return new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), c.body(), seq(d), c.lineno(),
                        c.colOffset(), c.endLineno(), c.endColOffset());
            }
            mark = m;
        }
        return classDefRaw();
    }

    /** 'class' NAME ['(' [arguments] ')'] — returns the arguments (or null) and leaves mark after. */
    private CallArgs classHeader(boolean[] ok) {
        ok[0] = false;
        if (!accept(KW_CLASS) || !accept(NAME)) {
            return null;
        }
        int save = mark;
        CallArgs args = null;
        if (accept(LPAR)) {
            args = arguments();
            if (!accept(RPAR)) {
                mark = save;
                args = null;
            }
        }
        ok[0] = true;
        return args;
    }

    private Stmt.ClassDef classDefRaw() {
        int m = mark;
        boolean[] ok = new boolean[1];
        if (callInvalidRules) {
            Token a = peek();
            classHeader(ok);
            if (ok[0] && at(NEWLINE)) {
                mark++;
                throw raiseSyntaxError("expected ':'");
            }
            mark = m;
            classHeader(ok);
            if (ok[0] && colonNewlineNoIndent()) {
                throw indentExpected("class definition", a.lineno);
            }
            mark = m;
        }
        if (!at(KW_CLASS)) {
            return null;
        }
        Token n = tokenAt(mark + 1);
        CallArgs args = classHeader(ok);
        if (ok[0] && accept(COLON)) {
            List<Stmt> body = block();
            if (body != null) {
                return new Stmt.ClassDef(identifier(n.text), args != null ? args.args() : List.of(),
                        args != null ? args.keywords() : List.of(), body, List.of(), sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

    private Stmt ifStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidCondHeader(KW_IF, "'if' statement");
            mark = m;
        }
        return ifChain(KW_IF);
    }

    /**
     * if_stmt / elif_stmt: the elif chain is right-recursive in the grammar; it is parsed here
     * in a loop (same result, no Java recursion per elif) and folded into nested If nodes.
     */
    private Stmt ifChain(TokenType first) {
        int m = mark;
        List<int[]> starts = new ArrayList<>();
        List<Expr> tests = new ArrayList<>();
        List<List<Stmt>> bodies = new ArrayList<>();
        TokenType kw = first;
        for (;;) {
            int s = mark;
            if (kw == KW_ELIF && callInvalidRules) {
                invalidCondHeader(KW_ELIF, "'elif' statement");
                mark = s;
            }
            boolean ok = false;
            if (accept(kw)) {
                Expr a = namedExpression();
                if (a != null && accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        starts.add(new int[] {s});
                        tests.add(a);
                        bodies.add(b);
                        ok = true;
                    }
                }
            }
            if (!ok) {
                mark = s;
                break;
            }
            checkChain(starts.size());
            if (!at(KW_ELIF)) {
                break;
            }
            kw = KW_ELIF;
        }
        if (starts.isEmpty()) {
            mark = m;
            return null;
        }
        int save = mark;
        List<Stmt> orelse = elseBlock();
        if (orelse == null) {
            mark = save;
            orelse = List.of();
        }
        int endLine = el();
        int endCol = ec();
        Stmt acc = null;
        for (int i = starts.size() - 1; i >= 0; i--) {
            Token st = tokens[starts.get(i)[0]];
            List<Stmt> tail = acc == null ? orelse : List.of(acc);
            acc = new Stmt.If(tests.get(i), bodies.get(i), tail, st.lineno, st.colOffset, endLine, endCol);
        }
        return acc;
    }

    /** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt. */
    private void invalidCondHeader(TokenType kw, String what) {
        int m = mark;
        if (accept(kw) && namedExpression() != null && at(NEWLINE)) {
            mark++;
            throw raiseSyntaxError("expected ':'");
        }
        mark = m;
        if (accept(kw)) {
            Expr a = namedExpression();
            if (a != null && colonNewlineNoIndent()) {
                int line = kw == KW_IF ? a.lineno() : tokens[m].lineno;
                throw indentExpected(what, line);
            }
        }
        mark = m;
    }

    /** else_block: invalid_else_stmt | 'else' &&':' block */
    private List<Stmt> elseBlock() {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(KW_ELSE);
            if (a != null && colonNewlineNoIndent()) {
                throw indentExpected("'else' statement", a.lineno);
            }
            mark = m;
        }
        if (!accept(KW_ELSE)) {
            return null;
        }
        expectForced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
        }
        return b;
    }

    private Stmt whileStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidCondHeader(KW_WHILE, "'while' statement");
            mark = m;
        }
        accept(KW_WHILE);
        Expr a = namedExpression();
        if (a != null && accept(COLON)) {
            List<Stmt> b = block();
            if (b != null) {
                int save = mark;
                List<Stmt> e = elseBlock();
                if (e == null) {
                    mark = save;
                    e = List.of();
                }
                return new Stmt.While(a, b, e, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        return null;
    }

    private Stmt forStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidForStmt();
            mark = m;
        }
        if (accept(KW_FOR)) {
            Expr t = starTargets();
            if (t != null && accept(KW_IN)) {
                // cut: nothing else is tried once 'in' is seen
                Expr ex = starExpressions();
                if (ex != null && accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        int save = mark;
                        List<Stmt> e = elseBlock();
                        if (e == null) {
                            mark = save;
                            e = List.of();
                        }
                        return new Stmt.For(t, ex, b, e, null, sl(m), sc(m), el(), ec());
                    }
                }
                mark = m;
                return null;
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidForTarget();
        }
        mark = m;
        return null;
    }

    private void invalidForStmt() {
        int m = mark;
        Token a = expect(KW_FOR);
        if (a != null && starTargets() != null && accept(KW_IN) && starExpressions() != null) {
            if (at(NEWLINE)) {
                mark++;
                throw raiseSyntaxError("expected ':'");
            }
            if (colonNewlineNoIndent()) {
                throw indentExpected("'for' statement", a.lineno);
            }
        }
        mark = m;
    }

    // ---- with ------------------------------------------------------------------------------

    private Stmt withStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidWithStmtIndent();
            mark = m;
        }
        accept(KW_WITH);
        int afterWith = mark;
        if (accept(LPAR)) {
            List<WithItem> a = withItems();
            if (a != null) {
                accept(COMMA);
                if (accept(RPAR) && accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return new Stmt.With(seq(a), b, null, sl(m), sc(m), el(), ec());
                    }
                }
            }
        }
        mark = afterWith;
        List<WithItem> a = withItems();
        if (a != null && accept(COLON)) {
            List<Stmt> b = block();
            if (b != null) {
                return new Stmt.With(seq(a), b, null, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidWithStmt();
        }
        mark = m;
        return null;
    }

    private List<WithItem> withItems() {
        List<WithItem> l = null;
        for (;;) {
            int save = mark;
            if (l != null && !accept(COMMA)) {
                break;
            }
            WithItem w = withItem();
            if (w == null) {
                mark = save;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(w);
        }
        return l;
    }

    private WithItem withItem() {
        int m = mark;
        Expr e = expression();
        if (e == null) {
            return null;
        }
        if (accept(KW_AS)) {
            Expr t = starTarget();
            if (t != null && (at(COMMA) || at(RPAR) || at(COLON))) {
                return new WithItem(e, t);
            }
        }
        mark = m;
        if (callInvalidRules) {
            if (expression() != null && accept(KW_AS)) {
                Expr a = expression();
                if (a != null && (at(COMMA) || at(RPAR) || at(COLON))) {
                    raiseInvalidTarget(Targets.STAR, a);
                }
            }
            mark = m;
        }
        e = expression();
        return new WithItem(e, null);
    }

    /** ','.(expression ['as' star_target])+ (or with {@code expressions} inside parentheses). */
    private boolean looseWithItems(boolean parenthesized) {
        boolean any = false;
        for (;;) {
            int save = mark;
            if (any && !accept(COMMA)) {
                break;
            }
            Expr e = parenthesized ? expressions() : expression();
            if (e == null) {
                mark = save;
                break;
            }
            any = true;
            int s2 = mark;
            if (!(accept(KW_AS) && starTarget() != null)) {
                mark = s2;
            }
        }
        return any;
    }

    private void invalidWithStmt() {
        int m = mark;
        accept(ASYNC);
        if (accept(KW_WITH) && looseWithItems(false) && at(NEWLINE)) {
            mark++;
            throw raiseSyntaxError("expected ':'");
        }
        mark = m;
        accept(ASYNC);
        if (accept(KW_WITH) && accept(LPAR) && looseWithItems(true)) {
            accept(COMMA);
            if (accept(RPAR) && at(NEWLINE)) {
                mark++;
                throw raiseSyntaxError("expected ':'");
            }
        }
        mark = m;
    }

    private void invalidWithStmtIndent() {
        int m = mark;
        accept(ASYNC);
        Token a = expect(KW_WITH);
        if (a != null && looseWithItems(false) && colonNewlineNoIndent()) {
            throw indentExpected("'with' statement", a.lineno);
        }
        mark = m;
        accept(ASYNC);
        a = expect(KW_WITH);
        if (a != null && accept(LPAR) && looseWithItems(true)) {
            accept(COMMA);
            if (accept(RPAR) && colonNewlineNoIndent()) {
                throw indentExpected("'with' statement", a.lineno);
            }
        }
        mark = m;
    }

    // ---- try -------------------------------------------------------------------------------

    private Stmt tryStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidTryStmt();
            mark = m;
        }
        accept(KW_TRY);
        expectForced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        int afterBody = mark;
        List<Stmt> f = finallyBlock();
        if (f != null) {
            return new Stmt.Try(b, List.of(), List.of(), f, sl(m), sc(m), el(), ec());
        }
        mark = afterBody;
        for (int star = 0; star < 2; star++) {
            mark = afterBody;
            List<ExceptHandler> ex = null;
            for (;;) {
                ExceptHandler h = star == 0 ? exceptBlock() : exceptStarBlock();
                if (h == null) {
                    break;
                }
                if (ex == null) {
                    ex = new ArrayList<>();
                }
                ex.add(h);
            }
            if (ex == null) {
                continue;
            }
            int save = mark;
            List<Stmt> el = elseBlock();
            if (el == null) {
                mark = save;
                el = List.of();
            }
            save = mark;
            List<Stmt> fin = finallyBlock();
            if (fin == null) {
                mark = save;
                fin = List.of();
            }
            if (star == 0) {
                return new Stmt.Try(b, seq(ex), el, fin, sl(m), sc(m), el(), ec());
            }
            return new Stmt.TryStar(b, seq(ex), el, fin, sl(m), sc(m), el(), ec());
        }
        mark = m;
        return null;
    }

    private void invalidTryStmt() {
        int m = mark;
        Token a = expect(KW_TRY);
        if (a != null && colonNewlineNoIndent()) {
            throw indentExpected("'try' statement", a.lineno);
        }
        mark = m;
        if (accept(KW_TRY) && accept(COLON) && block() != null && !at(KW_EXCEPT) && !at(KW_FINALLY)) {
            throw raiseSyntaxError("expected 'except' or 'finally' block");
        }
        mark = m;
        // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
        if (accept(KW_TRY) && accept(COLON)) {
            while (block() != null) {
                // block*
            }
            int n = 0;
            while (exceptBlock() != null) {
                n++;
            }
            if (n > 0) {
                Token ex = expect(KW_EXCEPT);
                Token st = ex != null ? expect(STAR) : null;
                if (st != null && expression() != null) {
                    int save = mark;
                    if (!(accept(KW_AS) && accept(NAME))) {
                        mark = save;
                    }
                    if (accept(COLON)) {
                        throw raiseRange(ex, st, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
        }
        mark = m;
        // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
        if (accept(KW_TRY) && accept(COLON)) {
            while (block() != null) {
                // block*
            }
            int n = 0;
            while (exceptStarBlock() != null) {
                n++;
            }
            if (n > 0) {
                Token ex = expect(KW_EXCEPT);
                if (ex != null) {
                    int save = mark;
                    if (expression() != null) {
                        int s2 = mark;
                        if (!(accept(KW_AS) && accept(NAME))) {
                            mark = s2;
                        }
                    } else {
                        mark = save;
                    }
                    if (accept(COLON)) {
                        throw raiseAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
        }
        mark = m;
    }

    private String optAsName() {
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

    private ExceptHandler exceptBlock() {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(KW_EXCEPT);
            if (a != null) {
                int save = mark;
                if (expression() != null) {
                    optAsName();
                    if (colonNewlineNoIndent()) {
                        throw indentExpected("'except' statement", a.lineno);
                    }
                }
                mark = save;
                if (colonNewlineNoIndent()) {
                    throw indentExpected("'except' statement", a.lineno);
                }
            }
            mark = m;
        }
        if (!accept(KW_EXCEPT)) {
            return null;
        }
        int afterExcept = mark;
        Expr e = expression();
        if (e != null) {
            String name = optAsName();
            if (accept(COLON)) {
                List<Stmt> b = block();
                if (b != null) {
                    return new ExceptHandler(e, name, b, sl(m), sc(m), el(), ec());
                }
            }
        }
        mark = afterExcept;
        if (accept(COLON)) {
            List<Stmt> b = block();
            if (b != null) {
                return new ExceptHandler(null, null, b, sl(m), sc(m), el(), ec());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidExceptStmt();
        }
        mark = m;
        return null;
    }

    private ExceptHandler exceptStarBlock() {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(KW_EXCEPT);
            if (a != null && accept(STAR) && expression() != null) {
                optAsName();
                if (colonNewlineNoIndent()) {
                    throw indentExpected("'except*' statement", a.lineno);
                }
            }
            mark = m;
        }
        if (accept(KW_EXCEPT) && accept(STAR)) {
            Expr e = expression();
            if (e != null) {
                String name = optAsName();
                if (accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return new ExceptHandler(e, name, b, sl(m), sc(m), el(), ec());
                    }
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidExceptStmt();
        }
        mark = m;
        return null;
    }

    private void invalidExceptStmt() {
        int m = mark;
        // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
        if (accept(KW_EXCEPT)) {
            accept(STAR);
            Expr a = expression();
            if (a != null && accept(COMMA) && expressions() != null) {
                optAsName();
                if (accept(COLON)) {
                    throw raiseStartingFrom(a, "multiple exception types must be parenthesized");
                }
            }
        }
        mark = m;
        // a='except' '*'? expression ['as' NAME ] NEWLINE
        if (accept(KW_EXCEPT)) {
            accept(STAR);
            if (expression() != null) {
                optAsName();
                if (at(NEWLINE)) {
                    mark++;
                    throw raiseSyntaxError("expected ':'");
                }
            }
        }
        mark = m;
        // a='except' NEWLINE
        if (accept(KW_EXCEPT) && at(NEWLINE)) {
            mark++;
            throw raiseSyntaxError("expected ':'");
        }
        mark = m;
        // a='except' '*' (NEWLINE | ':')
        if (accept(KW_EXCEPT) && accept(STAR) && (at(NEWLINE) || at(COLON))) {
            mark++;
            throw raiseSyntaxError("expected one or more exception types");
        }
        mark = m;
    }

    private List<Stmt> finallyBlock() {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(KW_FINALLY);
            if (a != null && colonNewlineNoIndent()) {
                throw indentExpected("'finally' statement", a.lineno);
            }
            mark = m;
        }
        if (!accept(KW_FINALLY)) {
            return null;
        }
        expectForced(COLON);
        List<Stmt> a = block();
        if (a == null) {
            mark = m;
        }
        return a;
    }

    // ---- match (unsupported) ---------------------------------------------------------------

    /**
     * match_stmt is recognised only to reject it: {@code "match" subject_expr ':' NEWLINE} is a
     * match statement, which Skein does not support. The "expected ':'" error of
     * invalid_match_stmt is kept so that near-miss headers read as in CPython.
     */
    private void matchStmt() {
        int m = mark;
        Token t = peek();
        if (!isSoftKeyword(t, "match")) {
            return;
        }
        mark++;
        if (subjectExpr() != null) {
            if (accept(COLON) && at(NEWLINE)) {
                throw raiseAt(t, "'match' statements are not supported by Skein");
            }
        }
        mark = m;
        if (callInvalidRules) {
            mark++;
            if (subjectExpr() != null && at(NEWLINE)) {
                mark++;
                throw raiseSyntaxError("expected ':'");
            }
        }
        mark = m;
    }

    private Expr subjectExpr() {
        int m = mark;
        Expr value = starNamedExpression();
        if (value != null && accept(COMMA)) {
            List<Expr> values = starNamedExpressions();
            List<Expr> elts = one(value);
            if (values != null) {
                elts.addAll(values);
            }
            return new Expr.Tuple(seq(elts), LOAD, sl(m), sc(m), el(), ec());
        }
        mark = m;
        return namedExpression();
    }
}
