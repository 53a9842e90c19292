package skein.interpreter.bytecode;

import java.util.List;

/**
 * What the compiler makes of one function, class body, comprehension or module: CPython's
 * code object, as plain immutable data. It names no runtime object: its constants are the
 * compile-time forms below, which the interpreter turns into (immortal) Python objects once,
 * when it first loads the code. So the compiler and {@code dis} need nothing of the runtime.
 *
 * <h2>Constants ({@link #consts})</h2>
 * {@code Long} or {@code BigInteger} (int), {@code Double} (float),
 * {@link skein.interpreter.ast.ComplexLiteral} (an imaginary literal), {@code String} (str),
 * {@code byte[]} (bytes), {@code Boolean}, {@link skein.interpreter.ast.NoneConstant#NONE},
 * {@link skein.interpreter.ast.EllipsisConstant#ELLIPSIS}, {@link ConstTuple} (a tuple of
 * constants, also the operand of {@code KW_NAMES} and {@code BUILD_CONST_KEY_MAP}) and nested
 * {@code Code} objects. Equal constants of different types ({@code 1}, {@code 1.0},
 * {@code True}) are distinct entries, as in CPython.
 *
 * <h2>Instructions ({@link #code})</h2>
 * One {@code int} per instruction: {@link Opcode#opOf}/{@link Opcode#argOf}. Jump arguments,
 * exception-table offsets and {@code lasti} are instruction indexes (not bytes).
 *
 * <h2>Fast locals ("localsplus")</h2>
 * Parameters first (positional-only, positional, keyword-only, then {@code *args},
 * {@code **kwargs}), then the other locals, then cell variables that are not parameters, then
 * free variables; {@link #localsKinds} gives each slot's kind bits, as in CPython 3.11
 * ({@code co_localspluskinds}): a parameter that is also captured by an inner function is
 * {@code LOCAL|CELL} and {@code MAKE_CELL} wraps its value in place.
 */
public final class Code {
    // co_flags, CPython's values
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;

    // co_localspluskinds bits, CPython's values
    public static final byte KIND_LOCAL = 0x20;
    public static final byte KIND_CELL = 0x40;
    public static final byte KIND_FREE = (byte) 0x80;

    /**
     * One exception-table range: an exception raised by an instruction in
     * {@code [start, end)} pops the evaluation stack down to {@code depth} items, pushes
     * {@code lasti} (the raising instruction's index, as an int) if {@code pushLasti}, pushes
     * the exception and jumps to {@code target}. Entries do not overlap; lookup is by range.
     */
    public record Handler(int start, int end, int target, int depth, boolean pushLasti) {}

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int flags;
    public final int[] code;
    public final Object[] consts;
    public final String[] names;
    public final String[] localsNames;
    public final byte[] localsKinds;
    public final int stackSize;
    public final Handler[] exceptionTable;
    /** The source line of each instruction, or -1 where it has none. */
    public final int[] lines;
    /** The source column range (0-based, end exclusive) of each instruction, or -1 where unknown. */
    public final int[] columns;
    public final int[] endColumns;
    /**
     * Per instruction, the evaluation-stack positions (bit i: the i-th slot above the locals) that
     * hold values LOAD_FAST_BORROW pushed while it runs — slots without a reference of their own,
     * which the unwinder clears before it pops the stack; null when the code borrows nothing.
     */
    public final long[] borrowedLive;

    public Code(String name, String qualname, String filename, int firstLineno,
                int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags,
                int[] code, Object[] consts, String[] names,
                String[] localsNames, byte[] localsKinds, int stackSize,
                List<Handler> exceptionTable, int[] lines, int[] columns, int[] endColumns, long[] borrowedLive) {
        if (localsNames.length != localsKinds.length) throw new IllegalArgumentException("localsplus names/kinds differ in length");
        if (lines.length != code.length || columns.length != code.length || endColumns.length != code.length) {
            throw new IllegalArgumentException("line table length differs from the code");
        }
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsNames = localsNames;
        this.localsKinds = localsKinds;
        this.stackSize = stackSize;
        this.exceptionTable = exceptionTable.toArray(new Handler[0]);
        this.lines = lines;
        this.columns = columns;
        this.endColumns = endColumns;
        if (borrowedLive != null && borrowedLive.length != code.length) throw new IllegalArgumentException("borrow table length differs from the code");
        this.borrowedLive = borrowedLive;
    }

    public boolean isGenerator() { return (flags & CO_GENERATOR) != 0; }
    public boolean hasVarargs() { return (flags & CO_VARARGS) != 0; }
    public boolean hasVarkeywords() { return (flags & CO_VARKEYWORDS) != 0; }

    /** Parameters that take a value from a call: positional, keyword-only, *args and **kwargs. */
    public int totalArgs() {
        return argCount + kwOnlyArgCount + (hasVarargs() ? 1 : 0) + (hasVarkeywords() ? 1 : 0);
    }

    /** Number of free-variable slots (the last ones of localsplus). */
    public int freeCount() {
        int n = 0;
        for (byte k : localsKinds) if ((k & KIND_FREE) != 0) n++;
        return n;
    }

    /** The handler covering instruction {@code index}, or null. */
    public Handler handlerFor(int index) {
        for (Handler h : exceptionTable) {
            if (index >= h.start && index < h.end) return h;
        }
        return null;
    }

    /** The line of instruction {@code index}, looking back over instructions without one. */
    public int lineAt(int index) {
        for (int i = Math.min(index, lines.length - 1); i >= 0; i--) {
            if (lines[i] >= 0) return lines[i];
        }
        return firstLineno;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineno + ">";
    }
}
