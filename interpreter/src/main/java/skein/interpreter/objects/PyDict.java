package skein.interpreter.objects;

import skein.gc.BiasGroup;
import skein.gc.BiasedSections;
import skein.gc.CriticalSection;
import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * {@code dict}: CPython's compact, insertion-ordered hash table. A sparse {@code indices}
 * table (open addressing with CPython's perturbed probing) points into dense entry arrays
 * kept in insertion order, so iteration is ordered and cheap; a deleted entry leaves a hole
 * that the next resize squeezes out.
 *
 * <p>Hashing and equality of keys may run Python code ({@code __hash__}, {@code __eq__}), so
 * every operation takes a {@link KeyProtocol}; {@link PyStr} keys (attribute and global
 * names) take a fast path with no call at all. The dict owns a reference to each key and value.
 *
 * <h2>Threads</h2>
 * Every operation that changes the dict, and every read that may run Python code or walks the
 * entries, runs in a critical section on the dict ({@link CriticalSection}; dict-to-dict
 * operations such as {@code update}, {@code ==} lock both with {@code begin2}), so each is atomic
 * as in free-threaded CPython. Key hashes are computed before the section; {@code __eq__} of a
 * key runs inside it and may suspend it, which the probe loop already survives (it restarts when
 * the table or the entry changed under it). Released keys and values are dropped after the
 * section ends.
 *
 * <p>Lookups of exact {@code str} and exact {@code int} keys take no lock ({@link #getStrRef},
 * {@link #getRef}, {@link #getStrStackRef}, {@link #contains}): the module-globals, builtins and
 * instance-attribute reads every thread makes. For them the arrays of one hash table live in one
 * immutable-shape {@link Table}, replaced as a whole (release store) on resize or clear and never
 * written again after that; an entry's hash, key and value are written before its index
 * (release stores), so a reader that finds an index finds the entry filled; and an entry
 * position is never reused for another key within a table (popitem leaves a hole instead of
 * rewinding, unlike CPython), so whatever value a reader finds in the entry of key K was K's
 * value. The protocol is at {@link #takeValue}.
 *
 * <p>The second half is the Python-level dict: its type slots and the entry points of the
 * eval loop ({@link #newDict}, {@link #dictFromKeysValues}, {@link #updateFromMapping},
 * {@link #mergeKeywords}); the methods of {@code dict} are installed by
 * {@code skein.interpreter.builtins.DictMethods}, and {@code class C(dict)} makes
 * {@link Instance}s. Python-level key hashing and equality come from {@link Keys}.
 */
public class PyDict extends PyObj {
    /** Hash and equality of keys, as the running thread computes them. */
    public interface KeyProtocol {
        long hash(PyObj key);

        /** {@code a == b} for two keys with equal hashes (identity already checked). */
        boolean eq(PyObj a, PyObj b);

        ThreadState ts();
    }

    private static final int EMPTY = -1, DUMMY = -2, MIN_SIZE = 8;
    /** What a lock-free probe answers when only the locked path can tell. */
    private static final int UNSURE = -3;

    private static final VarHandle TABLE, USED, VERSION;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(PyObj[].class);
    private static final VarHandle INDEX = MethodHandles.arrayElementVarHandle(int[].class);

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            TABLE = l.findVarHandle(PyDict.class, "table", Table.class);
            USED = l.findVarHandle(PyDict.class, "used", int.class);
            VERSION = l.findVarHandle(PyDict.class, "version", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The arrays of one hash table, so that a lock-free reader gets a consistent set with one
     * load. Written only under the dict's critical section, and never again once replaced.
     */
    private static final class Table {
        final int[] indices;
        final long[] hashes;
        final PyObj[] keys;
        final PyObj[] values;
        /**
         * A one-word Bloom filter of the hashes placed in this table: bit {@code hash & 63} is set
         * before an entry's index is published and never cleared (a resize builds a new table from
         * the live keys). A lookup whose bit is clear knows the key is absent without probing:
         * an attribute lookup that checks an instance dictionary for a method name, which is
         * almost never there, costs one load and one test instead of a hash probe that ends
         * on an empty slot (5% of deltablue). Written under the dict's lock only; a lock-free
         * reader that sees the bit clear read the table before the key was inserted.
         */
        long hashBits;

        Table(int size) {
            indices = new int[size];
            Arrays.fill(indices, EMPTY);
            int cap = usable(size);
            hashes = new long[cap];
            keys = new PyObj[cap];
            values = new PyObj[cap];
        }
    }

    private Table table;
    /** Entries used in the current table (including holes left by deletion). */
    private int nentries;
    /** Live items. */
    private int used;
    /** At or after the last live entry: where popitem starts looking (entries are not rewound). */
    private int popHint = -1;
    /** Bumped (release) by every change: iterators, inline caches and lookups that ran Python code detect mutation. */
    private int version;

    public PyDict(ThreadState ts) {
        super(ts);
        table = new Table(MIN_SIZE);
        ts.track(this);
    }

    /**
     * An instance's attribute dictionary that no Python code has seen yet (made on the first
     * attribute store; {@code obj.__dict__} and {@code vars(obj)} clear it). CPython 3.11 keeps
     * such attributes inline in the object, so its {@code gc.collect()} does not count them as a
     * second object; neither does Skein's.
     */
    private boolean unseenInstanceDict;

    void markUnseenInstanceDict() {
        unseenInstanceDict = true;
    }

    /** The switch this dictionary's bias depends on, or null if it was never biased. */
    private BiasGroup bias;

    /** Makes this new, unpublished instance dictionary biased to its owner (see {@link #putStr}). */
    void biasTo(BiasGroup group) {
        bias = group;
        BiasedSections.bias(this);
    }

    @Override
    public BiasGroup biasGroup() {
        return bias;
    }

    /** Python code got hold of this dictionary ({@code obj.__dict__}): from now on it counts as an object of its own. */
    public void markSeen() {
        if (unseenInstanceDict) unseenInstanceDict = false;
    }

    @Override
    public boolean countedWhenCollected() {
        return !unseenInstanceDict;
    }

    /** An immortal dict for process-wide tables (sys.modules). */
    public static PyDict newImmortal() {
        return new PyDict();
    }

    /** An immortal dict (builtin types' attribute tables). */
    PyDict() {
        super();
        table = new Table(MIN_SIZE);
    }

    private static int usable(int size) {
        return (size << 1) / 3;
    }

    @Override
    public PyType type() {
        return Types.DICT;
    }

    /** The number of items: a racy snapshot when other threads use the dict. */
    public int size() {
        return (int) USED.getOpaque(this);
    }

    /** The version (acquire): unchanged since an earlier read means no change to the dict in between. */
    public int version() {
        return (int) VERSION.getAcquire(this);
    }

    private void bumpVersion() {
        VERSION.setRelease(this, version + 1);
    }

    private Table liveTable() {
        return (Table) TABLE.getAcquire(this);
    }

    private static boolean isExactStr(PyObj o) {
        return o instanceof PyStr s && s.type() == Types.STR;
    }

    /** Exact {@code int} (not bool, not a subclass) small enough to compare by value. */
    private static boolean isPlainInt(PyObj o) {
        return o.getClass() == PyInt.class && !((PyInt) o).isBig();
    }

    // ---- lookup under the lock ----

    /** Index of {@code key}'s entry, or -1. May run Python code (key equality); the caller holds the section. */
    private int find(PyObj key, long hash, KeyProtocol kp) {
        while (true) {
            Table t = table;
            if ((t.hashBits & (1L << hash)) == 0) return -1;
            int[] idx = t.indices;
            int mask = idx.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            int startVersion = version;
            while (true) {
                int ix = idx[i];
                if (ix == EMPTY) return -1;
                if (ix >= 0) {
                    PyObj k = t.keys[ix];
                    if (k == key) return ix;
                    if (k != null && t.hashes[ix] == hash) {
                        ThreadState ts = kp.ts();
                        RefCount.incref(k, ts); // __eq__ may drop it from the dict
                        boolean eq;
                        try {
                            eq = kp.eq(k, key);
                        } finally {
                            RefCount.decref(k, ts);
                        }
                        // __eq__ (or another thread while it ran) changed the dict: restart
                        if (version != startVersion || table != t || t.keys[ix] != k) break;
                        if (eq) return ix;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** String keys compare by value, with no Python code involved. */
    private int findStr(PyStr key) {
        Table t = table;
        long hash = key.hash();
        if ((t.hashBits & (1L << hash)) == 0) return -1;
        int[] idx = t.indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObj k = t.keys[ix];
                if (k == key || (t.hashes[ix] == hash && k instanceof PyStr s && s.equalsStr(key))) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Entry index of {@code key} with a known hash, or -1; string keys run no Python code. The caller holds the section. */
    private int lookup(PyObj key, long hash, KeyProtocol kp) {
        return isExactStr(key) ? findStr((PyStr) key) : find(key, hash, kp);
    }

    // ---- lock-free lookup (exact str and int keys) ----

    /**
     * The entry of an exact str or int {@code key} in table {@code t}, read without the lock: its
     * index, -1 if absent, or {@link #UNSURE} when a stored key of another type has the same hash
     * (deciding equality could run Python code). A str key ignores non-str keys, as
     * {@link #findStr} does. The probe terminates: a table never has fewer than a third of its
     * index slots empty.
     */
    private static int probe(Table t, PyObj key, long hash) {
        if ((t.hashBits & (1L << hash)) == 0) return -1;
        boolean str = key instanceof PyStr;
        int[] idx = t.indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = (int) INDEX.getAcquire(idx, i);
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObj k = (PyObj) SLOT.getAcquire(t.keys, ix);
                if (k == key) return ix;
                if (k != null && t.hashes[ix] == hash) {
                    if (str) {
                        if (k instanceof PyStr ks && ks.equalsStr((PyStr) key)) return ix;
                    } else if (isPlainInt(k)) {
                        if (((PyInt) k).value == ((PyInt) key).value) return ix;
                    } else {
                        return UNSURE;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /**
     * The lock-free read of entry {@code ix}'s value in table {@code t} (CPython's
     * {@code _Py_dict_lookup_threadsafe}): a new reference, or null when this attempt cannot be
     * sure and the caller must look up under the lock. Why: the globals, builtins and instance
     * dicts are read by every thread on every name lookup, and would otherwise serialise on one
     * mutex.
     *
     * <ol>
     *   <li>Load the value (acquire). Null: the entry is being deleted; give up.</li>
     *   <li>{@link RefCount#tryIncref} ({@link RefCount#tryIncrefStack} for a frame stack): fails
     *       if the value was replaced and freed meanwhile.</li>
     *   <li>Re-check that the entry still holds the value and, last, that {@code t} is still the
     *       dict's table (so the entry check read the live table, not a frozen old one). Else
     *       drop the reference and give up.</li>
     * </ol>
     * The key needs no re-check: entry positions are not reused within a table, so any value in
     * the entry we found for K was K's. As for lists ({@code PyList.tryLoad}), the re-check after
     * the increment keeps the answer right even if a freelist handed the value out again between
     * our load and our increment, so the read relies on no QSBR guarantee for safety; QSBR's
     * (no freelist reuse before every thread passed a quiescent state, which a read never spans)
     * only makes such a failed attempt impossible. Tables are plain Java arrays, which the JVM
     * keeps alive while a reader holds them: CPython's QSBR-delayed free of old keys objects.
     */
    private PyObj takeValue(Table t, int ix, ThreadState ts, boolean stack) {
        PyObj v = (PyObj) SLOT.getAcquire(t.values, ix);
        if (v == null) return null;
        if (!(stack ? RefCount.tryIncrefStack(v, ts) : RefCount.tryIncref(v, ts))) return null;
        if (SLOT.getAcquire(t.values, ix) == v && TABLE.getAcquire(this) == t) return v;
        if (stack) RefCount.decrefStack(v, ts);
        else RefCount.decref(v, ts);
        return null;
    }

    /** {@link #takeValue}'s fallback: the value for {@code key} under the lock (new or stack reference), or null. */
    private PyObj getRefLocked(PyObj key, long hash, KeyProtocol kp, ThreadState ts, boolean stack) {
        CriticalSection.begin(ts, this);
        try {
            int ix = kp == null ? findStr((PyStr) key) : lookup(key, hash, kp);
            if (ix < 0) return null;
            PyObj v = table.values[ix];
            if (stack && v.isDeferred()) return v;
            // flags a non-owner's reference so that the next lock-free read of v can succeed
            RefCount.increfShareable(v, ts);
            return v;
        } finally {
            CriticalSection.end(ts);
        }
    }

    /**
     * The value for a string key as a new reference, or null: lock-free ({@link #takeValue}).
     * What module-global, builtin and instance-attribute reads use.
     */
    public PyObj getStrRef(PyStr key, ThreadState ts) {
        return lookupRef(key, key.hash(), null, ts, false);
    }

    /** Where a caller last found a key in some dictionary: a guess, checked before it is used. */
    public interface IndexHint {
        int index();

        void setIndex(int ix);
    }

    /**
     * {@link #getStrRef} that first tries entry {@code hint.index()} of the current table: if it
     * holds {@code key} itself (identity: attribute names are interned), its value is the key's
     * (a key has one live entry, and deletion clears the entry's key), and the hash and probe are
     * skipped. Otherwise the ordinary look-up, and the hint learns the index found.
     * The attribute reads of the eval loop ({@code LOAD_ATTR}'s inline cache) use it.
     */
    public PyObj getStrRefAt(PyStr key, IndexHint hint, ThreadState ts) {
        Table t = liveTable();
        int ix = hint.index();
        if (ix < 0 || ix >= t.keys.length || SLOT.getAcquire(t.keys, ix) != key) {
            ix = probe(t, key, key.hash());
            if (ix == -1) return null;
            if (ix >= 0) hint.setIndex(ix);
        }
        if (ix >= 0) {
            BiasGroup g = bias;
            if (g != null && BiasedSections.canElide(this, g, ts)) {
                // The owner of a biased dictionary is its only writer (any other must stop the
                // world first, and this read spans no safe point): the value cannot change or
                // die under it, so no try-incref and no re-check.
                PyObj v = t.values[ix];
                if (v != null) {
                    RefCount.incref(v, ts);
                    return v;
                }
            }
            PyObj v = takeValue(t, ix, ts, false);
            if (v != null) return v;
        }
        return getRefLocked(key, key.hash(), null, ts, false);
    }

    /**
     * {@link #getStrRef} for a reference bound for a frame's evaluation stack
     * ({@link RefCount#increfStack} rules: a deferred value, such as a function, is not counted):
     * {@code LOAD_GLOBAL}.
     */
    public PyObj getStrStackRef(PyStr key, ThreadState ts) {
        return lookupRef(key, key.hash(), null, ts, true);
    }

    /**
     * A new (or, with {@code stack}, an evaluation-stack) reference to the value of a key whose
     * equality runs no Python code (exact str or int), or null: first lock-free — probe the
     * current table, take the value with try-incref — then, if the value moved under the read,
     * under the lock.
     */
    private PyObj lookupRef(PyObj key, long h, KeyProtocol kp, ThreadState ts, boolean stack) {
        Table t = liveTable();
        int ix = probe(t, key, h);
        if (ix == -1) return null;
        if (ix >= 0) {
            PyObj v = takeValue(t, ix, ts, stack);
            if (v != null) return v;
        }
        return getRefLocked(key, h, kp, ts, stack);
    }

    /**
     * The value for a string key, borrowed, or null. Lock-free but without a reference: the
     * value may be replaced and freed by another thread as soon as this returns, so use it only
     * to test presence, or on a dict no other thread changes (a class being built, a private
     * dict); shared dicts are read with {@link #getStrRef}.
     */
    public PyObj getStr(PyStr key) {
        Table t = liveTable();
        int ix = probe(t, key, key.hash());
        return ix < 0 ? null : (PyObj) SLOT.getAcquire(t.values, ix);
    }

    /** The value for {@code key} as a new reference, or null. Lock-free for exact str and int keys; else under the lock (equality may run Python code). */
    public PyObj getRef(PyObj key, KeyProtocol kp) {
        long h = kp.hash(key);
        ThreadState ts = kp.ts();
        if (isExactStr(key) || isPlainInt(key)) return lookupRef(key, h, kp, ts, false);
        return getRefLocked(key, h, kp, ts, false);
    }

    /**
     * The value for {@code key} (a borrowed reference), or null: see {@link #getStr} for what a
     * borrowed value from a shared dict is good for. Exact str and int keys take no lock.
     */
    public PyObj get(PyObj key, KeyProtocol kp) {
        if (isExactStr(key)) return getStr((PyStr) key);
        return getKnownHash(key, kp.hash(key), kp);
    }

    /** Whether {@code key} is present (no reference is taken, so exact str and int keys need no lock). */
    public boolean containsKey(PyObj key, KeyProtocol kp) {
        long h = kp.hash(key);
        if (isExactStr(key) || isPlainInt(key)) {
            int ix = probe(liveTable(), key, h);
            if (ix != UNSURE) return ix >= 0;
        }
        CriticalSection.begin(kp.ts(), this);
        try {
            return lookup(key, h, kp) >= 0;
        } finally {
            CriticalSection.end(kp.ts());
        }
    }

    /** The value for {@code key} whose hash is known (a borrowed reference), or null. */
    public PyObj getKnownHash(PyObj key, long hash, KeyProtocol kp) {
        if (isExactStr(key) || isPlainInt(key)) {
            Table t = liveTable();
            int ix = probe(t, key, hash);
            if (ix == -1) return null;
            if (ix >= 0) {
                PyObj v = (PyObj) SLOT.getAcquire(t.values, ix);
                if (v != null) return v;
            }
        }
        ThreadState ts = kp.ts();
        CriticalSection.begin(ts, this);
        try {
            return getKnownHashLocked(key, hash, kp);
        } finally {
            CriticalSection.end(ts);
        }
    }

    private PyObj getKnownHashLocked(PyObj key, long hash, KeyProtocol kp) {
        int ix = lookup(key, hash, kp);
        return ix < 0 ? null : table.values[ix];
    }

    // ---- update (all under the section) ----

    /** {@code d[key] = value}; the dict takes its own references. The hash is computed before the section. */
    public void put(PyObj key, PyObj value, KeyProtocol kp) {
        putKnownHash(key, kp.hash(key), value, kp);
    }

    /** {@code d[key] = value} with the hash known (merges reuse the hashes a dict stored). */
    public void putKnownHash(PyObj key, long hash, PyObj value, KeyProtocol kp) {
        ThreadState ts = kp.ts();
        PyObj old;
        CriticalSection.begin(ts, this);
        try {
            old = putLocked(key, hash, value, kp);
        } finally {
            CriticalSection.end(ts);
        }
        if (old != null) RefCount.decref(old, ts);
    }

    /** Stores the pair; returns the value it replaced (the caller drops it after the section) or null. */
    private PyObj putLocked(PyObj key, long hash, PyObj value, KeyProtocol kp) {
        int ix = lookup(key, hash, kp);
        ThreadState ts = kp.ts();
        RefCount.incref(value, ts);
        if (ix >= 0) {
            PyObj[] vs = table.values;
            PyObj old = vs[ix];
            SLOT.setRelease(vs, ix, value);
            bumpVersion();
            return old;
        }
        RefCount.incref(key, ts);
        insertNew(key, hash, value);
        return null;
    }

    /** {@link #putStr} that takes over the caller's (new) reference to value. */
    public void putStrSteal(PyStr key, PyObj value, ThreadState ts) {
        putStr(key, value, ts);
        RefCount.decref(value, ts);
    }

    /** Insert for a string key, no Python code possible. */
    public void putStr(PyStr key, PyObj value, ThreadState ts) {
        putStr(key, value, ts, null);
    }

    /**
     * {@link #putStr} that first tries entry {@code hint.index()} (see {@link #getStrRefAt}): under
     * the lock, an entry holding {@code key} itself is the key's entry. STORE_ATTR.
     */
    public void putStr(PyStr key, PyObj value, ThreadState ts, IndexHint hint) {
        PyObj old = null;
        RefCount.incref(value, ts);
        // The body runs no Python code, cannot block and takes no other lock, so the owner of a
        // biased instance dictionary may run it without the mutex (BiasedSections).
        boolean elided = BiasedSections.begin(ts, this, bias);
        try {
            int ix = hint == null ? -1 : hint.index();
            if (ix < 0 || ix >= nentries || table.keys[ix] != key) {
                ix = findStr(key);
                if (ix >= 0 && hint != null) hint.setIndex(ix);
            }
            if (ix >= 0) {
                PyObj[] vs = table.values;
                old = vs[ix];
                SLOT.setRelease(vs, ix, value);
                bumpVersion();
            } else {
                RefCount.incref(key, ts);
                insertNew(key, key.hash(), value);
            }
        } finally {
            BiasedSections.end(ts, elided);
        }
        if (old != null) RefCount.decref(old, ts);
    }

    /** Appends an entry (references taken over) and publishes its index last. */
    private void insertNew(PyObj key, long hash, PyObj value) {
        if (nentries == table.keys.length) resize(growthSize());
        Table t = table;
        int e = nentries++;
        t.hashes[e] = hash;
        SLOT.setRelease(t.keys, e, key);
        SLOT.setRelease(t.values, e, value);
        placeIndex(t, hash, e);
        popHint = e;
        USED.setOpaque(this, used + 1);
        bumpVersion();
    }

    private static void placeIndex(Table t, long hash, int entry) {
        int[] idx = t.indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        t.hashBits |= 1L << hash;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        INDEX.setRelease(idx, i, entry);
    }

    /** CPython's growth rate: used * 3, rounded up to a power of two. */
    private int growthSize() {
        int want = Math.max(MIN_SIZE, used * 3);
        return Integer.highestOneBit(want - 1) << 1;
    }

    /** Builds a new table privately, then publishes it; the old one is never written again. */
    private void resize(int newSize) {
        Table old = table;
        int n = nentries;
        while (usable(newSize) < used + 1) newSize <<= 1;
        Table t = new Table(newSize);
        int d = 0;
        for (int e = 0; e < n; e++) {
            PyObj k = old.keys[e];
            if (k == null) continue;
            t.hashes[d] = old.hashes[e];
            t.keys[d] = k;
            t.values[d] = old.values[e];
            placeIndex(t, old.hashes[e], d);
            d++;
        }
        nentries = d;
        popHint = d - 1;
        TABLE.setRelease(this, t);
    }

    /**
     * Removes {@code key}; returns its value (the reference passes to the caller) or null.
     * The key's reference is dropped.
     */
    public PyObj pop(PyObj key, KeyProtocol kp) {
        long hash = kp.hash(key);
        ThreadState ts = kp.ts();
        PyObj[] kv;
        CriticalSection.begin(ts, this);
        try {
            int ix = lookup(key, hash, kp);
            if (ix < 0) return null;
            kv = removeLocked(ix);
        } finally {
            CriticalSection.end(ts);
        }
        RefCount.decref(kv[0], ts);
        return kv[1];
    }

    /**
     * Removes {@code key} only if its value passes {@code test}, decided inside the dict's
     * critical section so that nothing changes between the test and the removal (CPython's
     * {@code _PyDict_DelItemIf}); returns whether it removed the entry. {@code test} must not run
     * Python code; it may throw a Python exception.
     */
    public boolean removeIf(PyObj key, java.util.function.Predicate<PyObj> test, KeyProtocol kp) {
        long hash = kp.hash(key);
        ThreadState ts = kp.ts();
        PyObj[] kv;
        CriticalSection.begin(ts, this);
        try {
            int ix = lookup(key, hash, kp);
            if (ix < 0 || !test.test(table.values[ix])) return false;
            kv = removeLocked(ix);
        } finally {
            CriticalSection.end(ts);
        }
        RefCount.decref(kv[0], ts);
        RefCount.decref(kv[1], ts);
        return true;
    }

    /** {@link #pop} for a string key: no Python code runs. */
    public PyObj popStr(PyStr key, ThreadState ts) {
        PyObj[] kv;
        CriticalSection.begin(ts, this);
        try {
            int ix = findStr(key);
            if (ix < 0) return null;
            kv = removeLocked(ix);
        } finally {
            CriticalSection.end(ts);
        }
        RefCount.decref(kv[0], ts);
        return kv[1];
    }

    /** Unlinks entry {@code ix}: its index slot becomes a dummy, its key and value null; returns {key, value}. */
    private PyObj[] removeLocked(int ix) {
        Table t = table;
        long hash = t.hashes[ix];
        int[] idx = t.indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (idx[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        INDEX.setRelease(idx, i, DUMMY);
        PyObj k = t.keys[ix], v = t.values[ix];
        SLOT.setRelease(t.values, ix, null);
        SLOT.setRelease(t.keys, ix, null);
        USED.setOpaque(this, used - 1);
        bumpVersion();
        return new PyObj[] {k, v};
    }

    // ---- iteration: entry positions in insertion order ----
    // These read the current table without a lock: the caller holds the dict's critical
    // section, or the dict is one no other thread changes.

    /** The first live entry at or after {@code pos}, or -1. */
    public int nextEntry(int pos) {
        Table t = table;
        for (int e = pos; e < nentries; e++) if (t.keys[e] != null) return e;
        return -1;
    }

    public PyObj keyAt(int entry) {
        return table.keys[entry];
    }

    public PyObj valueAt(int entry) {
        return table.values[entry];
    }

    /** The stored hash of a live entry (sets built from a dict reuse it, as CPython does). */
    public long hashAt(int entry) {
        return table.hashes[entry];
    }

    /** One past the last entry position, live or hole: the bound of an iteration by position. */
    public int entryLimit() {
        return nentries;
    }

    /** The last live entry at or before {@code pos}, or -1 (reversed iteration, popitem). */
    public int prevEntry(int pos) {
        Table t = table;
        for (int e = Math.min(pos, nentries - 1); e >= 0; e--) if (t.keys[e] != null) return e;
        return -1;
    }

    /** Drops every item; they are released after the dict is already empty. */
    public void clear(ThreadState ts) {
        Table old;
        int n;
        CriticalSection.begin(ts, this);
        try {
            old = table;
            n = nentries;
            resetLocked();
        } finally {
            CriticalSection.end(ts);
        }
        releaseEntries(old, n, ts);
    }

    private void resetLocked() {
        nentries = 0;
        popHint = -1;
        USED.setOpaque(this, 0);
        TABLE.setRelease(this, new Table(MIN_SIZE));
        bumpVersion();
    }

    private static void releaseEntries(Table t, int n, ThreadState ts) {
        for (int e = 0; e < n; e++) {
            PyObj k = t.keys[e];
            if (k != null) {
                RefCount.decref(k, ts);
                RefCount.decref(t.values[e], ts);
            }
        }
    }

    /**
     * Removes the last item ({@code popitem}, LIFO); returns {key, value}, both references
     * passing to the caller, or null when the dict is empty. Unlike CPython the entry is left
     * as a hole rather than handed to the next insertion: lock-free readers rely on an entry
     * position never changing keys within a table.
     */
    public PyObj[] popLast(ThreadState ts) {
        CriticalSection.begin(ts, this);
        try {
            int e = prevEntry(popHint);
            popHint = e - 1;
            if (e < 0) return null;
            return removeLocked(e);
        } finally {
            CriticalSection.end(ts);
        }
    }

    /** A new exact dict with the same items in the same order ({@code dict.copy()}). */
    public PyDict copy(ThreadState ts) {
        CriticalSection.begin(ts, this);
        try {
            return copyLocked(ts);
        } finally {
            CriticalSection.end(ts);
        }
    }

    private PyDict copyLocked(ThreadState ts) {
        PyDict d = new PyDict(ts);
        Table t = table;
        for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
            RefCount.incref(t.keys[e], ts);
            RefCount.incref(t.values[e], ts);
            d.insertNew(t.keys[e], t.hashes[e], t.values[e]);
        }
        return d;
    }

    /**
     * {@code dict.setdefault(key, default)}: the value for key, inserting {@code dflt} first if
     * absent, in one section; a new reference.
     */
    public PyObj setDefault(PyObj key, PyObj dflt, KeyProtocol kp) {
        long h = kp.hash(key);
        ThreadState ts = kp.ts();
        CriticalSection.begin(ts, this);
        try {
            PyObj v = getKnownHashLocked(key, h, kp);
            if (v == null) {
                v = dflt;
                putLocked(key, h, v, kp);
            }
            RefCount.incref(v, ts);
            return v;
        } finally {
            CriticalSection.end(ts);
        }
    }

    /**
     * The keys, values or items ({@link PyDictIter#KEYS}, {@link PyDictIter#VALUES},
     * {@link PyDictIter#ITEMS}) in order, as new references, taken in one section: what
     * {@code list(d)} and {@code list(d.items())} copy, atomically as in CPython.
     */
    public PyObj[] snapshot(ThreadState ts, int kind) {
        CriticalSection.begin(ts, this);
        try {
            PyObj[] out = new PyObj[used];
            Table t = table;
            int n = 0;
            for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
                PyObj k = t.keys[e], v = t.values[e];
                PyObj x = kind == PyDictIter.ITEMS ? PyTuple.of(ts, k, v) : kind == PyDictIter.KEYS ? k : v;
                if (kind != PyDictIter.ITEMS) RefCount.incref(x, ts);
                out[n++] = x;
            }
            return out;
        } finally {
            CriticalSection.end(ts);
        }
    }

    // ==== the Python-level dict: slots and the entry points of the eval loop ====

    public static final PyStr S_MISSING = PyStr.intern("__missing__");
    public static final PyStr S_KEYS = PyStr.intern("keys");

    /** A new empty dict ({@code BUILD_MAP 0}, {@code {}}). */
    public static PyDict newDict(ThreadState ts) {
        return new PyDict(ts);
    }

    /** {@code BUILD_CONST_KEY_MAP}: {@code {keys[i]: values[i]}} in order (arguments borrowed). */
    public static PyDict dictFromKeysValues(PyThreadState ts, PyObj[] keys, PyObj[] values) {
        PyDict d = new PyDict(ts);
        Keys kp = Keys.of(ts);
        try {
            for (int i = 0; i < keys.length; i++) d.put(keys[i], values[i], kp);
        } catch (PyException e) {
            RefCount.decref(d, ts);
            throw e;
        }
        return d;
    }

    /** {@code BUILD_MAP n}: {@code n} pairs stored flat (k0, v0, k1, v1, ...) from {@code items[start]}. */
    public static PyDict dictFromPairs(PyThreadState ts, PyObj[] items, int start, int npairs) {
        PyDict d = new PyDict(ts);
        Keys kp = Keys.of(ts);
        try {
            for (int i = 0; i < npairs; i++) d.put(items[start + 2 * i], items[start + 2 * i + 1], kp);
        } catch (PyException e) {
            RefCount.decref(d, ts);
            throw e;
        }
        return d;
    }

    /** {@code DICT_UPDATE} ({@code {**m}}): m must be a mapping, "'int' object is not a mapping". */
    public void updateFromMapping(PyThreadState ts, PyObj other) {
        if (!(other instanceof PyDict)) requireKeys(ts, other, "'" + other.typeName() + "' object is not a mapping");
        merge(ts, other, 1);
    }

    /**
     * {@code DICT_MERGE} ({@code f(**m)} into the keyword dict): a duplicate raises
     * "{@code f() got multiple values for keyword argument 'x'}". {@code funcName} is what
     * CPython's {@code _PyObject_FunctionStr} gives without its "()" ({@code f}, {@code C.m}).
     */
    public void mergeKeywords(PyThreadState ts, PyObj other, String funcName) {
        if (!(other instanceof PyDict)) {
            requireKeys(ts, other, funcName + "() argument after ** must be a mapping, not " + other.typeName());
        }
        try {
            merge(ts, other, 2);
        } catch (PyException e) {
            if (!e.matches(Exceptions.KEY_ERROR)) throw e;
            PyTuple args = e.value.args;
            if (args == null || args.size() != 1) throw e;
            String msg = args.get(0) instanceof PyStr s
                    ? funcName + "() got multiple values for keyword argument '" + s.value + "'"
                    : funcName + "() keywords must be strings";
            e.release(ts);
            throw Exceptions.typeError(ts, msg);
        }
    }

    private static void requireKeys(PyThreadState ts, PyObj o, String message) {
        PyObj k = Ops.getAttrOrNull(ts, o, S_KEYS);
        if (k == null) throw Exceptions.typeError(ts, message);
        RefCount.decref(k, ts);
    }

    /** {@code dict.update(arg)}, {@code dict(arg)}, {@code |=}: a mapping (has keys()) or an iterable of pairs. */
    public void updateArg(PyThreadState ts, PyObj arg) {
        if (arg.type() == Types.DICT) {
            merge(ts, arg, 1);
            return;
        }
        PyObj keysAttr = Ops.getAttrOrNull(ts, arg, S_KEYS);
        if (keysAttr != null) {
            RefCount.decref(keysAttr, ts);
            merge(ts, arg, 1);
            return;
        }
        mergeFromSeq2(ts, arg);
    }

    /** Whether iterating {@code d} is dict's own iteration (a subclass may override {@code __iter__}). */
    private static boolean plainIteration(PyDict d) {
        PyType t = d.type();
        return t == Types.DICT || t.lookup(Ops.S_ITER) == Types.DICT.lookup(Ops.S_ITER);
    }

    /**
     * CPython's {@code dict_merge}: adds the items of mapping {@code b}. {@code override} 1
     * replaces existing keys, 0 keeps them, 2 raises {@code KeyError(key)} on a duplicate.
     * A dict source is merged with both dicts locked ({@code begin2}); any other mapping with this
     * dict locked, its {@code keys()} and {@code __getitem__} running inside the section (which
     * they may suspend), as in CPython.
     */
    public void merge(PyThreadState ts, PyObj b, int override) {
        Keys kp = Keys.of(ts);
        if (b instanceof PyDict other && plainIteration(other)) {
            if (other == this) return;
            CriticalSection.begin2(ts, this, other);
            try {
                if (other.used == 0) return;
                int n = other.nentries;
                for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
                    Table ot = other.table;
                    PyObj k = ot.keys[e], v = ot.values[e];
                    long h = ot.hashes[e];
                    RefCount.incref(k, ts);
                    RefCount.incref(v, ts);
                    try {
                        if (override == 1 || getKnownHashLocked(k, h, kp) == null) {
                            PyObj old = putLocked(k, h, v, kp);
                            if (old != null) RefCount.decref(old, ts); // may run __del__: the size check below catches its changes
                        } else if (override == 2) {
                            throw Exceptions.keyError(ts, k);
                        }
                    } finally {
                        RefCount.decref(k, ts);
                        RefCount.decref(v, ts);
                    }
                    if (n != other.nentries) throw Exceptions.runtimeError(ts, "dict mutated during update");
                }
            } finally {
                CriticalSection.end2(ts);
            }
            return;
        }
        PyObj keysMethod = Ops.getAttr(ts, b, S_KEYS);
        PyObj keysObj;
        try {
            keysObj = Ops.call(ts, keysMethod);
        } finally {
            RefCount.decref(keysMethod, ts);
        }
        PyObj it;
        try {
            it = Ops.iter(ts, keysObj);
        } finally {
            RefCount.decref(keysObj, ts);
        }
        try {
            PyObj k;
            while ((k = Ops.next(ts, it)) != null) {
                try {
                    long h = kp.hash(k);
                    if (override != 1 && getKnownHash(k, h, kp) != null) {
                        if (override == 0) continue;
                        throw Exceptions.keyError(ts, k);
                    }
                    PyObj v = Ops.getItem(ts, b, k);
                    try {
                        putKnownHash(k, h, v, kp);
                    } finally {
                        RefCount.decref(v, ts);
                    }
                } finally {
                    RefCount.decref(k, ts);
                }
            }
        } finally {
            RefCount.decref(it, ts);
        }
    }

    /** {@code PyDict_MergeFromSeq2}: items of an iterable of 2-sequences, later ones winning. */
    public void mergeFromSeq2(PyThreadState ts, PyObj seq) {
        Keys kp = Keys.of(ts);
        PyObj it = Ops.iter(ts, seq);
        try {
            PyObj item;
            for (long i = 0; (item = Ops.next(ts, it)) != null; i++) {
                try {
                    PyObj[] kv = pairOf(ts, item, i);
                    try {
                        put(kv[0], kv[1], kp);
                    } finally {
                        RefCount.decref(kv[0], ts);
                        RefCount.decref(kv[1], ts);
                    }
                } finally {
                    RefCount.decref(item, ts);
                }
            }
        } finally {
            RefCount.decref(it, ts);
        }
    }

    /** Element {@code i} of an update sequence as {key, value} (new references), with CPython's errors. */
    private static PyObj[] pairOf(PyThreadState ts, PyObj item, long i) {
        if (item instanceof PyTuple t) {
            if (t.size() != 2) throw badLength(ts, i, t.size());
            RefCount.incref(t.get(0), ts);
            RefCount.incref(t.get(1), ts);
            return new PyObj[] {t.get(0), t.get(1)};
        }
        PyObj it;
        try {
            it = Ops.iter(ts, item);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TYPE_ERROR)) throw e;
            e.release(ts);
            throw Exceptions.typeError(ts, "cannot convert dictionary update sequence element #" + i + " to a sequence");
        }
        java.util.ArrayList<PyObj> xs = new java.util.ArrayList<>(2);
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) xs.add(x);
        } catch (PyException e) {
            for (PyObj x : xs) RefCount.decref(x, ts);
            throw e;
        } finally {
            RefCount.decref(it, ts);
        }
        if (xs.size() != 2) {
            for (PyObj x : xs) RefCount.decref(x, ts);
            throw badLength(ts, i, xs.size());
        }
        return new PyObj[] {xs.get(0), xs.get(1)};
    }

    private static PyException badLength(PyThreadState ts, long i, int n) {
        return Exceptions.valueError(ts, "dictionary update sequence element #" + i + " has length " + n + "; 2 is required");
    }

    // ---- type slots ----

    @Override
    public long len(PyThreadState ts) {
        return size();
    }

    /** {@code d[key]}: a subclass's {@code __missing__} answers for absent keys, else KeyError(key). */
    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        PyObj v = getRef(key, Keys.of(ts));
        if (v != null) return v;
        PyType t = type();
        if (t != Types.DICT) {
            PyObj missing = t.lookup(S_MISSING);
            if (missing != null) return Ops.callMethod(ts, missing, this, new PyObj[] {key}, null);
        }
        throw Exceptions.keyError(ts, key);
    }

    @Override
    public boolean setItem(PyThreadState ts, PyObj key, PyObj value) {
        put(key, value, Keys.of(ts));
        return true;
    }

    @Override
    public boolean delItem(PyThreadState ts, PyObj key) {
        PyObj v = pop(key, Keys.of(ts));
        if (v == null) throw Exceptions.keyError(ts, key);
        RefCount.decref(v, ts);
        return true;
    }

    @Override
    public int contains(PyThreadState ts, PyObj key) {
        return containsKey(key, Keys.of(ts)) ? 1 : 0;
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        return new PyDictIter(ts, this, PyDictIter.KEYS, false);
    }

    @Override
    public boolean isHashable() {
        return false;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        if (size() == 0) return PyStr.intern("{}");
        if (!ReprGuard.enter(this)) return PyStr.intern("{...}");
        CriticalSection.begin(ts, this);
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
                PyObj k = table.keys[e], v = table.values[e];
                RefCount.incref(k, ts);
                RefCount.incref(v, ts);
                try {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(Ops.reprString(ts, k)).append(": ").append(Ops.reprString(ts, v));
                } finally {
                    RefCount.decref(k, ts);
                    RefCount.decref(v, ts);
                }
            }
            return new PyStr(ts, sb.append('}').toString());
        } finally {
            CriticalSection.end(ts);
            ReprGuard.leave(this);
        }
    }

    /** {@code ==} and {@code !=} only: same keys, equal values, order ignored. */
    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if ((op != 2 && op != 3) || !(other instanceof PyDict o)) return NOT_IMPLEMENTED;
        boolean eq;
        CriticalSection.begin2(ts, this, o);
        try {
            eq = dictEqual(ts, this, o);
        } finally {
            CriticalSection.end2(ts);
        }
        return PyBool.of(op == 2 ? eq : !eq);
    }

    /** Both dicts locked by the caller; values' {@code __eq__} may suspend the section, so entries are re-read per step. */
    private static boolean dictEqual(PyThreadState ts, PyDict a, PyDict b) {
        if (a.used != b.used) return false;
        Keys kp = Keys.of(ts);
        for (int e = a.nextEntry(0); e >= 0; e = a.nextEntry(e + 1)) {
            Table at = a.table;
            PyObj k = at.keys[e], av = at.values[e];
            long h = at.hashes[e];
            RefCount.incref(k, ts);
            RefCount.incref(av, ts);
            try {
                PyObj bv = b.getKnownHashLocked(k, h, kp);
                if (bv == null) return false;
                RefCount.incref(bv, ts);
                try {
                    if (!Ops.eq(ts, av, bv)) return false;
                } finally {
                    RefCount.decref(bv, ts);
                }
            } finally {
                RefCount.decref(k, ts);
                RefCount.decref(av, ts);
            }
        }
        return true;
    }

    /** {@code d | other} (3.9): a new plain dict, both operands dicts. */
    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (op != 7 || !(other instanceof PyDict)) return NOT_IMPLEMENTED;
        return union(ts, this, other);
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (op != 7 || !(other instanceof PyDict od)) return NOT_IMPLEMENTED;
        return union(ts, od, this);
    }

    private static PyDict union(PyThreadState ts, PyDict left, PyObj right) {
        PyDict r = left.copy(ts);
        try {
            r.updateArg(ts, right);
        } catch (PyException e) {
            RefCount.decref(r, ts);
            throw e;
        }
        return r;
    }

    /** {@code d |= other}: like {@code update}, any mapping or iterable of pairs. */
    @Override
    public PyObj inplaceOp(PyThreadState ts, int op, PyObj other) {
        if (op != 7) return NOT_IMPLEMENTED;
        updateArg(ts, other);
        RefCount.incref(this, ts);
        return this;
    }

    @Override
    public void traverse(Visitor v) {
        Table t = table;
        int n = Math.min(nentries, t.keys.length);
        for (int e = 0; e < n; e++) {
            PyObj k = t.keys[e];
            if (k != null) {
                // value then key, as CPython's dict_traverse; it skips str keys of str-keyed tables
                PyObj val = t.values[e];
                if (val != null) v.visit(val);
                if (k.getClass() != PyStr.class) v.visit(k);
            }
        }
    }

    /** The collector breaks a cycle through a dict by emptying it (CPython's {@code dict_tp_clear}). */
    @Override
    public void clearForCollector(ThreadState ts) {
        clear(ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        // nobody else holds a reference: no section
        Table old = table;
        int n = nentries;
        resetLocked();
        releaseEntries(old, n, ts);
    }

    /**
     * An instance of a class made by a {@code class} statement with {@code dict} as its solid
     * base: the dict itself, its class, and an attribute dictionary.
     */
    public static final class Instance extends PyDict implements Weakrefable {
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
        public boolean weakrefSupported() {
            return cls.instancesHaveWeakref();
        }

        @Override
        protected void clearWeakRefs(skein.gc.ThreadState ts) {
            WeakRefs.clearOnDeath(this, ts);
        }

        private final PyType cls;
        private static final java.lang.invoke.VarHandle DICT =
                InstanceDicts.field(java.lang.invoke.MethodHandles.lookup(), Instance.class);
        /** The attribute dictionary, made on first use ({@link InstanceDicts}). */
        private PyDict dict;

        public Instance(ThreadState ts, PyType cls) {
            super(ts);
            PyType.increfForInstance(cls, ts);
            this.cls = cls;
        }

        @Override
        protected boolean hasFinalizer() {
            return HeapFinalizer.has(cls);
        }

        @Override
        protected void finalizeObject(skein.gc.ThreadState ts) {
            HeapFinalizer.run(ts, this);
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict instanceDict() {
            return InstanceDicts.get(this, DICT);
        }

        @Override
        public PyDict ensureDict(ThreadState ts) {
            return InstanceDicts.ensure(this, DICT, ts);
        }

        @Override
        public void traverse(Visitor v) {
            super.traverse(v);
            PyDict d = dict;
            if (d != null) v.visit(d);
            v.visit(cls); // its class, counted per thread: a class can be garbage with its instances
        }

        @Override
        public void clearForCollector(ThreadState ts) {
            super.clearForCollector(ts);
            PyDict d = dict;
            dict = null;
            if (d != null) RefCount.decref(d, ts);
        }

        @Override
        protected void clearReferences(ThreadState ts) {
            super.clearReferences(ts);
            PyDict d = dict;
            dict = null;
            if (d != null) RefCount.decref(d, ts);
            PyType.decrefForInstance(cls, ts);
        }
    }
}
