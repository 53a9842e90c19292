package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import static skein.interpreter.builtins.ModuleSupport.fn;
import static skein.interpreter.builtins.ModuleSupport.put;

/**
 * The {@code time} module: clocks ({@code time}, {@code time_ns}, {@code perf_counter[_ns]},
 * {@code monotonic[_ns]}, {@code process_time[_ns]}, {@code thread_time[_ns]}), {@code sleep},
 * and a basic {@code localtime}/{@code gmtime}/{@code strftime} (struct_time as a named tuple;
 * the common % directives).
 */
public final class TimeModule {
    private TimeModule() {}

    private static volatile PyModule module;
    /** perf_counter and monotonic count from here (as CPython's, their zero is arbitrary). */
    private static final long ORIGIN = System.nanoTime();
    private static final PyStructSeq.Kind STRUCT_TIME = PyStructSeq.Kind.of("time", "struct_time", "time.struct_time",
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst");

    public static PyModule get() {
        PyModule m = module;
        if (m != null) return m;
        synchronized (TimeModule.class) {
            if (module == null) module = create();
            return module;
        }
    }

    private static PyModule create() {
        PyModule m = new PyModule("time");
        put(m, "struct_time", STRUCT_TIME.type());
        put(m, "__name__", PyStr.intern("time"));
        put(m, "__doc__", PyNone.NONE);
        fn(m, "time", (ts, a, k) -> {
            Args.check(ts, "time", a, k, 0, 0);
            Instant now = Instant.now();
            return PyFloat.of(ts, now.getEpochSecond() + now.getNano() / 1e9);
        });
        fn(m, "time_ns", (ts, a, k) -> {
            Args.check(ts, "time_ns", a, k, 0, 0);
            Instant now = Instant.now();
            return PyInt.of(ts, java.math.BigInteger.valueOf(now.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                    .add(java.math.BigInteger.valueOf(now.getNano())));
        });
        for (String name : new String[] {"perf_counter", "monotonic"}) {
            fn(m, name, (ts, a, k) -> {
                Args.check(ts, name, a, k, 0, 0);
                return PyFloat.of(ts, (System.nanoTime() - ORIGIN) / 1e9);
            });
            fn(m, name + "_ns", (ts, a, k) -> {
                Args.check(ts, name + "_ns", a, k, 0, 0);
                return PyInt.of(ts, System.nanoTime() - ORIGIN);
            });
        }
        fn(m, "process_time", (ts, a, k) -> {
            Args.check(ts, "process_time", a, k, 0, 0);
            return PyFloat.of(ts, processNanos() / 1e9);
        });
        fn(m, "process_time_ns", (ts, a, k) -> {
            Args.check(ts, "process_time_ns", a, k, 0, 0);
            return PyInt.of(ts, processNanos());
        });
        fn(m, "thread_time", (ts, a, k) -> {
            Args.check(ts, "thread_time", a, k, 0, 0);
            return PyFloat.of(ts, threadNanos() / 1e9);
        });
        fn(m, "thread_time_ns", (ts, a, k) -> {
            Args.check(ts, "thread_time_ns", a, k, 0, 0);
            return PyInt.of(ts, threadNanos());
        });
        fn(m, "sleep", (ts, a, k) -> {
            Args.check(ts, "sleep", a, k, 1, 1);
            sleep(ts, a[0]);
            return PyNone.NONE;
        });
        fn(m, "localtime", (ts, a, k) -> {
            Args.check(ts, "localtime", a, k, 0, 1);
            return structTime(ts, seconds(ts, a), ZoneId.systemDefault());
        });
        fn(m, "gmtime", (ts, a, k) -> {
            Args.check(ts, "gmtime", a, k, 0, 1);
            return structTime(ts, seconds(ts, a), ZoneOffset.UTC);
        });
        fn(m, "strftime", (ts, a, k) -> {
            Args.check(ts, "strftime", a, k, 1, 2);
            if (!(a[0] instanceof PyStr fmt)) throw Exceptions.typeError(ts, "strftime() argument 1 must be str, not " + a[0].typeName());
            LocalDateTime t = a.length == 2 ? fromStruct(ts, a[1]) : LocalDateTime.now();
            return new PyStr(ts, strftime(fmt.value, t));
        });
        return m;
    }

    private static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long n = sun.getProcessCpuTime();
            if (n >= 0) return n;
        }
        return threadNanos();
    }

