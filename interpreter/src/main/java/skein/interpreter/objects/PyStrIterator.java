package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code iter(str)}: a code point position in a str; drops the str once exhausted. CPython
 * 3.11 shows an all-ASCII string's iterator as {@code str_ascii_iterator} and any other as
 * {@code str_iterator}, so the type is chosen when the iterator is made.
 */
public final class PyStrIterator extends AbstractIterator {
    private PyStr str;
    /** Char index of the next code point. */
    private int pos;
    private final boolean ascii;

    public PyStrIterator(ThreadState ts, PyStr str) {
        super(ts);
        RefCount.incref(str, ts);
        this.str = str;
        this.ascii = isAscii(str.value);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    @Override
    public PyType type() {
        return ascii ? Types.STR_ASCII_ITERATOR : Types.STR_ITERATOR;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyStr s = str;
        if (s == null) return null;
        String v = s.value;
        if (pos < v.length()) {
            int cp = v.codePointAt(pos);
            pos += Character.charCount(cp);
            return PyStr.ofCodePoint(ts, cp);
        }
        str = null;
        RefCount.decref(s, ts);
        return null;
    }

    /** {@code __length_hint__}: the code points left. */
    public long lengthHint() {
        PyStr s = str;
        return s == null ? 0 : s.value.codePointCount(pos, s.value.length());
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyStr s = str;
        str = null;
        if (s != null) RefCount.decref(s, ts);
    }
}
