package skein.interpreter.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import skein.interpreter.ast.Mod;

/**
 * Deep and large inputs, each parsed on a thread with a deliberately small (512 KiB) stack: they
 * must give CPython's limits and messages as a SyntaxError, never a StackOverflowError.
 */
class DeepNestingTest {
    static final long SMALL_STACK = 512 * 1024;

    /** Parses on a small-stack thread; returns "OK", "Kind: msg (line N)", or the Throwable's class. */
    static String onSmallStack(String src) throws InterruptedException {
        String[] out = new String[1];
        Thread t = new Thread(null, () -> {
            try {
                Mod.Module m = Parser.parseModule(src, "deep.py");
                out[0] = m.body().isEmpty() ? "EMPTY" : "OK";
            } catch (PySyntaxError e) {
                out[0] = e.kind() + ": " + e.msg() + " (line " + e.lineno() + ", offset " + e.offset() + ")";
            } catch (Throwable e) {
                out[0] = "THROWABLE " + e;
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        return out[0];
    }

    @Test
    void thousandNestedParenthesesHitTheTokenizerLimit() throws InterruptedException {
        String src = "(".repeat(1000) + "1" + ")".repeat(1000);
        assertEquals("SyntaxError: too many nested parentheses (line 1, offset 201)", onSmallStack(src));
    }

    @Test
    void twoHundredNestedBracketsAreFine() throws InterruptedException {
        assertEquals("OK", onSmallStack("(".repeat(200) + "1" + ")".repeat(200)));
        assertEquals("OK", onSmallStack("x = " + "[".repeat(200) + "]".repeat(200)));
        assertEquals("OK", onSmallStack("x = " + "f(".repeat(200) + "1" + ")".repeat(200)));
        assertEquals("OK", onSmallStack("x = " + "{'a': (".repeat(100) + "1" + ")}".repeat(100)));
        assertEquals("OK", onSmallStack("(".repeat(200) + "a" + ")".repeat(200) + " = 1"));
    }

    @Test
    void errorsInsideDeepNestingStillGetTheirMessage() throws InterruptedException {
        assertEquals("SyntaxError: invalid syntax. Perhaps you forgot a comma? (line 1, offset 200)",
                onSmallStack("(".repeat(199) + "1 2" + ")".repeat(199)));
    }

    @Test
    void deepIndentationHitsTheTokenizerLimit() throws InterruptedException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            b.append(" ".repeat(i)).append("if 1:\n");
        }
        String ok = b.substring(0, b.lastIndexOf(" ".repeat(99) + "if")) + " ".repeat(99) + "pass\n";
        assertEquals("OK", onSmallStack(ok));
        assertEquals("IndentationError: too many levels of indentation (line 101, offset 1)",
                onSmallStack(b + " ".repeat(100) + "pass\n"));
    }

    @Test
    void longChainsUpToCPythonsPracticalLimitsParse() throws InterruptedException {
        assertEquals("OK", onSmallStack("-".repeat(2000) + "1"));
        assertEquals("OK", onSmallStack("not ".repeat(2000) + "x"));
        assertEquals("OK", onSmallStack(String.join("**", Collections.nCopies(2000, "2"))));
        assertEquals("OK", onSmallStack("lambda: ".repeat(2000) + "1"));
        assertEquals("OK", onSmallStack("1 if x else ".repeat(2000) + "1"));
        assertEquals("OK", onSmallStack("if x: pass\n" + "elif x: pass\n".repeat(2000)));
    }

    @Test
    void longerChainsAreTooComplex() throws InterruptedException {
        String tooComplex = "SyntaxError: " + ParserCore.TOO_COMPLEX;
        assertTrue(onSmallStack("-".repeat(100_000) + "1").startsWith(tooComplex));
        assertTrue(onSmallStack("not ".repeat(10_000) + "x").startsWith(tooComplex));
        assertTrue(onSmallStack(String.join("**", Collections.nCopies(10_000, "2"))).startsWith(tooComplex));
        assertTrue(onSmallStack("lambda: ".repeat(10_000) + "1").startsWith(tooComplex));
        assertTrue(onSmallStack("1 if x else ".repeat(10_000) + "1").startsWith(tooComplex));
        assertTrue(onSmallStack("if x: pass\n" + "elif x: pass\n".repeat(10_000)).startsWith(tooComplex));
    }

    @Test
    void longFlatChainsAreNotNesting() throws InterruptedException {
        assertEquals("OK", onSmallStack(String.join(" + ", Collections.nCopies(100_000, "1"))));
        assertEquals("OK", onSmallStack("a" + ".b".repeat(100_000)));
        assertEquals("OK", onSmallStack("a" + "()".repeat(100_000)));
        assertEquals("OK", onSmallStack("x = [" + "1, ".repeat(100_000) + "]"));
    }

    /** A generated program with the usual mix of statements, {@code lines} lines long. */
    static String program(int lines) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        while (n < lines) {
            b.append("def func_").append(n).append("(a, b=2, *args, key=None, **kw):\n");
            b.append("    \"\"\"Docstring.\"\"\"\n");
            b.append("    total = 0\n");
            b.append("    for i in range(a):\n");
            b.append("        if i % 2 == 0 and key is not None:\n");
            b.append("            total += i * b\n");
            b.append("        elif i > 10:\n");
            b.append("            total -= kw.get('x', [1, 2, 3])[0]\n");
            b.append("        else:\n");
            b.append("            continue\n");
            b.append("    try:\n");
            b.append("        result = {k: v for k, v in zip(args, range(len(args)))}\n");
            b.append("    except (KeyError, ValueError) as exc:\n");
            b.append("        raise RuntimeError(f'failed {exc!r}') from exc\n");
            b.append("    return total, result\n");
            b.append("\n");
            n += 16;
        }
        return b.toString();
    }

    @Test
    void hundredThousandLineFile() throws InterruptedException {
        assertEquals("OK", onSmallStack(program(100_000)));
    }

    @Test
    void tenThousandLinesParseQuicklyAfterWarmUp() throws PySyntaxError {
        String src = program(10_000);
        for (int i = 0; i < 5; i++) {
            Parser.parseModule(src, "warm.py");
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            Parser.parseModule(src, "timed.py");
            best = Math.min(best, System.nanoTime() - t0);
        }
        // No timed assertion (machines differ); the number is printed for whoever wants it.
        System.out.printf("parsed 10,000 lines in %.1f ms (best of 5 after warm-up)%n", best / 1e6);
    }
}
