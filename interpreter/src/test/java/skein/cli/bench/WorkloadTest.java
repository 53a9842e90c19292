package skein.cli.bench;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class WorkloadTest {
    @Test
    void theCatalogNamesExactlyTheWorkloadsOfScalingPy() throws Exception {
        String source;
        try (InputStream in = WorkloadTest.class.getResourceAsStream(BenchRunner.SCRIPT_RESOURCE)) {
            assertNotNull(in, "scaling.py is in the build");
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> defined = new ArrayList<>();
        Matcher m = Pattern.compile("^@workload\\s*\\ndef (\\w+)\\(", Pattern.MULTILINE).matcher(source);
        while (m.find()) defined.add(m.group(1));
        assertEquals(Workload.ALL.stream().map(Workload::name).toList(), defined);
    }

    @Test
    void quickSizesAreSmallerAndEveryNameIsFound() {
        for (Workload w : Workload.ALL) {
            assertTrue(w.quickN() > 0 && w.quickN() < w.defaultN(), w.name());
            assertSame(w, Workload.named(w.name()));
        }
        assertNull(Workload.named("nope"));
    }
}
