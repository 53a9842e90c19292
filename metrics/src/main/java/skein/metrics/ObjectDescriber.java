package skein.metrics;

/**
 * Names the objects of a hot-objects report. The runtime supplies one that knows its types;
 * it must never run program code (no user {@code __repr__}), since reports are made at exit,
 * when that code might fail or hang.
 */
public interface ObjectDescriber {
    /** The object's type name, a short safe repr, and where it was defined when it says so itself (a function, a class), else null. */
    Description describe(Object o);

    /** A program location recorded by {@link ThreadCounters#siteSource}, as text ("file:line (function)"). */
    String site(Object site);

    record Description(String type, String repr, String definedAt) {}

    /** Knows nothing of the objects: the Java class and an identity. */
    ObjectDescriber GENERIC = new ObjectDescriber() {
        @Override
        public Description describe(Object o) {
            String t = o.getClass().getSimpleName();
            return new Description(t, "<" + t + " object at 0x" + Integer.toHexString(System.identityHashCode(o)) + ">", null);
        }

        @Override
        public String site(Object site) {
            return String.valueOf(site);
        }
    };
}
