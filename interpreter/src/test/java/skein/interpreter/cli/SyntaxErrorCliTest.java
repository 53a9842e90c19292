package skein.interpreter.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code skein run bad.py} for 30 kinds of syntax error: the whole of stderr (file, line,
 * source line, caret, {@code SyntaxError}/{@code IndentationError}: message) and the exit
 * status must be what CPython 3.11 printed ({@code cli/syntax_errors.txt}, written by
 * {@code gen_syntax_errors.py}), and no Java stack trace may appear.
 */
class SyntaxErrorCliTest {
    record Case(int index, int status, String source, String stderr) {}

    static List<Case> cases() throws Exception {
        String text = new String(SyntaxErrorCliTest.class.getResourceAsStream("/cli/syntax_errors.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        for (String block : text.split("(?m)^=== case ")) {
            if (block.isBlank()) continue;
            String header = block.substring(0, block.indexOf('\n'));
            String[] h = header.split(" ");
            String rest = block.substring(block.indexOf('\n') + 1);
            int sep = rest.indexOf("--- stderr\n");
            out.add(new Case(Integer.parseInt(h[0]), Integer.parseInt(h[2]), rest.substring(0, sep),
                    rest.substring(sep + "--- stderr\n".length())));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> syntaxErrors() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest("case " + c.index + ": " + c.source.lines().findFirst().orElse(""), () -> {
            Path dir = Files.createTempDirectory("skein-syntax");
            try {
                Files.writeString(dir.resolve("bad.py"), c.source, StandardCharsets.UTF_8);
                String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
                ProcessBuilder pb = new ProcessBuilder(javaBin, "-XX:TieredStopAtLevel=1", "-cp", cp, "skein.cli.Main", "run", "bad.py")
                        .directory(dir.toFile());
                pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                Process p = pb.start();
                byte[] out = p.getInputStream().readAllBytes();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(60, TimeUnit.SECONDS);
                String normalized = err.replace(dir.toRealPath().toString(), "DIR").replace(dir.toString(), "DIR");
                assertFalse(err.contains("\tat "), "a Java stack trace reached the user:\n" + err);
                assertEquals(0, out.length, "nothing on stdout");
                assertEquals(c.stderr, normalized, "stderr");
                assertEquals(c.status, p.exitValue(), "exit status");
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }));
    }
}
