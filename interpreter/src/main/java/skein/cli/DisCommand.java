package skein.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import skein.interpreter.bytecode.Disassembler;
import skein.interpreter.compile.Compiler;
import skein.interpreter.parse.PySyntaxError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code skein dis FILE.py}: every code object's bytecode, in the layout of Python's {@code dis}. */
@Command(name = "dis", mixinStandardHelpOptions = true, description = "Disassemble a Python file: each code object's bytecode and exception table, as Python's dis prints them.")
final class DisCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The Python source file.")
    String file;

    @Override
    public Integer call() {
        String source;
        try {
            source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("skein: can't open file '" + Path.of(file).toAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        }
        try {
            System.out.print(Disassembler.dis(Compiler.compile(source, file)));
            System.out.flush();
            return 0;
        } catch (PySyntaxError e) {
            System.out.flush();
            System.err.print(e.format());
            return 1;
        }
    }
}
