package skein.interpreter.runtime;

import skein.interpreter.bytecode.Opcode;
import skein.interpreter.objects.*;

import java.io.PrintStream;

/**
 * {@code skein trace}: before each instruction, one line showing the three stacks — the frame
 * stack (each frame's function and line, outermost first), the instruction, the current
 * frame's evaluation stack, and the depth of the Java stack. A Python call adds a frame to the
 * first column and nothing to the last: the point of the frame stack.
 *
 * <p>Off unless {@code skein.trace} is set when the runtime starts; {@link #ENABLED} is a
 * constant, so the eval loop's check compiles away.
 */
public final class Tracer {
    private Tracer() {}

    public static final boolean ENABLED = Boolean.getBoolean("skein.trace");
    /** Only instructions of functions with this name (and what they call) when set. */
    private static final String FUNCTION = System.getProperty("skein.trace.function", "");
    private static final int FRAMES_WIDTH = 34, INSTR_WIDTH = 34, STACK_WIDTH = 44;
    private static long lines;

    static void before(PyThreadState ts, Frame f, int ip, int sp) {
        if (!FUNCTION.isEmpty() && !inFunction(f)) return;
        PrintStream out = Output.stderr();
        if (lines++ % 40 == 0) {
            out.println("python | " + pad("frame stack (innermost right)", FRAMES_WIDTH) + " | " + pad("  ip instruction", INSTR_WIDTH)
                    + " | " + pad("evaluation stack (top right)", STACK_WIDTH) + " | java");
        }
        StringBuilder frames = new StringBuilder();
        java.util.ArrayList<Frame> chain = new java.util.ArrayList<>();
        int depth = 0;
        for (Frame x = f; x != null; x = x.back) {
            if (chain.size() < 4) chain.add(0, x);
            depth++;
        }
        int shown = 0;
        if (depth > chain.size()) frames.append("… > ");
        for (Frame x : chain) {
            if (shown++ > 0) frames.append(" > ");
            frames.append(x.code.code.name).append(':').append(x == f ? x.code.code.lineAt(ip) : x.lineno());
        }
        int word = f.code.words[ip];
        Opcode op = Opcode.of(Opcode.opOf(word));
        String instr = String.format("%4d %s", ip * 2, op.name()) + (op.arg == Opcode.Arg.NONE ? "" : " " + Opcode.argOf(word));
        StringBuilder stack = new StringBuilder("[");
        int base = f.code.nlocalsplus;
        for (int i = base; i < sp; i++) {
            if (i > base) stack.append(", ");
            stack.append(brief(ts, f.slots[i]));
        }
        stack.append(']');
        int javaDepth = StackWalker.getInstance().walk(s -> (int) s.count());
        out.println(String.format("%6d", depth) + " | " + pad(frames.toString(), FRAMES_WIDTH) + " | " + pad(instr, INSTR_WIDTH) + " | "
                + padLeftClip(stack.toString(), STACK_WIDTH) + " | " + javaDepth);
    }

    private static boolean inFunction(Frame f) {
        for (Frame x = f; x != null; x = x.back) if (x.code.code.name.equals(FUNCTION)) return true;
        return false;
    }

    private static String brief(PyThreadState ts, PyObj o) {
        if (o == null) return "NULL";
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyNone) {
            String r;
            try {
                r = Ops.reprString(ts, o);
            } catch (PyException e) {
                e.release(ts);
                r = o.typeName();
            }
            return r.length() > 12 ? r.substring(0, 11) + "…" : r;
        }
        if (o instanceof PyStr s) {
            String v = s.value.length() > 10 ? s.value.substring(0, 9) + "…" : s.value;
            return "'" + v + "'";
        }
        if (o instanceof PyFunction fn) return "<fn " + fn.name.value + ">";
        if (o instanceof PyType t) return "<class " + t.name() + ">";
        return "<" + o.typeName() + ">";
    }

    private static String pad(String s, int w) {
        if (s.length() > w) return "…" + s.substring(s.length() - w + 1);
        return s + " ".repeat(w - s.length());
    }

    private static String padLeftClip(String s, int w) {
        if (s.length() > w) return "…" + s.substring(s.length() - w + 1);
        return s + " ".repeat(w - s.length());
    }
}
