package skein.interpreter.bytecode;

import java.util.function.IntUnaryOperator;

/**
 * Every instruction, defined once: its number, what its argument means, its stack effect
 * (on the fall-through and, for branches, on the jump edge) and a one-line meaning. The
 * compiler's stack-depth pass and {@code skein dis} are derived from this table; the eval
 * loop switches on {@link Op}'s numbers, which {@link #checkNumbering} ties to this enum.
 *
 * <p>Names are CPython 3.11's wherever the meaning is the same, so a disassembly reads like
 * Python's {@code dis}. Differences: one 32-bit word per instruction (opcode in the low 8
 * bits, a 24-bit argument above), so there are no {@code EXTENDED_ARG}, {@code CACHE} or
 * {@code PRECALL} instructions; jump arguments are absolute instruction indexes (dis shows
 * the relative form CPython prints).
 *
 * <p>Stack notation in the comments: {@code (in -- out)}, top of stack rightmost.
 */
public enum Opcode {
    NOP(Op.NOP, Arg.NONE, 0, 0, "( -- ) do nothing; keeps a line number alive"),
    RESUME(Op.RESUME, Arg.RAW, 0, 0, "( -- ) start or resume a frame; checks the eval breaker"),
    POP_TOP(Op.POP_TOP, Arg.NONE, 1, 0, "(x -- ) drop the top of stack"),
    PUSH_NULL(Op.PUSH_NULL, Arg.NONE, 0, 1, "( -- NULL) mark a call with no self argument"),
    COPY(Op.COPY, Arg.RAW, a -> a, a -> a + 1, "(x ...[i-1] -- x ... x) push a copy of the i-th item"),
    SWAP(Op.SWAP, Arg.RAW, a -> a, a -> a, "(x ... y -- y ... x) swap the top with the i-th item"),

    LOAD_CONST(Op.LOAD_CONST, Arg.CONST, 0, 1, "( -- const) push a constant"),
    LOAD_FAST(Op.LOAD_FAST, Arg.LOCAL, 0, 1, "( -- value) push a local; UnboundLocalError if unset"),
    LOAD_FAST_BORROW(Op.LOAD_FAST_BORROW, Arg.LOCAL, 0, 1, "( -- value) push a local without counting it: the local keeps it alive until the borrowing instruction"),
    STORE_FAST(Op.STORE_FAST, Arg.LOCAL, 1, 0, "(value -- ) store into a local"),
    DELETE_FAST(Op.DELETE_FAST, Arg.LOCAL, 0, 0, "( -- ) unset a local"),
    LOAD_NAME(Op.LOAD_NAME, Arg.NAME, 0, 1, "( -- value) look a name up in locals, globals, builtins"),
    STORE_NAME(Op.STORE_NAME, Arg.NAME, 1, 0, "(value -- ) bind a name in the frame's locals mapping"),
    DELETE_NAME(Op.DELETE_NAME, Arg.NAME, 0, 0, "( -- ) unbind a name in the locals mapping"),
    LOAD_GLOBAL(Op.LOAD_GLOBAL, Arg.GLOBAL, a -> 0, a -> 1 + (a & 1), "( -- [NULL] value) push a global or builtin (low bit: push NULL first)"),
    STORE_GLOBAL(Op.STORE_GLOBAL, Arg.NAME, 1, 0, "(value -- ) bind a module global"),
    DELETE_GLOBAL(Op.DELETE_GLOBAL, Arg.NAME, 0, 0, "( -- ) unbind a module global"),

    MAKE_CELL(Op.MAKE_CELL, Arg.LOCAL, 0, 0, "( -- ) wrap a local slot in a new cell"),
    COPY_FREE_VARS(Op.COPY_FREE_VARS, Arg.RAW, 0, 0, "( -- ) copy n closure cells from the function into the frame"),
    LOAD_CLOSURE(Op.LOAD_CLOSURE, Arg.LOCAL, 0, 1, "( -- cell) push the cell of a cell or free variable"),
    LOAD_DEREF(Op.LOAD_DEREF, Arg.LOCAL, 0, 1, "( -- value) push the contents of a cell"),
    LOAD_CLASSDEREF(Op.LOAD_CLASSDEREF, Arg.LOCAL, 0, 1, "( -- value) class body: the locals mapping first, then the cell"),
    STORE_DEREF(Op.STORE_DEREF, Arg.LOCAL, 1, 0, "(value -- ) store into a cell"),
    DELETE_DEREF(Op.DELETE_DEREF, Arg.LOCAL, 0, 0, "( -- ) empty a cell"),

