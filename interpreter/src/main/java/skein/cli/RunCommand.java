package skein.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import skein.interpreter.runtime.ProgramRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code skein run FILE.py [ARGS...]} and {@code skein run -c CODE [ARGS...]}: like {@code python3}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a Python program, as python3 FILE.py [ARGS...] or python3 -c CODE.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "-c", paramLabel = "CODE", description = "Program passed in as a string.")
    String command;

    @Parameters(paramLabel = "FILE [ARGS]", arity = "0..*", description = "The script and its arguments (sys.argv).")
    List<String> params = new ArrayList<>();

    @Override
    public Integer call() {
        ProgramRunner.Program program;
        if (command != null) {
            program = ProgramRunner.fromCommand(command, params);
        } else {
            if (params.isEmpty()) {
                System.err.println("skein run: give a FILE.py or -c CODE (see skein run --help)");
                return 2;
            }
            program = ProgramRunner.fromFile(params.get(0), params.subList(1, params.size()));
            if (program == null) return 2;
        }
        return ProgramRunner.run(program);
    }
}
