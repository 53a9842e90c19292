package skein.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetersTest {
    @Test
    void everyCounterFeedsAMeterOfItsName() {
        CounterRegistry reg = new CounterRegistry();
        reg.newThread("t", 1);
        SimpleMeterRegistry r = new SimpleMeterRegistry();
        MetricsSnapshot s = MetricsSnapshot.take(reg);
        Meters.bind(s, r);
        Set<String> names = new HashSet<>();
        for (Meter m : r.getMeters()) names.add(m.getId().getName());
        for (Counter k : Counter.values()) {
            assertTrue(names.contains(k.meterName()), k + " feeds no meter named " + k.meterName());
        }
    }

    @Test
    void sumsCombinesThreadsAndMaximaTakeTheLargest() {
        CounterRegistry reg = new CounterRegistry();
        ThreadCounters a = reg.newThread("a", 1), b = reg.newThread("b", 2);
        a.increfShared = 5;
        b.increfShared = 7;
        a.mutexContended = 2;
        a.mutexParked = 1;
        b.mutexParked = 3;
        a.mutexWaitNanos = 1_000;
        b.mutexWaitNanos = 4_000;
        a.mutexWaitMaxNanos = 900;
        b.mutexWaitMaxNanos = 2_500;
        reg.retire(a); // an exited thread's counts stay in the totals
        SimpleMeterRegistry r = new SimpleMeterRegistry();
        MetricsSnapshot s = MetricsSnapshot.take(reg);
        Meters.bind(s, r);
        assertEquals(12, r.get("skein.refcount.ops").tags("op", "incref", "path", "shared").functionCounter().count());
        assertEquals(6, r.get("skein.lock.acquire").tags("lock", "object", "contended", "true").functionCounter().count());
        assertEquals(4, r.get("skein.lock.parked").functionCounter().count());
        FunctionTimer wait = r.get("skein.lock.wait").tags("lock", "object").functionTimer();
        assertEquals(6, wait.count());
        assertEquals(5_000, wait.totalTime(TimeUnit.NANOSECONDS), 0.5);
        assertEquals(2.5e-6, r.get("skein.lock.wait.max").tags("lock", "object").gauge().value(), 1e-12);
    }

    @Test
    void perThreadMetersShowTheBusiestThreadsAndSumTheRest() {
        CounterRegistry reg = new CounterRegistry();
        reg.retainThreads(true);
        int n = MetricsSnapshot.THREADS_SHOWN + 4;
        for (int i = 1; i <= n; i++) {
            ThreadCounters c = reg.newThread("worker", i); // same name: told apart by id
            c.increfLocal = 1000 + i;
            c.increfShared = i;
            if (i % 2 == 0) reg.retire(c); // exited threads are kept one by one
        }
        MetricsSnapshot s = MetricsSnapshot.take(reg);
        assertEquals(n, s.threadCount());
        assertEquals(MetricsSnapshot.THREADS_SHOWN + 1, s.threads().size());
        assertEquals("worker #" + n, s.threads().get(0).name(), "busiest first, duplicate names get the id");
        MetricsSnapshot.ThreadRow rest = s.threads().get(s.threads().size() - 1);
        assertEquals("(4 other threads)", rest.name());
        assertEquals(1 + 2 + 3 + 4, rest.get(Counter.INCREF_SHARED), "the four quietest threads");
        SimpleMeterRegistry r = new SimpleMeterRegistry();
        Meters.bind(s, r);
        FunctionCounter c = r.get("skein.thread.refcount.ops")
                .tags("thread", "worker #" + n, "op", "incref", "path", "shared").functionCounter();
        assertEquals(n, c.count());
        assertNotNull(r.find("skein.thread.lock.wait").tags("thread", "(4 other threads)", "lock", "object").functionTimer());
    }
}
