package skein.interpreter.ast;

/** Boolean operators (CPython's {@code boolop}); the node that uses them is {@link Expr.BoolOp}. */
public enum BoolOp {
    And, Or
}
