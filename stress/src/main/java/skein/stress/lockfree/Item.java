package skein.stress.lockfree;

import skein.gc.ThreadState;
import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyType;
import skein.interpreter.objects.Types;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What the harnesses store in lists and dicts: a plain Python object (type {@code object}) that
 * carries a tag (which item it is, or which key it belongs to) and counts its deallocations
 * with an atomic add, so that a double free shows as 2 and a reader holding a freed item is
 * seen ({@link #dead}) even without checking mode.
 */
final class Item extends PyObj {
    private static final VarHandle FREES;

    static {
        try {
            FREES = MethodHandles.lookup().findVarHandle(Item.class, "frees", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int tag;
    @SuppressWarnings("unused") // through FREES
    private volatile int frees;

    Item(ThreadState ts, int tag) {
        super(ts);
        this.tag = tag;
    }

    @Override
    public PyType type() {
        return Types.OBJECT;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        FREES.getAndAdd(this, 1);
    }

    int frees() {
        return (int) FREES.getVolatile(this);
    }

    /** 1 if deallocated (freed bit or free count): for a holder of a reference, a use after free. */
    int dead() {
        return isFreed() || frees() != 0 ? 1 : 0;
    }

    /** The tag of what a read returned: 0 for null. */
    static int tagOf(PyObj o) {
        return o == null ? 0 : ((Item) o).tag;
    }

    /** Whether what a read returned is dead while the reader holds it: 0 for null. */
    static int deadOf(PyObj o) {
        return o == null ? 0 : ((Item) o).dead();
    }
}
