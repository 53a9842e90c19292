package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

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

    private int[] indices;
    private long[] hashes;
    private PyObj[] keys;
    private PyObj[] values;
    /** Entries used (including holes left by deletion). */
    private int nentries;
    /** Live items. */
    private int used;
    /** Bumped by every change: iterators and lookups that ran Python code detect mutation. */
    private int version;

    public PyDict(ThreadState ts) {
        super(ts);
        init(MIN_SIZE);
    }

    /** An immortal dict for process-wide tables (sys.modules). */
    public static PyDict newImmortal() {
        return new PyDict();
    }

    /** An immortal dict (builtin types' attribute tables). */
    PyDict() {
        super();
        init(MIN_SIZE);
    }

    private void init(int size) {
        indices = new int[size];
        Arrays.fill(indices, EMPTY);
        int cap = usable(size);
        hashes = new long[cap];
        keys = new PyObj[cap];
        values = new PyObj[cap];
        nentries = 0;
        used = 0;
    }

    private static int usable(int size) {
        return (size << 1) / 3;
    }

    @Override
    public PyType type() {
        return Types.DICT;
    }

    public int size() {
        return used;
    }

    public int version() {
        return version;
    }

    // ---- lookup ----

    /** Index of {@code key}'s entry, or -1. May run Python code (key equality). */
    private int find(PyObj key, long hash, KeyProtocol kp) {
        while (true) {
            int[] idx = indices;
            int mask = idx.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            int startVersion = version;
            while (true) {
                int ix = idx[i];
                if (ix == EMPTY) return -1;
                if (ix >= 0) {
                    PyObj k = keys[ix];
                    if (k == key) return ix;
                    if (hashes[ix] == hash) {
                        ThreadState ts = kp.ts();
                        RefCount.incref(k, ts); // __eq__ may drop it from the dict
                        boolean eq;
                        try {
                            eq = kp.eq(k, key);
                        } finally {
                            RefCount.decref(k, ts);
                        }
                        if (version != startVersion || keys[ix] != k) break; // mutated by __eq__: restart
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
        long hash = key.hash();
        int[] idx = indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObj k = keys[ix];
                if (k == key || (hashes[ix] == hash && k instanceof PyStr s && s.equalsStr(key))) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value for a string key (a borrowed reference), or null. */
    public PyObj getStr(PyStr key) {
        int ix = findStr(key);
        return ix < 0 ? null : values[ix];
    }

    /** The value for {@code key} (a borrowed reference), or null. */
    public PyObj get(PyObj key, KeyProtocol kp) {
        if (key instanceof PyStr s && s.type() == Types.STR) return getStr(s);
        int ix = find(key, kp.hash(key), kp);
        return ix < 0 ? null : values[ix];
    }

    // ---- update ----

    /** {@code d[key] = value}; the dict takes its own references. */
    public void put(PyObj key, PyObj value, KeyProtocol kp) {
        long hash = kp.hash(key);
        int ix = key instanceof PyStr s && s.type() == Types.STR ? findStr(s) : find(key, hash, kp);
        ThreadState ts = kp.ts();
        RefCount.incref(value, ts);
        if (ix >= 0) {
            PyObj old = values[ix];
            values[ix] = value;
            version++;
            RefCount.decref(old, ts);
            return;
        }
        RefCount.incref(key, ts);
        insertNew(key, hash, value);
    }

    /** {@link #putStr} that takes over the caller's (new) reference to value. */
    public void putStrSteal(PyStr key, PyObj value, ThreadState ts) {
        putStr(key, value, ts);
        RefCount.decref(value, ts);
    }

    /** Insert for a string key, no Python code possible. */
    public void putStr(PyStr key, PyObj value, ThreadState ts) {
        int ix = findStr(key);
        RefCount.incref(value, ts);
        if (ix >= 0) {
            PyObj old = values[ix];
            values[ix] = value;
            version++;
            RefCount.decref(old, ts);
            return;
        }
        RefCount.incref(key, ts);
        insertNew(key, key.hash(), value);
    }

    private void insertNew(PyObj key, long hash, PyObj value) {
        if (nentries == keys.length) resize(growthSize());
        int e = nentries++;
        hashes[e] = hash;
        keys[e] = key;
        values[e] = value;
        placeIndex(hash, e);
        used++;
        version++;
    }

    private void placeIndex(long hash, int entry) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = entry;
    }

    /** CPython's growth rate: used * 3, rounded up to a power of two. */
    private int growthSize() {
        int want = Math.max(MIN_SIZE, used * 3);
        return Integer.highestOneBit(want - 1) << 1;
    }

    private void resize(int newSize) {
        long[] oh = hashes;
        PyObj[] ok = keys, ov = values;
        int n = nentries;
        while (usable(newSize) < used + 1) newSize <<= 1;
        init(newSize);
        for (int e = 0; e < n; e++) {
            if (ok[e] == null) continue;
            int d = nentries++;
            hashes[d] = oh[e];
            keys[d] = ok[e];
            values[d] = ov[e];
            placeIndex(oh[e], d);
            used++;
        }
    }

    /**
     * Removes {@code key}; returns its value (the reference passes to the caller) or null.
     * The key's reference is dropped.
     */
    public PyObj pop(PyObj key, KeyProtocol kp) {
        long hash = kp.hash(key);
        int ix = key instanceof PyStr s && s.type() == Types.STR ? findStr(s) : find(key, hash, kp);
        if (ix < 0) return null;
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = DUMMY;
        PyObj k = keys[ix], v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        RefCount.decref(k, kp.ts());
        return v;
    }

    /** {@link #pop} for a string key: no Python code runs. */
    public PyObj popStr(PyStr key, ThreadState ts) {
        int ix = findStr(key);
        if (ix < 0) return null;
        removeEntry(ix, hashes[ix], ts);
        return takeValue(ix, ts);
    }

    private void removeEntry(int ix, long hash, ThreadState ts) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = DUMMY;
    }

    private PyObj takeValue(int ix, ThreadState ts) {
        PyObj k = keys[ix], v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        RefCount.decref(k, ts);
        return v;
    }

    // ---- iteration: entry positions in insertion order ----

    /** The first live entry at or after {@code pos}, or -1. */
    public int nextEntry(int pos) {
        for (int e = pos; e < nentries; e++) if (keys[e] != null) return e;
        return -1;
    }

    public PyObj keyAt(int entry) {
        return keys[entry];
    }

    public PyObj valueAt(int entry) {
        return values[entry];
    }

    /** Drops every item. */
    public void clear(ThreadState ts) {
        PyObj[] ok = keys, ov = values;
        int n = nentries;
        init(MIN_SIZE);
        version++;
        for (int e = 0; e < n; e++) {
            if (ok[e] != null) {
                RefCount.decref(ok[e], ts);
                RefCount.decref(ov[e], ts);
            }
        }
    }

    /** The stored hash of a live entry (sets built from a dict reuse it, as CPython does). */
    public long hashAt(int entry) {
        return hashes[entry];
    }

    /** One past the last entry position, live or hole: the bound of an iteration by position. */
    public int entryLimit() {
        return nentries;
    }

    /** The last live entry at or before {@code pos}, or -1 (reversed iteration, popitem). */
    public int prevEntry(int pos) {
        for (int e = Math.min(pos, nentries - 1); e >= 0; e--) if (keys[e] != null) return e;
        return -1;
    }

    /** Entry index of {@code key} with a known hash, or -1; string keys run no Python code. */
    private int lookup(PyObj key, long hash, KeyProtocol kp) {
        return key instanceof PyStr s && s.type() == Types.STR ? findStr(s) : find(key, hash, kp);
    }

    /** The value for {@code key} whose hash is known (a borrowed reference), or null. */
    public PyObj getKnownHash(PyObj key, long hash, KeyProtocol kp) {
        int ix = lookup(key, hash, kp);
        return ix < 0 ? null : values[ix];
    }

    /** {@code d[key] = value} with the hash known (merges reuse the hashes a dict stored). */
    public void putKnownHash(PyObj key, long hash, PyObj value, KeyProtocol kp) {
        int ix = lookup(key, hash, kp);
        ThreadState ts = kp.ts();
        RefCount.incref(value, ts);
        if (ix >= 0) {
            PyObj old = values[ix];
            values[ix] = value;
            version++;
            RefCount.decref(old, ts);
            return;
        }
        RefCount.incref(key, ts);
        insertNew(key, hash, value);
    }

    /**
     * Removes the last item ({@code popitem}, LIFO); returns {key, value}, both references
     * passing to the caller, or null when the dict is empty.
     */
    public PyObj[] popLast(ThreadState ts) {
        int e = prevEntry(nentries - 1);
        if (e < 0) return null;
        PyObj k = keys[e], v = values[e];
        removeEntry(e, hashes[e], ts);
        keys[e] = null;
        values[e] = null;
        used--;
        version++;
        nentries = e; // the slot is reused by the next insertion, as CPython does
        return new PyObj[] {k, v};
    }

    /** A new exact dict with the same items in the same order ({@code dict.copy()}). */
    public PyDict copy(ThreadState ts) {
        PyDict d = new PyDict(ts);
        for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
            RefCount.incref(keys[e], ts);
            RefCount.incref(values[e], ts);
            d.insertNew(keys[e], hashes[e], values[e]);
        }
        return d;
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
     */
    public void merge(PyThreadState ts, PyObj b, int override) {
        Keys kp = Keys.of(ts);
        if (b instanceof PyDict other && plainIteration(other)) {
            if (other == this || other.used == 0) return;
            int n = other.nentries;
            for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
                PyObj k = other.keys[e], v = other.values[e];
                long h = other.hashes[e];
                RefCount.incref(k, ts);
                RefCount.incref(v, ts);
                try {
                    if (override == 1 || getKnownHash(k, h, kp) == null) putKnownHash(k, h, v, kp);
                    else if (override == 2) throw Exceptions.keyError(ts, k);
                } finally {
                    RefCount.decref(k, ts);
                    RefCount.decref(v, ts);
                }
                if (n != other.nentries) throw Exceptions.runtimeError(ts, "dict mutated during update");
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
                    if (override != 1 && get(k, kp) != null) {
                        if (override == 0) continue;
                        throw Exceptions.keyError(ts, k);
                    }
                    PyObj v = Ops.getItem(ts, b, k);
                    try {
                        put(k, v, kp);
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
        return used;
    }

    /** {@code d[key]}: a subclass's {@code __missing__} answers for absent keys, else KeyError(key). */
    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        PyObj v = get(key, Keys.of(ts));
        if (v != null) {
            RefCount.incref(v, ts);
            return v;
        }
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
        return get(key, Keys.of(ts)) != null ? 1 : 0;
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
        if (used == 0) return PyStr.intern("{}");
        if (!ReprGuard.enter(this)) return PyStr.intern("{...}");
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
                PyObj k = keys[e], v = values[e];
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
            ReprGuard.leave(this);
        }
    }

    /** {@code ==} and {@code !=} only: same keys, equal values, order ignored. */
    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if ((op != 2 && op != 3) || !(other instanceof PyDict o)) return NOT_IMPLEMENTED;
        boolean eq = dictEqual(ts, this, o);
        return PyBool.of(op == 2 ? eq : !eq);
    }

    private static boolean dictEqual(PyThreadState ts, PyDict a, PyDict b) {
        if (a.used != b.used) return false;
        Keys kp = Keys.of(ts);
        for (int e = a.nextEntry(0); e >= 0; e = a.nextEntry(e + 1)) {
            PyObj k = a.keys[e], av = a.values[e];
            long h = a.hashes[e];
            RefCount.incref(k, ts);
            RefCount.incref(av, ts);
            try {
                PyObj bv = b.getKnownHash(k, h, kp);
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
    protected void clearReferences(ThreadState ts) {
        clear(ts);
    }

    /**
     * An instance of a class made by a {@code class} statement with {@code dict} as its solid
     * base: the dict itself, its class, and an attribute dictionary.
     */
    public static final class Instance extends PyDict {
        private final PyType cls;
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
            return dict;
        }

        @Override
        public PyDict ensureDict(ThreadState ts) {
            if (dict == null) dict = new PyDict(ts);
            return dict;
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
