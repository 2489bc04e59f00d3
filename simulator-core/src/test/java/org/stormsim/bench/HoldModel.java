package org.stormsim.bench;

/**
 * The classic hold model of event-list benchmarking: with {@code pending} events in the list,
 * each operation takes the earliest event and schedules it again at its time plus an exponential
 * increment. Every implementation draws the same increments from the same seed, so their
 * figures measure the event list and nothing else. Times are simulated microseconds.
 */
interface HoldModel {
    /** Mean increment of a hold, microseconds (one simulated second). */
    long MEAN_INCREMENT = 1_000_000L;

    /** Seed of the increments, shared by every implementation. */
    long SEED = 42L;

    /** Performs {@code holds} hold operations; fails if an event leaves before an earlier one. */
    void hold(int holds);

    /** Events pending (unchanged by {@link #hold}). */
    int pending();
}
