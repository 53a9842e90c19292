package skein.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;

/**
 * Hardware reference points for {@link RefcountPairBenchmark}, without any Skein code: an
 * increment and a decrement of one field, either as two lock-prefixed adds
 * ({@code VarHandle.getAndAdd}, what the atomic policy costs at the least) or as two plain
 * read-modify-writes (what an owner's biased pair costs at the least). The field is reached
 * through two references for the same reason as there: so the JIT cannot fold the pair.
 * With the counters off, the policies' pairs should come close to these.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RawPairBaseline {
    static final class Cell {
        long value;
    }

    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Cell.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Cell cell = new Cell();
    Cell forIncrement = cell;
    Cell forDecrement = cell;

    /** Two lock-prefixed adds: {@code lock xadd} on x86. */
    @Benchmark
    public void lockAddPair() {
        VALUE.getAndAdd(forIncrement, 4L);
        VALUE.getAndAdd(forDecrement, -4L);
    }

    /** Two plain read-modify-writes. */
    @Benchmark
    public void plainAddPair() {
        forIncrement.value += 1;
        forDecrement.value -= 1;
    }
}
