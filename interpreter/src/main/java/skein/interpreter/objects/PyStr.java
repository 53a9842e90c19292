package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.builtins.StrPercent;
import skein.interpreter.builtins.StrErrors;
import skein.interpreter.num.Strs;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.str.StrError;
import skein.interpreter.str.StrIndex;
import skein.interpreter.str.StrSearch;

import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code str}: an immutable sequence of code points, held as a Java string.
 *
 * <p>Python indexes by code point, Java by UTF-16 unit. Most text is in the Basic
 * Multilingual Plane, where the two agree; for the rest {@link #length()} and indexing go
 * through code points (computed once, on first need).
 *
 * <p>The slots below follow {@code Objects/unicodeobject.c}; the Python-visible methods are
 * installed by {@code skein.interpreter.builtins.StrTypes}, and the text algorithms live in
 * {@code skein.interpreter.str}. A one-character result of indexing or iteration with a code
 * point below 256 is the interned (immortal) string, as CPython caches its latin-1 characters.
 */
public class PyStr extends PyObj {
    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();

    public final String value;
    /** Code point count, or -1 until computed. */
    private int codePoints = -1;
    /** Python's hash (cached; strings are immutable). 0 means "not yet". */
    private long hash;

    public PyStr(ThreadState ts, String value) {
        super(ts);
        this.value = value;
        if (getClass() == PyStr.class) markLeaf();
    }

    /** Immortal (interned) string. */
    private PyStr(String value) {
        super();
        this.value = value;
    }

    /**
     * The interned, immortal string for {@code s}: identifiers, attribute names and
     * constants, so that name look-ups compare by identity first and never count references.
     */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p != null) return p;
        return INTERNED.computeIfAbsent(s, PyStr::new);
    }

    @Override
    public PyType type() {
        return Types.STR;
    }

    /** Number of code points: Python's {@code len()}. */
    public int length() {
        int n = codePoints;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            codePoints = n;
        }
        return n;
    }

    /** Whether code point indexes equal UTF-16 indexes (no surrogate pairs). */
    public boolean isBmp() {
        return length() == value.length();
    }

    /**
     * Python's string hash. CPython randomises it per process (SipHash); programs cannot
     * rely on its value, only on equal strings hashing alike. Never -1 (reserved in CPython).
     */
    public long hash() {
        long h = hash;
        if (h == 0) {
            h = hashOfJavaHash(value.hashCode());
            hash = h;
        }
        return h;
    }

    /** The Python hash of a string whose Java {@code hashCode} is {@code h} (bytes hash their latin-1 reading with it). */
    static long hashOfJavaHash(int h) {
        long r = mix(h);
        return r == 0 || r == -1 ? -2 : r;
    }

    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    public boolean equalsStr(PyStr other) {
        return this == other || value.equals(other.value);
    }

    /** A str of {@code value}: the cached immortal one for "" and single latin-1 characters. */
    public static PyStr of(PyThreadState ts, String value) {
        int n = value.length();
        if (n == 0 || (n == 1 && value.charAt(0) < 256)) return intern(value);
        return new PyStr(ts, value);
    }

    /** A str holding one code point (new reference). */
    public static PyStr ofCodePoint(PyThreadState ts, int cp) {
        return cp < 256 ? intern(String.valueOf((char) cp)) : new PyStr(ts, new String(Character.toChars(cp)));
    }

    // ==== slots ====

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, Strs.repr(value));
    }

    /** {@code str(s)}: itself for an exact str, an exact copy for an instance of a subclass. */
    @Override
    public PyStr str(PyThreadState ts) {
        if (type() == Types.STR) {
            RefCount.incref(this, ts);
            return this;
        }
        return of(ts, value);
    }

    @Override
    public long hash(PyThreadState ts) {
        return hash();
    }

    @Override
    public long len(PyThreadState ts) {
        return length();
    }

    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        if (key instanceof PyInt || Sequences.isIndex(key)) {
            long i = Sequences.subscriptIndex(ts, key);
            int n = length();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Exceptions.indexError(ts, "string index out of range");
            return ofCodePoint(ts, isBmp() ? value.charAt((int) i) : StrIndex.codePointAt(value, (int) i));
        }
        if (key instanceof PySlice sl) {
            PySlice.Bounds b = sl.bounds(ts, length());
            return slice(ts, b);
        }
        throw Exceptions.typeError(ts, "string indices must be integers, not '" + key.typeName() + "'");
    }

    /** {@code s[start:stop:step]} for resolved bounds (new reference). */
    public PyStr slice(PyThreadState ts, PySlice.Bounds b) {
        int count = (int) b.count();
        if (count == 0) return intern("");
        if (b.step() == 1 && count == length() && type() == Types.STR) {
            RefCount.incref(this, ts);
            return this;
        }
        boolean bmp = isBmp();
        if (b.step() == 1) {
            int lo = (int) b.start();
            return of(ts, bmp ? value.substring(lo, lo + count) : StrIndex.substring(value, lo, lo + count));
        }
        StringBuilder sb = new StringBuilder(count);
        if (bmp) {
            for (long k = 0, i = b.start(); k < count; k++, i += b.step()) sb.append(value.charAt((int) i));
        } else {
            int[] cps = value.codePoints().toArray();
            for (long k = 0, i = b.start(); k < count; k++, i += b.step()) sb.appendCodePoint(cps[(int) i]);
        }
        return of(ts, sb.toString());
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        return new PyStrIterator(ts, this);
    }

    @Override
    public int contains(PyThreadState ts, PyObj item) {
        if (!(item instanceof PyStr sub)) {
            throw Exceptions.typeError(ts, "'in <string>' requires string as left operand, not " + item.typeName());
        }
        return StrSearch.contains(value, sub.value) ? 1 : 0;
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!(other instanceof PyStr o)) return NOT_IMPLEMENTED;
        if (op == 2 || op == 3) return PyBool.of(equalsStr(o) == (op == 2));
        return PyBool.of(PyInt.compareResult(StrIndex.compare(value, o.value), op));
    }

    /**
     * {@code +}, {@code *} and {@code %}. CPython's str has no {@code nb_add}: concatenation is
     * its sequence slot, reached after both operands' number slots declined, so a non-str right
     * operand is a TypeError from str itself unless its class defines {@code __radd__}.
     */
    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        switch (op) {
            case 0 -> {
                if (other instanceof PyStr o) return concat(ts, o);
                if (Sequences.hasReflected(other, 0)) return NOT_IMPLEMENTED;
                throw Exceptions.typeError(ts, "can only concatenate str (not \"" + other.typeName() + "\") to str");
            }
            case 5 -> {
                long n = Sequences.repeatCount(ts, other, true);
                return n == Long.MIN_VALUE ? NOT_IMPLEMENTED : repeat(ts, n);
            }
            case 6 -> {
                return StrPercent.format(ts, this, other);
            }
            default -> {
                return NOT_IMPLEMENTED;
            }
        }
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (op == 5) return repeat(ts, Sequences.repeatCount(ts, other, false));
        return NOT_IMPLEMENTED;
    }

    /** {@code self + other} (new reference). */
    public PyStr concat(PyThreadState ts, PyStr other) {
        if (other.value.isEmpty() && type() == Types.STR) {
            RefCount.incref(this, ts);
            return this;
        }
        if (value.isEmpty() && other.type() == Types.STR) {
            RefCount.incref(other, ts);
            return other;
        }
        if ((long) value.length() + other.value.length() > Integer.MAX_VALUE - 8) {
            throw Exceptions.overflowError(ts, "strings are too large to concat");
        }
        return new PyStr(ts, value.concat(other.value));
    }

    /** {@code self * n}, n already clamped at 0 (new reference). */
    public PyStr repeat(PyThreadState ts, long n) {
        if (n == 1 && type() == Types.STR) {
            RefCount.incref(this, ts);
            return this;
        }
        try {
            return of(ts, StrIndex.repeat(value, n));
        } catch (StrError e) {
            throw StrErrors.raise(ts, e);
        }
    }

    /** An instance of a subclass of str made by a {@code class} statement ({@code class S(str)}). */
    public static final class Sub extends PyStr implements Weakrefable {
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
            return type.instancesHaveWeakref();
        }

        @Override
        protected void clearWeakRefs(skein.gc.ThreadState ts) {
            WeakRefs.clearOnDeath(this, ts);
        }

        private final PyType type;
        private PyDict dict;

        /** A new instance of {@code type} (borrowed; a heap subclass of str) holding {@code value}. */
        public Sub(ThreadState ts, PyType type, String value) {
            super(ts, value);
            PyType.increfForInstance(type, ts);
            this.type = type;
        }

        @Override
        protected boolean hasFinalizer() {
            return HeapFinalizer.has(type);
        }

        @Override
        protected void finalizeObject(skein.gc.ThreadState ts) {
            HeapFinalizer.run(ts, this);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }

        @Override
        public PyDict ensureDict(ThreadState ts) {
            PyDict d = dict;
            if (d == null) {
                d = new PyDict(ts);
                dict = d;
            }
            return d;
        }

        @Override
        protected void clearReferences(ThreadState ts) {
            PyDict d = dict;
            dict = null;
            if (d != null) RefCount.decref(d, ts);
            PyType.decrefForInstance(type, ts);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
