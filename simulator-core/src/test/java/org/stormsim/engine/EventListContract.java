package org.stormsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of a pending-event list, run against every implementation (one subclass each):
 * events leave in (time, insertion) order, compared operation by operation with a simple oracle, a
 * {@link PriorityQueue} ordered by (time, insertion order). Every randomised schedule uses a fixed
 * seed, so a failure is reproducible.
 */
abstract class EventListContract {
    /** The operations the contract covers, which {@link EventQueue} and {@link LadderQueue} share. */

    /** A new, empty list with room for {@code initialCapacity} events before it grows. */
    abstract EventList create(int initialCapacity);

    /** A new, empty list of the default capacity. */
    abstract EventList create();

    /** Constructs with {@code initialCapacity}; must throw IllegalArgumentException when it is invalid. */
    abstract void construct(int initialCapacity);

    /** The oracle's entry: what was scheduled, and when it was scheduled relative to the others. */
    record Entry(long time, long sequence, int payload) {
    }

    static final Comparator<Entry> ORACLE_ORDER =
            Comparator.comparingLong(Entry::time).thenComparingLong(Entry::sequence);

    /** Random interleavings of schedule and poll, compared event by event with the oracle. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 20240601})
    void shouldPollInTheSameOrderAsAPriorityQueueOracle(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        EventList q = create(4);
        PriorityQueue<Entry> oracle = new PriorityQueue<>(ORACLE_ORDER);
        long sequence = 0;
        long now = 0;
        for (int step = 0; step < 200_000; step++) {
            boolean schedule = oracle.isEmpty() || rnd.nextInt(100) < 55;
            if (schedule) {
                // a narrow spread of times makes many ties; payloads include negatives (source events)
                long time = now + rnd.nextLong(50);
                int payload = rnd.nextInt();
                q.schedule(time, payload);
                oracle.add(new Entry(time, sequence++, payload));
            } else {
                Entry expected = oracle.poll();
                assertEquals(expected.time(), q.peekTime(), "time at step " + step);
                assertEquals(expected.payload(), q.poll(), "payload at step " + step);
                now = expected.time();
            }
            assertEquals(oracle.size(), q.size());
        }
        drainAndCompare(q, oracle);
    }

    @Test
    void shouldReleaseEqualTimesInInsertionOrder() {
        EventList q = create(2);
        for (int i = 0; i < 10_000; i++) {
            q.schedule(500, i);
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals(500, q.peekTime());
            assertEquals(i, q.poll(), "FIFO among ties");
        }
        assertTrue(q.isEmpty());
    }

    @Test
    void shouldKeepFifoAmongTiesWhenTimesAreScheduledOutOfOrder() {
        SplittableRandom rnd = new SplittableRandom(7);
        EventList q = create(1);
        PriorityQueue<Entry> oracle = new PriorityQueue<>(ORACLE_ORDER);
        for (int i = 0; i < 50_000; i++) {
            long time = rnd.nextLong(8); // only eight distinct times: thousands of ties each
            q.schedule(time, i);
            oracle.add(new Entry(time, i, i));
        }
        drainAndCompare(q, oracle);
    }

    @Test
    void shouldGrowFromCapacityOneToAMillionPendingEvents() {
        SplittableRandom rnd = new SplittableRandom(11);
        EventList q = create(1);
        PriorityQueue<Entry> oracle = new PriorityQueue<>(ORACLE_ORDER);
        for (int i = 0; i < 1_000_000; i++) {
            long time = rnd.nextLong(1L << 40);
            q.schedule(time, i);
            oracle.add(new Entry(time, i, i));
        }
        assertEquals(1_000_000, q.size());
        drainAndCompare(q, oracle);
    }

    @Test
    void shouldOrderTimesAcrossTheWholeLongRange() {
        EventList q = create();
        long[] times = {Long.MAX_VALUE, 0, Long.MAX_VALUE - 1, 1, 1L << 62, Long.MAX_VALUE};
        for (int i = 0; i < times.length; i++) {
            q.schedule(times[i], i);
        }
        int[] expected = {1, 3, 4, 2, 0, 5};
        for (int e : expected) {
            assertEquals(e, q.poll());
        }
    }

    @Test
    void shouldStartAgainEmptyAfterClear() {
        EventList q = create(2);
        for (int i = 0; i < 100; i++) {
            q.schedule(100 - i, i);
        }
        q.clear();
        assertTrue(q.isEmpty());
        q.schedule(5, 1);
        q.schedule(5, 2);
        q.schedule(3, 3);
        assertEquals(3, q.poll());
        assertEquals(1, q.poll());
        assertEquals(2, q.poll());
        assertTrue(q.isEmpty());
    }

    /** The hold model (take the earliest, schedule it again later) with many pending events and ties. */
    @ParameterizedTest(name = "{0} pending")
    @ValueSource(ints = {3, 1_000, 40_000, 100_000})
    void shouldHoldInTheSameOrderAsTheOracle(int pending) {
        SplittableRandom rnd = new SplittableRandom(pending);
        EventList q = create(16);
        PriorityQueue<Entry> oracle = new PriorityQueue<>(ORACLE_ORDER);
        long sequence = 0;
        for (int i = 0; i < pending; i++) {
            long time = rnd.nextLong(1_000_000);
            q.schedule(time, i);
            oracle.add(new Entry(time, sequence++, i));
        }
        for (int step = 0; step < 400_000; step++) {
            Entry expected = oracle.poll();
            assertEquals(expected.time(), q.peekTime(), "time at step " + step);
            assertEquals(expected.payload(), q.poll(), "payload at step " + step);
            // mostly spread-out increments, one in eight a tie with an event already pending
            long time = expected.time() + (rnd.nextInt(8) == 0 ? 1000 * rnd.nextLong(4) : rnd.nextLong(2_000_000));
            q.schedule(time, expected.payload());
            oracle.add(new Entry(time, sequence++, expected.payload()));
        }
        assertEquals(pending, q.size());
        drainAndCompare(q, oracle);
    }

