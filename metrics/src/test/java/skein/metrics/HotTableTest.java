package skein.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HotTableTest {
    @Test
    void heavyHittersSurviveAFloodOfColdObjects() {
        CounterRegistry reg = new CounterRegistry();
        ThreadCounters c = reg.newThread("t", 7);
        Object hot1 = new Object(), hot2 = new Object();
        for (int round = 0; round < 200; round++) {
            c.contendedLock(hot1, 10, 3);
            c.contendedLock(hot1, 10, 3);
            c.contendedLock(hot2, 5, 0);
            for (int k = 0; k < 50; k++) c.contendedLock(new Object(), 1, 0); // 10,000 objects seen once
        }
        List<HotObjects.Hot> top = HotObjects.top(reg.hot(true), 2);
        assertSame(hot1, top.get(0).object());
        assertEquals(400, top.get(0).count());
        assertEquals(4000, top.get(0).nanos());
        assertEquals(3, top.get(0).ownerThread());
        assertEquals(List.of(7), top.get(0).threads());
        assertSame(hot2, top.get(1).object());
        assertEquals(200, top.get(1).count());
    }

    @Test
    void samplingRecordsAboutOneEventInThePeriod() {
        CounterRegistry reg = new CounterRegistry();
        ThreadCounters c = reg.newThread("t", 1);
        Object o = new Object();
        int events = 640_000;
        for (int i = 0; i < events; i++) c.sampleShared(o, 2);
        long samples = HotObjects.top(reg.hot(false), 1).get(0).count();
        double expected = (double) events / ThreadCounters.HOT_PERIOD;
        assertTrue(Math.abs(samples - expected) < expected * 0.05, samples + " samples, expected about " + expected);
    }

    @Test
    void anExitedThreadsTableIsKept() {
        CounterRegistry reg = new CounterRegistry();
        ThreadCounters a = reg.newThread("a", 1), b = reg.newThread("b", 2);
        Object lock = new Object();
        a.contendedLock(lock, 100, 0);
        b.contendedLock(lock, 50, 0);
        reg.retire(a);
        HotObjects.Hot h = HotObjects.top(reg.hot(true), 1).get(0);
        assertEquals(2, h.count());
        assertEquals(150, h.nanos());
        assertEquals(2, h.threads().size());
    }
}
