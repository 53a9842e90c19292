package skein.interpreter.str;

import java.util.List;

/**
 * {@code str.join}. The interpreter iterates the Python iterable and checks item types; for a
 * non-str item it raises {@link #notStr(int, String)}, CPython's TypeError.
 */
public final class StrJoin {
    private StrJoin() {}

    /** {@code sep.join(items)} for items already known to be strs. */
    public static String join(String sep, List<String> items) {
        int n = items.size();
        if (n == 0) return "";
        if (n == 1) return items.get(0);
        long total = (long) sep.length() * (n - 1);
        for (String it : items) total += it.length();
        if (total > Integer.MAX_VALUE - 8) throw new StrError("OverflowError", "join() result is too long for a Python string");
        StringBuilder sb = new StringBuilder((int) total);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(sep);
            sb.append(items.get(i));
        }
        return sb.toString();
    }

    /** CPython's TypeError for item {@code index} of type {@code typeName} (e.g. "int") in join. */
    public static StrError notStr(int index, String typeName) {
        return StrError.typeError("sequence item " + index + ": expected str instance, " + typeName + " found");
    }
}
