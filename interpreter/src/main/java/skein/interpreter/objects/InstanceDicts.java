package skein.interpreter.objects;

import skein.gc.BiasedSections;
import skein.gc.RefCount;
import skein.gc.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The {@code __dict__} field of instances, made on first use. Two threads that set the first
 * attribute of one object at once must end up with one dictionary: each makes a candidate and
 * installs it with a CAS, and the loser drops its own and uses the winner's (CPython's
 * {@code _PyObject_GetManagedDict} / {@code ensure_managed_dict} do the same). Readers load the
 * field with an acquire load, so they see the dictionary's fields initialised.
 *
 * <p>A new instance dictionary is biased to the thread that made it
 * ({@link skein.gc.BiasedSections}): that thread's attribute stores ({@link PyDict#putStr}) take
 * no lock until another thread locks one of the class's instance dictionaries.
 */
final class InstanceDicts {
    private InstanceDicts() {}

    /** A VarHandle on {@code owner}'s {@code PyDict dict} field. */
    static VarHandle field(MethodHandles.Lookup lookup, Class<?> owner) {
        try {
            return lookup.findVarHandle(owner, "dict", PyDict.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The dictionary in {@code field} of {@code o}, installing a new one if there is none. */
    static PyDict ensure(PyObj o, VarHandle field, ThreadState ts) {
        PyDict d = (PyDict) field.getAcquire(o);
        if (d != null) return d;
        PyDict made = new PyDict(ts);
        made.markUnseenInstanceDict();
        if (BiasedSections.ENABLED) made.biasTo(o.type().instanceDictBias());
        PyDict witness = (PyDict) field.compareAndExchange(o, (PyDict) null, made);
        if (witness == null) return made;
        RefCount.decref(made, ts);
        return witness;
    }

    static PyDict get(PyObj o, VarHandle field) {
        return (PyDict) field.getAcquire(o);
    }

    /**
     * Replaces the dictionary ({@code obj.__dict__ = d}; d borrowed) and returns the old one, whose
     * reference passes to the caller (to drop). An atomic swap, so two racing assignments each
     * drop exactly the dictionary they displaced.
     */
    static PyDict swap(PyObj o, VarHandle field, ThreadState ts, PyDict d) {
        RefCount.incref(d, ts);
        return (PyDict) field.getAndSet(o, d);
    }
}
