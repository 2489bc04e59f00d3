package org.stormsim.metrics;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The outcome ring: every record reaches every consumer, in order, including the partial batch
 * left at close; a consumer's failure surfaces on the producer's thread at close. Small rings and
 * batches make the producer wrap around the ring many times.
 */
@Timeout(60)
class OutcomeRingTest {
    /** Checks that record i carries (kind, subject, attribute, t0, t1, t2) derived from i, in order. */
    private static final class OrderChecker implements OutcomeConsumer {
        private final long slowEvery;
        long seen;
        long batches;
        int ends;
        long seenAtEnd = -1;
        String firstMismatch;
        Thread thread;

        OrderChecker(long slowEvery) {
            this.slowEvery = slowEvery;
        }

        @Override
        public void onBatch(OutcomeBatch b) {
            thread = Thread.currentThread();
            batches++;
            for (int i = 0; i < b.size(); i++) {
                long n = seen++;
                if (firstMismatch == null && !matches(b, i, n)) {
                    firstMismatch = "record " + n + " arrived as (" + b.kind(i) + ", " + b.subject(i) + ", "
                            + b.attribute(i) + ", " + b.t0(i) + ", " + b.t1(i) + ", " + b.t2(i) + ")";
                }
                if (slowEvery > 0 && n % slowEvery == 0) {
                    Thread.onSpinWait();
                    Thread.yield();
                }
            }
        }

        @Override
        public void onEnd() {
            ends++;
            seenAtEnd = seen;
        }

        private static boolean matches(OutcomeBatch b, int i, long n) {
            return b.kind(i) == (int) (n % 3) + 1 && b.subject(i) == (int) (n % 17) && b.attribute(i) == (int) n
                    && b.t0(i) == n && b.t1(i) == 2 * n && b.t2(i) == 3 * n;
        }
    }

    private static void publish(OutcomeRing ring, long records) {
        for (long n = 0; n < records; n++) {
            ring.record((int) (n % 3) + 1, (int) (n % 17), (int) n, n, 2 * n, 3 * n);
        }
    }

    @Test
    void shouldDeliverEveryRecordToEveryConsumerInOrder() {
        OrderChecker fast = new OrderChecker(0);
        OrderChecker slow = new OrderChecker(1_000);
        long records = 1_000_003; // not a multiple of the batch size: the last batch is partial
        OutcomeRing ring = new OutcomeRing(List.of(fast, slow), 8, 64);
        publish(ring, records);
        assertEquals(records, ring.recordsWritten());
        ring.close();
        for (OrderChecker c : List.of(fast, slow)) {
            assertEquals(null, c.firstMismatch);
            assertEquals(records, c.seen);
            assertEquals(records, c.seenAtEnd, "onEnd comes after the last record");
            assertEquals(1, c.ends);
        }
    }

    @Test
    void shouldPublishThePartialBatchAtClose() {
        OrderChecker c = new OrderChecker(0);
        OutcomeRing ring = new OutcomeRing(List.of(c), 4, 1_024);
        publish(ring, 5); // far less than one batch: nothing is published before close
        ring.close();
        assertEquals(5, c.seen);
        assertEquals(null, c.firstMismatch);
    }

    @Test
    void shouldDeliverNothingButEndWhenNoRecordWasWritten() {
        OrderChecker c = new OrderChecker(0);
        OutcomeRing ring = new OutcomeRing(List.of(c));
        ring.close();
        assertEquals(0, c.seen);
        assertEquals(1, c.ends);
    }

    @Test
    void shouldRunConsumersOffTheProducerThread() {
        OrderChecker a = new OrderChecker(0);
        OrderChecker b = new OrderChecker(0);
        OutcomeRing ring = new OutcomeRing(List.of(a, b), 4, 16);
        publish(ring, 1_000);
        ring.close();
        assertTrue(a.thread != null && a.thread != Thread.currentThread());
        assertTrue(b.thread != null && b.thread != Thread.currentThread());
        assertEquals(OutcomeRing.consumerThreads(2) == 2, a.thread != b.thread,
                "one thread per consumer when the cores allow it (one fewer than the cores), else shared: " + a.thread + ", " + b.thread);
    }

    @Test
    void shouldGiveEachConsumerEveryRecordInOrderOnOneSharedThread() {
        String before = System.getProperty("stormsim.consumerThreads");
        System.setProperty("stormsim.consumerThreads", "1");
        try {
            OrderChecker a = new OrderChecker(0);
            OrderChecker b = new OrderChecker(0);
            OrderChecker c = new OrderChecker(0);
            OutcomeRing ring = new OutcomeRing(List.of(a, b, c), 4, 16);
            publish(ring, 10_000);
            ring.close();
            for (OrderChecker x : List.of(a, b, c)) {
                assertEquals(10_000, x.seen);
                assertEquals(null, x.firstMismatch, "every record, in order");
            }
            assertTrue(a.thread == b.thread && b.thread == c.thread, "one thread for all three");
            assertTrue(a.thread != Thread.currentThread());
        } finally {
            if (before == null) {
                System.clearProperty("stormsim.consumerThreads");
            } else {
                System.setProperty("stormsim.consumerThreads", before);
            }
        }
    }

    @Test
    void shouldRethrowAConsumerFailureAtClose() {
        RuntimeException boom = new IllegalStateException("consumer broke on record 500");
        OutcomeConsumer failing = new OutcomeConsumer() {
            long seen;

            @Override
            public void onBatch(OutcomeBatch b) {
                seen += b.size();
                if (seen > 500) {
                    throw boom;
                }
            }
        };
        OrderChecker healthy = new OrderChecker(0);
        OutcomeRing ring = new OutcomeRing(List.of(failing, healthy), 4, 16);
        publish(ring, 10_000); // the failing consumer must not stall the producer
        IllegalStateException thrown = assertThrows(IllegalStateException.class, ring::close);
        assertSame(boom, thrown.getCause());
        assertEquals(10_000, healthy.seen, "the other consumers still see everything");
    }

    @Test
    void shouldAcceptASecondClose() {
        OrderChecker c = new OrderChecker(0);
        OutcomeRing ring = new OutcomeRing(List.of(c), 4, 16);
        publish(ring, 100);
        ring.close();
        assertDoesNotThrow(ring::close);
        assertEquals(100, c.seen);
        assertEquals(1, c.ends);
    }

    @Test
    void shouldRefuseARingWithoutConsumers() {
        assertThrows(IllegalArgumentException.class, () -> new OutcomeRing(List.of()));
    }

    @Test
    void shouldSurfaceAFailureInOnEndAtClose() {
        AtomicReference<String> ended = new AtomicReference<>();
        OutcomeConsumer c = new OutcomeConsumer() {
            @Override
            public void onBatch(OutcomeBatch b) {
            }

            @Override
            public void onEnd() {
                ended.set("yes");
                throw new IllegalStateException("onEnd failed");
            }
        };
        OutcomeRing ring = new OutcomeRing(List.of(c), 4, 16);
        publish(ring, 10);
        assertThrows(IllegalStateException.class, ring::close);
        assertEquals("yes", ended.get());
    }
}
