package skein.interpreter.bytecode;

import java.math.BigInteger;

import skein.interpreter.ast.ComplexLiteral;
import skein.interpreter.ast.EllipsisConstant;
import skein.interpreter.ast.NoneConstant;
import skein.interpreter.num.DoubleFormat;
import skein.interpreter.num.Floats;
import skein.interpreter.num.Strs;

/** Python's {@code repr()} of the compile-time constant forms of {@link Code}, for {@code dis}. */
public final class ConstRepr {
    private ConstRepr() {}

    public static String repr(Object c) {
        if (c instanceof Long || c instanceof BigInteger) return c.toString();
        if (c instanceof Double d) return Floats.repr(d);
        if (c instanceof ComplexLiteral z) {
            // complex(0.0, imag): Python prints only the imaginary part, 'r' format without ".0"
            return DoubleFormat.format(z.imag(), 'r', 0, 0) + "j";
        }
        if (c instanceof String s) return Strs.repr(s);
        if (c instanceof byte[] b) return bytesRepr(b);
        if (c instanceof Boolean b) return b ? "True" : "False";
        if (c == NoneConstant.NONE) return "None";
        if (c == EllipsisConstant.ELLIPSIS) return "Ellipsis";
        if (c instanceof ConstTuple t) {
            Object[] items = t.items();
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(items[i]));
            }
            if (items.length == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (c instanceof Code co) return co.toString();
        return String.valueOf(c);
    }

    /** Python's {@code repr()} of a bytes object. */
    public static String bytesRepr(byte[] b) {
        boolean single = false, dbl = false;
        for (byte x : b) {
            if (x == '\'') single = true;
            if (x == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int v = x & 0xFF;
            if (v == quote || v == '\\') sb.append('\\').append((char) v);
            else if (v == '\t') sb.append("\\t");
            else if (v == '\n') sb.append("\\n");
            else if (v == '\r') sb.append("\\r");
            else if (v < 0x20 || v >= 0x7F) sb.append(String.format("\\x%02x", v));
            else sb.append((char) v);
        }
        return sb.append(quote).toString();
    }
}
