package skein.interpreter.objects;

import skein.interpreter.bytecode.Code;

/**
 * {@code code}: a compiled {@link Code} with its constants and names made into Python
 * objects once, immortal, so that {@code LOAD_CONST} and name look-ups never count
 * references. Code objects live as long as the program (CPython makes them immortal in the
 * free-threaded build for the same reason: every thread reads them).
 */
public final class PyCode extends PyObj implements Weakrefable {
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

    public final Code code;
    public final int[] words;
    public final PyObj[] consts;
    public final PyStr[] names;
    public final PyStr[] localsNames;
    public final PyStr name;
    public final PyStr qualname;
    public final int nlocalsplus;
    /** Slots of a frame running this code: locals, cells and free variables, then the evaluation stack. */
    public final int frameSize;
    /**
     * The parameter count when a call with that many positional arguments binds them one to one
     * (no keyword-only parameters, no {@code *args} or {@code **kwargs}), else -1: the call
     * path's test in one load instead of four.
     */
    public final int simpleArgCount;
    /**
     * The eval loop's inline caches, one slot per instruction (used by LOAD_GLOBAL,
     * LOAD_ATTR, LOAD_METHOD and STORE_ATTR; see {@code runtime.InlineCaches}). Each entry is an
     * immutable object, so threads racing on a slot see either an old or a new complete entry.
     */
    public final Object[] caches;
    /**
     * This code compiled to a JVM method ({@code runtime.CompiledCode}), or null while the eval loop
     * interprets it. Set once; the compiled object holds no state, so a racy read is safe.
     */
    public skein.interpreter.runtime.CompiledCode compiled;
    /** Frame entries and backward jumps seen while interpreted: compiled when it reaches the tier's threshold. */
    public int hotness;

    public PyCode(Code code, PyObj[] consts) {
        super();
        this.code = code;
        this.words = code.code;
        this.consts = consts;
        this.names = new PyStr[code.names.length];
        for (int i = 0; i < names.length; i++) names[i] = PyStr.intern(code.names[i]);
        this.localsNames = new PyStr[code.localsNames.length];
        for (int i = 0; i < localsNames.length; i++) localsNames[i] = PyStr.intern(code.localsNames[i]);
        this.name = PyStr.intern(code.name);
        this.qualname = PyStr.intern(code.qualname);
        this.nlocalsplus = code.localsNames.length;
        this.frameSize = nlocalsplus + code.stackSize;
        this.simpleArgCount = code.kwOnlyArgCount == 0 && !code.hasVarargs() && !code.hasVarkeywords() ? code.argCount : -1;
        this.caches = new Object[words.length];
    }

    @Override
    public PyType type() {
        return Types.CODE;
    }

    @Override
    public PyStr repr(skein.interpreter.runtime.PyThreadState ts) {
        return new PyStr(ts, "<code object " + code.name + " at 0x" + String.format("%012x", identityHash())
                + ", file \"" + code.filename + "\", line " + code.firstLineno + ">");
    }
}
