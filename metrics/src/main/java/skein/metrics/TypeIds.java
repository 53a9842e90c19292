package skein.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Small dense ids for object types, so per-thread tallies are array increments rather
 * than map look-ups. Registration is rare (once per type) and synchronized; reading a
 * name is for reports only.
 */
public final class TypeIds {
    private static final List<String> NAMES = new ArrayList<>();

    private TypeIds() {}

    /** Registers a type name and returns its id; the same name registered twice gets two ids. */
    public static synchronized int register(String name) {
        NAMES.add(name);
        return NAMES.size() - 1;
    }

    public static synchronized String name(int id) {
        return NAMES.get(id);
    }

    public static synchronized int count() {
        return NAMES.size();
    }
}
