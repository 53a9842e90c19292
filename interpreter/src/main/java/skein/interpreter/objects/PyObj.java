package skein.interpreter.objects;

import skein.gc.PyObject;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/**
 * The root of every Python object the interpreter handles: the refcount header of
 * {@link PyObject} plus a Python type.
 *
 * <h2>Reference conventions (CPython's)</h2>
 * <ul>
 *   <li>A method that returns a {@code PyObj} returns a <em>new</em> reference: the caller
 *       owns it and must drop it ({@code RefCount.decref}) or store it.</li>
 *   <li>Arguments are <em>borrowed</em>: the callee increfs what it keeps.</li>
 *   <li>Containers, cells, frames' locals and evaluation stacks own their references.</li>
 *   <li>Immortal objects (None, booleans, small ints, interned names, builtin types and
 *       functions) and constants of code objects never change counts, so code may treat a
 *       reference to them as owned or borrowed alike.</li>
 * </ul>
 *
 * <h2>Type slots</h2>
 * The overridable methods below are CPython's type slots for builtin types: the Java class
 * of a builtin type overrides the ones its type supports, and {@link Slots} exposes each
 * override in the type's dictionary as the matching dunder ({@code __len__}, {@code __add__},
 * ...). {@code skein.interpreter.runtime.Ops} calls a slot directly when the object's type
 * is builtin (the fast path: one virtual call, no lookup); for a class made by a
 * {@code class} statement it looks the dunder up along the MRO instead, so a Python
 * override wins and an inherited builtin slot is reached through its dunder. Defaults say
 * "not supported" the way the protocol expects: {@link #NOT_IMPLEMENTED} for operators,
 * {@code null} for a missing slot.
 */
public abstract class PyObj extends PyObject {
    /** A new object holding one reference, owned by the creating thread. */
    protected PyObj(ThreadState ts) {
        super(ts);
    }

    /** An object immortal from birth (made before any thread runs; never counted). */
    protected PyObj() {
        super();
    }

    /** The object's Python type. */
    public abstract PyType type();

    @Override
    public String typeName() {
        return type().name();
    }

    /** Shorthand for the NotImplemented singleton, the "try the other operand" answer. */
    public static final PyObj NOT_IMPLEMENTED = PyNotImplemented.NOT_IMPLEMENTED;

    // ---- slots: null means "this type has no such slot" ----

    /** {@code repr(self)}, or null to use {@code object.__repr__}. */
    public PyStr repr(PyThreadState ts) { return null; }

    /** {@code str(self)}, or null to fall back to {@link #repr}. */
    public PyStr str(PyThreadState ts) { return null; }

    /** {@code hash(self)}; the default is identity-based, as {@code object.__hash__}. */
    public long hash(PyThreadState ts) { return identityHash(); }

    /** Whether {@code hash()} is supported (false for mutable containers). */
    public boolean isHashable() { return true; }

    /** {@code bool(self)}, or -1 when the type has neither {@code __bool__} nor {@code __len__}. */
    public int truth(PyThreadState ts) { return -1; }

    /** {@code len(self)}, or -1 when the type has no {@code __len__}. */
    public long len(PyThreadState ts) { return -1; }

    /** {@code self[key]}, or null when unsupported. */
    public PyObj getItem(PyThreadState ts, PyObj key) { return null; }

    /** {@code self[key] = value}; false when unsupported. */
    public boolean setItem(PyThreadState ts, PyObj key, PyObj value) { return false; }

    /** {@code del self[key]}; false when unsupported. */
    public boolean delItem(PyThreadState ts, PyObj key) { return false; }

    /** {@code iter(self)}, or null when the type is not iterable by {@code __iter__}. */
    public PyObj iter(PyThreadState ts) { return null; }

    /**
     * {@code next(self)} for iterators: the next item (new reference), or null when
     * exhausted (no StopIteration is made on this path, as CPython's {@code tp_iternext}).
     * Types that are not iterators throw; see {@link #isIterator()}.
     */
    public PyObj next(PyThreadState ts) { throw new UnsupportedOperationException(typeName() + " is not an iterator"); }

    /** Whether {@link #next} is implemented ({@code __next__}). */
    public boolean isIterator() { return false; }

    /** {@code item in self}: 1, 0, or -1 when unsupported (Ops then iterates). */
    public int contains(PyThreadState ts, PyObj item) { return -1; }

    /** {@code self(*args)}: args are positional then keyword values named by kwnames. Null: not callable. */
    public PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames) { return null; }

    /** Whether {@link #call} is implemented. */
    public boolean isCallable() { return false; }

    /**
     * {@code self op other} for a binary operator number of {@code BINARY_OP} (0..12; the
     * in-place forms come through {@link #inplaceOp}); NOT_IMPLEMENTED to let the other
     * operand try.
     */
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) { return NOT_IMPLEMENTED; }

    /** {@code other op self} (the reflected method, {@code __radd__} etc.). */
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) { return NOT_IMPLEMENTED; }

    /** {@code self op= other} in place (list +=, set |=); NOT_IMPLEMENTED falls back to the binary form. */
    public PyObj inplaceOp(PyThreadState ts, int op, PyObj other) { return NOT_IMPLEMENTED; }

    /** Unary operators: 0 negative, 1 positive, 2 invert, 3 abs; null when unsupported. */
    public PyObj unaryOp(PyThreadState ts, int op) { return null; }

    /** Rich comparison, op as {@code COMPARE_OP} (0 &lt; 1 &lt;= 2 == 3 != 4 &gt; 5 &gt;=). */
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) { return NOT_IMPLEMENTED; }

    /** {@code int(self)} / {@code __index__}: a Python int, or null when unsupported. */
    public PyObj index(PyThreadState ts) { return null; }

    /** {@code float(self)}: null when unsupported. */
    public PyObj toFloat(PyThreadState ts) { return null; }

    /** The instance attribute dictionary, or null if the object has none. */
    public PyDict instanceDict() { return null; }

    /** The attribute dictionary, made now if the object can have one; null if it cannot. */
    public PyDict ensureDict(skein.gc.ThreadState ts) { return instanceDict(); }

    /** Attribute lookup special to the type, before the generic algorithm; null to use it. */
    public PyObj getAttrHook(PyThreadState ts, PyStr name) { return null; }

    /** The identity of the object for {@code id()} and the default hash. */
    public final long identityHash() {
        return System.identityHashCode(this) & 0xFFFFFFFFL;
    }
}
