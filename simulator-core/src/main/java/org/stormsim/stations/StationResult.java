package org.stormsim.stations;

import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.LatencyStats;

/**
 * One station's results from one replication, after warm-up (times in seconds, rates per
 * second): arrivals, completions and losses, throughput, utilisation (NaN where it does not
 * apply), wait and sojourn (null where they do not apply; at a sink, sojourn is the time in the
 * system), the time-averaged and largest number waiting and in the station, and the batch-means
 * intervals of the mean wait and sojourn within this one run.
 */
public record StationResult(String id, String type, long arrivals, long completions, long lost,
                            double lossProbability, double throughputPerSecond, double utilisation,
                            LatencyStats waitTime, LatencyStats sojourn,
                            double queueLengthMean, long queueLengthMax,
                            double inStationMean, long inStationMax,
                            BatchMeans.Interval waitBatches, BatchMeans.Interval sojournBatches) implements java.io.Serializable {

    public boolean isSource() {
        return type.equals("source");
    }

    public boolean isSink() {
        return type.equals("sink");
    }
}
