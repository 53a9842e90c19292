package skein.interpreter.bytecode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code dis.dis()} of a code object in the layout of Python 3.11: a line-number column (shown
 * where the line changes, with a blank line before each new line), {@code >>} on jump and handler
 * targets, the offset, the opcode name, the argument and its meaning in parentheses, then
 * {@code ExceptionTable:} and the nested code objects, recursively.
 *
 * <p>Differences from CPython, all due to the instruction set: offsets are shown as
 * {@code index * 2} so that they read like CPython's byte offsets (there are no CACHE entries, so
 * they are denser than CPython's); the argument column of a jump shows our argument (the absolute
 * instruction index of the target) and the {@code to N} part shows the target's offset; code
 * objects have no address, so their repr is {@code <code object NAME, file "F", line N>}.
 */
public final class Disassembler {
    private static final String[] CMP = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] NB = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    private Disassembler() {}

    /** The disassembly of {@code code} and of every code object nested in it. */
    public static String dis(Code code) {
        StringBuilder sb = new StringBuilder();
        disRecursive(code, sb);
        return sb.toString();
    }

    private static void disRecursive(Code code, StringBuilder sb) {
        disassemble(code, sb);
        for (Object c : code.consts) {
            if (c instanceof Code nested) {
                sb.append('\n').append("Disassembly of ").append(nested).append(":\n");
                disRecursive(nested, sb);
            }
        }
    }

    /** One code object only. */
    public static void disassemble(Code code, StringBuilder sb) {
        int n = code.code.length;
        TreeSet<Integer> labels = new TreeSet<>();
        for (int w : code.code) {
            if (Opcode.of(Opcode.opOf(w)).isJump()) labels.add(Opcode.argOf(w));
        }
        for (Code.Handler h : code.exceptionTable) labels.add(h.target());
        int maxLine = -1;
        boolean anyLine = false;
        for (int l : code.lines) {
            if (l >= 0) anyLine = true;
            maxLine = Math.max(maxLine, l);
        }
        int linenoWidth = !anyLine ? 0 : maxLine >= 1000 ? String.valueOf(maxLine).length() : 3;
        int maxOffset = (n - 1) * 2;
        int offsetWidth = maxOffset >= 10000 ? String.valueOf(maxOffset).length() : 4;
        int lastLine = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int w = code.code[i];
            Opcode op = Opcode.of(Opcode.opOf(w));
            int arg = Opcode.argOf(w);
            Integer startsLine = null;
            int line = code.lines[i];
            if (line >= 0 && line != lastLine) {
                startsLine = line;
                lastLine = line;
            }
            if (startsLine != null && i > 0) sb.append('\n');
            List<String> fields = new ArrayList<>();
            if (linenoWidth > 0) {
                fields.add(startsLine != null ? pad(String.valueOf(startsLine), linenoWidth) : " ".repeat(linenoWidth));
            }
            fields.add("   ");
            fields.add(labels.contains(i) ? ">>" : "  ");
            fields.add(pad(String.valueOf(i * 2), offsetWidth));
            fields.add(padRight(op.name(), 20));
            if (op.arg != Opcode.Arg.NONE) {
                fields.add(pad(String.valueOf(arg), 5));
                String argrepr = argRepr(code, op, arg);
                if (!argrepr.isEmpty()) fields.add("(" + argrepr + ")");
            }
            sb.append(String.join(" ", fields).stripTrailing()).append('\n');
        }
        if (code.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (Code.Handler h : code.exceptionTable) {
                sb.append("  ").append(h.start() * 2).append(" to ").append((h.end() - 1) * 2)
                        .append(" -> ").append(h.target() * 2).append(" [").append(h.depth()).append(']')
                        .append(h.pushLasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** The text in parentheses after the argument, as 3.11's {@code dis} writes it. */
    static String argRepr(Code code, Opcode op, int arg) {
        switch (op.arg) {
            case CONST:
                // 3.11's dis shows no meaning for KW_NAMES
                return op == Opcode.KW_NAMES ? "" : ConstRepr.repr(code.consts[arg]);
            case NAME:
                return code.names[arg];
            case GLOBAL: {
                String name = code.names[arg >> 1];
                return (arg & 1) != 0 ? "NULL + " + name : name;
            }
            case LOCAL:
                return code.localsNames[arg];
            case JUMP:
                return "to " + arg * 2;
            case COMPARE:
                return arg < CMP.length ? CMP[arg] : "?";
            case BINARY_OP:
                return arg < 13 ? NB[arg] : arg < 26 ? NB[arg - 13] + "=" : "?";
            case FORMAT: {
                String s = new String[] {"", "str", "repr", "ascii"}[arg & 3];
                if ((arg & 4) != 0) s = s.isEmpty() ? "with format" : s + ", with format";
                return s;
            }
            case MAKE_FUNCTION: {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < 4; i++) if ((arg & (1 << i)) != 0) parts.add(MAKE_FUNCTION_FLAGS[i]);
                return String.join(", ", parts);
            }
            default:
                return "";
        }
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }

    private static String padRight(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
