package skein.interpreter.builtins;

import skein.interpreter.runtime.Output;

import java.io.PrintStream;
import java.io.Writer;

/**
 * The Java side of {@code sys.stdout}/{@code sys.stderr}: writes through the runtime's
 * {@link Output} streams, looked up on every call (tests and embedders redirect them), so the
 * interpreter's own messages and the program's output share one buffer and one order
 * ({@link Output#stderr()} flushes stdout first). Each write is one {@code print} of a
 * PrintStream, which is synchronized: a line printed by one thread never interleaves with another's.
 */
final class ConsoleWriter extends Writer {
    private final boolean err;

    ConsoleWriter(boolean err) {
        this.err = err;
    }

    private PrintStream stream() {
        return err ? Output.stderr() : Output.stdout();
    }

    @Override
    public void write(String s) {
        stream().print(s);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        stream().print(new String(buf, off, len));
    }

    @Override
    public void flush() {
        stream().flush();
    }

    @Override
    public void close() {
        flush();
    }
}
