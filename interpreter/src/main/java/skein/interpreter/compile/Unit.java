package skein.interpreter.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one code object being compiled (CPython's {@code compiler_unit}): its scope,
 * names, constants and local variables in first-use order, its blocks, the current source
 * location, the stack of enclosing control blocks and the stack of active exception handlers.
 */
final class Unit {
    enum Type { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    final Scope scope;
    final Type type;
    final String name;
    final String qualname;
    final int firstLineno;
    final Map<ConstKey, Integer> consts = new LinkedHashMap<>();
    final List<Object> constList = new ArrayList<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars;
    final List<String> freevars;
    int argCount;
    int posOnlyArgCount;
    int kwOnlyArgCount;
    final Block entry;
    Block current;
    int nextBlockId;
    // current location
    int line;
    int endLine;
    int col;
    int endCol;
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    final Deque<Instr.Handler> handlers = new ArrayDeque<>();
    Unit(Scope scope, Type type, String name, String qualname, int firstLineno) {
        this.scope = scope;
        this.type = type;
        this.name = name;
        this.qualname = qualname;
        this.firstLineno = firstLineno;
        for (String p : scope.varnames) varnames.put(p, varnames.size());
        this.cellvars = new ArrayList<>();
        if (type == Type.CLASS && scope.needsClassClosure) {
            cellvars.add("__class__");
        }
        cellvars.addAll(scope.namesOfScope(Symbol.CELL, 0));
        this.freevars = scope.namesOfScope(Symbol.FREE, type == Type.CLASS ? Symbol.DEF_FREE_CLASS : 0);
        this.entry = newBlock();
        this.current = entry;
    }

    Block newBlock() {
        return new Block(nextBlockId++);
    }

    int addConst(Object value) {
        ConstKey k = new ConstKey(value);
        Integer i = consts.get(k);
        if (i != null) return i;
        consts.put(k, constList.size());
        constList.add(value);
        return constList.size() - 1;
    }

    int addName(String n) {
        return names.computeIfAbsent(n, x -> names.size());
    }

    int addVarname(String n) {
        return varnames.computeIfAbsent(n, x -> varnames.size());
    }

    /** A control block of the code generator (CPython's fblockinfo). */
    static final class FBlock {
        enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER }

        final Kind kind;
        final Block block;
        final Block exit;
        /** FINALLY_TRY: the finally body to re-emit on unwinding; HANDLER_CLEANUP: the bound name. */
        final Object datum;
        final skein.interpreter.ast.Located loc;

        FBlock(Kind kind, Block block, Block exit, Object datum, skein.interpreter.ast.Located loc) {
            this.kind = kind;
            this.block = block;
            this.exit = exit;
            this.datum = datum;
            this.loc = loc;
        }
    }
}
