package skein.interpreter.objects;

/**
 * An object that weak references can point to (CPython's types with a {@code tp_weaklistoffset}):
 * it keeps the head of its list of weak references ({@link PyWeakReference}), which
 * {@link WeakRefs} links and unlinks under the object's stripe lock. Only the weakly
 * referenceable classes carry the field; every other object has none.
 *
 * <p>An implementing class keeps a {@code volatile PyWeakReference} field behind the two
 * accessors and overrides {@link skein.gc.PyObject#clearWeakRefs} with
 * {@code WeakRefs.clearOnDeath(this, ts)}.
 */
public interface Weakrefable {
    /** The newest-first list of weak references to this object, or null; read without a lock. */
    PyWeakReference weakrefHead();

    /** Only {@link WeakRefs} calls it, holding the object's stripe lock. */
    void setWeakrefHead(PyWeakReference head);

    /**
     * Whether this instance may be weakly referenced: false for instances of classes whose
     * {@code __slots__} leave {@code __weakref__} out, and for plain instances of the builtin
     * types whose heap subclasses only gain the ability (an {@code Exception()}).
     */
    default boolean weakrefSupported() {
        return true;
    }
}
