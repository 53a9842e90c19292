package skein.interpreter.num;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The library's contract beyond the CPython vectors: representation, callbacks, signals. */
class ApiTest {

    @Test
    void resultsAreNormalised() {
        assertEquals(Long.class, Ints.add(Long.MAX_VALUE, -1L).getClass());
        assertEquals(BigInteger.class, Ints.add(Long.MAX_VALUE, 1L).getClass());
        Number big = Ints.add(Long.MAX_VALUE, 1L);
        assertEquals(Long.class, Ints.sub(big, 1L).getClass());
        assertEquals(Long.MAX_VALUE, Ints.sub(big, 1L));
        assertEquals(BigInteger.class, Ints.mul(1L << 32, 1L << 31).getClass());
        assertEquals(Long.class, Ints.mul(1L << 32, 1L << 30).getClass());
        assertEquals(BigInteger.ONE.shiftLeft(63), Ints.negate(Long.MIN_VALUE));
        assertEquals(BigInteger.ONE.shiftLeft(63), Ints.floorDiv(Long.MIN_VALUE, -1L));
        assertEquals(Long.class, Ints.normalize(BigInteger.TEN).getClass());
        assertEquals(Long.class, Ints.normalize(Integer.valueOf(7)).getClass());
        assertEquals(8L, Ints.add(Integer.valueOf(3), Short.valueOf((short) 5)));
        // a BigInteger in long range is accepted and normalised
        assertEquals(Long.class, Ints.add(BigInteger.TWO, BigInteger.TWO).getClass());
    }

    @Test
    void powReturnsFloatForNegativeExponents() {
        assertEquals(0.5, Ints.pow(2L, -1L));
        assertEquals(1024L, Ints.pow(2L, 10L));
        NumError e = assertThrows(NumError.class, () -> Ints.pow(0L, -1L));
        assertEquals("ZeroDivisionError", e.pyType());
        assertEquals("0.0 cannot be raised to a negative power", e.getMessage());
        assertEquals("MemoryError", assertThrows(NumError.class,
                () -> Ints.pow(3L, BigInteger.ONE.shiftLeft(70))).pyType());
        assertEquals(1L, Ints.pow(1L, BigInteger.ONE.shiftLeft(70)));
        assertEquals(-1L, Ints.pow(-1L, BigInteger.ONE.shiftLeft(70).add(BigInteger.ONE)));
    }

    @Test
    void complexResultSignal() {
        ComplexResult c = assertThrows(ComplexResult.class, () -> Floats.pow(-8.0, 1.0 / 3));
        assertEquals(-8.0, c.base());
        assertEquals(1.0000000000000002, c.real(), 1e-15);
        assertEquals(1.7320508075688772, c.imag(), 1e-15);
        assertEquals(-512.0, Floats.pow(-8.0, 3.0));
        assertEquals("complex exponentiation",
                assertThrows(NumError.class, () -> Floats.pow(-1e300, 3.5)).getMessage());
        assertEquals("math domain error", assertThrows(NumError.class, () -> MathLib.pow(-8.0, 0.5)).getMessage());
    }

    @Test
    void intFloatComparison() {
        Number twoTo53Plus1 = Ints.add(1L << 53, 1L);
        assertEquals(1, Ints.compareToDouble(twoTo53Plus1, 0x1p53));
        assertFalse(Ints.compareResult(Ints.compareToDouble(twoTo53Plus1, 0x1p53), "=="));
        assertEquals(Ints.UNORDERED, Ints.compareToDouble(1L, Double.NaN));
        assertTrue(Ints.compareResult(Ints.UNORDERED, "!="));
        assertFalse(Ints.compareResult(Ints.UNORDERED, "<="));
        assertEquals(0, Ints.compareToDouble(0L, -0.0));
    }

    @Test
    void maxStrDigitsIsConfigurable() {
        Number big = Ints.powNonNegative(10L, 5000L);
        assertThrows(NumError.class, () -> Ints.toString(big));
        int old = Ints.getMaxStrDigits();
        try {
            Ints.setMaxStrDigits(0);
            assertEquals(5001, Ints.toString(big).length());
            assertEquals(big, Ints.parse("1" + "0".repeat(5000)));
            Ints.setMaxStrDigits(5001);
            assertEquals(5001, Ints.toString(big).length());
            NumError e = assertThrows(NumError.class, () -> Ints.setMaxStrDigits(100));
            assertEquals("maxdigits must be 0 or larger than 640", e.getMessage());
        } finally {
            Ints.setMaxStrDigits(old);
        }
    }

