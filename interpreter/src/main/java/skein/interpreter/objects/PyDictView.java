package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views of a dict. Keys
 * and items views are set-like: they compare with sets and other set-like views, and
 * {@code & | - ^} make a new {@code set} by CPython's recipes (which operand is copied,
 * which is iterated), so the result's order matches.
 */
public final class PyDictView extends PyObj {
    private static final PyType[] TYPES = {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS};
    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};

    private final PyDict dict;
    /** {@link PyDictIter#KEYS}, {@link PyDictIter#VALUES} or {@link PyDictIter#ITEMS}. */
    private final int kind;

    public PyDictView(ThreadState ts, PyDict dict, int kind) {
        super(ts);
        RefCount.incref(dict, ts);
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }

    public PyDict dict() {
        return dict;
    }

    public int kind() {
        return kind;
    }

    private boolean setLike() {
        return kind != PyDictIter.VALUES;
    }

    @Override
    public long len(PyThreadState ts) {
        return dict.size();
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        return new PyDictIter(ts, dict, kind, false);
    }

    /** {@code reversed(view)}. */
    public PyObj reversed(PyThreadState ts) {
        return new PyDictIter(ts, dict, kind, true);
    }

    /** Keys and items views are unhashable (they define equality); a values view hashes by identity. */
    @Override
    public boolean isHashable() {
        return !setLike();
    }

    @Override
    public int contains(PyThreadState ts, PyObj item) {
        switch (kind) {
            case PyDictIter.KEYS:
                return dict.contains(ts, item);
            case PyDictIter.ITEMS: {
                if (!(item instanceof PyTuple t) || t.size() != 2) return 0;
                PyObj v = dict.getRef(t.get(0), Keys.of(ts));
                if (v == null) return 0;
                try {
                    return Ops.eq(ts, v, t.get(1)) ? 1 : 0;
                } finally {
                    RefCount.decref(v, ts);
                }
            }
            default: {
                PyObj it = iter(ts);
                try {
                    PyObj x;
                    while ((x = it.next(ts)) != null) {
                        try {
                            if (Ops.eq(ts, x, item)) return 1;
                        } finally {
                            RefCount.decref(x, ts);
                        }
                    }
                    return 0;
                } finally {
                    RefCount.decref(it, ts);
                }
            }
        }
    }

    /** {@code dict_keys(['a', 'b'])}; a view reached again inside itself prints as {@code ...}. */
    @Override
    public PyStr repr(PyThreadState ts) {
        if (!ReprGuard.enter(this)) return PyStr.intern("...");
        try {
            StringBuilder sb = new StringBuilder(NAMES[kind]).append("([");
            PyObj it = iter(ts);
            try {
                PyObj x;
                boolean first = true;
                while ((x = it.next(ts)) != null) {
                    try {
                        if (!first) sb.append(", ");
                        first = false;
                        sb.append(Ops.reprString(ts, x));
                    } finally {
                        RefCount.decref(x, ts);
                    }
                }
            } finally {
                RefCount.decref(it, ts);
            }
            return new PyStr(ts, sb.append("])").toString());
        } finally {
            ReprGuard.leave(this);
        }
    }

    private static boolean isSetLike(PyObj o) {
        return o instanceof PySet || (o instanceof PyDictView v && v.setLike());
    }

    /** Set comparisons against sets and set-like views, by size and containment. */
    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!setLike() || !isSetLike(other)) return NOT_IMPLEMENTED;
        long ls = dict.size(), lo = Ops.len(ts, other);
        boolean ok = false;
        switch (op) {
            case 2, 3 -> {
                if (ls == lo) ok = allContainedIn(ts, this, other);
                if (op == 3) ok = !ok;
            }
            case 0 -> ok = ls < lo && allContainedIn(ts, this, other);
            case 1 -> ok = ls <= lo && allContainedIn(ts, this, other);
            case 4 -> ok = ls > lo && allContainedIn(ts, other, this);
            default -> ok = ls >= lo && allContainedIn(ts, other, this);
        }
        return PyBool.of(ok);
    }

    private static boolean allContainedIn(PyThreadState ts, PyObj self, PyObj other) {
        PyObj it = Ops.iter(ts, self);
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) {
                try {
                    if (!Ops.contains(ts, other, x)) return false;
                } finally {
                    RefCount.decref(x, ts);
                }
            }
            return true;
        } finally {
            RefCount.decref(it, ts);
        }
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (!setLike()) return NOT_IMPLEMENTED;
        return viewOp(ts, op, this, other);
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (!setLike()) return NOT_IMPLEMENTED;
        return viewOp(ts, op, other, this);
    }

    /** {@code left op right} where one of them is a set-like view; the result is a new set. */
    private static PyObj viewOp(PyThreadState ts, int op, PyObj left, PyObj right) {
        if (op == 1) return intersect(ts, left, right);
        if (op != 7 && op != 10 && op != 12) return NOT_IMPLEMENTED;
        PySet result = toSet(ts, left);
        try {
            switch (op) {
                case 7 -> result.updateInternal(ts, right);
                case 10 -> result.differenceUpdate(ts, right);
                default -> result.symmetricDifferenceUpdate(ts, right);
            }
        } catch (PyException e) {
            RefCount.decref(result, ts);
            throw e;
        }
        return result;
    }

    /** {@code set(operand)}; a keys view of a plain dict is read straight from the dict (with its hashes). */
    private static PySet toSet(PyThreadState ts, PyObj o) {
        if (o instanceof PyDictView v && v.kind == PyDictIter.KEYS && v.dict.type() == Types.DICT) {
            return PySet.make(ts, false, v.dict);
        }
        return PySet.make(ts, false, o);
    }

    /** CPython's {@code _PyDictView_Intersect}: iterate the smaller operand, test membership in the view. */
    private static PyObj intersect(PyThreadState ts, PyObj self, PyObj other) {
        if (!(self instanceof PyDictView v && v.setLike())) {
            PyObj tmp = other;
            other = self;
            self = tmp;
        }
        PyDictView view = (PyDictView) self;
        long lenSelf = view.dict.size();
        if (other.type() == Types.SET && lenSelf <= ((PySet) other).size()) {
            return ((PySet) other).intersection(ts, view);
        }
        if (other instanceof PyDictView ov && ov.setLike() && ov.dict.size() > lenSelf) {
            view = ov;
            other = self;
        }
        PySet result = PySet.newSet(ts);
        try {
            PyObj it = Ops.iter(ts, other);
            try {
                PyObj x;
                while ((x = Ops.next(ts, it)) != null) {
                    try {
                        if (view.contains(ts, x) > 0) result.add(ts, x);
                    } finally {
                        RefCount.decref(x, ts);
                    }
                }
            } finally {
                RefCount.decref(it, ts);
            }
        } catch (PyException e) {
            RefCount.decref(result, ts);
            throw e;
        }
        return result;
    }

    /** {@code view.isdisjoint(other)}: CPython iterates the smaller side when both sizes are known. */
    public boolean isDisjoint(PyThreadState ts, PyObj other) {
        if (other == this) return dict.size() == 0;
        PyObj small = other, big = this;
        if (isSetLike(other) && Ops.len(ts, other) > dict.size()) {
            small = this;
            big = other;
        }
        PyObj it = Ops.iter(ts, small);
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) {
                try {
                    if (Ops.contains(ts, big, x)) return false;
                } finally {
                    RefCount.decref(x, ts);
                }
            }
            return true;
        } finally {
            RefCount.decref(it, ts);
        }
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        RefCount.decref(dict, ts);
    }
}
