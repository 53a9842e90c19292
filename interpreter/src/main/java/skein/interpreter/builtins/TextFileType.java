package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods and attributes of {@code _io.TextIOWrapper} ({@link PyTextFile}): read,
 * readline, readlines, write, writelines, flush, close, the context manager protocol,
 * iteration by line, and {@code closed}/{@code name}/{@code mode}/{@code encoding}.
 */
final class TextFileType {
    private TextFileType() {}

    private static boolean installed;

    /** Fills the type's dictionary (once; both builtins and sys need it). */
    static synchronized void installOnce() {
        if (installed) return;
        installed = true;
        PyType t = PyTextFile.TYPE;
        Slots.install(t, PyTextFile.class);
        Slots.method(t, "read", (ts, a, k) -> {
            Args.check(ts, "read", a, k, 1, 2);
            return new PyStr(ts, self(ts, a).read(ts, size(ts, a)));
        });
        Slots.method(t, "readline", (ts, a, k) -> {
            Args.check(ts, "readline", a, k, 1, 2);
            return new PyStr(ts, self(ts, a).readline(ts, size(ts, a)));
        });
        Slots.method(t, "readlines", (ts, a, k) -> {
            Args.check(ts, "readlines", a, k, 1, 2);
            PyTextFile f = self(ts, a);
            long hint = size(ts, a);
            List<String> lines = new ArrayList<>();
            long total = 0;
            while (true) {
                String line = f.readline(ts, -1);
                if (line.isEmpty()) break;
                lines.add(line);
                total += line.length();
                if (hint > 0 && total >= hint) break;
            }
            return ModuleSupport.newStrList(ts, lines);
        });
        Slots.method(t, "write", (ts, a, k) -> {
            Args.check(ts, "write", a, k, 2, 2);
            PyTextFile f = self(ts, a);
            if (!(a[1] instanceof PyStr s)) throw Exceptions.typeError(ts, "write() argument must be str, not " + a[1].typeName());
            return PyInt.of(ts, f.write(ts, s.value));
        });
        Slots.method(t, "writelines", (ts, a, k) -> {
            Args.check(ts, "writelines", a, k, 2, 2);
            PyTextFile f = self(ts, a);
            PyObj it = Ops.iter(ts, a[1]);
            try {
                PyObj x;
                while ((x = Ops.next(ts, it)) != null) {
                    try {
                        if (!(x instanceof PyStr s)) throw Exceptions.typeError(ts, "write() argument must be str, not " + x.typeName());
                        f.write(ts, s.value);
                    } finally {
                        RefCount.decref(x, ts);
                    }
                }
            } finally {
                RefCount.decref(it, ts);
            }
            return PyNone.NONE;
        });
        Slots.method(t, "flush", (ts, a, k) -> {
            Args.check(ts, "flush", a, k, 1, 1);
            self(ts, a).flush(ts);
            return PyNone.NONE;
        });
        Slots.method(t, "close", (ts, a, k) -> {
            Args.check(ts, "close", a, k, 1, 1);
            self(ts, a).close(ts);
            return PyNone.NONE;
        });
        Slots.method(t, "__enter__", (ts, a, k) -> {
            Args.check(ts, "__enter__", a, k, 1, 1);
            PyTextFile f = self(ts, a);
            if (f.isClosed()) throw Exceptions.valueError(ts, "I/O operation on closed file.");
            RefCount.incref(f, ts);
            return f;
        });
        Slots.method(t, "__exit__", (ts, a, k) -> {
            Args.noKeywords(ts, "__exit__", k);
            self(ts, a).close(ts);
            return PyNone.NONE;
        });
        Slots.method(t, "readable", (ts, a, k) -> {
            Args.check(ts, "readable", a, k, 1, 1);
            return PyBool.of(open(ts, a).canRead());
        });
        Slots.method(t, "writable", (ts, a, k) -> {
            Args.check(ts, "writable", a, k, 1, 1);
            return PyBool.of(open(ts, a).canWrite());
        });
        Slots.method(t, "seekable", (ts, a, k) -> {
            Args.check(ts, "seekable", a, k, 1, 1);
            open(ts, a);
            return PyBool.FALSE;
        });
        Slots.method(t, "isatty", (ts, a, k) -> {
            Args.check(ts, "isatty", a, k, 1, 1);
            open(ts, a);
            return PyBool.FALSE;
        });
        Slots.getset(t, "closed", (ts, self) -> PyBool.of(((PyTextFile) self).isClosed()), null);
        Slots.getset(t, "name", (ts, self) -> new PyStr(ts, ((PyTextFile) self).name()), null);
        Slots.getset(t, "mode", (ts, self) -> new PyStr(ts, ((PyTextFile) self).mode()), null);
        Slots.getset(t, "encoding", (ts, self) -> new PyStr(ts, ((PyTextFile) self).encoding()), null);
    }

    private static PyTextFile self(PyThreadState ts, PyObj[] a) {
        if (a.length > 0 && a[0] instanceof PyTextFile f) return f;
        throw Exceptions.typeError(ts, "descriptor requires a '_io.TextIOWrapper' object");
    }

    private static PyTextFile open(PyThreadState ts, PyObj[] a) {
        PyTextFile f = self(ts, a);
        if (f.isClosed()) throw Exceptions.valueError(ts, "I/O operation on closed file.");
        return f;
    }

    /** The optional size argument: None or a negative int means "all". */
    private static long size(PyThreadState ts, PyObj[] a) {
        if (a.length < 2 || a[1] == PyNone.NONE) return -1;
        if (!(a[1] instanceof PyInt)) {
            throw Exceptions.typeError(ts, "argument should be integer or None, not '" + a[1].typeName() + "'");
        }
        return Ops.asIndex(ts, a[1]);
    }
}
