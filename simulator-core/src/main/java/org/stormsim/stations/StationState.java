package org.stormsim.stations;

/**
 * The kernel-side statistics of one station at the end of a replication, after warm-up:
 * arrivals, customers in the station (time average and maximum), customers waiting, and
 * utilisation (busy servers over servers, or for a token bucket, tokens used over tokens offered;
 * NaN where it does not apply). {@code arrivalsAll} and {@code inStationAtEnd} cover the whole
 * run and feed the conservation ledger.
 */
public record StationState(String id, long arrivals, long arrivalsAll, double inStationMean, long inStationMax,
                           long inStationAtEnd, double waitingMean, long waitingMax, double utilisation) {
}
