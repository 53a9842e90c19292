package skein.interpreter.compile;

/**
 * Instructions that exist only inside the compiler (CPython's pseudo-instructions), numbered
 * above the real opcodes. Direction-free jumps become their FORWARD/BACKWARD forms once the
 * layout is known; the block setup/teardown markers define the exception table and vanish.
 */
final class Pseudo {
    private Pseudo() {}

    static final int JUMP = 256;
    static final int POP_JUMP_IF_FALSE = 257;
    static final int POP_JUMP_IF_TRUE = 258;
    static final int POP_JUMP_IF_NONE = 259;
    static final int POP_JUMP_IF_NOT_NONE = 260;
    /** Protect the following code; an exception goes to the target with the exception pushed. */
    static final int SETUP_FINALLY = 261;
    /** As SETUP_FINALLY, but the handler also gets lasti below the exception. */
    static final int SETUP_CLEANUP = 262;
    /** As SETUP_CLEANUP, for a with body: the handler depth excludes __enter__'s result. */
    static final int SETUP_WITH = 263;
    /** End of a protected range (becomes a NOP that may keep a line number alive). */
    static final int POP_BLOCK = 264;

    static boolean isPseudo(int op) {
        return op >= 256;
    }

    static boolean isSetup(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    static String name(int op) {
        return switch (op) {
            case JUMP -> "JUMP";
            case POP_JUMP_IF_FALSE -> "POP_JUMP_IF_FALSE";
            case POP_JUMP_IF_TRUE -> "POP_JUMP_IF_TRUE";
            case POP_JUMP_IF_NONE -> "POP_JUMP_IF_NONE";
            case POP_JUMP_IF_NOT_NONE -> "POP_JUMP_IF_NOT_NONE";
            case SETUP_FINALLY -> "SETUP_FINALLY";
            case SETUP_CLEANUP -> "SETUP_CLEANUP";
            case SETUP_WITH -> "SETUP_WITH";
            case POP_BLOCK -> "POP_BLOCK";
            default -> skein.interpreter.bytecode.Opcode.of(op).name();
        };
    }
}
