package skein.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code skein stress} reports each program's contention counters, which its child runtime
 * must keep: a plain {@code run} turns them off (every count then printed as 0, as in one
 * session's CI output, with every program still passing).
 */
class StressCommandTest {
    @Test
    void aProgramsCountersReachTheReport() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.run(new String[] {"stress", "--program", "list_append", "--threads", "2", "--iterations", "300"},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        } finally {
            System.setOut(saved);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        Matcher m = Pattern.compile("PASS list_append .*mutex fast/spin/park (\\d+)/(\\d+)/(\\d+)").matcher(out);
        assertTrue(m.find(), out);
        // two threads appending to one list: every append takes the list's critical section
        assertTrue(Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)) >= 600, out);
    }
}
