package skein.interpreter.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import skein.interpreter.bytecode.Code;
import skein.interpreter.parse.PySyntaxError;

/**
 * Compiles every program of the golden corpus ({@code tests/golden/**}{@code /*.py}, helper
 * modules included). A program whose {@code .status} ends with a SyntaxError must fail to
 * compile with that message; every other one must compile, and each of its code objects must
 * pass {@link CodeInvariants} (targets in range, exception table well formed, stack size equal
 * to an independent abstract interpretation).
 */
class GoldenCorpusCompileTest {
    static Path corpusRoot() {
        Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (; p != null; p = p.getParent()) {
            Path g = p.resolve("tests/golden");
            if (Files.isDirectory(g)) return g;
        }
        throw new IllegalStateException("tests/golden not found above " + System.getProperty("user.dir"));
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(corpusRoot())) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProgramCompiles() throws IOException {
        List<Path> all = programs();
        assertTrue(all.size() >= 342, "expected the whole corpus, found " + all.size());
        return all.stream().map(p -> DynamicTest.dynamicTest(corpusRoot().relativize(p).toString(), () -> {
            String src = Files.readString(p, StandardCharsets.UTF_8);
            String expectedError = expectedSyntaxError(p);
            try {
                Code code = Compiler.compile(src, p.getFileName().toString());
                if (expectedError != null) fail("expected " + expectedError);
                for (Code c : Cases.allCodes(code)) CodeInvariants.check(c);
            } catch (PySyntaxError e) {
                if (expectedError == null) fail("unexpected " + e);
                assertEquals(expectedError, e.kind() + ": " + e.msg());
            }
        }));
    }

    /** The "SyntaxError: msg" line of the program's .status, or null. */
    private static String expectedSyntaxError(Path py) throws IOException {
        Path status = py.resolveSibling(py.getFileName().toString().replaceAll("\\.py$", ".status"));
        if (!Files.exists(status)) return null;
        List<String> lines = Files.readAllLines(status, StandardCharsets.UTF_8);
        if (lines.size() < 2) return null;
        String last = lines.get(1);
        return last.startsWith("SyntaxError:") || last.startsWith("IndentationError:") || last.startsWith("TabError:")
                ? last : null;
    }
}
