package skein.interpreter.jit;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.Op;
import skein.interpreter.bytecode.Opcode;
import skein.interpreter.objects.PyCode;
import skein.interpreter.runtime.CompiledCode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import static org.objectweb.asm.Opcodes.*;

/**
 * Compiles a code object's bytecode to one JVM method, {@code run(ts, f, s, ip)} of a
 * {@link CompiledCode} subclass (see there for the protocol with the eval loop).
 *
 * <p>Each instruction becomes a call of its {@code runtime.Instructions} method — the same one the
 * eval loop calls — with the stack position, argument, instruction word and index as constants;
 * jumps become JVM jumps; the rare instructions call the loop's own out-of-line {@code rare}.
 * Nothing about an instruction's meaning is written twice. What this buys: no dispatch, no
 * stack-pointer arithmetic, and one small JVM method per Python function, which HotSpot
 * compiles, inlines and profiles on its own.
 *
 * <p>One JVM exception handler covers the instructions (free until something throws, like
 * Python's exception table): it reads the failing instruction from {@code f.lasti}, which each
 * instruction that can throw writes first, as the eval loop does, writes its position and
 * stack depth to the frame and rethrows; a table switch on {@code ip} lets the loop enter where it
 * can hand over (see {@code entryPoints}); at any other index the method returns at once.
 *
 * <p>Long code is cut into pieces: its straight-line stretches become static methods of the same
 * class, which {@code run} calls (see {@code RunMethod.emitPiece} for why).
 */
public final class Compiler {
    private Compiler() {}

    /** Larger code stays interpreted: a JVM method holds at most 64 KiB of bytecode. */
    static final int MAX_INSTRUCTIONS = 1500;

    private static final String RT = "skein/interpreter/runtime/";
    private static final String INSTR = RT + "Instructions";
    private static final String EVAL = RT + "Eval";
    private static final String BASE = RT + "CompiledCode";
    private static final String TS = "L" + RT + "PyThreadState;";
    private static final String FRAME_T = RT + "Frame";
    private static final String FRAME = "L" + FRAME_T + ";";
    private static final String PC = "Lskein/interpreter/objects/PyCode;";
    private static final String SLOTS = "[Lskein/interpreter/objects/PyObj;";
    private static final String KW = "[Lskein/interpreter/objects/PyStr;";

    // the run method's locals
    private static final int THIS = 0, L_TS = 1, L_F = 2, L_S = 3, L_IP = 4, L_PC = 5;

    /** The compiled code, or null if this code object stays interpreted. */
    public static CompiledCode compile(PyCode pc) {
        Code code = pc.code;
        if (code.code.length > MAX_INSTRUCTIONS) return null;
        int[] depths = depths(code);
        for (int i = 0; i < depths.length; i++) if (depths[i] >= 0) depths[i] += pc.nlocalsplus;
        try {
            byte[] bytes = generate(pc, depths);
            return CompiledCode.define(bytes, pc, depths);
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
            // too large for a JVM method, or a class the JVM refuses: a limit, not a failure of the program
            if (System.getenv("SKEIN_DEBUG") != null) e.printStackTrace();
            return null;
        }
    }

    /**
     * The stack depth (relative to the stack's base) at the start of each instruction, -1 where
     * unreachable: a flow walk over fall-through, jump and exception edges with each
     * instruction's stack effect from {@link Opcode}, as the assembler's own check does.
     */
    static int[] depths(Code code) {
        int[] words = code.code;
        int n = words.length;
        int[] d = new int[n];
        Arrays.fill(d, -1);
        Deque<Integer> work = new ArrayDeque<>();
        reach(d, work, 0, 0);
        while (!work.isEmpty()) {
            int i = work.pop();
            int depth = d[i];
            while (true) {
                int word = words[i];
                Opcode op = Opcode.of(Opcode.opOf(word));
                int arg = Opcode.argOf(word);
                Code.Handler h = code.handlerFor(i);
                if (h != null) reach(d, work, h.target(), h.depth() + (h.pushLasti() ? 1 : 0) + 1);
                if (op.isJump()) reach(d, work, arg, depth + op.stackEffect(arg, true));
                if (op.isTerminal() || i + 1 >= n) break;
                depth += op.stackEffect(arg, false);
                i++;
                if (d[i] >= 0) {
                    if (d[i] != depth) throw new IllegalStateException("inconsistent stack depth at " + i);
                    break;
                }
                d[i] = depth;
            }
        }
        return d;
    }

