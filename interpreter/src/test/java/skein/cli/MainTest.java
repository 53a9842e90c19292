package skein.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.*;

class MainTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: skein"), r.out());
        assertTrue(r.out().contains("demo"), r.out());
        assertTrue(r.out().contains("--refcount"), r.out());
    }

    @Test
    void versionNamesSkeinAndTheJvm() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("skein "), r.out());
        assertTrue(r.out().contains("Java " + Runtime.version().feature()), r.out());
    }

    @Test
    void unknownPolicyIsAUsageError() {
        Run r = run("demo", "--refcount", "magic", "-n", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown refcount policy 'magic' (choose biased, atomic or plain)"), r.err());
        assertFalse(r.err().contains("\tat "), "no Java stack trace: " + r.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    @Test
    void demoFreesEveryObjectExactlyOnce() {
        Run r = run("demo", "--threads", "3", "--rounds", "20000", "--shared", "50");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("OK: every object was freed exactly once."), r.out());
        assertTrue(r.out().contains("leaked 0"), r.out());
        assertTrue(r.out().contains("skein.refcount.ops"), r.out());
        assertTrue(r.out().contains("incref,shared"), "non-owner path exercised: " + r.out());
    }

    @Test
    void demoRejectsNonsenseSizes() {
        Run r = run("demo", "--threads", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threads"), r.err());
    }
}
