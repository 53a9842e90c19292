package skein.interpreter.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks every code point U+0000..U+10FFFF against CPython 3.11's per-character results in
 * {@code unicode.json}: each predicate on the one-character string, the Cased and Case_Ignorable
 * properties, and each case mapping. The code points the generator lists as differing between
 * Unicode 14 and the JDK's Unicode version are skipped (and counted).
 */
class UnicodeTableTest {
    private static JsonNode data;
    private static BitSet excluded;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = UnicodeTableTest.class.getResourceAsStream("/str/unicode.json")) {
            if (in == null) throw new IOException("missing /str/unicode.json");
            data = new ObjectMapper().readTree(in);
        }
        assertEquals("14.0.0", data.get("unidata_version").asText());
        excluded = new BitSet(0x110000);
        for (JsonNode r : data.get("excluded")) excluded.set(r.get(0).intValue(), r.get(1).intValue() + 1);
        // 10301 code points new since Unicode 14 plus 10 whose properties changed (see gen_vectors.py)
        assertTrue(excluded.cardinality() <= 10311, "exclusions grew: " + excluded.cardinality());
    }

    static BitSet ranges(JsonNode flat) {
        BitSet b = new BitSet(0x110000);
        for (int i = 0; i < flat.size(); i += 2) b.set(flat.get(i).intValue(), flat.get(i + 1).intValue() + 1);
        return b;
    }

    @TestFactory
    Stream<DynamicTest> predicates() {
        Map<String, IntPredicate> preds = new LinkedHashMap<>();
        preds.put("isalpha", cp -> StrPredicates.isalpha(Character.toString(cp)));
        preds.put("isdecimal", cp -> StrPredicates.isdecimal(Character.toString(cp)));
        preds.put("isdigit", cp -> StrPredicates.isdigit(Character.toString(cp)));
        preds.put("isnumeric", cp -> StrPredicates.isnumeric(Character.toString(cp)));
        preds.put("isalnum", cp -> StrPredicates.isalnum(Character.toString(cp)));
        preds.put("isspace", cp -> StrPredicates.isspace(Character.toString(cp)));
        preds.put("isupper", cp -> StrPredicates.isupper(Character.toString(cp)));
        preds.put("islower", cp -> StrPredicates.islower(Character.toString(cp)));
        preds.put("istitle", cp -> StrPredicates.istitle(Character.toString(cp)));
        preds.put("isprintable", cp -> StrPredicates.isprintable(Character.toString(cp)));
        preds.put("isidentifier", cp -> StrPredicates.isidentifier(Character.toString(cp)));
        preds.put("xid_continue", cp -> StrPredicates.isidentifier("a" + Character.toString(cp)));
        preds.put("cased", StrCase::isCased);
        preds.put("case_ignorable", StrCase::isCaseIgnorable);
        return preds.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            BitSet want = ranges(data.get("predicates").get(e.getKey()));
            List<String> bad = new ArrayList<>();
            for (int cp = 0; cp <= 0x10FFFF; cp++) {
                if (excluded.get(cp)) continue;
                boolean got = e.getValue().test(cp);
                if (got != want.get(cp)) bad.add(String.format("U+%04X want %s", cp, want.get(cp)));
            }
            report(e.getKey(), bad);
        }));
    }

    @TestFactory
    Stream<DynamicTest> mappings() {
        Map<String, Function<String, String>> maps = new LinkedHashMap<>();
        maps.put("lower", StrCase::lower);
        maps.put("upper", StrCase::upper);
        maps.put("title", StrCase::title);
        maps.put("casefold", StrCase::casefold);
        maps.put("swapcase", StrCase::swapcase);
        maps.put("capitalize", StrCase::capitalize);
        return maps.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Map<Integer, String> want = new HashMap<>();
            data.get("mappings").get(e.getKey()).fields()
                    .forEachRemaining(f -> want.put(Integer.parseInt(f.getKey()), f.getValue().textValue()));
            List<String> bad = new ArrayList<>();
            for (int cp = 0; cp <= 0x10FFFF; cp++) {
                if (excluded.get(cp)) continue;
                String s = Character.toString(cp);
                String w = want.getOrDefault(cp, s);
                String got = e.getValue().apply(s);
                if (!w.equals(got)) bad.add(String.format("U+%04X want %s got %s", cp, hex(w), hex(got)));
            }
            report(e.getKey(), bad);
        }));
    }

    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(String.format("%04X ", c)));
        return sb.toString().trim();
    }

    static void report(String name, List<String> bad) {
        if (!bad.isEmpty()) {
            fail(name + ": " + bad.size() + " code points differ:\n  " + String.join("\n  ", bad.subList(0, Math.min(Integer.getInteger("str.maxReport", 400), bad.size()))));
        }
    }
}