    private static void reach(int[] d, Deque<Integer> work, int at, int depth) {
        if (d[at] < 0) {
            d[at] = depth;
            work.push(at);
        } else if (d[at] != depth) {
            throw new IllegalStateException("inconsistent stack depth at " + at);
        }
    }

    private static byte[] generate(PyCode pc, int[] depths) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object"; // locals never change type; no class loading while compiling
            }
        };
        String name = RT + "Compiled$" + pc.code.qualname.replaceAll("[^A-Za-z0-9_]", "_");
        cw.visit(V21, ACC_FINAL | ACC_SUPER, name, null, BASE, null);
        cw.visitSource(pc.code.filename, null);

        MethodVisitor init = cw.visitMethod(0, "<init>", "(" + PC + "[I)V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitVarInsn(ALOAD, 2);
        init.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "(" + PC + "[I)V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", "(" + TS + FRAME + SLOTS + "I)I", null, null);
        new RunMethod(pc, depths, cw, name, mv).emit();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * The most instructions one straight-line piece moves into a method of its own (see
     * {@code RunMethod.emitPiece}); 0 keeps every instruction in {@code run}.
     */
    static final int PIECE_LIMIT = Integer.getInteger("skein.jit.piece", 16);

    /**
     * Code of fewer instructions stays whole: its method fits HotSpot's inlining budget, and a
     * piece would only add calls (and stack-slot stores HotSpot can no longer forward).
     */
    static final int PIECES_FROM = Integer.getInteger("skein.jit.piecesFrom", 96);

    /** A shorter stretch stays in {@code run}: its call would cost about what its instructions do. */
    private static final int PIECE_MIN = 4;

    /** Writes the body of {@code run} for one code object, and the methods of its straight-line pieces. */
    private static final class RunMethod {
        final PyCode pc;
        final int[] words, depths;
        final int n;
        final ClassWriter cw;
        final String className;
        /** The method being written: {@code run}, or a piece while one is written. */
        MethodVisitor mv;
        /** Where the current method keeps the thread state, frame, stack array and code object. */
        int lTs = L_TS, lF = L_F, lS = L_S, lPc = L_PC;
        final Label[] at, handler;
        final Label notHere = new Label();
        int pieces;

        RunMethod(PyCode pc, int[] depths, ClassWriter cw, String className, MethodVisitor mv) {
            this.pc = pc;
            this.words = pc.words;
            this.depths = depths;
            this.n = words.length;
            this.cw = cw;
            this.className = className;
            this.mv = mv;
            at = new Label[n];
            handler = new Label[n];
            for (int i = 0; i < n; i++) at[i] = new Label();
        }

        void emit() {
            mv.visitCode();
            // Ranges must be declared before their labels are placed, and the first that matches
            // wins: each RERAISE (which sets f.lasti back to the original raise) has its own, then
            // one handler covers all the other instructions, which find the failing instruction
            // in f.lasti, written before each of them.
            Label[] start = new Label[n], end = new Label[n];
            for (int i = 0; i < n; i++) {
                if (depths[i] < 0 || Opcode.opOf(words[i]) != Op.RERAISE) continue;
                start[i] = new Label();
                end[i] = new Label();
                handler[i] = new Label();
                mv.visitTryCatchBlock(start[i], end[i], handler[i], "java/lang/Throwable");
            }
            Label codeStart = new Label(), sharedHandler = new Label();
            mv.visitTryCatchBlock(codeStart, notHere, sharedHandler, "java/lang/Throwable");
            mv.visitVarInsn(ALOAD, THIS);
            mv.visitFieldInsn(GETFIELD, BASE, "pc", PC);
            mv.visitVarInsn(ASTORE, L_PC);

            boolean[] entry = entryPoints();
            Label[] entries = new Label[n];
            for (int i = 0; i < n; i++) entries[i] = entry[i] ? at[i] : notHere;
            mv.visitVarInsn(ILOAD, L_IP);
            mv.visitTableSwitchInsn(0, n - 1, notHere, entries);
            mv.visitLabel(codeStart);

            boolean[] boundary = n >= PIECES_FROM ? pieceBoundaries(entry) : null;
            int kwConst = -1;
            for (int i = 0; i < n; i++) {
                if (depths[i] < 0) continue;
                mv.visitLabel(at[i]);
                int pieceEnd = boundary == null ? i : pieceEnd(i, boundary);
                if (pieceEnd - i >= PIECE_MIN) {
                    emitPiece(i, pieceEnd);
                    i = pieceEnd - 1;
                    kwConst = -1;
                    continue;
                }
                int word = words[i];
                int op = Opcode.opOf(word);
                if (mayThrow(op)) setLasti(i);
                if (start[i] != null) mv.visitLabel(start[i]);
                instruction(i, word, op, Opcode.argOf(word), depths[i], kwConst);
                kwConst = op == Op.KW_NAMES ? Opcode.argOf(word) : -1;
                if (end[i] != null) mv.visitLabel(end[i]);
                // falls through to the next instruction, which must be reachable then
            }
            // an index compiled code does not start at: the eval loop executes it
            mv.visitLabel(notHere);
            mv.visitVarInsn(ILOAD, L_IP);
            mv.visitInsn(IRETURN);

            // the exception handlers: record where and at what depth, rethrow to the loop's unwinder
            mv.visitLabel(sharedHandler);
            mv.visitVarInsn(ALOAD, lF);
            mv.visitVarInsn(ALOAD, lF);
            mv.visitFieldInsn(GETFIELD, FRAME_T, "lasti", "I");
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IADD);
            mv.visitFieldInsn(PUTFIELD, FRAME_T, "ip", "I");
            mv.visitVarInsn(ALOAD, lF);
            mv.visitVarInsn(ALOAD, THIS);
            mv.visitFieldInsn(GETFIELD, BASE, "depths", "[I");
            mv.visitVarInsn(ALOAD, lF);
            mv.visitFieldInsn(GETFIELD, FRAME_T, "lasti", "I");
            mv.visitInsn(IALOAD);
            mv.visitFieldInsn(PUTFIELD, FRAME_T, "sp", "I");
            mv.visitInsn(ATHROW);
            for (int i = 0; i < n; i++) {
                if (handler[i] == null) continue;
                mv.visitLabel(handler[i]);
                mv.visitVarInsn(ALOAD, lF);
                iconst(i + 1);
                mv.visitFieldInsn(PUTFIELD, FRAME_T, "ip", "I");
                mv.visitVarInsn(ALOAD, lF);
                iconst(depths[i]);
                mv.visitFieldInsn(PUTFIELD, FRAME_T, "sp", "I");
                mv.visitInsn(ATHROW);
            }
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        /**
         * Where the eval loop enters ({@code Eval}'s enterCompiled): a frame's start, the targets of
         * backward jumps, handlers, and the instruction after a call, a yield, a send or the
         * generator's creation (where a frame continues after another one ran). Every other
         * index goes to {@link #notHere}: fewer entries leave HotSpot straight-line code to optimise.
         */
        private boolean[] entryPoints() {
            boolean[] entry = new boolean[n];
            entry[0] = true;
            for (int i = 0; i < n; i++) {
                if (depths[i] < 0) continue;
                int op = Opcode.opOf(words[i]);
                switch (op) {
                    case Op.JUMP_BACKWARD, Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE ->
                            entry[Opcode.argOf(words[i])] = true;
                    case Op.CALL, Op.YIELD_VALUE, Op.SEND, Op.RETURN_GENERATOR -> {
                        if (i + 1 < n) entry[i + 1] = true;
                    }
                    default -> { }
                }
            }
            for (Code.Handler h : pc.code.exceptionTable) entry[h.target()] = true;
            for (int i = 0; i < n; i++) {
                // unreachable; or a CALL whose KW_NAMES the loop would not have seen
                if (depths[i] < 0 || i > 0 && Opcode.opOf(words[i - 1]) == Op.KW_NAMES) entry[i] = false;
            }
            return entry;
        }

        /**
         * Where a straight-line piece must begin (a piece is entered only at its start): an
         * entry point (which includes every handler and backward-jump target) or the target of
         * a forward jump.
         */
        private boolean[] pieceBoundaries(boolean[] entry) {
            boolean[] b = entry.clone();
            for (int i = 0; i < n; i++) {
                if (depths[i] < 0) continue;
                int op = Opcode.opOf(words[i]);
                if (Opcode.of(op).isJump()) b[Opcode.argOf(words[i])] = true;
            }
            return b;
        }

        /** The end (exclusive) of the piece that may start at {@code i}: up to PIECE_LIMIT instructions that may go in one. */
        private int pieceEnd(int i, boolean[] boundary) {
            int end = i;
            while (end < n && end - i < PIECE_LIMIT && depths[end] >= 0 && inPiece(Opcode.opOf(words[end]))
                    && (end == i || !boundary[end])) {
                end++;
            }
            return end;
        }

        /**
         * Whether an instruction may go in a piece: one that neither jumps, nor leaves for the
         * eval loop, nor has an exception range of its own (RERAISE), nor reads the previous
         * instruction's state (CALL after KW_NAMES).
         */
        private static boolean inPiece(int op) {
            if (Opcode.of(op).isJump()) return false;
            return switch (op) {
                case Op.FOR_ITER, Op.CALL, Op.KW_NAMES, Op.RERAISE,
                     Op.RETURN_VALUE, Op.RETURN_GENERATOR, Op.YIELD_VALUE, Op.SEND -> false;
                default -> true;
            };
        }

        /**
         * Moves instructions {@code [from, to)} into a static method of their own and calls it.
         * Why: HotSpot inlines into one compilation only so much bytecode (its
         * {@code DesiredMethodLimit}); a hot Python function compiled as one method, each
         * instruction a call, ran most instructions as real calls. Each piece is compiled on its
         * own budget, with its instructions inlined, for one call per piece. An exception leaves
         * the piece for {@code run}'s handler, which finds the instruction in {@code f.lasti} as
         * before.
         */
        private void emitPiece(int from, int to) {
            String name = "piece" + (pieces++) + "_" + from;
            String desc = "(" + TS + FRAME + PC + SLOTS + ")V";
            mv.visitVarInsn(ALOAD, lTs);
            mv.visitVarInsn(ALOAD, lF);
            mv.visitVarInsn(ALOAD, lPc);
            mv.visitVarInsn(ALOAD, lS);
            mv.visitMethodInsn(INVOKESTATIC, className, name, desc, false);
            MethodVisitor run = mv;
            mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, name, desc, null, null);
            lTs = 0; lF = 1; lPc = 2; lS = 3;
            mv.visitCode();
            for (int i = from; i < to; i++) {
                int word = words[i];
                int op = Opcode.opOf(word);
                if (mayThrow(op)) setLasti(i);
                instruction(i, word, op, Opcode.argOf(word), depths[i], -1);
            }
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            mv = run;
            lTs = L_TS; lF = L_F; lPc = L_PC; lS = L_S;
        }

        private static boolean mayThrow(int op) {
            return switch (op) {
                case Op.NOP, Op.JUMP_FORWARD, Op.KW_NAMES, Op.PUSH_NULL,
                     Op.RETURN_VALUE, Op.RETURN_GENERATOR, Op.YIELD_VALUE, Op.SEND -> false;
                default -> true;
            };
        }

        private void instruction(int i, int word, int op, int arg, int sp, int kwConst) {
            switch (op) {
                case Op.NOP, Op.KW_NAMES -> { } // KW_NAMES: its names go to the CALL that follows
                case Op.RESUME -> pollBreaker();
                case Op.POP_TOP -> call("popTop", "(" + TS + SLOTS + "I)V", TSV, S, sp);
                case Op.PUSH_NULL -> {
                    mv.visitVarInsn(ALOAD, lS);
                    iconst(sp);
                    mv.visitInsn(ACONST_NULL);
                    mv.visitInsn(AASTORE);
                }
                case Op.COPY -> call("copy", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.SWAP -> call("swap", "(" + SLOTS + "II)V", S, sp, arg);
                case Op.LOAD_CONST -> call("loadConst", "(" + PC + SLOTS + "II)V", PCV, S, sp, arg);
                case Op.LOAD_FAST -> call("loadFast", "(" + TS + PC + SLOTS + "II)V", TSV, PCV, S, sp, arg);
                case Op.LOAD_FAST_BORROW -> call("loadFastBorrow", "(" + TS + PC + SLOTS + "II)V", TSV, PCV, S, sp, arg);
                case Op.STORE_FAST -> call("storeFast", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.LOAD_GLOBAL -> {
                    call("loadGlobal", "(" + TS + FRAME + PC + SLOTS + "III)I", TSV, FV, PCV, S, sp, arg, i);
                    mv.visitInsn(POP);
                }
                case Op.LOAD_CLOSURE -> call("loadClosure", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.LOAD_DEREF -> call("loadDeref", "(" + TS + PC + SLOTS + "II)V", TSV, PCV, S, sp, arg);
                case Op.STORE_DEREF -> call("storeDeref", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.LOAD_ATTR -> call("loadAttr", "(" + TS + PC + SLOTS + "IIII)V", TSV, PCV, S, sp, arg, word, i);
                case Op.LOAD_METHOD -> call("loadMethod", "(" + TS + PC + SLOTS + "IIII)V", TSV, PCV, S, sp, arg, word, i);
                case Op.STORE_ATTR -> call("storeAttr", "(" + TS + PC + SLOTS + "IIII)V", TSV, PCV, S, sp, arg, word, i);
                case Op.BINARY_SUBSCR -> call("binarySubscr", "(" + TS + SLOTS + "II)V", TSV, S, sp, word);
                case Op.STORE_SUBSCR -> call("storeSubscr", "(" + TS + SLOTS + "II)V", TSV, S, sp, word);
                case Op.BINARY_OP -> call("binaryOp", "(" + TS + SLOTS + "III)V", TSV, S, sp, arg, word);
                case Op.UNARY_NOT -> call("unaryNot", "(" + TS + SLOTS + "I)V", TSV, S, sp);
                case Op.COMPARE_OP -> call("compareOp", "(" + TS + SLOTS + "III)V", TSV, S, sp, arg, word);
                case Op.IS_OP -> call("isOp", "(" + TS + SLOTS + "III)V", TSV, S, sp, arg, word);
                case Op.BUILD_TUPLE -> call("buildTuple", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.BUILD_SLICE -> call("buildSlice", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.MAKE_FUNCTION -> call("makeFunction", "(" + TS + FRAME + SLOTS + "II)V", TSV, FV, S, sp, arg);
                case Op.BUILD_LIST -> call("buildList", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.LIST_APPEND -> call("listAppend", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.UNPACK_SEQUENCE -> call("unpackSequence", "(" + TS + SLOTS + "II)V", TSV, S, sp, arg);
                case Op.GET_ITER -> call("getIter", "(" + TS + SLOTS + "II)V", TSV, S, sp, word);
                case Op.FOR_ITER -> {
                    call("forIter", "(" + TS + SLOTS + "I)Z", TSV, S, sp);
                    mv.visitJumpInsn(IFEQ, at[arg]);
                }
                case Op.JUMP_FORWARD -> mv.visitJumpInsn(GOTO, at[arg]);
                case Op.JUMP_BACKWARD -> {
                    pollBreaker();
                    mv.visitJumpInsn(GOTO, at[arg]);
                }
                case Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_FORWARD_IF_TRUE -> {
                    call("popTruth", "(" + TS + SLOTS + "I)Z", TSV, S, sp);
                    mv.visitJumpInsn(op == Op.POP_JUMP_FORWARD_IF_TRUE ? IFNE : IFEQ, at[arg]);
                }
                case Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE -> {
                    Label stay = new Label();
                    call("popTruth", "(" + TS + SLOTS + "I)Z", TSV, S, sp);
                    mv.visitJumpInsn(op == Op.POP_JUMP_BACKWARD_IF_TRUE ? IFEQ : IFNE, stay);
                    pollBreaker();
                    mv.visitJumpInsn(GOTO, at[arg]);
                    mv.visitLabel(stay);
                }
                case Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_FORWARD_IF_NOT_NONE -> {
                    call("popIsNone", "(" + TS + SLOTS + "I)Z", TSV, S, sp);
                    mv.visitJumpInsn(op == Op.POP_JUMP_FORWARD_IF_NONE ? IFNE : IFEQ, at[arg]);
                }
                case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> {
                    mv.visitVarInsn(ALOAD, lTs);
                    mv.visitVarInsn(ALOAD, lS);
                    iconst(sp);
                    mv.visitInsn(op == Op.JUMP_IF_TRUE_OR_POP ? ICONST_1 : ICONST_0);
                    mv.visitMethodInsn(INVOKESTATIC, INSTR, "jumpOrPop", "(" + TS + SLOTS + "IZ)Z", false);
                    mv.visitJumpInsn(IFNE, at[arg]);
                }
                case Op.CALL -> {
                    mv.visitVarInsn(ALOAD, lTs);
                    mv.visitVarInsn(ALOAD, lF);
                    mv.visitVarInsn(ALOAD, lS);
                    iconst(sp);
                    iconst(arg);
                    if (kwConst >= 0) {
                        mv.visitVarInsn(ALOAD, lPc);
                        iconst(kwConst);
                        mv.visitMethodInsn(INVOKESTATIC, INSTR, "kwnames", "(" + PC + "I)" + KW, false);
                    } else {
                        mv.visitInsn(ACONST_NULL);
                    }
                    iconst(i + 1);
                    String method = (Opcode.borrowedOf(word) & 0b1000) == 0 ? "call" : "callSelfBorrowed";
                    mv.visitMethodInsn(INVOKESTATIC, INSTR, method, "(" + TS + FRAME + SLOTS + "II" + KW + "I)" + FRAME, false);
                    // a new Python frame: hand it to the loop, which pushes it and comes back at i + 1
                    Label ranHere = new Label();
                    mv.visitInsn(DUP);
                    mv.visitJumpInsn(IFNULL, ranHere);
                    mv.visitVarInsn(ALOAD, lTs);
                    mv.visitInsn(SWAP);
                    mv.visitFieldInsn(PUTFIELD, RT + "PyThreadState", "compiledCallee", FRAME);
                    exit(i + 1, sp - arg - 2);
                    mv.visitLabel(ranHere);
                    mv.visitInsn(POP);
                }
                // the instructions that change frames belong to the eval loop
                case Op.RETURN_VALUE, Op.RETURN_GENERATOR, Op.YIELD_VALUE, Op.SEND -> exit(i, sp);
                default -> {
                    // Eval.rare(ts, f, pc, s, ip, sp, word, arg), ip being the next instruction as in the loop
                    mv.visitVarInsn(ALOAD, lTs);
                    mv.visitVarInsn(ALOAD, lF);
                    mv.visitVarInsn(ALOAD, lPc);
                    mv.visitVarInsn(ALOAD, lS);
                    iconst(i + 1);
                    iconst(sp);
                    iconst(word);
                    iconst(arg);
                    mv.visitMethodInsn(INVOKESTATIC, EVAL, "rare", "(" + TS + FRAME + PC + SLOTS + "IIII)I", false);
                    mv.visitInsn(POP);
                }
            }
        }

        // argument kinds for call(): the run method's locals, else an int constant
        private static final Object TSV = new Object(), FV = new Object(), PCV = new Object(), S = new Object();

        private void call(String name, String desc, Object... args) {
            for (Object a : args) {
                if (a == TSV) mv.visitVarInsn(ALOAD, lTs);
                else if (a == FV) mv.visitVarInsn(ALOAD, lF);
                else if (a == PCV) mv.visitVarInsn(ALOAD, lPc);
                else if (a == S) mv.visitVarInsn(ALOAD, lS);
                else iconst((Integer) a);
            }
            mv.visitMethodInsn(INVOKESTATIC, INSTR, name, desc, false);
        }

        private void pollBreaker() {
            mv.visitVarInsn(ALOAD, lTs);
            mv.visitMethodInsn(INVOKESTATIC, INSTR, "pollBreaker", "(" + TS + ")V", false);
        }

        private void setLasti(int i) {
            mv.visitVarInsn(ALOAD, lF);
            iconst(i);
            mv.visitFieldInsn(PUTFIELD, FRAME_T, "lasti", "I");
        }

        /** Back to the eval loop, which executes instruction {@code next} on stack depth {@code sp}. */
        private void exit(int next, int sp) {
            mv.visitVarInsn(ALOAD, lF);
            iconst(sp);
            mv.visitFieldInsn(PUTFIELD, FRAME_T, "sp", "I");
            iconst(next);
            mv.visitInsn(IRETURN);
        }

        private void iconst(int v) {
            if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
            else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
            else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
            else mv.visitLdcInsn(v);
        }
    }
}
