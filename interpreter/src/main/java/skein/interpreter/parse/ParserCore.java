package skein.interpreter.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import skein.interpreter.ast.Located;

/**
 * The machinery under the grammar rules, modelled on CPython's pegen runtime: a lazily filled token
 * array, a mark with backtracking, per-token memoization, and the two-pass error strategy.
 *
 * <p>Why two passes: CPython parses once with only the real grammar; if that fails it resets and
 * parses again with the {@code invalid_*} rules enabled, which exist only to raise specific
 * messages. If the second pass raises nothing, the generic "invalid syntax" points at the furthest
 * token the <em>first</em> pass looked at. Getting CPython's messages and positions right therefore
 * requires reproducing both passes, the memo (shared between them within a pass), and exactly how
 * far ahead the tokenizer has been asked to read.
 */
abstract class ParserCore {
    /**
     * Limit on nesting (nested expressions, blocks, and chains such as {@code not not ...} or
     * {@code elif}s); deeper sources get a SyntaxError. CPython 3.11 accepts about 2000 such levels
     * and fails between 3000 and 6000 (MemoryError from its parser or RecursionError from its
     * compiler); Skein reports a SyntaxError from 3000 on.
     */
    static final int MAX_DEPTH = 3000;
    static final String TOO_COMPLEX = "Parser stack overflowed - Python source too complex to parse";
    static final int CURRENT_POS = -5;

    final Tokenizer tz;
    final String filename;
    /** True for the sub-parser of an f-string replacement field (CPython's fstring start rule). */
    final boolean fstringMode;

    Token[] tokens = new Token[256];
    int fill;
    int mark;
    boolean callInvalidRules;
    int depth;

    /**
     * Thrown when the Java stack runs out mid-parse; the public entry points then re-run the parse
     * on a thread with a large stack. {@link #error} is what to report if even that is not enough.
     */
    static final class StackExhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PySyntaxError error;

