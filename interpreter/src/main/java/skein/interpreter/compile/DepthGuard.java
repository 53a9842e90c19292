package skein.interpreter.compile;

/**
 * Keeps the recursive passes (symbol table, folding, code generation) off the edge of the Java
 * stack. The parser accepts nesting up to 3000 levels, which a recursive walk cannot take on a
 * small (512 KiB) thread stack. Rather than limiting the language, a compile that goes deeper
 * than {@link #SHALLOW_LIMIT} on an ordinary thread is abandoned with {@link TooDeep} and
 * {@link Compiler} redoes it on a thread of its own with a large stack, where the limit is
 * {@link #DEEP_LIMIT} (far beyond anything the parser produces).
 */
final class DepthGuard {
    static final int SHALLOW_LIMIT = 150;
    static final int DEEP_LIMIT = 200_000;

    /** Thrown when the walk must be redone on a big stack. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super("compile nesting too deep for this thread", null, false, false);
        }
    }

    private final int limit;
    private int depth;

    DepthGuard(boolean bigStack) {
        this.limit = bigStack ? DEEP_LIMIT : SHALLOW_LIMIT;
    }

    void enter() {
        if (++depth > limit) {
            depth = 0;
            throw new TooDeep();
        }
    }

    void exit() {
        depth--;
    }
}
