package skein.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The picocli-free start of {@code skein run} must decline every line it does not fully
 * understand, so that picocli parses (and reports) it exactly as before. The lines it accepts are
 * run by the golden corpus (every program is started as {@code skein.cli.Main run NAME.py}).
 */
class QuickRunTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "--help", "--version", "run", "run -c", "run --metrics x.py", "run --metrics-out m.json x.py",
        "run -h", "run -x", "run -c pass --flag", "--refcount bogus run -c pass", "-X gil=2 run -c pass",
        "--refcount", "--gil", "dis x.py", "trace x.py", "--gil dis x.py", "-X", "--checking stress",
    })
    void leavesToPicocli(String line) {
        StringWriter err = new StringWriter();
        assertNull(QuickRun.tryRun(line.split(" "), new PrintWriter(err, true)), line + " / " + err);
    }
}
