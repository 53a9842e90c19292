package skein.bench;

import org.openjdk.jol.datamodel.DataModel;
import org.openjdk.jol.datamodel.Model64;
import org.openjdk.jol.datamodel.Model64_Lilliput;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.layouters.HotSpotLayouter;
import org.openjdk.jol.layouters.Layouter;
import org.openjdk.jol.vm.VM;
import skein.gc.PyObject;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 4: the memory cost of Skein's object header. Compares the smallest Skein object
 * ({@link HeaderOnly}: a {@link PyObject} subclass with no fields of its own) with
 * {@code new Object()}, using JOL. The target is at most {@value #TARGET_EXTRA_BYTES} bytes
 * more than a bare Java object.
 *
 * <p>The first row is the layout of the running JVM ({@link ClassLayout#parseClass(Class)},
 * which reads real field offsets and needs no agent). The other rows are JOL's simulations
 * of the other HotSpot header shapes, computed from the class's fields whatever JVM runs this
 * (so they are deterministic): the default (12-byte header, compressed class pointers),
 * compact object headers ({@code -XX:+UseCompactObjectHeaders}, JDK 24+, 8-byte header), and
 * no compressed class pointers (16-byte header).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar skein.bench.HeaderFootprint}
 * ({@code --summary} prints only the machine-readable lines). On JDK 24+ add
 * {@code --sun-misc-unsafe-memory-access=allow} to silence JOL's Unsafe warning.
 */
public final class HeaderFootprint {
    public static final int TARGET_EXTRA_BYTES = 16;

    /** One header shape: its name, and the two instance sizes in bytes. */
    public record Row(String vm, int headerBytes, long pyObjectBytes, long objectBytes) {
        public long extra() {
            return pyObjectBytes - objectBytes;
        }

        public boolean meetsTarget() {
            return extra() <= TARGET_EXTRA_BYTES;
        }
    }

    private HeaderFootprint() {}

    static {
        // parseClass needs no agent: skip JOL's dynamic self-attach, and keep its note that it has
        // no Instrumentation (printed on stdout) out of the reports; other lines go to stderr.
        if (System.getProperty("jol.skipDynamicAttach") == null) System.setProperty("jol.skipDynamicAttach", "true");
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            VM.current();
        } finally {
            System.setOut(out);
        }
        captured.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.contains("Unable to get Instrumentation"))
                .forEach(System.err::println);
    }

    /** The running JVM's layouts (real offsets). */
    public static Row current() {
        ClassLayout py = ClassLayout.parseClass(HeaderOnly.class);
        ClassLayout obj = ClassLayout.parseClass(Object.class);
        return new Row("this JVM (" + System.getProperty("java.vm.version") + ")",
                obj.headerSize(), py.instanceSize(), obj.instanceSize());
    }

    /** JOL's simulations of HotSpot's header shapes, laid out by JDK {@code jdk}'s field-layout rules. */
    public static List<Row> simulated(int jdk) {
        List<Row> rows = new ArrayList<>();
        rows.add(simulate("12-byte header: compressed class pointers (default)", new Model64(true, true, 8), jdk));
        rows.add(simulate("8-byte header: -XX:+UseCompactObjectHeaders", new Model64_Lilliput(true, 8, false), jdk));
        rows.add(simulate("16-byte header: -XX:-UseCompressedClassPointers", new Model64(true, false, 8), jdk));
        return rows;
    }

    private static Row simulate(String name, DataModel model, int jdk) {
        Layouter l = new HotSpotLayouter(model, jdk);
        ClassLayout py = ClassLayout.parseClass(HeaderOnly.class, l);
        ClassLayout obj = ClassLayout.parseClass(Object.class, l);
        return new Row(name, obj.headerSize(), py.instanceSize(), obj.instanceSize());
    }

    /** The running JVM's feature version (JOL's layouter needs it for the field-layout rules). */
    public static int jdkVersion() {
        return Runtime.version().feature();
    }

    public static void main(String[] args) {
        boolean summaryOnly = args.length > 0 && args[0].equals("--summary");
        Row cur = current();
        if (!summaryOnly) {
            System.out.println("== " + HeaderOnly.class.getName() + " (a PyObject with no fields of its own), this JVM ==");
            System.out.println(ClassLayout.parseClass(HeaderOnly.class).toPrintable());
            System.out.println("== java.lang.Object, this JVM ==");
            System.out.println(ClassLayout.parseClass(Object.class).toPrintable());
            System.out.printf("%-55s %6s %10s %8s %6s  %s%n", "header shape", "header", "PyObject", "Object", "extra", "target <= " + TARGET_EXTRA_BYTES);
        }
        List<Row> rows = new ArrayList<>();
        rows.add(cur);
        rows.addAll(simulated(jdkVersion()));
        for (Row r : rows) {
            if (summaryOnly) {
                System.out.printf("footprint\t%s\t%d\t%d\t%d\t%d\t%s%n", r.vm(), r.headerBytes(), r.pyObjectBytes(),
                        r.objectBytes(), r.extra(), r.meetsTarget() ? "ok" : "over");
            } else {
                System.out.printf("%-55s %6d %10d %8d %+6d  %s%n", r.vm(), r.headerBytes(), r.pyObjectBytes(),
                        r.objectBytes(), r.extra(), r.meetsTarget() ? "ok" : "OVER");
            }
        }
    }
}
