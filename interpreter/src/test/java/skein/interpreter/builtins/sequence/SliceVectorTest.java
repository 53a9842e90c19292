package skein.interpreter.builtins.sequence;

import org.junit.jupiter.api.Test;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static skein.interpreter.builtins.sequence.Py.*;

/**
 * Every slice of {@code slices.txt} (written by {@code gen_slices.py} with CPython 3.11):
 * get/set/del on a list, get on a tuple and four ranges, and {@code slice.indices(7)}, over
 * bounds around and beyond the ends, all signs of step and step 0. All mismatches are
 * reported at once.
 */
class SliceVectorTest {

    @Test
    void allVectors() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (InputStream in = SliceVectorTest.class.getResourceAsStream("/sequence/slices.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) continue;
                n++;
                String[] f = line.split("\\|", 6);
                String actual = run(f[0], bound(f[1]), bound(f[2]), bound(f[3]), Integer.parseInt(f[4]));
                if (!actual.equals(f[5])) failures.add(line + "  got: " + actual);
            }
        }
        assertTrue(n > 10_000, "vector file truncated: " + n);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    private static Integer bound(String s) {
        return s.equals("N") ? null : Integer.valueOf(s);
    }

    private static String run(String op, Integer a, Integer b, Integer c, int n) {
        PySlice s = new PySlice(TS, v(a), v(b), v(c));
        PyObj seq = null, result = null;
        try {
            switch (op) {
                case "get" -> result = Ops.getItem(TS, seq = range10(), s);
                case "tget" -> result = Ops.getItem(TS, seq = PyTuple.steal(TS, range10().snapshot(TS)), s);
                case "r1" -> result = Ops.getItem(TS, seq = PyRange.of(TS, 3, 30, 4), s);
                case "r2" -> result = Ops.getItem(TS, seq = PyRange.of(TS, 10, 0, -3), s);
                case "r3" -> result = Ops.getItem(TS, seq = PyRange.of(TS, 0, 0, 1), s);
                case "r4" -> result = Ops.getItem(TS, seq = PyRange.of(TS, -5, 5, 1), s);
                case "del" -> {
                    Ops.delItem(TS, seq = range10(), s);
                    return repr(seq);
                }
                case "set" -> {
                    PyList values = new PyList(TS);
                    for (int i = 0; i < n; i++) values.append(TS, PyInt.of(TS, 100 + i));
                    try {
                        Ops.setItem(TS, seq = range10(), s, values);
                    } finally {
                        drop(values);
                    }
                    return repr(seq);
                }
                case "indices" -> result = call(s, "indices", PyInt.of(TS, n));
                default -> throw new IllegalArgumentException(op);
            }
            return repr(result);
        } catch (PyException e) {
            String m = "!" + e.getMessage();
            e.release(TS);
            return m;
        } finally {
            drop(s, seq, result);
        }
    }

    private static PyList range10() {
        return ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}
