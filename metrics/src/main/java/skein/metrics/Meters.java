package skein.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import java.util.Map;

/**
 * Binds a {@link CounterRegistry} to Micrometer meters. The meters are function-backed:
 * each read sums the per-thread blocks, so binding costs the hot path nothing.
 */
public final class Meters {
    private Meters() {}

    public static void bind(CounterRegistry counters, MeterRegistry registry) {
        for (Counter k : Counter.values()) {
            FunctionCounter.builder(k.meterName(), counters, c -> c.sum(k))
                    .tags(Tags.of(k.tags()))
                    .register(registry);
        }
        for (Map.Entry<String, long[]> e : counters.typeTallies().entrySet()) {
            String type = e.getKey();
            FunctionCounter.builder("skein.objects.allocated", counters, c -> tally(c, type, 0))
                    .tag("type", type).register(registry);
            FunctionCounter.builder("skein.objects.freed", counters, c -> tally(c, type, 1))
                    .tag("type", type).register(registry);
            Gauge.builder("skein.objects.live", counters,
                            c -> tally(c, type, 0) - tally(c, type, 1) - tally(c, type, 2))
                    .tag("type", type).register(registry);
        }
    }

    private static double tally(CounterRegistry c, String type, int column) {
        long[] row = c.typeTallies().get(type);
        return row == null ? 0 : row[column];
    }
}
