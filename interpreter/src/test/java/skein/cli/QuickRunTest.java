package skein.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** Only a plain run turns the counters off; a run with a report, and every other command, keeps them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "on", value = {
        "run x.py | false", "--gil run -c pass | false", "-X jit=0 --refcount atomic run x.py | false",
        "run --metrics x.py | on", "run --metrics=json x.py | on", "stress | on", "bench --quick | on",
        "dis x.py | on",
    })
    void countingGoesOffForAPlainRunOnly(String line, String expected) {
        String before = System.getProperty(QuickRun.COUNTING_PROPERTY);
        System.clearProperty(QuickRun.COUNTING_PROPERTY);
        try {
            QuickRun.countingOffForPlainRun(line.split(" "));
            assertEquals(expected, System.getProperty(QuickRun.COUNTING_PROPERTY), line);
        } finally {
            if (before == null) System.clearProperty(QuickRun.COUNTING_PROPERTY);
            else System.setProperty(QuickRun.COUNTING_PROPERTY, before);
        }
    }

    @org.junit.jupiter.api.Test
    void anExplicitCountingSettingWins() {
        String before = System.getProperty(QuickRun.COUNTING_PROPERTY);
        System.setProperty(QuickRun.COUNTING_PROPERTY, "true");
        try {
            QuickRun.countingOffForPlainRun(new String[] {"run", "x.py"});
            assertEquals("true", System.getProperty(QuickRun.COUNTING_PROPERTY));
        } finally {
            if (before == null) System.clearProperty(QuickRun.COUNTING_PROPERTY);
            else System.setProperty(QuickRun.COUNTING_PROPERTY, before);
        }
    }
}