    LOAD_ATTR(Op.LOAD_ATTR, Arg.NAME, 1, 1, "(obj -- value) getattr(obj, name)"),
    LOAD_METHOD(Op.LOAD_METHOD, Arg.NAME, 1, 2, "(obj -- meth self | NULL value) load a method without binding it"),
    STORE_ATTR(Op.STORE_ATTR, Arg.NAME, 2, 0, "(value obj -- ) setattr(obj, name, value)"),
    DELETE_ATTR(Op.DELETE_ATTR, Arg.NAME, 1, 0, "(obj -- ) delattr(obj, name)"),
    BINARY_SUBSCR(Op.BINARY_SUBSCR, Arg.NONE, 2, 1, "(container key -- value) container[key]"),
    STORE_SUBSCR(Op.STORE_SUBSCR, Arg.NONE, 3, 0, "(value container key -- ) container[key] = value"),
    DELETE_SUBSCR(Op.DELETE_SUBSCR, Arg.NONE, 2, 0, "(container key -- ) del container[key]"),
    BUILD_SLICE(Op.BUILD_SLICE, Arg.RAW, a -> a, a -> 1, "(start stop [step] -- slice) build a slice object"),

    BINARY_OP(Op.BINARY_OP, Arg.BINARY_OP, 2, 1, "(a b -- a op b) arithmetic, bitwise, or in-place operator"),
    UNARY_POSITIVE(Op.UNARY_POSITIVE, Arg.NONE, 1, 1, "(x -- +x)"),
    UNARY_NEGATIVE(Op.UNARY_NEGATIVE, Arg.NONE, 1, 1, "(x -- -x)"),
    UNARY_NOT(Op.UNARY_NOT, Arg.NONE, 1, 1, "(x -- not x)"),
    UNARY_INVERT(Op.UNARY_INVERT, Arg.NONE, 1, 1, "(x -- ~x)"),
    COMPARE_OP(Op.COMPARE_OP, Arg.COMPARE, 2, 1, "(a b -- a cmp b) rich comparison"),
    IS_OP(Op.IS_OP, Arg.RAW, 2, 1, "(a b -- a is b) identity; arg 1 means 'is not'"),
    CONTAINS_OP(Op.CONTAINS_OP, Arg.RAW, 2, 1, "(a b -- a in b) membership; arg 1 means 'not in'"),

    BUILD_TUPLE(Op.BUILD_TUPLE, Arg.RAW, a -> a, a -> 1, "(items -- tuple)"),
    BUILD_LIST(Op.BUILD_LIST, Arg.RAW, a -> a, a -> 1, "(items -- list)"),
    BUILD_SET(Op.BUILD_SET, Arg.RAW, a -> a, a -> 1, "(items -- set)"),
    BUILD_MAP(Op.BUILD_MAP, Arg.RAW, a -> 2 * a, a -> 1, "(k1 v1 ... -- dict)"),
    BUILD_CONST_KEY_MAP(Op.BUILD_CONST_KEY_MAP, Arg.RAW, a -> a + 1, a -> 1, "(v1 ... keys -- dict) keys is a constant tuple"),
    BUILD_STRING(Op.BUILD_STRING, Arg.RAW, a -> a, a -> 1, "(strs -- str) concatenate the pieces of an f-string"),
    LIST_APPEND(Op.LIST_APPEND, Arg.RAW, 1, 0, "(list ...[i-1] x -- list ...) append x (comprehensions)"),
    SET_ADD(Op.SET_ADD, Arg.RAW, 1, 0, "(set ...[i-1] x -- set ...) add x (comprehensions)"),
    MAP_ADD(Op.MAP_ADD, Arg.RAW, 2, 0, "(dict ...[i-1] k v -- dict ...) store k: v (comprehensions)"),
    LIST_EXTEND(Op.LIST_EXTEND, Arg.RAW, 1, 0, "(list ...[i-1] iterable -- list ...) extend a list ([*a, *b])"),
    SET_UPDATE(Op.SET_UPDATE, Arg.RAW, 1, 0, "(set ...[i-1] iterable -- set ...) update a set ({*a})"),
    DICT_UPDATE(Op.DICT_UPDATE, Arg.RAW, 1, 0, "(dict ...[i-1] mapping -- dict ...) update a dict ({**m})"),
    DICT_MERGE(Op.DICT_MERGE, Arg.RAW, 1, 0, "(dict ...[i-1] mapping -- dict ...) merge for f(**m); duplicate keys are a TypeError"),
    LIST_TO_TUPLE(Op.LIST_TO_TUPLE, Arg.NONE, 1, 1, "(list -- tuple)"),
    FORMAT_VALUE(Op.FORMAT_VALUE, Arg.FORMAT, a -> 1 + ((a & 4) >> 2), a -> 1, "(value [spec] -- str) f-string field: conversion and format()"),
    UNPACK_SEQUENCE(Op.UNPACK_SEQUENCE, Arg.RAW, a -> 1, a -> a, "(seq -- x_n ... x_1) unpack exactly n items"),
    UNPACK_EX(Op.UNPACK_EX, Arg.RAW, a -> 1, a -> (a & 0xFF) + (a >> 8) + 1, "(seq -- after list before) unpack around a starred target"),

