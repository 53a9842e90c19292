package skein.interpreter.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import skein.interpreter.ast.Node;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): a module, class body,
 * function, lambda or comprehension, with its symbols in first-seen order. Filled by
 * {@link SymbolTableBuilder}, resolved by {@link SymbolAnalyzer}, then read by the code generator.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION }

    public final Kind kind;
    public final String name;
    public final Node node;
    public final int lineno;
    public final int colOffset;
    /** symbol name -> DEF_* flags (low bits); the resolved scope is kept apart in {@link #scopes}. */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, Integer> scopes = new HashMap<>();
    /** Parameter names in declaration order (CPython's ste_varnames). */
    public final List<String> varnames = new ArrayList<>();
    public final List<Scope> children = new ArrayList<>();
    /** Where each global/nonlocal declaration was made: [lineno, col, endLineno, endCol]. */
    final Map<String, int[]> directives = new HashMap<>();
    final Scope parent;
    public boolean nested;
    public boolean generator;
    public boolean comprehension;
    public boolean lambda;
    public boolean hasFree;
    public boolean childFree;
    public boolean varargs;
    public boolean varkeywords;
    public boolean needsClassClosure;
    /** Inside the iterable expression of a comprehension (named expressions are illegal there). */
    int compIterExpr;
    /** For comprehensions: "list comprehension", "generator expression", ... (for error messages). */
    String compKindName;

    Scope(Kind kind, String name, Node node, int lineno, int colOffset, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.parent = parent;
    }

    /** The DEF_* flags of {@code name}, 0 if it is unknown here. */
    public int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** The resolved scope of {@code name} ({@link Symbol#LOCAL} ...), 0 if none. */
    public int scope(String name) {
        Integer s = scopes.get(name);
        return s == null ? 0 : s;
    }

    /** Symbol names in first-seen order. */
    public List<String> symbolNames() {
        return new ArrayList<>(symbols.keySet());
    }

    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** Names of the given scope, sorted (CPython's dictbytype for co_cellvars / co_freevars). */
    List<String> namesOfScope(int scope, int alsoFlag) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            if (scope(e.getKey()) == scope || (e.getValue() & alsoFlag) != 0) out.add(e.getKey());
        }
        out.sort(null);
        return out;
    }

    @Override
    public String toString() {
        return kind + " " + name + " line " + lineno;
    }
}
