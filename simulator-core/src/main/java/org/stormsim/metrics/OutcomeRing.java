package org.stormsim.metrics;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kernel's outbox: an LMAX Disruptor ring of {@link OutcomeBatch} entries with a single
 * producer (the kernel thread) and one handler thread per {@link OutcomeConsumer}, all consumers
 * reading every batch in parallel. The kernel writes records with {@link #record}; a full batch is
 * published and the next entry claimed, so no record is copied and nothing is allocated after
 * start. {@link #close()} publishes the partial batch, waits for the consumers to drain the ring and
 * rethrows any consumer failure. Producer methods are for the kernel thread only.
 */
public final class OutcomeRing implements AutoCloseable {
    private static final AtomicInteger RING_IDS = new AtomicInteger();

    private final Disruptor<OutcomeBatch> disruptor;
    private final RingBuffer<OutcomeBatch> ring;
    private final List<OutcomeConsumer> consumers;
    private final FailureTrap failures = new FailureTrap();
    private long claimed;
    private OutcomeBatch current;
    private long recordsPublished;
    private boolean closed;

    public OutcomeRing(List<? extends OutcomeConsumer> consumers, int ringSize, int batchSize) {
        this(consumers, ringSize, batchSize, 0);
    }

    /** A ring whose records carry {@code extraTimes} (0 or {@link OutcomeBatch#EXTRA}) more time fields. */
    public OutcomeRing(List<? extends OutcomeConsumer> consumers, int ringSize, int batchSize, int extraTimes) {
        if (consumers.isEmpty()) {
            throw new IllegalArgumentException("an outcome ring needs at least one consumer");
        }
        this.consumers = List.copyOf(consumers);
        this.disruptor = new Disruptor<>(() -> new OutcomeBatch(batchSize, extraTimes), ringSize,
                daemonThreads("stormsim-metrics-" + RING_IDS.incrementAndGet()),
                ProducerType.SINGLE, new BlockingWaitStrategy());
        int threads = consumerThreads(this.consumers.size());
        CountDownLatch started = new CountDownLatch(threads);
        List<EventHandler<OutcomeBatch>> handlers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<OutcomeConsumer> group = new ArrayList<>();
            for (int c = t; c < this.consumers.size(); c += threads) {
                group.add(this.consumers.get(c));
            }
            handlers.add(new Handler(group.toArray(new OutcomeConsumer[0]), started, failures));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        EventHandler<OutcomeBatch>[] array = handlers.toArray(new EventHandler[0]);
        disruptor.handleEventsWith(array);
        disruptor.setDefaultExceptionHandler(failures);
        this.ring = disruptor.start();
        awaitStart(started);
        claimNext();
    }

    /**
     * Waits until every consumer thread runs: a Disruptor shut down before its processors start
     * would halt them with records unread (a short run could finish first), so the ring is only
     * handed to the kernel once all of them are up.
     */
    private static void awaitStart(CountDownLatch started) {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the metrics consumers started", e);
        }
    }

    /**
     * A ring with the default geometry: 64 batches of 4,096 records (262,144 records in flight, as
     * before). Batches of 4,096 rather than 1,024 wake the blocked consumer threads a quarter as
     * often; on the 2-core reference machine that made M/M/1 replications 19% faster (median of
     * paired runs, docs/performance.md).
     */
    public OutcomeRing(List<? extends OutcomeConsumer> consumers) {
        this(consumers, 64, 4096);
    }

    /** A ring with the default geometry whose records carry {@link OutcomeBatch#EXTRA} more time fields. */
    public static OutcomeRing withExtraTimes(List<? extends OutcomeConsumer> consumers) {
        return new OutcomeRing(consumers, 64, 4096, OutcomeBatch.EXTRA);
    }

    /** Adds one outcome record (kernel thread only). */
    public void record(int kind, int subject, int attribute, long t0, long t1, long t2) {
        OutcomeBatch b = current;
        int i = b.size;
        b.kind[i] = kind;
        b.subject[i] = subject;
        b.attribute[i] = attribute;
        b.t0[i] = t0;
        b.t1[i] = t1;
        b.t2[i] = t2;
        b.size = i + 1;
        if (b.size == b.kind.length) {
            publishCurrent();
            claimNext();
        }
    }

    /** Adds one outcome record with four extra times (kernel thread only; a ring made {@link #withExtraTimes}). */
    public void record(int kind, int subject, int attribute, long t0, long t1, long t2, long t3, long t4, long t5, long t6) {
        OutcomeBatch b = current;
        int i = b.size;
        b.t3[i] = t3;
        b.t4[i] = t4;
        b.t5[i] = t5;
        b.t6[i] = t6;
        record(kind, subject, attribute, t0, t1, t2); // the same slot: the record's common fields, then publish when full
    }

    /** Records handed to the ring so far, including the unpublished partial batch. */
    public long recordsWritten() {
        return recordsPublished + current.size;
    }

    /** Publishes what is pending, waits until every consumer has seen every record, stops the threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        publishCurrent();
        disruptor.shutdown();
        for (OutcomeConsumer consumer : consumers) {
            consumer.onEnd();
        }
        failures.rethrow();
    }

    private void claimNext() {
        claimed = ring.next();
        current = ring.get(claimed);
        current.size = 0;
    }

    private void publishCurrent() {
        recordsPublished += current.size;
        ring.publish(claimed);
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The consumer threads for {@code consumers} consumers: {@code stormsim.consumerThreads} when set,
     * else one per consumer, at most one fewer than the cores (at least one), so that on a small
     * machine the consumers do not take the kernel's core from it.
     */
    static int consumerThreads(int consumers) {
        int cap = Runtime.getRuntime().availableProcessors() - 1;
        String given = System.getProperty("stormsim.consumerThreads");
        if (given != null && given.matches("[0-9]{1,4}")) {
            cap = Integer.parseInt(given); // a tuning switch for benchmarks; anything else is ignored
        }
        return Math.max(1, Math.min(consumers, cap));
    }

    /**
     * Hands each batch to its consumers in turn, on one thread, and says when that thread has
     * started. A consumer that fails is kept out from then on and its failure trapped, as on a
     * thread of its own: the others still see every record.
     */
    private static final class Handler implements EventHandler<OutcomeBatch> {
        private final OutcomeConsumer[] consumers;
        private final boolean[] failed;
        private final CountDownLatch started;
        private final FailureTrap failures;

        Handler(OutcomeConsumer[] consumers, CountDownLatch started, FailureTrap failures) {
            this.consumers = consumers;
            this.failed = new boolean[consumers.length];
            this.started = started;
            this.failures = failures;
        }

        @Override
        public void onEvent(OutcomeBatch batch, long sequence, boolean endOfBatch) {
            for (int i = 0; i < consumers.length; i++) {
                if (failed[i]) {
                    continue;
                }
                try {
                    consumers[i].onBatch(batch);
                } catch (RuntimeException | Error e) {
                    failed[i] = true;
                    failures.handleEventException(e, sequence, batch);
                }
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    /** Keeps the first consumer failure so that it is rethrown on the kernel thread at close. */
    private static final class FailureTrap implements ExceptionHandler<Object> {
        private volatile Throwable first;

        @Override
        public void handleEventException(Throwable ex, long sequence, Object event) {
            if (first == null) {
                first = ex;
            }
        }

        @Override
        public void handleOnStartException(Throwable ex) {
            handleEventException(ex, -1, null);
        }

        @Override
        public void handleOnShutdownException(Throwable ex) {
            handleEventException(ex, -1, null);
        }

        void rethrow() {
            Throwable t = first;
            if (t != null) {
                throw new IllegalStateException("a metrics consumer failed: " + t, t);
            }
        }
    }
}
