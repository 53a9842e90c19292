package skein.interpreter.ast;

/** Unary operators (CPython's {@code unaryop}); the node that uses them is {@link Expr.UnaryOp}. */
public enum UnaryOp {
    Invert, Not, UAdd, USub
}
