package skein.interpreter.compile;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import skein.interpreter.ast.ComplexLiteral;
import skein.interpreter.ast.EllipsisConstant;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.NoneConstant;
import skein.interpreter.ast.Operator;
import skein.interpreter.bytecode.ConstTuple;

/**
 * Constant folding as CPython 3.11's AST optimiser does it ({@code Python/ast_opt.c}), applied
 * lazily: {@link #fold} answers the compile-time value of an expression, or null when it has
 * none. Folded: constants, {@code __debug__}, tuples of constants, unary operators on numeric
 * constants and {@code not} on any constant, and binary operators on ints, floats and strings
 * within CPython's size limits (ints of at most 128 bits, strings of 4096 characters,
 * collections of 256 items). Nothing is folded whose result or failure could differ from the
 * run-time operation: division by zero, overflow, bools (whose bitwise results stay bool) and
 * complex values are left alone.
 */
final class Folder {
    static final int MAX_INT_BITS = 128;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_COLLECTION_SIZE = 256;
    private static final Object NONE = new Object();
    private final Map<Expr, Object> memo = new IdentityHashMap<>();

    /** The constant value of {@code e}, or null. */
    Object fold(Expr e) {
        if (e instanceof Expr.Constant c) return c.value();
        if (e instanceof Expr.Name n) {
            return n.ctx() == ExprContext.Load && n.id().equals("__debug__") ? Boolean.TRUE : null;
        }
        if (!(e instanceof Expr.UnaryOp || e instanceof Expr.BinOp || e instanceof Expr.Tuple)) return null;
        Object v = memo.get(e);
        if (v == null) {
            v = compute(e);
            memo.put(e, v == null ? NONE : v);
        }
        return v == NONE ? null : v;
    }

    private Object compute(Expr e) {
        switch (e) {
            case Expr.UnaryOp u -> {
                Object x = fold(u.operand());
                return x == null ? null : unary(u.op(), x);
            }
            case Expr.Tuple t -> {
                if (t.ctx() != ExprContext.Load) return null;
                Object[] items = new Object[t.elts().size()];
                for (int i = 0; i < items.length; i++) {
                    Expr el = t.elts().get(i);
                    if (el instanceof Expr.Starred) return null;
                    Object v = fold(el);
                    if (v == null) return null;
                    items[i] = v;
                }
                return new ConstTuple(items);
            }
            case Expr.BinOp b -> {
                // iterative over the left spine, so long chains do not recurse
                Deque<Expr.BinOp> spine = new ArrayDeque<>();
                Expr x = b;
                while (x instanceof Expr.BinOp bb && !memo.containsKey(bb)) {
                    spine.push(bb);
                    x = bb.left();
                }
                Object acc = fold(x);
                while (!spine.isEmpty()) {
                    Expr.BinOp bb = spine.pop();
                    Object r = acc == null ? null : fold(bb.right());
                    Object v = r == null ? null : binary(acc, bb.op(), r);
                    if (bb != b) memo.put(bb, v == null ? NONE : v);
                    acc = v;
                }
                return acc;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- unary ----

    static Object unary(skein.interpreter.ast.UnaryOp op, Object x) {
        if (op == skein.interpreter.ast.UnaryOp.Not) {
            return !truthy(x);
        }
        if (x instanceof Boolean bo) x = bo ? 1L : 0L;
        if (x instanceof Long || x instanceof BigInteger) {
            BigInteger v = big(x);
            return switch (op) {
                case USub -> norm(v.negate());
                case UAdd -> norm(v);
                case Invert -> norm(v.not());
                default -> null;
            };
        }
        if (x instanceof Double d) {
            return switch (op) {
                case USub -> -d;
                case UAdd -> d;
                default -> null;
            };
        }
        return null;
    }

    static boolean truthy(Object x) {
        if (x instanceof Boolean b) return b;
        if (x instanceof Long l) return l != 0;
        if (x instanceof BigInteger b) return b.signum() != 0;
        if (x instanceof Double d) return d != 0.0;
        if (x instanceof ComplexLiteral c) return c.imag() != 0.0;
        if (x instanceof String s) return !s.isEmpty();
        if (x instanceof byte[] b) return b.length != 0;
        if (x instanceof ConstTuple t) return t.items().length != 0;
        if (x == NoneConstant.NONE) return false;
        if (x == EllipsisConstant.ELLIPSIS) return true;
        return true;
    }

    // ---- binary ----

    static Object binary(Object a, Operator op, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case BitAnd: return x & y;
                case BitOr: return x | y;
                case BitXor: return x ^ y;
                default: break;
            }
        }
        if (a instanceof Boolean x) a = x ? 1L : 0L;
        if (b instanceof Boolean y) b = y ? 1L : 0L;
        if (isInt(a) && isInt(b)) return intOp(big(a), op, big(b));
        if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
            Double x = toDouble(a), y = toDouble(b);
            if (x == null || y == null) return null;
            return floatOp(x, op, y);
        }
        if (a instanceof String s && b instanceof String t && op == Operator.Add) {
            return s.length() + t.length() <= MAX_STR_SIZE ? s + t : null;
        }
        if (op == Operator.Mult) {
            if (a instanceof String s && isInt(b)) return repeatStr(s, big(b));
            if (isInt(a) && b instanceof String s) return repeatStr(s, big(a));
            if (a instanceof ConstTuple t && isInt(b)) return repeatTuple(t, big(b));
            if (isInt(a) && b instanceof ConstTuple t) return repeatTuple(t, big(a));
        }
        if (op == Operator.Add && a instanceof ConstTuple s && b instanceof ConstTuple t) {
            int n = s.items().length + t.items().length;
            if (n > MAX_COLLECTION_SIZE) return null;
            Object[] items = new Object[n];
            System.arraycopy(s.items(), 0, items, 0, s.items().length);
            System.arraycopy(t.items(), 0, items, s.items().length, t.items().length);
            return new ConstTuple(items);
        }
        return null;
    }

