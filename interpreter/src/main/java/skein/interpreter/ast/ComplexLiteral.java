package skein.interpreter.ast;

/**
 * The value of an imaginary literal such as {@code 2j}. A literal can never have a real part (a
 * {@code 1+2j} is a BinOp), so only the imaginary part is stored.
 */
public record ComplexLiteral(double imag) {
}
