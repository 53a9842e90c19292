package skein.interpreter.builtins.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import skein.gc.LeakReport;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Formatting;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every case of {@code strtype/cases.jsonl}, written by {@code gen_str_cases.py} from
 * CPython 3.11: the slots of str and bytes (repr, len, indexing, slicing, iteration,
 * comparisons, +, *, %, in), format specs, str.format and format_map, every str method with
 * good and bad arguments, the str and bytes constructors and the common bytes methods. The
 * result's type and repr, or the exception's type and message, must match exactly; each
 * operation kind reports all of its mismatches at once.
 */
class StrTypeVectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static PyThreadState ts;

    @BeforeAll
    static void start() {
        ts = Runtime.start();
    }

    static Map<String, List<JsonNode>> load() throws IOException {
        Map<String, List<JsonNode>> byOp = new LinkedHashMap<>();
        try (InputStream in = StrTypeVectorTest.class.getResourceAsStream("/strtype/cases.jsonl")) {
            if (in == null) throw new IOException("missing /strtype/cases.jsonl");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) continue;
                JsonNode n = JSON.readTree(line);
                String op = n.get("op").asText();
                String group = (n.get("recv").isObject() ? "bytes " : "str ") + op;
                byOp.computeIfAbsent(group, k -> new ArrayList<>()).add(n);
            }
        }
        return byOp;
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        Map<String, List<JsonNode>> byOp = load();
        assertTrue(byOp.values().stream().mapToInt(List::size).sum() > 1000, "too few cases");
        return byOp.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            List<String> failures = new ArrayList<>();
            for (JsonNode c : e.getValue()) {
                String got = run(c);
                String want = c.get("type").asText() + " " + c.get("expect").asText();
                if (!want.equals(got)) failures.add(c + "\n      got: " + got);
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(failures.size() + " of " + e.getValue().size() + " failed:\n" + String.join("\n", failures));
            }
        }));
    }

    /** Every case together leaves no object alive: results, arguments and exceptions are all released. */
    @Test
    void noLeaks() throws IOException {
        List<JsonNode> all = load().values().stream().flatMap(List::stream).toList();
        for (JsonNode c : all) run(c); // warm-up: caches and interned names that are made once
        LeakReport before = ThreadRegistry.leakReport();
        for (JsonNode c : all) run(c);
        LeakReport diff = ThreadRegistry.leakReport().since(before);
        assertTrue(diff.isEmpty(), diff.toString());
    }

    /** Decodes a value of the generator's JSON encoding (new reference). */
    static PyObj value(JsonNode n) {
        if (n.isNull()) return PyNone.NONE;
        if (n.isBoolean()) return PyBool.of(n.asBoolean());
        if (n.isTextual()) return new PyStr(ts, n.asText());
        if (n.isIntegralNumber()) return PyInt.of(ts, n.bigIntegerValue());
        if (n.isFloatingPointNumber()) return PyFloat.of(ts, n.asDouble());
        if (n.has("b")) {
            byte[] b = new byte[n.get("b").size()];
            for (int i = 0; i < b.length; i++) b[i] = (byte) n.get("b").get(i).asInt();
            return new PyBytes(ts, b);
        }
        if (n.has("t")) return PyTuple.steal(ts, values(n.get("t")));
        if (n.has("l")) {
            PyObj[] items = values(n.get("l"));
            return PyList.steal(ts, items, items.length);
        }
        if (n.has("d")) {
            PyDict d = new PyDict(ts);
            for (JsonNode kv : n.get("d")) {
                PyObj k = value(kv.get(0)), v = value(kv.get(1));
                d.setItem(ts, k, v);
                RefCount.decref(k, ts);
                RefCount.decref(v, ts);
            }
            return d;
        }
        throw new IllegalArgumentException(n.toString());
    }

    static PyObj[] values(JsonNode arr) {
        PyObj[] out = new PyObj[arr.size()];
        for (int i = 0; i < out.length; i++) out[i] = value(arr.get(i));
        return out;
    }

    /** Runs one case: "type repr" of the result or "! Type: message" of the exception. */
    static String run(JsonNode c) {
        String op = c.get("op").asText();
        JsonNode kwNode = c.get("kw");
        List<String> kwNames = new ArrayList<>();
        List<PyObj> all = new ArrayList<>(List.of(values(c.get("args"))));
        for (Iterator<Map.Entry<String, JsonNode>> it = kwNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> kv = it.next();
            kwNames.add(kv.getKey());
            all.add(value(kv.getValue()));
        }
        PyObj[] args = all.toArray(new PyObj[0]);
        PyStr[] kn = kwNames.isEmpty() ? null : kwNames.stream().map(PyStr::intern).toArray(PyStr[]::new);
        PyObj recv = op.equals("new") ? null : value(c.get("recv"));
        PyObj r = null;
        try {
            r = apply(op, c, recv, args, kn);
            return r.typeName() + " " + Ops.reprString(ts, r);
        } catch (PyException e) {
            String m = message(e);
            e.release(ts);
            return "! " + m;
        } finally {
            if (r != null) RefCount.decref(r, ts);
            if (recv != null) RefCount.decref(recv, ts);
            for (PyObj a : args) RefCount.decref(a, ts);
        }
    }

    /** "Type: message" as CPython prints it; KeyError shows the repr of its key. */
    static String message(PyException e) {
        PyTuple args = e.value.args;
        if (e.matches(skein.interpreter.runtime.Exceptions.KEY_ERROR) && args.size() == 1) {
            return e.value.typeName() + ": " + Ops.reprString(ts, args.get(0));
        }
        return e.getMessage();
    }

    private static final String[] BINOPS = {"+", "*", "%"};
    private static final int[] BINOP_CODES = {0, 5, 6};
    private static final List<String> COMPARES = List.of("<", "<=", "==", "!=", ">", ">=");

    static PyObj apply(String op, JsonNode c, PyObj recv, PyObj[] args, PyStr[] kn) {
        if (op.startsWith("m:")) {
            PyObj m = Ops.getAttr(ts, recv, PyStr.intern(op.substring(2)));
            try {
                return Ops.call(ts, m, args, kn);
            } finally {
                RefCount.decref(m, ts);
            }
        }
        switch (op) {
            case "new":
                return Ops.call(ts, c.get("recv").asText().equals("str") ? Types.STR : Types.BYTES, args, kn);
            case "repr":
                return Ops.repr(ts, recv);
            case "str":
                return Ops.str(ts, recv);
            case "len":
                return PyInt.of(ts, Ops.len(ts, recv));
            case "bool":
                return PyBool.of(Ops.isTrue(ts, recv));
            case "list":
                return Ops.call(ts, Types.LIST, recv);
            case "format":
                return Formatting.format(ts, recv, args[0]);
            case "[::]": {
                PySlice s = new PySlice(ts, args[0], args[1], args[2]);
                try {
                    return Ops.getItem(ts, recv, s);
                } finally {
                    RefCount.decref(s, ts);
                }
            }
            case "[]":
                return Ops.getItem(ts, recv, args[0]);
            case "in":
                return PyBool.of(Ops.contains(ts, recv, args[0]));
            default:
        }
        int ci = COMPARES.indexOf(op);
        if (ci >= 0) return Ops.richCompare(ts, recv, args[0], ci);
        for (int i = 0; i < BINOPS.length; i++) {
            if (BINOPS[i].equals(op)) return Ops.binaryOp(ts, recv, args[0], BINOP_CODES[i]);
        }
        throw new IllegalArgumentException(op);
    }
}
