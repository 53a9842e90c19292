package skein.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where and when a benchmark ran: the facts a reader needs to judge its numbers (the machine,
 * its load before and after — this is a shared, noisy 2-core VM — the JVM, the CPython).
 */
public record BenchInfo(String date, String cpu, int cores, String loadBefore, String loadAfter, String java,
                        String python) {

    /** The 1-, 5- and 15-minute load averages from /proc/loadavg, or "?" where there is none. */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : "?";
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The CPU model from /proc/cpuinfo, or the OS architecture. */
    public static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    public static String javaVersion() {
        return Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** {@code python --version}, or null if it does not run. */
    public static String pythonVersion(String python) {
        try {
            Process p = new ProcessBuilder(List.of(python, "--version")).redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 && !v.isEmpty() ? v : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
