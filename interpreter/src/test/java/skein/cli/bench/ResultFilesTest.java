package skein.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static skein.cli.bench.Fixtures.ok;

class ResultFilesTest {
    @TempDir
    Path dir;

    static final BenchInfo INFO = new BenchInfo("2026-12-01T00:00Z", "test cpu", 2, "0.1 0.2 0.3", "0.4 0.5 0.6", "21", "Python 3.11.7");

    BenchPlan plan() throws Exception {
        return BenchPlan.parse("pymethod", "1,2", "gil,biased", 1, true, 1.0, "python3", dir.toString(), 600, 2);
    }

    List<RunResult> runs() {
        return List.of(ok("pymethod", Mode.GIL, 1, 1, 1.0, "9"), ok("pymethod", Mode.GIL, 2, 1, 2.0, "9"),
                ok("pymethod", Mode.BIASED, 1, 1, 1.0, "9"), ok("pymethod", Mode.BIASED, 2, 1, 1.25, "9"),
                ok("pymethod", Mode.PYTHON3, 1, 1, 0.5, "9"),
                RunResult.failed("pymethod", Mode.PYTHON3, 2, 1, 0.1, "exit 1: bad, \"quoted\" thing"));
    }

    Summary summary(List<RunResult> runs) throws Exception {
        BenchPlan p = plan();
        return new Summary(List.of("pymethod"), p.allModes(true), p.threads(), runs);
    }

    @Test
    void jsonHoldsSettingsConfigurationsRunsAndProblems() throws Exception {
        List<RunResult> runs = runs();
        Path file = dir.resolve("results.json");
        ResultFiles.writeJson(file, plan(), INFO, summary(runs), runs);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("failed", root.get("status").asText());
        assertEquals("[1,2]", root.get("settings").get("threads").toString());
        assertEquals("0.1 0.2 0.3", root.get("machine").get("loadBefore").asText());
        JsonNode configs = root.get("configurations");
        assertEquals(6, configs.size(), "1 workload x 3 modes x 2 thread counts");
        JsonNode biased2 = configs.get(3);
        assertEquals("biased", biased2.get("mode").asText());
        assertEquals(2, biased2.get("threads").asInt());
        assertEquals(1.6, biased2.get("speedup").asDouble(), 1e-9);
        assertEquals(20, biased2.get("counters").get("shared_rc").asLong());
        JsonNode python2 = configs.get(5);
        assertTrue(python2.get("bestSeconds").isNull(), "a failed configuration has no time: " + python2);
        assertTrue(python2.get("counters").isNull());
        assertEquals(6, root.get("runs").size());
        assertEquals(1, root.get("problems").size());
    }

    @Test
    void csvHasAHeaderARowPerConfigurationAndQuotesWhatNeedsIt() throws Exception {
        List<RunResult> runs = runs();
        Path results = dir.resolve("results.csv"), perRun = dir.resolve("runs.csv");
        ResultFiles.writeResultsCsv(results, plan(), summary(runs));
        ResultFiles.writeRunsCsv(perRun, runs);
        List<String> lines = Files.readAllLines(results);
        assertEquals(7, lines.size());
        assertEquals("workload,mode,threads,units,best_seconds,worst_seconds,spread,speedup,runs_ok,runs,"
                + "shared_rc,local_rc,brc_queued,contended_cs,gil_switches,gil_contended", lines.get(0));
        assertTrue(lines.get(4).startsWith("pymethod,biased,2," + Workload.named("pymethod").quickN() + ",1.250000,1.250000,,1.600000,1,1,20,"),
                lines.get(4));
        List<String> runLines = Files.readAllLines(perRun);
        assertEquals(7, runLines.size());
        assertTrue(runLines.get(6).endsWith(",\"exit 1: bad, \"\"quoted\"\" thing\""), runLines.get(6));
    }

    @Test
    void runsCsvReadsBackWhatWasWritten() throws Exception {
        List<RunResult> runs = runs();
        Path perRun = dir.resolve("runs.csv");
        ResultFiles.writeRunsCsv(perRun, runs);
        List<RunResult> back = ResultFiles.readRunsCsv(perRun);
        assertEquals(runs.size(), back.size());
        for (int i = 0; i < runs.size(); i++) {
            RunResult a = runs.get(i), b = back.get(i);
            assertEquals(a.label(), b.label());
            assertEquals(a.seconds(), b.seconds(), 1e-6);
            assertEquals(a.checksum(), b.checksum());
            assertEquals(a.counters(), b.counters());
            assertEquals(a.error(), b.error());
        }
        assertEquals(List.of("a", "b,c", "say \"hi\"", ""), ResultFiles.parseRow("a,\"b,c\",\"say \"\"hi\"\"\","));
    }

    @Test
    void csvFieldsFollowRfc4180() throws Exception {
        assertEquals("plain", ResultFiles.csvField("plain"));
        assertEquals("\"a,b\"", ResultFiles.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ResultFiles.csvField("say \"hi\""));
        StringWriter w = new StringWriter();
        ResultFiles.row(w, List.of("x", "y,z", ""));
        assertEquals("x,\"y,z\",\n", w.toString());
    }

    @Test
    void chartsAreWrittenAsPngAndSvg() throws Exception {
        List<Path> files = SpeedupCharts.write(dir, summary(runs()));
        assertTrue(files.contains(dir.resolve("speedup.png")));
        assertTrue(files.contains(dir.resolve("speedup.svg")));
        assertTrue(files.contains(dir.resolve("charts/pymethod.svg")));
        byte[] png = Files.readAllBytes(dir.resolve("speedup.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3));
        String svg = Files.readString(dir.resolve("speedup.svg"));
        assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), svg.substring(0, Math.min(200, svg.length())));
    }

    @Test
    void aGridWithAShortLastRowIsDrawn() throws Exception {
        // five workloads: four panels in the first row, one in the second
        List<String> names = Workload.ALL.stream().limit(5).map(Workload::name).toList();
        List<RunResult> runs = names.stream().flatMap(w -> java.util.stream.Stream.of(
                ok(w, Mode.BIASED, 1, 1, 1.0, "1"), ok(w, Mode.BIASED, 2, 1, 1.1, "1"))).toList();
        SpeedupCharts.write(dir, new Summary(names, List.of(Mode.BIASED), List.of(1, 2), runs));
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("speedup.png").toFile());
        assertEquals(4 * SpeedupCharts.WIDTH, png.getWidth());
        assertEquals(2 * SpeedupCharts.HEIGHT, png.getHeight());
    }

    @Test
    void theTableShowsTimesSpeedupsMeansAndProblems() throws Exception {
        List<RunResult> runs = runs();
        String table = TextReport.render(summary(runs), INFO, plan());
        String words = table.replaceAll(" +", " ");
        assertTrue(words.contains("pymethod biased 1.000 1.250 1.60 20 1 0 0"), table);
        assertTrue(words.contains("pymethod python3 0.500 FAILED - - - - -"), table);
        assertTrue(table.contains("T2 gil / T2 biased: 1.60"), table);
        assertTrue(table.contains("PROBLEMS (1):\n  pymethod python3 2 threads run 1: exit 1: bad"), table);
    }
}
