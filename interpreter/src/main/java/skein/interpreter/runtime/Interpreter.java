package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.bytecode.Code;
import skein.interpreter.compile.Compiler;
import skein.interpreter.objects.*;
import skein.interpreter.parse.PySyntaxError;

/**
 * Running Python source: compile a module, make its namespace, execute its body. The
 * builtins namespace and the table of loaded modules ({@code sys.modules}) live here.
 */
public final class Interpreter {
    private Interpreter() {}

    /** The builtins module (immortal); its dict is every frame's builtins. */
    public static final PyModule BUILTINS = new PyModule("builtins");
    /** {@code sys.modules}: name to module (immortal dict). */
    public static final PyDict MODULES = ImmortalDicts.make();

    public static PyDict builtins() {
        return BUILTINS.dict;
    }

    /** Compiles source (PySyntaxError becomes a Python SyntaxError). */
    public static PyCode compile(PyThreadState ts, String source, String filename) {
        try {
            Code code = Compiler.compile(source, filename);
            SourceCache.register(filename, source);
            return CodeLoader.load(code);
        } catch (PySyntaxError e) {
            throw syntaxError(ts, e);
        }
    }

    /** A Python SyntaxError (or IndentationError, TabError) carrying the parser's location. */
    public static PyException syntaxError(PyThreadState ts, PySyntaxError e) {
        PyType type = switch (e.kind()) {
            case "IndentationError" -> Exceptions.INDENTATION_ERROR;
            case "TabError" -> Exceptions.TAB_ERROR;
            default -> Exceptions.SYNTAX_ERROR;
        };
        PyException ex = Exceptions.of(ts, type, e.msg());
        PyBaseException v = ex.value;
        v.setAttr(ts, "msg", PyStr.intern(e.msg()));
        v.setAttr(ts, "filename", PyStr.intern(e.filename() == null ? "<string>" : e.filename()));
        v.setAttrSteal(ts, "lineno", PyInt.of(ts, e.lineno()));
        v.setAttrSteal(ts, "offset", PyInt.of(ts, e.offset()));
        v.setAttrSteal(ts, "text", e.text() == null ? PyNone.NONE : new PyStr(ts, e.text()));
        v.setAttrSteal(ts, "end_lineno", PyInt.of(ts, e.endLineno()));
        v.setAttrSteal(ts, "end_offset", PyInt.of(ts, e.endOffset()));
        SyntaxErrors.remember(v, e);
        return ex;
    }

    /**
     * Executes {@code source} as module {@code name} (registered in sys.modules before its
     * body runs, so circular imports see the partial module). Returns the module (new reference).
     */
    public static PyModule execModule(PyThreadState ts, String name, String filename, String source) {
        return execModule(ts, name, filename, source, null);
    }

    /** {@link #execModule} for a package when {@code packageDir} is given (its {@code __path__}). */
    public static PyModule execModule(PyThreadState ts, String name, String filename, String source, String packageDir) {
        PyCode code = compile(ts, source, filename);
        PyDict globals = new PyDict(ts);
        if (packageDir != null) globals.putStrSteal(PyStr.intern("__path__"), new PyStr(ts, packageDir), ts);
        globals.putStr(PyStr.intern("__name__"), PyStr.intern(name), ts);
        globals.putStrSteal(PyStr.intern("__file__"), new PyStr(ts, filename), ts);
        globals.putStr(PyStr.intern("__builtins__"), BUILTINS, ts);
        globals.putStr(PyStr.intern("__doc__"), PyNone.NONE, ts);
        PyModule module = new PyModule(ts, name, globals);
        RefCount.decref(globals, ts);
        MODULES.putStr(PyStr.intern(name), module, ts);
        try {
            runCode(ts, code, globals);
        } catch (PyException e) {
            PyObj removed = MODULES.popStr(PyStr.intern(name), ts);
            if (removed != null) RefCount.decref(removed, ts);
            RefCount.decref(module, ts);
            throw e;
        }
        return module;
    }

    /** Runs module-level code with globals as its locals too. */
    public static void runCode(PyThreadState ts, PyCode code, PyDict globals) {
        Frame f = new Frame(code, null, globals, builtins(), globals);
        PyObj r = Eval.runEntry(ts, f);
        RefCount.decref(r, ts);
    }
}
