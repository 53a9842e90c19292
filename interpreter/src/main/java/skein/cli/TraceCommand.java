package skein.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import skein.interpreter.runtime.ProgramRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code skein trace FILE.py}: runs the program and, before each instruction, prints the frame
 * stack, the instruction, the evaluation stack and the Java stack depth (on stderr, so the
 * program's own output stays on stdout).
 */
@Command(name = "trace", description = {
        "Run a Python program showing, per instruction, the three stacks: the frame stack (function:line",
        "of each frame), the current frame's evaluation stack, and the Java stack depth. Goes to stderr."})
final class TraceCommand implements Callable<Integer> {
    @Option(names = "--function", paramLabel = "NAME", description = "Only trace while a function of this name is on the frame stack.")
    String function;

    @Parameters(paramLabel = "FILE [ARGS]", arity = "1..*", description = "The script and its arguments.")
    List<String> params = new ArrayList<>();

    @Override
    public Integer call() {
        ProgramRunner.Program program = ProgramRunner.fromFile(params.get(0), params.subList(1, params.size()));
        if (program == null) return 2;
        return ProgramRunner.run(program);
    }
}
