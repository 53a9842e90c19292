package skein.interpreter.str;

/**
 * The one exception the str library throws: a Python exception to be raised by the interpreter,
 * given as its type name ({@code ValueError}, {@code TypeError}, {@code IndexError},
 * {@code LookupError}, {@code UnicodeEncodeError}, {@code UnicodeDecodeError},
 * {@code OverflowError}) and CPython 3.11's exact message.
 *
 * <p>The library cannot construct Python exception objects (it is independent of the object
 * model), so it hands the interpreter what it needs. For the two Unicode errors it also carries
 * the attributes of the Python exception ({@link #unicodeDetails()}), since Python code reads
 * {@code e.start}, {@code e.end}, {@code e.reason} and {@code e.object}; the message is then the
 * one CPython's {@code __str__} produces for those attributes.
 *
 * <p>No stack trace is filled in: these are expected, frequent control flow for Python programs
 * ({@code s.index(x)} in a try block), not Java bugs.
 */
public final class StrError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final transient UnicodeDetails unicodeDetails;

    /**
     * The attributes of a {@code UnicodeEncodeError} ({@code object} is the String) or a
     * {@code UnicodeDecodeError} ({@code object} is the byte[]). {@code start}/{@code end} are
     * code point indexes (encode) or byte offsets (decode), end exclusive, as in Python.
     */
    public record UnicodeDetails(String encoding, Object object, int start, int end, String reason) {}

    public StrError(String pythonType, String message) {
        this(pythonType, message, null);
    }

    private StrError(String pythonType, String message, UnicodeDetails details) {
        super(message, null, false, false);
        this.pythonType = pythonType;
        this.unicodeDetails = details;
    }

    /** The Python exception type name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    /** The Unicode error attributes, or null for other exception types. */
    public UnicodeDetails unicodeDetails() {
        return unicodeDetails;
    }

    static StrError valueError(String message) {
        return new StrError("ValueError", message);
    }

    static StrError typeError(String message) {
        return new StrError("TypeError", message);
    }

    /** CPython's {@code UnicodeEncodeError.__str__} for the given attributes. */
    static StrError encodeError(String encoding, String object, int start, int end, String reason) {
        String msg;
        if (end == start + 1) {
            int cp = object.codePointAt(object.offsetByCodePoints(0, start));
            String esc;
            if (cp <= 0xFF) esc = String.format("\\x%02x", cp);
            else if (cp <= 0xFFFF) esc = String.format("\\u%04x", cp);
            else esc = String.format("\\U%08x", cp);
            msg = "'" + encoding + "' codec can't encode character '" + esc + "' in position " + start + ": " + reason;
        } else {
            msg = "'" + encoding + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + reason;
        }
        return new StrError("UnicodeEncodeError", msg, new UnicodeDetails(encoding, object, start, end, reason));
    }

    /** CPython's {@code UnicodeDecodeError.__str__} for the given attributes. */
    static StrError decodeError(String encoding, byte[] object, int start, int end, String reason) {
        String msg;
        if (end == start + 1) {
            msg = String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, object[start] & 0xFF, start, reason);
        } else {
            msg = "'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        return new StrError("UnicodeDecodeError", msg, new UnicodeDetails(encoding, object, start, end, reason));
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
