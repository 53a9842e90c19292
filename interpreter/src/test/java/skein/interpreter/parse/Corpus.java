package skein.interpreter.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import skein.interpreter.ast.AstDump;

/**
 * Reads the test corpora under {@code src/test/resources/parse/} (format described in
 * {@code generate.py}) and renders Skein's results in the same format as the expected files, so
 * a failing case can be diffed line by line against CPython's output.
 */
final class Corpus {
    static final String ERR_FILENAME = "/skein-test/f.py";

    record Case(String name, String source) {
    }

    private Corpus() {
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("/parse/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource parse/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Case> cases(String name) throws IOException {
        String content = resource(name);
        List<Case> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        int n = content.endsWith("\n") ? lines.length - 1 : lines.length;
        String current = null;
        boolean nonl = false;
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            if (line.startsWith("#=== ")) {
                if (current != null) {
                    out.add(new Case(current, finish(src, nonl)));
                }
                String spec = line.substring(5).strip();
                nonl = spec.endsWith("[nonl]");
                current = nonl ? spec.substring(0, spec.length() - 6).strip() : spec;
                src.setLength(0);
            } else {
                src.append(line).append('\n');
            }
        }
        if (current != null) {
            out.add(new Case(current, finish(src, nonl)));
        }
        return out;
    }

    private static String finish(StringBuilder src, boolean nonl) {
        String s = src.toString();
        return nonl && s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Expected blocks keyed by case name: the lines after each {@code #=== name}. */
    static Map<String, String> expected(String name) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder b = new StringBuilder();
        for (String line : resource(name).split("\n")) {
            if (line.startsWith("#=== ")) {
                if (current != null) {
                    out.put(current, b.toString());
                }
                current = line.substring(5).strip();
                b.setLength(0);
            } else {
                b.append(line).append('\n');
            }
        }
        if (current != null) {
            out.put(current, b.toString());
        }
        return out;
    }

    static String esc(String s) {
        if (s == null) {
            return "<None>";
        }
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
                .replace("\f", "\\f");
    }

    static String dumpOrError(String src) {
        return dumpOrError(src, false);
    }

    static String dumpOrError(String src, boolean positions) {
        try {
            return AstDump.dump(Parser.parseModule(src, "<test>"), positions) + "\n";
        } catch (PySyntaxError e) {
            return "ERROR " + e + "\n";
        }
    }

    static String errorReport(String src) {
        try {
            Parser.parseModule(src, ERR_FILENAME);
            return "NO ERROR\n";
        } catch (PySyntaxError e) {
            return "kind: " + e.kind() + "\n"
                    + "msg: " + esc(e.msg()) + "\n"
                    + "lineno: " + e.lineno() + "\n"
                    + "offset: " + e.offset() + "\n"
                    + "end_lineno: " + e.endLineno() + "\n"
                    + "end_offset: " + e.endOffset() + "\n"
                    + "text: " + esc(e.text()) + "\n"
                    + "format: " + esc(e.format()) + "\n";
        }
    }

    /** Prints Skein's output for a corpus ("snippets" or "errors") in the expected-file format. */
    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "snippets";
        boolean errors = mode.equals("errors");
        for (Case c : cases(errors ? "errors.txt" : "snippets.txt")) {
            System.out.print("#=== " + c.name() + "\n" + (errors ? errorReport(c.source())
                    : dumpOrError(c.source(), mode.equals("positions"))));
        }
    }
}
