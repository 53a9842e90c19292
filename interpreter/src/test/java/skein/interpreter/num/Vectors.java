package skein.interpreter.num;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the vector files written by {@code src/test/resources/num/gen_vectors.py}. */
final class Vectors {
    private Vectors() {}

    /** One case: the operation, its decoded arguments, the expected token and where it came from. */
    record Case(String file, int line, String op, List<Object> args, Object expected, String text) {}

    /** A Python exception as a value. */
    record Err(String type, String message) {
        @Override public String toString() { return type + "(" + message + ")"; }
    }

    /** A complex result (of a float power). */
    record Complex(double real, double imag) {}

    static Map<String, List<Case>> load(String name) {
        Map<String, List<Case>> byOp = new LinkedHashMap<>();
        try (InputStream in = Vectors.class.getResourceAsStream("/num/" + name)) {
            Objects.requireNonNull(in, "missing resource num/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] toks = line.split("\t", -1);
                List<Object> args = new ArrayList<>();
                for (int i = 1; i < toks.length - 1; i++) args.add(decode(toks[i]));
                Case c = new Case(name, n, toks[0], args, decode(toks[toks.length - 1]), line);
                byOp.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(c);
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        return byOp;
    }

    static Object decode(String t) {
        String body = t.substring(2);
        switch (t.substring(0, 2)) {
            case "i:": return Ints.normalize(new BigInteger(body));
            case "f:": return Double.longBitsToDouble(Long.parseUnsignedLong(body, 16));
            case "s:": return unescape(body);
            case "b:": return Boolean.parseBoolean(body);
            case "n:": return null;
            case "T:": {
                if (body.isEmpty()) return new Object[0];
                String[] parts = body.split(",(?=[ifb]:)");
                Object[] out = new Object[parts.length];
                for (int i = 0; i < parts.length; i++) out[i] = decode(parts[i]);
                return out;
            }
            case "c:": {
                String[] p = body.split(",");
                return new Complex(Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16)),
                        Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16)));
            }
            case "E:": {
                int colon = body.indexOf(':');
                return new Err(body.substring(0, colon), unescape(body.substring(colon + 1)));
            }
            default: throw new IllegalArgumentException("bad token " + t);
        }
    }

    /** Undoes json.dumps escaping (without the quotes). */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case '/' -> sb.append('/');
                case '\\' -> sb.append('\\');
                case '"' -> sb.append('"');
                case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                default -> throw new IllegalArgumentException("bad escape in " + s);
            }
        }
        return sb.toString();
    }

    /** A readable form of a value for failure messages. */
    static String show(Object v) {
        if (v instanceof Double d) return Floats.repr(d) + "[" + Long.toHexString(Double.doubleToRawLongBits(d)) + "]";
        if (v instanceof String s) return Strs.repr(s);
        if (v instanceof Object[] a) {
            StringBuilder sb = new StringBuilder("(");
            for (Object o : a) sb.append(show(o)).append(", ");
            return sb.append(")").toString();
        }
        if (v instanceof Number n) {
            String s = Ints.big(n).toString();
            return s.length() > 60 ? s.substring(0, 30) + "..." + s.substring(s.length() - 20) + " (" + s.length() + " chars)" : s;
        }
        return String.valueOf(v);
    }

    /** Distance in units in the last place between two doubles (0 for equal, both NaN, or equal zeros of either sign when allowed). */
    static long ulps(double a, double b) {
        if (Double.isNaN(a) && Double.isNaN(b)) return 0;
        if (Double.isNaN(a) || Double.isNaN(b)) return Long.MAX_VALUE;
        if (a == b) return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b) ? 0 : Long.MAX_VALUE;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return Long.MAX_VALUE;
        long x = ordered(a), y = ordered(b);
        return Math.abs(x - y);
    }

    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? -(bits & Long.MAX_VALUE) : bits;
    }

    /** Exact equality of results (doubles by bits, NaNs equal, numbers by value, arrays element-wise). */
    static boolean same(Object expected, Object actual) {
        if (expected instanceof Double e && actual instanceof Double a) return ulps(e, a) == 0;
        if (expected instanceof Number e && actual instanceof Number a && !(actual instanceof Double)) {
            return Ints.big(e).equals(Ints.big(a));
        }
        if (expected instanceof Object[] e && actual instanceof Object[] a) {
            if (e.length != a.length) return false;
            for (int i = 0; i < e.length; i++) if (!same(e[i], a[i])) return false;
            return true;
        }
        if (expected instanceof Object[] || actual instanceof Object[]) return false;
        return Objects.equals(expected, actual);
    }

    static String showArgs(List<Object> args) {
        List<String> s = new ArrayList<>();
        for (Object o : args) s.add(show(o));
        return String.join(", ", s);
    }

    static Object[] box(double... ds) {
        return Arrays.stream(ds).boxed().toArray();
    }
}
