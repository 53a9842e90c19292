package skein.interpreter.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Source lines for tracebacks (Python's linecache): files read once; registered text for -c and tests. */
public final class SourceCache {
    private SourceCache() {}

    private static final ConcurrentHashMap<String, List<String>> LINES = new ConcurrentHashMap<>();

    public static void register(String filename, String source) {
        LINES.put(filename, source.lines().toList());
    }

    public static String line(String filename, int lineno) {
        List<String> lines = LINES.computeIfAbsent(filename, f -> {
            try {
                if (f.startsWith(Imports.LIB_FILE_PREFIX)) {
                    String src = Imports.bundledSource(f.substring(Imports.LIB_FILE_PREFIX.length(), f.length() - 3));
                    return src == null ? List.of() : src.lines().toList();
                }
                return Files.readString(Path.of(f), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }
}