    GET_ITER(Op.GET_ITER, Arg.NONE, 1, 1, "(iterable -- iter(iterable))"),
    FOR_ITER(Op.FOR_ITER, Arg.JUMP, 1, 2, 1, 0, "(iter -- iter next | ) next item, or pop the iterator and jump when exhausted"),
    JUMP_FORWARD(Op.JUMP_FORWARD, Arg.JUMP, 0, 0, "( -- ) jump forward"),
    JUMP_BACKWARD(Op.JUMP_BACKWARD, Arg.JUMP, 0, 0, "( -- ) jump backward; checks the eval breaker"),
    POP_JUMP_FORWARD_IF_FALSE(Op.POP_JUMP_FORWARD_IF_FALSE, Arg.JUMP, 1, 0, 1, 0, "(cond -- ) jump forward if cond is false"),
    POP_JUMP_FORWARD_IF_TRUE(Op.POP_JUMP_FORWARD_IF_TRUE, Arg.JUMP, 1, 0, 1, 0, "(cond -- ) jump forward if cond is true"),
    POP_JUMP_BACKWARD_IF_FALSE(Op.POP_JUMP_BACKWARD_IF_FALSE, Arg.JUMP, 1, 0, 1, 0, "(cond -- ) jump backward if false; checks the eval breaker"),
    POP_JUMP_BACKWARD_IF_TRUE(Op.POP_JUMP_BACKWARD_IF_TRUE, Arg.JUMP, 1, 0, 1, 0, "(cond -- ) jump backward if true; checks the eval breaker"),
    POP_JUMP_FORWARD_IF_NONE(Op.POP_JUMP_FORWARD_IF_NONE, Arg.JUMP, 1, 0, 1, 0, "(x -- ) jump forward if x is None"),
    POP_JUMP_FORWARD_IF_NOT_NONE(Op.POP_JUMP_FORWARD_IF_NOT_NONE, Arg.JUMP, 1, 0, 1, 0, "(x -- ) jump forward if x is not None"),
    JUMP_IF_FALSE_OR_POP(Op.JUMP_IF_FALSE_OR_POP, Arg.JUMP, 1, 0, 1, 1, "(x -- | x) keep x and jump if false, else pop it (and/or)"),
    JUMP_IF_TRUE_OR_POP(Op.JUMP_IF_TRUE_OR_POP, Arg.JUMP, 1, 0, 1, 1, "(x -- | x) keep x and jump if true, else pop it (and/or)"),

