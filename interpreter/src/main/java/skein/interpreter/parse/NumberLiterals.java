package skein.interpreter.parse;

import java.math.BigInteger;

import skein.interpreter.ast.ComplexLiteral;

/**
 * Values of NUMBER tokens (already validated by the tokenizer), following CPython's
 * {@code parsenumber}: ints become {@link Long} when they fit and {@link BigInteger} otherwise,
 * floats {@link Double} (correctly rounded, overflowing to infinity), imaginary literals
 * {@link ComplexLiteral}. Decimal ints longer than CPython 3.11's default
 * {@code sys.int_max_str_digits} (4300) are rejected as CPython rejects them.
 */
final class NumberLiterals {
    static final int MAX_STR_DIGITS = 4300;

    private NumberLiterals() {
    }

    static final class TooManyDigits extends Exception {
        private static final long serialVersionUID = 1L;

        TooManyDigits(String msg) {
            super(msg, null, false, false);
        }
    }

    static Object parse(String raw) throws TooManyDigits {
        String s = raw.indexOf('_') >= 0 ? raw.replace("_", "") : raw;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ComplexLiteral(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x') {
                return integer(new BigInteger(s.substring(2), 16));
            }
            if (p == 'o') {
                return integer(new BigInteger(s.substring(2), 8));
            }
            if (p == 'b') {
                return integer(new BigInteger(s.substring(2), 2));
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        if (s.length() > MAX_STR_DIGITS) {
            throw new TooManyDigits("Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + s.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (s.length() <= 18) {
            return Long.parseLong(s);
        }
        return integer(new BigInteger(s));
    }

    private static Object integer(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
