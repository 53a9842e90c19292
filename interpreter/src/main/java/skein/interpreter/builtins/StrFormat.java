package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.Formatter;
import skein.interpreter.num.NumError;
import skein.interpreter.num.Strs;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Formatting;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code str.format}, {@code str.format_map} and {@code str.__format__}: the replacement-field
 * language of {@code Objects/stringlib/unicode_format.h}, reproduced step by step because its
 * error messages depend on the order in which CPython scans: literal text up to a brace, then
 * the field (name, {@code !conversion}, {@code :spec} with nested fields), then the value is
 * looked up (first name, then each {@code .attr} / {@code [key]}), converted, its spec expanded
 * and {@code format(value, spec)} called. Every special character is ASCII, so scanning by
 * Java char is scanning by code point.
 */
public final class StrFormat {
    private StrFormat() {}

    /** The automatic/manual numbering state shared by a format string and its nested specs. */
    private static final class AutoNumber {
        static final int INIT = 0, AUTO = 1, MANUAL = 2;
        int state = INIT;
        int next;
    }

    /**
     * {@code fmt.format(*args, **kwargs)}: {@code args} borrowed (null for format_map, where
     * positional fields are an error); {@code kwargs} any mapping or null. New reference.
     */
    public static PyStr format(PyThreadState ts, String fmt, PyObj[] args, PyObj kwargs) {
        return PyStr.of(ts, build(ts, fmt, args, kwargs, 2, new AutoNumber()));
    }

