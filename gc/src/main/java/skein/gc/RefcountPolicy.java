package skein.gc;

import java.util.Locale;

/** How reference counts are kept; chosen once per process (see {@link RuntimeConfig#POLICY}). */
public enum RefcountPolicy {
    /** Biased reference counting (free-threaded CPython): the owner counts locally, others atomically. */
    BIASED,
    /** Every operation one atomic add on a single shared count: the naive free-threaded design. */
    ATOMIC,
    /** One non-atomic count: correct only while a global lock serialises every thread. */
    PLAIN;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code biased|atomic|plain}; the message lists the choices. */
    public static RefcountPolicy parse(String s) {
        for (RefcountPolicy p : values()) {
            if (p.cliName().equals(s.trim().toLowerCase(Locale.ROOT))) return p;
        }
        throw new IllegalArgumentException(
                "unknown refcount policy '" + s + "' (choose biased, atomic or plain)");
    }
}
