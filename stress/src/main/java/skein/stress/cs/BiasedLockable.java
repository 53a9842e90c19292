package skein.stress.cs;

import skein.gc.BiasGroup;
import skein.gc.BiasedSections;
import skein.gc.PyObject;
import skein.gc.ThreadState;

/**
 * What the biased-section harnesses lock: a counted object owned by the thread it is made for
 * ({@code PyObject(ThreadState)} makes that thread the owner), biased from birth, in a group of
 * its own, with a plain counter that only a section on it may touch.
 */
public final class BiasedLockable extends PyObject {
    public final BiasGroup group = new BiasGroup("harness");
    public int x;

    public BiasedLockable(ThreadState owner) {
        super(owner);
        BiasedSections.bias(this);
    }

    @Override
    public BiasGroup biasGroup() {
        return group;
    }
}