    MAKE_FUNCTION(Op.MAKE_FUNCTION, Arg.MAKE_FUNCTION, a -> 1 + Integer.bitCount(a & 0xF), a -> 1,
            "([defaults] [kwdefaults] [annotations] [closure] code -- function)"),
    CALL(Op.CALL, Arg.RAW, a -> a + 2, a -> 1, "(NULL|meth callable|self args -- result) call with n arguments"),
    KW_NAMES(Op.KW_NAMES, Arg.CONST, 0, 0, "( -- ) name the last arguments of the next CALL (a constant tuple)"),
    CALL_FUNCTION_EX(Op.CALL_FUNCTION_EX, Arg.RAW, a -> 3 + (a & 1), a -> 1, "(NULL callable args [kwargs] -- result) f(*args, **kwargs)"),
    RETURN_VALUE(Op.RETURN_VALUE, Arg.NONE, 1, 0, "(value -- ) return to the caller's frame"),
    RETURN_GENERATOR(Op.RETURN_GENERATOR, Arg.NONE, 0, 1, "( -- None) make a generator of this frame and return it to the caller"),
    YIELD_VALUE(Op.YIELD_VALUE, Arg.NONE, 1, 1, "(value -- sent) suspend the generator; resumes with the value sent in"),
    SEND(Op.SEND, Arg.JUMP, 2, 2, 2, 1, "(receiver value -- receiver result | value) delegate to a sub-iterator (yield from)"),
    GET_YIELD_FROM_ITER(Op.GET_YIELD_FROM_ITER, Arg.NONE, 1, 1, "(iterable -- iter) iter() for yield from (a generator stays itself)"),

    PUSH_EXC_INFO(Op.PUSH_EXC_INFO, Arg.NONE, 1, 2, "(exc -- prev_exc exc) enter a handler: make exc the one being handled"),
    POP_EXCEPT(Op.POP_EXCEPT, Arg.NONE, 1, 0, "(prev_exc -- ) leave a handler: restore the exception being handled before"),
    CHECK_EXC_MATCH(Op.CHECK_EXC_MATCH, Arg.NONE, 2, 2, "(exc type -- exc bool) isinstance check of an except clause"),
    RERAISE(Op.RERAISE, Arg.RAW, 1, 0, "(exc -- ) re-raise; arg 1: restore lasti from below the exception"),
    RAISE_VARARGS(Op.RAISE_VARARGS, Arg.RAW, a -> a, a -> 0, "([exc [cause]] -- ) raise; no argument re-raises the current exception"),
    LOAD_ASSERTION_ERROR(Op.LOAD_ASSERTION_ERROR, Arg.NONE, 0, 1, "( -- AssertionError)"),
    BEFORE_WITH(Op.BEFORE_WITH, Arg.NONE, 1, 3, "(mgr -- exit self enter_result) call __enter__, keep __exit__ as LOAD_METHOD would"),
    WITH_EXCEPT_START(Op.WITH_EXCEPT_START, Arg.NONE, 5, 6, "(exit self lasti prev exc -- exit self lasti prev exc result) call __exit__(type, exc, tb)"),

    LOAD_BUILD_CLASS(Op.LOAD_BUILD_CLASS, Arg.NONE, 0, 1, "( -- __build_class__)"),
    IMPORT_NAME(Op.IMPORT_NAME, Arg.NAME, 2, 1, "(level fromlist -- module) import a module"),
    IMPORT_FROM(Op.IMPORT_FROM, Arg.NAME, 1, 2, "(module -- module value) from module import name"),
    IMPORT_STAR(Op.IMPORT_STAR, Arg.NONE, 1, 0, "(module -- ) from module import *"),
    SETUP_ANNOTATIONS(Op.SETUP_ANNOTATIONS, Arg.NONE, 0, 0, "( -- ) create __annotations__ in the locals mapping");

    /** How {@code dis} shows an argument. */
    public enum Arg { NONE, RAW, CONST, LOCAL, NAME, GLOBAL, JUMP, COMPARE, BINARY_OP, FORMAT, MAKE_FUNCTION }

    public final int code;
    public final Arg arg;
    private final IntUnaryOperator pops, pushes, popsOnJump, pushesOnJump;
    public final String meaning;

    Opcode(int code, Arg arg, int pops, int pushes, String meaning) {
        this(code, arg, a -> pops, a -> pushes, meaning);
    }

    Opcode(int code, Arg arg, IntUnaryOperator pops, IntUnaryOperator pushes, String meaning) {
        this(code, arg, pops, pushes, pops, pushes, meaning);
    }

    /** A branch whose jump edge has a different stack effect. */
    Opcode(int code, Arg arg, int pops, int pushes, int popsOnJump, int pushesOnJump, String meaning) {
        this(code, arg, a -> pops, a -> pushes, a -> popsOnJump, a -> pushesOnJump, meaning);
    }

