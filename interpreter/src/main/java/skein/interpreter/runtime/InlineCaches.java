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
 *   <li>Free threading: entries are immutable (final fields; the one
 *       exception, an attribute's dictionary index, is a guess checked on every use), so a
 *       thread racing with another on a slot reads either a complete old entry or a complete new
 *       one; a stale entry only costs a miss. Versions are read <em>before</em> the look-up they guard,
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

    // ==== the type-keyed caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR ====

    /**
     * How many types one attribute instruction remembers. CPython 3.11 specialises an
     * instruction for one type and falls back to its generic form for more; a site that sees a
     * few classes (a method called on each subclass of a base, as in a task scheduler) is common
     * enough in Python that a short chain of entries pays for itself: a miss costs up to three
     * MRO look-ups and an allocation.
     */
    static final int POLYMORPHIC_LIMIT = 4;

    /**
     * What one attribute instruction learned about instances of {@code type}, valid while the
     * type look-up version is {@code version}; {@code next} is the entry for another type seen at
     * the same instruction, or null. Entries are immutable apart from hints (they are shared by
     * every thread running the code): a new type is added by making a new head.
     */
    private abstract static class Entry<E extends Entry<E>> {
        final PyType type;
        final int version;
        final E next;

        Entry(PyType type, int version, E next) {
            this.type = type;
            this.version = version;
            this.next = next;
        }

        /** This entry in front of {@code rest} instead of {@link #next}. */
        abstract E withNext(E rest);
    }

    /** The entry of chain {@code head} for {@code t} under {@code version}, or null. */
    private static <E extends Entry<E>> E find(E head, PyType t, int version) {
        for (E e = head; e != null; e = e.next) {
            if (e.type == t && e.version == version) return e;
        }
        return null;
    }

    /** The first {@code limit} entries of {@code head} still valid under {@code version} (copied where the chain changes). */
    private static <E extends Entry<E>> E validPrefix(E head, int version, int limit) {
        if (head == null || limit == 0 || head.version != version) return null;
        E rest = validPrefix(head.next, version, limit - 1);
        return rest == head.next ? head : head.withNext(rest);
    }

    /** The chain to put a new entry in front of: what is still valid of the instruction's current one. */
    private static <E extends Entry<E>> E keep(E head, int version) {
        return validPrefix(head, version, POLYMORPHIC_LIMIT - 1);
    }

    /**
     * An entry that also remembers where its attribute last sat in an instance dictionary
     * ({@link PyDict.IndexHint}): instances made by one {@code __init__} insert their attributes
     * in the same order, so the same entry index usually holds it, and the dictionary can check
     * that index instead of hashing and probing. A guess, checked on every use, so a plain field
     * written racily by several threads is harmless.
     */
    private abstract static class Hinted<E extends Hinted<E>> extends Entry<E> implements PyDict.IndexHint {
        int dictIndex = -1;

        Hinted(PyType type, int version, E next) {
            super(type, version, next);
        }

        /** {@code copy} (this entry remade by {@link #withNext}) with this entry's hint. */
        E keepHint(E copy) {
            copy.dictIndex = dictIndex;
            return copy;
        }

        @Override
        public int index() {
            return dictIndex;
        }

        @Override
        public void setIndex(int ix) {
            dictIndex = ix;
        }
    }

    // ==== LOAD_ATTR ====

    /**
     * An attribute of instances of {@code type} looked up with plain
     * {@code object.__getattribute__}: the class attribute found along the MRO (or null) and
     * whether it is a data descriptor (which wins over the instance dictionary); its hint is
     * for {@link PyDict#getStrRefAt}.
     */
    private static final class Attr extends Hinted<Attr> {
        final PyObj descr;
        final boolean data;

        Attr(PyType type, int version, PyObj descr, boolean data, Attr next) {
            super(type, version, next);
            this.descr = descr;
            this.data = data;
        }

        @Override
        Attr withNext(Attr rest) {
            return keepHint(new Attr(type, version, descr, data, rest));
        }
    }

    /** LOAD_ATTR: {@code getattr(o, name)}, a new reference. */
    static PyObj loadAttr(PyThreadState ts, PyCode pc, int at, PyObj o, PyStr name) {
        PyType t = o.type();
        int version = PyType.cacheVersion();
        Attr head = pc.caches[at] instanceof Attr e ? e : null;
        Attr a = find(head, t, version);
        if (a == null) {
            a = attrEntry(o, t, name, version, keep(head, version));
            if (a == null) return Ops.getAttr(ts, o, name);
            pc.caches[at] = a;
        }
        // Ops.genericGetAttr with the type look-up done
        PyObj descr = a.descr;
        if (a.data) return Ops.descrGet(ts, descr, o, t);
        PyDict d = o.instanceDict();
        if (d != null) {
            PyObj v = d.getStrRefAt(name, a, ts); // lock-free
            if (v != null) return v;
        }
        if (descr != null) return Ops.descrGet(ts, descr, o, t);
        // __dict__ made on demand, a type's own hook, or AttributeError: the general path
        return Ops.getAttr(ts, o, name);
    }

    /**
     * The entry for instances of {@code t} when they use the generic attribute algorithm
     * (the conditions under which {@link Ops#getAttrOrNull} goes straight to
     * {@link Ops#genericGetAttr}), in front of {@code next}; null otherwise.
     */
    private static Attr attrEntry(PyObj o, PyType t, PyStr name, int version, Attr next) {
        if (o instanceof PyType || o instanceof PySuper || o instanceof PyWeakProxy) return null;
        if (t.isHeapType()) {
            PyObj ga = t.lookup(Ops.S_GETATTRIBUTE);
            if (ga != null && ga != Slots.OBJECT_GETATTRIBUTE) return null;
            if (t.lookup(Ops.S_GETATTR) != null) return null;
        }
        PyObj descr = t.lookup(name);
        return new Attr(t, version, descr, descr != null && Ops.isDataDescriptor(descr), next);
    }

    // ==== LOAD_METHOD ====

    /** The unbound method of {@code type} (null: not a plain method, do a normal getattr). */
    private static final class Method extends Entry<Method> {
        final PyObj meth;

        Method(PyType type, int version, PyObj meth, Method next) {
            super(type, version, next);
            this.meth = meth;
        }

        @Override
        Method withNext(Method rest) {
            return new Method(type, version, meth, rest);
        }
    }

    /** {@link Methods#lookupUnbound} with the type part cached. */
    static PyObj lookupMethod(PyCode pc, int at, PyObj o, PyStr name) {
        PyType t = o.type();
        int version = PyType.cacheVersion();
        Method head = pc.caches[at] instanceof Method e ? e : null;
        Method hit = find(head, t, version);
        PyObj m;
        if (hit != null) {
            m = hit.meth;
        } else {
            if (o instanceof PyType || o instanceof PySuper || o instanceof PyWeakProxy) return null;
            m = methodOf(t, name);
            pc.caches[at] = new Method(t, version, m, keep(head, version));
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
        return Methods.isMethodLike(m) ? m : null;
    }

    // ==== STORE_ATTR ====

    /**
     * Instances of {@code type} store {@code name} straight into their dictionary: the type
     * has no custom {@code __setattr__} and no class attribute of that name (so no
     * descriptor, data or not, can intercept the store). Its hint is checked under the
     * dictionary's lock, so storing to an existing attribute needs no probe.
     */
    private static final class PlainStore extends Hinted<PlainStore> {
        PlainStore(PyType type, int version, PlainStore next) {
            super(type, version, next);
        }

        @Override
        PlainStore withNext(PlainStore rest) {
            return keepHint(new PlainStore(type, version, rest));
        }
    }

    /** STORE_ATTR: {@code o.name = v} (v borrowed). */
    static void storeAttr(PyThreadState ts, PyCode pc, int at, PyObj o, PyStr name, PyObj v) {
        PyType t = o.type();
        int version = PyType.cacheVersion();
        PlainStore head = pc.caches[at] instanceof PlainStore e ? e : null;
        PlainStore entry = find(head, t, version);
        if (entry == null) {
            if (!storable(o, t, name)) {
                Ops.setAttr(ts, o, name, v);
                return;
            }
            pc.caches[at] = entry = new PlainStore(t, version, keep(head, version));
        }
        PyDict d = o.ensureDict(ts);
        if (d == null) {
            Ops.setAttr(ts, o, name, v); // raises the right AttributeError
            return;
        }
        d.putStr(name, v, ts, entry);
    }

    private static boolean storable(PyObj o, PyType t, PyStr name) {
        if (o instanceof PyType || o instanceof PyWeakProxy) return false;
        if (t.isHeapType()) {
            PyObj hook = t.lookup(Ops.S_SETATTR);
            if (hook != null && hook != Slots.OBJECT_SETATTR && hook != Slots.OBJECT_DELATTR) return false;
        }
        return t.lookup(name) == null;
    }
}
