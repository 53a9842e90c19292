package skein.interpreter.objects;

import skein.gc.BiasGroup;
import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.TypeCall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Python type: name, bases, method resolution order and attribute dictionary.
 *
 * <p>Builtin types are made once, immortal, by {@link Types}; their instances are Java
 * classes that answer {@link PyObj#type()} with a constant. Classes made by a {@code class}
 * statement are heap types: deferred-refcount objects (only the collector frees them) whose
 * instances record their type in a field.
 *
 * <p>Look-ups along the MRO are cached per type. Any change to any type's dictionary bumps
 * one global version and so empties every cache: class dictionaries change rarely after
 * start-up (CPython's type version tags make the same bet, per type).
 */
public class PyType extends PyObj implements Weakrefable {
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

    private static volatile int globalVersion;

    private static final java.lang.invoke.VarHandle VERSION;

    static {
        try {
            VERSION = java.lang.invoke.MethodHandles.lookup().findStaticVarHandle(PyType.class, "globalVersion", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private String qualname;
    private PyType[] bases;
    private PyType[] mro;
    private final PyDict dict;
    private final boolean heapType;
    /** Makes bare instances of this type ({@code object.__new__} for it); inherited from the solid base. */
    private InstanceFactory factory;
    /** Look-ups along the MRO, valid for one global version; replaced whole when the version moved. */
    private volatile LookupCache cache = new LookupCache(-1);

    /**
     * A cache is read and filled by any thread without a lock: the map is concurrent, and a
     * thread fills it only with a result it computed after reading {@code version}, so a
     * result that raced a dictionary change lands in a cache the change's version bump retired.
     */
    private record LookupCache(int version, java.util.concurrent.ConcurrentHashMap<PyStr, PyObj> map) {
        LookupCache(int version) {
            this(version, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }
    /** Heap types: the metaclass ({@code type} or a subclass). */
    private final PyType metatype;
    private int slotCount;
    private boolean instancesHaveDict = true;
    /**
     * The switch of this class's instances' biased dictionaries (their owners store attributes
     * without the mutex until another thread needs one's lock: {@code skein.gc.BiasedSections}).
     * Made on first use; one per class, not inherited, so sharing one class's instances leaves
     * its subclasses' biased.
     */
    private volatile BiasGroup instanceDictBias;
    /** Whether instances may be weakly referenced as far as this class decides ({@code __slots__} without {@code __weakref__} says no). */
    private boolean instancesHaveWeakref;
    /** False for builtin types that cannot be subclassed ({@code bool}), CPython's missing Py_TPFLAGS_BASETYPE. */
    private boolean acceptableBase = true;

    /** How {@code object.__new__} makes a bare instance of a type before {@code __init__}. */
    @FunctionalInterface
    public interface InstanceFactory {
        PyObj create(PyThreadState ts, PyType type);
    }

    /** A builtin type (immortal); its dictionary is filled in when the runtime starts. */
    PyType(String name, PyType[] bases, PyDict dict) {
        super();
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.dict = dict;
        this.heapType = false;
        this.metatype = null;
        this.mro = C3.mro(this, bases);
        this.factory = bases.length > 0 ? bases[0].factory : null;
    }

    /** A class made by a {@code class} statement; owned by {@code ts}, then made deferred. The type takes its own reference to dict. */
    public PyType(ThreadState ts, PyType metatype, String name, PyType[] bases, PyDict dict) {
        super(ts);
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        RefCount.incref(dict, ts);
        this.dict = dict;
        this.heapType = true;
        this.instancesHaveWeakref = true;
        this.metatype = metatype;
        // counted: a metaclass made by a class statement is collectable, and must outlive its classes
        if (metatype != null) RefCount.incref(metatype, ts);
        for (PyType b : bases) RefCount.incref(b, ts);
        this.mro = C3.mro(this, bases);
        this.factory = solidBase(bases).factory;
        for (PyType b : bases) slotCount = Math.max(slotCount, b.slotCount);
        makeDeferred(ts);
        perThreadIndex = skein.gc.PerThreadRefs.register(this);
        bumpVersion();
        // a candidate of the collector, which folds in the per-thread counts of its instances'
        // references and finds the uses frames make of it on the frame stacks
        ts.track(this);
    }

    /** Index of this class's per-thread reference counts ({@link skein.gc.PerThreadRefs}); -1 for builtin types. */
    private int perThreadIndex = -1;

    /**
     * An instance's reference to its class. Counted per thread for classes made by
     * {@code class} statements, so threads making instances of one shared class do not write
     * one shared count (CPython 3.14's {@code _Py_INCREF_TYPE}); builtin types are immortal.
     */
    public static void increfForInstance(PyType t, ThreadState ts) {
        skein.gc.PerThreadRefs.incref(t, t.perThreadIndex, ts);
    }

    /** Drops the reference {@link #increfForInstance} took. */
    public static void decrefForInstance(PyType t, ThreadState ts) {
        skein.gc.PerThreadRefs.decref(t, t.perThreadIndex, ts);
    }

    private static PyType solidBase(PyType[] bases) {
        PyType best = Types.OBJECT;
        for (PyType b : bases) {
            PyType s = b;
            while (s.heapType) s = s.base();
            if (s != Types.OBJECT && (best == Types.OBJECT || s.isSubtypeOf(best))) best = s;
        }
        return best;
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : Types.TYPE;
    }

    public String name() { return name; }
    public String qualname() { return qualname; }
    public void setQualname(String q) { this.qualname = q; }
    public PyType[] bases() { return bases.clone(); }
    /** The primary base (the first), or null for {@code object}. */
    public PyType base() { return bases.length == 0 ? null : bases[0]; }
    public PyType[] mro() { return mro; }
    public PyDict dict() { return dict; }
    public boolean isHeapType() { return heapType; }
    public InstanceFactory factory() { return factory; }
    public void setFactory(InstanceFactory f) { this.factory = f; }

    /**
     * Whether a {@code class} statement may name this type as a base; when false the class
     * statement raises {@code TypeError: type 'bool' is not an acceptable base type}.
     */
    public boolean isAcceptableBase() { return acceptableBase; }

    /** Marks a builtin type as final (not subclassable); done once at start-up. */
    public void markFinal() { this.acceptableBase = false; }

    public boolean isFinal() { return !acceptableBase; }

    /**
     * Lays out this class's {@code __slots__}: each own slot gets the next index after the
     * bases' slots (its member descriptor is the caller's to install); instances have no
     * {@code __dict__} when every class of the MRO declares slots without {@code "__dict__"}.
     * Returns the index of the first own slot.
     */
    public int configureSlots(java.util.List<String> own) {
        int inherited = 0;
        boolean dict = false, weak = false;
        for (int i = 1; i < mro.length; i++) {
            PyType t = mro[i];
            if (!t.heapType) continue;
            inherited = Math.max(inherited, t.slotCount);
            if (t.instancesHaveDict) dict = true;
            if (t.instancesHaveWeakref) weak = true;
        }
        if (own.contains("__dict__")) dict = true;
        if (own.contains("__weakref__")) weak = true;
        slotCount = inherited + (int) own.stream().filter(n -> !n.equals("__dict__") && !n.equals("__weakref__")).count();
        instancesHaveDict = dict;
        instancesHaveWeakref = weak;
        return inherited;
    }

    /** Number of slot values an instance carries (own and inherited {@code __slots__}). */
    public int slotCount() { return slotCount; }

    /** Whether instances get a {@code __dict__} (false when the whole MRO uses {@code __slots__}). */
    public boolean instancesHaveDict() { return instancesHaveDict; }

    /** The {@link BiasGroup} of this class's instances' dictionaries (see the field). */
    public BiasGroup instanceDictBias() {
        BiasGroup g = instanceDictBias;
        if (g == null) {
            synchronized (this) {
                g = instanceDictBias;
                if (g == null) instanceDictBias = g = new BiasGroup(name);
            }
        }
        return g;
    }

    /**
     * Whether a class made by a {@code class} statement gives its instances a weak-reference
     * list (false for builtin types, and when the whole MRO uses {@code __slots__} without
     * {@code "__weakref__"}); builtin bases that have one natively decide for themselves
     * ({@link Weakrefable#weakrefSupported}).
     */
    public boolean instancesHaveWeakref() { return instancesHaveWeakref; }

    /** The builtin type whose instance layout instances of this type have. */
    public PyType solidBase() {
        PyType t = this;
        while (t.heapType) t = t.base();
        return t;
    }

    /** {@code issubclass(this, other)} by the MRO. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** The attribute {@code name} found along the MRO (a borrowed reference), or null. */
    public PyObj lookup(PyStr name) {
        LookupCache c = cache;
        int version = globalVersion;
        if (c.version != version) {
            c = new LookupCache(version);
            cache = c;
        }
        PyObj v = c.map.get(name);
        if (v != null) return v == MISSING ? null : v;
        v = lookupUncached(name);
        c.map.put(name, v == null ? MISSING : v);
        return v;
    }

    private static final PyObj MISSING = PyEllipsis.ELLIPSIS;

    private PyObj lookupUncached(PyStr name) {
        for (PyType t : mro) {
            PyObj v = t.dict.getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    /** Stores {@code value} (borrowed) in the type's dictionary; null deletes. Returns false if absent on delete. */
    public boolean setTypeAttr(PyThreadState ts, PyStr key, PyObj value) {
        bumpVersion();
        if (value == null) {
            PyObj old = dict.popStr(key, ts);
            bumpVersion(); // after the change too: retires what other threads cached meanwhile
            if (old == null) return false;
            RefCount.decref(old, ts);
            return true;
        }
        dict.putStr(key, value, ts);
        bumpVersion();
        return true;
    }

    /**
     * The current look-up cache version: a result of {@link #lookup} (and anything derived
     * from it, like the eval loop's inline caches in {@code runtime.InlineCaches}) stays valid
     * exactly as long as this number is unchanged.
     */
    public static int cacheVersion() {
        return globalVersion;
    }

    /** Invalidates every type's look-up cache. */
    public static void bumpVersion() {
        VERSION.getAndAdd(1);
    }


    @Override
    public PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        return TypeCall.call(ts, this, args, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        PyObj mod = dict.getStr(PyStr.intern("__module__"));
        if (heapType && mod instanceof PyStr m && !m.value.equals("builtins")) {
            return new PyStr(ts, "<class '" + m.value + "." + qualname + "'>");
        }
        return new PyStr(ts, "<class '" + qualname + "'>");
    }

    /** Heap types: the namespace, the bases and the metaclass, counted (the MRO borrows them). */
    @Override
    public void traverse(Visitor v) {
        if (!heapType) return;
        v.visit(dict);
        for (PyType b : bases) v.visit(b);
        if (metatype != null) v.visit(metatype);
    }

    @Override
    public void clearForCollector(ThreadState ts) {
        if (!heapType) return;
        bumpVersion();
        dict.clear(ts);
        PyType[] b = bases;
        bases = new PyType[0];
        for (PyType t : b) RefCount.decref(t, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        if (!heapType) return;
        skein.gc.PerThreadRefs.unregister(perThreadIndex);
        perThreadIndex = -1;
        PyType[] b = bases;
        bases = new PyType[0];
        for (PyType t : b) RefCount.decref(t, ts);
        RefCount.decref(dict, ts);
        if (metatype != null) RefCount.decref(metatype, ts);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }

    /**
     * Checks that a class with these bases has a consistent MRO, before the class object is
     * made (a half-made type would never be freed).
     */
    public static void checkMro(PyType[] bases) {
        C3.mro(null, bases);
    }

    /** C3 linearisation (the MRO of new-style classes). */
    static final class C3 {
        private C3() {}

        static PyType[] mro(PyType self, PyType[] bases) {
            List<List<PyType>> seqs = new ArrayList<>();
            for (PyType b : bases) seqs.add(new ArrayList<>(Arrays.asList(b.mro)));
            seqs.add(new ArrayList<>(Arrays.asList(bases)));
            List<PyType> out = new ArrayList<>();
            out.add(self);
            while (true) {
                seqs.removeIf(List::isEmpty);
                if (seqs.isEmpty()) return out.toArray(new PyType[0]);
                PyType pick = null;
                for (List<PyType> s : seqs) {
                    PyType head = s.get(0);
                    boolean inTail = false;
                    for (List<PyType> s2 : seqs) {
                        if (s2.indexOf(head) > 0) {
                            inTail = true;
                            break;
                        }
                    }
                    if (!inTail) {
                        pick = head;
                        break;
                    }
                }
                if (pick == null) throw new MroError(bases);
                out.add(pick);
                for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == pick) s.remove(0);
            }
        }
    }

    /** No consistent MRO: the class statement raises TypeError with CPython's message. */
    public static final class MroError extends RuntimeException {
        public MroError(PyType[] bases) {
            super("Cannot create a consistent method resolution\norder (MRO) for bases "
                    + String.join(", ", Arrays.stream(bases).map(PyType::name).toList()), null, false, false);
        }
    }
}
