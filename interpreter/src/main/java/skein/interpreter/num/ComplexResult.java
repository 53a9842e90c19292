package skein.interpreter.num;

/**
 * Not an error: the signal that a float power has a complex result. In Python 3.11 {@code
 * (-8.0) ** (1/3)} (a negative float base to a non-integer float exponent, also reached from
 * {@code int ** float}) returns {@code complex(-8.0) ** complex(1/3)}. {@link Floats#pow} throws
 * this with the operands; the interpreter catches it and builds the complex number from {@link
 * #real()} and {@link #imag()} (computed as CPython's {@code c_pow} for a real base and
 * exponent), or performs its own complex power with {@link #base()} and {@link #exponent()}.
 *
 * <p>({@code math.pow} never throws this: it raises {@code ValueError: math domain error}.)
 */
public final class ComplexResult extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final double base, exponent;

    private final double real, imag;

    private ComplexResult(double base, double exponent, double real, double imag) {
        super("complex result", null, false, false);
        this.base = base;
        this.exponent = exponent;
        this.real = real;
        this.imag = imag;
    }

    /**
     * The signal for {@code base ** exponent} (base < 0, exponent not an integer), or {@code
     * OverflowError: complex exponentiation} when a part of the result is infinite (CPython's
     * complex_pow check).
     */
    static ComplexResult of(double base, double exponent) {
        double len = Math.pow(Math.abs(base), exponent);
        double phase = Math.atan2(0.0, base) * exponent;
        double re = len * Math.cos(phase), im = len * Math.sin(phase);
        if (Double.isInfinite(re) || Double.isInfinite(im)) throw NumError.overflow("complex exponentiation");
        return new ComplexResult(base, exponent, re, im);
    }

    public double base() { return base; }
    public double exponent() { return exponent; }

    /** The real part of {@code complex(base) ** complex(exponent)}. */
    public double real() { return real; }

    /** The imaginary part of {@code complex(base) ** complex(exponent)}. */
    public double imag() { return imag; }
}
