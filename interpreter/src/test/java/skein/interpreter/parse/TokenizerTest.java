package skein.interpreter.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tokenizer on its own: token kinds, texts and CPython's (byte) positions. */
class TokenizerTest {

    /** "TYPE" or "TYPE(text)" for each token, up to and including ENDMARKER or ERRORTOKEN. */
    static List<String> kinds(String src) throws PySyntaxError {
        Tokenizer tz = new Tokenizer(Tokenizer.prepare(src), "<t>", 0);
        List<String> out = new ArrayList<>();
        for (;;) {
            Token t = tz.next();
            boolean showText = t.type == TokenType.NAME || t.type == TokenType.NUMBER || t.type == TokenType.STRING
                    || t.type == TokenType.OP;
            out.add(showText ? t.type + "(" + t.text + ")" : t.type.toString());
            if (t.type == TokenType.ENDMARKER || t.type == TokenType.ERRORTOKEN) {
                return out;
            }
        }
    }

    static List<Token> tokens(String src) throws PySyntaxError {
        Tokenizer tz = new Tokenizer(Tokenizer.prepare(src), "<t>", 0);
        List<Token> out = new ArrayList<>();
        for (;;) {
            Token t = tz.next();
            out.add(t);
            if (t.type == TokenType.ENDMARKER || t.type == TokenType.ERRORTOKEN) {
                return out;
            }
        }
    }

    static Tokenizer.Done doneAfter(String src) throws PySyntaxError {
        Tokenizer tz = new Tokenizer(Tokenizer.prepare(src), "<t>", 0);
        for (;;) {
            Token t = tz.next();
            if (t.type == TokenType.ENDMARKER || t.type == TokenType.ERRORTOKEN) {
                return t.type == TokenType.ENDMARKER ? Tokenizer.Done.OK : tz.done;
            }
        }
    }

    @Test
    void indentAndDedent() throws PySyntaxError {
        assertEquals(List.of("NAME(if)", "NAME(x)", "COLON", "NEWLINE", "INDENT", "NAME(a)", "NEWLINE",
                "NAME(if)", "NAME(y)", "COLON", "NEWLINE", "INDENT", "NAME(b)", "NEWLINE", "DEDENT", "DEDENT",
                "NAME(c)", "NEWLINE", "ENDMARKER"),
                kinds("if x:\n    a\n    if y:\n        b\nc\n"));
    }

    @Test
    void dedentsAtEndOfFile() throws PySyntaxError {
        assertEquals(List.of("NAME(if)", "NAME(x)", "COLON", "NEWLINE", "INDENT", "NAME(if)", "NAME(y)", "COLON",
                "NEWLINE", "INDENT", "NAME(z)", "NEWLINE", "DEDENT", "DEDENT", "ENDMARKER"),
                kinds("if x:\n  if y:\n    z"));
    }

    @Test
    void blankLinesAndCommentsAreInvisible() throws PySyntaxError {
        assertEquals(List.of("NAME(a)", "NEWLINE", "NAME(b)", "NEWLINE", "ENDMARKER"),
                kinds("\n# c\n   \na  # x\n\n      # indented comment\nb\n"));
    }

    @Test
    void tabsAdvanceToMultiplesOfEight() throws PySyntaxError {
        // one tab and eight spaces are the same column, but the alternate check (tab = 1) differs
        assertEquals(Tokenizer.Done.TABSPACE, doneAfter("if x:\n\ta\n        b\n"));
        assertEquals(List.of("NAME(if)", "NAME(x)", "COLON", "NEWLINE", "INDENT", "NAME(a)", "NEWLINE", "NAME(b)",
                "NEWLINE", "DEDENT", "ENDMARKER"), kinds("if x:\n\ta\n\tb\n"));
    }

    @Test
    void inconsistentDedentIsReportedLater() throws PySyntaxError {
        assertEquals(Tokenizer.Done.DEDENT, doneAfter("if x:\n    a\n  b\n"));
    }

