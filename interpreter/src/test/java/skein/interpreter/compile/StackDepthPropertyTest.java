package skein.interpreter.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import skein.interpreter.bytecode.Code;
import skein.interpreter.parse.PySyntaxError;

/**
 * The stack-depth property over a large corpus: every code object compiled from the parser's
 * snippet corpus (several hundred small programs covering the grammar) and from generated
 * combinations of nested constructs has a stack size equal to the maximum found by
 * {@link CodeInvariants}' independent abstract interpretation, never a negative depth, and
 * all targets in range. Snippets that are compile-time errors are skipped (they are covered by
 * {@link CompileErrorsTest}).
 */
class StackDepthPropertyTest {
    @Test
    void parserSnippetCorpus() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/parse/snippets.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> sources = new ArrayList<>();
        StringBuilder b = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#=== ")) {
                if (b != null) sources.add(b.toString());
                b = new StringBuilder();
            } else if (b != null) {
                b.append(line).append('\n');
            }
        }
        if (b != null) sources.add(b.toString());
        int checked = 0;
        for (String src : sources) {
            Code code;
            try {
                code = Compiler.compile(src, "snippet.py");
            } catch (PySyntaxError e) {
                continue;
            }
            for (Code c : Cases.allCodes(code)) CodeInvariants.check(c);
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " snippets compiled");
    }

    /** Every pairing of an outer and an inner construct, inside a function and at module level. */
    @Test
    void generatedNestings() throws Exception {
        String[] outer = {
            "for i in x:\n{}", "while x:\n{}", "try:\n{}\nexcept E as e:\n    pass", "try:\n{}\nfinally:\n    f()",
            "with a as b, c:\n{}", "if x:\n{}\nelse:\n    pass", "try:\n    pass\nexcept:\n{}",
            "try:\n    pass\nfinally:\n{}",
        };
        String[] inner = {
            "break", "continue", "return", "return f(x)", "return 1", "yield x", "x = yield from y",
            "raise", "raise E from c", "a, *b = c", "x[i] += f(*a, **k)", "o.m(1, k=2)",
            "del x[0], y.z", "print([i for i in y if i], {k: v for k, v in z})", "assert x, y",
            "with m: pass", "x = a if b else c and d or e < f <= g",
        };
        int checked = 0;
        for (String o : outer) {
            for (String i : inner) {
                for (String o2 : outer) {
                    String body = o.replace("{}", indent(o2.replace("{}", indent(i, 4)), 4));
                    String src = "def fn(x, y, z, a, c, k):\n" + indent("for _ in x:\n" + indent(body, 4), 4);
                    Code code;
                    try {
                        code = Compiler.compile(src, "gen.py");
                    } catch (PySyntaxError e) {
                        continue;
                    }
                    for (Code c : Cases.allCodes(code)) CodeInvariants.check(c);
                    checked++;
                }
            }
        }
        assertTrue(checked > 800, "only " + checked + " combinations compiled");
    }

    private static String indent(String s, int n) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n")) b.append(" ".repeat(n)).append(line).append('\n');
        return b.toString().stripTrailing();
    }
}
