package org.stormsim.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EventList} of the reference loops keeps, checked operation by operation
 * against an oracle (a {@link PriorityQueue} of (time, insertion number, payload) triples) over
 * randomised schedules with fixed seeds. Subclasses name the implementation.
 */
abstract class EventListContract {
    abstract EventList newList(int initialCapacity);

    private record Entry(long time, long order, int payload) {
    }

    @Test
    void shouldLeaveInOrderOfTimeThenOfSchedulingAmongManyTies() {
        compareWithOracle(1, 20_000, 16, 45);
    }

    @Test
    void shouldGrowFromTheSmallestCapacityToManyPendingEvents() {
        compareWithOracle(2, 100_000, 1_000_000, 5);
    }

    @Test
    void shouldKeepOrderInTheHoldModel() {
        EventList list = newList(1);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            list.schedule(rng.nextLong(1_000), i);
        }
        long now = 0;
        for (int i = 0; i < 100_000; i++) {
            long t = list.peekTime();
            assertTrue(t >= now, "time went backwards");
            now = t;
            list.schedule(now + rng.nextLong(1_000), list.poll());
        }
    }

    /**
     * Schedules at now + [0, timeRange) (a small range gives many equal times) mixed with polls, one
     * operation in a hundred {@code pollPercent} of them a poll, then drains the list.
     */
    private void compareWithOracle(long seed, int operations, long timeRange, int pollPercent) {
        EventList list = newList(1);
        PriorityQueue<Entry> oracle = new PriorityQueue<>((a, b) -> a.time != b.time
                ? Long.compare(a.time, b.time) : Long.compare(a.order, b.order));
        SplittableRandom rng = new SplittableRandom(seed);
        long now = 0;
        for (int i = 0; i < operations; i++) {
            if (!oracle.isEmpty() && rng.nextInt(100) < pollPercent) {
                Entry e = oracle.poll();
                assertEquals(e.time, list.peekTime(), "time at operation " + i);
                assertEquals(e.payload, list.poll(), "payload at operation " + i);
                now = e.time;
            } else {
                long time = now + rng.nextLong(timeRange);
                oracle.add(new Entry(time, i, i));
                list.schedule(time, i);
            }
            assertEquals(oracle.isEmpty(), list.isEmpty());
        }
        while (!oracle.isEmpty()) {
            Entry e = oracle.poll();
            assertEquals(e.time, list.peekTime());
            assertEquals(e.payload, list.poll());
        }
        assertTrue(list.isEmpty());
    }
}
