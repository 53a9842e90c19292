package skein.interpreter.builtins.num;

import skein.gc.RefCount;
import skein.interpreter.num.Strs;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code complex(real, imag)} and {@code complex(str)}, as CPython 3.11's
 * {@code complex_new_impl} and {@code complex_from_string_inner}.
 */
public final class ComplexConvert {
    private ComplexConvert() {}

    static final PyStr S_COMPLEX = PyStr.intern("__complex__");

    /** The two parts of {@code complex(r, i)}; {@code i} null when not given, r null for no argument. */
    public static double[] construct(PyThreadState ts, PyObj r, PyObj i) {
        if (r == null) r = PyInt.small(0);
        if (r instanceof PyStr s) {
            if (i != null) throw Exceptions.typeError(ts, "complex() can't take second arg if first is a string");
            return parse(ts, s.value);
        }
        if (i instanceof PyStr) throw Exceptions.typeError(ts, "complex() second arg can't be a string");
        double crRe, crIm = 0;
        boolean crIsComplex = false;
        PyObj special = r.type().lookup(S_COMPLEX);
        if (special != null && !(r instanceof PyComplex && !r.type().isHeapType())) {
            PyObj c = Ops.callMethod(ts, special, r, new PyObj[0], null);
            if (!(c instanceof PyComplex cc)) {
                String tn = c.typeName();
                RefCount.decref(c, ts);
                throw Exceptions.typeError(ts, "__complex__ returned non-complex (type " + tn + ")");
            }
            crRe = cc.real;
            crIm = cc.imag;
            crIsComplex = true;
            RefCount.decref(c, ts);
        } else if (r instanceof PyComplex rc) {
            crRe = rc.real;
            crIm = rc.imag;
            crIsComplex = true;
        } else {
            if (!isNumber(r)) {
                throw Exceptions.typeError(ts, "complex() first argument must be a string or a number, not '" + r.typeName() + "'");
            }
            crRe = floatValue(ts, r);
        }
        double ciRe, ciIm = 0;
        boolean ciIsComplex = false;
        if (i == null) {
            ciRe = crIm;
        } else if (i instanceof PyComplex ic) {
            ciRe = ic.real;
            ciIm = ic.imag;
            ciIsComplex = true;
        } else {
            if (!isNumber(i)) {
                throw Exceptions.typeError(ts, "complex() second argument must be a number, not '" + i.typeName() + "'");
            }
            ciRe = floatValue(ts, i);
        }
        // (a+bj) + (c+dj)*1j: fold the parts that were not real numbers
        if (ciIsComplex) crRe -= ciIm;
        if (crIsComplex && i != null) ciRe += crIm;
        return new double[] {crRe, ciRe};
    }

    /** Has {@code __float__} or {@code __index__} (CPython's nb_float / nb_index test). */
    private static boolean isNumber(PyObj o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex) return true;
        PyType t = o.type();
        return t.lookup(Ops.S_FLOAT) != null || t.lookup(Ops.S_INDEX) != null;
    }

    private static double floatValue(PyThreadState ts, PyObj o) {
        PyFloat f = NumConvert.toFloat(ts, o);
        double v = f.value;
        RefCount.decref(f, ts);
        return v;
    }

    private static PyException malformed(PyThreadState ts) {
        return Exceptions.valueError(ts, "complex() arg is a malformed string");
    }

    /** {@code complex(s)}: {@code '1+2j'}, {@code ' (1-j) '}, {@code 'j'}, {@code 'nan+infj'}, underscores between digits. */
    public static double[] parse(PyThreadState ts, String input) {
        String s = normalize(input);
        if (s == null) throw Exceptions.valueError(ts, "could not convert string to complex: " + Strs.repr(input));
        int n = s.length(), p = 0;
        while (p < n && Strs.isSpace(s.charAt(p))) p++;
        boolean bracket = false;
        if (p < n && s.charAt(p) == '(') {
            bracket = true;
            p++;
            while (p < n && Strs.isSpace(s.charAt(p))) p++;
        }
        double x = 0, y = 0;
        int end = scanFloat(s, p);
        if (end != p) {
            double z = toDouble(s.substring(p, end));
            p = end;
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                x = z;
                end = scanFloat(s, p);
                if (end != p) {
                    y = toDouble(s.substring(p, end));
                    p = end;
                } else {
                    y = s.charAt(p) == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed(ts);
                p++;
            } else if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                y = s.charAt(p) == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed(ts);
            p++;
        }
        while (p < n && Strs.isSpace(s.charAt(p))) p++;
        if (bracket) {
            if (!(p < n && s.charAt(p) == ')')) throw malformed(ts);
            p++;
            while (p < n && Strs.isSpace(s.charAt(p))) p++;
        }
        if (p != n) throw malformed(ts);
        return new double[] {x, y};
    }

    /**
     * Unicode decimal digits to ASCII, and underscores removed where valid (only between two
     * digits); null when an underscore is misplaced.
     */
    private static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp == '_') {
                boolean prevDigit = i > 0 && isDigitAt(s, i - 1);
                boolean nextDigit = i + 1 < n && isDigitAt(s, i + 1);
                if (!prevDigit || !nextDigit) return null;
            } else if (cp > 127 && Strs.decimalValue(cp) >= 0) {
                sb.append((char) ('0' + Strs.decimalValue(cp)));
            } else if (cp > 127 && Strs.isSpace(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
            i += len;
        }
        return sb.toString();
    }

    private static boolean isDigitAt(String s, int i) {
        char c = s.charAt(i);
        return (c >= '0' && c <= '9') || (c > 127 && Strs.decimalValue(c) >= 0);
    }

    /** The end of the longest float literal at p ({@code PyOS_string_to_double}'s endptr), p if none. */
    static int scanFloat(String s, int p) {
        int n = s.length(), q = p;
        if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) q++;
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, q, word, 0, word.length())) return q + word.length();
        }
        int digits = 0;
        while (q < n && isAsciiDigit(s.charAt(q))) { q++; digits++; }
        if (q < n && s.charAt(q) == '.') {
            q++;
            while (q < n && isAsciiDigit(s.charAt(q))) { q++; digits++; }
        }
        if (digits == 0) return p;
        if (q < n && (s.charAt(q) == 'e' || s.charAt(q) == 'E')) {
            int r = q + 1;
            if (r < n && (s.charAt(r) == '+' || s.charAt(r) == '-')) r++;
            if (r < n && isAsciiDigit(s.charAt(r))) {
                while (r < n && isAsciiDigit(s.charAt(r))) r++;
                q = r;
            }
        }
        return q;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double toDouble(String lit) {
        String body = lit;
        boolean neg = false;
        if (body.startsWith("+") || body.startsWith("-")) {
            neg = body.charAt(0) == '-';
            body = body.substring(1);
        }
        double v;
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) v = Double.POSITIVE_INFINITY;
        else if (body.equalsIgnoreCase("nan")) v = Double.NaN;
        else v = Double.parseDouble(body);
        return neg ? -v : v;
    }
}