    private static String build(PyThreadState ts, String s, PyObj[] args, PyObj kwargs, int depth, AutoNumber an) {
        if (depth <= 0) throw Exceptions.valueError(ts, "Max string recursion exceeded");
        StringBuilder out = new StringBuilder(s.length() + 16);
        int pos = 0, end = s.length();
        while (pos < end) {
            // literal text up to a brace
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && markup && (atEnd || s.charAt(pos) != '}')) {
                throw Exceptions.valueError(ts, "Single '}' encountered in format string");
            }
            if (atEnd && markup && c == '{') throw Exceptions.valueError(ts, "Single '{' encountered in format string");
            if (markup && !atEnd) {
                if (s.charAt(pos) == c) {
                    pos++; // an escaped brace is literal text
                    markup = false;
                } else {
                    len--;
                }
            } else if (markup) {
                len--;
            }
            out.append(s, start, start + len);
            if (!markup) continue;
            pos = field(ts, s, pos, end, args, kwargs, depth, an, out);
        }
        return out.toString();
    }

    /** Parses the field starting at {@code pos} (after its '{'), renders it; returns the position after its '}'. */
    private static int field(PyThreadState ts, String s, int pos, int end, PyObj[] args, PyObj kwargs, int depth,
                             AutoNumber an, StringBuilder out) {
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') throw Exceptions.valueError(ts, "unexpected '{' in field name");
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        String spec = "";
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean specFollows = true;
            if (c == '!') {
                if (pos >= end) throw Exceptions.valueError(ts, "end of string while looking for conversion specifier");
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '}') specFollows = false;
                    else if (d != ':') throw Exceptions.valueError(ts, "expected ':' after conversion specifier");
                }
            }
            if (specFollows) {
                int specStart = pos, count = 1;
                boolean closed = false;
                while (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        closed = true;
                        break;
                    }
                }
                if (!closed) throw Exceptions.valueError(ts, "unmatched '{' in format spec");
                spec = s.substring(specStart, pos - 1);
            }
        } else if (c != '}') {
            throw Exceptions.valueError(ts, "expected '}' before end of string");
        }
        render(ts, s.substring(nameStart, nameEnd), conversion, spec, expand, args, kwargs, depth, an, out);
        return pos;
    }

    private static void render(PyThreadState ts, String name, int conversion, String spec, boolean expand,
                               PyObj[] args, PyObj kwargs, int depth, AutoNumber an, StringBuilder out) {
        PyObj v = fieldObject(ts, name, args, kwargs, an);
        try {
            if (conversion != 0) {
                PyObj conv = switch (conversion) {
                    case 'r' -> Ops.repr(ts, v);
                    case 's' -> Ops.str(ts, v);
                    case 'a' -> Formatting.ascii(ts, v);
                    default -> throw Exceptions.valueError(ts, conversion > 32 && conversion < 127
                            ? "Unknown conversion specifier " + (char) conversion
                            : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
                };
                RefCount.decref(v, ts);
                v = conv;
            }
            if (expand) spec = build(ts, spec, args, kwargs, depth - 1, an);
            if (spec.isEmpty() && v.type() == Types.STR) {
                out.append(((PyStr) v).value);
                return;
            }
            PyStr specObj = PyStr.of(ts, spec);
            try {
                PyStr r = Formatting.format(ts, v, specObj);
                out.append(r.value);
                RefCount.decref(r, ts);
            } finally {
                RefCount.decref(specObj, ts);
            }
        } finally {
            RefCount.decref(v, ts);
        }
    }

    /** CPython's {@code get_integer}: the value of an all-decimal-digit name, or -1. */
    private static long integer(PyThreadState ts, String s) {
        if (s.isEmpty()) return -1;
        long acc = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Strs.decimalValue(cp);
            if (d < 0) return -1;
            if (acc > (Long.MAX_VALUE - d) / 10) throw Exceptions.valueError(ts, "Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** The object a field name designates (new reference): {@code first(.attr|[key])*}. */
    private static PyObj fieldObject(PyThreadState ts, String name, PyObj[] args, PyObj kwargs, AutoNumber an) {
        int i = 0, n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        String first = name.substring(0, i);
        long index = integer(ts, first);
        boolean empty = first.isEmpty();
        boolean numeric = empty || index != -1;
        if (numeric) {
            if (an.state == AutoNumber.INIT) an.state = empty ? AutoNumber.AUTO : AutoNumber.MANUAL;
            if (an.state == AutoNumber.MANUAL && empty) {
                throw Exceptions.valueError(ts, "cannot switch from manual field specification to automatic field numbering");
            }
            if (an.state == AutoNumber.AUTO && !empty) {
                throw Exceptions.valueError(ts, "cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) index = an.next++;
        }
        PyObj obj;
        if (index == -1) {
            PyStr key = new PyStr(ts, first);
            try {
                if (kwargs == null) throw Exceptions.keyError(ts, key);
                obj = Ops.getItem(ts, kwargs, key);
            } finally {
                RefCount.decref(key, ts);
            }
        } else {
            if (args == null) throw Exceptions.valueError(ts, "Format string contains positional fields");
            if (index >= args.length) {
                throw Exceptions.indexError(ts, "Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args[(int) index];
            RefCount.incref(obj, ts);
        }
        try {
            while (i < n) {
                char c = name.charAt(i++);
                String part;
                boolean attr;
                if (c == '.') {
                    attr = true;
                    int st = i;
                    while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
                    part = name.substring(st, i);
                } else if (c == '[') {
                    attr = false;
                    int st = i;
                    while (i < n && name.charAt(i) != ']') i++;
                    if (i >= n) throw Exceptions.valueError(ts, "Missing ']' in format string");
                    part = name.substring(st, i++);
                } else {
                    throw Exceptions.valueError(ts, "Only '.' or '[' may follow ']' in format field specifier");
                }
                if (part.isEmpty()) throw Exceptions.valueError(ts, "Empty attribute in format string");
                PyObj next;
                if (attr) {
                    next = Ops.getAttr(ts, obj, PyStr.intern(part));
                } else {
                    long idx = integer(ts, part);
                    PyObj key = idx == -1 ? new PyStr(ts, part) : PyInt.of(ts, idx);
                    try {
                        next = Ops.getItem(ts, obj, key);
                    } finally {
                        RefCount.decref(key, ts);
                    }
                }
                RefCount.decref(obj, ts);
                obj = next;
            }
            return obj;
        } catch (PyException e) {
            RefCount.decref(obj, ts);
            throw e;
        }
    }

    /** {@code str.__format__(spec)}: the format-spec mini-language for strings. */
    public static PyStr formatStr(PyThreadState ts, PyStr self, PyObj spec) {
        if (!(spec instanceof PyStr sp)) {
            throw Exceptions.typeError(ts, "__format__() argument must be str, not " + spec.typeName());
        }
        if (sp.value.isEmpty()) return self.str(ts);
        try {
            return PyStr.of(ts, Formatter.formatStr(self.value, sp.value, self.typeName()));
        } catch (NumError e) {
            throw StrErrors.raise(ts, e);
        }
    }
}
