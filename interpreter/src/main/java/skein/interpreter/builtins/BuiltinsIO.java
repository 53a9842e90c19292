package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import static skein.interpreter.builtins.ModuleSupport.fn;

/**
 * {@code print} and {@code input}, which talk to whatever {@code sys.stdout}/{@code sys.stdin}
 * are at the time of the call (a program may replace them), and {@code open} (see
 * {@link FileOpener}).
 */
final class BuiltinsIO {
    private BuiltinsIO() {}

    private static final PyStr S_WRITE = PyStr.intern("write");
    private static final PyStr S_FLUSH = PyStr.intern("flush");
    private static final PyStr S_READLINE = PyStr.intern("readline");
    private static final PyStr S_STDOUT = PyStr.intern("stdout");
    private static final PyStr S_STDIN = PyStr.intern("stdin");

    static void install(PyModule m) {
        fn(m, "print", BuiltinsIO::print);
        fn(m, "input", BuiltinsIO::input);
        fn(m, "open", FileOpener::open);
    }

    static PyObj print(PyThreadState ts, PyObj[] args, PyStr[] kw) {
        int npos = Args.npos(args, kw);
        PyObj sep = null, end = null, file = null, flush = null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                PyObj v = args[npos + i];
                switch (kw[i].value) {
                    case "sep" -> sep = v;
                    case "end" -> end = v;
                    case "file" -> file = v;
                    case "flush" -> flush = v;
                    default -> throw Exceptions.typeError(ts, "'" + kw[i].value + "' is an invalid keyword argument for print()");
                }
            }
        }
        if (file == null || file == PyNone.NONE) {
            file = SysModule.get().dict.getStr(S_STDOUT);
            if (file == null || file == PyNone.NONE) return PyNone.NONE;
        }
        String sepStr = textArg(ts, "sep", sep, " ");
        String endStr = textArg(ts, "end", end, "\n");
        boolean doFlush = flush != null && Ops.isTrue(ts, flush);
        RefCount.incref(file, ts); // another thread may replace sys.stdout meanwhile
        try {
            printTo(ts, file, args, npos, sepStr, endStr, doFlush);
        } finally {
            RefCount.decref(file, ts);
        }
        return PyNone.NONE;
    }

    private static void printTo(PyThreadState ts, PyObj file, PyObj[] args, int npos, String sepStr, String endStr, boolean doFlush) {
        if (file instanceof PyTextFile tf) {
            // one write per call: lines printed by concurrent threads do not interleave
            StringBuilder b = new StringBuilder();
            try {
                for (int i = 0; i < npos; i++) {
                    if (i > 0) b.append(sepStr);
                    b.append(Ops.strString(ts, args[i]));
                }
                b.append(endStr);
            } finally {
                // what was converted before an error is still written, as CPython writes piece by piece
                tf.write(ts, b.toString());
            }
            if (doFlush) tf.flush(ts);
            return;
        }
        PyObj write = Ops.getAttr(ts, file, S_WRITE);
        try {
            for (int i = 0; i < npos; i++) {
                if (i > 0) callWrite(ts, write, new PyStr(ts, sepStr));
                callWrite(ts, write, Ops.str(ts, args[i]));
            }
            callWrite(ts, write, new PyStr(ts, endStr));
        } finally {
            RefCount.decref(write, ts);
        }
        if (doFlush) RefCount.decref(ModuleSupport.callAttr(ts, file, S_FLUSH), ts);
    }

    /** Calls {@code write(s)} and drops both s (owned) and the result. */
    private static void callWrite(PyThreadState ts, PyObj write, PyStr s) {
        try {
            RefCount.decref(Ops.call(ts, write, s), ts);
        } finally {
            RefCount.decref(s, ts);
        }
    }

    private static String textArg(PyThreadState ts, String name, PyObj v, String dflt) {
        if (v == null || v == PyNone.NONE) return dflt;
        if (v instanceof PyStr s) return s.value;
        throw Exceptions.typeError(ts, name + " must be None or a string, not " + v.typeName());
    }

    static PyObj input(PyThreadState ts, PyObj[] args, PyStr[] kw) {
        Args.check(ts, "input", args, kw, 0, 1);
        PyDict sys = SysModule.get().dict;
        if (args.length == 1) {
            PyObj out = sys.getStr(S_STDOUT);
            if (out instanceof PyTextFile tf) {
                tf.write(ts, Ops.strString(ts, args[0]));
                tf.flush(ts);
            } else if (out != null && out != PyNone.NONE) {
                PyObj write = Ops.getAttr(ts, out, S_WRITE);
                try {
                    callWrite(ts, write, Ops.str(ts, args[0]));
                } finally {
                    RefCount.decref(write, ts);
                }
            }
        }
        PyObj in = sys.getStr(S_STDIN);
        if (in == null || in == PyNone.NONE) throw Exceptions.runtimeError(ts, "input(): lost sys.stdin");
        String line;
        if (in instanceof PyTextFile tf) {
            line = tf.readline(ts, -1);
        } else {
            PyObj r = ModuleSupport.callAttr(ts, in, S_READLINE);
            try {
                if (!(r instanceof PyStr s)) throw Exceptions.typeError(ts, "object.readline() returned non-string");
                line = s.value;
            } finally {
                RefCount.decref(r, ts);
            }
        }
        if (line.isEmpty()) throw Exceptions.of(ts, Exceptions.EOF_ERROR, "EOF when reading a line");
        if (line.endsWith("\n")) line = line.substring(0, line.length() - 1);
        return new PyStr(ts, line);
    }
}
