package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The import statement: {@code sys.modules} first, then the native modules (sys, math,
 * time, _thread, ...), then {@code NAME.py} or the package {@code NAME/__init__.py} in the
 * directories of {@code sys.path} (the script's directory first), then Skein's bundled library
 * of modules written in Python ({@code threading}, {@code queue}, {@code heapq}: resources
 * under {@value #LIB}, shown in tracebacks as {@code <skein>/lib/NAME.py}).
 *
 * <p>One import at a time: a module runs once even when threads import it together, and a
 * thread never sees another's half-executed module. The lock is re-entrant (a module imports
 * others) and waited for detached, so a module whose top level blocks cannot stall a pause.
 */
public final class Imports {
    private Imports() {}

    /** Resource folder of the bundled library. */
    public static final String LIB = "/skein/interpreter/lib/";
    /** The file name bundled modules get (their code objects, tracebacks). */
    public static final String LIB_FILE_PREFIX = "<skein>/lib/";

    private static final java.util.concurrent.locks.ReentrantLock IMPORT_LOCK = new java.util.concurrent.locks.ReentrantLock();

    /** Native modules by name, registered by the builtins layer. */
    public static Function<String, PyModule> nativeModules = name -> null;
    /** sys.path as Java strings, when the sys module is not available. */
    public static volatile java.util.List<String> searchPath = java.util.List.of(".");

    static PyObj importName(PyThreadState ts, Frame f, PyStr name, PyObj fromlist, PyObj level) {
        if (level instanceof PyInt l && l.value > 0) {
            throw Exceptions.of(ts, Exceptions.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        return importModule(ts, name.value, fromlist != PyNone.NONE && !(fromlist instanceof PyTuple t && t.size() == 0));
    }

    /** {@code __import__(name)}: the top package, or the named module itself when a fromlist is given. New reference. */
    public static PyObj importModule(PyThreadState ts, String dotted, boolean wantLeaf) {
        if (!IMPORT_LOCK.tryLock()) ts.blockDetached(() -> {
            IMPORT_LOCK.lock();
            return true;
        });
        try {
            return importLocked(ts, dotted, wantLeaf);
        } finally {
            IMPORT_LOCK.unlock();
        }
    }

    private static PyObj importLocked(PyThreadState ts, String dotted, boolean wantLeaf) {
        String[] parts = dotted.split("\\.");
        PyModule top = null, current = null;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) prefix.append('.');
            prefix.append(parts[i]);
            PyModule m = load(ts, prefix.toString(), current);
            if (current != null) current.dict.putStr(PyStr.intern(parts[i]), m, ts);
            if (i == 0) top = m;
            current = m;
        }
        PyModule r = wantLeaf ? current : top;
        RefCount.incref(r, ts);
        return r;
    }

    /** The module named {@code fullName} (borrowed: sys.modules holds it). */
    private static PyModule load(PyThreadState ts, String fullName, PyModule parent) {
        PyObj cached = Interpreter.MODULES.getStr(PyStr.intern(fullName));
        if (cached instanceof PyModule m) return m;
        if (parent == null) {
            PyModule n = nativeModules.apply(fullName);
            if (n != null) {
                Interpreter.MODULES.putStr(PyStr.intern(fullName), n, ts);
                return n;
            }
        }
        java.util.List<String> dirs;
        if (parent != null) {
            PyObj path = parent.dict.getStr(PyStr.intern("__path__"));
            dirs = path instanceof PyStr p ? java.util.List.of(p.value) : java.util.List.of();
        } else {
            dirs = searchPath;
        }
        String last = fullName.substring(fullName.lastIndexOf('.') + 1);
        for (String dir : dirs) {
            Path file = Path.of(dir, last + ".py");
            Path pkg = Path.of(dir, last, "__init__.py");
            Path found = Files.isRegularFile(file) ? file : Files.isRegularFile(pkg) ? pkg : null;
            if (found == null) continue;
            String source;
            try {
                source = Files.readString(found, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw Exceptions.of(ts, Exceptions.IMPORT_ERROR, "cannot read " + found + ": " + e.getMessage());
            }
            String filename = dir.equals(".") ? found.toString().substring(2) : found.toString();
            if (dir.equals(".")) filename = found.normalize().toString();
            PyModule m = Interpreter.execModule(ts, fullName, filename, source, found == pkg ? pkg.getParent().toString() : null);
            RefCount.decref(m, ts);
            return m;
        }
        if (parent == null) {
            PyModule bundled = loadBundled(ts, fullName);
            if (bundled != null) return bundled;
        }
        PyException e = Exceptions.of(ts, Exceptions.MODULE_NOT_FOUND_ERROR, "No module named '" + fullName + "'");
        e.value.setAttr(ts, "name", PyStr.intern(fullName));
        throw e;
    }

    /** A module of the bundled library (borrowed: sys.modules holds it), or null. */
    private static PyModule loadBundled(PyThreadState ts, String name) {
        String source = bundledSource(name);
        if (source == null) return null;
        PyModule m = Interpreter.execModule(ts, name, LIB_FILE_PREFIX + name + ".py", source);
        RefCount.decref(m, ts);
        return m;
    }

    /** The source of bundled module {@code name}, or null. */
    public static String bundledSource(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) return null;
        try (java.io.InputStream in = Imports.class.getResourceAsStream(LIB + name + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** IMPORT_FROM: {@code from module import name}. New reference. */
    static PyObj importFrom(PyThreadState ts, PyObj module, PyStr name) {
        PyObj v = Ops.getAttrOrNull(ts, module, name);
        if (v != null) return v;
        if (module instanceof PyModule m) {
            // a submodule not yet imported
            PyObj sub = Interpreter.MODULES.getStr(PyStr.intern(m.name + "." + name.value));
            if (sub != null) {
                RefCount.incref(sub, ts);
                return sub;
            }
            PyObj file = m.dict.getStr(PyStr.intern("__file__"));
            String where = file instanceof PyStr fs ? fs.value : "unknown location";
            PyException e = Exceptions.of(ts, Exceptions.IMPORT_ERROR, "cannot import name '" + name.value + "' from '" + m.name + "' (" + where + ")");
            e.value.setAttr(ts, "name", PyStr.intern(m.name));
            if (file instanceof PyStr) e.value.setAttr(ts, "path", file);
            throw e;
        }
        throw Exceptions.of(ts, Exceptions.IMPORT_ERROR, "cannot import name '" + name.value + "'");
    }

    /** {@code from module import *}: public names, or {@code __all__}. */
    static void importStar(PyThreadState ts, Frame f, PyObj module) {
        if (!(module instanceof PyModule m)) throw Exceptions.typeError(ts, "import * expects a module");
        PyDict src = m.dict;
        PyObj all = src.getStr(PyStr.intern("__all__"));
        if (all != null) {
            PyObj it = Ops.iter(ts, all);
            try {
                PyObj n;
                while ((n = Ops.next(ts, it)) != null) {
                    try {
                        PyStr name = PyStr.intern(((PyStr) n).value);
                        PyObj v = Ops.getAttr(ts, m, name);
                        Names.storeName(ts, f, name, v);
                        RefCount.decref(v, ts);
                    } finally {
                        RefCount.decref(n, ts);
                    }
                }
            } finally {
                RefCount.decref(it, ts);
            }
            return;
        }
        for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
            PyObj k = src.keyAt(e);
            if (k instanceof PyStr ks && !ks.value.startsWith("_")) Names.storeName(ts, f, PyStr.intern(ks.value), src.valueAt(e));
        }
    }
}
