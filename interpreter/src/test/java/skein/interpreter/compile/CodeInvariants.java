package skein.interpreter.compile;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.Opcode;

/**
 * Structural checks of a code object, independent of the compiler's own analysis: every jump
 * and handler target in range, exception-table entries well formed and not overlapping, line
 * table present, and the stack depth found by an abstract interpretation of the final
 * instructions (both edges of every branch, plus the exception edge of every covered
 * instruction) never negative, consistent at joins, and equal to {@link Code#stackSize}.
 */
final class CodeInvariants {
    private CodeInvariants() {}

    static void check(Code code) {
        String where = code.qualname + " (" + code.filename + ")";
        int n = code.code.length;
        require(n > 0, where + ": empty code");
        require(code.lines.length == n, where + ": line table length");
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.of(Opcode.opOf(code.code[i]));
            int arg = Opcode.argOf(code.code[i]);
            if (op.isJump()) require(arg >= 0 && arg < n, where + ": jump target out of range at " + i);
            switch (op.arg) {
                case CONST -> require(arg < code.consts.length, where + ": const index at " + i);
                case NAME -> require(arg < code.names.length, where + ": name index at " + i);
                case GLOBAL -> require((arg >> 1) < code.names.length, where + ": global index at " + i);
                case LOCAL -> require(arg < code.localsNames.length, where + ": local index at " + i);
                default -> { }
            }
            require(code.lines[i] >= -1, where + ": bad line at " + i);
        }
        require(!Opcode.of(Opcode.opOf(code.code[n - 1])).isJump()
                || Opcode.of(Opcode.opOf(code.code[n - 1])).isTerminal(), where + ": falls off the end");
        int prevEnd = 0;
        for (Code.Handler h : code.exceptionTable) {
            require(h.start() >= 0 && h.start() < h.end() && h.end() <= n, where + ": bad range " + h);
            require(h.start() >= prevEnd, where + ": overlapping handlers " + h);
            require(h.target() >= 0 && h.target() < n, where + ": handler target out of range " + h);
            require(h.depth() >= 0, where + ": negative handler depth " + h);
            prevEnd = h.end();
        }
        int max = abstractMaxDepth(code, where);
        require(max == code.stackSize, where + ": stack size " + code.stackSize + " but abstract interpretation finds " + max);
    }

    /** The maximum stack depth over all paths; fails on a negative depth or inconsistent joins. */
    static int abstractMaxDepth(Code code, String where) {
        int n = code.code.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        Deque<Integer> work = new ArrayDeque<>();
        int[] max = {0};
        visit(depth, work, 0, 0, where, max);
        while (!work.isEmpty()) {
            int i = work.pop();
            int d = depth[i];
            Opcode op = Opcode.of(Opcode.opOf(code.code[i]));
            int arg = Opcode.argOf(code.code[i]);
            Code.Handler h = code.handlerFor(i);
            if (h != null) {
                require(h.depth() <= d, where + ": handler depth " + h.depth() + " above stack depth " + d + " at " + i);
                visit(depth, work, h.target(), h.depth() + 1 + (h.pushLasti() ? 1 : 0), where, max);
            }
            require(d - op.pops(arg) >= 0, where + ": stack underflow at " + i + " " + op);
            if (op.isJump()) visit(depth, work, arg, d + op.stackEffect(arg, true), where, max);
            if (!op.isTerminal()) {
                require(i + 1 < n, where + ": falls off the end at " + i);
                visit(depth, work, i + 1, d + op.stackEffect(arg, false), where, max);
            }
        }
        return max[0];
    }

    private static void visit(int[] depth, Deque<Integer> work, int i, int d, String where, int[] max) {
        require(d >= 0, where + ": negative depth at " + i);
        max[0] = Math.max(max[0], d);
        if (depth[i] < 0) {
            depth[i] = d;
            work.push(i);
        } else {
            require(depth[i] == d, where + ": inconsistent depth at " + i + ": " + depth[i] + " vs " + d);
        }
    }

    private static void require(boolean ok, String msg) {
        if (!ok) throw new AssertionError(msg);
    }
}
