package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A text file object ({@code _io.TextIOWrapper}): what {@code open()} returns for text modes
 * and what {@code sys.stdin}/{@code sys.stdout}/{@code sys.stderr} are.
 *
 * <p>Reading goes through a {@link TextSource} (a file's whole decoded text, or a console
 * stream read as needed); writing through a Java {@link Writer} that buffers UTF-8. Counts
 * ({@code read(n)}, the result of {@code write}) are in code points, as Python's.
 *
 * <p>The console streams write through {@link ConsoleWriter} (the runtime's {@code Output},
 * which keeps stdout and stderr in program order). Each operation holds the file's own lock
 * and runs no Python code inside it.
 */
public final class PyTextFile extends PyObj implements skein.interpreter.objects.Weakrefable {
    /** Weak references to this object (skein.interpreter.objects.WeakRefs), newest first; null when none. */
    private volatile skein.interpreter.objects.PyWeakReference weakrefs;

    @Override
    public skein.interpreter.objects.PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(skein.interpreter.objects.PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        skein.interpreter.objects.WeakRefs.clearOnDeath(this, ts);
    }

    public static final PyType TYPE = Types.builtin("TextIOWrapper", Types.OBJECT);

    /** {@code io.UnsupportedOperation} (an OSError; CPython's is also a ValueError). */
    public static final PyType UNSUPPORTED_OPERATION = Types.builtin("UnsupportedOperation", Exceptions.OS_ERROR);

    static {
        TYPE.setQualname("_io.TextIOWrapper");
        UNSUPPORTED_OPERATION.setQualname("io.UnsupportedOperation");
    }

    private final String name;
    private final String mode;
    private final String encoding;
    private final ReentrantLock lock = new ReentrantLock();
    private TextSource source;
    private Writer writer;
    private boolean closed;
    /** Whether close() closes the Java stream (not for the process's standard streams). */
    private final boolean closeUnderlying;

    private PyTextFile(ThreadState ts, String name, String mode, String encoding, TextSource source, Writer writer,
                       boolean closeUnderlying) {
        super(ts);
        this.name = name;
        this.mode = mode;
        this.encoding = encoding;
        this.source = source;
        this.writer = writer;
        this.closeUnderlying = closeUnderlying;
    }

    /** A file opened for reading; {@code source} supplies its decoded text. */
    static PyTextFile forReading(ThreadState ts, String name, String mode, String encoding, TextSource source) {
        return new PyTextFile(ts, name, mode, encoding, source, null, true);
    }

    /** A file opened for writing or appending. */
    static PyTextFile forWriting(ThreadState ts, String name, String mode, String encoding, Writer writer) {
        return new PyTextFile(ts, name, mode, encoding, null, writer, true);
    }

    /** An immortal console stream over a process stream ({@code <stdout>} and friends). */
    static PyTextFile console(ThreadState ts, String name, Reader in, Writer out) {
        PyTextFile f = new PyTextFile(ts, name, in != null ? "r" : "w", "utf-8",
                in != null ? new TextSource.Streaming(in) : null, out, false);
        f.makeImmortal(ts);
        return f;
    }

    /** Replaces the reader under a console input stream (tests and embedders feed stdin this way). */
    void redirect(Reader in) {
        lock.lock();
        try {
            source = new TextSource.Streaming(in);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isClosed() {
        return closed;
    }

    // ---- writing ----

    /** {@code f.write(s)}: the number of code points written. */
    public long write(PyThreadState ts, String s) {
        lock.lock();
        try {
            checkOpen(ts);
            if (writer == null) throw unsupported(ts, "not writable");
            writer.write(s);
        } catch (IOException e) {
            throw ioError(ts, e);
        } finally {
            lock.unlock();
        }
        return s.codePointCount(0, s.length());
    }

    public void flush(PyThreadState ts) {
        lock.lock();
        try {
            checkOpen(ts);
            if (writer != null) writer.flush();
        } catch (IOException e) {
            throw ioError(ts, e);
        } finally {
            lock.unlock();
        }
    }

    /** Flushes without Python errors. */
    public void flushQuietly() {
        lock.lock();
        try {
            if (writer != null && !closed) writer.flush();
        } catch (IOException ignored) {
            // the process's stream is gone (a closed pipe); nothing useful to report
        } finally {
            lock.unlock();
        }
    }

    public void close(PyThreadState ts) {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            if (writer != null) {
                if (closeUnderlying) writer.close();
                else writer.flush();
            }
            if (source != null && closeUnderlying) source.close();
        } catch (IOException e) {
            throw ioError(ts, e);
        } finally {
            lock.unlock();
        }
    }

    // ---- reading ----

    /** {@code f.read(n)}: n code points, or everything left when n is negative. */
    public String read(PyThreadState ts, long n) {
        lock.lock();
        try {
            return readable(ts).read(n);
        } catch (IOException e) {
            throw ioError(ts, e);
        } finally {
            lock.unlock();
        }
    }

    /** {@code f.readline(limit)}: up to and including the next newline; "" at the end. */
    public String readline(PyThreadState ts, long limit) {
        lock.lock();
        try {
            return readable(ts).readline(limit);
        } catch (IOException e) {
            throw ioError(ts, e);
        } finally {
            lock.unlock();
        }
    }

    private TextSource readable(PyThreadState ts) throws IOException {
        checkOpen(ts);
        if (source == null) throw unsupported(ts, "not readable");
        return source;
    }

    private void checkOpen(PyThreadState ts) {
        if (closed) throw Exceptions.valueError(ts, "I/O operation on closed file.");
    }

    private static PyException unsupported(PyThreadState ts, String what) {
        return Exceptions.of(ts, UNSUPPORTED_OPERATION, what);
    }

    private PyException ioError(PyThreadState ts, IOException e) {
        if (e instanceof TextSource.DecodeError d) {
            return Exceptions.of(ts, Exceptions.UNICODE_DECODE_ERROR, d.getMessage());
        }
        return Exceptions.of(ts, Exceptions.OS_ERROR, String.valueOf(e.getMessage()));
    }

    // ---- slots ----

    @Override
    public PyObj iter(PyThreadState ts) {
        checkOpen(ts);
        RefCount.incref(this, ts);
        return this;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        String line = readline(ts, -1);
        return line.isEmpty() ? null : new PyStr(ts, line);
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, "<_io.TextIOWrapper name=" + ModuleSupport.quote(name) + " mode='" + mode
                + "' encoding='" + encoding + "'>");
    }

    String name() { return name; }
    String mode() { return mode; }
    String encoding() { return encoding; }
    boolean canRead() { return source != null; }
    boolean canWrite() { return writer != null; }

    @Override
    protected void clearReferences(ThreadState ts) {
        // a file dropped without close() is closed here, as CPython's finaliser does
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                if (writer != null) {
                    if (closeUnderlying) writer.close();
                    else writer.flush();
                }
                if (source != null && closeUnderlying) source.close();
            }
        } catch (IOException ignored) {
            // nothing can be raised from a deallocation
        } finally {
            lock.unlock();
        }
    }
}
