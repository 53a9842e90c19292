package skein.interpreter.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every case of {@code cases.jsonl} (written by {@code gen_vectors.py} from CPython 3.11).
 * One dynamic test per operation checks all its cases and reports every mismatch at once;
 * results and errors (type and message) must match exactly.
 */
class StrVectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, List<JsonNode>> load() throws IOException {
        Map<String, List<JsonNode>> byOp = new LinkedHashMap<>();
        try (InputStream in = StrVectorTest.class.getResourceAsStream("/str/cases.jsonl")) {
            if (in == null) throw new IOException("missing /str/cases.jsonl");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) continue;
                JsonNode n = JSON.readTree(line);
                byOp.computeIfAbsent(n.get(0).asText(), k -> new ArrayList<>()).add(n);
            }
        }
        return byOp;
    }

    @TestFactory
    Stream<DynamicTest> vectors() throws IOException {
        Map<String, List<JsonNode>> byOp = load();
        int total = byOp.values().stream().mapToInt(List::size).sum();
        assertTrue(total > 50_000, "vector file truncated: " + total);
        return byOp.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " (" + e.getValue().size() + ")", () -> {
            List<String> failures = new ArrayList<>();
            for (JsonNode c : e.getValue()) {
                Object expected = expected(c.get(c.size() - 1));
                Object actual;
                try {
                    actual = normalise(run(e.getKey(), c));
                } catch (StrError err) {
                    actual = "error:" + err.pythonType() + ":" + err.getMessage();
                }
                if (!expected.equals(actual)) failures.add(c + "\n    got " + show(actual));
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + e.getValue().size() + " failed:\n  "
                        + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
            }
        }));
    }

    static String show(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException ex) {
            return String.valueOf(o);
        }
    }

    /** The expected value in the same shape {@link #normalise} gives results. */
    static Object expected(JsonNode n) {
        if (n.isObject()) {
            if (n.has("error")) return "error:" + n.get("error").asText() + ":" + n.get("msg").asText();
            if (n.has("bytes")) return "bytes:" + n.get("bytes").asText();
            if (n.has("dict")) return expected(n.get("dict"));
            throw new IllegalArgumentException(n.toString());
        }
        if (n.isNull()) return "None";
        if (n.isTextual()) return n.textValue();
        if (n.isBoolean()) return n.booleanValue();
        if (n.isInt()) return n.intValue();
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(expected(x)));
            return out;
        }
        throw new IllegalArgumentException(n.toString());
    }

    static Object normalise(Object r) {
        if (r == null) return "None";
        if (r instanceof String[] a) return normalise(Arrays.asList(a));
        if (r instanceof byte[] b) return "bytes:" + HexFormat.of().formatHex(b);
        if (r instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) out.add(normalise(x));
            return out;
        }
        if (r instanceof Map<?, ?> m) {
            List<Object> out = new ArrayList<>();
            m.forEach((k, v) -> out.add(List.of(normalise(k), normalise(v))));
            return out;
        }
        return r;
    }

    static String str(JsonNode n) {
        return n.isNull() ? null : n.textValue();
    }

    static Integer integer(JsonNode n) {
        return n.isNull() ? null : n.intValue();
    }

    static int start(JsonNode n) {
        return n.isNull() ? 0 : n.intValue();
    }

    static int end(JsonNode n) {
        return n.isNull() ? Integer.MAX_VALUE : n.intValue();
    }

    static String[] strs(JsonNode n) {
        String[] out = new String[n.size()];
        for (int i = 0; i < out.length; i++) out[i] = n.get(i).textValue();
        return out;
    }

    static Object run(String op, JsonNode c) {
        JsonNode a1 = c.get(1), a2 = c.size() > 2 ? c.get(2) : null, a3 = c.size() > 3 ? c.get(3) : null,
                a4 = c.size() > 4 ? c.get(4) : null;
        String s = a1.isTextual() ? a1.textValue() : null;
        return switch (op) {
            case "find" -> StrSearch.find(s, str(a2), start(a3), end(a4));
            case "rfind" -> StrSearch.rfind(s, str(a2), start(a3), end(a4));
            case "index" -> StrSearch.index(s, str(a2), start(a3), end(a4));
            case "rindex" -> StrSearch.rindex(s, str(a2), start(a3), end(a4));
            case "count" -> StrSearch.count(s, str(a2), start(a3), end(a4));
            case "contains" -> StrSearch.contains(s, str(a2));
            case "startswith" -> a2.isArray() ? StrSearch.startswith(s, strs(a2), start(a3), end(a4))
                    : StrSearch.startswith(s, str(a2), start(a3), end(a4));
            case "endswith" -> a2.isArray() ? StrSearch.endswith(s, strs(a2), start(a3), end(a4))
                    : StrSearch.endswith(s, str(a2), start(a3), end(a4));
            case "split" -> StrSplit.split(s, str(a2), a3.intValue());
            case "rsplit" -> StrSplit.rsplit(s, str(a2), a3.intValue());
            case "partition" -> StrSplit.partition(s, str(a2));
            case "rpartition" -> StrSplit.rpartition(s, str(a2));
            case "splitlines" -> StrSplit.splitlines(s, a2.booleanValue());
            case "lower" -> StrCase.lower(s);
            case "upper" -> StrCase.upper(s);
            case "casefold" -> StrCase.casefold(s);
            case "capitalize" -> StrCase.capitalize(s);
            case "title" -> StrCase.title(s);
            case "swapcase" -> StrCase.swapcase(s);
            case "isalpha" -> StrPredicates.isalpha(s);
            case "isdecimal" -> StrPredicates.isdecimal(s);
            case "isdigit" -> StrPredicates.isdigit(s);
            case "isnumeric" -> StrPredicates.isnumeric(s);
            case "isalnum" -> StrPredicates.isalnum(s);
            case "isspace" -> StrPredicates.isspace(s);
            case "isupper" -> StrPredicates.isupper(s);
            case "islower" -> StrPredicates.islower(s);
            case "istitle" -> StrPredicates.istitle(s);
            case "isidentifier" -> StrPredicates.isidentifier(s);
            case "isprintable" -> StrPredicates.isprintable(s);
            case "isascii" -> StrPredicates.isascii(s);
            case "len" -> StrIndex.length(s);
            case "strip" -> StrPad.strip(s, str(a2));
            case "lstrip" -> StrPad.lstrip(s, str(a2));
            case "rstrip" -> StrPad.rstrip(s, str(a2));
            case "center" -> StrPad.center(s, a2.intValue(), a3.isNull() ? " " : a3.textValue());
            case "ljust" -> StrPad.ljust(s, a2.intValue(), a3.isNull() ? " " : a3.textValue());
            case "rjust" -> StrPad.rjust(s, a2.intValue(), a3.isNull() ? " " : a3.textValue());
            case "zfill" -> StrPad.zfill(s, a2.intValue());
            case "expandtabs" -> StrPad.expandtabs(s, a2.isNull() ? 8 : a2.intValue());
            case "removeprefix" -> StrPad.removeprefix(s, str(a2));
            case "removesuffix" -> StrPad.removesuffix(s, str(a2));
            case "replace" -> StrReplace.replace(s, str(a2), str(a3), a4.isNull() ? -1 : a4.intValue());
            case "join" -> StrJoin.join(s, Arrays.asList(strs(a2)));
            case "getitem" -> StrIndex.getItem(s, a2.intValue());
            case "slice" -> StrIndex.slice(s, integer(a2), integer(a3), integer(a4));
            case "repeat" -> StrIndex.repeat(s, a2.intValue());
            case "compare" -> Integer.signum(StrIndex.compare(s, str(a2)));
            case "translate" -> StrTranslate.translate(s, table(a2.get("dict")));
            case "maketrans" -> StrTranslate.maketrans(s, str(a2), str(a3));
            case "maketrans_key" -> StrTranslate.maketransKey(s);
            case "encode" -> StrCodec.encode(s, str(a2), str(a3));
            case "decode" -> StrCodec.decode(HexFormat.of().parseHex(a1.get("bytes").asText()), str(a2), str(a3));
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    /** A translation table standing in for a Python dict: missing keys raise LookupError (MISSING). */
    static StrTranslate.Table table(JsonNode pairs) {
        Map<Integer, Object> m = new LinkedHashMap<>();
        for (JsonNode p : pairs) {
            JsonNode v = p.get(1);
            Object value;
            if (v.isNull()) value = null;
            else if (v.isTextual()) value = v.textValue();
            else if (v.isInt()) value = v.intValue();
            else if (v.isObject() && v.has("float")) value = v.get("float").doubleValue();
            else throw new IllegalArgumentException(v.toString());
            m.put(p.get(0).intValue(), value);
        }
        return cp -> m.containsKey(cp) ? m.get(cp) : StrTranslate.MISSING;
    }
}
