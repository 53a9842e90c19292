package skein.interpreter.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.Disassembler;

/**
 * Golden disassemblies: {@code compile/dis/NAME.py} compiled and disassembled must equal
 * {@code NAME.dis}. The expected files are Skein's own output, reviewed against
 * {@code python3 -m dis} (see {@code compile/dis/README.md} for the known, deliberate
 * differences). Regenerate with {@code -Dskein.regenDis=true} and review the diff.
 */
class DisGoldenTest {
    static Path dir() {
        Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (; p != null; p = p.getParent()) {
            Path d = p.resolve("interpreter/src/test/resources/compile/dis");
            if (Files.isDirectory(d)) return d;
            d = p.resolve("src/test/resources/compile/dis");
            if (Files.isDirectory(d)) return d;
        }
        throw new IllegalStateException("compile/dis not found");
    }

    @TestFactory
    Stream<DynamicTest> disassemblyMatchesGolden() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(dir())) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        boolean regen = Boolean.getBoolean("skein.regenDis");
        return programs.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String src = Files.readString(py, StandardCharsets.UTF_8);
            Code code = Compiler.compile(src, "x");
            for (Code c : Cases.allCodes(code)) CodeInvariants.check(c);
            String got = Disassembler.dis(code);
            Path expected = py.resolveSibling(py.getFileName().toString().replaceAll("\\.py$", ".dis"));
            if (regen) Files.writeString(expected, got, StandardCharsets.UTF_8);
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), got);
        }));
    }
}