    private static long threadNanos() {
        ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        return tb.isCurrentThreadCpuTimeSupported() ? tb.getCurrentThreadCpuTime() : System.nanoTime() - ORIGIN;
    }

    /** {@code time.sleep(secs)}: an int or float number of seconds, not negative. */
    private static void sleep(PyThreadState ts, PyObj secs) {
        double s;
        if (secs instanceof PyFloat f) s = f.value;
        else if (secs instanceof PyInt i) s = i.isBig() ? Double.POSITIVE_INFINITY * i.big.signum() : i.value;
        else {
            PyInt i = Ops.index(ts, secs);
            s = i.isBig() ? Double.POSITIVE_INFINITY * i.big.signum() : i.value;
            RefCount.decref(i, ts);
        }
        if (Double.isNaN(s)) throw Exceptions.valueError(ts, "Invalid value NaN (not a number)");
        if (s < 0) throw Exceptions.valueError(ts, "sleep length must be non-negative");
        if (s > 9.2e9) throw Exceptions.overflowError(ts, "sleep length is too large");
        long nanos = (long) (s * 1e9);
        // Detached while asleep, as CPython releases the GIL: sleep(0) is how a thread yields.
        boolean slept = ts.blockDetached(() -> {
            if (nanos == 0) Thread.yield();
            else Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        });
        if (!slept) throw Exceptions.of(ts, Exceptions.KEYBOARD_INTERRUPT, "");
    }

    private static double seconds(PyThreadState ts, PyObj[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }
        return MathModule.toDouble(ts, a[0]);
    }

    private static PyObj structTime(PyThreadState ts, double secs, ZoneId zone) {
        ZonedDateTime t = Instant.ofEpochSecond((long) Math.floor(secs)).atZone(zone);
        boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
        PyObj[] items = {
            PyInt.of(ts, t.getYear()), PyInt.of(ts, t.getMonthValue()), PyInt.of(ts, t.getDayOfMonth()),
            PyInt.of(ts, t.getHour()), PyInt.of(ts, t.getMinute()), PyInt.of(ts, t.getSecond()),
            PyInt.of(ts, t.getDayOfWeek().getValue() - 1), PyInt.of(ts, t.getDayOfYear()), PyInt.of(ts, dst ? 1 : 0)};
        return new PyStructSeq(ts, STRUCT_TIME, items);
    }

    private static LocalDateTime fromStruct(PyThreadState ts, PyObj st) {
        long[] v = new long[6];
        for (int i = 0; i < 6; i++) {
            PyObj item = Ops.getItem(ts, st, PyInt.small(i));
            try {
                v[i] = Ops.asIndex(ts, item);
            } finally {
                RefCount.decref(item, ts);
            }
        }
        try {
            return LocalDateTime.of((int) v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4], (int) Math.min(v[5], 59));
        } catch (java.time.DateTimeException e) {
            throw Exceptions.valueError(ts, "strftime(): illegal time tuple argument");
        }
    }

    /** The C library's strftime for the common directives, in the C locale. */
    static String strftime(String fmt, LocalDateTime t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                b.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y' -> b.append(t.getYear());
                case 'y' -> b.append(String.format("%02d", t.getYear() % 100));
                case 'm' -> b.append(String.format("%02d", t.getMonthValue()));
                case 'd' -> b.append(String.format("%02d", t.getDayOfMonth()));
                case 'H' -> b.append(String.format("%02d", t.getHour()));
                case 'I' -> b.append(String.format("%02d", (t.getHour() + 11) % 12 + 1));
                case 'M' -> b.append(String.format("%02d", t.getMinute()));
                case 'S' -> b.append(String.format("%02d", t.getSecond()));
                case 'p' -> b.append(t.getHour() < 12 ? "AM" : "PM");
                case 'j' -> b.append(String.format("%03d", t.getDayOfYear()));
                case 'a' -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> b.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> b.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'w' -> b.append(t.getDayOfWeek().getValue() % 7);
                case 'F' -> b.append(String.format("%d-%02d-%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
                case 'T' -> b.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
                case 'D' -> b.append(String.format("%02d/%02d/%02d", t.getMonthValue(), t.getDayOfMonth(), t.getYear() % 100));
                case 'c' -> b.append(String.format("%s %s %2d %02d:%02d:%02d %d",
                        t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US), t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US),
                        t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getYear()));
                case '%' -> b.append('%');
                default -> b.append('%').append(d);
            }
        }
        return b.toString();
    }
}