    Opcode(int code, Arg arg, IntUnaryOperator pops, IntUnaryOperator pushes,
           IntUnaryOperator popsOnJump, IntUnaryOperator pushesOnJump, String meaning) {
        this.code = code;
        this.arg = arg;
        this.pops = pops;
        this.pushes = pushes;
        this.popsOnJump = popsOnJump;
        this.pushesOnJump = pushesOnJump;
        this.meaning = meaning;
    }

    private static final Opcode[] BY_CODE = new Opcode[256];

    static {
        checkNumbering();
    }

    /** Each {@link Op} number belongs to exactly one instruction. */
    private static void checkNumbering() {
        for (Opcode o : values()) {
            if (BY_CODE[o.code] != null) throw new ExceptionInInitializerError("opcode " + o.code + " used twice");
            BY_CODE[o.code] = o;
        }
    }

    public static Opcode of(int code) {
        Opcode o = code >= 0 && code < 256 ? BY_CODE[code] : null;
        if (o == null) throw new IllegalArgumentException("no opcode " + code);
        return o;
    }

    public int pops(int arg) { return pops.applyAsInt(arg); }
    public int pushes(int arg) { return pushes.applyAsInt(arg); }

    /** Net stack effect on the fall-through edge ({@code jump=false}) or the jump edge. */
    public int stackEffect(int arg, boolean jump) {
        return jump ? pushesOnJump.applyAsInt(arg) - popsOnJump.applyAsInt(arg)
                    : pushes.applyAsInt(arg) - pops.applyAsInt(arg);
    }

    public boolean isJump() {
        return arg == Arg.JUMP;
    }

    /** Control never falls through to the next instruction. */
    public boolean isTerminal() {
        return this == RETURN_VALUE || this == RERAISE || this == RAISE_VARARGS
                || this == JUMP_FORWARD || this == JUMP_BACKWARD;
    }

    /** Checks the eval breaker (backward edges and frame entry), as CPython does. */
    public boolean checksEvalBreaker() {
        return this == JUMP_BACKWARD || this == POP_JUMP_BACKWARD_IF_FALSE
                || this == POP_JUMP_BACKWARD_IF_TRUE || this == RESUME;
    }

    // ---- the instruction word ----

    public static int word(Opcode op, int arg) {
        return word(op, arg, 0);
    }

    /**
     * An instruction word; {@code borrowed} marks the operands that {@link #LOAD_FAST_BORROW}
     * pushed (bit 0: the top of stack, bit 1 the one below, bit 2 the third): the instruction
     * must not drop a reference for them (and must not reuse such an operand in place).
     */
    public static int word(Opcode op, int arg, int borrowed) {
        if (arg < 0 || arg > MAX_ARG) throw new IllegalArgumentException(op + " argument out of range: " + arg);
        if ((borrowed & ~op.borrowable()) != 0)
            throw new IllegalArgumentException(op + " cannot borrow operands " + borrowed);
        return op.code | (arg << 8) | (borrowed << BORROWED_SHIFT);
    }

    /** Arguments use 20 bits; the word's top 4 bits hold the borrowed-operand mask. */
    public static final int MAX_ARG = (1 << 20) - 1;
    public static final int BORROWED_SHIFT = 28;

    public static int opOf(int word) { return word & 0xFF; }
    public static int argOf(int word) { return (word >>> 8) & MAX_ARG; }
    public static int borrowedOf(int word) { return word >>> BORROWED_SHIFT; }

    /**
     * The operands this instruction may take as borrowed references (bit 0: top of stack): the
     * instructions that only read an operand, or store it where it is counted anew, and drop
     * their reference to it at the end. Each must raise, if it raises, before it changes those
     * operands' slots (the unwinder clears the borrowed slots it finds there). LOAD_METHOD leaves
     * its borrowed object on the stack as the method's self, for a CALL with bit 3 (its self,
     * under however many arguments) to consume.
     */
    public int borrowable() {
        return switch (this) {
            case LOAD_ATTR, LOAD_METHOD, GET_ITER -> 0b1;
            case CALL -> 0b1000;
            case STORE_ATTR, BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP -> 0b11;
            case STORE_SUBSCR -> 0b111;
            default -> 0;
        };
    }
}
