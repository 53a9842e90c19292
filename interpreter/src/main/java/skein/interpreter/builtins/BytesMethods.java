package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.NativeFn;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;
import skein.interpreter.str.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static skein.interpreter.builtins.StrArgs.*;

/**
 * The constructor and the common methods of {@code bytes}. The search, split, strip and replace
 * methods run the str library over the latin-1 reading of the bytes (char i is byte i); what
 * differs for bytes is handled here: whitespace is ASCII only, case mapping is ASCII only, and
 * arguments must be bytes-like (or an int byte for the find family).
 */
final class BytesMethods {
    private BytesMethods() {}

    /** ASCII whitespace: what bytes.split() and bytes.strip() remove. */
    private static final String WS = " \t\n\r\u000b\u000c";

    static void install() {
        PyType t = Types.BYTES;
        t.setFactory((ts, type) -> type == Types.BYTES ? PyBytes.EMPTY : new PyBytes.Sub(ts, type, new byte[0]));
        Slots.install(t, PyBytes.class);
        Slots.compare(t);
        Slots.staticMethod(t, "__new__", BytesMethods::bytesNew);
        Slots.method(t, "__add__", (ts, a, k) -> {
            MArgs.one(ts, "bytes.__add__", a, k);
            return a[0].binaryOp(ts, 0, a[1]);
        });
        Slots.method(t, "__mul__", (ts, a, k) -> {
            MArgs.one(ts, "bytes.__mul__", a, k);
            return ((PyBytes) a[0]).repeat(ts, Math.max(0, Sequences.ssize(ts, a[1])));
        });
        Slots.method(t, "__rmul__", (ts, a, k) -> {
            MArgs.one(ts, "bytes.__rmul__", a, k);
            return ((PyBytes) a[0]).repeat(ts, Math.max(0, Sequences.ssize(ts, a[1])));
        });
        method(t, "decode", (ts, a, k) -> {
            PyObj[] p = bind(ts, "decode", a, k, "encoding", "errors");
            return StrTypes.decode(ts, a[0], p[0], p[1], "decode");
        });
        Slots.method(t, "hex", BytesMethods::hex);
        Slots.classMethod(t, "fromhex", (ts, a, k) -> {
            MArgs.one(ts, "bytes.fromhex", a, k);
            byte[] b = fromhex(ts, str(ts, a[1], "fromhex() argument must be str"));
            PyType cls = (PyType) a[0];
            PyBytes r = PyBytes.of(ts, b);
            if (cls == Types.BYTES) return r;
            try {
                return Ops.call(ts, cls, new PyObj[] {r}, null);
            } finally {
                RefCount.decref(r, ts);
            }
        });
        installSearch(t);
        installText(t);
    }

    private static void method(PyType t, String name, NativeFn fn) {
        StrMethods.method(t, name, fn);
    }

    static String self(PyObj[] a) {
        return ((PyBytes) a[0]).latin1();
    }

