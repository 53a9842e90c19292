package skein.interpreter.compile;

import skein.interpreter.ast.Mod;
import skein.interpreter.bytecode.Code;
import skein.interpreter.parse.Parser;
import skein.interpreter.parse.PySyntaxError;

/**
 * The compiler's entry points: source or AST in, module {@link Code} out (named {@code <module>},
 * with every nested function, class body, lambda and comprehension as a constant).
 *
 * <p>Passes: symbol table ({@link SymbolTable}), code generation ({@link CodeGen}, which folds
 * constants as it goes), assembly ({@link Assembler}). Compile-time errors are
 * {@link PySyntaxError}s with CPython 3.11's messages and positions.
 *
 * <p>Deep nesting: the passes recurse once or twice per AST level, so a compile on an ordinary
 * thread is limited to {@link DepthGuard#SHALLOW_LIMIT} levels; deeper input is compiled again on
 * a dedicated thread with a large stack ({@link #BIG_STACK}), so anything the parser accepts
 * compiles without a {@code StackOverflowError} whatever the caller's stack size.
 */
public final class Compiler {
    /** Stack size of the helper thread used for deeply nested input (reserved, not committed). */
    static final long BIG_STACK = 1L << 30;

    private Compiler() {}

    /** Parses and compiles {@code source}. */
    public static Code compile(String source, String filename) throws PySyntaxError {
        return compileModule(Parser.parseModule(source, filename), filename, source);
    }

    /**
     * Compiles an expression for {@code eval()}: a code object (named {@code <module>}, as
     * CPython names it) that evaluates the expression in the given namespaces and returns it.
     */
    public static Code compileExpression(String source, String filename) throws PySyntaxError {
        Mod.Expression e = Parser.parseExpression(source, filename);
        skein.interpreter.ast.Expr body = e.body();
        // the symbol table is built over a module holding the expression: the same AST nodes,
        // so lambdas and comprehensions inside get their scopes
        Mod.Module wrapper = new Mod.Module(java.util.List.of(new skein.interpreter.ast.Stmt.ExprStmt(body,
                body.lineno(), body.colOffset(), body.endLineno(), body.endColOffset())), java.util.List.of());
        try {
            DepthGuard guard = new DepthGuard(true);
            SymbolTable st = SymbolTable.build(wrapper, filename, source, guard);
            return new CodeGen(filename, source, st, guard).expression(body);
        } catch (CompileError.Failure f) {
            throw f.error;
        }
    }

    /**
     * Compiles a parsed module. {@code source} (may be null) is used only for the text of error
     * reports.
     */
    public static Code compileModule(Mod.Module module, String filename, String source) throws PySyntaxError {
        try {
            return run(module, filename, source, false);
        } catch (DepthGuard.TooDeep deep) {
            return onBigStack(module, filename, source);
        }
    }

    private static Code run(Mod.Module module, String filename, String source, boolean bigStack) throws PySyntaxError {
        try {
            DepthGuard guard = new DepthGuard(bigStack);
            SymbolTable st = SymbolTable.build(module, filename, source, guard);
            return new CodeGen(filename, source, st, guard).module(module);
        } catch (CompileError.Failure f) {
            throw f.error;
        }
    }

    private static Code onBigStack(Mod.Module module, String filename, String source) throws PySyntaxError {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = run(module, filename, source, true);
            } catch (PySyntaxError | RuntimeException | Error e) {
                result[0] = e;
            }
        }, "skein-compile-deep", BIG_STACK);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (result[0] instanceof PySyntaxError e) throw e;
        if (result[0] instanceof DepthGuard.TooDeep) {
            throw new PySyntaxError("SyntaxError", "too many nested blocks or expressions to compile", filename,
                    1, 0, 1, 0, null);
        }
        if (result[0] instanceof RuntimeException e) throw e;
        if (result[0] instanceof Error e) throw e;
        return (Code) result[0];
    }
}