    @Test
    void hashOfNumbers() {
        assertEquals(Ints.hash(5L), Floats.hash(5.0));
        assertEquals(Ints.hash(Ints.powNonNegative(2L, 100L)), Floats.hash(0x1p100));
        assertEquals(0, Floats.hash(Double.NaN)); // the interpreter hashes NaN objects by identity
        assertEquals(-2, Ints.hash(-1L));
        assertEquals(-314159, Floats.hash(Double.NEGATIVE_INFINITY));
    }

    @Test
    void percentSpecCallbacksFollowCPythonOrder() {
        List<String> events = new ArrayList<>();
        PercentSpec.Args args = new PercentSpec.Args() {
            @Override public void beginKey() { events.add("begin"); }
            @Override public void key(String key) { events.add("key " + key); }
            @Override public Number star() { events.add("star"); return -7L; }
        };
        PercentSpec s = PercentSpec.parse("x %(na(m)e)-*.*lf y", 2, args);
        assertEquals(List.of("begin", "key na(m)e", "star", "star"), events);
        assertEquals("na(m)e", s.key);
        assertEquals(7, s.width);
        assertTrue(s.has(PercentSpec.F_LJUST));
        assertEquals(0, s.precision);
        assertEquals('f', s.type);
        assertEquals(" y", "x %(na(m)e)-*.*lf y".substring(s.end));
        assertFalse(s.literalPercent);

        PercentSpec lit = PercentSpec.parse("%%", 0, null);
        assertTrue(lit.literalPercent);
        assertEquals(2, lit.end);

        PercentSpec bad = PercentSpec.parse("ab\uD83D\uDE00%y", 4, null);
        assertFalse(bad.isKnownType());
        assertEquals("unsupported format character 'y' (0x79) at index 4", bad.unsupported("ab\uD83D\uDE00%y").getMessage());
    }

    @Test
    void percentFormattingOfOneValue() {
        PercentSpec s = PercentSpec.parse("%+08.2f", 0, null);
        assertEquals("+0003.14", Percent.formatFloat(s, 3.14159));
        PercentSpec x = PercentSpec.parse("%#x", 0, null);
        assertEquals("-0xff", Percent.formatInt(x, -255L));
        assertEquals("%d format: a real number is required, not str", Percent.wrongType('d', "str").getMessage());
        assertEquals("%x format: an integer is required, not float", Percent.wrongType('x', "float").getMessage());
        assertEquals("'\\xe9'", Strs.asciiOfRepr(Strs.repr("\u00e9")));
    }

    @Test
    void fsumAccumulatesAStream() {
        MathLib.Fsum f = new MathLib.Fsum();
        for (int i = 0; i < 10; i++) f.add(0.1);
        assertEquals(1.0, f.result());
        assertEquals(0.0, MathLib.fsum());
    }

    @Test
    void formatSpecFields() {
        FormatSpec f = FormatSpec.parse("*^+z#012_.3f", 0, '>', "float");
        assertEquals('*', f.fill);
        assertEquals('^', f.align);
        assertEquals('+', f.sign);
        assertTrue(f.noNegZero);
        assertTrue(f.alternate);
        assertEquals(12, f.width);
        assertEquals('_', f.grouping);
        assertEquals(3, f.precision);
        assertEquals('f', f.type);
        assertEquals("-1_234.500", Formatter.formatFloat(-1234.5, "_.3f"));
        assertEquals("Unknown format code 'd' for object of type 'MyFloat'",
                assertThrows(NumError.class, () -> Formatter.formatFloat(1.0, "d", "MyFloat")).getMessage());
    }

    @Test
    void errorsCarryTypeAndMessage() {
        NumError e = assertThrows(NumError.class, () -> Ints.floorDiv(1L, 0L));
        assertEquals("ZeroDivisionError", e.pyType());
        assertEquals("integer division or modulo by zero", e.getMessage());
        assertEquals("ZeroDivisionError: integer division or modulo by zero", e.toString());
        assertEquals(Map.of("ValueError", "math domain error"),
                Map.of(NumError.domain().pyType(), NumError.domain().getMessage()));
    }
}
