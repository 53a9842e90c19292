package skein.interpreter.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import skein.interpreter.parse.PySyntaxError;

/**
 * Compile-time SyntaxErrors (symbol table and code generator) against CPython 3.11: message,
 * line, offset, end line and end offset of every case in {@code compile/errors.txt}, as recorded
 * by {@code generate.py}; cases CPython accepts must compile.
 */
class CompileErrorsTest {
    @TestFactory
    Stream<DynamicTest> matchCPython() {
        Map<String, String> sources = Cases.read("errors.txt");
        Map<String, String> expected = Cases.read("errors.expected");
        assertEquals(sources.keySet(), expected.keySet(), "regenerate errors.expected with generate.py");
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String got;
            try {
                Compiler.compile(e.getValue(), "x");
                got = "OK";
            } catch (PySyntaxError err) {
                got = err.msg() + " | " + err.lineno() + " | " + err.offset() + " | " + err.endLineno()
                        + " | " + err.endOffset();
            }
            assertEquals(expected.get(e.getKey()).strip(), got);
        }));
    }

    @Test
    void exceptStarIsRejectedAtTheStatement() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Compiler.compile("x = 1\ntry:\n    pass\nexcept* ValueError:\n    pass\n", "x"));
        assertEquals("'except*' is not supported by Skein", e.msg());
        assertEquals(2, e.lineno());
        assertEquals(1, e.offset());
    }

    @Test
    void errorTextIsTheSourceLineOnlyForScripts() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile("x = 1\n  \nbreak\n", "f.py"));
        assertEquals(null, e.text());
        assertEquals("break\n", e.scriptText());
        assertEquals("f.py", e.filename());
    }
}
