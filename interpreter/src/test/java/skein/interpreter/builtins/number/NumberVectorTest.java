package skein.interpreter.builtins.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import skein.gc.RefCount;
import skein.interpreter.builtins.NumberTypes;
import skein.interpreter.num.Strs;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every case of {@code number/cases.jsonl}, written by {@code gen_number_cases.py} from
 * CPython 3.11: operators, comparisons, divmod, unary operators, hash, truth, repr/str,
 * constructors, methods, attributes, round, format and three-argument pow over ints, bools,
 * floats (inf, nan, -0.0, subnormals) and complexes. The result's type and repr, or the
 * exception's type and message, must match exactly; each kind reports all its mismatches.
 */
class NumberVectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static PyThreadState ts;

    @BeforeAll
    static void start() {
        ts = Runtime.start();
    }

    static Map<String, List<JsonNode>> load() throws IOException {
        Map<String, List<JsonNode>> byKind = new LinkedHashMap<>();
        try (InputStream in = NumberVectorTest.class.getResourceAsStream("/number/cases.jsonl")) {
            if (in == null) throw new IOException("missing /number/cases.jsonl");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) continue;
                JsonNode n = JSON.readTree(line);
                byKind.computeIfAbsent(n.get(0).asText(), k -> new ArrayList<>()).add(n);
            }
        }
        return byKind;
    }

    @TestFactory
    Stream<DynamicTest> vectors() throws IOException {
        Map<String, List<JsonNode>> byKind = load();
        int total = byKind.values().stream().mapToInt(List::size).sum();
        assertTrue(total > 25_000, "vector file truncated: " + total);
        return byKind.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " (" + e.getValue().size() + ")", () -> {
            List<String> failures = new ArrayList<>();
            for (JsonNode c : e.getValue()) {
                String expected = expected(c.get(c.size() - 1));
                String actual;
                try {
                    PyObj r = run(c);
                    actual = describe(r);
                    if (!expected.equals(actual) && closeEnough(c, r)) actual = expected;
                    if (!r.isImmortal() && !r.isDeferred() && r.refcountSnapshot() != 1 && !returnedOperand) {
                        actual += " [result refcount " + r.refcountSnapshot() + "]";
                    }
                    RefCount.decref(r, ts);
                } catch (PyException err) {
                    actual = "error " + err.type().name() + ": " + messageOf(err);
                    err.release(ts);
                }
                if (refcountProblem != null) actual += " [" + refcountProblem + "]";
                if (!expected.equals(actual)) failures.add(c + "\n      got " + actual);
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " mismatches, first ones:\n  " + String.join("\n  ", failures.subList(0, Math.min(25, failures.size()))));
            }
        }));
    }

    /**
     * A complex power with a non-integral exponent goes through libm's pow/exp/log/cos/sin,
     * which are not correctly rounded: the JVM's and glibc's may differ in the last bits.
     * Such results may differ by a few ulps; everything else must be exact.
     */
    static boolean closeEnough(JsonNode c, PyObj r) {
        JsonNode exp = c.get(c.size() - 1);
        if (!c.get(0).asText().equals("binary") || c.get(1).asInt() != 8 || !(r instanceof PyComplex z)
                || !exp.has("type") || !exp.get("type").asText().equals("complex")) {
            return false;
        }
        double[] e = skein.interpreter.builtins.num.ComplexConvert.parse(ts, exp.get("repr").asText());
        return ulps(e[0], z.real) <= 4 && ulps(e[1], z.imag) <= 4;
    }

    static double ulps(double a, double b) {
        if (a == b) return 0;
        return Math.abs(a - b) / Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }

    static String messageOf(PyException e) {
        String m = e.getMessage();
        String prefix = e.type().name() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    static String expected(JsonNode n) {
        if (n.has("error")) return "error " + n.get("error").asText() + ": " + n.get("msg").asText();
        return n.get("type").asText() + " " + n.get("repr").asText();
    }

    /** Type name and repr, as the generator's {@code describe}. */
    static String describe(PyObj r) {
        if (r instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("tuple (");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(reprOf(t.get(i))).append(':').append(t.get(i).typeName());
            }
            return sb.append(')').toString();
        }
        return r.typeName() + " " + reprOf(r);
    }

    static String reprOf(PyObj o) {
        if (o instanceof PyStr s) return Strs.repr(s.value);
        return Ops.reprString(ts, o);
    }

    static PyType type(String name) {
        return switch (name) {
            case "int" -> Types.INT;
            case "float" -> Types.FLOAT;
            case "complex" -> Types.COMPLEX;
            case "bool" -> Types.BOOL;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Decodes a typed literal to a new object (owned by the caller; immortals for bool/None). */
    static PyObj decode(JsonNode n) {
        String t = n.get("t").asText();
        return switch (t) {
            case "int" -> PyInt.of(ts, new BigInteger(n.get("v").asText()));
            case "bool" -> PyBool.of(n.get("v").asBoolean());
            case "float" -> PyFloat.of(ts, dbl(n.get("v").asText()));
            case "complex" -> PyComplex.of(ts, dbl(n.get("v").get(0).asText()), dbl(n.get("v").get(1).asText()));
            case "str" -> new PyStr(ts, n.get("v").asText());
            case "none" -> PyNone.NONE;
            default -> throw new IllegalArgumentException(t);
        };
    }

    /** A double from Python's {@code float.hex()} ({@code inf}, {@code nan} included). */
    static double dbl(String hex) {
        return switch (hex) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(hex);
        };
    }

    /** Set by {@link #run}: an operand whose count changed (a leaked or stolen reference). */
    static String refcountProblem;
    /** Set by {@link #run}: the result is one of the operands (so it holds two references). */
    static boolean returnedOperand;

    static PyObj run(JsonNode c) {
        String kind = c.get(0).asText();
        List<PyObj> owned = new ArrayList<>();
        refcountProblem = null;
        returnedOperand = false;
        PyObj result = null;
        try {
            result = dispatch(c, kind, owned);
            return result;
        } finally {
            // newest first: a bound method holds a reference to its self until it is dropped
            for (PyObj o : owned.reversed()) {
                long expect = 1 + (o == result ? 1 : 0);
                if (result instanceof PyTuple t) {
                    for (int i = 0; i < t.size(); i++) if (t.get(i) == o) expect++; // held by the result
                }
                if (o == result) returnedOperand = true;
                if (!o.isImmortal() && !o.isDeferred() && o.refcountSnapshot() != expect) {
                    refcountProblem = "operand " + o.typeName() + " refcount " + o.refcountSnapshot() + ", expected " + expect;
                }
                RefCount.decref(o, ts);
            }
        }
    }

    private static PyObj dispatch(JsonNode c, String kind, List<PyObj> owned) {
        {
            switch (kind) {
                case "binary": {
                    PyObj a = own(owned, decode(c.get(2))), b = own(owned, decode(c.get(3)));
                    return Ops.binaryOp(ts, a, b, c.get(1).asInt());
                }
                case "compare": {
                    PyObj a = own(owned, decode(c.get(2))), b = own(owned, decode(c.get(3)));
                    return Ops.richCompare(ts, a, b, c.get(1).asInt());
                }
                case "divmod": {
                    PyObj a = own(owned, decode(c.get(1))), b = own(owned, decode(c.get(2)));
                    return NumberTypes.divmod(ts, a, b);
                }
                case "unary":
                    return Ops.unaryOp(ts, own(owned, decode(c.get(2))), c.get(1).asInt());
                case "hash":
                    return PyInt.of(ts, Ops.hash(ts, own(owned, decode(c.get(1)))));
                case "truth":
                    return PyBool.of(Ops.isTrue(ts, own(owned, decode(c.get(1)))));
                case "repr":
                    return Ops.repr(ts, own(owned, decode(c.get(1))));
                case "str":
                    return Ops.str(ts, own(owned, decode(c.get(1))));
                case "call":
                    return Ops.call(ts, type(c.get(1).asText()), own(owned, decode(c.get(2))));
                case "call0":
                    return Ops.call(ts, type(c.get(1).asText()));
                case "call2": {
                    PyObj a = own(owned, decode(c.get(2))), b = own(owned, decode(c.get(3)));
                    return Ops.call(ts, type(c.get(1).asText()), a, b);
                }
                case "method":
                case "method1": {
                    PyObj self = own(owned, decode(c.get(2)));
                    PyObj m = own(owned, Ops.getAttr(ts, self, PyStr.intern(c.get(1).asText())));
                    if (kind.equals("method")) return Ops.call(ts, m);
                    return Ops.call(ts, m, own(owned, decode(c.get(3))));
                }
                case "attr":
                    return Ops.getAttr(ts, own(owned, decode(c.get(2))), PyStr.intern(c.get(1).asText()));
                case "pow3": {
                    PyObj a = own(owned, decode(c.get(1))), b = own(owned, decode(c.get(2))), m = own(owned, decode(c.get(3)));
                    return NumberTypes.pow3(ts, a, b, m);
                }
                case "fromhex": {
                    PyObj f = own(owned, Ops.getAttr(ts, Types.FLOAT, PyStr.intern("fromhex")));
                    return Ops.call(ts, f, own(owned, decode(c.get(1))));
                }
                default:
                    throw new IllegalArgumentException(kind);
            }
        }
    }

    private static PyObj own(List<PyObj> owned, PyObj o) {
        owned.add(o);
        return o;
    }
}
