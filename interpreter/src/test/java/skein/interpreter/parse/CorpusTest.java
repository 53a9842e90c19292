package skein.interpreter.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser against CPython 3.11 itself: every snippet's {@code ast.dump} and every erroneous
 * program's SyntaxError attributes and printed traceback were produced by python3 (see
 * {@code src/test/resources/parse/generate.py}) and must be reproduced exactly.
 */
class CorpusTest {

    @TestFactory
    Stream<DynamicTest> snippetsDumpLikeCPython() throws IOException {
        List<Corpus.Case> cases = Corpus.cases("snippets.txt");
        Map<String, String> expected = Corpus.expected("snippets.expected");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String exp = expected.get(c.name());
            assertTrue(exp != null, "no expected dump for " + c.name() + "; run generate.py");
            assertEquals(exp, Corpus.dumpOrError(c.source()), () -> "source:\n" + c.source());
        }));
    }

    @TestFactory
    Stream<DynamicTest> snippetPositionsMatchCPython() throws IOException {
        List<Corpus.Case> cases = Corpus.cases("snippets.txt");
        Map<String, String> expected = Corpus.expected("positions.expected");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String exp = expected.get(c.name());
            assertTrue(exp != null, "no expected positions for " + c.name() + "; run generate.py");
            assertEquals(exp, Corpus.dumpOrError(c.source(), true), () -> "source:\n" + c.source());
        }));
    }

    @TestFactory
    Stream<DynamicTest> syntaxErrorsMatchCPython() throws IOException {
        List<Corpus.Case> cases = Corpus.cases("errors.txt");
        Map<String, String> expected = Corpus.expected("errors.expected");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String exp = expected.get(c.name());
            assertTrue(exp != null, "no expected error for " + c.name() + "; run generate.py");
            assertEquals(exp, Corpus.errorReport(c.source()), () -> "source:\n" + c.source());
        }));
    }

    @Test
    void corporaAreLargeEnough() throws IOException {
        assertTrue(Corpus.cases("snippets.txt").size() >= 300);
        assertTrue(Corpus.cases("errors.txt").size() >= 40);
        assertEquals(Corpus.cases("snippets.txt").size(), Corpus.expected("snippets.expected").size());
        assertEquals(Corpus.cases("errors.txt").size(), Corpus.expected("errors.expected").size());
    }
}
