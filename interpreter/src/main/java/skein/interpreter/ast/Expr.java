package skein.interpreter.ast;

import java.util.List;

/**
 * Expressions, one record per CPython {@code expr} constructor (without {@code Await}, which Skein
 * rejects at parse time). CPython's {@code List} and {@code Set} are {@link ListExpr} and
 * {@link SetExpr} so that they do not shadow {@code java.util} types; the operator enums
 * {@link skein.interpreter.ast.BoolOp} and {@link skein.interpreter.ast.UnaryOp} share their
 * simple names with the nodes that carry them, exactly as in CPython's {@code ast} module.
 *
 * <p>{@link Constant#value()} is one of: {@link Long} (an int that fits in 64 bits),
 * {@link java.math.BigInteger} (any larger int), {@link Double}, {@link ComplexLiteral},
 * {@link String}, {@code byte[]}, {@link Boolean}, {@link NoneConstant#NONE} or
 * {@link EllipsisConstant#ELLIPSIS} — never Java {@code null}.
 */
public sealed interface Expr extends Node, Located {

    /** Nodes that can be assignment or deletion targets carry a context and can be re-contexted. */
    sealed interface WithContext extends Expr permits Attribute, Subscript, Starred, Name, ListExpr, Tuple {
        ExprContext ctx();

        /** A copy of this node (and, for containers and starred, of its targets) in context {@code c}. */
        Expr withCtx(ExprContext c);
    }

    record BoolOp(skein.interpreter.ast.BoolOp op, List<Expr> values,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record NamedExpr(Expr target, Expr value,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record UnaryOp(skein.interpreter.ast.UnaryOp op, Expr operand,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Lambda(Arguments args, Expr body,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code keys} holds {@code null} for each {@code **mapping} entry, as in CPython. */
    record Dict(List<Expr> keys, List<Expr> values,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** CPython's {@code Set} display. */
    record SetExpr(List<Expr> elts, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }

    record ListComp(Expr elt, List<Comprehension> generators,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record SetComp(Expr elt, List<Comprehension> generators,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record GeneratorExp(Expr elt, List<Comprehension> generators,
                        int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Yield(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record YieldFrom(Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }

    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Call(Expr func, List<Expr> args, List<Keyword> keywords,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /**
     * One {@code {...}} of an f-string. {@code conversion} is -1 (none) or the code point of
     * {@code 's'}, {@code 'r'} or {@code 'a'}; {@code formatSpec} is null or a {@link JoinedStr}.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec,
                          int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record JoinedStr(List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }

    /** {@code kind} is "u" for strings written with a {@code u} prefix, else null. */
    record Constant(Object value, String kind,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Attribute(Expr value, String attr, ExprContext ctx,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements WithContext {
        @Override
        public Expr withCtx(ExprContext c) {
            return new Attribute(value, attr, c, lineno, colOffset, endLineno, endColOffset);
        }
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements WithContext {
        @Override
        public Expr withCtx(ExprContext c) {
            return new Subscript(value, slice, c, lineno, colOffset, endLineno, endColOffset);
        }
    }

    record Starred(Expr value, ExprContext ctx,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements WithContext {
        @Override
        public Expr withCtx(ExprContext c) {
            return new Starred(Exprs.setContext(value, c), c, lineno, colOffset, endLineno, endColOffset);
        }
    }

    record Name(String id, ExprContext ctx,
                int lineno, int colOffset, int endLineno, int endColOffset) implements WithContext {
        @Override
        public Expr withCtx(ExprContext c) {
            return new Name(id, c, lineno, colOffset, endLineno, endColOffset);
        }
    }

    /** CPython's {@code List} display. */
    record ListExpr(List<Expr> elts, ExprContext ctx,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements WithContext {
        @Override
        public Expr withCtx(ExprContext c) {
            return new ListExpr(Exprs.setContext(elts, c), c, lineno, colOffset, endLineno, endColOffset);
        }
    }

    record Tuple(List<Expr> elts, ExprContext ctx,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements WithContext {
        @Override
        public Expr withCtx(ExprContext c) {
            return new Tuple(Exprs.setContext(elts, c), c, lineno, colOffset, endLineno, endColOffset);
        }
    }

    /** Only ever appears as (part of) a {@link Subscript#slice()}. */
    record Slice(Expr lower, Expr upper, Expr step,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }
}
