package skein.interpreter.ast;

/** One context manager of a {@code with}; {@code optionalVars} (the {@code as} target) may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
}
