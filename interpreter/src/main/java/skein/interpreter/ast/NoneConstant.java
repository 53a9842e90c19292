package skein.interpreter.ast;

/** Python's {@code None} as a {@link Expr.Constant} value; Java {@code null} never appears there. */
public enum NoneConstant {
    NONE
}
