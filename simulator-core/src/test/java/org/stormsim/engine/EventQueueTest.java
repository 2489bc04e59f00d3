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
 * The 4-ary heap against a simple oracle: a {@link PriorityQueue} ordered by (time, insertion
 * order). Every randomised schedule uses a fixed seed, so a failure is reproducible.
 */
class EventQueueTest {
    /** The oracle's entry: what was scheduled, and when it was scheduled relative to the others. */
    private record Entry(long time, long sequence, int payload) {
    }

    private static final Comparator<Entry> ORACLE_ORDER =
            Comparator.comparingLong(Entry::time).thenComparingLong(Entry::sequence);

    /** Random interleavings of schedule and poll, compared event by event with the oracle. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 20240601})
    void shouldPollInTheSameOrderAsAPriorityQueueOracle(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        EventQueue q = new EventQueue(4);
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
        EventQueue q = new EventQueue(2);
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
        EventQueue q = new EventQueue(1);
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
        EventQueue q = new EventQueue(1);
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
        EventQueue q = new EventQueue();
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
        EventQueue q = new EventQueue(2);
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

    @Test
    void shouldRejectANonPositiveInitialCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new EventQueue(0));
    }

    private static void drainAndCompare(EventQueue q, PriorityQueue<Entry> oracle) {
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
