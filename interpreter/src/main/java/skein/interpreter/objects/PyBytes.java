package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

import java.util.Arrays;

/**
 * {@code bytes}: an immutable array of bytes. The slots follow {@code Objects/bytesobject.c};
 * the methods are installed by {@code skein.interpreter.builtins.BytesMethods}, which runs the
 * str library over the latin-1 reading of the bytes (one char per byte, so char indexes are
 * byte indexes).
 *
 * <p>The hash is the str hash of that latin-1 reading, so that, as in CPython, a bytes object
 * and the ASCII str of the same characters hash alike.
 */
public class PyBytes extends PyObj {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    /** Never modified after construction. */
    private final byte[] value;
    private long hash;

    /** A new bytes object that takes over {@code value} (the caller must not modify it). */
    public PyBytes(ThreadState ts, byte[] value) {
        super(ts);
        this.value = value;
    }

    private PyBytes(byte[] value) {
        super();
        this.value = value;
    }

    /** An immortal bytes object (a constant of a code object); takes over {@code value}. */
    public static PyBytes immortal(byte[] value) {
        return value.length == 0 ? EMPTY : new PyBytes(value);
    }

    /** A bytes object of {@code value} (new reference; the empty one is shared). */
    public static PyBytes of(ThreadState ts, byte[] value) {
        return value.length == 0 ? EMPTY : new PyBytes(ts, value);
    }

    @Override
    public PyType type() {
        return Types.BYTES;
    }

    /** The bytes: read-only for callers. */
    public byte[] bytes() {
        return value;
    }

    public int size() {
        return value.length;
    }

    /** The latin-1 reading: char i is byte i. */
    public String latin1() {
        return new String(value, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // ==== slots ====

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, repr(value));
    }

    /** CPython's {@code bytes_repr}: b'..' unless the bytes hold ' and no ". */
    public static String repr(byte[] b) {
        boolean single = false, dbl = false;
        for (byte x : b) {
            if (x == '\'') single = true;
            else if (x == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c >= 0x7F) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }

    @Override
    public long hash(PyThreadState ts) {
        long h = hash;
        if (h == 0) {
            int jh = 0;
            for (byte x : value) jh = 31 * jh + (x & 0xFF);
            h = PyStr.hashOfJavaHash(jh);
            hash = h;
        }
        return h;
    }

    @Override
    public long len(PyThreadState ts) {
        return value.length;
    }

    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        if (key instanceof PyInt || Sequences.isIndex(key)) {
            long i = Sequences.subscriptIndex(ts, key);
            if (i < 0) i += value.length;
            if (i < 0 || i >= value.length) throw Exceptions.indexError(ts, "index out of range");
            return PyInt.small(value[(int) i] & 0xFF);
        }
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(ts, value.length);
            int count = (int) b.count();
            if (b.step() == 1 && count == value.length && type() == Types.BYTES) {
                RefCount.incref(this, ts);
                return this;
            }
            byte[] out = new byte[count];
            long idx = b.start();
            for (int k = 0; k < count; k++, idx += b.step()) out[k] = value[(int) idx];
            return of(ts, out);
        }
        throw Exceptions.typeError(ts, "byte indices must be integers or slices, not " + key.typeName());
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        return new PyBytesIterator(ts, this);
    }

    @Override
    public int contains(PyThreadState ts, PyObj item) {
        if (item instanceof PyBytes sub) return indexOf(value, sub.value, 0, value.length) >= 0 ? 1 : 0;
        if (item instanceof PyInt || Sequences.isIndex(item)) {
            long v = Sequences.ssize(ts, item);
            if (v < 0 || v > 255) throw Exceptions.valueError(ts, "byte must be in range(0, 256)");
            for (byte x : value) if ((x & 0xFF) == v) return 1;
            return 0;
        }
        throw Exceptions.typeError(ts, "a bytes-like object is required, not '" + item.typeName() + "'");
    }

    /** First index of {@code sub} in {@code b[from:to]}, or -1. */
    public static int indexOf(byte[] b, byte[] sub, int from, int to) {
        outer:
        for (int i = from; i + sub.length <= to; i++) {
            for (int j = 0; j < sub.length; j++) if (b[i + j] != sub[j]) continue outer;
            return i;
        }
        return -1;
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!(other instanceof PyBytes o)) return NOT_IMPLEMENTED;
        if (op == 2 || op == 3) return PyBool.of(Arrays.equals(value, o.value) == (op == 2));
        return PyBool.of(PyInt.compareResult(Arrays.compareUnsigned(value, o.value), op));
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (op == 0) {
            if (other instanceof PyBytes o) {
                if (o.value.length == 0 && type() == Types.BYTES) {
                    RefCount.incref(this, ts);
                    return this;
                }
                byte[] r = Arrays.copyOf(value, value.length + o.value.length);
                System.arraycopy(o.value, 0, r, value.length, o.value.length);
                return of(ts, r);
            }
            if (Sequences.hasReflected(other, 0)) return NOT_IMPLEMENTED;
            throw Exceptions.typeError(ts, "can't concat " + other.typeName() + " to bytes");
        }
        if (op == 5) {
            long n = Sequences.repeatCount(ts, other, true);
            return n == Long.MIN_VALUE ? NOT_IMPLEMENTED : repeat(ts, n);
        }
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (op == 5) return repeat(ts, Sequences.repeatCount(ts, other, false));
        return NOT_IMPLEMENTED;
    }

    /** {@code self * n} for n already clamped at 0. */
    public PyBytes repeat(PyThreadState ts, long n) {
        if (n == 1 && type() == Types.BYTES) {
            RefCount.incref(this, ts);
            return this;
        }
        if (n == 0 || value.length == 0) return EMPTY;
        if (n > (Integer.MAX_VALUE - 8) / value.length) throw Sequences.memoryError(ts);
        byte[] r = new byte[(int) (value.length * n)];
        for (int k = 0; k < n; k++) System.arraycopy(value, 0, r, k * value.length, value.length);
        return of(ts, r);
    }

    /** An instance of a subclass of bytes made by a {@code class} statement. */
    public static final class Sub extends PyBytes {
        private final PyType type;
        private PyDict dict;

        public Sub(ThreadState ts, PyType type, byte[] value) {
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
}
