package skein.interpreter.compile;

import java.util.Map;

import skein.interpreter.ast.Mod;
import skein.interpreter.ast.Node;
import skein.interpreter.parse.PySyntaxError;

/**
 * The symbol table of a module: its {@link Scope} tree, and the scope opened by each function,
 * class, lambda and comprehension node (looked up by node identity).
 */
public final class SymbolTable {
    public final Scope top;
    private final Map<Node, Scope> scopeOf;

    private SymbolTable(Scope top, Map<Node, Scope> scopeOf) {
        this.top = top;
        this.scopeOf = scopeOf;
    }

    /** Builds and resolves the table of {@code module}; misuse of global/nonlocal etc. raises SyntaxError. */
    public static SymbolTable build(Mod.Module module, String filename, String source) throws PySyntaxError {
        try {
            return build(module, filename, source, new DepthGuard(true));
        } catch (CompileError.Failure f) {
            throw f.error;
        }
    }

    static SymbolTable build(Mod.Module module, String filename, String source, DepthGuard guard) {
        SymbolTableBuilder b = new SymbolTableBuilder(filename, source, guard);
        Scope top = b.build(module);
        new SymbolAnalyzer(filename, source).analyze(top);
        return new SymbolTable(top, b.scopeOf);
    }

    /** The scope opened by {@code node} (a FunctionDef, ClassDef, Lambda or comprehension). */
    public Scope scopeOf(Node node) {
        Scope s = scopeOf.get(node);
        if (s == null) throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
        return s;
    }
}
