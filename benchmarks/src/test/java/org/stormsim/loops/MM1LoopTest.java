package org.stormsim.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference loops at a smoke-test size (100,000 customers, a few tens of milliseconds each):
 * their self-check passes, it fails on a wrong result, and the two event lists give the same run.
 * No timing is asserted (speed is measured by scripts/bench-vs-loop.sh).
 */
class MM1LoopTest {
    private static final long CUSTOMERS = 100_000;

    private static MM1Result run(ModelTimeUnit unit, EventList list) {
        return new MM1Loop(MM1Workload.of(unit, CUSTOMERS, MM1Workload.DEFAULT_SEED), list).run();
    }

    @Test
    void shouldPassItsSelfCheckOverThePrimitiveHeapAtBothTimeUnits() {
        for (ModelTimeUnit unit : ModelTimeUnit.values()) {
            MM1Result r = run(unit, new PrimitiveBinaryHeap(16));
            assertEquals(List.of(), r.failures(), unit.symbol());
            assertTrue(r.customers() > 99_000 && r.customers() < 101_000, "customers " + r.customers());
        }
    }

    @Test
    void shouldSeeExactlyTheSameRunOverBothEventLists() {
        for (ModelTimeUnit unit : ModelTimeUnit.values()) {
            MM1Result heap = run(unit, new PrimitiveBinaryHeap(16));
            MM1Result queue = run(unit, new PriorityQueueEventList(16));
            assertEquals(List.of(), queue.failures());
            assertEquals(heap.events(), queue.events());
            assertEquals(heap.measured(), queue.measured());
            assertEquals(heap.sumMicros(), queue.sumMicros());
            assertEquals(heap.timeInSystem(), queue.timeInSystem());
        }
    }

    @Test
    void shouldSeeTheSameQueueAtBothTimeUnitsUpToRounding() {
        MM1Result seconds = run(ModelTimeUnit.SECOND, new PrimitiveBinaryHeap(16));
        MM1Result millis = run(ModelTimeUnit.MILLISECOND, new PrimitiveBinaryHeap(16));
        assertEquals(seconds.customers(), millis.customers());
        assertEquals(seconds.meanMicros() / 1000, millis.meanMicros(), 0.001 * millis.meanMicros());
    }

    @Test
    void shouldFailItsSelfCheckWhenTheMeanTimeInSystemIsOffTheory() {
        MM1Result r = run(ModelTimeUnit.MILLISECOND, new PrimitiveBinaryHeap(16));
        MM1Result slow = new MM1Result(r.workload(), r.customers(), r.departures(), r.events(),
                r.inFlightAtEnd(), r.measured(), r.sumMicros() * 2, r.timeInSystem(), r.loopNanos());
        assertEquals(1, slow.failures().size(), slow.failures().toString());
        assertTrue(slow.failures().get(0).startsWith("mean time in system"));
    }

    @Test
    void shouldFailItsSelfCheckWhenEventsAreNotTwoPerCustomer() {
        MM1Result r = run(ModelTimeUnit.SECOND, new PrimitiveBinaryHeap(16));
        MM1Result lostEvents = new MM1Result(r.workload(), r.customers(), r.departures(), r.events() - 1,
                r.inFlightAtEnd(), r.measured(), r.sumMicros(), r.timeInSystem(), r.loopNanos());
        assertEquals(1, lostEvents.failures().size(), lostEvents.failures().toString());
        MM1Result stuck = new MM1Result(r.workload(), r.customers(), r.customers() - 5000,
                2 * r.customers() - 5000, 5000, r.measured(), r.sumMicros(), r.timeInSystem(), r.loopNanos());
        assertTrue(stuck.failures().get(0).contains("not within 1000 of 2 x customers"), stuck.failures().toString());
    }

    @Test
    void shouldFailItsSelfCheckWhenTheArrivalRateIsWrong() {
        MM1Result r = run(ModelTimeUnit.SECOND, new PrimitiveBinaryHeap(16));
        MM1Workload longer = new MM1Workload(r.workload().unit(), r.workload().horizonUnits() * 11 / 10,
                r.workload().warmupUnits(), r.workload().seed());
        MM1Result misread = new MM1Result(longer, r.customers(), r.departures(), r.events(),
                r.inFlightAtEnd(), r.measured(), r.sumMicros(), r.timeInSystem(), r.loopNanos());
        assertTrue(misread.failures().get(0).startsWith("customers"), misread.failures().toString());
    }
}
