package org.stormsim.stations;

import org.stormsim.metrics.OutcomeBatch;
import org.stormsim.metrics.OutcomeConsumer;

/**
 * The queueing network's conservation ledger consumer: over the whole run (warm-up included),
 * how many customers each station finished, turned away or absorbed. Compared at the end with
 * the kernel's counts of customers generated and still in flight: generated = absorbed + lost +
 * in flight, for the network and for each station. Runs on its own thread.
 */
public final class NetworkLedger implements OutcomeConsumer {
    private final long[] departed;
    private final long[] lost;
    private final long[] absorbed;

    public NetworkLedger(int stations) {
        departed = new long[stations];
        lost = new long[stations];
        absorbed = new long[stations];
    }

    @Override
    public void onBatch(OutcomeBatch b) {
        for (int i = 0, n = b.size(); i < n; i++) {
            int s = b.subject(i);
            switch (b.kind(i)) {
                case NetworkOutcome.DEPARTED -> departed[s]++;
                case NetworkOutcome.LOST -> lost[s]++;
                case NetworkOutcome.ABSORBED -> absorbed[s]++;
                default -> throw new IllegalStateException("unknown outcome kind " + b.kind(i));
            }
        }
    }

    public long departed(int s) {
        return departed[s];
    }

    public long lost(int s) {
        return lost[s];
    }

    public long absorbed(int s) {
        return absorbed[s];
    }

    public long totalLost() {
        long sum = 0;
        for (long l : lost) {
            sum += l;
        }
        return sum;
    }

    public long totalAbsorbed() {
        long sum = 0;
        for (long a : absorbed) {
            sum += a;
        }
        return sum;
    }
}
