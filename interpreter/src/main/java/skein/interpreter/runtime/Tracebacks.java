package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Formats an uncaught exception as CPython 3.11 prints it: the chain of causes and contexts
 * first ("The above exception was the direct cause of the following exception:"), then
 * "Traceback (most recent call last):", a "File ..., line N, in NAME" line and the stripped
 * source line per frame, and "TypeName: message".
 */
public final class Tracebacks {
    private Tracebacks() {}

    public static String format(PyThreadState ts, PyBaseException e) {
        StringBuilder b = new StringBuilder();
        formatChain(ts, e, b, new HashSet<>());
        return b.toString();
    }

    /** One exception's traceback and last line, without its cause or context (how CPython prints an unraisable exception). */
    public static String formatWithoutChain(PyThreadState ts, PyBaseException e) {
        StringBuilder b = new StringBuilder();
        formatOne(ts, e, b);
        return b.toString();
    }

    private static void formatChain(PyThreadState ts, PyBaseException e, StringBuilder b, Set<PyBaseException> seen) {
        seen.add(e);
        if (e.cause instanceof PyBaseException c && !seen.contains(c)) {
            formatChain(ts, c, b, seen);
            b.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context instanceof PyBaseException c && !e.suppressContext && !seen.contains(c)) {
            formatChain(ts, c, b, seen);
            b.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(ts, e, b);
    }

    private static void formatOne(PyThreadState ts, PyBaseException e, StringBuilder b) {
        if (e.traceback != null) {
            b.append("Traceback (most recent call last):\n");
            List<PyTraceback> entries = new ArrayList<>();
            for (PyTraceback tb = e.traceback; tb != null; tb = tb.next) entries.add(tb);
            String lastFile = null;
            int lastLine = -1;
            String lastName = null;
            int repeats = 0;
            for (PyTraceback tb : entries) {
                String file = tb.frame.code.code.filename;
                String name = tb.frame.code.code.name;
                if (file.equals(lastFile) && tb.lineno == lastLine && name.equals(lastName)) {
                    repeats++;
                    if (repeats >= 3) continue;
                } else {
                    flushRepeats(b, repeats);
                    repeats = 0;
                }
                lastFile = file;
                lastLine = tb.lineno;
                lastName = name;
                b.append("  File \"").append(file).append("\", line ").append(tb.lineno).append(", in ").append(name).append('\n');
                String src = SourceCache.line(file, tb.lineno);
                if (src != null && !src.isBlank()) b.append("    ").append(src.strip()).append('\n');
            }
            flushRepeats(b, repeats);
        }
        skein.interpreter.parse.PySyntaxError origin = SyntaxErrors.origin(e);
        if (origin != null) {
            b.append(origin.format());
            return;
        }
        b.append(lastLine(ts, e)).append('\n');
    }

    private static void flushRepeats(StringBuilder b, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            b.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    /** "TypeName: message", or "TypeName" when str(exc) is empty; qualified for non-builtin classes. */
    public static String lastLine(PyThreadState ts, PyBaseException e) {
        PyType t = e.type();
        String name = t.qualname();
        if (t.isHeapType()) {
            PyObj mod = t.dict().getStr(PyStr.intern("__module__"));
            if (mod instanceof PyStr m && !m.value.equals("builtins") && !m.value.equals("__main__")) name = m.value + "." + name;
        }
        String msg;
        try {
            msg = Ops.strString(ts, e);
        } catch (PyException inner) {
            inner.release(ts);
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
