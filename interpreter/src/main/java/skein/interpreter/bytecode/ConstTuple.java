package skein.interpreter.bytecode;

import java.util.Arrays;

/** A tuple constant of a {@link Code} object; its items are constants in the same forms. */
public record ConstTuple(Object[] items) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ConstTuple t && Arrays.deepEquals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(items);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(items);
    }
}
