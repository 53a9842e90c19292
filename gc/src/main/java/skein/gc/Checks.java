package skein.gc;

/** Checking-mode guards shared by the policies; called only under {@code if (RuntimeConfig.CHECKING)}. */
final class Checks {
    private Checks() {}

    static void beforeIncref(PyObject o, ThreadState ts) {
        if (o.isFreed()) throw new RefcountError("incref", o, "incref of a freed object");
        ts.checkUsable("incref", o);
    }

    static void beforeDecref(PyObject o, ThreadState ts) {
        if (o.isFreed()) throw new RefcountError("decref", o, "decref of a freed object (double free)");
        ts.checkUsable("decref", o);
    }

    /** {@link #beforeDecref} for biased counting, which also refuses to take the owner's local count below zero. */
    static void beforeBiasedDecref(PyObject o, ThreadState ts) {
        beforeDecref(o, ts);
        int local = o.lpLocal();
        if (o.lpOwner() == ts.id && local <= 0)
            throw new RefcountError("decref", o, "owner's local count would go negative (" + (local - 1) + ")");
    }
}