    /** The pending count swells to a hundred thousand and drains to nothing, three times. */
    @Test
    void shouldKeepTheOrderWhileThePendingCountRisesAndFalls() {
        SplittableRandom rnd = new SplittableRandom(5);
        EventList q = create(1);
        PriorityQueue<Entry> oracle = new PriorityQueue<>(ORACLE_ORDER);
        long sequence = 0;
        long now = 0;
        for (int wave = 0; wave < 3; wave++) {
            for (int growing = 0; growing < 2; growing++) {
                int percentScheduled = growing == 0 ? 75 : 25;
                for (int step = 0; step < 200_000; step++) {
                    if (oracle.isEmpty() || rnd.nextInt(100) < percentScheduled) {
                        long time = now + (rnd.nextBoolean() ? rnd.nextLong(100) : rnd.nextLong(1L << 30));
                        int payload = rnd.nextInt();
                        q.schedule(time, payload);
                        oracle.add(new Entry(time, sequence++, payload));
                    } else {
                        Entry expected = oracle.poll();
                        assertEquals(expected.time(), q.peekTime(), "time at step " + step);
                        assertEquals(expected.payload(), q.poll(), "payload at step " + step);
                        now = expected.time();
                    }
                    assertEquals(oracle.size(), q.size());
                }
            }
        }
        drainAndCompare(q, oracle);
    }

    @Test
    void shouldOrderManyTimesSpreadOverTheWholeLongRange() {
        SplittableRandom rnd = new SplittableRandom(13);
        EventList q = create();
        PriorityQueue<Entry> oracle = new PriorityQueue<>(ORACLE_ORDER);
        long[] extremes = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (int i = 0; i < 200_000; i++) {
            long time = rnd.nextInt(4) == 0 ? extremes[rnd.nextInt(extremes.length)] : rnd.nextLong();
            q.schedule(time, i);
            oracle.add(new Entry(time, i, i));
        }
        drainAndCompare(q, oracle);
    }

    @Test
    void shouldStartAgainEmptyAfterClearWithManyPending() {
        SplittableRandom rnd = new SplittableRandom(17);
        EventList q = create();
        for (int i = 0; i < 100_000; i++) {
            q.schedule(rnd.nextLong(1L << 40), i);
        }
        for (int i = 0; i < 10; i++) {
            q.poll();
        }
        q.clear();
        assertTrue(q.isEmpty());
        PriorityQueue<Entry> oracle = new PriorityQueue<>(ORACLE_ORDER);
        for (int i = 0; i < 50_000; i++) {
            long time = rnd.nextLong(1000);
            q.schedule(time, i);
            oracle.add(new Entry(time, i, i));
        }
        drainAndCompare(q, oracle);
    }

    @Test
    void shouldRejectANonPositiveInitialCapacity() {
        assertThrows(IllegalArgumentException.class, () -> construct(0));
    }

    static void drainAndCompare(EventList q, PriorityQueue<Entry> oracle) {
        long last = Long.MIN_VALUE;
        while (!oracle.isEmpty()) {
            Entry expected = oracle.poll();
            assertEquals(expected.time(), q.peekTime());
            assertEquals(expected.payload(), q.poll());
            assertTrue(expected.time() >= last);
            last = expected.time();
        }
        assertTrue(q.isEmpty());
        assertEquals(0, q.size());
    }
}