    private static Object repeatStr(String s, BigInteger n) {
        if (n.signum() <= 0) return "";
        if (n.bitLength() > 31 || (long) s.length() * n.longValue() > MAX_STR_SIZE) return null;
        return s.repeat(n.intValue());
    }

    private static Object repeatTuple(ConstTuple t, BigInteger n) {
        if (n.signum() <= 0) return new ConstTuple(new Object[0]);
        if (n.bitLength() > 31 || (long) t.items().length * n.longValue() > MAX_COLLECTION_SIZE) return null;
        int k = n.intValue(), len = t.items().length;
        Object[] items = new Object[len * k];
        for (int i = 0; i < k; i++) System.arraycopy(t.items(), 0, items, i * len, len);
        return new ConstTuple(items);
    }

    private static Object intOp(BigInteger a, Operator op, BigInteger b) {
        switch (op) {
            case Add: return norm(a.add(b));
            case Sub: return norm(a.subtract(b));
            case Mult:
                if (a.signum() != 0 && b.signum() != 0 && bits(a) + bits(b) > MAX_INT_BITS) return null;
                return norm(a.multiply(b));
            case FloorDiv: {
                if (b.signum() == 0) return null;
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
                return norm(q);
            }
            case Mod: {
                if (b.signum() == 0) return null;
                BigInteger r = a.mod(b.abs());
                if (b.signum() < 0 && r.signum() != 0) r = r.add(b);
                return norm(r);
            }
            case Pow: {
                if (b.signum() < 0) return null;
                if (a.signum() != 0 && b.signum() > 0) {
                    if (b.bitLength() > 31 || bits(a) > MAX_INT_BITS / b.intValue()) return null;
                }
                return norm(a.pow(b.intValueExact()));
            }
            case LShift: {
                if (b.signum() < 0) return null;
                if (a.signum() == 0) return 0L;
                if (b.bitLength() > 31 || b.intValue() > MAX_INT_BITS || bits(a) > MAX_INT_BITS - b.intValue()) return null;
                return norm(a.shiftLeft(b.intValue()));
            }
            case RShift: {
                if (b.signum() < 0) return null;
                if (b.bitLength() > 31) return a.signum() < 0 ? -1L : 0L;
                return norm(a.shiftRight(b.intValue()));
            }
            case BitAnd: return norm(a.and(b));
            case BitOr: return norm(a.or(b));
            case BitXor: return norm(a.xor(b));
            case Div: {
                if (b.signum() == 0) return null;
                // exact only when both operands convert to double exactly
                if (a.bitLength() > 53 || b.bitLength() > 53) return null;
                return a.doubleValue() / b.doubleValue();
            }
            default: return null;
        }
    }

    private static Object floatOp(double a, Operator op, double b) {
        double r;
        switch (op) {
            case Add -> r = a + b;
            case Sub -> r = a - b;
            case Mult -> r = a * b;
            case Div -> {
                if (b == 0.0) return null;
                r = a / b;
            }
            case FloorDiv -> {
                if (b == 0.0) return null;
                r = skein.interpreter.num.Floats.floorDiv(a, b);
            }
            case Mod -> {
                if (b == 0.0) return null;
                r = skein.interpreter.num.Floats.mod(a, b);
            }
            default -> {
                return null;
            }
        }
        return r;
    }

    /** CPython's _PyLong_NumBits: the bit length of the absolute value. */
    private static long bits(BigInteger v) {
        return v.abs().bitLength();
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger;
    }

    static BigInteger big(Object o) {
        return o instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) o;
    }

    private static Double toDouble(Object o) {
        if (o instanceof Double d) return d;
        double d = big(o).doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    static Object norm(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }
}
