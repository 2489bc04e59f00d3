package org.stormsim.stations;

import org.HdrHistogram.Histogram;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.LatencyStats;
import org.stormsim.metrics.OutcomeBatch;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.metrics.SliceSeries;

/**
 * The queueing network's latency consumer: for each station, after warm-up, the wait (time queued
 * before service) and sojourn (time in the station) of every customer that arrived after warm-up,
 * completions and losses, and for sinks the end-to-end time in the system. HdrHistograms of
 * microseconds with three significant digits, exact sums for the means. Runs on its own thread.
 */
public final class StationLatencies implements OutcomeConsumer {
    private final long warmup;
    private final Histogram[] wait;
    private final Histogram[] sojourn;
    private final double[] waitSum;
    private final double[] sojournSum;
    private final BatchMeans[] waitBatches;
    private final BatchMeans[] sojournBatches;
    private final SliceSeries[] series;
    private final long[] completions;
    private final long[] lost;

    public StationLatencies(int stations, long warmup, long horizon) {
        this.warmup = warmup;
        series = new SliceSeries[stations];
        for (int i = 0; i < stations; i++) {
            series[i] = new SliceSeries(horizon);
        }
        wait = new Histogram[stations];
        sojourn = new Histogram[stations];
        for (int i = 0; i < stations; i++) {
            wait[i] = new Histogram(3);
            sojourn[i] = new Histogram(3);
        }
        waitBatches = new BatchMeans[stations];
        sojournBatches = new BatchMeans[stations];
        for (int i = 0; i < stations; i++) {
            waitBatches[i] = new BatchMeans();
            sojournBatches[i] = new BatchMeans();
        }
        waitSum = new double[stations];
        sojournSum = new double[stations];
        completions = new long[stations];
        lost = new long[stations];
    }

    @Override
    public void onBatch(OutcomeBatch b) {
        final long w = warmup;
        for (int i = 0, n = b.size(); i < n; i++) {
            int s = b.subject(i);
            long t0 = b.t0(i);
            switch (b.kind(i)) {
                case NetworkOutcome.DEPARTED:
                case NetworkOutcome.ABSORBED:
                    series[s].record(t0, b.t2(i) - t0);
                    if (b.t2(i) >= w) {
                        completions[s]++;
                    }
                    if (t0 >= w) {
                        long inStation = b.t2(i) - t0;
                        sojourn[s].recordValue(inStation);
                        sojournSum[s] += inStation;
                        sojournBatches[s].record(inStation / 1e6);
                        if (b.kind(i) == NetworkOutcome.DEPARTED) { // a sink has no wait: its latency is the time in the system
                            long queued = b.t1(i) - t0;
                            wait[s].recordValue(queued);
                            waitSum[s] += queued;
                            waitBatches[s].record(queued / 1e6);
                        }
                    }
                    break;
                case NetworkOutcome.LOST:
                    if (t0 >= w) {
                        lost[s]++;
                    }
                    break;
                default:
                    throw new IllegalStateException("unknown outcome kind " + b.kind(i));
            }
        }
    }

    /** Time queued before service at station {@code s} (nothing at a sink). */
    public LatencyStats wait(int s) {
        return LatencyStats.of(wait[s], waitSum[s]);
    }

    /** Time in station {@code s}; at a sink, time in the system since the source. */
    public LatencyStats sojourn(int s) {
        return LatencyStats.of(sojourn[s], sojournSum[s]);
    }

    /** The batch-means interval of the mean wait (seconds) at station {@code s}, within this one run. */
    public BatchMeans.Interval waitBatches(int s) {
        return waitBatches[s].interval();
    }

    /** The batch-means interval of the mean time in station {@code s} (seconds), within this one run. */
    public BatchMeans.Interval sojournBatches(int s) {
        return sojournBatches[s].interval();
    }

    /** Station {@code s}'s time in station (at a sink: in the system) by arrival time, warm-up included. */
    public SliceSeries series(int s) {
        return series[s];
    }

    /** Departures (or, at a sink, absorptions) after warm-up. */
    public long completions(int s) {
        return completions[s];
    }

    /** Customers turned away after warm-up. */
    public long lost(int s) {
        return lost[s];
    }

    /** The sojourn histogram of station {@code s} (read after the ring is closed). */
    public Histogram sojournHistogram(int s) {
        return sojourn[s];
    }
}
