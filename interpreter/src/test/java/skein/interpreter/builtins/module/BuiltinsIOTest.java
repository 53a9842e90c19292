package skein.interpreter.builtins.module;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skein.gc.RefCount;
import skein.interpreter.builtins.SysModule;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static skein.interpreter.builtins.module.Py.*;

/**
 * print/input through sys.stdout/sys.stdin (captured with {@link SysModule#redirect}), and
 * open() on files in a temporary directory. Expected values are CPython 3.11's (run with
 * {@code -X utf8}).
 */
class BuiltinsIOTest {
    private ByteArrayOutputStream out, err;

    @BeforeEach
    void capture() {
        assertNotNull(TS); // the runtime starts before sys is first used
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        SysModule.redirect(null, out, err);
    }

    @AfterEach
    void release() {
        releaseAll();
    }

    @AfterAll
    static void restore() {
        SysModule.redirect(new FileInputStream(FileDescriptor.in), null, null);
        skein.interpreter.runtime.Output.reset();
    }

    private String stdout() {
        SysModule.flushAll();
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        SysModule.flushAll();
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PyObj printKw(Object[] pos, Object... kw) {
        return callKw("builtins", "print", pos, kw);
    }

    private static PyObj method(PyObj o, String name, Object... args) {
        PyObj[] a = new PyObj[args.length];
        for (int i = 0; i < a.length; i++) a[i] = v(args[i]);
        PyObj m = own(Ops.getAttr(TS, o, PyStr.intern(name)));
        return Ops.call(TS, m, a);
    }

    private static String s(PyObj o) {
        try {
            return ((PyStr) o).value;
        } finally {
            RefCount.decref(o, TS);
        }
    }

    @Test
    void printFormsLines() {
        assertEquals("None", outcome(() -> b("print", 1, 2.5, null, java.util.Arrays.asList(1, "x"), "é😀")));
        outcome(() -> b("print"));
        outcome(() -> printKw(new Object[] {"a", "b"}, "sep", "+", "end", "!\n"));
        outcome(() -> printKw(new Object[] {"a", "b"}, "sep", null, "end", null, "flush", true));
        outcome(() -> printKw(new Object[] {"x"}, "sep", ""));
        assertEquals("1 2.5 None [1, 'x'] é😀\n\na+b!\na b\nx\n", stdout());
    }

    @Test
    void printErrors() {
        assertEquals("TypeError: sep must be None or a string, not int", outcome(() -> printKw(new Object[] {1}, "sep", 5)));
        assertEquals("TypeError: end must be None or a string, not int", outcome(() -> printKw(new Object[] {1}, "end", 5)));
        assertEquals("TypeError: 'foo' is an invalid keyword argument for print()", outcome(() -> printKw(new Object[] {1}, "foo", 2)));
        assertEquals("AttributeError: 'int' object has no attribute 'write'", outcome(() -> printKw(new Object[] {1}, "file", 5)));
        assertEquals("", stdout());
    }

    @Test
    void printToStderrAndStreamsInterleaveInProgramOrder() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        SysModule.redirect(null, both, both);
        outcome(() -> b("print", "out 1"));
        outcome(() -> printKw(new Object[] {"err 1"}, "file", attr("sys", "stderr")));
        outcome(() -> b("print", "out 2"));
        outcome(() -> method(attr("sys", "stdout"), "write", "no newline "));
        outcome(() -> method(attr("sys", "stderr"), "write", "err 2\n"));
        SysModule.flushAll();
        assertEquals("out 1\nerr 1\nout 2\nno newline err 2\n", both.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writeReturnsCodePoints() {
        assertEquals("6", outcome(() -> method(attr("sys", "stdout"), "write", "héllo😀")));
        assertEquals("17", outcome(() -> method(attr("sys", "stderr"), "write", "stderr via write\n")));
        assertEquals("héllo😀", stdout());
        assertEquals("stderr via write\n", stderr());
    }

    @Test
    void printToAnyObjectWithWrite() {
        PyList sink = (PyList) v(List.of());
        PyDict ns = new PyDict(TS);
        own(ns);
        ns.putStr(PyStr.intern("write"), own(Ops.getAttr(TS, sink, PyStr.intern("append"))), TS);
        PyObj fileLike = own(new PyModule(TS, "sink", ns));
        outcome(() -> printKw(new Object[] {1, "a"}, "file", fileLike, "sep", "-"));
        assertEquals("['1', '-', 'a', '\\n']", repr(sink));
        assertEquals("", stdout());
    }

    /** A class whose {@code __str__} raises ValueError("no str"). */
    private static PyObj unprintable() {
        PyDict ns = new PyDict(TS);
        ns.putStr(PyStr.intern("__str__"), new PyBuiltinFunction("test", "__str__",
                (ts, a, k) -> { throw skein.interpreter.runtime.Exceptions.valueError(ts, "no str"); }), TS);
        PyType cls = new PyType(TS, Types.TYPE, "Bad", new PyType[] {Types.OBJECT}, ns);
        return own(skein.interpreter.runtime.TypeCall.instantiate(TS, cls));
    }

    @Test
    void printWritesWhatWasConvertedBeforeAnError() {
        PyObj bad = unprintable();
        assertEquals("ValueError: no str", outcome(() -> b("print", "a", bad, "c")));
        assertEquals("a ", stdout());
    }

    @Test
    void concurrentPrintsKeepLinesWhole() throws Exception {
        int threads = 4, lines = 300;
        Thread[] ts = new Thread[threads];
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                var pts = skein.interpreter.runtime.PyThreadState.attach("printer-" + id);
                try {
                    PyObj print = builtin("print");
                    for (int i = 0; i < lines; i++) {
                        PyObj a = new PyStr(pts, "thread" + id), b2 = new PyStr(pts, "line" + i);
                        RefCount.decref(Ops.call(pts, print, a, b2), pts);
                        RefCount.decref(a, pts);
                        RefCount.decref(b2, pts);
                    }
                } catch (Throwable e) {
                    failure[0] = e;
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        if (failure[0] != null) throw new AssertionError(failure[0]);
        String[] got = stdout().split("\n");
        assertEquals(threads * lines, got.length);
        for (String line : got) org.junit.jupiter.api.Assertions.assertTrue(line.matches("thread\\d line\\d+"), line);
    }

    @Test
    void inputReadsLinesAndRaisesEOFError() {
        SysModule.redirect(new ByteArrayInputStream("first line\nsecond 😀\nlast".getBytes(StandardCharsets.UTF_8)), null, null);
        assertEquals("'first line'", outcome(() -> b("input")));
        assertEquals("'second 😀'", outcome(() -> b("input", "prompt> ")));
        assertEquals("'last'", outcome(() -> b("input", 42)));
        assertEquals("EOFError: EOF when reading a line", outcome(() -> b("input")));
        assertEquals("TypeError: input expected at most 1 argument, got 2", outcome(() -> b("input", 1, 2)));
        assertEquals("prompt> 42", stdout());
    }

    @Test
    void writeThenReadBack(@TempDir Path dir) throws Exception {
        String path = dir.resolve("a.txt").toString();
        PyObj f = own(b("open", path, "w"));
        assertEquals("<_io.TextIOWrapper name=" + quote(path) + " mode='w' encoding='utf-8'>", repr(f));
        assertEquals("20", outcome(() -> method(f, "write", "héllo😀\nsecond\r\nthird")));
        outcome(() -> method(f, "writelines", List.of("x\n", "y")));
        assertEquals("False", outcome(() -> Ops.getAttr(TS, f, PyStr.intern("closed"))));
        outcome(() -> method(f, "close"));
        assertEquals("True", outcome(() -> Ops.getAttr(TS, f, PyStr.intern("closed"))));
        assertEquals("ValueError: I/O operation on closed file.", outcome(() -> method(f, "write", "z")));
        assertEquals("héllo😀\nsecond\r\nthirdx\ny", Files.readString(dir.resolve("a.txt")));

        PyObj r = own(b("open", path));
        assertEquals("'hél'", outcome(() -> method(r, "read", 3)));
        assertEquals("'lo😀\\n'", outcome(() -> method(r, "readline")));
        assertEquals("['second\\n', 'thirdx\\n', 'y']", outcome(() -> method(r, "readlines")));
        assertEquals("''", outcome(() -> method(r, "read")));
        assertEquals("TypeError: argument should be integer or None, not 'str'", outcome(() -> method(r, "read", "x")));
        outcome(() -> method(r, "close"));

        PyObj raw = own(callKw("builtins", "open", new Object[] {path}, "newline", ""));
        assertEquals("'héllo😀\\nsecond\\r\\nthirdx\\ny'", outcome(() -> method(raw, "read", (Object) null)));
    }

    @Test
    void iterationAndContextManager(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("lines.txt");
        Files.writeString(p, "one\ntwo\n\nfour");
        PyObj f = own(b("open", p.toString()));
        PyObj entered = own(method(f, "__enter__"));
        assertEquals(f, entered);
        assertEquals("['one\\n', 'two\\n', '\\n', 'four']", outcome(() -> Ops.call(TS, Types.LIST, f)));
        assertEquals("None", outcome(() -> method(f, "__exit__", null, null, null)));
        assertEquals("True", outcome(() -> Ops.getAttr(TS, f, PyStr.intern("closed"))));
        assertEquals("ValueError: I/O operation on closed file.", outcome(() -> method(f, "__enter__")));
        assertEquals("ValueError: I/O operation on closed file.", outcome(() -> Ops.iter(TS, f)));
        assertEquals("ValueError: I/O operation on closed file.", outcome(() -> method(f, "read")));
    }

    @Test
    void appendAndExclusiveModes(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("log.txt");
        Files.writeString(p, "start\n");
        PyObj a = own(b("open", p.toString(), "a"));
        outcome(() -> method(a, "write", "more"));
        outcome(() -> method(a, "close"));
        assertEquals("start\nmore", Files.readString(p));
        String x = p.toString();
        assertEquals("FileExistsError: [Errno 17] File exists: " + quote(x), outcome(() -> b("open", x, "x")));
        PyObj nx = own(b("open", dir.resolve("new.txt").toString(), "xt"));
        assertEquals("'x'", outcome(() -> Ops.getAttr(TS, nx, PyStr.intern("mode"))));
        outcome(() -> method(nx, "close"));
        assertEquals("UnsupportedOperation: not writable", outcome(() -> method(own(b("open", x)), "write", "z")));
        assertEquals("UnsupportedOperation: not readable", outcome(() -> method(own(b("open", dir.resolve("w.txt").toString(), "w")), "read")));
    }

    @Test
    void openErrors(@TempDir Path dir) {
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'no_such_file_for_golden_test.txt'",
                outcome(() -> b("open", "no_such_file_for_golden_test.txt")));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: ''", outcome(() -> b("open", "")));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: " + quote(dir.toString()), outcome(() -> b("open", dir.toString())));
        assertEquals("ValueError: invalid mode: 'rz'", outcome(() -> b("open", "x.txt", "rz")));
        assertEquals("ValueError: invalid mode: 'rr'", outcome(() -> b("open", "x.txt", "rr")));
        assertEquals("ValueError: must have exactly one of create/read/write/append mode", outcome(() -> b("open", "x.txt", "rw")));
        assertEquals("ValueError: can't have text and binary mode at once", outcome(() -> b("open", "x.txt", "rbt")));
        assertEquals("TypeError: expected str, bytes or os.PathLike object, not float", outcome(() -> b("open", 5.5)));
        assertEquals("LookupError: unknown encoding: nope", outcome(() -> callKw("builtins", "open", new Object[] {"x.txt"}, "encoding", "nope")));
        assertEquals("NotImplementedError: binary file modes are not supported by Skein (mode 'rb')", outcome(() -> b("open", "x.txt", "rb")));
    }

    @Test
    void fileNotFoundAttributes() {
        skein.interpreter.runtime.PyException e = null;
        try {
            RefCount.decref(b("open", "no_such_file_for_golden_test.txt"), TS);
        } catch (skein.interpreter.runtime.PyException ex) {
            e = ex;
        }
        try {
            PyBaseException v = e.value;
            assertEquals("2", outcome(() -> Ops.getAttr(TS, v, PyStr.intern("errno"))));
            assertEquals("'No such file or directory'", outcome(() -> Ops.getAttr(TS, v, PyStr.intern("strerror"))));
            assertEquals("'no_such_file_for_golden_test.txt'", outcome(() -> Ops.getAttr(TS, v, PyStr.intern("filename"))));
            assertEquals("(2, 'No such file or directory')", repr(v.args));
        } finally {
            e.release(TS);
        }
    }

    @Test
    void decodeErrorSurfacesOnRead(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("bad.txt");
        Files.write(p, new byte[] {'o', 'k', (byte) 0xff, 'x'});
        PyObj f = own(b("open", p.toString()));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
                outcome(() -> method(f, "read")));
        PyObj lenient = own(callKw("builtins", "open", new Object[] {p.toString()}, "errors", "replace"));
        assertEquals("'ok\ufffdx'", outcome(() -> method(lenient, "read")));
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }
}
