package skein.interpreter.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import skein.interpreter.bytecode.Code;
import skein.interpreter.objects.PyCode;
import skein.interpreter.parse.PySyntaxError;
import skein.interpreter.objects.PyNone;
import skein.interpreter.runtime.CodeLoader;
import skein.interpreter.runtime.Constants;

/**
 * The JVM-bytecode tier's compiler on its own. The golden corpus runs every program through
 * compiled code too ({@code -Dskein.golden.mode=-Dskein.jit.threshold=1} in CI); here: every code
 * object of the corpus becomes a class the JVM accepts (hidden classes are verified when defined,
 * so a wrong stack map, a bad jump or a call to a missing method fails here), and the stack
 * depths the compiler bakes in are the ones the bytecode has.
 */
class CompilerTest {
    private static Code compile(String src) throws PySyntaxError {
        return skein.interpreter.compile.Compiler.compile(src, "<test>");
    }

    private static Code function(Code module, String name) {
        for (Object c : module.consts) if (c instanceof Code code && code.name.equals(name)) return code;
        throw new AssertionError("no function " + name);
    }

    @Test
    void depthsFollowTheStackEffects() throws PySyntaxError {
        // RESUME; LOAD_FAST_BORROW a; LOAD_CONST 1; BINARY_OP +; RETURN_VALUE
        Code f = function(compile("def f(a):\n    return a + 1\n"), "f");
        assertArrayEquals(new int[] {0, 0, 1, 2, 1}, Compiler.depths(f));
    }

    @Test
    void depthsCoverLoopsAndHandlers() throws PySyntaxError {
        Code f = function(compile("""
                def f(xs):
                    t = 0
                    for x in xs:
                        try:
                            t += 1 // x
                        except ZeroDivisionError:
                            t = -1
                    return t
                """), "f");
        int[] d = Compiler.depths(f);
        // every handler's target is reached at the depth the exception table promises (+ lasti + exception)
        for (Code.Handler h : f.exceptionTable) {
            assertTrue(d[h.target()] == h.depth() + (h.pushLasti() ? 1 : 0) + 1, "handler at " + h.target());
        }
        for (int i = 0; i < d.length; i++) assertTrue(d[i] >= -1 && d[i] <= f.stackSize, "depth at " + i);
    }

    @Test
    void codeTooLargeForOneJvmMethodStaysInterpreted() throws PySyntaxError {
        StringBuilder src = new StringBuilder("def f(a):\n");
        for (int i = 0; i < Compiler.MAX_INSTRUCTIONS / 4 + 10; i++) src.append("    a = a + ").append(i).append('\n');
        Code f = function(compile(src.toString()), "f");
        assertTrue(f.code.length > Compiler.MAX_INSTRUCTIONS);
        assertNull(Compiler.compile(CodeLoader.load(f)));
    }

    @Test
    void longCodeMovesItsStraightLineStretchesIntoPieces() throws PySyntaxError {
        StringBuilder src = new StringBuilder("def f(a, b):\n    for i in range(3):\n");
        for (int i = 0; i < Compiler.PIECES_FROM / 4 + 8; i++) src.append("        a = a * b + ").append(i).append('\n');
        src.append("    return a\n");
        Code f = function(compile(src.toString()), "f");
        assertTrue(f.code.length >= Compiler.PIECES_FROM);
        if (Constants.bytesFactory == null) Constants.bytesFactory = b -> PyNone.NONE;
        if (Constants.complexFactory == null) Constants.complexFactory = d -> PyNone.NONE;
        var compiled = Compiler.compile(CodeLoader.load(f));
        assertNotNull(compiled);
        long pieces = Stream.of(compiled.getClass().getDeclaredMethods()).filter(m -> m.getName().startsWith("piece")).count();
        // the loop body: one stretch of about 150 instructions, cut at the limit
        assertTrue(pieces >= 2, "pieces: " + pieces);

        Code small = function(compile("def g(a):\n    return a * 2 + 1\n"), "g");
        var whole = Compiler.compile(CodeLoader.load(small));
        assertNotNull(whole);
        assertEquals(0, Stream.of(whole.getClass().getDeclaredMethods()).filter(m -> m.getName().startsWith("piece")).count());
    }

    @TestFactory
    Stream<DynamicTest> everyCodeObjectOfTheCorpusCompiles() throws IOException {
        Path root = corpusRoot();
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(all.size() >= 400, "expected the whole corpus, found " + all.size());
        return all.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> {
            Code module;
            try {
                module = compile(Files.readString(p, StandardCharsets.UTF_8));
            } catch (PySyntaxError e) {
                return; // the syntax-error programs
            }
            compileAll(module);
        }));
    }

    private static void compileAll(Code code) {
        // the builtins layer registers these; the constants' values do not matter to the compiler
        if (Constants.bytesFactory == null) Constants.bytesFactory = b -> PyNone.NONE;
        if (Constants.complexFactory == null) Constants.complexFactory = d -> PyNone.NONE;
        PyCode pc = CodeLoader.load(code);
        assertNotNull(Compiler.compile(pc), "declined " + code.qualname);
        for (Object c : code.consts) if (c instanceof Code nested) compileAll(nested);
    }

    private static Path corpusRoot() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path g = p.resolve("tests/golden");
            if (Files.isDirectory(g)) return g;
        }
        throw new IllegalStateException("tests/golden not found");
    }
}
