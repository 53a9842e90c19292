package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Eval;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code function}: code plus the globals it runs in, defaults, closure cells and the
 * attributes a {@code def} gives it.
 *
 * <p>Functions defined at module level or in a module-level class body are deferred: frames
 * reference them all the time, and counting those references would make every call from every
 * thread write to the same word. Nested functions (closures, comprehensions, lambdas inside a
 * function) are not — free-threaded CPython's rule ({@code CO_NESTED}): they are made and
 * dropped at a high rate, and a deferred object is freed only by the cycle collector, so
 * deferring them would keep each one (and everything its closure holds) until a collection.
 * They are ordinary tracked containers, freed when their count reaches zero.
 */
public final class PyFunction extends PyObj implements Weakrefable {
    /** Weak references to this object (WeakRefs), newest first; null when none. */
    private volatile PyWeakReference weakrefs;

    @Override
    public PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        WeakRefs.clearOnDeath(this, ts);
    }

    public final PyCode code;
    /** The module namespace the function runs in (owned); null only after the collector cleared it. */
    public PyDict globals;
    public final PyDict builtins;
    public PyStr name;
    public PyStr qualname;
    /** Positional defaults (owned) or null. */
    public PyTuple defaults;
    /** Keyword-only defaults (owned) or null. */
    public PyDict kwdefaults;
    /** Closure cells (owned) or null. */
    public PyTuple closure;
    public PyObj doc;
    public PyObj annotations;
    public PyObj module;
    private PyDict dict;

    private static final PyStr S_NAME = PyStr.intern("__name__");

    public PyFunction(ThreadState ts, PyCode code, PyDict globals, PyDict builtins) {
        super(ts);
        this.code = code;
        RefCount.incref(globals, ts);
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        // CPython 3.11 puts a function's docstring, or None, first among its constants.
        this.doc = code.consts.length > 0 && code.consts[0] instanceof PyStr && !code.code.name.equals("<lambda>")
                ? code.consts[0] : PyNone.NONE;
        PyObj mod = globals.getStr(S_NAME);
        this.module = mod != null ? mod : PyNone.NONE;
        RefCount.incref(this.module, ts);
        if (deferrable(code)) makeDeferred(ts);
        // a candidate of the collector; for a deferred one, the collector finds the uses its
        // count leaves out on the frame stacks
        ts.track(this);
    }

    /**
     * Whether functions of {@code code} are deferred: not nested in another function, and not a
     * comprehension (whose function is made, called once and dropped, even at module level).
     */
    private static boolean deferrable(PyCode code) {
        if ((code.code.flags & skein.interpreter.bytecode.Code.CO_NESTED) != 0) return false;
        String n = code.code.name;
        return !(n.equals("<genexpr>") || n.equals("<listcomp>") || n.equals("<setcomp>") || n.equals("<dictcomp>"));
    }

    @Override
    public PyType type() {
        return Types.FUNCTION;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    public PyDict dict(ThreadState ts) {
        if (dict == null) dict = new PyDict(ts);
        return dict;
    }

    @Override
    public PyDict ensureDict(ThreadState ts) {
        return dict(ts);
    }

    @Override
    public PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        return Eval.callFunction(ts, this, args, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, "<function " + qualname.value + " at 0x" + String.format("%012x", identityHash()) + ">");
    }

    @Override
    public void traverse(Visitor v) {
        // the references clearReferences drops: the counted ones (name and qualname are borrowed
        // from the code object until assigned, and strings cannot be in a cycle anyway)
        PyObj[] refs = {globals, defaults, kwdefaults, closure, doc, annotations, module, dict};
        for (PyObj r : refs) if (r != null) v.visit(r);
    }

    @Override
    public void clearForCollector(ThreadState ts) {
        // the globals too, as CPython's func_clear: a function defined by exec() into a dict that
        // then holds it is a cycle through them
        PyObj[] refs = {globals, defaults, kwdefaults, closure, annotations, dict};
        globals = null;
        defaults = null;
        kwdefaults = null;
        closure = null;
        annotations = null;
        dict = null;
        for (PyObj r : refs) if (r != null) RefCount.decref(r, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj[] refs = {globals, defaults, kwdefaults, closure, doc, annotations, module, dict};
        defaults = null;
        kwdefaults = null;
        closure = null;
        dict = null;
        for (PyObj r : refs) if (r != null) RefCount.decref(r, ts);
    }
}
