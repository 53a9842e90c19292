package skein.interpreter.parse;

/**
 * One token with CPython pegen's position conventions: line numbers are 1-based, columns are
 * 0-based UTF-8 byte offsets, and INDENT/DEDENT/ENDMARKER/ERRORTOKEN have column -1 (CPython
 * stores no text range for them, which changes where some errors point). {@code level} is the
 * bracket nesting depth after the token, used by the "Perhaps you forgot a comma?" rule.
 */
final class Token {
    final TokenType type;
    /** Source text of NAME/NUMBER/STRING/operator tokens (decoded), null otherwise. */
    final String text;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;
    final int level;
    /** Byte range in the tokenizer buffer (STRING tokens are decoded from it). */
    final int startByte;
    final int endByte;
    /** Memoized rule results starting at this token (a short linked list, as in pegen). */
    Memo memo;

    Token(TokenType type, String text, int lineno, int colOffset, int endLineno, int endColOffset,
          int level, int startByte, int endByte) {
        this.type = type;
        this.text = text;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.level = level;
        this.startByte = startByte;
        this.endByte = endByte;
    }

    static final class Memo {
        final int rule;
        final Object node;
        final int end;
        final Memo next;

        Memo(int rule, Object node, int end, Memo next) {
            this.rule = rule;
            this.node = node;
            this.end = end;
            this.next = next;
        }
    }

    Memo find(int rule) {
        for (Memo m = memo; m != null; m = m.next) {
            if (m.rule == rule) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return type + (text != null ? "(" + text + ")" : "") + "@" + lineno + ":" + colOffset
                + "-" + endLineno + ":" + endColOffset;
    }
}
