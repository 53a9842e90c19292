package skein.interpreter.parse;

import skein.interpreter.ast.Mod;

/**
 * Skein's Python 3.11 parser: source text in, {@code ast}-equivalent tree or a CPython-exact
 * {@link PySyntaxError} out.
 *
 * <p>Instances are single-use and not thread-safe; the static entry points create one per call, so
 * they may be used from any number of threads at once.
 *
 * <p>Recursive descent needs stack in proportion to nesting. Sources nested as deeply as CPython
 * allows (200 brackets, 100 indents, a few thousand chained operators) fit easily in a default
 * thread stack once the JIT has compiled the parser, but not always in a 512 KiB stack while it is
 * still interpreted. So a parse that exhausts the caller's stack is simply run again on a helper
 * thread with a {@value #DEEP_STACK_BYTES}-byte stack; the result is the same either way, and the
 * nesting limits turn anything deeper into a SyntaxError, never a StackOverflowError.
 */
public final class Parser extends CompoundRules {
    static final long DEEP_STACK_BYTES = 256L << 20;

    @FunctionalInterface
    private interface Task<T> {
        T run() throws PySyntaxError;
    }

    Parser(Tokenizer tz, String filename, boolean fstringMode) {
        super(tz, filename, fstringMode);
    }

    private static Parser forSource(String source, String filename) throws PySyntaxError {
        int nul = source.indexOf('\0');
        if (nul >= 0) {
            // As CPython reports it for a script file (compile() of a str says
            // "source code string cannot contain null bytes" without a position).
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < nul; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String text = source.substring(lineStart, nul);
            throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, line, 0,
                    line, 0, text);
        }
        return new Parser(new Tokenizer(Tokenizer.prepare(source), filename, 0), filename, false);
    }

    /**
     * Parses a module ({@code compile(source, filename, 'exec')}). {@code filename} is only used in
     * error reports.
     */
    public static Mod.Module parseModule(String source, String filename) throws PySyntaxError {
        return withEnoughStack(() -> {
            Parser p = forSource(source, filename);
            return p.run(p::fileRule);
        });
    }

    /** Parses a single expression ({@code compile(source, filename, 'eval')}). */
    public static Mod.Expression parseExpression(String source, String filename) throws PySyntaxError {
        return withEnoughStack(() -> {
            Parser p = forSource(source, filename);
            return p.run(p::evalRule);
        });
    }

    private static <T> T withEnoughStack(Task<T> task) throws PySyntaxError {
        try {
            return task.run();
        } catch (StackExhausted e) {
            // fall through: retry with a big stack
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = task.run();
            } catch (Throwable x) {
                failure[0] = x;
            }
        }, "skein-parser-deep", DEEP_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException ie) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable f = failure[0];
        if (f == null) {
            @SuppressWarnings("unchecked")
            T r = (T) result[0];
            return r;
        }
        if (f instanceof PySyntaxError e) {
            throw e;
        }
        if (f instanceof StackExhausted e) {
            throw e.error;
        }
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(f);
    }
}
