package skein.interpreter.compile;

/**
 * The flag bits and scope numbers of a symbol-table entry, with CPython 3.11's values
 * ({@code Include/internal/pycore_symtable.h}), so that a table can be compared directly with
 * what Python's {@code symtable} module reports (its {@code _flags} and {@code _scope}).
 */
public final class Symbol {
    private Symbol() {}

    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    /** Any binding in the scope itself. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Resolved scopes (0 means "not resolved": a class-body name looked up by name). */
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    public static String scopeName(int scope) {
        return switch (scope) {
            case LOCAL -> "LOCAL";
            case GLOBAL_EXPLICIT -> "GLOBAL_EXPLICIT";
            case GLOBAL_IMPLICIT -> "GLOBAL_IMPLICIT";
            case FREE -> "FREE";
            case CELL -> "CELL";
            default -> "NONE";
        };
    }
}