    @Test
    void indentationLimitIsCPythons() throws PySyntaxError {
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            ok.append(" ".repeat(i)).append("if 1:\n");
        }
        assertEquals(Tokenizer.Done.OK, doneAfter(ok + " ".repeat(99) + "pass\n"));
        StringBuilder deep = new StringBuilder(ok).append(" ".repeat(99)).append("if 1:\n");
        assertEquals(Tokenizer.Done.TOODEEP, doneAfter(deep + " ".repeat(100) + "pass\n"));
    }

    @Test
    void bracketsJoinLines() throws PySyntaxError {
        assertEquals(List.of("NAME(x)", "EQUAL", "LSQB", "NUMBER(1)", "COMMA", "NUMBER(2)", "RSQB", "NEWLINE",
                "ENDMARKER"), kinds("x = [\n  1,\n      2\n]\n"));
    }

    @Test
    void backslashJoinsLines() throws PySyntaxError {
        assertEquals(List.of("NAME(x)", "EQUAL", "NUMBER(1)", "PLUS", "NUMBER(2)", "NEWLINE", "ENDMARKER"),
                kinds("x = 1 + \\\n        2\n"));
        assertEquals(Tokenizer.Done.LINECONT, doneAfter("x = 1 \\ 2\n"));
        assertEquals(Tokenizer.Done.EOF, doneAfter("x = \\"));
    }

    @Test
    void backslashInIndentationContinuesTheLine() throws PySyntaxError {
        // the first backslash's column is the indentation of what follows it
        assertEquals(List.of("NAME(pass)", "NEWLINE", "ENDMARKER"), kinds("\\\npass\n"));
        assertEquals(List.of("NAME(if)", "NAME(x)", "COLON", "NEWLINE", "INDENT", "NAME(y)", "NEWLINE", "DEDENT",
                "ENDMARKER"), kinds("if x:\n    \\\n  y\n"));
        assertEquals(Tokenizer.Done.DEDENT, doneAfter("if x:\n    y\n  \\\n    z\n"));
    }

    @Test
    void asciiControlCharactersAreErrors() {
        assertEquals("invalid non-printable character U+0017", err("print\u0017()"));
        assertEquals("invalid non-printable character U+000B", err("x = 1 \u000b+ 2"));
    }

    @Test
    void operatorsAndDelimiters() throws PySyntaxError {
        String ops = ":= -> **= //= @ @= ... ** // << >> <<= >>= == != <= >= += -= *= /= %= &= |= ^= < > = . , ; ~";
        List<String> k = kinds(ops);
        assertEquals(List.of("COLONEQUAL", "RARROW", "DOUBLESTAREQUAL", "DOUBLESLASHEQUAL", "AT", "ATEQUAL",
                "ELLIPSIS", "DOUBLESTAR", "DOUBLESLASH", "LEFTSHIFT", "RIGHTSHIFT", "LEFTSHIFTEQUAL",
                "RIGHTSHIFTEQUAL", "EQEQUAL", "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "PLUSEQUAL", "MINEQUAL",
                "STAREQUAL", "SLASHEQUAL", "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL", "LESS",
                "GREATER", "EQUAL", "DOT", "COMMA", "SEMI", "TILDE", "NEWLINE", "ENDMARKER"), k);
        // '<>' is NOTEQUAL to the tokenizer (the parser then rejects it); '..' is two DOTs
        assertEquals(List.of("NUMBER(1)", "NOTEQUAL", "NUMBER(2)", "NEWLINE", "ENDMARKER"), kinds("1 <> 2"));
        assertEquals(List.of("DOT", "DOT", "NEWLINE", "ENDMARKER"), kinds(".."));
        // characters that start no token come back as OP, as in CPython
        assertEquals(List.of("OP($)", "OP(?)", "OP(!)", "NEWLINE", "ENDMARKER"), kinds("$ ? !"));
    }

    @Test
    void numbers() throws PySyntaxError {
        assertEquals(List.of("NUMBER(0)", "NUMBER(00)", "NUMBER(1_000)", "NUMBER(0xFF_ff)", "NUMBER(0o17)",
                "NUMBER(0b1_0)", "NUMBER(1.5)", "NUMBER(.5)", "NUMBER(5.)", "NUMBER(1e10)", "NUMBER(1E-5)",
                "NUMBER(1_0.0_1e+1_0)", "NUMBER(3j)", "NUMBER(1.5J)", "NUMBER(0j)", "NUMBER(09.5)",
                "NEWLINE", "ENDMARKER"),
                kinds("0 00 1_000 0xFF_ff 0o17 0b1_0 1.5 .5 5. 1e10 1E-5 1_0.0_1e+1_0 3j 1.5J 0j 09.5"));
        // a number may be directly followed by a keyword that can follow it
        assertEquals(List.of("NUMBER(1)", "NAME(if)", "NAME(x)", "NAME(else)", "NUMBER(0x1f)", "NAME(or)",
                "NUMBER(2)", "NEWLINE", "ENDMARKER"), kinds("1if x else 0x1for 2"));
        // an exponent marker without digits is only allowed before 'else'
        assertEquals(List.of("NUMBER(1.)", "NAME(else)", "NEWLINE", "ENDMARKER"), kinds("1.else"));
    }

    @Test
    void numberErrors() {
        assertEquals("invalid decimal literal", err("1_"));
        assertEquals("invalid decimal literal", err("1__0"));
        assertEquals("invalid decimal literal", err("1abc"));
        assertEquals("invalid hexadecimal literal", err("0xg"));
        assertEquals("invalid octal literal", err("0o"));
        assertEquals("invalid digit '8' in octal literal", err("0o18"));
        assertEquals("invalid binary literal", err("0b"));
        assertEquals("invalid digit '2' in binary literal", err("0b12"));
        assertEquals("invalid imaginary literal", err("1jx"));
        assertEquals("invalid decimal literal", err("1.e"));
        assertEquals("leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers", err("012"));
    }

    static String err(String src) {
        return assertThrows(PySyntaxError.class, () -> kinds(src)).msg();
    }

    @Test
    void stringsKeepPrefixesAndQuotes() throws PySyntaxError {
        assertEquals(List.of("STRING('a')", "STRING(\"b\")", "STRING(r'\\d')", "STRING(b'x')", "STRING(Rb'y')",
                "STRING(f'{x}')", "STRING(rF'{x}')", "STRING(u'z')", "STRING('''t\n''')", "STRING('\\'')",
                "NEWLINE", "ENDMARKER"),
                kinds("'a' \"b\" r'\\d' b'x' Rb'y' f'{x}' rF'{x}' u'z' '''t\n''' '\\''"));
        // not a string prefix: a name followed by a string
        assertEquals(List.of("NAME(ub)", "STRING('x')", "NEWLINE", "ENDMARKER"), kinds("ub'x'"));
    }

    @Test
    void multiLineStringPositions() throws PySyntaxError {
        List<Token> t = tokens("x = '''a\nbc\nd''' + 1\n");
        Token s = t.get(2);
        assertEquals(TokenType.STRING, s.type);
        assertEquals(1, s.lineno);
        assertEquals(4, s.colOffset);
        assertEquals(3, s.endLineno);
        assertEquals(4, s.endColOffset);
        assertEquals(3, t.get(3).lineno); // the '+'
    }

    @Test
    void fStringsAreSingleTokens() throws PySyntaxError {
        assertEquals(List.of("STRING(f\"{a!r:{b}} {{c}}\")", "NEWLINE", "ENDMARKER"),
                kinds("f\"{a!r:{b}} {{c}}\""));
    }

    @Test
    void stringErrors() {
        assertEquals("unterminated string literal (detected at line 1)", err("'abc"));
        assertEquals("unterminated triple-quoted string literal (detected at line 3)", err("'''a\nb\nc"));
    }

    @Test
    void columnsAreUtf8Bytes() throws PySyntaxError {
        List<Token> t = tokens("é = 'ü'  + x\n");
        assertEquals(0, t.get(0).colOffset);
        assertEquals(2, t.get(0).endColOffset);
        assertEquals(3, t.get(1).colOffset); // '='
        assertEquals(5, t.get(2).colOffset); // the string
        assertEquals(9, t.get(2).endColOffset);
        assertEquals(11, t.get(3).colOffset); // '+'
    }

    @Test
    void unicodeIdentifiers() throws PySyntaxError {
        assertEquals(List.of("NAME(café)", "NAME(λ)", "NAME(_ñ1)", "NEWLINE", "ENDMARKER"), kinds("café λ _ñ1"));
        assertEquals("invalid character '€' (U+20AC)", err("a€b"));
        assertEquals("invalid non-printable character U+200B", err("x\u200b"));
    }

    @Test
    void bracketErrors() {
        assertEquals("unmatched ')'", err("x)"));
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", err("(]"));
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", err("(\n]"));
        assertEquals("too many nested parentheses", err("(".repeat(201)));
    }

    @Test
    void asyncAndAwaitAreTheirOwnTokens() throws PySyntaxError {
        assertEquals(List.of("ASYNC", "NAME(def)", "NAME(f)", "LPAR", "RPAR", "COLON", "AWAIT", "NAME(x)",
                "NEWLINE", "ENDMARKER"), kinds("async def f(): await x"));
    }

    @Test
    void newlineFlavoursAreNormalised() throws PySyntaxError {
        assertEquals(kinds("a\nb\n"), kinds("a\r\nb\r\n"));
        assertEquals(kinds("a\nb\n"), kinds("a\rb"));
        assertEquals(kinds("a\n"), kinds("\uFEFFa"));
    }

    @Test
    void bracketLevelIsRecorded() throws PySyntaxError {
        List<Token> t = tokens("(a, [b])");
        assertEquals(1, t.get(0).level);
        assertEquals(1, t.get(1).level);
        assertEquals(2, t.get(3).level);
        assertEquals(1, t.get(5).level);
        assertEquals(0, t.get(6).level);
    }
}
