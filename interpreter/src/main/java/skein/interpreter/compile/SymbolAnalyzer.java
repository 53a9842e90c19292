package skein.interpreter.compile;

import static skein.interpreter.compile.Symbol.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Second pass of the symbol table (CPython's {@code analyze_block}): resolves every name of every
 * scope to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, top down with the sets of names
 * bound in enclosing function scopes, and propagates free variables back up so that the defining
 * scope turns them into cells. Class scopes bind names for themselves only: their bindings are
 * not visible to nested functions, but they provide the implicit {@code __class__} cell.
 */
final class SymbolAnalyzer {
    private final String filename;
    private final String source;

    SymbolAnalyzer(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (ste.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.kind == Scope.Kind.FUNCTION) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.hasFree || child.childFree) ste.childFree = true;
        }
        newFree.addAll(allFree);
        if (ste.kind == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Integer> e : scopes.entrySet()) {
                if (e.getValue() == LOCAL && newFree.remove(e.getKey())) e.setValue(CELL);
            }
        } else if (ste.kind == Scope.Kind.CLASS) {
            if (newFree.remove("__class__")) ste.needsClassClosure = true;
        }
        updateSymbols(ste, scopes, bound, newFree, ste.kind == Scope.Kind.CLASS);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) throw directiveError(ste, name, "name '" + name + "' is nonlocal and global");
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
        } else if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) throw directiveError(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.contains(name)) throw directiveError(ste, name, "no binding for nonlocal '" + name + "' found");
            scopes.put(name, FREE);
            ste.hasFree = true;
            free.add(name);
        } else if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
        } else if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.hasFree = true;
            free.add(name);
        } else if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
        } else {
            if (ste.nested) ste.hasFree = true;
            scopes.put(name, GLOBAL_IMPLICIT);
        }
    }

    private CompileError.Failure directiveError(Scope ste, String name, String msg) {
        int[] loc = ste.directives.get(name);
        if (loc == null) loc = new int[] {ste.lineno, ste.colOffset, ste.lineno, ste.colOffset};
        return CompileError.at(msg, filename, source, loc[0], loc[1], loc[2], loc[3]);
    }

    private static void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, boolean classFlag) {
        ste.scopes.putAll(scopes);
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                if (classFlag && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) ste.symbols.put(name, v | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            ste.symbols.put(name, 0);
            ste.scopes.put(name, FREE);
        }
    }
}
