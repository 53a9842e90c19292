package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/**
 * The eval loop's inline caches (CPython 3.11's specialisation caches, in a simpler form):
 * one slot per instruction in {@link PyCode#caches}, holding what the last execution of
 * that instruction looked up and the version tags under which the answer stays valid.
 *
 * <h2>Why it is safe</h2>
 * <ul>
 *   <li>Type look-ups ({@link PyType#lookup}) are valid while {@link PyType#cacheVersion()}
 *       is unchanged: every change to any class dictionary, and every new class, bumps it.
 *       An entry also records the exact type it was made for, so an instance of another
 *       class (or a class whose {@code __getattribute__}/{@code __setattr__} became custom)
 *       misses and takes the general path in {@link Ops}.</li>
 *   <li>A global's value is valid while the globals (and, for a builtin, the builtins)
 *       dictionary's {@link PyDict#version()} is unchanged: every store, insert and delete
 *       bumps it. The entry also records the dictionaries by identity (the same code can run
 *       with other globals through {@code exec}).</li>
 *   <li>Free threading: entries are immutable (final fields), so a thread racing with
 *       another on a slot reads either a complete old entry or a complete new one; a stale
 *       entry only costs a miss. Versions are read <em>before</em> the look-up they guard,
 *       so a concurrent change makes the entry stale rather than wrong.</li>
 *   <li>Instance dictionaries are never cached: they are consulted on every execution, so
 *       the answer is always the one {@code object.__getattribute__} gives.</li>
 * </ul>
 * The cached objects are borrowed (no count is held): they are only handed out while the
 * version proves the dictionary that owns them still holds them.
 */
final class InlineCaches {
    private InlineCaches() {}

    // ==== LOAD_GLOBAL ====

    /** A global (builtins null) or builtin found under the given dictionary versions. */
    private record Global(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, PyObj value) {}

    /**
     * LOAD_GLOBAL's look-up: globals then builtins; a new stack reference
     * ({@link RefCount#increfStack} rules) or null. The cached value is borrowed, and another
     * thread may replace the global and free it at any moment: a hit takes it with
     * {@link RefCount#tryIncrefStack} and keeps it only if the dicts' versions still match
     * afterwards (no store since the entry was made, so the dict still holds the value we counted).
     */
    static PyObj loadGlobal(PyThreadState ts, PyCode pc, int at, PyDict globals, PyDict builtins, PyStr name) {
        if (pc.caches[at] instanceof Global g && g.globals == globals && g.globalsVersion == globals.version()
                && (g.builtins == null || (g.builtins == builtins && g.builtinsVersion == builtins.version()))) {
            PyObj v = g.value;
            if (RefCount.tryIncrefStack(v, ts)) {
                if (g.globalsVersion == globals.version() && (g.builtins == null || g.builtinsVersion == builtins.version())) {
                    return v;
                }
                RefCount.decrefStack(v, ts);
            }
        }
        int gv = globals.version();
        PyObj v = globals.getStrStackRef(name, ts);
        if (v != null) {
            pc.caches[at] = new Global(globals, gv, null, 0, v);
            return v;
        }
        int bv = builtins.version();
        v = builtins.getStrStackRef(name, ts);
        if (v != null) pc.caches[at] = new Global(globals, gv, builtins, bv, v);
        return v;
    }

    // ==== LOAD_ATTR ====

    /**
     * An attribute of instances of {@code type} looked up with plain
     * {@code object.__getattribute__}: the class attribute found along the MRO (or null) and
     * whether it is a data descriptor (which wins over the instance dictionary).
     */
    private record Attr(PyType type, int version, PyObj descr, boolean data) {}

    /** LOAD_ATTR: {@code getattr(o, name)}, a new reference. */
    static PyObj loadAttr(PyThreadState ts, PyCode pc, int at, PyObj o, PyStr name) {
        PyType t = o.type();
        Attr a;
        if (pc.caches[at] instanceof Attr e && e.type == t && e.version == PyType.cacheVersion()) {
            a = e;
        } else {
            a = attrEntry(o, t, name);
            if (a == null) return Ops.getAttr(ts, o, name);
            pc.caches[at] = a;
        }
        // Ops.genericGetAttr with the type look-up done
        PyObj descr = a.descr;
        if (a.data) return Ops.descrGet(ts, descr, o, t);
        PyDict d = o.instanceDict();
        if (d != null) {
            PyObj v = d.getStrRef(name, ts); // lock-free
            if (v != null) return v;
        }
        if (descr != null) return Ops.descrGet(ts, descr, o, t);
        // __dict__ made on demand, a type's own hook, or AttributeError: the general path
        return Ops.getAttr(ts, o, name);
    }

