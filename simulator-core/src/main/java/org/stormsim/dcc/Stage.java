package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.stations.TimeAverage;

/**
 * One stage of a message's path (a HAN hop, a WAN link, a motorway lane, a User's intake). A
 * message arrives with {@link #arrive}; a stage that holds it schedules an event on the message's
 * payload and, when it comes, lets it go in {@link #depart}; the model then moves the message to its
 * next stage. A stage knows nothing of paths: a full stage says so and the model decides what that
 * means. Keeps the kernel-side statistics (arrivals, content over time). Kernel thread only.
 */
abstract class Stage {
    /** One clock hour, microseconds: the span of the offered-load account (the peak hour). */
    static final long HOUR = 3_600_000_000L;
    /** Hours a stage's offered-load account starts with (a day and one more); it grows with the run. */
    static final int HOURS_GUESS = 25;
    final int index;
    final String id;
    final Kernel kernel;
    final Messages msgs;
    final long warmup;
    final TimeAverage content;
    long arrivals;
    long processed;

    Stage(int index, String id, Kernel kernel, Messages msgs, long warmup) {
        this.index = index;
        this.id = id;
        this.kernel = kernel;
        this.msgs = msgs;
        this.warmup = warmup;
        this.content = new TimeAverage(warmup);
    }

    /** Message {@code m} arrives now; false when the stage is full and turns it away. */
    abstract boolean arrive(int m);

    /** The stage's event for message {@code m} has come: true when it leaves the stage now (false: it stays, e.g. for another try). */
    abstract boolean depart(int m);

    /** A wait the stage set for waiting message {@code m} has run out (a firmware job's queue time-out); true when it left the stage. */
    boolean expire(int m) {
        return false;
    }

    final void countArrival(long now) {
        if (now >= warmup) {
            arrivals++;
        }
    }

    final void countDone(long now) {
        if (now >= warmup) {
            processed++;
        }
    }

    /** Busy servers over servers, averaged after warm-up; NaN for stages without servers. */
    double utilisation(long end) {
        return Double.NaN;
    }

    /** The most servers busy at once after warm-up (0 for stages without servers). */
    long busyMax(long end) {
        return 0;
    }

    /** Messages waiting (not in service), averaged after warm-up. */
    double queueMean(long end) {
        return content.mean(end);
    }

    long queueMax(long end) {
        return content.max(end);
    }

    /** Waits for a server of alerts ({@code alerts} true) or of the other messages; none for stages without servers. */
    StageStats.Waits waits(boolean alerts) {
        return StageStats.Waits.NONE;
    }

    /**
     * The service work offered to the stage in each clock hour of the run, microseconds (every arrival's
     * mean service time, those turned away included), hour 0 first; null for a stage without servers.
     */
    double[] offeredWorkByHour() {
        return null;
    }

    /** Servers of the stage (0 for a pure latency). */
    int servers() {
        return 0;
    }

    /** This stage's statistics at the end of the run. */
    final StageStats stats(long end) {
        return new StageStats(id, arrivals, processed, servers(), utilisation(end), busyMax(end), queueMean(end), queueMax(end),
                waits(true), waits(false), offeredWorkByHour());
    }
}
