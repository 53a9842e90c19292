package skein.interpreter.ast;

/** Python's {@code ...} as a {@link Expr.Constant} value. */
public enum EllipsisConstant {
    ELLIPSIS
}
