package skein.interpreter.parse;

import java.nio.charset.StandardCharsets;

/**
 * Python 3.11's tokenizer, re-expressed from CPython's {@code Parser/tokenizer.c} over a UTF-8 byte
 * buffer. It deliberately keeps CPython's state machine (current line, {@code cur}, pending
 * indents, paren stack) rather than a regex lexer because the parser's error messages depend on
 * that state: where a token starts and ends in bytes, which line the tokenizer is on when an error
 * is raised, and which tokenizer errors are reported immediately versus through the parser.
 *
 * <p>Tokens are produced lazily, one per {@link #next()} call, because CPython only tokenizes as far
 * as the parser looks; which of two errors wins depends on it.
 */
final class Tokenizer {
    static final int EOF = -1;
    static final int TABSIZE = 8;
    static final int ALTTABSIZE = 1;
    static final int MAXINDENT = 100;
    static final int MAXLEVEL = 200;

    /** Why tokenizing stopped (CPython's {@code tok->done}); OK while tokens keep coming. */
    enum Done { OK, EOF, ERROR, TABSPACE, TOODEEP, DEDENT, LINECONT }

    final byte[] buf;
    final String filename;
    /** Read position, start of the current physical line, end of the current line (after '\n'). */
    int cur;
    int lineStart;
    int inp;
    /** Start of the most recently read line (CPython's {@code tok->buf} in string mode). */
    int bufStart;
    int lineno;
    /** Line number the tokenizer starts from minus one (f-string sub-tokenizers start later). */
    Done done = Done.OK;

    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    int level;
    final char[] parenstack = new char[MAXLEVEL];
    final int[] parenlinenostack = new int[MAXLEVEL];
    final int[] parencolstack = new int[MAXLEVEL];
    private int tokStart = -1;
    /** Whether the current line produced a token yet (for {@link #scriptEofCol}). */
    private boolean sawTokenOnLine;
    /**
     * The column CPython's <em>file</em> reader reports for an end-of-file error: it rewinds its
     * buffer at EOF (column 0), except after a backslash continuation that followed other tokens.
     */
    int scriptEofCol;
    private int firstLineno;
    private int multiLineStart;

    /** Position adjustments for f-string sub-parsers: tokens on line {@code startingLineno} shift. */
    int startingLineno;
    int startingColOffset;

    Tokenizer(byte[] buf, String filename, int initialLineno) {
        this.buf = buf;
        this.filename = filename;
        this.lineno = initialLineno;
    }

