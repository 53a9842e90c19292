package skein.interpreter.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Expr;

/**
 * f-string parsing as CPython 3.11 does it (before PEP 701): the literal is scanned for
 * replacement fields, each field's expression text is parsed by a separate {@link Parser} over
 * {@code "(" + expr + ")"} — which is why f-string expression errors quote that text and carry an
 * "f-string: " prefix — and conversions, {@code =} and nested format specs are handled here.
 */
final class FStringParser {
    private FStringParser() {
    }

    /** Accumulates literal text and expressions across the STRING tokens of one atom. */
    static final class State {
        StringBuilder last;
        final List<Expr> exprs = new ArrayList<>();
        boolean fmode;

        void concat(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (last == null) {
                last = new StringBuilder(s);
            } else {
                last.append(s);
            }
        }
    }

    private static Expr strNode(State state, Token first, Token last) {
        String s = state.last.toString();
        state.last = null;
        String kind = first.text != null && first.text.startsWith("u") ? "u" : null;
        return new Expr.Constant(s, kind, first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }

    static Expr finish(State state, Token first, Token last) {
        if (!state.fmode) {
            if (state.last == null) {
                state.last = new StringBuilder();
            }
            return strNode(state, first, last);
        }
        if (state.last != null) {
            state.exprs.add(strNode(state, first, last));
        }
        return new Expr.JoinedStr(List.copyOf(state.exprs), first.lineno, first.colOffset, last.endLineno,
                last.endColOffset);
    }

    // ---- f-strings -----------------------------------------------------------------------

    /** {@code _PyPegen_FstringParser_ConcatFstring}; {@code str[0]} is the moving position. */
    static void concatFstring(ExpressionRules p, State state, int[] str, int end, boolean raw,
                                      int recurseLvl, Token first, Token t, Token last) {
        state.fmode = true;
        byte[] b = p.tz.buf;
        for (;;) {
            String[] literal = new String[1];
            String[] exprText = new String[1];
            Expr[] expression = new Expr[1];
            int result = findLiteralAndExpr(p, str, end, raw, recurseLvl, literal, exprText, expression, first, t,
                    last);
            if (literal[0] != null) {
                state.concat(literal[0]);
            }
            if (exprText[0] != null) {
                state.concat(exprText[0]);
            }
            if (result == 1) {
                continue;
            }
            if (expression[0] == null) {
                break;
            }
            if (state.last != null) {
                state.exprs.add(strNode(state, first, last));
            }
            state.exprs.add(expression[0]);
        }
        if (recurseLvl == 0 && str[0] < end - 1) {
            throw p.raiseSyntaxError("f-string: unexpected end of string");
        }
        if (recurseLvl != 0 && (str[0] >= end || b[str[0]] != '}')) {
            throw p.raiseSyntaxError("f-string: expecting '}'");
        }
    }

    private static int findLiteralAndExpr(ExpressionRules p, int[] str, int end, boolean raw, int recurseLvl,
                                          String[] literal, String[] exprText, Expr[] expression, Token first,
                                          Token t, Token last) {
        int result = findLiteral(p, str, end, raw, literal, recurseLvl);
        if (result == 1) {
            return 1;
        }
        if (str[0] >= end || p.tz.buf[str[0]] == '}') {
            return 0;
        }
        findExpr(p, str, end, raw, recurseLvl, exprText, expression, first, t, last);
        return 0;
    }

    private static int findLiteral(ExpressionRules p, int[] str, int end, boolean raw, String[] literal,
                                   int recurseLvl) {
        byte[] b = p.tz.buf;
        int s = str[0];
        int literalStart = s;
        int result = 0;
        boolean done = false;
        while (s < end) {
            int ch = b[s++] & 0xff;
            if (!raw && ch == '\\' && s < end) {
                ch = b[s++] & 0xff;
                if (ch == 'N') {
                    if (s < end && b[s++] == '{') {
                        while (s < end && b[s++] != '}') {
                            // skip the character name
                        }
                        continue;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && (b[s] & 0xff) == ch) {
                        str[0] = s + 1;
                        result = 1;
                        done = true;
                        break;
                    }
                    if (ch == '}') {
                        str[0] = s - 1;
                        throw p.raiseSyntaxError("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!done) {
            str[0] = s;
        }
        if (literalStart != s) {
            literal[0] = raw ? new String(b, literalStart, s - literalStart, StandardCharsets.UTF_8)
                    : StringLiterals.decodeUnicodeEscapes(p, b, literalStart, s);
        }
        return result;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\013' || c == '\014';
    }

    private static void findExpr(ExpressionRules p, int[] str, int end, boolean raw, int recurseLvl,
                                 String[] exprText, Expr[] expression, Token first, Token t, Token last) {
        byte[] b = p.tz.buf;
        int quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        char[] parenstack = new char[Tokenizer.MAXLEVEL];
        if (recurseLvl >= 2) {
            throw p.raiseSyntaxError("f-string: expressions nested too deeply");
        }
        str[0] += 1; // the '{'
        int exprStart = str[0];
        for (; str[0] < end; str[0]++) {
            int ch = b[str[0]] & 0xff;
            if (ch == '\\') {
                throw p.raiseSyntaxError("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (str[0] + 2 < end && b[str[0] + 1] == ch && b[str[0] + 2] == ch) {
                            str[0] += 2;
                            stringType = 0;
                            quoteChar = 0;
                            continue;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                        continue;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (str[0] + 2 < end && b[str[0] + 1] == ch && b[str[0] + 2] == ch) {
                    stringType = 3;
                    str[0] += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= Tokenizer.MAXLEVEL) {
                    throw p.raiseSyntaxError("f-string: too many nested parenthesis");
                }
                parenstack[nestedDepth++] = (char) ch;
            } else if (ch == '#') {
                throw p.raiseSyntaxError("f-string expression part cannot include '#'");
            } else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>'
                    || ch == '<')) {
                if (str[0] + 1 < end) {
                    int next = b[str[0] + 1] & 0xff;
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=')
                            || (ch == '>' && next == '=')) {
                        str[0] += 1;
                        continue;
                    }
                }
                // a lone '<' or '>' does not end the expression (unlike '!', ':', '=')
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nestedDepth == 0) {
                    throw p.raiseSyntaxError("f-string: unmatched '" + (char) ch + "'");
                }
                nestedDepth--;
                char opening = parenstack[nestedDepth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                        || (opening == '{' && ch == '}'))) {
                    throw p.raiseSyntaxError("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = str[0];
        if (quoteChar != 0) {
            throw p.raiseSyntaxError("f-string: unterminated string");
        }
        if (nestedDepth != 0) {
            throw p.raiseSyntaxError("f-string: unmatched '" + parenstack[nestedDepth - 1] + "'");
        }
        if (str[0] >= end) {
            throw p.raiseSyntaxError("f-string: expecting '}'");
        }
        Expr simple = compileExpr(p, exprStart, exprEnd, t);
        if (b[str[0]] == '=') {
            str[0] += 1;
            while (isSpace(b[str[0]] & 0xff)) {
                str[0] += 1;
            }
            if (str[0] >= end) {
                throw p.raiseSyntaxError("f-string: expecting '}'");
            }
            exprText[0] = new String(b, exprStart, str[0] - exprStart, StandardCharsets.UTF_8);
        }
        int conversion = -1;
        if (b[str[0]] == '!') {
            str[0] += 1;
            if (str[0] >= end) {
                throw p.raiseSyntaxError("f-string: expecting '}'");
            }
            conversion = b[str[0]] & 0xff;
            str[0] += 1;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw p.raiseSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (str[0] < end && b[str[0]] == ':') {
            str[0] += 1;
            if (str[0] >= end) {
                throw p.raiseSyntaxError("f-string: expecting '}'");
            }
            State spec = new State();
            concatFstring(p, spec, str, end, raw, recurseLvl + 1, first, t, last);
            formatSpec = finish(spec, t, t);
        }
        if (str[0] >= end || b[str[0]] != '}') {
            throw p.raiseSyntaxError("f-string: expecting '}'");
        }
        str[0] += 1;
        if (exprText[0] != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        expression[0] = new Expr.FormattedValue(simple, conversion, formatSpec, first.lineno, first.colOffset,
                last.endLineno, last.endColOffset);
    }

    /** {@code fstring_compile_expr}: parse {@code "(" + expr + ")"} with a sub-parser. */
    private static Expr compileExpr(ExpressionRules p, int exprStart, int exprEnd, Token t) {
        byte[] b = p.tz.buf;
        int s = exprStart;
        while (s != exprEnd) {
            int c = b[s];
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                break;
            }
            s++;
        }
        if (s == exprEnd) {
            int e = b[exprEnd];
            if (e == '!' || e == ':' || e == '=') {
                throw p.raiseSyntaxError("f-string: expression required before '" + (char) e + "'");
            }
            throw p.raiseSyntaxError("f-string: empty expression not allowed");
        }
        int len = exprEnd - exprStart;
        // fstring_find_expr_location: how far the expression is from the token start
        int lines = 0;
        int cols = 0;
        int brace = exprStart - 1;
        boolean newlineAfterBrace = true;
        for (int k = exprStart; k < b.length && b[k] != '}' && b[k] != '\n'; k++) {
            if (b[k] != ' ' && b[k] != '\t' && b[k] != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        if (!newlineAfterBrace) {
            int start = brace;
            while (start > t.startByte && b[start] != '\n') {
                start--;
            }
            cols += brace - start;
            if (b[start] == '\n') {
                cols -= 1;
            }
        }
        for (int k = t.startByte; k < brace; k++) {
            if (b[k] == '\n') {
                lines++;
            }
        }
        byte[] sub = new byte[len + 3];
        sub[0] = '(';
        System.arraycopy(b, exprStart, sub, 1, len);
        sub[len + 1] = ')';
        sub[len + 2] = '\n';
        Tokenizer stz = new Tokenizer(sub, p.filename, t.lineno + lines - 1);
        stz.startingLineno = t.lineno + lines;
        // An expression on a later line of a multi-line token is not shifted by the token's column.
        stz.startingColOffset = lines > 0 ? cols : t.colOffset + cols;
        Parser p2 = new Parser(stz, p.filename, true);
        try {
            return p2.run(p2::fstringRule);
        } catch (PySyntaxError e) {
            throw new ParserCore.Abort(e);
        }
    }

}
