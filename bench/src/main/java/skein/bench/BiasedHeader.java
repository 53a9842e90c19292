package skein.bench;

import skein.gc.BiasGroup;
import skein.gc.BiasedSections;
import skein.gc.PyObject;
import skein.gc.ThreadState;

/**
 * A header-only object made {@linkplain BiasedSections biased} to the thread that makes it, in a
 * group of its own: what an instance dictionary is to the thread that made its instance.
 */
public final class BiasedHeader extends PyObject {
    public final BiasGroup group = new BiasGroup("bench");

    public BiasedHeader(ThreadState owner) {
        super(owner);
        BiasedSections.bias(this);
    }

    @Override
    public BiasGroup biasGroup() {
        return group;
    }
}
