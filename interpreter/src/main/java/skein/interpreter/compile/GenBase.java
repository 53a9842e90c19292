package skein.interpreter.compile;

import java.util.ArrayDeque;
import java.util.Deque;

import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.Located;
import skein.interpreter.ast.Node;
import skein.interpreter.bytecode.Opcode;

/**
 * The code generator's shared state and emit primitives: the stack of code units being compiled,
 * the current block and source location, constant/name/variable tables and how a name is loaded,
 * stored or deleted given its symbol-table scope. The generator is split by concern along a chain
 * of subclasses ({@link ExprGen} → {@link FuncGen} → {@link TryGen} → {@link CodeGen}); methods
 * that a lower layer needs from a higher one are declared abstract here.
 */
abstract class GenBase {
    final String filename;
    final String source;
    final SymbolTable symtable;
    final DepthGuard guard;
    final Folder folder = new Folder();
    Unit u;
    private final Deque<Unit> units = new ArrayDeque<>();

    GenBase(String filename, String source, SymbolTable symtable, DepthGuard guard) {
        this.filename = filename;
        this.source = source;
        this.symtable = symtable;
        this.guard = guard;
    }

    // ---- units ----

    void enterUnit(Unit unit) {
        if (u != null) units.push(u);
        u = unit;
    }

    void exitUnit() {
        u = units.isEmpty() ? null : units.pop();
    }

    /** The unit enclosing the current one (for qualnames), or null. */
    Unit parentUnit() {
        return units.peek();
    }

    // ---- errors ----

    CompileError.Failure error(String msg, Located at) {
        return CompileError.at(msg, filename, source, at);
    }

    /** An error at the current location, as CPython's compiler_error does. */
    CompileError.Failure errorHere(String msg) {
        return CompileError.at(msg, filename, source, u.line, u.col, u.endLine, u.endCol);
    }

    // ---- location ----

    void setLoc(Located n) {
        u.line = n.lineno();
        u.endLine = n.endLineno();
        u.col = n.colOffset();
        u.endCol = n.endColOffset();
    }

    void unsetLoc() {
        u.line = u.endLine = u.col = u.endCol = -1;
    }

    int[] saveLoc() {
        return new int[] {u.line, u.endLine, u.col, u.endCol};
    }

    void restoreLoc(int[] l) {
        u.line = l[0];
        u.endLine = l[1];
        u.col = l[2];
        u.endCol = l[3];
    }

    // ---- blocks and emission ----

    Block newBlock() {
        return u.newBlock();
    }

    /** Makes {@code b} the current block, placed after the current one in layout order. */
    void useBlock(Block b) {
        Block cur = u.current;
        b.next = cur.next;
        cur.next = b;
        u.current = b;
        if (b.entryHandlers != null) {
            u.handlers.clear();
            u.handlers.addAll(b.entryHandlers);
        }
    }

    void nextBlock() {
        useBlock(newBlock());
    }

    Instr emitRaw(int op, int arg, Block target) {
        if (target != null && target.entryHandlers == null) target.entryHandlers = new ArrayDeque<>(u.handlers);
        // block push/pop markers belong to no handler (CPython's label_exception_targets)
        Instr.Handler h = Pseudo.isSetup(op) || op == Pseudo.POP_BLOCK ? null : u.handlers.peek();
        Instr i = new Instr(op, arg, target, u.line, u.endLine, u.col, u.endCol, h);
        u.current.instrs.add(i);
        return i;
    }

    void emit(Opcode op) {
        emit(op, 0);
    }

    void emit(Opcode op, int arg) {
        emitRaw(op.code, arg, null);
        if (op.isTerminal()) {
            nextBlock();
            u.current.afterReturn = op == Opcode.RETURN_VALUE;
        }
    }

    /** A jump (real or {@link Pseudo}); the current block ends with it. */
    void jump(int op, Block target) {
        emitRaw(op, 0, target);
        nextBlock();
    }

    void loadConst(Object value) {
        emit(Opcode.LOAD_CONST, u.addConst(value));
    }

    void emitName(Opcode op, String name) {
        emit(op, u.addName(name));
    }

    void emitDeref(Opcode op, String name) {
        Instr i = emitRaw(op.code, 0, null);
        i.derefName = name;
    }

    // ---- exception handler regions ----

    /** Emits a SETUP pseudo-instruction and makes its handler cover what follows. */
    void setup(int pseudoOp, Block handler) {
        emitRaw(pseudoOp, 0, handler);
        handler.isHandler = true;
        u.handlers.push(new Instr.Handler(handler, pseudoOp != Pseudo.SETUP_FINALLY));
    }

    void popBlock() {
        u.handlers.pop();
        emitRaw(Pseudo.POP_BLOCK, 0, null);
    }

    // ---- names ----

    String mangle(String name) {
        return SymbolTableBuilder.mangle(privateName(), name);
    }

    abstract String privateName();

    /** Load, store or delete a variable by the rules of CPython's compiler_nameop. */
    void nameOp(String rawName, ExprContext ctx) {
        String name = mangle(rawName);
        Scope ste = u.scope;
        int scope = ste.scope(name);
        boolean function = ste.kind == Scope.Kind.FUNCTION;
        boolean deref = false, fast = false, global = false;
        switch (scope) {
            case Symbol.FREE, Symbol.CELL -> deref = true;
            case Symbol.LOCAL -> fast = function;
            case Symbol.GLOBAL_IMPLICIT -> global = function;
            case Symbol.GLOBAL_EXPLICIT -> global = true;
            default -> { }
        }
        if (deref) {
            Opcode op = switch (ctx) {
                case Load -> ste.kind == Scope.Kind.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF;
                case Store -> Opcode.STORE_DEREF;
                case Del -> Opcode.DELETE_DEREF;
            };
            emitDeref(op, name);
        } else if (fast) {
            int idx = u.addVarname(name);
            emit(switch (ctx) {
                case Load -> Opcode.LOAD_FAST;
                case Store -> Opcode.STORE_FAST;
                case Del -> Opcode.DELETE_FAST;
            }, idx);
        } else if (global) {
            int idx = u.addName(name);
            switch (ctx) {
                case Load -> emit(Opcode.LOAD_GLOBAL, idx << 1);
                case Store -> emit(Opcode.STORE_GLOBAL, idx);
                case Del -> emit(Opcode.DELETE_GLOBAL, idx);
            }
        } else {
            emitName(switch (ctx) {
                case Load -> Opcode.LOAD_NAME;
                case Store -> Opcode.STORE_NAME;
                case Del -> Opcode.DELETE_NAME;
            }, name);
        }
    }

    Scope scopeOf(Node n) {
        return symtable.scopeOf(n);
    }
}
