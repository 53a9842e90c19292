package skein.interpreter.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import skein.interpreter.bytecode.Code;

/**
 * Deep and long input compiled on a thread with a small (512 KiB) stack: everything the parser
 * accepts must compile, never with a StackOverflowError, and give sound code.
 */
class DeepNestingCompileTest {
    static final long SMALL_STACK = 512 * 1024;

    static String onSmallStack(String src) throws InterruptedException {
        String[] out = new String[1];
        Thread t = new Thread(null, () -> {
            try {
                Code code = Compiler.compile(src, "deep.py");
                for (Code c : Cases.allCodes(code)) CodeInvariants.check(c);
                out[0] = "OK";
            } catch (Throwable e) {
                out[0] = e.toString();
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        return out[0];
    }

    @Test
    void longLeftRecursiveChains() throws InterruptedException {
        assertEquals("OK", onSmallStack("x = " + String.join("+", Collections.nCopies(10_000, "1"))));
        assertEquals("OK", onSmallStack("x = " + String.join("+", Collections.nCopies(100_000, "a"))));
        assertEquals("OK", onSmallStack("x = " + String.join(" * ", Collections.nCopies(10_000, "a")) + " - 1"));
        assertEquals("OK", onSmallStack("x = " + String.join(" and ", Collections.nCopies(10_000, "a"))));
        assertEquals("OK", onSmallStack("x = " + String.join(" < ", Collections.nCopies(5_000, "a"))));
        assertEquals("OK", onSmallStack("x = a" + ".b".repeat(5_000)));
    }

    @Test
    void deepNestingThatTheParserAccepts() throws InterruptedException {
        assertEquals("OK", onSmallStack("-".repeat(2000) + "x"));
        assertEquals("OK", onSmallStack("not ".repeat(2000) + "x"));
        assertEquals("OK", onSmallStack(String.join("**", Collections.nCopies(2000, "x"))));
        assertEquals("OK", onSmallStack("lambda: ".repeat(2000) + "1"));
        assertEquals("OK", onSmallStack("1 if x else ".repeat(2000) + "1"));
        assertEquals("OK", onSmallStack("if x: pass\n" + "elif x: pass\n".repeat(2000)));
        assertEquals("OK", onSmallStack("x = " + "[".repeat(200) + "]".repeat(200)));
        assertEquals("OK", onSmallStack("x = " + "f(".repeat(200) + "1" + ")".repeat(200)));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 99; i++) b.append(" ".repeat(i)).append(i % 10 == 0 ? "while x:\n" : "if y:\n");
        b.append(" ".repeat(99)).append("break\n");
        assertEquals("OK", onSmallStack(b.toString()));
    }

    @Test
    void constantFoldingOfLongChainsKeepsCPythonsLimits() throws Exception {
        Code c = Compiler.compile("x = " + String.join("+", Collections.nCopies(10_000, "1")), "x");
        assertTrue(java.util.Arrays.asList(c.consts).contains(10_000L), "1+1+...+1 folds to 10000");
    }
}