    static PyBytes bytes(PyThreadState ts, String latin1) {
        return PyBytes.of(ts, latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A bytes-like argument as its latin-1 string: "a bytes-like object is required, not 'str'". */
    static String buffer(PyThreadState ts, PyObj o) {
        if (o instanceof PyBytes b) return b.latin1();
        throw Exceptions.typeError(ts, "a bytes-like object is required, not '" + o.typeName() + "'");
    }

    /** The needle of the find family: bytes, or an int 0..255 standing for one byte. */
    private static String needle(PyThreadState ts, PyObj o) {
        if (o instanceof PyBytes b) return b.latin1();
        if (o instanceof PyInt || Sequences.isIndex(o)) {
            long v = Sequences.ssize(ts, o);
            if (v < 0 || v > 255) throw Exceptions.valueError(ts, "byte must be in range(0, 256)");
            return String.valueOf((char) v);
        }
        throw Exceptions.typeError(ts, "argument should be integer or bytes-like object, not '" + o.typeName() + "'");
    }

    private static void installSearch(PyType t) {
        method(t, "find", (ts, a, k) -> {
            int[] r = findArgs(ts, "find", a, k);
            return PyInt.of(ts, StrSearch.find(self(a), needle(ts, a[1]), r[0], r[1]));
        });
        method(t, "rfind", (ts, a, k) -> {
            int[] r = findArgs(ts, "rfind", a, k);
            return PyInt.of(ts, StrSearch.rfind(self(a), needle(ts, a[1]), r[0], r[1]));
        });
        method(t, "index", (ts, a, k) -> {
            int[] r = findArgs(ts, "index", a, k);
            int i = StrSearch.find(self(a), needle(ts, a[1]), r[0], r[1]);
            if (i < 0) throw Exceptions.valueError(ts, "subsection not found");
            return PyInt.of(ts, i);
        });
        method(t, "rindex", (ts, a, k) -> {
            int[] r = findArgs(ts, "rindex", a, k);
            int i = StrSearch.rfind(self(a), needle(ts, a[1]), r[0], r[1]);
            if (i < 0) throw Exceptions.valueError(ts, "subsection not found");
            return PyInt.of(ts, i);
        });
        method(t, "count", (ts, a, k) -> {
            int[] r = findArgs(ts, "count", a, k);
            return PyInt.of(ts, StrSearch.count(self(a), needle(ts, a[1]), r[0], r[1]));
        });
        method(t, "startswith", (ts, a, k) -> affix(ts, a, k, "startswith", true));
        method(t, "endswith", (ts, a, k) -> affix(ts, a, k, "endswith", false));
    }

    private static PyObj affix(PyThreadState ts, PyObj[] a, PyStr[] k, String name, boolean start) {
        int[] r = findArgs(ts, name, a, k);
        String s = self(a);
        if (a[1] instanceof PyBytes p) {
            String v = p.latin1();
            return PyBool.of(start ? StrSearch.startswith(s, v, r[0], r[1]) : StrSearch.endswith(s, v, r[0], r[1]));
        }
        if (a[1] instanceof PyTuple tup) {
            // items are checked one at a time: a match ends the search before a bad later item is seen
            for (int i = 0; i < tup.size(); i++) {
                if (!(tup.get(i) instanceof PyBytes p)) {
                    throw Exceptions.typeError(ts, "a bytes-like object is required, not '" + tup.get(i).typeName() + "'");
                }
                String v = p.latin1();
                if (start ? StrSearch.startswith(s, v, r[0], r[1]) : StrSearch.endswith(s, v, r[0], r[1])) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        throw Exceptions.typeError(ts, name + " first arg must be bytes or a tuple of bytes, not " + a[1].typeName());
    }

    private static PyList list(PyThreadState ts, List<String> parts) {
        PyObj[] out = new PyObj[parts.size()];
        for (int i = 0; i < out.length; i++) out[i] = bytes(ts, parts.get(i));
        return PyList.steal(ts, out, out.length);
    }

    private static void installText(PyType t) {
        method(t, "split", (ts, a, k) -> {
            PyObj[] p = bind(ts, "split", a, k, "sep", "maxsplit");
            int max = p[1] == null ? -1 : ssize(ts, p[1]);
            if (isNone(p[0])) return list(ts, splitWhitespace(self(a), max, false));
            return list(ts, StrSplit.split(self(a), buffer(ts, p[0]), max));
        });
        method(t, "rsplit", (ts, a, k) -> {
            PyObj[] p = bind(ts, "rsplit", a, k, "sep", "maxsplit");
            int max = p[1] == null ? -1 : ssize(ts, p[1]);
            if (isNone(p[0])) return list(ts, splitWhitespace(self(a), max, true));
            return list(ts, StrSplit.rsplit(self(a), buffer(ts, p[0]), max));
        });
        Slots.method(t, "join", (ts, a, k) -> {
            MArgs.one(ts, "bytes.join", a, k);
            PyObj[] items = Sequences.toArray(ts, a[1], "can only join an iterable");
            try {
                List<String> parts = new ArrayList<>(items.length);
                for (int i = 0; i < items.length; i++) {
                    if (!(items[i] instanceof PyBytes b)) {
                        throw Exceptions.typeError(ts, "sequence item " + i + ": expected a bytes-like object, "
                                + items[i].typeName() + " found");
                    }
                    parts.add(b.latin1());
                }
                return bytes(ts, StrJoin.join(self(a), parts));
            } finally {
                for (PyObj o : items) RefCount.decref(o, ts);
            }
        });
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            method(t, name, (ts, a, k) -> {
                int n = MArgs.range(ts, "bytes." + name, name, a, k, 0, 1);
                String chars = n == 0 || a[1] == PyNone.NONE ? WS : buffer(ts, a[1]);
                String s = self(a);
                String r = switch (name) {
                    case "strip" -> StrPad.strip(s, chars);
                    case "lstrip" -> StrPad.lstrip(s, chars);
                    default -> StrPad.rstrip(s, chars);
                };
                return bytes(ts, r);
            });
        }
        method(t, "replace", (ts, a, k) -> {
            int n = MArgs.range(ts, "bytes.replace", "replace", a, k, 2, 3);
            String old = buffer(ts, a[1]), rep = buffer(ts, a[2]);
            int count = n == 3 ? ssize(ts, a[3]) : -1;
            return bytes(ts, StrReplace.replace(self(a), old, rep, count));
        });
        Slots.method(t, "upper", (ts, a, k) -> {
            MArgs.none(ts, "bytes.upper", a, k);
            return ascii((PyBytes) a[0], ts, true);
        });
        Slots.method(t, "lower", (ts, a, k) -> {
            MArgs.none(ts, "bytes.lower", a, k);
            return ascii((PyBytes) a[0], ts, false);
        });
        Slots.method(t, "isdigit", (ts, a, k) -> {
            MArgs.none(ts, "bytes.isdigit", a, k);
            byte[] b = ((PyBytes) a[0]).bytes();
            boolean all = b.length > 0;
            for (byte x : b) all &= x >= '0' && x <= '9';
            return PyBool.of(all);
        });
    }

    private static PyBytes ascii(PyBytes self, PyThreadState ts, boolean upper) {
        byte[] b = self.bytes().clone();
        for (int i = 0; i < b.length; i++) {
            if (upper && b[i] >= 'a' && b[i] <= 'z') b[i] -= 32;
            else if (!upper && b[i] >= 'A' && b[i] <= 'Z') b[i] += 32;
        }
        return PyBytes.of(ts, b);
    }

    /** bytes.split()/rsplit() with no separator: runs of ASCII whitespace. */
    static List<String> splitWhitespace(String s, int max, boolean fromRight) {
        List<String> out = new ArrayList<>();
        if (max < 0) max = Integer.MAX_VALUE;
        if (!fromRight) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && WS.indexOf(s.charAt(i)) >= 0) i++;
                if (i >= n) break;
                if (out.size() == max) {
                    out.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && WS.indexOf(s.charAt(j)) < 0) j++;
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        int j = s.length();
        while (true) {
            while (j > 0 && WS.indexOf(s.charAt(j - 1)) >= 0) j--;
            if (j <= 0) break;
            if (out.size() == max) {
                out.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && WS.indexOf(s.charAt(i - 1)) < 0) i--;
            out.add(s.substring(i, j));
            j = i;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** {@code bytes.hex(sep=<none>, bytes_per_sep=1)}. */
    private static PyObj hex(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyObj[] p = bind(ts, "hex", a, k, "sep", "bytes_per_sep");
        byte[] b = ((PyBytes) a[0]).bytes();
        String sep = null;
        if (p[0] != null) {
            sep = p[0] instanceof PyStr s ? s.value : p[0] instanceof PyBytes bs ? bs.latin1() : null;
            // CPython takes len(sep) before checking its type
            if (sep == null) Ops.len(ts, p[0]);
            if (sep == null) throw Exceptions.typeError(ts, "sep must be str or bytes.");
            if (sep.codePointCount(0, sep.length()) != 1) throw Exceptions.valueError(ts, "sep must be length 1.");
            if (sep.charAt(0) >= 128) throw Exceptions.valueError(ts, "sep must be ASCII.");
        }
        long per = p[1] == null ? 1 : cint(ts, p[1]);
        StringBuilder sb = new StringBuilder(b.length * 3);
        int group = (int) Math.min(Math.abs(per), Integer.MAX_VALUE);
        for (int i = 0; i < b.length; i++) {
            if (sep != null && i > 0 && group > 0) {
                // groups count from the right for a positive bytes_per_sep, from the left for a negative one
                boolean boundary = per > 0 ? (b.length - i) % group == 0 : i % group == 0;
                if (boundary) sb.append(sep);
            }
            int c = b[i] & 0xFF;
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return PyStr.of(ts, sb.toString());
    }

    /** {@code bytes.fromhex(s)}: pairs of hex digits, ASCII whitespace allowed between pairs. */
    static byte[] fromhex(PyThreadState ts, String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (c >= 128 || hi < 0) throw nonHex(ts, s, i);
            int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) throw nonHex(ts, s, i + 1);
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static skein.interpreter.runtime.PyException nonHex(PyThreadState ts, String s, int charIndex) {
        int pos = s.codePointCount(0, Math.min(charIndex, s.length()));
        return Exceptions.valueError(ts, "non-hexadecimal number found in fromhex() arg at position " + pos);
    }

    private static final String[] BYTES_PARAMS = {"source", "encoding", "errors"};

    /** {@code bytes.__new__(cls, source=b'', encoding=..., errors=...)}. */
    private static PyObj bytesNew(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyType cls = MArgs.newType(ts, a, Types.BYTES);
        PyObj[] p = Args.bind(ts, "bytes", java.util.Arrays.copyOfRange(a, 1, a.length), k, BYTES_PARAMS, 0, 0);
        byte[] b = make(ts, p[0], p[1], p[2]);
        if (cls == Types.BYTES) {
            if (p[0] != null && p[0].type() == Types.BYTES && p[1] == null) {
                RefCount.incref(p[0], ts);
                return p[0];
            }
            return PyBytes.of(ts, b);
        }
        return new PyBytes.Sub(ts, cls, b);
    }

    private static byte[] make(PyThreadState ts, PyObj x, PyObj encoding, PyObj errors) {
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Exceptions.typeError(ts, encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (encoding != null) {
            if (!(x instanceof PyStr s)) throw Exceptions.typeError(ts, "encoding without a string argument");
            String enc = str(ts, encoding, "bytes() argument 'encoding' must be str");
            String err = errors == null ? "strict" : str(ts, errors, "bytes() argument 'errors' must be str");
            try {
                return StrCodec.encode(s.value, enc, err);
            } catch (StrError e) {
                throw StrErrors.raise(ts, e);
            }
        }
        if (errors != null) {
            throw Exceptions.typeError(ts, x instanceof PyStr ? "string argument without an encoding" : "errors without a string argument");
        }
        if (x instanceof PyStr) throw Exceptions.typeError(ts, "string argument without an encoding");
        if (x instanceof PyBytes b) return b.bytes();
        if (Sequences.isIndex(x)) {
            long n = Sequences.ssize(ts, x);
            if (n < 0) throw Exceptions.valueError(ts, "negative count");
            if (n > Integer.MAX_VALUE - 8) throw Sequences.memoryError(ts);
            return new byte[(int) n];
        }
        PyObj it = Sequences.iterOrNull(ts, x);
        if (it == null) throw Exceptions.typeError(ts, "cannot convert '" + x.typeName() + "' object to bytes");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            PyObj v;
            while ((v = Ops.next(ts, it)) != null) {
                try {
                    long c = Sequences.ssize(ts, v);
                    if (c < 0 || c > 255) throw Exceptions.valueError(ts, "bytes must be in range(0, 256)");
                    out.write((int) c);
                } finally {
                    RefCount.decref(v, ts);
                }
            }
        } finally {
            RefCount.decref(it, ts);
        }
        return out.toByteArray();
    }
}
