package skein.interpreter.builtins.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Replays set_vectors.jsonl (random programs of set operations run by CPython 3.11, see
 * gen_set_vectors.py) on PySet and checks the iteration order of every result, the element
 * {@code pop} returns, frozenset hashes and comparisons.
 */
class SetOrderTest {
    private static final int[] OPS = new int[128];

    static {
        OPS['|'] = 7;
        OPS['&'] = 1;
        OPS['-'] = 10;
        OPS['^'] = 12;
    }

    @TestFactory
    Stream<DynamicTest> vectors() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        ObjectMapper om = new ObjectMapper();
        try (var in = SetOrderTest.class.getResourceAsStream("/mapping/set_vectors.jsonl");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) cases.add(om.readTree(line));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int n = 0; n < cases.size(); n++) {
            JsonNode c = cases.get(n);
            tests.add(DynamicTest.dynamicTest("program " + n, () -> replay(c)));
        }
        return tests.stream();
    }

    private static PyTuple values(JsonNode list) {
        PyObj[] a = new PyObj[list.size()];
        for (int k = 0; k < a.length; k++) a[k] = Py.decode(list.get(k).asText());
        return Py.tuple(a);
    }

    private static List<String> canon(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : list) out.add(Py.canon(x.asText()));
        return out;
    }

    private static PyObj arg(TreeMap<Integer, PyObj> regs, JsonNode a) {
        if (a.has("reg")) {
            PyObj o = regs.get(a.get("reg").asInt());
            skein.gc.RefCount.incref(o, Py.ts());
            return o;
        }
        return values(a.get("list"));
    }

    private static void replay(JsonNode c) {
        PyThreadState ts = Py.ts();
        TreeMap<Integer, PyObj> regs = new TreeMap<>();
        JsonNode expect = c.get("expect");
        int ei = 0;
        try {
            for (JsonNode op : c.get("ops")) {
                String kind = op.get(0).asText();
                int r = op.get(1).asInt();
                String where = op.toString();
                switch (kind) {
                    case "set", "frozen" -> {
                        PyTuple xs = values(op.get(2));
                        PyObj s = Ops.call(ts, kind.equals("set") ? Types.SET : Types.FROZENSET, xs);
                        Py.drop(xs);
                        put(regs, r, s);
                    }
                    case "add", "discard", "remove" -> {
                        PyObj v = Py.decode(op.get(2).asText());
                        Py.run(regs.get(r), kind, v);
                        Py.drop(v);
                    }
                    case "adds", "discards" -> {
                        for (JsonNode x : op.get(2)) {
                            PyObj v = Py.decode(x.asText());
                            Py.run(regs.get(r), kind.equals("adds") ? "add" : "discard", v);
                            Py.drop(v);
                        }
                    }
                    case "pop" -> {
                        PyObj v = Py.call(regs.get(r), "pop");
                        assertEquals(Py.canon(expect.get(ei++).asText()), Py.encode(v), where);
                        Py.drop(v);
                    }
                    case "clear" -> Py.run(regs.get(r), "clear");
                    case "init" -> {
                        PyTuple xs = values(op.get(2));
                        Py.run(regs.get(r), "__init__", xs);
                        Py.drop(xs);
                    }
                    case "copy" -> put(regs, r, Py.call(regs.get(op.get(2).asInt()), "copy"));
                    case "bin" -> {
                        PyObj a = regs.get(op.get(2).asInt()), b = regs.get(op.get(4).asInt());
                        put(regs, r, Ops.binaryOp(ts, a, b, OPS[op.get(3).asText().charAt(0)]));
                    }
                    case "inplace" -> {
                        PyObj a = regs.get(r), b = regs.get(op.get(3).asInt());
                        PyObj res = Ops.inplaceOp(ts, a, b, OPS[op.get(2).asText().charAt(0)]);
                        assertEquals(a, res, "in-place operators on a set return the set itself");
                        Py.drop(res);
                    }
                    case "union", "intersection", "difference", "update", "intersection_update", "difference_update" -> {
                        JsonNode as = op.get(3);
                        PyObj[] args = new PyObj[as.size()];
                        for (int k = 0; k < args.length; k++) args[k] = arg(regs, as.get(k));
                        PyObj res = Py.call(regs.get(op.get(2).asInt()), kind, args);
                        Py.drop(args);
                        if (kind.endsWith("update")) Py.drop(res);
                        else put(regs, r, res);
                    }
                    case "symdiff", "symdiff_update" -> {
                        PyObj a = arg(regs, op.get(3));
                        boolean upd = kind.equals("symdiff_update");
                        PyObj res = Py.call(regs.get(op.get(2).asInt()),
                                upd ? "symmetric_difference_update" : "symmetric_difference", a);
                        Py.drop(a);
                        if (upd) Py.drop(res);
                        else put(regs, r, res);
                    }
                    case "fromdict" -> {
                        PyTuple xs = values(op.get(2));
                        PyObj d = Py.call(Types.DICT, "fromkeys", xs);
                        put(regs, r, Ops.call(ts, Types.SET, d));
                        Py.drop(xs, d);
                    }
                    case "hash" -> {
                        PyObj f = Ops.call(ts, Types.FROZENSET, regs.get(r));
                        assertEquals(expect.get(ei++).asLong(), Ops.hash(ts, f), where);
                        Py.drop(f);
                        continue;
                    }
                    case "cmp" -> {
                        PyObj a = regs.get(r), b = regs.get(op.get(2).asInt());
                        List<Boolean> got = new ArrayList<>();
                        for (int k : new int[] {2, 3, 0, 1, 4, 5}) got.add(Ops.compareBool(ts, a, b, k));
                        PyObj dis = Py.call(a, "isdisjoint", b);
                        got.add(dis == PyBool.TRUE);
                        List<Boolean> want = new ArrayList<>();
                        for (JsonNode x : expect.get(ei++)) want.add(x.asBoolean());
                        assertEquals(want, got, where);
                        continue;
                    }
                    default -> throw new IllegalStateException(kind);
                }
                assertEquals(canon(expect.get(ei++)), Py.list(regs.get(r)), where);
            }
        } finally {
            for (PyObj o : regs.values()) Py.drop(o);
        }
    }

    private static void put(TreeMap<Integer, PyObj> regs, int r, PyObj s) {
        PyObj old = regs.put(r, s);
        if (old != null) Py.drop(old);
    }
}
