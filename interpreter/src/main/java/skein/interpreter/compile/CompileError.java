package skein.interpreter.compile;

import skein.interpreter.ast.Located;
import skein.interpreter.parse.PySyntaxError;

/**
 * Builds the {@link PySyntaxError}s of the compile-time checks the way CPython 3.11's compiler and
 * symtable do ({@code compiler_error}, {@code PyErr_RangedSyntaxLocationObject}): the offsets are the
 * node's UTF-8 byte columns plus one (no conversion to characters), and the text is the source
 * line only when the source came from a file ({@code compile()} of a string reports None).
 */
final class CompileError {
    private CompileError() {}

    /** Thrown inside the compiler, unwrapped by {@link Compiler}. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PySyntaxError error;

        Failure(PySyntaxError error) {
            super(error.msg(), null, false, false);
            this.error = error;
        }
    }

    static Failure at(String msg, String filename, String source, int lineno, int col, int endLineno, int endCol) {
        String line = lineOf(source, lineno);
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, filename, lineno, col + 1, endLineno, endCol + 1,
                null, col + 1, endCol + 1, line);
        return new Failure(e);
    }

    static Failure at(String msg, String filename, String source, Located n) {
        return at(msg, filename, source, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
    }

    private static String lineOf(String source, int lineno) {
        if (source == null || lineno < 1) return null;
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) + "\n" : source.substring(start, end + 1);
    }
}
