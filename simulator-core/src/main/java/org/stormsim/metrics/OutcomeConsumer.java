package org.stormsim.metrics;

/**
 * A metrics consumer of outcome records. Each consumer runs on its own thread, sees every record in
 * publication order, and owns the state it builds (histograms, counters); the kernel never waits
 * for it except when the ring is full. {@link #onEnd()} is called once, after the last record.
 */
public interface OutcomeConsumer {
    void onBatch(OutcomeBatch batch);

    default void onEnd() {
    }
}
