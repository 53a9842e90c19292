package skein.interpreter.parse;

/**
 * A Python {@code SyntaxError} (or {@code IndentationError} / {@code TabError}) raised by the
 * front end, carrying exactly the attributes CPython 3.11 gives the exception so that the
 * interpreter can build the Python-level object from it and print it the way CPython does.
 *
 * <p>{@code offset} and {@code endOffset} are 1-based <em>character</em> (code point) columns, as in
 * Python's {@code SyntaxError}; 0 or -1 mean "unknown" exactly where CPython uses those values.
 * {@code text} is the offending source line as CPython's {@code compile()} reports it (sometimes
 * with, sometimes without its trailing newline, mirroring CPython) or null.
 *
 * <p>CPython reports some errors differently when the source came from a script file rather than
 * a string: offsets computed by the parser stay UTF-8 byte columns (no conversion to characters),
 * errors at end of file point at column 0, and the text is the file's line. Those variants are kept
 * as {@link #scriptOffset()}, {@link #scriptEndOffset()} and {@link #scriptText()}, and
 * {@link #format()} uses them, because it reproduces what {@code python3 script.py} prints.
 */
public final class PySyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;
    private final int scriptOffset;
    private final int scriptEndOffset;
    private final String scriptText;

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        this(kind, msg, filename, lineno, offset, endLineno, endOffset, text, offset, endOffset, text);
    }

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text, int scriptOffset, int scriptEndOffset,
                         String scriptText) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.scriptOffset = scriptOffset;
        this.scriptEndOffset = scriptEndOffset;
        this.scriptText = scriptText;
    }

    /** "SyntaxError", "IndentationError" or "TabError". */
    public String kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    /** {@link #offset()} as CPython reports it for a script file (UTF-8 byte based). */
    public int scriptOffset() {
        return scriptOffset;
    }

    /** {@link #endOffset()} as CPython reports it for a script file (UTF-8 byte based). */
    public int scriptEndOffset() {
        return scriptEndOffset;
    }

    /** {@link #text()} as CPython reports it for a script file: the file's line. */
    public String scriptText() {
        return scriptText;
    }

    /**
     * What CPython 3.11 prints on stderr when this error is uncaught in a script (its C
     * {@code print_exception}/{@code print_error_text}): file and line, the stripped source line,
     * a caret line, and {@code Kind: msg}. Ends with a newline.
     */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(filename == null ? "<string>" : filename).append("\", line ")
                .append(lineno).append('\n');
        String text = scriptText;
        if (text != null) {
            // Only a plain SyntaxError uses its end position; subclasses always get one caret.
            int off = scriptOffset;
            int endLn = "SyntaxError".equals(kind) ? endLineno : lineno;
            int endOff = "SyntaxError".equals(kind) ? scriptEndOffset : -1;
            int lineSize = utf8Length(text);
            if (endLn > lineno) {
                endOff = lineSize;
            }
            if (endOff > lineSize + 1) {
                endOff = lineSize + 1;
            }
            printErrorText(b, off, endOff, text);
        }
        b.append(kind).append(": ").append(msg).append('\n');
        return b.toString();
    }

    private static void printErrorText(StringBuilder b, int offset, int endOffset, String text) {
        int caretRepetitions = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
                || text.charAt(start) == '\f')) {
            start++;
            offset--;
        }
        String t = text.substring(start);
        int len = t.length();
        if (len > 0 && t.charAt(len - 1) == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        for (;;) {
            int nl = t.indexOf('\n');
            if (nl < 0 || nl >= offset) {
                break;
            }
            int inl = nl + 1;
            t = t.substring(inl);
            len -= inl;
            offset -= inl;
        }
        b.append("    ").append(t);
        if (len >= t.length() || t.charAt(len) != '\n') {
            b.append('\n');
        }
        if (offset < 0) {
            return;
        }
        b.append("    ");
        while (--offset >= 0) {
            b.append(' ');
        }
        b.append("^".repeat(caretRepetitions)).append('\n');
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ", offset " + offset + ")";
    }
}
