package skein.interpreter.compile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import skein.interpreter.bytecode.Code;

/** Reads the {@code #=== name} case files of the compiler tests and walks nested code objects. */
final class Cases {
    private Cases() {}

    static String resource(String name) {
        try (InputStream in = Cases.class.getResourceAsStream("/compile/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource compile/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** name -> body (the lines after the {@code #=== name} line, each ending with a newline). */
    static Map<String, String> read(String resourceName) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : resource(resourceName).split("\n", -1)) {
            if (line.startsWith("#=== ")) {
                if (name != null) out.put(name, trimTrailingBlankLines(body.toString()));
                name = line.substring(5).trim();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) out.put(name, trimTrailingBlankLines(body.toString()));
        return out;
    }

    private static String trimTrailingBlankLines(String s) {
        while (s.endsWith("\n\n")) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** {@code code} and every code object nested in its constants, depth first. */
    static List<Code> allCodes(Code code) {
        List<Code> out = new ArrayList<>();
        collect(code, out);
        return out;
    }

    private static void collect(Code code, List<Code> out) {
        out.add(code);
        for (Object c : code.consts) if (c instanceof Code nested) collect(nested, out);
    }
}
