package skein.cli;

import org.junit.jupiter.api.RepeatedTest;

import static org.junit.jupiter.api.Assertions.*;

/** Real platform threads over shared objects: nothing lost, nothing freed twice, nothing leaked. */
class SharingWorkloadTest {
    @RepeatedTest(5)
    void manyThreadsShareObjectsAndAllAreFreedOnce() {
        SharingWorkload.Result r = new SharingWorkload(4, 50_000, 8, 7, false).run();
        assertEquals(r.allocated(), r.freed(), r.leakReport().toString());
        assertEquals(0, r.leaked(), r.leakReport().toString());
        assertTrue(r.allocated() > 4 * 50_000 * 2, "every round allocates: " + r.allocated());
    }
}
