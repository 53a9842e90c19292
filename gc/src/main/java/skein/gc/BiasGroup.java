package skein.gc;

/**
 * The switch shared by a family of {@linkplain BiasedSections biased} objects: in Skein, the
 * dictionaries of one class's instances. While it is on, each such object's owner may run its
 * sections on it without the mutex; the first thread that needs the mutex of one it does not
 * own turns the switch off for the whole family, once, with the world stopped (HotSpot's "bulk
 * revocation", by class). So a class whose instances are handed between threads pays one pause,
 * and a class whose instances stay with their creators pays none and takes no lock.
 */
public final class BiasGroup {
    private final String name;
    /** Written only with the world stopped, so a plain read after any safe point is current. */
    boolean on = true;

    public BiasGroup(String name) {
        this.name = name;
    }

    /** Whether the objects of this family may still be biased (a plain read). */
    public boolean isOn() {
        return on;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "BiasGroup[" + name + (on ? ", on]" : ", off]");
    }
}
