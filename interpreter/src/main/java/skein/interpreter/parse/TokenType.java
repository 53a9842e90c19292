package skein.interpreter.parse;

/**
 * Token kinds as the parser sees them: CPython's token types, plus one kind per hard keyword
 * (CPython's pegen also turns keyword NAMEs into distinct token types before parsing).
 * {@code OP} is what CPython's tokenizer returns for a character that starts no token
 * (such as {@code $} or a lone {@code !}); no grammar rule accepts it.
 */
enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
    SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="),
    OP, AWAIT, ASYNC, ERRORTOKEN,
    // hard keywords (async/await arrive as ASYNC/AWAIT from the tokenizer)
    KW_FALSE("False"), KW_NONE("None"), KW_TRUE("True"), KW_AND("and"), KW_AS("as"),
    KW_ASSERT("assert"), KW_BREAK("break"), KW_CLASS("class"), KW_CONTINUE("continue"),
    KW_DEF("def"), KW_DEL("del"), KW_ELIF("elif"), KW_ELSE("else"), KW_EXCEPT("except"),
    KW_FINALLY("finally"), KW_FOR("for"), KW_FROM("from"), KW_GLOBAL("global"), KW_IF("if"),
    KW_IMPORT("import"), KW_IN("in"), KW_IS("is"), KW_LAMBDA("lambda"), KW_NONLOCAL("nonlocal"),
    KW_NOT("not"), KW_OR("or"), KW_PASS("pass"), KW_RAISE("raise"), KW_RETURN("return"),
    KW_TRY("try"), KW_WHILE("while"), KW_WITH("with"), KW_YIELD("yield");

    final String text;

    TokenType() {
        this(null);
    }

    TokenType(String text) {
        this.text = text;
    }

    boolean isKeyword() {
        return ordinal() >= KW_FALSE.ordinal();
    }

    private static final java.util.Map<String, TokenType> KEYWORDS = new java.util.HashMap<>();

    static {
        for (TokenType t : values()) {
            if (t.isKeyword()) {
                KEYWORDS.put(t.text, t);
            }
        }
    }

    /** The keyword type for an identifier, or null if it is an ordinary name. */
    static TokenType keyword(String name) {
        return KEYWORDS.get(name);
    }
}