    /**
     * Prepares source text the way CPython's string reader does: strips a BOM, turns {@code \r\n}
     * and lone {@code \r} into {@code \n}, and appends a final newline if missing.
     */
    static byte[] prepare(String source) {
        StringBuilder b = new StringBuilder(source.length() + 1);
        int i = 0;
        if (source.startsWith("\uFEFF")) {
            i = 1;
        }
        for (; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        if (b.isEmpty() || b.charAt(b.length() - 1) != '\n') {
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- character level -----------------------------------------------------------------

    private int nextc() {
        for (;;) {
            if (cur != inp) {
                return buf[cur++] & 0xff;
            }
            if (done != Done.OK) {
                return EOF;
            }
            if (inp >= buf.length) {
                done = Done.EOF;
                cur = inp;
                return EOF;
            }
            int end = inp;
            while (end < buf.length && buf[end] != '\n') {
                end++;
            }
            if (end < buf.length) {
                end++;
            }
            lineno++;
            if (tokStart < 0) {
                // CPython keeps its line buffer while a token spans lines (continuations,
                // triple-quoted strings), so error text then shows all of those lines.
                bufStart = cur;
            }
            lineStart = cur;
            inp = end;
        }
    }

    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    String decode(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    // ---- errors --------------------------------------------------------------------------

    /**
     * CPython's tokenizer {@code syntaxerror()}: reported immediately, positioned at the current
     * read position (offset in characters), text is the current line without its newline.
     */
    private PySyntaxError syntaxError(String msg) {
        return syntaxErrorRange(msg, -1, -1);
    }

    private PySyntaxError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        done = Done.ERROR;
        String upToCur = decode(lineStart, Math.max(lineStart, cur));
        if (colOffset == -1) {
            colOffset = upToCur.codePointCount(0, upToCur.length());
        }
        if (endColOffset == -1) {
            endColOffset = colOffset;
        }
        int lineEnd = lineStart;
        while (lineEnd < buf.length && buf[lineEnd] != '\n') {
            lineEnd++;
        }
        String text = decode(lineStart, lineEnd);
        return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset, lineno, endColOffset, text);
    }

    private Token errorToken(Done why) {
        done = why;
        return new Token(TokenType.ERRORTOKEN, null, lineno, -1, lineno, -1, level, -1, -1);
    }

    // ---- tokens --------------------------------------------------------------------------

    private Token make(TokenType type, int start, int end) {
        int ln = type == TokenType.STRING ? firstLineno : lineno;
        int ls = type == TokenType.STRING ? multiLineStart : lineStart;
        int col = -1;
        int endCol = -1;
        if (start >= 0 && start >= ls) {
            col = start - ls;
        }
        if (end >= 0 && end >= lineStart) {
            endCol = end - lineStart;
        }
        if (startingLineno != 0 && lineno == startingLineno) {
            col = startingColOffset + col;
            endCol = startingColOffset + endCol;
        }
        if (start >= 0) {
            sawTokenOnLine = true;
        }
        String text = null;
        if (start >= 0 && end >= start && type != TokenType.NEWLINE) {
            text = decode(start, end);
        }
        return new Token(type, text, ln, col, lineno, endCol, level, start, end);
    }

    private Token make(TokenType type) {
        return make(type, -1, -1);
    }

    /**
     * The next token. Errors CPython reports through {@code syntaxerror()} are thrown; errors it
     * reports later through the parser (bad dedent, tab/space mix, too deep, stray backslash, end
     * of file inside brackets or after a backslash) come back as an ERRORTOKEN with {@link #done}
     * saying why.
     */
    Token next() throws PySyntaxError {
        int c;
        boolean blankline;
        nextline:
        for (;;) {
            tokStart = -1;
            blankline = false;
            if (atbol) {
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                atbol = false;
                sawTokenOnLine = false;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                    } else if (c == '\014') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // Indentation cannot be split over lines with backslashes: the first
                        // backslash's column is the indentation of what follows.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        Token err = continuationLine();
                        if (err != null) {
                            return err;
                        }
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altcol = contLineCol;
                    }
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            cur = inp;
                            return errorToken(Done.TABSPACE);
                        }
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            cur = inp;
                            return errorToken(Done.TOODEEP);
                        }
                        if (altcol <= altindstack[indent]) {
                            cur = inp;
                            return errorToken(Done.TABSPACE);
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            cur = inp;
                            return errorToken(Done.DEDENT);
                        }
                        if (altcol != altindstack[indent]) {
                            cur = inp;
                            return errorToken(Done.TABSPACE);
                        }
                    }
                }
            }

            tokStart = cur;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return make(TokenType.DEDENT);
                } else {
                    pendin--;
                    return make(TokenType.INDENT);
                }
            }

            again:
            for (;;) {
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\014');
                tokStart = cur - 1;

                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                }

                if (c == EOF) {
                    if (level > 0) {
                        return errorToken(Done.EOF);
                    }
                    return done == Done.EOF ? make(TokenType.ENDMARKER) : errorToken(done);
                }

                if (isPotentialIdentifierStart(c)) {
                    boolean sawB = false, sawR = false, sawU = false, sawF = false;
                    boolean quoted = false;
                    for (;;) {
                        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                            sawB = true;
                        } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                            sawU = true;
                        } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                            sawR = true;
                        } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                            sawF = true;
                        } else {
                            break;
                        }
                        c = nextc();
                        if (c == '"' || c == '\'') {
                            quoted = true;
                            break;
                        }
                    }
                    if (quoted) {
                        return string(c);
                    }
                    boolean nonascii = false;
                    while (isPotentialIdentifierChar(c)) {
                        if (c >= 128) {
                            nonascii = true;
                        }
                        c = nextc();
                    }
                    backup(c);
                    if (nonascii) {
                        verifyIdentifier();
                    }
                    int len = cur - tokStart;
                    if (len == 5 && buf[tokStart] == 'a') {
                        String s = decode(tokStart, cur);
                        if (s.equals("async")) {
                            return make(TokenType.ASYNC, tokStart, cur);
                        }
                        if (s.equals("await")) {
                            return make(TokenType.AWAIT, tokStart, cur);
                        }
                    }
                    return make(TokenType.NAME, tokStart, cur);
                }

                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        continue nextline;
                    }
                    return make(TokenType.NEWLINE, tokStart, cur - 1);
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return number(c, true);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return make(TokenType.ELLIPSIS, tokStart, cur);
                        } else {
                            backup(c);
                        }
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(TokenType.DOT, tokStart, cur);
                }

                if (isDigit(c)) {
                    return number(c, false);
                }

                if (c == '\'' || c == '"') {
                    return string(c);
                }

                if (c == '\\') {
                    Token err = continuationLine();
                    if (err != null) {
                        return err;
                    }
                    continue again;
                }

                int c2 = nextc();
                TokenType two = twoChars(c, c2);
                if (two != null) {
                    int c3 = nextc();
                    TokenType three = threeChars(c, c2, c3);
                    if (three != null) {
                        two = three;
                    } else {
                        backup(c3);
                    }
                    return make(two, tokStart, cur);
                }
                backup(c2);

                switch (c) {
                    case '(', '[', '{' -> {
                        if (level >= MAXLEVEL) {
                            throw syntaxError("too many nested parentheses");
                        }
                        parenstack[level] = (char) c;
                        parenlinenostack[level] = lineno;
                        parencolstack[level] = tokStart - lineStart;
                        level++;
                    }
                    case ')', ']', '}' -> {
                        if (level == 0) {
                            throw syntaxError("unmatched '" + (char) c + "'");
                        }
                        level--;
                        char opening = parenstack[level];
                        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']')
                                || (opening == '{' && c == '}'))) {
                            if (parenlinenostack[level] != lineno) {
                                throw syntaxError("closing parenthesis '" + (char) c
                                        + "' does not match opening parenthesis '" + opening + "' on line "
                                        + parenlinenostack[level]);
                            } else {
                                throw syntaxError("closing parenthesis '" + (char) c
                                        + "' does not match opening parenthesis '" + opening + "'");
                            }
                        }
                    }
                    default -> {
                    }
                }
                if (c < 128 && !isPrintable(c)) {
                    throw syntaxError(String.format("invalid non-printable character U+%04X", c));
                }
                return make(oneChar(c), tokStart, cur);
            }
        }
    }

    /** After a backslash: the newline it escapes, else an error token (LINECONT, or EOF). */
    private Token continuationLine() {
        int c = nextc();
        if (c != '\n') {
            return errorToken(Done.LINECONT);
        }
        c = nextc();
        if (c == EOF) {
            cur = inp;
            scriptEofCol = sawTokenOnLine ? cur - lineStart : 0;
            return errorToken(Done.EOF);
        }
        backup(c);
        return null;
    }

    private void verifyIdentifier() throws PySyntaxError {
        String s = decode(tokStart, cur);
        int invalid = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = i == 0 ? (cp == '_' || isXidStart(cp)) : isXidContinue(cp);
            if (!ok) {
                invalid = i;
                break;
            }
            i += Character.charCount(cp);
        }
        if (invalid < 0) {
            return;
        }
        int cp = s.codePointAt(invalid);
        int after = invalid + Character.charCount(cp);
        if (after < s.length()) {
            cur = tokStart + s.substring(0, after).getBytes(StandardCharsets.UTF_8).length;
        }
        String hex = String.format("%04X", cp);
        if (isPrintable(cp)) {
            throw syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")");
        }
        throw syntaxError("invalid non-printable character U+" + hex);
    }

    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static boolean isXidStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    // ---- numbers -------------------------------------------------------------------------

    /** Reads digits and single underscores; returns the first char after them (or throws). */
    private int decimalTail() throws PySyntaxError {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /** True if {@code test} follows and is not itself followed by an identifier char; consumes nothing. */
    private boolean lookahead(String test) {
        int start = cur;
        int s = 0;
        boolean res;
        for (;;) {
            int c = nextc();
            if (s == test.length()) {
                res = !isPotentialIdentifierChar(c);
            } else if (c == test.charAt(s)) {
                s++;
                continue;
            } else {
                res = false;
            }
            cur = start;
            return res;
        }
    }

    /**
     * CPython 3.11 rejects a literal glued to a following name ({@code 1abc}) but, for now, only
     * warns when the name is one of the keywords that can legally follow a number ({@code 1if}).
     */
    private void verifyEndOfNumber(int c, String kind) throws PySyntaxError {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = nextc();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') {
                r = true;
            }
            backup(c2);
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            // CPython emits a DeprecationWarning here; Skein accepts silently.
            return;
        }
        // Non-ASCII is left to the identifier rules, which give a better message.
        if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private Token number(int c, boolean startsWithDot) throws PySyntaxError {
        if (startsWithDot) {
            return fraction(c);
        }
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        } else {
                            backup(c);
                            throw syntaxError("invalid octal literal");
                        }
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        } else {
                            backup(c);
                            throw syntaxError("invalid binary literal");
                        }
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return fraction(c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero) {
                    backup(c);
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", tokStart + 1 - lineStart, zerosEnd - lineStart);
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                return fraction(c);
            }
            if (c == 'e' || c == 'E') {
                return exponent(c);
            }
            if (c == 'j' || c == 'J') {
                return imaginary();
            }
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return make(TokenType.NUMBER, tokStart, cur);
    }

    /** After the '.' of a float; {@code c} is the first char after the dot. */
    private Token fraction(int c) throws PySyntaxError {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, tokStart, cur);
    }

    private Token exponent(int e) throws PySyntaxError {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return make(TokenType.NUMBER, tokStart, cur);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, tokStart, cur);
    }

    private Token imaginary() throws PySyntaxError {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return make(TokenType.NUMBER, tokStart, cur);
    }

    // ---- strings -------------------------------------------------------------------------

    private Token string(int quote) throws PySyntaxError {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                cur = tokStart + 1;
                lineStart = multiLineStart;
                int start = lineno;
                lineno = firstLineno;
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + start + ")");
                } else {
                    throw syntaxError("unterminated string literal (detected at line " + start + ")");
                }
            }
            if (c == quote) {
                endQuoteSize += 1;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return make(TokenType.STRING, tokStart, cur);
    }

    // ---- operators -----------------------------------------------------------------------

    private static TokenType oneChar(int c) {
        return switch (c) {
            case '%' -> TokenType.PERCENT;
            case '&' -> TokenType.AMPER;
            case '(' -> TokenType.LPAR;
            case ')' -> TokenType.RPAR;
            case '*' -> TokenType.STAR;
            case '+' -> TokenType.PLUS;
            case ',' -> TokenType.COMMA;
            case '-' -> TokenType.MINUS;
            case '.' -> TokenType.DOT;
            case '/' -> TokenType.SLASH;
            case ':' -> TokenType.COLON;
            case ';' -> TokenType.SEMI;
            case '<' -> TokenType.LESS;
            case '=' -> TokenType.EQUAL;
            case '>' -> TokenType.GREATER;
            case '@' -> TokenType.AT;
            case '[' -> TokenType.LSQB;
            case ']' -> TokenType.RSQB;
            case '^' -> TokenType.CIRCUMFLEX;
            case '{' -> TokenType.LBRACE;
            case '|' -> TokenType.VBAR;
            case '}' -> TokenType.RBRACE;
            case '~' -> TokenType.TILDE;
            default -> TokenType.OP;
        };
    }

    private static TokenType twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? TokenType.NOTEQUAL : null;
            case '%' -> c2 == '=' ? TokenType.PERCENTEQUAL : null;
            case '&' -> c2 == '=' ? TokenType.AMPEREQUAL : null;
            case '*' -> c2 == '*' ? TokenType.DOUBLESTAR : c2 == '=' ? TokenType.STAREQUAL : null;
            case '+' -> c2 == '=' ? TokenType.PLUSEQUAL : null;
            case '-' -> c2 == '=' ? TokenType.MINEQUAL : c2 == '>' ? TokenType.RARROW : null;
            case '/' -> c2 == '/' ? TokenType.DOUBLESLASH : c2 == '=' ? TokenType.SLASHEQUAL : null;
            case ':' -> c2 == '=' ? TokenType.COLONEQUAL : null;
            case '<' -> c2 == '<' ? TokenType.LEFTSHIFT : c2 == '=' ? TokenType.LESSEQUAL
                    : c2 == '>' ? TokenType.NOTEQUAL : null;
            case '=' -> c2 == '=' ? TokenType.EQEQUAL : null;
            case '>' -> c2 == '=' ? TokenType.GREATEREQUAL : c2 == '>' ? TokenType.RIGHTSHIFT : null;
            case '@' -> c2 == '=' ? TokenType.ATEQUAL : null;
            case '^' -> c2 == '=' ? TokenType.CIRCUMFLEXEQUAL : null;
            case '|' -> c2 == '=' ? TokenType.VBAREQUAL : null;
            default -> null;
        };
    }

    private static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) {
            return null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenType.DOUBLESTAREQUAL;
        }
        if (c1 == '.' && c2 == '.') {
            return TokenType.ELLIPSIS;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenType.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenType.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenType.RIGHTSHIFTEQUAL;
        }
        return null;
    }
}
