package skein.interpreter.golden;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every program of the golden corpus ({@code tests/golden}) with {@code skein run}, each
 * in its own JVM started in the program's folder (as the regen script runs python3), and
 * compares stdout byte for byte, the exit code and the last line of stderr with what CPython
 * 3.11 gave. The programs run two at a time before the dynamic tests report, so the corpus
 * costs about half its serial time.
 *
 * <p>{@code tests/golden/KNOWN_FAILURES.txt} lists the programs Skein does not pass yet; such a
 * program is expected to fail, and the test fails when it passes, so the list can only
 * shrink. The execution mode comes from {@code skein.golden.mode} (default: the runtime's
 * defaults); later modes (threads, GIL, refcount policies) run the same corpus.
 *
 * <p>Every program runs in checking mode (use after free, double free and negative counts
 * fail the run) and writes checking mode's leak report at exit: a program must end with zero
 * leaked objects, unless {@code tests/golden/CYCLES.txt} lists it as leaving reference cycles
 * (which only the later cycle collector can free) — and then it must leak, so that list can
 * only shrink too. The last test prints the corpus's leak count.
 */
class GoldenCorpusTest {
    static final Path ROOT = findRoot();
    static final Path CORPUS = ROOT.resolve("tests/golden");

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("tests/golden"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("tests/golden not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    record Result(int status, String stdout, String stderr, boolean timedOut, long leaked, String leakReport) {}

    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        List<Path> programs = programs();
        Set<String> known = listed("KNOWN_FAILURES.txt");
        Set<String> cycles = listed("CYCLES.txt");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Result>> results = new ArrayList<>();
        // the first program alone: its JVM writes the class-data archive the others map
        if (!programs.isEmpty()) results.add(java.util.concurrent.CompletableFuture.completedFuture(run(programs.get(0))));
        for (Path p : programs.subList(Math.min(1, programs.size()), programs.size())) results.add(pool.submit(() -> run(p)));
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            Path p = programs.get(i);
            Future<Result> fr = results.get(i);
            String name = CORPUS.relativize(p).toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Result r = fr.get();
                String problem = compare(p, r);
                if (known.contains(name)) {
                    if (problem == null) fail(name + " passes now: remove it from tests/golden/KNOWN_FAILURES.txt");
                    return;
                } else if (problem != null) {
                    fail(problem);
                }
                if (r.leaked < 0) fail("no leak report was written");
                if (cycles.contains(name)) {
                    if (r.leaked == 0) fail(name + " leaks nothing now: remove it from tests/golden/CYCLES.txt");
                } else if (r.leaked != 0) {
                    fail(r.leaked + " objects leaked in checking mode:\n" + r.leakReport);
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("leaked objects over the corpus", () -> {
            long inCycles = 0, other = 0;
            for (int i = 0; i < programs.size(); i++) {
                Result r = results.get(i).get();
                String name = CORPUS.relativize(programs.get(i)).toString();
                if (r.leaked > 0 && cycles.contains(name)) inCycles += r.leaked;
                else if (r.leaked > 0) other += r.leaked;
            }
            System.out.println("golden corpus in checking mode: " + programs.size() + " programs, " + other
                    + " leaked objects outside reference cycles, " + inCycles + " kept by the cycles of "
                    + cycles.size() + " programs (tests/golden/CYCLES.txt)");
            assertEquals(0, other, "objects leaked outside the listed reference cycles");
        }));
        return tests.stream();
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("mod_"))
                    .filter(p -> Files.exists(Path.of(p.toString().replaceAll("\\.py$", ".status"))))
                    .sorted().toList();
        }
    }

    static Set<String> listed(String file) throws IOException {
        Path f = CORPUS.resolve(file);
        if (!Files.exists(f)) return Set.of();
        Set<String> out = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(f)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t.split("\\s+")[0]);
        }
        return out;
    }

    /** Null when the result matches the expected files, else a description of the difference. */
    static String compare(Path program, Result r) throws IOException {
        String base = program.toString().replaceAll("\\.py$", "");
        String expectedOut = Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8);
        List<String> status = Files.readAllLines(Path.of(base + ".status"), StandardCharsets.UTF_8);
        int expectedStatus = Integer.parseInt(status.get(0).strip());
        String expectedLast = status.size() > 1 ? status.get(1) : "";
        if (r.timedOut) return "timed out; stderr: " + lastLine(r.stderr);
        String last = lastLine(r.stderr);
        // Java's uncaught-exception line quotes the thread name ("Exception in thread "main" ...");
        // Python's threading.excepthook output does not, and is a legitimate result.
        if (r.stderr.contains("\tat skein.") || r.stderr.contains("Exception in thread \"")) {
            return "a Java stack trace reached the user:\n" + r.stderr;
        }
        if (!expectedOut.equals(r.stdout)) {
            return "stdout differs\n--- expected\n" + clip(expectedOut) + "\n--- got\n" + clip(r.stdout) + "\n--- stderr\n" + clip(r.stderr);
        }
        if (expectedStatus != r.status) return "exit status " + r.status + ", expected " + expectedStatus + "; stderr:\n" + clip(r.stderr);
        if (!expectedLast.equals(last)) return "last stderr line\n  expected: " + expectedLast + "\n  got:      " + last;
        return null;
    }

    static String clip(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "\n[... " + (s.length() - 3000) + " more chars]" : s;
    }

    /** The last line as `tail -n 1` gives it. */
    static String lastLine(String s) {
        if (s.isEmpty()) return "";
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        int i = t.lastIndexOf('\n');
        return i < 0 ? t : t.substring(i + 1);
    }

    /**
     * The programs' JVM class path: the test class path with each directory packed into a jar,
     * plus the flags of a class-data archive (AppCDS) of everything on it, written by the first
     * program's JVM and mapped by every later one. A small program's run is mostly JVM start-up,
     * and the archive takes about a third off it (0.53 -> 0.37 s here); the JVM maps an archive
     * only for a class path of jars. Made afresh on each test run, so it never describes old classes.
     */
    private static final List<String> JVM_CLASSPATH = fastStartClasspath();

    private static List<String> fastStartClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try {
            Path dir = Path.of("target", "golden-jvm").toAbsolutePath();
            Files.createDirectories(dir);
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String e : cp.split(java.io.File.pathSeparator)) {
                if (e.isEmpty()) continue;
                Path p = Path.of(e);
                if (Files.isDirectory(p)) {
                    Path jar = dir.resolve("dir" + (n++) + ".jar");
                    packDirectory(p, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(e);
                }
            }
            Path archive = dir.resolve("classes.jsa");
            Files.deleteIfExists(archive);
            return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off", "-cp", String.join(java.io.File.pathSeparator, entries));
        } catch (IOException e) {
            return List.of("-Xshare:auto", "-cp", cp); // slower, same results
        }
    }

    private static void packDirectory(Path root, Path jar) throws IOException {
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(f -> !f.equals(root)).sorted()::iterator) {
                String name = root.relativize(f).toString().replace('\\', '/');
                boolean isDir = Files.isDirectory(f);
                out.putNextEntry(new java.util.jar.JarEntry(isDir ? name + "/" : name));
                if (!isDir) Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    static Result run(Path program) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path leaks = Files.createTempFile("golden", ".leaks");
        Files.delete(leaks);
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dskein.checking=true", "-Dskein.leaks.report=" + leaks));
        cmd.addAll(JVM_CLASSPATH);
        String mode = System.getProperty("skein.golden.mode", "");
        if (!mode.isBlank()) cmd.addAll(List.of(mode.trim().split("\\s+")));
        cmd.addAll(List.of("skein.cli.Main", "run", program.getFileName().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(program.getParent().toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile("golden", ".out"), err = Files.createTempFile("golden", ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process proc = pb.start();
        boolean done = proc.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        if (!done) proc.destroyForcibly().waitFor();
        try {
            long leaked = -1;
            String report = "";
            if (Files.exists(leaks)) {
                report = Files.readString(leaks, StandardCharsets.UTF_8);
                String first = report.lines().findFirst().orElse("total -1");
                // A program that leaves daemon threads running (allowed only in the threads area)
                // cannot be counted: its threads still hold objects.
                if (first.startsWith("threads-running ") && program.getParent().getFileName().toString().equals("threads")) leaked = 0;
                else leaked = Long.parseLong(first.split(" ")[1]);
            }
            return new Result(done ? proc.exitValue() : -1, new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                    new String(Files.readAllBytes(err), StandardCharsets.UTF_8), !done, leaked, report);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(leaks);
        }
    }
}
