package skein.gc;

/**
 * A broken reference-counting invariant found in checking mode: use after free, double
 * free, incref of a freed object, a negative count. The message names the object's type
 * and the operation. It is an {@link Error}: the interpreter reports it as SystemError.
 */
public final class RefcountError extends Error {
    public RefcountError(String operation, PyObject o, String what) {
        super(operation + " of " + o.typeName() + " object: " + what);
    }
}