        StackExhausted(PySyntaxError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /** Unchecked carrier for a syntax error, so rule methods need no throws clauses. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PySyntaxError error;

        Abort(PySyntaxError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    ParserCore(Tokenizer tz, String filename, boolean fstringMode) {
        this.tz = tz;
        this.filename = filename;
        this.fstringMode = fstringMode;
    }

    // ---- tokens ------------------------------------------------------------------------------

    final Token tokenAt(int i) {
        while (fill <= i) {
            fillToken();
        }
        return tokens[i];
    }

    private void fillToken() {
        Token t;
        try {
            t = tz.next();
        } catch (PySyntaxError e) {
            throw new Abort(e);
        }
        if (t.type == TokenType.NAME) {
            TokenType kw = TokenType.keyword(t.text);
            if (kw != null) {
                t = new Token(kw, t.text, t.lineno, t.colOffset, t.endLineno, t.endColOffset, t.level,
                        t.startByte, t.endByte);
            }
        }
        if (fill == tokens.length) {
            tokens = Arrays.copyOf(tokens, fill * 2);
        }
        tokens[fill++] = t;
        if (t.type == TokenType.ERRORTOKEN) {
            throw new Abort(tokenizerError());
        }
    }

    final Token peek() {
        return mark < fill ? tokens[mark] : tokenAt(mark);
    }

    final TokenType peekType() {
        return peek().type;
    }

    final boolean at(TokenType t) {
        return peek().type == t;
    }

    final Token expect(TokenType t) {
        Token x = peek();
        if (x.type == t) {
            mark++;
            return x;
        }
        return null;
    }

    final boolean accept(TokenType t) {
        return expect(t) != null;
    }

    /** CPython's {@code &&'x'}: a token that must be there, raising "expected 'x'" even in pass one. */
    final Token expectForced(TokenType t) {
        Token x = peek();
        if (x.type != t) {
            throw raiseAt(x, "expected '" + t.text + "'");
        }
        mark++;
        return x;
    }

    final boolean isSoftKeyword(Token t, String kw) {
        return t.type == TokenType.NAME && kw.equals(t.text);
    }

    /**
     * CPython's SOFT_KEYWORD token test. It compares with {@code strncmp} over the name's length, so
     * any prefix of a soft keyword ("c", "ma", ...) counts; this changes which names get the
     * "Perhaps you forgot a comma?" message, so the quirk is kept.
     */
    final boolean atSoftKeyword() {
        Token t = peek();
        return t.type == TokenType.NAME
                && ("_".startsWith(t.text) || "case".startsWith(t.text) || "match".startsWith(t.text));
    }

    /** Token type at mark+k without consuming; fills as needed (as pegen's lookaheads do). */
    final TokenType typeAt(int k) {
        return tokenAt(mark + k).type;
    }

    // ---- memo -------------------------------------------------------------------------------

    /** Looks up a memoized result at mark; fills the token at mark first, as pegen does. */
    final Token.Memo memo(int rule) {
        Token t = peek();
        Token.Memo m = t.find(rule);
        if (m != null) {
            mark = m.end;
        }
        return m;
    }

    final <T> T memoize(int start, int rule, T node) {
        Token t = tokens[start];
        t.memo = new Token.Memo(rule, node, mark, t.memo);
        return node;
    }

    // ---- positions ---------------------------------------------------------------------------

    final int sl(int start) {
        return tokenAt(start).lineno;
    }

    final int sc(int start) {
        return tokenAt(start).colOffset;
    }

    /** pegen's {@code _PyPegen_get_last_nonnwhitespace_token}: node ends skip NEWLINE/INDENT/DEDENT. */
    final Token lastNonWhitespace() {
        Token token = null;
        for (int m = mark - 1; m >= 0; m--) {
            token = tokens[m];
            TokenType ty = token.type;
            if (ty != TokenType.ENDMARKER && ty != TokenType.NEWLINE && ty != TokenType.INDENT
                    && ty != TokenType.DEDENT) {
                break;
            }
        }
        return token;
    }

    final int el() {
        return lastNonWhitespace().endLineno;
    }

    final int ec() {
        return lastNonWhitespace().endColOffset;
    }

    // ---- depth -------------------------------------------------------------------------------

    final void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw raiseAt(peek(), TOO_COMPLEX);
        }
    }

    final void leave() {
        depth--;
    }

    // ---- errors ------------------------------------------------------------------------------

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a node or token. */
    final Abort raiseAt(Located a, String msg) {
        return known("SyntaxError", a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset(), msg);
    }

    final Abort raiseAt(Token a, String msg) {
        return known("SyntaxError", a.lineno, a.colOffset, a.endLineno, a.endColOffset, msg);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE from the start of {@code a} to the end of {@code b}. */
    final Abort raiseRange(int aLine, int aCol, int bEndLine, int bEndCol, String msg) {
        return known("SyntaxError", aLine, aCol, bEndLine, bEndCol, msg);
    }

    final Abort raiseRange(Located a, Located b, String msg) {
        return raiseRange(a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), msg);
    }

    final Abort raiseRange(Token a, Token b, String msg) {
        return raiseRange(a.lineno, a.colOffset, b.endLineno, b.endColOffset, msg);
    }

    final Abort raiseRange(Token a, Located b, String msg) {
        return raiseRange(a.lineno, a.colOffset, b.endLineno(), b.endColOffset(), msg);
    }

    final Abort raiseRange(Located a, Token b, String msg) {
        return raiseRange(a.lineno(), a.colOffset(), b.endLineno, b.endColOffset, msg);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from {@code a} to the tokenizer's current position. */
    final Abort raiseStartingFrom(Located a, String msg) {
        return known("SyntaxError", a.lineno(), a.colOffset(), CURRENT_POS, CURRENT_POS, msg);
    }

    final Abort raiseStartingFrom(Token a, String msg) {
        return known("SyntaxError", a.lineno, a.colOffset, CURRENT_POS, CURRENT_POS, msg);
    }

    /** RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns in, converted as CPython does. */
    final Abort known(String kind, int lineno, int col, int endLineno, int endCol, String msg) {
        int c = col == CURRENT_POS ? CURRENT_POS : col + 1;
        int e = endCol == CURRENT_POS ? CURRENT_POS : endCol + 1;
        return new Abort(errorKnownLocation(kind, lineno, c, endLineno, e, msg, c));
    }

    /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: positioned at the last token fetched. */
    final Abort raise(String kind, String msg) {
        if (fill == 0) {
            return new Abort(errorKnownLocation(kind, 0, 0, 0, -1, msg, 0));
        }
        Token t = tokens[fill - 1];
        int col;
        int scriptCol;
        if (t.colOffset == -1) {
            col = tz.cur == tz.bufStart ? 0 : tz.cur - tz.lineStart;
            // CPython's file reader rewinds to the start of its buffer at end of file.
            scriptCol = tz.done == Tokenizer.Done.EOF ? tz.scriptEofCol : col;
        } else {
            col = t.colOffset + 1;
            scriptCol = col;
        }
        int endCol = t.endColOffset != -1 ? t.endColOffset + 1 : -1;
        return new Abort(errorKnownLocation(kind, t.lineno, col, t.endLineno, endCol, msg, scriptCol));
    }

    final Abort raiseSyntaxError(String msg) {
        return raise("SyntaxError", msg);
    }

    final Abort raiseIndentationError(String msg) {
        return raise("IndentationError", msg);
    }

    /** {@code _PyPegen_raise_error_known_location}: 1-based byte columns in. */
    final PySyntaxError errorKnownLocation(String kind, int lineno, int col, int endLineno, int endCol,
                                           String msg, int scriptCol) {
        if (fstringMode) {
            msg = "f-string: " + msg;
        }
        if (endLineno == CURRENT_POS) {
            endLineno = tz.lineno;
        }
        if (endCol == CURRENT_POS) {
            endCol = tz.cur - tz.lineStart;
        }
        String errorLine;
        if (tz.lineno <= lineno && tz.inp > tz.bufStart) {
            errorLine = tz.decode(tz.bufStart, tz.inp);
        } else {
            errorLine = sourceLine(lineno);
        }
        if (fstringMode) {
            col -= tz.startingColOffset;
            scriptCol -= tz.startingColOffset;
            endCol -= tz.startingColOffset;
        }
        int colNumber = byteToCharOffset(errorLine, col);
        int endColNumber = endCol;
        if (endCol > 0) {
            endColNumber = byteToCharOffset(errorLine, endCol);
        }
        // From a script file CPython keeps byte columns and quotes the file's own line.
        String scriptText = fstringMode ? errorLine : sourceLine(lineno) + "\n";
        return new PySyntaxError(kind, msg, filename, lineno, colNumber, endLineno, endColNumber, errorLine,
                scriptCol, endCol, scriptText);
    }

    /** Line {@code lineno} of the source without its newline (CPython reads it from its buffer). */
    final String sourceLine(int lineno) {
        byte[] b = tz.buf;
        int firstLine = fstringMode ? tz.startingLineno : 1;
        int rel = lineno - firstLine + 1;
        int pos = 0;
        for (int i = 0; i < rel - 1; i++) {
            int nl = indexOf(b, (byte) '\n', pos);
            if (nl < 0 || nl + 1 > tz.inp) {
                break;
            }
            pos = nl + 1;
        }
        int end = indexOf(b, (byte) '\n', pos);
        if (end < 0) {
            end = b.length;
        }
        return new String(b, pos, end - pos, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** {@code _PyPegen_byte_offset_to_character_offset}: a 1-based byte column to characters. */
    static int byteToCharOffset(String line, int col) {
        if (col < 0) {
            return col;
        }
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int len = b.length;
        if (col > len + 1) {
            col = len + 1;
        }
        int n = 0;
        int lim = Math.min(col, len);
        for (int i = 0; i < lim; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return col > len ? n + 1 : n;
    }

    /** {@code _Pypegen_tokenizer_error}: the message for an ERRORTOKEN the tokenizer deferred. */
    private PySyntaxError tokenizerError() {
        String kind = "SyntaxError";
        String msg;
        int colOffset = -1;
        switch (tz.done) {
            case EOF -> {
                if (tz.level > 0) {
                    return unclosedParenError();
                }
                return raiseSyntaxError("unexpected EOF while parsing").error;
            }
            case DEDENT -> {
                return raiseIndentationError("unindent does not match any outer indentation level").error;
            }
            case TABSPACE -> {
                kind = "TabError";
                msg = "inconsistent use of tabs and spaces in indentation";
            }
            case TOODEEP -> {
                kind = "IndentationError";
                msg = "too many levels of indentation";
            }
            case LINECONT -> {
                colOffset = tz.cur - tz.bufStart - 1;
                msg = "unexpected character after line continuation character";
            }
            default -> msg = "unknown parsing error";
        }
        return known(kind, tz.lineno, colOffset >= 0 ? colOffset : 0, tz.lineno, -1, msg).error;
    }

    final PySyntaxError unclosedParenError() {
        int lvl = tz.level - 1;
        int line = tz.parenlinenostack[lvl];
        int col = tz.parencolstack[lvl];
        return known("SyntaxError", line, col, line, -1, "'" + tz.parenstack[lvl] + "' was never closed").error;
    }

    // ---- the two passes ----------------------------------------------------------------------

    /** {@code _PyPegen_run_parser}: parse, and on failure re-parse with the invalid_ rules on. */
    final <T> T run(Supplier<T> startRule) throws PySyntaxError {
        T res;
        try {
            res = guarded(startRule);
        } catch (Abort a) {
            throw finish(a.error);
        }
        if (res != null) {
            return res;
        }
        Token lastToken = tokens[fill - 1];
        for (int i = 0; i < fill; i++) {
            tokens[i].memo = null;
        }
        mark = 0;
        depth = 0;
        callInvalidRules = true;
        try {
            guarded(startRule);
        } catch (Abort a) {
            throw finish(a.error);
        }
        throw setSyntaxError(lastToken);
    }

    private <T> T guarded(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (StackOverflowError e) {
            throw new StackExhausted(raiseAt(peekNoFill(), TOO_COMPLEX).error);
        }
    }

    private Token peekNoFill() {
        return tokens[Math.max(0, Math.min(mark, fill - 1))];
    }

    /** {@code _Pypegen_set_syntax_error} when an error was raised. */
    private PySyntaxError finish(PySyntaxError e) {
        if (tz.done == Tokenizer.Done.OK) {
            return fullSourceCheck(e);
        }
        return e;
    }

    /** {@code _Pypegen_set_syntax_error} when nothing specific was raised. */
    private PySyntaxError setSyntaxError(Token lastToken) {
        if (fill == 0) {
            return raiseSyntaxError("error at start before reading any input").error;
        }
        if (lastToken.type == TokenType.ERRORTOKEN && tz.done == Tokenizer.Done.EOF) {
            if (tz.level > 0) {
                return unclosedParenError();
            }
            return raiseSyntaxError("unexpected EOF while parsing").error;
        }
        if (lastToken.type == TokenType.INDENT || lastToken.type == TokenType.DEDENT) {
            return raiseIndentationError(lastToken.type == TokenType.INDENT ? "unexpected indent"
                    : "unexpected unindent").error;
        }
        PySyntaxError e = raiseAt(lastToken, "invalid syntax").error;
        return fullSourceCheck(e);
    }

    /**
     * {@code _PyPegen_tokenize_full_source_to_check_for_errors}: a tokenizer error anywhere later in
     * the file beats a parser error, and an unclosed bracket opened before the error line does too.
     */
    private PySyntaxError fullSourceCheck(PySyntaxError current) {
        Token cur = tokens[fill - 1];
        int currentErrLine = cur.lineno;
        for (;;) {
            Token t;
            try {
                t = tz.next();
            } catch (PySyntaxError e) {
                return e;
            }
            if (t.type == TokenType.ERRORTOKEN) {
                if (tz.level != 0) {
                    int errorLineno = tz.parenlinenostack[tz.level - 1];
                    if (currentErrLine > errorLineno) {
                        return unclosedParenError();
                    }
                }
                break;
            }
            if (t.type == TokenType.ENDMARKER) {
                break;
            }
        }
        return current;
    }
}
