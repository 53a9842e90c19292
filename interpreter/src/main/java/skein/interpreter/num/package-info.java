/**
 * Python 3.11 numeric and formatting semantics as pure Java functions over plain Java values,
 * for the interpreter's {@code int}, {@code float} and {@code str} objects to call.
 *
 * <h2>Values</h2>
 * <ul>
 *   <li>Python {@code int}: a {@link java.lang.Number} that is a {@code Long} whenever the value
 *       fits in a long and a {@link java.math.BigInteger} otherwise (see {@link
 *       skein.interpreter.num.Ints}); every result is normalised that way.</li>
 *   <li>Python {@code float}: a Java {@code double}.</li>
 *   <li>Python {@code str}: a Java {@code String}, read by code point.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Python exceptions are {@link skein.interpreter.num.NumError}s carrying the exception type name
 * and CPython's exact message. {@link skein.interpreter.num.ComplexResult} is the one non-error
 * signal: a float power whose result is complex.
 *
 * <h2>Classes</h2>
 * <ul>
 *   <li>{@link skein.interpreter.num.Ints}: int arithmetic, bit operations, exact int/float
 *       comparison, conversions, {@code int(s, base)}, {@code str}/{@code hex}/{@code oct}/{@code
 *       bin} (with the 4300-digit limit), {@code round}, {@code hash}.</li>
 *   <li>{@link skein.interpreter.num.Floats}: {@code repr}, {@code float(s)}, {@code // % divmod
 *       **}, {@code round}, {@code hash}, {@code hex}/{@code fromhex}, {@code as_integer_ratio}.</li>
 *   <li>{@link skein.interpreter.num.DoubleFormat}: CPython's {@code PyOS_double_to_string}.</li>
 *   <li>{@link skein.interpreter.num.FormatSpec} and {@link skein.interpreter.num.Formatter}:
 *       {@code format(value, spec)} for int, float and str.</li>
 *   <li>{@link skein.interpreter.num.PercentSpec} and {@link skein.interpreter.num.Percent}:
 *       one conversion of {@code str % args}; the interpreter drives the loop.</li>
 *   <li>{@link skein.interpreter.num.MathLib}: the {@code math} module's behaviour.</li>
 *   <li>{@link skein.interpreter.num.Strs}: {@code repr(str)}, {@code ascii()},
 *       {@code isspace}/{@code isprintable} per character.</li>
 * </ul>
 */
package skein.interpreter.num;
