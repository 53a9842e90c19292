package skein.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.ClassLayout;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The header's memory cost: the smallest Skein object is at most
 * {@value HeaderFootprint#TARGET_EXTRA_BYTES} bytes bigger than {@code new Object()}.
 *
 * <p>Layout is deterministic, so this is a plain test. The target is asserted for HotSpot's
 * default header shape (12 bytes, compressed class pointers) both as JOL simulates it, which
 * does not depend on the flags this JVM runs with, and as this JVM lays it out when it uses
 * that shape. Other header shapes are printed, not asserted (see {@link HeaderFootprint}).
 * JOL's {@code parseClass} reads field offsets and needs no agent.
 */
class HeaderFootprintTest {
    private static final int DEFAULT_HEADER = 12;

    @Test
    void defaultHeaderShapeMeetsTheTarget() {
        HeaderFootprint.Row sim = HeaderFootprint.simulated(HeaderFootprint.jdkVersion()).get(0);
        assertEquals(DEFAULT_HEADER, sim.headerBytes(), "first simulated row is the default header shape");
        assertEquals(16, sim.objectBytes(), "new Object() with a 12-byte header");
        assertTrue(sim.extra() <= HeaderFootprint.TARGET_EXTRA_BYTES,
                () -> "PyObject header costs " + sim.extra() + " bytes over a bare Object (" + sim.pyObjectBytes()
                        + " vs " + sim.objectBytes() + "), target <= " + HeaderFootprint.TARGET_EXTRA_BYTES
                        + "\n" + ClassLayout.parseClass(HeaderOnly.class).toPrintable());
    }

    @Test
    void thisJvmMeetsTheTargetWhenItUsesTheDefaultHeader() {
        HeaderFootprint.Row cur = HeaderFootprint.current();
        System.out.println("[footprint] " + cur.vm() + ": header " + cur.headerBytes() + " B, HeaderOnly "
                + cur.pyObjectBytes() + " B, Object " + cur.objectBytes() + " B, extra " + cur.extra() + " B");
        assumeTrue(cur.headerBytes() == DEFAULT_HEADER,
                "this JVM uses a " + cur.headerBytes() + "-byte object header, not the default 12-byte one");
        assertTrue(cur.extra() <= HeaderFootprint.TARGET_EXTRA_BYTES,
                () -> "PyObject header costs " + cur.extra() + " bytes over a bare Object, target <= "
                        + HeaderFootprint.TARGET_EXTRA_BYTES + "\n" + ClassLayout.parseClass(HeaderOnly.class).toPrintable());
        // JOL's simulation agrees with the real layout, so the simulated rows can be trusted.
        HeaderFootprint.Row sim = HeaderFootprint.simulated(HeaderFootprint.jdkVersion()).get(0);
        assertEquals(sim.pyObjectBytes(), cur.pyObjectBytes(), "simulated vs real HeaderOnly size");
        assertEquals(sim.objectBytes(), cur.objectBytes(), "simulated vs real Object size");
    }

    @Test
    void otherHeaderShapesAreReported() {
        List<HeaderFootprint.Row> rows = HeaderFootprint.simulated(HeaderFootprint.jdkVersion());
        for (HeaderFootprint.Row r : rows) {
            System.out.println("[footprint] " + r.vm() + ": HeaderOnly " + r.pyObjectBytes() + " B, Object "
                    + r.objectBytes() + " B, extra " + r.extra() + " B" + (r.meetsTarget() ? "" : " (over the target)"));
            // Skein's own fields (two ints, a long, two bytes = 18 bytes) are all there, whatever the shape.
            assertTrue(r.pyObjectBytes() >= r.headerBytes() + 18, r.vm());
        }
    }
}
