package skein.interpreter.objects;

import skein.interpreter.runtime.PyThreadState;

/**
 * An attribute of a builtin type computed in Java ({@code int.real}, {@code function.__name__},
 * {@code object.__class__}): a data descriptor with a getter and an optional setter.
 */
public final class PyGetSet extends PyObj {
    /** Returns a new reference. */
    @FunctionalInterface
    public interface Getter { PyObj get(PyThreadState ts, PyObj self); }

    /** value null means delete. */
    @FunctionalInterface
    public interface Setter { void set(PyThreadState ts, PyObj self, PyObj value); }

    public final PyType owner;
    public final String name;
    public final Getter getter;
    public final Setter setter;

    public PyGetSet(PyType owner, String name, Getter getter, Setter setter) {
        super();
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return Types.GETSET_DESCRIPTOR;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, "<attribute '" + name + "' of '" + owner.name() + "' objects>");
    }
}
