package skein.interpreter.runtime;

import java.io.PrintStream;

/**
 * The process's standard streams as the interpreter writes them: buffered, UTF-8, and flushed
 * in the order a terminal shows them (stdout before anything goes to stderr).
 * The builtins layer's sys.stdout/sys.stderr objects write through here.
 */
public final class Output {
    private Output() {}

    private static final PrintStream OUT = new PrintStream(new java.io.BufferedOutputStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false, java.nio.charset.StandardCharsets.UTF_8);
    private static final PrintStream ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            java.nio.charset.StandardCharsets.UTF_8);

    private static volatile PrintStream out = OUT;
    private static volatile PrintStream err = ERR;

    public static PrintStream stdout() { return out; }

    public static PrintStream stderr() {
        out.flush();
        return err;
    }

    public static void flushStdout() {
        out.flush();
    }

    public static void flushAll() {
        out.flush();
        err.flush();
    }

    /** Redirects both streams (tests capture a program's output this way). */
    public static void redirect(PrintStream newOut, PrintStream newErr) {
        out = newOut;
        err = newErr;
    }

    public static void reset() {
        out = OUT;
        err = ERR;
    }
}