    /**
     * The entry for instances of {@code t} when they use the generic attribute algorithm
     * (the conditions under which {@link Ops#getAttrOrNull} goes straight to
     * {@link Ops#genericGetAttr}); null otherwise.
     */
    private static Attr attrEntry(PyObj o, PyType t, PyStr name) {
        if (o instanceof PyType || o instanceof PySuper || o instanceof PyWeakProxy) return null;
        int version = PyType.cacheVersion();
        if (t.isHeapType()) {
            PyObj ga = t.lookup(Ops.S_GETATTRIBUTE);
            if (ga != null && ga != Slots.OBJECT_GETATTRIBUTE) return null;
            if (t.lookup(Ops.S_GETATTR) != null) return null;
        }
        PyObj descr = t.lookup(name);
        return new Attr(t, version, descr, descr != null && Ops.isDataDescriptor(descr));
    }

    // ==== LOAD_METHOD ====

    /** The unbound method of {@code type} (null: not a plain method, do a normal getattr). */
    private record Method(PyType type, int version, PyObj meth) {}

    /** {@link Methods#lookupUnbound} with the type part cached. */
    static PyObj lookupMethod(PyCode pc, int at, PyObj o, PyStr name) {
        PyType t = o.type();
        PyObj m;
        if (pc.caches[at] instanceof Method e && e.type == t && e.version == PyType.cacheVersion()) {
            m = e.meth;
        } else {
            if (o instanceof PyType || o instanceof PySuper || o instanceof PyWeakProxy) return null;
            int version = PyType.cacheVersion();
            m = methodOf(t, name);
            pc.caches[at] = new Method(t, version, m);
        }
        if (m == null) return null;
        // an instance attribute of that name shadows the method
        PyDict dict = o.instanceDict();
        if (dict != null && dict.getStr(name) != null) return null;
        return m;
    }

    private static PyObj methodOf(PyType t, PyStr name) {
        if (t.isHeapType()) {
            PyObj ga = t.lookup(Ops.S_GETATTRIBUTE);
            if (ga != null && ga != Slots.OBJECT_GETATTRIBUTE) return null;
        }
        PyObj m = t.lookup(name);
        if (m instanceof PyFunction || (m instanceof PyMethodDescriptor d && d.kind == PyMethodDescriptor.Kind.INSTANCE)) {
            return m;
        }
        return null;
    }

    // ==== STORE_ATTR ====

    /**
     * Instances of {@code type} store {@code name} straight into their dictionary: the type
     * has no custom {@code __setattr__} and no class attribute of that name (so no
     * descriptor, data or not, can intercept the store).
     */
    private record PlainStore(PyType type, int version) {}

    /** STORE_ATTR: {@code o.name = v} (v borrowed). */
    static void storeAttr(PyThreadState ts, PyCode pc, int at, PyObj o, PyStr name, PyObj v) {
        PyType t = o.type();
        if (!(pc.caches[at] instanceof PlainStore e && e.type == t && e.version == PyType.cacheVersion())) {
            PlainStore n = storeEntry(o, t, name);
            if (n == null) {
                Ops.setAttr(ts, o, name, v);
                return;
            }
            pc.caches[at] = n;
        }
        PyDict d = o.ensureDict(ts);
        if (d == null) {
            Ops.setAttr(ts, o, name, v); // raises the right AttributeError
            return;
        }
        d.putStr(name, v, ts);
    }

    private static PlainStore storeEntry(PyObj o, PyType t, PyStr name) {
        if (o instanceof PyType || o instanceof PyWeakProxy) return null;
        int version = PyType.cacheVersion();
        if (t.isHeapType()) {
            PyObj hook = t.lookup(Ops.S_SETATTR);
            if (hook != null && hook != Slots.OBJECT_SETATTR && hook != Slots.OBJECT_DELATTR) return null;
        }
        if (t.lookup(name) != null) return null;
        return new PlainStore(t, version);
    }
}
